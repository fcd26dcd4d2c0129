"""Schema migrations: a store made before migrations is upgraded in place, an unknown revision
is refused, and read commands can refuse a store that does not exist."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, inspect, select, text

from sanctionwatch.config import database_url
from sanctionwatch.errors import StoreError
from sanctionwatch.store import SqlStore, open_store
from sanctionwatch.store import schema as t
from sanctionwatch.store.migrate import MIGRATIONS, current_revision, head


def _v1_tables():
    """The tables exactly as sanctionwatch 0.1 made them (the frozen copy in revision 0001)."""
    path = MIGRATIONS / "versions" / "0001_initial.py"
    spec = importlib.util.spec_from_file_location("sw_rev_0001", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.v1


def _legacy_store(url: str) -> None:
    """What the previous version left: v1 tables, sw_meta schema_version "1", no alembic_version,
    one document whose fact was read in two documents (the first written gave the language)."""
    engine = create_engine(database_url(url))
    v1 = _v1_tables()
    v1.create_all(engine)
    tables = v1.tables
    with engine.begin() as conn:
        conn.execute(insert(tables["sw_meta"]).values(key="schema_version", value="1"))
        for doc_id, stamp in (("doc-b", "2024-01-01T00:00:00Z"), ("doc-a", "2024-01-02T00:00:00Z")):
            conn.execute(insert(tables["sw_documents"]).values(
                id=doc_id, path=f"/x/{doc_id}.txt", media_type="text/plain", encoding="utf-8", title="t",
                published=None, text="Kem Sokha was arrested.", size=23, ingested_at=stamp, dataset="default"))
        conn.execute(insert(tables["sw_statements"]).values(
            id="st-1", entity_id="sw-kem", schema="Person", prop="name", value="Kem Sokha", lang="fr",
            dataset="default", first_seen="2024-01-01T00:00:00Z"))
        for doc_id, lang in (("doc-a", "en"), ("doc-b", "fr")):
            conn.execute(insert(tables["sw_evidence"]).values(
                id=f"ev-{doc_id}", statement_id="st-1", doc_id=doc_id, start=0, end=9, quote_start=0,
                quote_end=23, quote="Kem Sokha was arrested.", extractor="test", confidence=0.9,
                lang=lang, status="proposed", duplicate=False))
    engine.dispose()


def test_store_of_the_previous_version_is_upgraded_without_loss(store_url: str) -> None:
    _legacy_store(store_url)
    store = open_store(store_url)
    with store.engine.connect() as conn:
        assert current_revision(conn) == head()
        assert inspect(conn).has_table("sw_index_blobs")
        assert conn.execute(select(t.meta.c.value).where(t.meta.c.key == "schema_version")).scalar() == head()
        row = conn.execute(select(t.statements.c.lang, t.statements.c.lang_doc)).one()
    assert tuple(row) == ("fr", "doc-b")  # the earliest ingested document gave "fr": recorded so
    assert store.counts()["documents"] == 2 and store.counts()["evidence"] == 2
    [st] = store.statements()
    assert sorted(ev.doc_id for ev in st.evidence) == ["doc-a", "doc-b"]
    store.close()
    assert open_store(store_url).dump() == store.dump()  # opening again changes nothing


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'newer.db'}"
    open_store(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="unknown to this version"):
        open_store(url)


def test_read_commands_can_refuse_a_missing_store(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    assert not SqlStore.exists(f"sqlite:///{missing}")
    with pytest.raises(StoreError, match="no store at"):
        open_store(f"sqlite:///{missing}", create=False)
    assert not missing.exists()  # nothing created on the way
    not_a_store = tmp_path / "notes.db"
    not_a_store.write_text("not a database", encoding="utf-8")
    assert not SqlStore.exists(str(not_a_store))
    open_store(str(missing)).close()  # a bare path is a SQLite file
    assert SqlStore.exists(str(missing))
    open_store(str(missing), create=False).close()


def test_missing_postgresql_database_does_not_exist(store_url: str) -> None:
    if not store_url.startswith("postgres"):
        pytest.skip("PostgreSQL only")
    from sqlalchemy import make_url

    url = make_url(database_url(store_url)).set(database="sanctionwatch_no_such_db")
    assert not SqlStore.exists(url.render_as_string(hide_password=False))
    assert not SqlStore.exists(store_url)  # the database exists, but holds no store yet
    open_store(store_url).close()
    assert SqlStore.exists(store_url)
