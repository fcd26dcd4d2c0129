"""What analysts decide and add, kept so that nothing is edited in place: the store's `curation` part.

A decision on a statement changes the review status of its evidence rows (the text they were
read from stays) and writes an audit row; a fact added by hand is new statements whose evidence
is the analyst's own quote, extractor `analyst:<name>`. Decisions are first-come: the update only
touches evidence still open, so a second analyst deciding the same thing learns who decided it
instead of overwriting it, on SQLite and PostgreSQL alike (the row lock or the file's write lock
makes the second update see the first's result).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from sanctionwatch.errors import SanctionwatchError
from sanctionwatch.store import schema as t
from sanctionwatch.store.base import Judgement
from sanctionwatch.store.sql import now

if TYPE_CHECKING:
    from sanctionwatch.store.sql import SqlStore

OPEN = ("proposed", "unsure")
"""Evidence statuses an analyst may still decide."""


class AlreadyDecided(SanctionwatchError):
    """Someone decided this first; `by` names them."""

    def __init__(self, what: str, by: str, status: str) -> None:
        super().__init__(f"{what} was already decided by {by} ({status})")
        self.by = by
        self.status = status


class SqlCuration:
    def __init__(self, store: SqlStore) -> None:
        self._store = store
        self._engine = store.engine

    def generation(self) -> tuple:
        """Changes whenever what the pages show may have: documents, analysts' changes (every one
        is audited), resolution, releases. One cheap query; pages cache their views by it."""
        with self._engine.connect() as conn:
            return tuple(conn.execute(select(
                select(func.count()).select_from(t.documents).scalar_subquery(),
                select(func.coalesce(func.max(t.audit.c.seq), 0)).scalar_subquery(),
                select(func.count()).select_from(t.judgements).scalar_subquery(),
                select(func.count()).select_from(t.releases).scalar_subquery(),
                select(func.count()).select_from(t.xref).scalar_subquery(),
            )).one())

    def statement_status(self, statement_ids: Iterable[str] | None = None) -> dict[str, str]:
        """statement id → `proposed` while any of its evidence is open (`unsure` when an analyst
        marked it so), else the decision (accepted / rejected)."""
        query = select(t.evidence.c.statement_id, t.evidence.c.status).distinct()
        ids = None if statement_ids is None else sorted(set(statement_ids))
        rows: list[tuple[str, str]] = []
        with self._engine.connect() as conn:
            if ids is None:
                rows = list(conn.execute(query).all())
            else:
                for i in range(0, len(ids), 500):
                    rows += conn.execute(query.where(t.evidence.c.statement_id.in_(ids[i:i + 500]))).all()
        statuses: dict[str, set[str]] = defaultdict(set)
        for sid, status in rows:
            statuses[sid].add(status)
        rank = ("proposed", "unsure", "accepted", "rejected")
        return {sid: min(s, key=lambda x: rank.index(x) if x in rank else 9) for sid, s in statuses.items()}

    def decide_statements(self, what: str, statement_ids: list[str], status: str, author: str,
                          reason: str = "") -> int:
        """Accept, reject or mark unsure every open piece of evidence of `statement_ids`.

        Raises AlreadyDecided when none was open any more (naming who closed it)."""
        ids = sorted(set(statement_ids))
        with self._engine.begin() as conn:
            changed = conn.execute(update(t.evidence).where(t.evidence.c.statement_id.in_(ids))
                                   .where(t.evidence.c.status.in_(OPEN)).values(status=status)).rowcount
            if changed:
                conn.execute(insert(t.audit).values(at=now(), author=author, action=f"statement:{status}",
                                                    detail=json.dumps({"what": what, "statements": ids, "reason": reason},
                                                                      ensure_ascii=False, sort_keys=True)))
                return changed
        by, previous = self._decided_by(ids)
        raise AlreadyDecided(what, by, previous)

    def _decided_by(self, ids: list[str]) -> tuple[str, str]:
        with self._engine.connect() as conn:
            for row in conn.execute(select(t.audit).where(t.audit.c.action.like("statement:%"))
                                    .order_by(t.audit.c.seq.desc())).mappings():
                if any(i in row["detail"] for i in ids):
                    return row["author"], row["action"].split(":", 1)[1]
        return "someone", "decided"

    def add_judgement_once(self, judgement: Judgement, what: str) -> None:
        """An analyst's decision on a proposed pair, unless an analyst already decided that pair
        (the row id is the pair's: the second insert fails and names the first author)."""
        stamp = now()
        row = {"id": judgement.id, "left_id": judgement.left_id, "right_id": judgement.right_id,
               "judgement": judgement.judgement, "origin": judgement.origin, "reason": judgement.reason,
               "author": judgement.author, "created_at": stamp}
        try:
            with self._engine.begin() as conn:
                conn.execute(insert(t.judgements).values(**row))
                conn.execute(insert(t.audit).values(at=stamp, author=judgement.author, action="judgement",
                                                    detail=json.dumps({**row, "what": what}, ensure_ascii=False,
                                                                      sort_keys=True)))
        except IntegrityError:
            with self._engine.connect() as conn:
                first = conn.execute(select(t.judgements).where(t.judgements.c.id == judgement.id)).mappings().first()
            if first is None:
                raise
            raise AlreadyDecided(what, first["author"], first["judgement"]) from None
