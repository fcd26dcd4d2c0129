"""The store's interface: what the rest of sanctionwatch may ask of a store, and nothing else.

Modelled on nomenklatura's `store/base.py`: one interface, back ends behind it. `SqlStore` is
the one back end today (SQLite for one user, PostgreSQL for a shared server); no module outside
`store/` writes SQL or defines a table. Three groups of tables have sub-interfaces of their own,
reached as attributes of the store: `store.lists` (official lists, one release at a time),
`store.xref` (candidate links between the registry and the lists) and `store.indexes` (saved
screening indexes).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sanctionwatch.model import Document, Statement, make_id

ParagraphKey = tuple[str, int]
"""(document id, paragraph index)."""


@dataclass(frozen=True)
class Judgement:
    left_id: str
    right_id: str
    judgement: str  # positive | negative | unsure
    origin: str  # auto | analyst
    reason: str
    author: str = "sanctionwatch"
    created_at: str = ""

    @property
    def id(self) -> str:
        a, b = sorted((self.left_id, self.right_id))
        return make_id(a, b, self.origin, prefix="jd")


@dataclass(frozen=True)
class DuplicateLink:
    """Paragraph `index` of the document being written repeats paragraph (doc_id, idx)."""

    index: int
    doc_id: str
    idx: int


class ListReleases(ABC):
    """Official lists and other external datasets, one immutable release per import."""

    @abstractmethod
    def store_release(self, dataset: str, fmt: str, path: str, files: dict[str, str],
                      entities: list[dict], meta: dict, changes: list[dict] | None) -> tuple[str, bool]:
        """Save a release; (release id, created). The same bytes again create nothing."""

    @abstractmethod
    def releases(self, dataset: str | None = None) -> list[dict]:
        """Every release (of `dataset`), by dataset and sequence number."""

    @abstractmethod
    def latest_release(self, dataset: str) -> dict | None: ...

    @abstractmethod
    def find_release(self, ref: str) -> dict | None:
        """A release by id, by `dataset@N` (sequence number) or by dataset (its latest)."""

    @abstractmethod
    def release_entities(self, rid: str) -> list[dict]: ...

    @abstractmethod
    def release_changes(self, rid: str) -> list[dict]: ...

    @abstractmethod
    def current_entity(self, entity_id: str) -> dict | None:
        """One entity of the latest release of its dataset, by id; None if no list has it."""

    @abstractmethod
    def captions(self, entity_ids: Iterable[str]) -> dict[str, str]:
        """entity id → caption, for a few entities (without reading whole releases)."""

    @abstractmethod
    def current_entities(self, datasets: Iterable[str] | None = None,
                         mentioning: Iterable[str] | None = None) -> list[dict]:
        """Entities of the latest release of each dataset (or of `datasets`); with `mentioning`,
        only those whose stored data contains one of these strings as a JSON string (entity
        ids: the entities themselves and the Sanctions naming them), found before parsing."""


class XrefLinks(ABC):
    """Candidate links registry entity → list entity, each waiting for an analyst's decision."""

    @abstractmethod
    def add_candidates(self, found: Iterable[Mapping[str, Any]]) -> int:
        """Record new candidates as pending (known pairs keep their status); returns how many."""

    @abstractmethod
    def candidates(self, status: str | None = None) -> list[dict]:
        """Candidates by descending score (only those with `status`)."""

    @abstractmethod
    def candidate(self, registry_id: str, list_id: str) -> dict | None: ...

    @abstractmethod
    def set_status(self, registry_id: str, list_id: str, status: str, author: str) -> None: ...

    @abstractmethod
    def linked_list_ids(self, registry_ids: Iterable[str]) -> set[str]:
        """List entities an analyst accepted as one of `registry_ids`."""


class IndexBlobs(ABC):
    """Screening indexes saved in the database (fingerprint of their input, entity hashes)."""

    @abstractmethod
    def load(self, dataset: str) -> tuple[str, dict[str, str], bytes] | None:
        """(fingerprint, entity hashes, archive bytes) of the saved index, or None."""

    @abstractmethod
    def save(self, dataset: str, fingerprint: str, hashes: dict[str, str], blob: bytes) -> None: ...


