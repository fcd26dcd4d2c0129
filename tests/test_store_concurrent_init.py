"""Several processes opening the same new store at once all succeed (SQLite and PostgreSQL).

Workers are spawned once and kept; each round gives every worker the URL of a store that does
not exist yet and releases them together at a barrier, so they race on creating the schema.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROUNDS = 20
BARRIER_SECONDS = 120
PG_URL = os.environ.get("SANCTIONWATCH_TEST_PG")


def _worker(tasks, results, barrier) -> None:  # noqa: ANN001 - multiprocessing primitives
    from sanctionwatch.store import open_store

    results.put("ready")
    while True:
        url = tasks.get()
        if url is None:
            return
        try:
            barrier.wait(timeout=BARRIER_SECONDS)
        except Exception as exc:  # noqa: BLE001 - a broken round is the harness's, said as such
            barrier.reset()
            results.put(f"harness: the workers did not meet at the barrier ({type(exc).__name__})")
            continue
        try:
            store = open_store(url)
            store.counts()
            store.close()
            results.put("ok")
        except Exception as exc:  # noqa: BLE001 - reported to the parent as the failure
            results.put(f"{type(exc).__name__}: {str(exc).splitlines()[0]}")


@contextmanager
def _workers(n: int) -> Iterator[tuple]:
    """n spawned workers, started and ready (imports done) before the first round.

    Waiting for them first matters on a loaded machine: a worker still importing when the
    first round is handed out used to eat the barrier's timeout of the one that was ready.
    """
    ctx = mp.get_context("spawn")
    tasks, results, barrier = ctx.Queue(), ctx.Queue(), ctx.Barrier(n)
    procs = [ctx.Process(target=_worker, args=(tasks, results, barrier), daemon=True) for _ in range(n)]
    for p in procs:
        p.start()
    try:
        assert [results.get(timeout=300) for _ in procs] == ["ready"] * n
        yield tasks, results
    finally:
        for _ in procs:
            tasks.put(None)
        for p in procs:
            p.join(timeout=30)


def _race(n: int, new_url) -> None:  # noqa: ANN001 - a context manager factory
    from sanctionwatch.store import SqlStore
    from sanctionwatch.store.migrate import current_revision, head

    failures = []
    with _workers(n) as (tasks, results):
        for _ in range(ROUNDS):
            with new_url() as url:
                assert not SqlStore.exists(url)
                for _ in range(n):
                    tasks.put(url)
                outcome = [results.get(timeout=BARRIER_SECONDS + 180) for _ in range(n)]
                failures += [o for o in outcome if o != "ok"]
                store = SqlStore(url)
                with store.engine.connect() as conn:
                    assert current_revision(conn) == head()
                store.close()
    assert failures == [], f"{len(failures)} of {ROUNDS * n} opens failed: {failures[:3]}"


@pytest.mark.parametrize("n", [2, 4])
def test_new_sqlite_store_opened_by_several_processes(n: int, tmp_path: Path) -> None:
    counter = iter(range(10**6))

    @contextmanager
    def new_url() -> Iterator[str]:
        yield f"sqlite:///{tmp_path / f'race-{next(counter)}.db'}"

    _race(n, new_url)


@pytest.mark.postgres
@pytest.mark.parametrize("n", [2, 4])
def test_new_postgresql_store_opened_by_several_processes(n: int) -> None:
    if not PG_URL:
        pytest.skip("set SANCTIONWATCH_TEST_PG=postgresql://… to run the store tests on PostgreSQL")
    from sqlalchemy import create_engine, make_url, text

    from sanctionwatch.config import database_url

    server = make_url(database_url(PG_URL))
    admin = create_engine(server)

    @contextmanager
    def new_url() -> Iterator[str]:
        """A new, empty schema (its own pg_type namespace: the race of issue 12 happens in it)."""
        name = f"test_sw_{uuid.uuid4().hex[:12]}"
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {name}"))
        try:
            yield server.update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(hide_password=False)
        finally:
            with admin.begin() as conn:
                conn.execute(text(f"DROP SCHEMA IF EXISTS {name} CASCADE"))

    try:
        _race(n, new_url)
    finally:
        admin.dispose()
