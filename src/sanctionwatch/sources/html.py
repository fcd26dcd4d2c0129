"""HTML → main text with trafilatura (kept Khmer and French paragraphs; jusText drops them)."""

from __future__ import annotations

import trafilatura

from sanctionwatch.errors import SourceError


def html_to_text(html: str, path: str) -> tuple[str, str, str | None]:
    """Return (text, title, date) of the main content; boilerplate (menus, footers) dropped."""
    try:
        result = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises many lxml errors on broken markup
        raise SourceError(path, f"unreadable HTML ({type(exc).__name__}: {exc})") from exc
    if result is None:
        raise SourceError(path, "no main text found in the HTML")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    title = data.get("title") or ""
    date = data.get("date") or None
    # trafilatura separates blocks by single newlines; paragraphs downstream split on blank lines.
    text = "\n\n".join(line for line in text.split("\n") if line.strip())
    if title and title.strip() and not text.startswith(title.strip()):
        text = f"{title.strip()}\n\n{text}"
    return text, title.strip(), date