class Store(ABC):
    """Documents, paragraphs, statements with evidence, judgements, audit; lists, xref, indexes."""

    lists: ListReleases
    xref: XrefLinks
    indexes: IndexBlobs

    @property
    @abstractmethod
    def safe_url(self) -> str:
        """Where the store is, password hidden (for messages)."""

    @property
    @abstractmethod
    def local_path(self) -> Path | None:
        """The store's file when it is one on this machine (SQLite), else None."""

    @abstractmethod
    def close(self) -> None: ...

    # documents and paragraphs
    @abstractmethod
    def has_document(self, doc_id: str) -> bool: ...

    @abstractmethod
    def document_ids(self) -> set[str]: ...

    @abstractmethod
    def write_document(self, doc: Document, statements: Iterable[Statement],
                       duplicates: Iterable[DuplicateLink] = ()) -> bool:
        """Store a document with its paragraphs, statements and evidence in one transaction;
        False (nothing written) when it is already stored."""

    @abstractmethod
    def document(self, doc_id: str) -> Document | None: ...

    @abstractmethod
    def documents(self) -> list[dict]: ...

    @abstractmethod
    def stored_paragraphs(self) -> Iterator[tuple[str, int, str, str]]:
        """(doc_id, idx, text, fingerprint) of every paragraph, in (doc_id, idx) order."""

    @abstractmethod
    def settle_duplicates(self, find: Callable[[Iterator[tuple[str, int, str, str]]],
                                               dict[ParagraphKey, ParagraphKey]]) -> int:
        """Make duplicate status a function of the stored documents: `find` reads every
        paragraph in (doc_id, idx) order and names the first copy of each repeated one; the
        paragraphs and the `duplicate` flags of evidence are set to match. Returns rows changed."""

    @abstractmethod
    def duplicate_paragraphs(self, doc_ids: Iterable[str] | None = None) -> int:
        """How many paragraphs (of `doc_ids`) repeat an earlier one."""

    @abstractmethod
    def counts(self) -> dict[str, int]: ...

    # statements and resolution
    @abstractmethod
    def statements(self, entity_ids: Iterable[str] | None = None, schemata: Iterable[str] | None = None,
                   with_evidence: bool = True, props: Iterable[str] | None = None) -> list[Statement]: ...

    @abstractmethod
    def name_rows(self, props: tuple[str, ...] = ("name", "weakAlias", "alias")) -> list[tuple[str, str, str, str]]:
        """(entity_id, schema, name, doc_id) of every name statement, per evidence document."""

    @abstractmethod
    def judgements(self) -> list[Judgement]: ...

    @abstractmethod
    def resolution_stale(self) -> bool: ...

    @abstractmethod
    def document_count(self) -> int: ...

    @abstractmethod
    def replace_auto_judgements(self, items: Iterable[Judgement], mapping: dict[str, str],
                                basis: int | None = None) -> bool:
        """Save the resolver's result, computed from the first `basis` documents (see SqlStore)."""

    @abstractmethod
    def add_judgement(self, judgement: Judgement) -> None: ...

    @abstractmethod
    def canonical_map(self) -> dict[str, str]: ...

    @abstractmethod
    def set_evidence_status(self, statement_id: str, status: str, author: str, reason: str = "",
                            doc_id: str | None = None) -> int: ...

    @abstractmethod
    def audit_log(self) -> list[dict]: ...

    @abstractmethod
    def add_analyst_statements(self, statements: Iterable[Statement], author: str, action: str,
                               detail: dict) -> int:
        """Store statements an analyst adds by hand (evidence accepted) and audit `action` with
        `detail`, in one transaction; returns how many statements were new."""

    @abstractmethod
    def update_provenance(self, given: dict[str, dict[str, str | None]]) -> int:
        """Set documents' `source_url`, `title`, `published` where given and different."""

    @abstractmethod
    def statement_rows(self, ids: Iterable[str]) -> dict[str, dict]:
        """Statement id → entity_id, schema, prop, value (without evidence)."""

    @abstractmethod
    def dump(self) -> dict[str, list[tuple]]:
        """Every table's rows, sorted, without timestamps: two stores holding the same facts
        dump equal, whatever order or how many runs their documents came in."""
