"""The data model shared by every pipeline stage.

Plain frozen dataclasses, so that stage functions stay pure (input in, output out) and can be
shipped to Ray workers or compared byte for byte in tests. Character offsets always index the
*stored* document text (after cleaning), so a quote re-read at its span is the quoted text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

DATASET = "default"
"""Name of the registry's own dataset (yente's path parameter and FtM statements' dataset)."""


def make_id(*parts: str, prefix: str = "sw", length: int = 20) -> str:
    """A stable id from its parts: the same inputs give the same id in every run and process."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:length]}"


@dataclass(frozen=True)
class Paragraph:
    """A block of document text with its language and duplicate fingerprint."""

    index: int
    start: int
    end: int
    lang: str
    boilerplate: bool = False
    fingerprint: str = ""  # hash of the normalised paragraph text (exact duplicates)


@dataclass(frozen=True)
class Document:
    """A cleaned document: its text is what spans refer to."""

    id: str  # "doc-" + sha256 of the raw bytes: the same file is the same document
    path: str
    media_type: str
    encoding: str
    title: str
    published: str | None  # ISO 8601 date (as precise as known) or None
    text: str
    paragraphs: tuple[Paragraph, ...] = ()
    size: int = 0
    source_url: str | None = None  # the page's public address (canonical link, og:url, sidecar)


@dataclass(frozen=True)
class Sentence:
    """A sentence inside a paragraph; offsets are in the document text."""

    doc_id: str
    paragraph: int
    start: int
    end: int
    text: str
    lang: str
    context: str = ""  # fingerprint of the paragraph it was read in, with its offset there


@dataclass(frozen=True)
class Mention:
    """A named thing found in a sentence.

    label: PER (person), ORG (organisation), GPE (country/place), DATE.
    name: the cleaned name (honorifics stripped, spaces normalised); text: as written.
    """

    doc_id: str
    start: int
    end: int
    text: str
    name: str
    label: str
    lang: str
    sentence_start: int
    sentence_end: int
    extractor: str
    confidence: float
    paragraph: int = 0


@dataclass(frozen=True)
class Evidence:
    """Where a statement was read: document, character spans, quote, extractor."""

    doc_id: str
    start: int  # value span (the mention) in the document text
    end: int
    quote_start: int  # the quoted sentence's span in the document text
    quote_end: int
    quote: str
    extractor: str
    confidence: float
    lang: str | None = None

    @property
    def id(self) -> str:
        return make_id(self.doc_id, str(self.start), str(self.end), self.extractor, prefix="ev")


@dataclass(frozen=True)
class Statement:
    """One fact: (entity, property, value), with the evidence it was read from.

    The same fact read twice (a duplicated paragraph, a second report) is one statement with
    two pieces of evidence: `id` does not depend on the evidence.
    """

    entity_id: str
    schema: str
    prop: str
    value: str
    lang: str | None = None
    dataset: str = DATASET
    evidence: tuple[Evidence, ...] = field(default=())

    @property
    def id(self) -> str:
        return make_id(self.dataset, self.entity_id, self.prop, self.value, prefix="st", length=24)
