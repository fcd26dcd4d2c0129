"""Ingest of the real seeds: one entity per person across scripts, every quote re-readable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from followthemoney import model

from sanctionwatch.report.entities import entity_views, find_entities
from sanctionwatch.report.export import iter_ftm
from sanctionwatch.store import open_store


@pytest.fixture(scope="module")
def seeded(seeds_dir: Path, tmp_path_factory):
    from sanctionwatch.pipeline import ingest

    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    store = open_store(f"sqlite:///{db}")
    report = ingest([seeds_dir], store)
    return store, report


def _names(store, query: str) -> set[str]:
    found = find_entities(store, query)
    assert found, f"no entity for {query}"
    return set(found[0].names)


def test_summary(seeded) -> None:
    store, report = seeded
    assert report.ingested == 5 and not report.errors
    assert report.duplicate_paragraphs >= 20  # notes/offline-nlp.md: 20 duplicate groups in the seeds
    assert {"en", "fr", "km"} <= set(report.languages)


def test_hun_sen_is_one_entity_in_both_scripts(seeded) -> None:
    store, _ = seeded
    assert {"Hun Sen", "HUN Sen", "ហ៊ុន សែន", "ហ៊ុន-សែន"} <= _names(store, "Hun Sen")
    assert find_entities(store, "ហ៊ុន សែន")[0].id == find_entities(store, "HUN Sen")[0].id


def test_kem_sokha_four_forms_two_scripts(seeded) -> None:
    store, _ = seeded
    names = _names(store, "Kem Sokha")
    assert {"Kem Sokha", "KEM Sokha", "កឹម សុខា", "កឹម-សុខា"} <= names


def test_sophan_seng_and_cnrp(seeded) -> None:
    store, _ = seeded
    assert {"Sophan Seng", "សេង សុភ័ណ"} <= _names(store, "Sophan Seng")
    cnrp = _names(store, "CNRP")
    assert {"CNRP", "Cambodia National Rescue Party", "គណបក្សសង្គ្រោះជាតិ"} <= cnrp


def test_no_person_is_a_date_place_fragment_or_senator(seeded) -> None:
    store, _ = seeded
    months = {"january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"}
    places = {"cambodia", "phnom penh", "washington", "geneva", "canada", "china", "united states"}
    for view in entity_views(store, ("Person",)):
        for name in view.names:
            low = name.lower()
            assert "sen. sokha" not in low and not low.startswith("sen.")
            assert not any(ch.isdigit() for ch in name), name
            assert not (set(low.split()) & months), name
            assert low not in places, name
    persons = {v.caption for v in entity_views(store, ("Person",))}
    assert not {"Threats", "Calls", "Law", "Breaking News"} & persons


def test_every_exported_value_has_a_rereadable_quote(seeded) -> None:
    store, _ = seeded
    texts = {}
    count = 0
    for entity in iter_ftm(store):
        proxy = model.get_proxy({k: entity[k] for k in ("id", "schema", "properties")})
        assert proxy.schema.name == entity["schema"]
        for prop, values in entity["properties"].items():
            for value in values:
                sources = [s for s in entity["statements"] if s["prop"] == prop and s["value"] == value]
                assert sources and all(s["evidence"] for s in sources), (entity["id"], prop, value)
        for st in entity["statements"]:
            for ev in st["evidence"]:
                doc_id = ev["document"]
                if doc_id not in texts:
                    texts[doc_id] = store.document(doc_id).text
                assert texts[doc_id][ev["quote_start"] : ev["quote_end"]] == ev["quote"]
                assert ev["quote_start"] <= ev["start"] < ev["end"] <= ev["quote_end"]
                count += 1
    assert count > 500
    json.dumps(list(iter_ftm(store)), ensure_ascii=False)


def test_duplicate_paragraph_is_an_extra_source_not_an_extra_fact(seeded) -> None:
    store, _ = seeded
    [view] = [v for v in entity_views(store, ("Person",)) if "William A. Heidt" in v.names]
    [name] = [s for s in view.statements if s.prop == "name" and s.value == "William A. Heidt"]
    quotes = [ev.quote for ev in name.evidence]
    assert len(quotes) >= 2 and len(set(quotes)) < len(quotes)  # the caption is repeated in 004


def test_reingest_is_a_noop(seeded, seeds_dir: Path) -> None:
    from sanctionwatch.pipeline import ingest

    store, _ = seeded
    before = store.counts()
    report = ingest([seeds_dir], store)
    assert report.ingested == 0 and report.already_stored == 5
    assert store.counts() == before


def test_victims_never_get_a_perpetrator_or_target_role(seeded) -> None:
    from sanctionwatch.report.facts import fact_views
    from sanctionwatch.report.roles import entity_roles
    from sanctionwatch.report.topics import entity_topics

    store, _ = seeded
    roles = entity_roles(store)
    facts = {f.id: f for f in fact_views(store)}
    for name in ("Kem Sokha", "Sam Rainsy", "Mu Sochua", "CNRP"):
        view = find_entities(store, name)[0]
        held = roles.get(view.id, {})
        assert not {"perpetrator", "target", "issuer"} & set(held), (name, held)
        assert not {"poi", "sanction"} & set(entity_topics(view, facts)), name
    assert roles[find_entities(store, "Kem Sokha")[0].id].get("victim", 0) >= 5


def test_dossier_roles_cite_sentences_that_name_the_person(seeded) -> None:
    import re

    from sanctionwatch.report.dossier import build_dossier

    store, _ = seeded
    view = find_entities(store, "Hun Sen")[0]
    dossier = build_dossier(store, view)
    forms = [n["name"] for n in dossier["names"]]
    pronoun = re.compile(r"\b(he|him|his|il|lui)\b", re.IGNORECASE)
    assert dossier["roles"].get("perpetrator")
    for role, items in dossier["roles"].items():
        for item in items:
            for src in item["sources"]:
                assert any(f in src["quote"] for f in forms) or pronoun.search(src["quote"]), (role, src["quote"])
