"""PDF → text from its text layer (no OCR: a scanned PDF without text is refused clearly)."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from sanctionwatch.errors import SourceError

logging.getLogger("pypdf").setLevel(logging.ERROR)


def pdf_to_text(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, title); pages are separated by blank lines."""
    if not data.startswith(b"%PDF-"):
        raise SourceError(path, "not a PDF (no %PDF- header)")
    if b"%%EOF" not in data[-2048:]:
        raise SourceError(path, "truncated PDF (no %%EOF marker at the end)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise SourceError(path, "encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
        title = str(meta.title) if meta and meta.title else ""
    except SourceError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SourceError(path, f"damaged PDF ({type(exc).__name__}: {exc})") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise SourceError(path, "PDF has no text layer (scanned images need OCR first)")
    return text, title
