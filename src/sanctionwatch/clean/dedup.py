"""Exact and near-duplicate paragraphs, within and across documents.

Scraped pages repeat paragraphs (captions, resolutions quoted twice) and reports share press
statements. A duplicate paragraph is another *source* for what its first copy says: the store
keeps both as evidence of the same statements and counts the facts once.
Whole-document similarity misses a shared statement inside different pages (Jaccard 0.09 on
the seeds), so we compare paragraphs: exact by fingerprint, near by MinHash LSH on character
shingles (works for Khmer, which has no spaces).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from datasketch import MinHash, MinHashLSH

NEAR_MIN_CHARS = 80  # shorter paragraphs (headlines, bylines) are compared exactly only
SHINGLE = 5
NUM_PERM = 64
THRESHOLD = 0.8

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def comparable(text: str) -> str:
    """Case, accents, punctuation and spacing removed: what two copies have in common."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch) or "\u1780" <= ch <= "\u17ff")
    return _NON_WORD.sub(" ", text).strip()


def fingerprint(text: str) -> str:
    return hashlib.sha1(comparable(text).encode("utf-8")).hexdigest()[:20]


def _minhash(text: str) -> MinHash:
    norm = comparable(text).replace(" ", "")
    shingles = {norm[i : i + SHINGLE] for i in range(max(1, len(norm) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, seed=17)
    mh.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return mh


class DuplicateFinder:
    """Remembers paragraphs seen so far; tells whether a new one repeats an earlier one."""

    def __init__(self) -> None:
        self._exact: dict[str, tuple[str, int]] = {}
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self._hashes: dict[str, MinHash] = {}

    def add(self, doc_id: str, index: int, text: str, fp: str) -> tuple[str, int] | None:
        """Record a paragraph; return the (document, index) of its first copy if it repeats one."""
        first = self._exact.get(fp)
        if first is not None:
            return first
        key = f"{doc_id}:{index}"
        duplicate_of: tuple[str, int] | None = None
        if len(text) >= NEAR_MIN_CHARS:
            mh = _minhash(text)
            hits = sorted(self._lsh.query(mh))
            best = max(hits, key=lambda h: (self._hashes[h].jaccard(mh), h), default=None)
            if best is not None and self._hashes[best].jaccard(mh) >= THRESHOLD:
                doc, idx = best.rsplit(":", 1)
                duplicate_of = (doc, int(idx))
            else:
                self._lsh.insert(key, mh)
                self._hashes[key] = mh
        self._exact[fp] = duplicate_of or (doc_id, index)
        return duplicate_of
