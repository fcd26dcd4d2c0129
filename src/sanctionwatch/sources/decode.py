"""Bytes → text with the encoding detected, refusing binary and mis-encoded files.

A report in the wrong encoding would put mojibake into names and quotes, and a quote that
is not what the source says is worse than no quote: so we refuse rather than guess badly.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from sanctionwatch.errors import SourceError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def control_ratio(text: str) -> float:
    """Share of characters that are control characters other than whitespace."""
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    return bad / len(text)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KB mean this is not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and ctrl / len(head) > 0.05


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode `data`, returning (text, encoding). Raise SourceError naming `path` otherwise."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise SourceError(path, f"mis-encoded: {encoding} byte-order mark but {exc.reason}") from exc
    if looks_binary(data):
        raise SourceError(path, "binary content, not text (NUL or control bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            raise SourceError(path, "truncated: the file ends inside a UTF-8 character") from exc
        utf8_error = exc
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise SourceError(
            path, f"mis-encoded: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
            "and no other encoding fits"
        )
    text = str(best)
    if best.chaos > 0.25 or control_ratio(text) > 0.01:
        raise SourceError(
            path, f"mis-encoded: not UTF-8 and the best guess ({best.encoding}) reads as garbage"
        )
    return text, best.encoding
