"""An in-memory (or memory-mapped) name index for screening: candidates by key, then scored.

Why this shape: scoring is ~20 µs a pair but parsing a stored name ~100 µs, so a query can
afford a few dozen full comparisons, not a million. Each name part contributes short keys
(consonant skeleton, 4-letter prefix and suffix, and the same for every romanised variant of a
Khmer part, see `names.keys`); a query collects the postings of its keys (keys on more than
MAX_KEY_DF entities are skipped when rarer ones exist), keeps the POOL entities with the highest
summed rarity (IDF) of shared keys, re-ranks that pool by the token-sorted spelling similarity
of the whole name (rapidfuzz `cdist` over stored ASCII forms, so Khmer and Cyrillic compare via
their romanisations), and the matcher scores the top `candidates`. Postings are one sorted CSR structure of
64-bit key hashes → entity slots (numpy), so 1M names cost tens of MB, not gigabytes of
Python objects; names, ids and properties live in UTF-8 blobs with offsets. `save` writes
.npy files that `load` memory-maps, so an embedded deployment keeps the index on disk.
Additions after a freeze go to a small pending buffer that searches also read; `freeze`
merges it.
"""

from __future__ import annotations

import json
import math
import zlib
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import numpy as np
from rapidfuzz import fuzz, process

from sanctionwatch.names.keys import part_keys, skeleton
from sanctionwatch.names.parts import FUNCTION, LEGAL, ParsedName, parse_name
from sanctionwatch.names.translit import chinese_key, latin_variants_key
from sanctionwatch.screen.errors import InvalidQuery
from sanctionwatch.screen.matcher import THRESHOLD, MatchResult, Prepared, prepare, score_prepared
from sanctionwatch.screen.query import KNOWN_SCHEMATA, Record, compatible, name_kind

MAX_KEY_DF = 20_000  # keys on more entities than this are skipped if the query has rarer ones
POOL = 600  # entities taken by key rarity, then re-ranked by spelling before full scoring
PAUSE_EVERY = 50  # candidates scored between two calls of search_any's `pause`
FORMAT_VERSION = 3  # 3: romanisation and whole-name keys
_SCHEMATA = sorted(KNOWN_SCHEMATA)


def key_hash(key: str) -> int:
    """Stable 64-bit hash of a key (Python's str hash changes per process)."""
    data = key.encode("utf-8")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


def name_keys(parsed: ParsedName) -> set[str]:
    """The index keys of one parsed name.

    Besides each part's keys: the skeleton of its romanisation key (`names.translit`, so that
    `Loukachenko` finds `Lukashenko`); the whole name written together, with and without its
    particles and function words, for every name, so that `PolPot` finds `Pol Pot` and `van der
    bilt` finds `Vanderbilt` (the skeleton without its leading-vowel mark: `Andrang Heta` and
    `'Ndrangheta`). No acronym keys: in a list of thousands, a three-letter query spells the
    initials of some unrelated name (`SMS`, `Swiss Management Services`).
    """
    keys: set[str] = set()
    for part in parsed.core:
        if part.role in (LEGAL, FUNCTION):
            continue
        for form in part.forms[:4]:
            keys.update(part_keys(form))
        translit = latin_variants_key(part.form)
        if translit:
            keys.add("t:" + skeleton(translit))
    for joined in {parsed.joined, parsed.joined_all}:
        if len(joined) >= 4:
            keys.add("j:" + skeleton(joined).lstrip("a"))
    chinese = chinese_key(parsed.joined) if len(parsed.core) > 1 else ""
    if chinese:
        keys.add("c:" + chinese)  # `Hsi Chin-ping` (Wade-Giles) finds `Xi Jinping` (Pinyin)
    return keys


@dataclass
class Hit:
    """One search result: the entity and how it matched."""

    entity_id: str
    schema: str
    names: tuple[str, ...]
    props: dict[str, Any]
    result: MatchResult

    @property
    def score(self) -> float:
        return self.result.score


