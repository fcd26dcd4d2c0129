"""Safe Markdown text: what a document says can never become a link, an image or HTML.

Dossiers quote documents, and a document can say `[click](javascript:alert(1))`, `![](http://…)`
(a tracking pixel), `<script>` or `<img onerror=…>`. Markdown renderers turn those into live
links and tags. Every character that opens such syntax is backslash-escaped (CommonMark: any
ASCII punctuation may be escaped and then shows as itself), entities cannot be formed (`&` is
`&amp;`), line breaks become spaces (a quote cannot start a heading, a list or an HTML block),
and the colon of a script-capable URL scheme is escaped so that no renderer's autolinking sees
`javascript:` as a URL.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\](){}<>!|#~+\-=:.\"'])")
_SCHEME = re.compile(r"(?i)\b(javascript|vbscript|data|file)(\s*):")
_LINE_BREAK = re.compile(r"[\r\n\u2028\u2029\x0b\x0c]+")


def md_text(value: object) -> str:
    """`value` as Markdown text that renders as exactly these characters and nothing live."""
    text = _LINE_BREAK.sub(" ", str(value if value is not None else ""))
    text = text.replace("&", "&amp;")
    text = _SPECIAL.sub(lambda m: m.group(1) if m.group(1) in ":.\"'=-+" else "\\" + m.group(1), text)
    return _SCHEME.sub(lambda m: f"{m.group(1)}{m.group(2)}\\:", text)


def md_code(value: object) -> str:
    """`value` inside a code span: backticks and line breaks cannot end or break it."""
    return _LINE_BREAK.sub(" ", str(value if value is not None else "")).replace("`", "'")


_URL_UNSAFE = re.compile(r"[\s<>\"'`\\\x00-\x1f\x7f]")


def md_url(url: str | None) -> str:
    """An http(s) address as a CommonMark autolink (`<https://…>`), where no character can end
    it early or add markup; anything else (another scheme, odd characters) is plain escaped text."""
    text = str(url or "")
    if re.match(r"(?i)https?://[^/]", text) and not _URL_UNSAFE.search(text):
        return f"<{text}>"
    return md_text(text)
