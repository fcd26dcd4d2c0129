"""Events and measures as statements (filled in when the events/measures extractor lands)."""

from __future__ import annotations

from sanctionwatch.model import Document, Statement


def fact_statements(document: Document, extraction) -> list[Statement]:
    return []
