"""How reports cite a document: its title, public address and date, the local path only as a
fallback.

A dossier travels to people who never saw the analyst's disk: `/home/x/reports/d02.html`
tells them nothing, the page's title, address and date let them find and check the source.
The address is re-checked here (absolute http or https only), whatever the store holds, since
it becomes a link in Markdown and HTML.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sanctionwatch.sources.page_meta import public_url


def citation(doc_id: str, doc: Mapping[str, Any] | None) -> dict:
    """`{"document", "title", "url", "published", "path"}`; `path` is None when a URL is known."""
    doc = doc or {}
    url = public_url(doc.get("source_url"))
    return {"document": doc_id, "title": doc.get("title") or None, "url": url,
            "published": doc.get("published"), "path": None if url else doc.get("path")}


def citations(documents: list[Mapping[str, Any]]) -> dict[str, dict]:
    """Document id → citation, for every stored document (`store.documents()`)."""
    return {d["id"]: citation(d["id"], d) for d in documents}


def cite_text(c: Mapping[str, Any]) -> str:
    """One line for people: `Title, https://…, 2018-03-14` (the path or id when no URL)."""
    parts = [c.get("title") or "", c.get("url") or c.get("path") or c.get("document") or "", c.get("published") or ""]
    return ", ".join(p for p in parts if p)
