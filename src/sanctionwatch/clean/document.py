"""The clean stage as one pure function: raw document in, cleaned Document out."""

from __future__ import annotations

from sanctionwatch.clean.dedup import fingerprint
from sanctionwatch.clean.language import label_languages
from sanctionwatch.clean.normalize import normalize_text
from sanctionwatch.clean.paragraphs import split_paragraphs
from sanctionwatch.model import Document, Paragraph
from sanctionwatch.sources.read import RawDocument


def clean_document(raw: RawDocument) -> tuple[Document, int]:
    """Normalise, drop boilerplate, cut paragraphs, label languages, fingerprint paragraphs.

    Returns the Document (whose text all later offsets refer to) and the number of
    boilerplate lines dropped.
    """
    text, blocks, dropped = split_paragraphs(normalize_text(raw.text), hard_wrapped=raw.media_type == "application/pdf")
    chunks = [text[b.start : b.end] for b in blocks]
    langs = label_languages(chunks)
    paragraphs = tuple(
        Paragraph(index=i, start=b.start, end=b.end, lang=lang, fingerprint=fingerprint(chunk))
        for i, (b, chunk, lang) in enumerate(zip(blocks, chunks, langs, strict=True))
    )
    document = Document(
        id=raw.id,
        path=raw.path,
        media_type=raw.media_type,
        encoding=raw.encoding,
        title=raw.title or (chunks[0][:200] if chunks else ""),
        published=raw.published,
        text=text,
        paragraphs=paragraphs,
        size=raw.size,
        source_url=raw.source_url,
    )
    return document, dropped
