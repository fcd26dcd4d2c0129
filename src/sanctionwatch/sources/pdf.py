"""PDF → text from its text layer (no OCR: a scanned PDF without text is refused clearly)."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import LimitReachedError

from sanctionwatch.errors import SourceError

logging.getLogger("pypdf").setLevel(logging.ERROR)


MAX_PAGES = 10_000


def pdf_to_text(data: bytes, path: str, max_chars: int = 50_000_000) -> tuple[str, str]:
    """Return (text, title); pages are separated by blank lines.

    Any failure of the PDF reader, including pypdf's `LimitReachedError` on a decompression
    bomb, is a SourceError for this file. The text is bounded too: a small file whose streams
    inflate to more than `max_chars` characters of text is refused, not held in memory.
    """
    if not data.startswith(b"%PDF-"):
        raise SourceError(path, "not a PDF (no %PDF- header)")
    if b"%%EOF" not in data[-2048:]:
        raise SourceError(path, "truncated PDF (no %%EOF marker at the end)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise SourceError(path, "encrypted PDF")
        if len(reader.pages) > MAX_PAGES:
            raise SourceError(path, f"too many pages ({len(reader.pages):,}, over {MAX_PAGES:,})")
        pages: list[str] = []
        total = 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            total += len(pages[-1])
            if total > max_chars:
                raise SourceError(path, f"too big once decompressed: over {max_chars:,} characters "
                                  "of text (raise it with --max-bytes)")
        meta = reader.metadata
        title = str(meta.title) if meta and meta.title else ""
    except SourceError:
        raise
    except LimitReachedError as exc:
        raise SourceError(path, f"decompression bomb refused ({exc})") from exc
    except RecursionError as exc:
        raise SourceError(path, "damaged PDF (objects nested without end)") from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        raise SourceError(path, f"damaged PDF ({type(exc).__name__}: {str(exc)[:200]})") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise SourceError(path, "PDF has no text layer (scanned images need OCR first)")
    return text, title
