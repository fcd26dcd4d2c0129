"""The store on both back ends: idempotent, transactional, judgements audited."""

from __future__ import annotations

import pytest

from sanctionwatch.errors import StoreError
from sanctionwatch.model import Document, Evidence, Paragraph, Statement
from sanctionwatch.store import Judgement, open_store
from sanctionwatch.store import schema as t

TEXT = "Kem Sokha was arrested on 3 September 2017.\n\nHun Sen said nothing."


def _doc(doc_id: str = "doc-1", text: str = TEXT) -> Document:
    first = text.index("\n\n")
    return Document(
        id=doc_id, path=f"/tmp/{doc_id}.txt", media_type="text/plain", encoding="utf-8", title="t",
        published="2017-09-04", text=text, size=len(text),
        paragraphs=(Paragraph(0, 0, first, "en", False, "fp0"), Paragraph(1, first + 2, len(text), "en", False, "fp1")),
    )


def _statement(doc: Document, name: str, entity: str) -> Statement:
    start = doc.text.index(name)
    sentence_end = doc.text.index(".", start) + 1
    sentence_start = doc.text.rfind("\n", 0, start) + 1
    ev = Evidence(doc.id, start, start + len(name), sentence_start, sentence_end,
                  doc.text[sentence_start:sentence_end], "test/1", 0.9, "en")
    return Statement(entity, "Person", "name", name, "en", evidence=(ev,))


def test_write_read_and_idempotence(store_url: str) -> None:
    store = open_store(store_url)
    doc = _doc()
    statements = [_statement(doc, "Kem Sokha", "sw-kem"), _statement(doc, "Hun Sen", "sw-hun")]
    assert store.write_document(doc, statements) is True
    assert store.write_document(doc, statements) is False  # the same document again: no-op
    counts = store.counts()
    assert counts["documents"] == 1 and counts["statements"] == 2 and counts["evidence"] == 2
    back = store.statements(entity_ids=["sw-kem"])
    assert [s.value for s in back] == ["Kem Sokha"]
    ev = back[0].evidence[0]
    assert store.document("doc-1").text[ev.quote_start : ev.quote_end] == ev.quote
    assert store.document("doc-1").text[ev.start : ev.end] == "Kem Sokha"


def test_same_fact_from_two_documents_is_one_statement_two_sources(store_url: str) -> None:
    store = open_store(store_url)
    d1, d2 = _doc("doc-1"), _doc("doc-2", TEXT + "\n\nMore text.")
    store.write_document(d1, [_statement(d1, "Kem Sokha", "sw-kem")])
    store.write_document(d2, [_statement(d2, "Kem Sokha", "sw-kem")])
    [st] = store.statements(entity_ids=["sw-kem"])
    assert sorted(ev.doc_id for ev in st.evidence) == ["doc-1", "doc-2"]


def test_failed_write_leaves_nothing(store_url: str, monkeypatch) -> None:
    store = open_store(store_url)
    doc = _doc()
    real_upsert = store._upsert

    def failing(table, keys, update_cols=None):
        if table is t.evidence:
            raise RuntimeError("disk full (simulated)")
        return real_upsert(table, keys, update_cols)

    monkeypatch.setattr(store, "_upsert", failing)
    with pytest.raises(RuntimeError):
        store.write_document(doc, [_statement(doc, "Kem Sokha", "sw-kem")])
    monkeypatch.undo()
    assert store.counts()["documents"] == 0 and store.counts()["statements"] == 0
    assert store.write_document(doc, [_statement(doc, "Kem Sokha", "sw-kem")]) is True


def test_judgements_are_audited_and_analysts_outrank_resolver(store_url: str) -> None:
    store = open_store(store_url)
    store.add_judgement(Judgement("sw-a", "sw-b", "negative", "analyst", "different people", "alice"))
    store.replace_auto_judgements([Judgement("sw-a", "sw-c", "positive", "auto", "gazetteer")], {"sw-a": "sw-a", "sw-c": "sw-a"})
    kinds = sorted((j.origin, j.judgement) for j in store.judgements())
    assert kinds == [("analyst", "negative"), ("auto", "positive")]
    store.replace_auto_judgements([], {})
    assert [(j.origin, j.author) for j in store.judgements()] == [("analyst", "alice")]  # analyst's stays
    log = store.audit_log()
    assert log[0]["author"] == "alice" and "different people" in log[0]["detail"]
    assert store.canonical_map() == {}


def test_bad_store_url_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(StoreError) as info:
        open_store("postgresql://nobody@127.0.0.1:1/none")
    assert "cannot open the store" in str(info.value)
    with pytest.raises(StoreError):
        open_store(f"sqlite:///{tmp_path}/missing-dir/x/y.db")


def test_analyst_statements_provenance_and_source_url_on_both_back_ends(store_url: str) -> None:
    from dataclasses import replace

    store = open_store(store_url)
    doc = replace(_doc(), source_url="https://example.org/report")
    machine = _statement(doc, "Kem Sokha", "sw-kem")
    store.write_document(doc, [machine])
    assert store.document("doc-1").source_url == "https://example.org/report"
    by_hand = replace(machine, evidence=(replace(machine.evidence[0], extractor="analyst:ann", confidence=1.0),))
    role = Statement("sw-kem", "Person", "sw:role", "victim|ev-1", "en", evidence=by_hand.evidence)
    assert store.add_analyst_statements([by_hand, role], "ann", "statement:add", {"what": "role"}) == 1
    evidence = {(r[8], r[11]) for r in store.dump()["sw_evidence"]}  # (extractor, status)
    assert ("analyst:ann", "accepted") in evidence and ("test/1", "proposed") in evidence
    assert store.audit_log()[-1]["action"] == "statement:add" and store.audit_log()[-1]["author"] == "ann"
    assert store.statement_rows([role.id]) == {role.id: {"entity_id": "sw-kem", "schema": "Person",
                                                        "prop": "sw:role", "value": "victim|ev-1"}}
    assert store.update_provenance({"doc-1": {"source_url": "https://example.org/new", "title": None}}) == 1
    assert store.update_provenance({"doc-1": {"source_url": "https://example.org/new"}}) == 0
    [row] = store.documents()
    assert (row["source_url"], row["title"]) == ("https://example.org/new", "t")


def test_current_list_entity_by_id_is_from_the_latest_release(store_url: str) -> None:
    store = open_store(store_url)
    old = {"id": "os-1", "schema": "Person", "properties": {"name": ["Old Name"]}}
    new = {"id": "os-1", "schema": "Person", "properties": {"name": ["New Name"]}}
    store.lists.store_release("os", "ftm", "a", {"a": "1"}, [old], {}, None)
    assert store.lists.current_entity("os-1")["properties"]["name"] == ["Old Name"]
    store.lists.store_release("os", "ftm", "b", {"b": "2"}, [new], {}, None)
    entity = store.lists.current_entity("os-1")
    assert entity["properties"]["name"] == ["New Name"] and entity["datasets"] == ["os"]
    assert store.lists.current_entity("os-2") is None
