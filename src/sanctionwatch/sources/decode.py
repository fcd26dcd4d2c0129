"""Bytes → text with the encoding detected, refusing binary and mis-encoded files.

A report in the wrong encoding would put mojibake into names and quotes, and a quote that
is not what the source says is worse than no quote: so we decode strictly and refuse rather
than guess badly. In order:

1. a byte-order mark decides (UTF-8, UTF-16, UTF-32);
2. NUL bytes: UTF-32 or UTF-16 without a mark when the NULs fall where the high bytes of
   mostly-ASCII or same-script text fall and the strict decoding reads as text; else binary;
3. strict UTF-8; a file that is UTF-8 except for a damaged or cut sequence is refused (it is
   not Latin-1: guessing another encoding would turn its valid characters into mojibake);
4. otherwise a legacy 8-bit encoding guessed by charset-normalizer, accepted only when it
   reads as a language (coherence) without chaos;
5. whatever was decoded is checked for mojibake (`sources.mojibake`): text that was already
   decoded with the wrong code page before it was saved.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from sanctionwatch.errors import SourceError
from sanctionwatch.sources.mojibake import mojibake_reason

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# a valid multi-byte UTF-8 sequence (2-4 bytes); legacy 8-bit text almost never holds one
_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_BAD_CATEGORIES = {"Cc", "Cn", "Co", "Cs"}
MIN_COHERENCE = 0.2
MAX_CHAOS = 0.1


def control_ratio(text: str) -> float:
    """Share of characters that are control characters other than whitespace."""
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    return bad / len(text)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KB mean this is not 8-bit text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and ctrl / len(head) > 0.05


def _bad_share(text: str) -> float:
    """Share of characters no text has: controls (other than whitespace), unassigned code
    points, private use, surrogates, the replacement character."""
    if not text:
        return 1.0
    bad = 0
    for ch in text:
        if ch in "\t\n\r\f\v":
            continue
        if ch == "\ufffd" or unicodedata.category(ch) in _BAD_CATEGORIES:
            bad += 1
    return bad / len(text)


def _wide_candidates(data: bytes) -> list[str]:
    """UTF-32/UTF-16 byte orders the NUL pattern points to, most likely first.

    Text in one script repeats its high bytes: in UTF-16LE ASCII and Khmer alike put
    0x00/0x17 at odd offsets. UTF-32 has two (or three) NULs in every 4-byte unit."""
    head = data[: 1 << 16]
    out: list[str] = []
    if len(data) % 4 == 0 and len(head) >= 8:
        units = len(head) // 4
        le = sum(1 for i in range(0, units * 4, 4) if head[i + 3] == 0 and head[i + 2] <= 0x10)
        be = sum(1 for i in range(0, units * 4, 4) if head[i] == 0 and head[i + 1] <= 0x10)
        if max(le, be) >= 0.9 * units:
            out.append("utf-32-le" if le >= be else "utf-32-be")
    if len(data) % 2 == 0 and len(head) >= 4:
        even = head[0::2].count(0)
        odd = head[1::2].count(0)
        if max(even, odd) >= 0.01 * (len(head) // 2) and max(even, odd) >= 4 * min(even, odd) + 1:
            out.append("utf-16-le" if odd > even else "utf-16-be")
    return out


def _decode_wide(data: bytes) -> tuple[str, str] | None:
    for encoding in _wide_candidates(data):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _bad_share(text) <= 0.01:
            return text, encoding
    return None


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode `data`, returning (text, encoding). Raise SourceError naming `path` otherwise."""
    text, encoding = _decode(data, path)
    if "\x00" in text:  # past the first 8 KB, or inside UTF-16/32: not a text file
        raise SourceError(path, f"binary content, not text (NUL characters in the {encoding} text)")
    reason = mojibake_reason(text)
    if reason:
        raise SourceError(path, f"mis-encoded: {reason} (as {encoding})")
    return text, encoding


