"""The store's full contents do not depend on the order documents arrive in.

Three reports share paragraphs (one exact copy, one near copy) and a fact read in English and
in French. Ingested one by one in different orders, resumed after a crash, or by two ingests
running side by side, they leave stores whose dumps (every table, sorted, no timestamps) are
equal to a clean run's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch import pipeline
from sanctionwatch.clean.dedup import DuplicateFinder, settle_duplicates
from sanctionwatch.resolve.run import refresh_resolution
from sanctionwatch.store import DuplicateLink, open_store

ARREST = ("Kem Sokha, the leader of the Cambodia National Rescue Party, was arrested at his home "
          "in Phnom Penh on 3 September 2017 and charged with treason by the municipal court.")
TRADE = ("The European Commission said it would review the trade preferences that Cambodia enjoys "
         "under the Everything But Arms scheme after the arrest of the opposition leader Kem Sokha.")
TRADE_NEAR = TRADE.replace("would review", "will review").replace("opposition leader", "opposition chief")

DOCS = {
    "a-report.txt": f"Crackdown in Cambodia\n\n{ARREST}\n\n{TRADE}\n\nHun Sen said the arrest was lawful.",
    "b-rapport.txt": ("Répression au Cambodge\n\nKem Sokha, président du Parti du sauvetage national du "
                      "Cambodge, a été arrêté à son domicile de Phnom Penh le 3 septembre 2017 et inculpé "
                      "de trahison par le tribunal municipal.\n\nLe Premier ministre Hun Sen a défendu "
                      "cette arrestation devant les députés de l'Assemblée nationale."),
    "c-brief.txt": f"Briefing note\n\n{TRADE_NEAR}\n\n{ARREST}\n\nRex Tillerson did not comment.",
}


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("order-docs")
    out = {}
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
        out[name[0]] = folder / name
    return out


def _one_by_one(url: str, files: dict[str, Path], order: str) -> dict:
    store = open_store(url)
    for key in order:
        pipeline.ingest([files[key]], store)
    return store.dump()


@pytest.fixture(scope="module")
def clean_dump(files, tmp_path_factory) -> dict:
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('clean') / 'clean.db'}")
    pipeline.ingest([files[k] for k in "abc"], store)
    dump = store.dump()
    # the rows the issue is about are really there, so equal dumps mean something
    assert any(row[6] is not None for row in dump["sw_paragraphs"]), "no duplicate paragraph found"
    assert any(row[-1] for row in dump["sw_evidence"]), "no evidence flagged duplicate"
    return dump


def _langs(dump: dict) -> dict[str, str]:
    return {row[0]: row[5] for row in dump["sw_statements"]}


def test_every_order_gives_the_same_store(files, clean_dump, tmp_path: Path) -> None:
    for order in ("cba", "bac"):
        dump = _one_by_one(f"sqlite:///{tmp_path / f'{order}.db'}", files, order)
        assert _langs(dump) == _langs(clean_dump), order
        assert dump == clean_dump, order


def test_crash_and_resume_gives_the_same_store(files, clean_dump, tmp_path: Path, monkeypatch) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'crash.db'}")
    real = pipeline.EXECUTORS["local"]

    def dies_after_one(paths, limits):  # noqa: ANN001
        for n, item in enumerate(real(paths, limits)):
            if n == 1:
                raise RuntimeError("killed (simulated)")
            yield item

    monkeypatch.setitem(pipeline.EXECUTORS, "local", dies_after_one)
    with pytest.raises(RuntimeError):
        pipeline.ingest([files[k] for k in "cba"], store)
    monkeypatch.undo()
    assert len(store.documents()) == 1
    pipeline.ingest([files[k] for k in "abc"], store)
    assert store.dump() == clean_dump


def test_two_ingests_side_by_side_give_the_same_store(files, clean_dump, store_url: str) -> None:
    """Two runs writing into one store at once, each knowing only its own documents (as two
    processes do): interleaved writes, then each run's settlement."""
    first, second = open_store(store_url), open_store(store_url)
    by_path = {p.document.path: p for p in pipeline.process_files([files[k] for k in "abc"])}
    finders = {id(first): DuplicateFinder(), id(second): DuplicateFinder()}
    for store, key in ((first, "c"), (second, "b"), (first, "a")):
        result = by_path[str(files[key])]
        doc = result.document
        links = []
        for p in doc.paragraphs:
            seen = finders[id(store)].add(doc.id, p.index, doc.text[p.start : p.end], p.fingerprint)
            if seen is not None:
                links.append(DuplicateLink(p.index, *seen))
        store.write_document(doc, result.statements, links)
    runs = [(first, "ca"), (second, "b")]
    for store, _ in runs:
        settle_duplicates(store)
        refresh_resolution(store)
    assert first.dump() == clean_dump
    assert settle_duplicates(first) == 0  # settled once for this set of documents


def test_a_resolution_from_fewer_documents_never_replaces_a_fresher_one(store_url: str) -> None:
    from sanctionwatch.model import Document

    store = open_store(store_url)
    for n in (1, 2):
        store.write_document(Document(id=f"doc-{n}", path=f"/x/{n}.txt", media_type="text/plain",
                                      encoding="utf-8", title="t", published=None, text="x", size=1), [])
    older = {"sw-a": "sw-a"}
    fresher = {"sw-a": "sw-a", "sw-b": "sw-a"}
    assert store.replace_auto_judgements([], older, basis=1)  # read while one document was stored
    assert store.resolution_stale()  # saved, but known to be behind
    assert store.replace_auto_judgements([], fresher, basis=2)
    assert not store.resolution_stale()
    assert not store.replace_auto_judgements([], older, basis=1)  # the slower, older run loses
    assert store.canonical_map() == fresher and not store.resolution_stale()


def test_a_document_arriving_during_settlement_is_taken_into_account(store_url: str) -> None:
    """A parallel ingest writes a document (with a smaller id) while duplicates are computed:
    the settlement notices, computes again, and the new document holds the first copy."""
    from sanctionwatch.clean.dedup import first_copies
    from sanctionwatch.model import Document, Paragraph

    text = "The same paragraph.\n\nAnother one."

    def doc(n: int) -> Document:
        return Document(id=f"doc-{n}", path=f"/x/{n}.txt", media_type="text/plain", encoding="utf-8",
                        title="t", published=None, text=text, size=len(text),
                        paragraphs=(Paragraph(0, 0, 19, "en", False, "fp-same"),
                                    Paragraph(1, 21, len(text), "en", False, f"fp-{n}")))

    store, other = open_store(store_url), open_store(store_url)
    store.write_document(doc(5), [])
    seen: list[int] = []

    def find(rows):  # noqa: ANN001, ANN202
        rows = list(rows)
        seen.append(len(rows))
        if len(seen) == 1:
            other.write_document(doc(1), [])
        return first_copies(rows)

    assert store.settle_duplicates(find) == 1
    assert seen == [2, 4]
    firsts = {(r[0], r[1]): r[6] for r in store.dump()["sw_paragraphs"]}
    assert firsts == {("doc-1", 0): None, ("doc-1", 1): None, ("doc-5", 0): "doc-1", ("doc-5", 1): None}
