"""Exact and near-duplicate paragraphs, within and across documents.

Scraped pages repeat paragraphs (captions, resolutions quoted twice) and reports share press
statements. A duplicate paragraph is another *source* for what its first copy says: the store
keeps both as evidence of the same statements and counts the facts once.
Whole-document similarity misses a shared statement inside different pages (Jaccard 0.09 on
the seeds), so we compare paragraphs: exact by fingerprint, near by MinHash LSH on character
shingles (works for Khmer, which has no spaces).

Which copy is the first is a function of the set of stored documents, not of the order they
arrived in (a resumed or a parallel ingest must leave the same store as one clean run): after
each ingest `settle_duplicates` runs the finder over every stored paragraph in (document id,
paragraph index) order. So the first copy of an exact repeat is the copy with the smallest
(document id, index); a near repeat points to the most similar earlier paragraph in that order
that is not itself a repeat. During an ingest the finder only marks provisional links between
the run's own documents.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from datasketch import MinHash, MinHashLSH

if TYPE_CHECKING:
    from sanctionwatch.store.base import ParagraphKey, Store

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


@lru_cache(maxsize=1)
def _seed() -> MinHash:
    """The permutations of seed 17, made once: generating them per paragraph took half the time."""
    return MinHash(num_perm=NUM_PERM, seed=17)


def _minhash(text: str) -> MinHash:
    norm = comparable(text).replace(" ", "")
    shingles = {norm[i : i + SHINGLE] for i in range(max(1, len(norm) - SHINGLE + 1))}
    seed = _seed()
    mh = MinHash(num_perm=NUM_PERM, seed=17, permutations=seed.permutations, scheme=seed.scheme)
    mh.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return mh


class DuplicateFinder:
    """Remembers paragraphs seen so far; tells whether a new one repeats an earlier one.

    `cache` (fingerprint → MinHash) may be shared between finders: the same fingerprint is the
    same comparable text, so its MinHash is computed once per ingest, not once per pass."""

    def __init__(self, cache: dict[str, MinHash] | None = None) -> None:
        self._exact: dict[str, tuple[str, int]] = {}
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self._hashes: dict[str, MinHash] = {}
        self._cache = cache

    def add(self, doc_id: str, index: int, text: str, fp: str) -> tuple[str, int] | None:
        """Record a paragraph; return the (document, index) of its first copy if it repeats one."""
        first = self._exact.get(fp)
        if first is not None:
            return first
        key = f"{doc_id}:{index}"
        duplicate_of: tuple[str, int] | None = None
        if len(text) >= NEAR_MIN_CHARS:
            mh = self._cache.get(fp) if self._cache is not None else None
            if mh is None:
                mh = _minhash(text)
                if self._cache is not None:
                    self._cache[fp] = mh
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


def first_copies(paragraphs: Iterable[tuple[str, int, str, str]],
                 cache: dict[str, MinHash] | None = None) -> dict[ParagraphKey, ParagraphKey]:
    """(doc_id, idx) → first copy, for every paragraph that repeats an earlier one, reading
    `paragraphs` ((doc_id, idx, text, fingerprint)) in the order given."""
    finder = DuplicateFinder(cache)
    out: dict[ParagraphKey, ParagraphKey] = {}
    for doc_id, idx, text, fp in paragraphs:
        first = finder.add(doc_id, idx, text, fp)
        if first is not None and first != (doc_id, idx):
            out[(doc_id, idx)] = first
    return out


def settle_duplicates(store: Store, cache: dict[str, MinHash] | None = None) -> int:
    """Make the store's duplicate status that of its documents in (document id, index) order;
    a no-op when nothing was stored since the last time. Returns the rows changed."""
    return store.settle_duplicates(lambda rows: first_copies(rows, cache))