def _decode(data: bytes, path: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise SourceError(path, f"mis-encoded: {encoding} byte-order mark but {exc.reason}") from exc
    if b"\x00" in data[:8192]:
        wide = _decode_wide(data)
        if wide is not None:
            return wide
        raise SourceError(path, "binary content, not text (NUL bytes that are not UTF-16/32 text)")
    if looks_binary(data):
        raise SourceError(path, "binary content, not text (control bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            raise SourceError(path, "truncated: the file ends inside a UTF-8 character") from exc
        utf8_error = exc
    valid = len(_UTF8_MULTI.findall(data))
    if valid >= 2:
        raise SourceError(
            path, f"mis-encoded: damaged UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) in "
            f"a file with {valid:,} valid UTF-8 characters; not guessing another encoding"
        )
    return _legacy(data, path, utf8_error)


def _legacy(data: bytes, path: str, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    """An 8-bit code page, when one reads as a language without chaos; else refused."""
    results = list(from_bytes(data))
    if not any(r.coherence >= MIN_COHERENCE for r in results):
        # charset-normalizer stops at the first chaos-free reading, which may be a multi-byte
        # code page read with no language at all (KOI8-R as Shift-JIS): ask for 8-bit pages
        results += list(from_bytes(data, cp_exclusion=_MULTI_BYTE))
    fitting = [r for r in results if r.encoding and r.chaos <= MAX_CHAOS and r.coherence >= MIN_COHERENCE]
    if not fitting:
        western = _western(data)
        if western is not None:
            return western, "cp1252"
        guess = results[0].encoding if results else None
        raise SourceError(
            path, f"mis-encoded: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and no "
            "encoding reads as a language" + (f" (best guess {guess} reads as garbage)" if guess else "")
        )
    # charset-normalizer scores code pages of one family close together (Latin-1 German as
    # HP Roman-8 reads "gr—Ôe", Windows-1251 as Mac Cyrillic): prefer the reading with the
    # fewest symbols inside words, then among those about as coherent, the commoner code page
    top = max(r.coherence for r in fitting)
    best = min(fitting, key=lambda r: (_symbols_in_words(str(r)), r.coherence < top - 0.06,
                                       _rank(r.encoding), -r.coherence))
    text = str(best)
    if control_ratio(text) > 0.01:
        raise SourceError(path, f"mis-encoded: not UTF-8 and the best guess ({best.encoding}) reads as garbage")
    return text, best.encoding


def _symbols_in_words(text: str) -> int:
    """Non-ASCII symbols between two letters ("gr—Ôe"): a code page of the wrong family."""
    return sum(1 for a, ch, b in zip(text, text[1:], text[2:], strict=False)
               if not ch.isascii() and not ch.isalpha() and unicodedata.category(ch)[0] != "M"
               and a.isalpha() and b.isalpha())


_COMMON = ["cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "cp1250", "iso8859_2", "koi8_u",
           "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "iso8859_5", "tis_620", "cp874"]


def _rank(encoding: str | None) -> int:
    """How common a code page is for documents (the Windows and ISO pages first)."""
    return _COMMON.index(encoding) if encoding in _COMMON else len(_COMMON)


_WESTERN_MARKS = set("’‘“”–—«»€°§·…")


def _western(data: bytes) -> str | None:
    """Short Western European text (too short for a language model): Windows-1252, accepted
    only when every non-ASCII character is a letter or common punctuation and they are few."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    others = [ch for ch in text if not ch.isascii()]
    if not letters or len(others) > max(3, 0.2 * len(letters)):
        return None
    if all(ch.isalpha() or ch in _WESTERN_MARKS for ch in others) and _bad_share(text) == 0:
        return text
    return None


_MULTI_BYTE = ["shift_jis", "shift_jis_2004", "shift_jisx0213", "cp932", "euc_jp", "euc_jis_2004",
               "euc_jisx0213", "iso2022_jp", "gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs",
               "cp950", "euc_kr", "cp949", "johab", "iso2022_kr", "utf_7"]
