"""The one Jinja2 environment every HTML page is rendered with: the workbench's pages and the
dossier file (`sanctionwatch dossier --format html`) share its templates, base layout, filters
and autoescaping, so text from documents is escaped by the same rule wherever it is shown.

Kept free of the web framework: the command line renders a dossier without starting a server.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape

from sanctionwatch.sources.page_meta import public_url

STATIC = Path(__file__).parent / "static"


def _script_lang(text: str) -> str:
    """`km` for a name written in Khmer script (so the browser picks a Khmer font), else `und`."""
    return "km" if any("\u1780" <= c <= "\u17f9" for c in str(text)) else "und"


@cache
def environment() -> Environment:
    """Templates from `web/templates`, every value escaped unless a template says otherwise."""
    env = Environment(loader=PackageLoader("sanctionwatch.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["q"] = lambda s: quote(str(s), safe="")
    env.filters["public_url"] = lambda url: public_url(url) or ""
    env.filters["script_lang"] = _script_lang
    return env


@cache
def stylesheet() -> str:
    """The workbench's style sheet, inlined into a page saved as a file (it has no server to
    load /static/style.css from). Our own file, never text from a document."""
    return (STATIC / "style.css").read_text(encoding="utf-8")