class _Blob:
    """Append-only list of strings stored as UTF-8 bytes + offsets (compact for millions)."""

    def __init__(self, data: np.ndarray | None = None, offsets: np.ndarray | None = None) -> None:
        self._frozen_data = data if data is not None else np.zeros(0, dtype=np.uint8)
        self._frozen_offsets = offsets if offsets is not None else np.zeros(1, dtype=np.int64)
        self._data = bytearray()
        self._offsets = array("q", [0])

    def __len__(self) -> int:
        return len(self._frozen_offsets) - 1 + len(self._offsets) - 1

    def append(self, text: str) -> None:
        self._data += text.encode("utf-8")
        self._offsets.append(len(self._data))

    def __getitem__(self, i: int) -> str:
        n_frozen = len(self._frozen_offsets) - 1
        if i < n_frozen:
            a, b = int(self._frozen_offsets[i]), int(self._frozen_offsets[i + 1])
            return bytes(self._frozen_data[a:b]).decode("utf-8")
        j = i - n_frozen
        return self._data[self._offsets[j]:self._offsets[j + 1]].decode("utf-8")

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        base = int(self._frozen_offsets[-1])
        data = np.concatenate([np.asarray(self._frozen_data), np.frombuffer(bytes(self._data), dtype=np.uint8)])
        offsets = np.concatenate([np.asarray(self._frozen_offsets), np.asarray(self._offsets[1:], dtype=np.int64) + base])
        return data, offsets


