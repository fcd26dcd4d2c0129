"""Read one file into a RawDocument: detect its kind, check limits, decode, extract text.

The document id is the SHA-256 of the raw bytes, so the same file ingested twice (under any
name) is the same document and re-ingesting it is a no-op.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sanctionwatch.config import ENV_MAX_SECONDS, Limits
from sanctionwatch.errors import SourceError
from sanctionwatch.sources.budget import ReadTimeout, time_budget
from sanctionwatch.sources.dateline import find_publication_date
from sanctionwatch.sources.decode import decode_bytes
from sanctionwatch.sources.files import display_name, read_bounded, walk
from sanctionwatch.sources.html import html_to_text
from sanctionwatch.sources.page_meta import page_meta
from sanctionwatch.sources.pdf import pdf_to_text

SUPPORTED_SUFFIXES = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html", ".pdf": "application/pdf"}


@dataclass(frozen=True)
class RawDocument:
    """A file's text before cleaning, with what the file says about itself."""

    id: str
    path: str
    media_type: str
    encoding: str
    title: str
    published: str | None
    text: str
    size: int
    source_url: str | None = None  # the page's public address (canonical link, og:url, sidecar)


def document_id(data: bytes) -> str:
    return "doc-" + hashlib.sha256(data).hexdigest()[:32]


def discover(
    paths: Iterable[str | Path], follow_symlinks: bool = False
) -> tuple[list[Path], list[SourceError]]:
    """Expand files and folders into the supported files they hold, sorted for determinism.

    Paths that do not exist, cannot be read, have an unsupported suffix, or are symlinks out of
    the folders given (see `files.walk`) come back as errors, not exceptions.
    """
    found = walk(paths, SUPPORTED_SUFFIXES, follow_symlinks)
    return found.files, found.errors


def sniff_media_type(data: bytes, suffix: str) -> str:
    """The media type from content first (a PDF saved as .txt is still a PDF), then suffix."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "text/html"
    return SUPPORTED_SUFFIXES.get(suffix.lower(), "text/plain")


def read_source(path: str | Path, limits: Limits | None = None) -> RawDocument:
    """Read and decode one file. Raise SourceError (naming the file) on any bad input.

    Whatever a reader raises (a pypdf resource limit on a decompression bomb, an lxml error, a
    recursion limit on absurd nesting) becomes a SourceError for this file only: one hostile
    document must never stop the others.
    """
    limits = limits or Limits.from_env()
    name = display_name(path)
    data = read_bounded(path, limits.max_bytes)
    try:
        with time_budget(limits.max_seconds):
            return _parse(data, name, Path(path).suffix, limits)
    except SourceError:
        raise
    except ReadTimeout as exc:
        raise SourceError(name, f"took over {limits.max_seconds:g} s to read (a parsing bomb?); raise "
                          f"the budget with ${ENV_MAX_SECONDS}") from exc
    except MemoryError as exc:
        raise SourceError(name, "too big once decompressed (out of memory)") from exc
    except Exception as exc:  # noqa: BLE001 - any reader failure is this file's problem only
        raise SourceError(name, f"unreadable {Path(path).suffix.lstrip('.') or 'file'} "
                          f"({type(exc).__name__}: {str(exc)[:200]})") from exc


_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    """Text every store and encoder accepts: no NUL (PostgreSQL refuses it in text) and no lone
    surrogate (UTF-8 cannot encode one); a PDF's text layer or an HTML entity can carry both."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    return _SURROGATE.sub("\ufffd", text)


def _parse(data: bytes, name: str, suffix: str, limits: Limits) -> RawDocument:
    if not data.strip():
        raise SourceError(name, "empty file")
    media_type = sniff_media_type(data, suffix)
    title = ""
    markup = ""
    published = None  # what the page's markup declares (article:published_time, JSON-LD)
    guessed = None  # what trafilatura finds searching the page, body included
    source_url = None
    if media_type == "application/pdf":
        text, title = pdf_to_text(data, name, max_chars=limits.max_bytes)
        encoding = "pdf"
    else:
        text, encoding = decode_bytes(data, name)
        if media_type == "text/html":
            page = page_meta(text)
            markup = text
            text, title, guessed = html_to_text(text, name)
            title = title or page.title or ""
            published = page.published
            source_url = page.url
    text, title = storable(text), storable(title)
    if not text.strip():
        raise SourceError(name, "no text in the file")
    # declared in the markup, else the dateline at the top of the text (what the report says
    # of itself), else one in the page's "meta" line the main-text extractor dropped, else
    # trafilatura's guess (it searches the body, where event dates live)
    published = published or find_publication_date(text) or (find_publication_date(
        re.sub(r"<[^>]*>", "\n", re.sub(r"(?is)<(script|style)\b.*?</\1>", "", markup)), max_lines=200)
        if markup else None) or guessed
    return RawDocument(
        id=document_id(data),
        path=name,
        media_type=media_type,
        encoding=encoding,
        title=title,
        published=published,
        text=text,
        size=len(data),
        source_url=storable(source_url) if source_url else None,
    )
