"""Reading a list file line by line, hashing its bytes and decoding each line robustly.

OFAC's legacy files have been published in Windows-1252 at times and in UTF-8 at others, and
mirrors mix the two. Decoding per line means one stray Latin-1 byte costs one warning on that
line instead of failing (or mojibaking) the whole file. The sha256 is computed from the same
bytes in the same pass, so the checksum in the metadata is of exactly what was parsed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from sanctionwatch.lists.result import ImportLog

EOF_MARKERS = "\x1a"
"""DOS end-of-file (Ctrl-Z): the last line of OFAC's CSV files is this one character."""


def decode_line(raw: bytes) -> tuple[str, bool]:
    """Decode one line: UTF-8, else Windows-1252 (else Latin-1, which never fails).

    Returns (text, clean): clean is False when UTF-8 failed, so the caller can warn.
    """
    try:
        return raw.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), False
    except UnicodeDecodeError:
        return raw.decode("latin-1"), False


def iter_lines(path: Path, log: ImportLog) -> Iterator[tuple[int, str]]:
    """Yield (line number, text without line break) for the non-blank lines of `path`.

    Records the file's sha256 in `log.meta.files` once the file is read to its end, and
    reports lines that were not UTF-8 (kept, decoded as Windows-1252).
    """
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            digest.update(raw)
            text, clean = decode_line(raw)
            if not clean:
                log.error(path.name, number, "not UTF-8; decoded as Windows-1252", skipped=False)
            text = text.rstrip("\r\n")
            if not text.strip(EOF_MARKERS + " \t"):
                continue
            yield number, text
    log.meta.files[path.name] = digest.hexdigest()