class NameIndex:
    """Screening index over entities' names. Build with `add`, query with `search`."""

    def __init__(self, candidates: int = 40) -> None:
        self.candidates = candidates
        self._ids = _Blob()
        self._names = _Blob()  # names joined by U+001F
        self._props = _Blob()  # JSON
        self._forms = _Blob()  # ASCII forms of each name's core parts, names joined by U+001F
        self._schema = array("B")
        self._alive = bytearray()
        self._slot_of: dict[str, int] = {}
        self._keys = np.zeros(0, dtype=np.uint64)  # sorted unique key hashes
        self._starts = np.zeros(1, dtype=np.int64)
        self._postings = np.zeros(0, dtype=np.int32)
        self._pending_keys = array("Q")
        self._pending_slots = array("i")
        self._pending_map: dict[int, list[int]] | None = None

    # -- building -------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._slot_of)

    def add(self, entity_id: str, schema: str, names: list[str] | tuple[str, ...], props: dict[str, Any] | None = None) -> None:
        """Add (or replace) an entity. Names are validated like queries (InvalidQuery)."""
        record = Record.make(list(names), schema)
        if entity_id in self._slot_of:
            self.remove(entity_id)
        slot = len(self._ids)
        self._ids.append(entity_id)
        self._names.append("\x1f".join(record.names))
        self._props.append(json.dumps(props or {}, ensure_ascii=False, sort_keys=True))
        self._schema.append(_SCHEMATA.index(schema))
        self._alive.append(1)
        self._slot_of[entity_id] = slot
        kind = name_kind(schema)
        keys: set[str] = set()
        forms: list[str] = []
        for name in record.names:
            parsed = parse_name(name, kind)
            keys |= name_keys(parsed)
            forms.append(_form_string(parsed))
        self._forms.append("\x1f".join(forms))
        for key in keys:
            self._pending_keys.append(key_hash(key))
            self._pending_slots.append(slot)
        self._pending_map = None

    def remove(self, entity_id: str) -> bool:
        """Remove an entity; its postings stay but are never returned."""
        slot = self._slot_of.pop(entity_id, None)
        if slot is None:
            return False
        self._alive[slot] = 0
        return True

    def freeze(self) -> None:
        """Merge pending additions into the sorted postings (called by search when large)."""
        if not self._pending_keys:
            return
        old_keys = np.repeat(self._keys, np.diff(self._starts))
        keys = np.concatenate([old_keys, np.frombuffer(self._pending_keys, dtype=np.uint64)])
        slots = np.concatenate([self._postings, np.frombuffer(self._pending_slots, dtype=np.int32)])
        order = np.lexsort((slots, keys))
        keys, slots = keys[order], slots[order]
        unique, first = np.unique(keys, return_index=True)
        self._keys = unique
        self._starts = np.append(first, len(keys)).astype(np.int64)
        self._postings = slots.astype(np.int32)
        self._pending_keys = array("Q")
        self._pending_slots = array("i")
        self._pending_map = None

    # -- searching ------------------------------------------------------------------------
    def _pending_lookup(self) -> dict[int, list[int]]:
        if self._pending_map is None:
            mapping: dict[int, list[int]] = {}
            for h, s in zip(self._pending_keys, self._pending_slots, strict=True):
                mapping.setdefault(h, []).append(s)
            self._pending_map = mapping
        return self._pending_map

    def _postings_for(self, h: int) -> np.ndarray:
        out = []
        i = int(np.searchsorted(self._keys, np.uint64(h)))
        if i < len(self._keys) and int(self._keys[i]) == h:
            out.append(self._postings[self._starts[i]:self._starts[i + 1]])
        if self._pending_keys:
            extra = self._pending_lookup().get(h)
            if extra:
                out.append(np.asarray(extra, dtype=np.int32))
        if not out:
            return np.zeros(0, dtype=np.int32)
        return out[0] if len(out) == 1 else np.concatenate(out)

    def candidates_for(self, query: Prepared, limit: int) -> list[int]:
        """Slots of the entities sharing the rarest keys with the query, best first."""
        if len(self._pending_keys) > 200_000:
            self.freeze()
        keys: set[str] = set()
        for parsed in query.names:
            keys |= name_keys(parsed)
        lists = [(k, self._postings_for(key_hash(k))) for k in sorted(keys)]
        lists = [(k, p) for k, p in lists if len(p)]
        if not lists:
            return []
        total = max(len(self._ids), 1)
        rare = [(k, p) for k, p in lists if len(p) <= MAX_KEY_DF]
        chosen = rare if rare else sorted(lists, key=lambda kp: len(kp[1]))[:1]
        slots = np.concatenate([p for _, p in chosen])
        weights = np.concatenate([np.full(len(p), math.log(1 + total / len(p)), dtype=np.float32) for _, p in chosen])
        unique, inverse = np.unique(slots, return_inverse=True)
        sums = np.bincount(inverse, weights=weights)
        pool = max(POOL, limit)
        if len(unique) > pool:
            top = np.argpartition(-sums, pool)[:pool]
            unique, sums = unique[top], sums[top]
        if len(unique) <= limit:
            return [int(unique[i]) for i in np.argsort(-sums, kind="stable")]
        # re-rank the pool by how the whole name is spelt (token order ignored): key rarity
        # alone ties every `Cameron` when the query's other part has a typo (`Gacía`)
        spelling = self._spelling(query, unique)
        order = np.lexsort((-sums, -spelling))[:limit]
        return [int(unique[i]) for i in order]

    def _spelling(self, query: Prepared, slots: np.ndarray) -> np.ndarray:
        """Best token-sorted spelling similarity (0–100) of the query to each slot's names."""
        q_strings = [_form_string(parsed) for parsed in query.names]
        q_strings = [q for q in dict.fromkeys(q_strings) if q]
        if not q_strings:
            return np.zeros(len(slots), dtype=np.float32)
        flat: list[str] = []
        owner: list[int] = []
        for n, slot in enumerate(slots.tolist()):
            for form in self._forms[slot].split("\x1f"):
                flat.append(form)
                owner.append(n)
        scores = process.cdist(q_strings, flat, scorer=fuzz.token_sort_ratio, dtype=np.uint8).max(axis=0)
        out = np.zeros(len(slots), dtype=np.float32)
        np.maximum.at(out, np.asarray(owner), scores)
        return out

    def search(
        self, names: str | list[str], schema: str = "Person", limit: int = 10,
        threshold: float = THRESHOLD, min_score: float = 0.5, birth_date: str | None = None,
        country: str | list[str] | None = None, gender: str | None = None,
    ) -> list[Hit]:
        """The best-scoring entities for a query, highest first (ties by entity id).

        Raises InvalidQuery for bad input. `min_score` drops weak hits from the list;
        `threshold` decides each hit's `match` flag.
        """
        if limit < 1 or limit > 500:
            raise InvalidQuery("limit must be between 1 and 500")
        query = prepare(Record.make(names, schema, birth_date, country, gender))
        hits: list[Hit] = []
        for slot in self.candidates_for(query, max(self.candidates, limit * 3)):
            if not self._alive[slot]:
                continue
            candidate = self._prepared(slot)
            result = score_prepared(query, candidate, threshold)
            if result.score >= min_score:
                rec = candidate.record
                hits.append(Hit(self._ids[slot], rec.schema, rec.names, json.loads(self._props[slot]), result))
        hits.sort(key=lambda h: (-h.score, h.entity_id))
        return hits[:limit]

    def search_any(self, name: str, schemata: tuple[str, ...] | list[str], limit: int = 10,
                   min_score: float = 0.3, threshold: float = THRESHOLD,
                   pause: Callable[[], None] | None = None) -> list[Hit]:
        """Name search over several schemata in one pass (the API's /search).

        The name is read once per schema (as a person, as an organisation), but the candidates
        are collected once from the keys of every reading, and each candidate is scored only
        by the readings its own schema is compatible with (the best kept): the score each hit
        gets is what `search(name, schema)` gives it, without scoring every candidate under
        every reading (the incompatible half scores 0 anyway) or ranking the pool twice.
        Up to `candidates` per reading are scored, three per wanted hit for a large `limit`;
        every hit scoring `min_score` or more among them is returned, best first (so the
        caller can count them), with `props` left empty: the caller holds the entities.
        `pause()` is called after every PAUSE_EVERY candidates (a server lets other requests
        run between the steps of a deep search).
        """
        if limit < 1 or limit > 500:
            raise InvalidQuery("limit must be between 1 and 500")
        readings = [prepare(Record.make([name], schema)) for schema in dict.fromkeys(schemata)]
        if not readings:
            return []
        every = Prepared(readings[0].record, tuple(p for r in readings for p in r.names))
        hits: list[Hit] = []
        slots = self.candidates_for(every, max(self.candidates * len(readings), limit * 3))
        for n, slot in enumerate(slots):
            if pause is not None and n and not n % PAUSE_EVERY:
                pause()
            if not self._alive[slot]:
                continue
            candidate = self._prepared(slot)
            rec = candidate.record
            best: MatchResult | None = None
            for reading in readings:
                if reading.record.schema == rec.schema or compatible(reading.record.schema, rec.schema):
                    result = score_prepared(reading, candidate, threshold)
                    if best is None or result.score > best.score:
                        best = result
            if best is not None and best.score >= min_score:
                hits.append(Hit(self._ids[slot], rec.schema, rec.names, {}, best))
        hits.sort(key=lambda h: (-h.score, h.entity_id))
        return hits

    def _prepared(self, slot: int) -> Prepared:
        return _prepare_cached(self._names[slot], _SCHEMATA[self._schema[slot]], self._props[slot])

    # -- persistence ----------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write the index as a folder of .npy files (memory-mappable) + meta.json."""
        self.freeze()
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, np.ndarray] = {
            "keys": self._keys, "starts": self._starts, "postings": self._postings,
            "schema": np.frombuffer(bytes(self._schema), dtype=np.uint8) if self._schema else np.zeros(0, np.uint8),
            "alive": np.frombuffer(bytes(self._alive), dtype=np.uint8) if self._alive else np.zeros(0, np.uint8),
        }
        for name in ("ids", "names", "props", "forms"):
            data, offsets = getattr(self, f"_{name}").arrays()
            arrays[f"{name}_data"], arrays[f"{name}_offsets"] = data, offsets
        for name, arr in arrays.items():
            np.save(folder / f"{name}.npy", np.ascontiguousarray(arr))
        meta = {"format": FORMAT_VERSION, "entities": len(self), "schemata": _SCHEMATA, "candidates": self.candidates}
        (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path, mmap: bool = True) -> NameIndex:
        """Open a saved index; with `mmap` the big arrays stay on disk (read-only pages)."""
        folder = Path(path)
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT_VERSION or meta.get("schemata") != _SCHEMATA:
            raise ValueError(f"{folder}: index format {meta.get('format')} is not {FORMAT_VERSION}; rebuild it")
        mode: Literal["r"] | None = "r" if mmap else None

        def arr(name: str) -> np.ndarray:
            return np.load(folder / f"{name}.npy", mmap_mode=mode)

        index = cls(candidates=int(meta.get("candidates", 40)))
        index._keys, index._starts, index._postings = arr("keys"), arr("starts"), arr("postings")
        index._schema = array("B", arr("schema").tobytes())
        index._alive = bytearray(arr("alive").tobytes())
        index._ids = _Blob(arr("ids_data"), arr("ids_offsets"))
        index._names = _Blob(arr("names_data"), arr("names_offsets"))
        index._props = _Blob(arr("props_data"), arr("props_offsets"))
        index._forms = _Blob(arr("forms_data"), arr("forms_offsets"))
        index._slot_of = {index._ids[i]: i for i in range(len(index._ids)) if index._alive[i]}
        return index


def _form_string(parsed: ParsedName) -> str:
    return " ".join(p.form for p in parsed.core if p.role not in (LEGAL, FUNCTION) and p.form)


@lru_cache(maxsize=8192)
def _prepare_cached(names: str, schema: str, props: str) -> Prepared:
    data = json.loads(props) if props and props != "{}" else {}
    dates = data.get("birthDate") or []
    countries = data.get("country") or data.get("nationality") or []
    gender = data.get("gender")
    record = Record(
        tuple(names.split("\x1f")), schema,
        tuple(dates if isinstance(dates, list) else [dates]),
        tuple(c.lower() for c in (countries if isinstance(countries, list) else [countries])),
        (gender[0] if isinstance(gender, list) and gender else gender) or None,
    )
    return prepare(record)
