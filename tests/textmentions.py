"""Mention names of a bare text, through the same cleaning and mention stage as ingest (a test
helper shared by the mention tests)."""

from __future__ import annotations

from sanctionwatch.clean.document import clean_document
from sanctionwatch.extract.mentions import extract_document
from sanctionwatch.model import Mention
from sanctionwatch.sources.read import RawDocument


def text_mentions(text: str) -> tuple[Mention, ...]:
    """The mentions of a bare text, in order."""
    raw = RawDocument("doc-test", "t.txt", "text/plain", "utf-8", "", None, text, len(text))
    doc, _ = clean_document(raw)
    return extract_document(doc).mentions


def mention_names(text: str, label: str) -> list[str]:
    """The names of the text's mentions with `label` (PER, ORG, GPE …), in order."""
    return [m.name for m in text_mentions(text) if m.label == label]
