"""HTML → main text with trafilatura (kept Khmer and French paragraphs; jusText drops them)."""

from __future__ import annotations

import trafilatura

from sanctionwatch.errors import SourceError


def html_to_text(html: str, path: str) -> tuple[str, str, str | None]:
    """Return (text, title, date) of the main content; boilerplate (menus, footers) dropped."""
    try:
        result = trafilatura.bare_extraction(
            _without_furniture(html),
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises many lxml errors on broken markup
        raise SourceError(path, f"unreadable HTML ({type(exc).__name__}: {exc})") from exc
    if result is None:
        text, title = _fallback_text(html)
        if not text.strip():
            raise SourceError(path, "no text found in the HTML")
        return text, title, None
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    title = data.get("title") or ""
    date = data.get("date") or None
    # trafilatura separates blocks by single newlines; paragraphs downstream split on blank lines.
    text = "\n\n".join(line for line in text.split("\n") if line.strip())
    if title and title.strip() and not text.startswith(title.strip()):
        text = f"{title.strip()}\n\n{text}"
    return text, title.strip(), date


_FURNITURE = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template")


def _fallback_text(html: str) -> tuple[str, str]:
    """Visible text, block by block, when trafilatura finds no main content (a short page)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return "", ""
    for element in root.xpath("|".join(f"//{tag}" for tag in _FURNITURE)):
        element.drop_tree()
    title = (root.findtext(".//title") or "").strip()
    blocks = [" ".join(el.text_content().split()) for el in root.iter("h1", "h2", "h3", "h4", "p", "li", "td", "blockquote")]
    text = "\n\n".join(b for b in blocks if b)
    if not text:
        body = root.find("body")
        text = " ".join((body if body is not None else root).text_content().split())
    return text, title


def _without_furniture(html: str) -> str:
    """The page without navigation, headers, footers and scripts, which short pages otherwise
    leak into the extracted text (trafilatura's fallback keeps them when the page is small)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    for element in root.xpath("|".join(f"//{tag}" for tag in _FURNITURE)):
        element.drop_tree()
    return lxml.html.tostring(root, encoding="unicode")
