"""The matching rules of bench/eval_facts.py on hand-made gold and predictions (no ingest)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import eval_facts as ef  # noqa: E402

SRC = "../shared/corpus/dev/docs/"


def gold_doc() -> dict:
    return {
        "doc": "d99_test.txt",
        "language": "en",
        "persons": [
            {
                "name": "Ly Yong Phat",
                "forms": ["Ly Yong Phat", "Ly", "លី យ៉ុងផាត់"],
                "roles": ["target", "perpetrator"],
            },
            {"name": "Rong Chhun", "forms": ["Rong Chhun"], "roles": ["victim"]},
            {"name": "Phay Siphan", "forms": ["Phay Siphan"], "roles": ["commentator"]},
        ],
        "organizations": [
            {"name": "US Department of the Treasury", "forms": ["Treasury"], "roles": ["issuer"]},
            {"name": "L.Y.P. Group Co., Ltd.", "forms": ["L.Y.P. Group"], "roles": ["target"]},
        ],
        "measures": [
            {
                "id": "m1",
                "issuer": "US Department of the Treasury",
                "kind": "sdn_designation",
                "also_kinds": ["asset_freeze"],
                "status": "imposed",
                "accept_statuses": [],
                "date": "2024-09-12",
                "targets": ["Ly Yong Phat", "L.Y.P. Group Co., Ltd."],
                "target_descriptions": [],
                "evidence": ["designated"],
            },
        ],
        "events": [
            {
                "id": "e1",
                "kind": "arrest",
                "date": "2020-07-31",
                "subjects": ["Rong Chhun"],
                "hypothetical": False,
                "evidence": ["arrested"],
            },
        ],
    }


def measure(
    kind: str, status: str, issuer: str | None, targets: list[str], date: str | None = "2024-09-12"
) -> dict:
    return {
        "kind": kind,
        "status": status,
        "date": date,
        "issuer": {"name": issuer} if issuer else None,
        "targets": [{"name": t} for t in targets],
        "sources": [{"document": "doc-1", "path": SRC + "d99_test.txt", "quote": "q"}],
    }


def test_names_compare_case_accents_and_whole_words() -> None:
    assert ef.same_name("Union Européenne", "union  europeenne")
    assert ef.contains_words("Treasury", "US Department of the Treasury")
    assert ef.contains_words("US Treasury (OFAC)", "Treasury")
    assert not ef.contains_words("Treas", "US Department of the Treasury")  # not a whole word
    assert not ef.same_name(
        "Treasury", "US Department of the Treasury"
    )  # containment only on request


def test_found_measure_with_issuer_by_containment() -> None:
    gold = gold_doc()
    pred = measure(
        "asset_freeze", "imposed", "US Treasury (OFAC)", ["Ly Yong Phat"]
    )  # an also_kind
    assert ef.match_measures(gold, [pred], {}) == [(0, 0)]
    score = ef.score_doc(gold, [pred], [], [], {})
    assert (score.prs["measures"].found, score.prs["measures"].predicted) == (1, 1)


def test_issuer_from_resolved_entity_names() -> None:
    gold = gold_doc()
    pred = measure("sdn_designation", "imposed", "OFAC", [])
    assert ef.match_measures(gold, [pred], {}) == []
    pred["issuer"]["entity_id"] = "sw-1"
    assert ef.match_measures(gold, [pred], {"sw-1": ["OFAC", "Treasury"]}) == [(0, 0)]


def test_wrong_status_or_issuer_rejected_loose_keeps_issuerless() -> None:
    gold = gold_doc()
    threatened = measure("sdn_designation", "threatened", "Treasury", ["Ly Yong Phat"])
    other_issuer = measure(
        "sdn_designation", "imposed", "Council of the European Union", ["Ly Yong Phat"]
    )
    assert ef.match_measures(gold, [threatened], {}) == []
    assert ef.match_measures(gold, [other_issuer], {}) == []
    assert ef.match_measures(gold, [other_issuer], {}, loose=True) == [(0, 0)]
    score = ef.score_doc(gold, [threatened], [], [], {})
    assert score.prs["measures"].found == 0 and score.prs["measures"].predicted == 1
    assert any(line.startswith("MISS measure d99 en m1") for line in score.lines)
    assert any(
        line.startswith("FALSE measure d99 en") and "[status: gold m1 imposed]" in line
        for line in score.lines
    )


def test_greedy_matching_is_one_to_one_and_prefers_shared_targets() -> None:
    gold = gold_doc()
    gold["measures"].append(
        {**gold["measures"][0], "id": "m2", "targets": ["Rong Chhun"], "date": None}
    )
    preds = [
        measure("sdn_designation", "imposed", "Treasury", ["Rong Chhun"]),
        measure("sdn_designation", "imposed", "Treasury", ["Ly", "L.Y.P. Group"]),
    ]
    assert ef.match_measures(gold, preds, {}) == [(0, 1), (1, 0)]


def test_target_recall_counts_every_gold_target() -> None:
    gold = gold_doc()
    gold["measures"].append(
        {
            **gold["measures"][0],
            "id": "m2",
            "kind": "visa_restriction",
            "also_kinds": [],
            "targets": ["Rong Chhun"],
        }
    )
    preds = [
        measure("sdn_designation", "imposed", "Treasury", ["Ly", "Hun Sen"]),
        measure("sdn_designation", "imposed", "Treasury", []),
    ]
    preds[0]["targets"].append(
        {"name": "family members", "description": "family members"}
    )  # not named
    pairs = ef.match_measures(gold, preds, {})
    pr, misses = ef.target_counts(gold, preds, pairs, {})
    # 3 gold targets (2 on m1, 1 on the unmatched m2); "Ly" is a form of Ly Yong Phat
    assert (pr.gold, pr.found) == (3, 1)
    assert (pr.predicted, pr.correct) == (
        2,
        1,
    )  # "Ly" right, "Hun Sen" wrong, the description not counted
    assert sorted(t for _, t in misses) == ["L.Y.P. Group Co., Ltd.", "Rong Chhun"]


def test_dates_exact_and_compatible() -> None:
    golds = [{"date": "2024-09-12"}, {"date": "2024-09"}, {"date": None}]
    preds = [{"date": "2024-09-12"}, {"date": "2024"}, {"date": "2020"}]
    exact, compatible = ef.date_ratios(golds, preds, [(0, 0), (1, 1), (2, 2)])
    assert (exact.hit, exact.total, compatible.hit, compatible.total) == (1, 2, 2, 2)


def test_event_needs_kind_and_a_gold_subject() -> None:
    gold = gold_doc()
    wrong_subject = {
        "kind": "arrest",
        "date": "2020-07-31",
        "subjects": [{"name": "Kem Sokha"}],
        "sources": [],
    }
    right = {
        "kind": "arrest",
        "date": "2020-08",
        "subjects": [{"name": "RONG Chhun"}],
        "sources": [],
    }
    assert ef.match_events(gold, [wrong_subject], {}) == []
    assert ef.match_events(gold, [wrong_subject, right], {}) == [(0, 1)]


def entity(
    eid: str, schema: str, names: list[str], roles: list[str], doc: str = "d99_test.txt"
) -> dict:
    return {
        "id": eid,
        "schema": schema,
        "names": names,
        "name_docs": {n: [doc] for n in names},
        "roles": [[r, doc] for r in roles],
        "topics": [],
    }


def test_forbidden_role_detected() -> None:
    gold = gold_doc()
    ents = [
        entity("a", "Person", ["Rong Chhun"], ["perpetrator"]),  # a victim made perpetrator
        entity("b", "Person", ["Phay Siphan"], ["commentator"]),
        entity("c", "Person", ["Ly"], ["target"]),
    ]
    score = ef.score_doc(gold, [], [], ents, {})
    assert score.ratios["forbidden roles"].hit == 1
    assert any(line.startswith("FORBIDDEN role d99 en Rong Chhun") for line in score.lines)
    assert ef.forbidden({"roles": ["victim", "target"]}, {"target"}) is False  # a target may be one
    perp = score.prs["role perpetrator"]
    assert (perp.gold, perp.found, perp.predicted, perp.correct) == (1, 0, 1, 0)
    target = score.prs["role target"]
    assert (target.gold, target.found, target.predicted, target.correct) == (2, 1, 1, 1)


def test_sanction_topic_without_imposed_measure() -> None:
    ents = [
        {**entity("a", "Person", ["Ly Yong Phat"], []), "topics": ["sanction"]},
        {**entity("b", "Person", ["Chen Zhi"], []), "topics": ["sanction"]},
    ]
    imposed = measure("sdn_designation", "imposed", "Treasury", [])
    imposed["targets"] = [{"name": "Ly Yong Phat", "entity_id": "a"}]
    called = measure("sdn_designation", "called_for", "Treasury", [])
    called["targets"] = [{"name": "Chen Zhi", "entity_id": "b"}]
    assert [e["id"] for e in ef.sanction_orphans(ents, [imposed, called])] == ["b"]


def test_mentions_splits_and_scripts() -> None:
    gold = gold_doc()
    ents = [
        entity("a", "Person", ["Ly Yong Phat", "Ly"], []),
        entity("k", "Person", ["លី យ៉ុងផាត់"], []),  # the Khmer form in another entity: a split
        entity("x", "Person", ["Tout"], []),  # not a gold form: false positive
        entity("o", "Organization", ["L.Y.P. Group", "Treasury"], []),
    ]
    score = ef.score_doc(gold, [], [], ents, {})
    persons = score.prs["persons"]
    assert (persons.gold, persons.found, persons.predicted, persons.correct) == (5, 3, 4, 3)
    assert any(line.startswith("FALSE person d99 en 'Tout'") for line in score.lines)
    orgs = score.prs["organizations"]
    assert (orgs.gold, orgs.found) == (2, 2)
    lines, mixed = ef.split_and_scripts({"d99_test.txt": gold}, ents)
    assert any(line.startswith("SPLIT person Ly Yong Phat in 2 entities") for line in lines)
    assert (mixed.hit, mixed.total) == (0, 1)
    lines, mixed = ef.split_and_scripts(
        {"d99_test.txt": gold}, [entity("a", "Person", ["Ly Yong Phat", "លី យ៉ុងផាត់"], [])]
    )
    assert (mixed.hit, mixed.total) == (1, 1) and not [
        ln for ln in lines if ln.startswith("SPLIT person")
    ]


def test_evaluate_counts_a_fact_for_each_report_it_cites() -> None:
    gold_a, gold_b = gold_doc(), {**gold_doc(), "doc": "d98_other.txt", "language": "fr"}
    pred = measure("sdn_designation", "imposed", "Treasury", ["Ly Yong Phat"])
    pred["sources"].append({"document": "doc-2", "path": SRC + "d98_other.txt", "quote": "q"})
    ev = ef.evaluate(
        {"d99_test.txt": gold_a, "d98_other.txt": gold_b}, ef.Predictions([pred], [], [])
    )
    assert (ev.prs["measures"]["en"].found, ev.prs["measures"]["fr"].found) == (1, 1)
    assert (ev.prs["measures"]["ALL"].found, ev.prs["measures"]["ALL"].predicted) == (2, 2)
    assert "measures" in ef.format_figures(ev) and "precision" in ef.format_figures(ev)
