"""Roles: the guard against victims as perpetrators, standing topics, determinism, and the
precision/recall of the whole stage on the hand-labelled seed sentences."""

from __future__ import annotations

import json
from pathlib import Path

from sanctionwatch.extract.facts import (
    EventFact,
    MeasureFact,
    dumps,
    extract_document_facts,
)
from sanctionwatch.extract.roles import RoleEvidence, role_evidence, standing_topics
from test_events_seedkit import SEED_DATES, all_seeds, load_seed, seed_facts

FIXTURE = Path(__file__).parent / "fixtures" / "seed_facts.json"
PROTECTED = ("Kem Sokha", "Sam Rainsy", "Mu Sochua", "Cambodia National Rescue Party")


def test_opposition_is_never_perpetrator_or_sanction_target(seeds_dir: Path) -> None:
    """Across every sentence of every seed, per sentence and per document."""
    checked = 0
    for prefix in all_seeds(seeds_dir):
        _doc_id, _text, sentences, mentions = load_seed(str(seeds_dir), prefix)
        facts = list(seed_facts(str(seeds_dir), prefix))
        for f in facts:
            checked += 1
            bad = f.actors if isinstance(f, EventFact) else f.targets
            for p in bad:
                if isinstance(f, EventFact) and p.role != "perpetrator":
                    continue
                assert p.name not in PROTECTED, (f.kind, p)
                assert not (p.description or "").startswith(PROTECTED), (f.kind, p)
            if isinstance(f, MeasureFact) and f.issuer is not None:
                assert f.issuer.name not in PROTECTED
    assert checked > 100


def test_kem_sokha_is_a_victim_in_seed_events(seeds_dir: Path) -> None:
    roles = [p.role for prefix in all_seeds(seeds_dir) for f in seed_facts(str(seeds_dir), prefix)
             if isinstance(f, EventFact) for p in f.participants() if p.name == "Kem Sokha"]
    assert roles.count("victim") >= 20
    assert set(roles) <= {"victim", "participant", "commentator"}  # participant: "allowed to meet Kem Sokha"


def test_determinism_byte_for_byte(seeds_dir: Path) -> None:
    for prefix in all_seeds(seeds_dir):
        _doc_id, _text, sentences, mentions = load_seed(str(seeds_dir), prefix)
        a = dumps(extract_document_facts(list(sentences), list(mentions), SEED_DATES[prefix]))
        b = dumps(extract_document_facts(list(reversed(sentences)), list(reversed(mentions)), SEED_DATES[prefix]))
        assert a == b


def test_standing_topics_come_from_roles_only(seeds_dir: Path) -> None:
    facts = [f for prefix in all_seeds(seeds_dir) for f in seed_facts(str(seeds_dir), prefix)]
    ev = role_evidence(facts)
    # the embassy's visa suspension hits "les officiels du Ministère des Affaires Etrangères de
    # HUN Sen": the officials, not the man whose ministry it is; no imposed measure names him
    assert standing_topics(ev["Hun Sen"]) == ["poi"]
    assert "sanction" not in standing_topics(ev["Kem Sokha"])
    assert "poi" not in standing_topics(ev["Kem Sokha"])
    assert standing_topics(ev["Supreme Court of Cambodia"]) == ["poi"]
    assert standing_topics([RoleEvidence("X", "target", "measure", "visa_restriction", "called_for",
                                         False, False, False, None, "k", 0.8)]) == ["poi"]
    assert standing_topics([RoleEvidence("X", "victim", "event", "arrest", None, False, False,
                                         False, "opposition leader", "k", 0.8)]) == ["role.act"]


def _match(gold: dict, f) -> bool:
    if gold["type"] != f.fact_type or gold["kind"] != f.kind:
        return False
    if "date" in gold and gold["date"] != f.date:
        return False
    if isinstance(f, MeasureFact):
        if gold["status"] != f.status:
            return False
        if "issuer" in gold and gold["issuer"] != (f.issuer.name if f.issuer else None):
            return False
        for key, parts in (("targets", f.targets), ("callers", f.callers)):
            names = [p.name.lower() for p in parts]
            if not all(any(g.lower() in n for n in names) for g in gold.get(key, [])):
                return False
        return True
    victims = [p.name.lower() for p in f.subjects if p.role == "victim"]
    if not all(any(g.lower() in n for n in victims) for g in gold["victims"]):
        return False
    perps = sorted(p.name for p in f.actors if p.role == "perpetrator")
    return perps == sorted(gold["perpetrators"])


def evaluate(seeds_dir: Path) -> dict[str, float]:
    """Precision/recall of facts (and of perpetrator roles) on the labelled sentences."""
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    tp = {"event": 0, "measure": 0}
    pred = {"event": 0, "measure": 0}
    gold_n = {"event": 0, "measure": 0}
    perp_pred = perp_ok = 0
    gold_perps: set[tuple[str, str, str]] = set()
    for item in data["sentences"]:
        _doc_id, _text, sentences, _m = load_seed(str(seeds_dir), item["seed"])
        starts = [s.start for s in sentences if item["contains"] in s.text]
        assert starts, item["contains"]
        facts = [f for f in seed_facts(str(seeds_dir), item["seed"])
                 if f.quote_start <= starts[0] < f.quote_end]
        golds = item["facts"]
        for g in golds:
            gold_n[g["type"]] += 1
            for p in g.get("perpetrators", []):
                gold_perps.add((item["contains"], g["kind"], p))
        used: set[int] = set()
        for f in facts:
            pred[f.fact_type] += 1
            for i, g in enumerate(golds):
                if i not in used and _match(g, f):
                    used.add(i)
                    tp[f.fact_type] += 1
                    break
            if isinstance(f, EventFact):
                for p in f.actors:
                    if p.role == "perpetrator":
                        perp_pred += 1
                        perp_ok += (item["contains"], f.kind, p.name) in gold_perps
    out = {}
    for t in ("event", "measure"):
        out[f"{t}_precision"] = tp[t] / pred[t] if pred[t] else 1.0
        out[f"{t}_recall"] = tp[t] / gold_n[t] if gold_n[t] else 1.0
        out[f"{t}_gold"], out[f"{t}_predicted"], out[f"{t}_correct"] = gold_n[t], pred[t], tp[t]
    out["perpetrator_precision"] = perp_ok / perp_pred if perp_pred else 1.0
    out["perpetrators_predicted"] = perp_pred
    return out


def test_precision_recall_on_labelled_seed_sentences(seeds_dir: Path) -> None:
    scores = evaluate(seeds_dir)
    print("\nlabelled seed sentences:", json.dumps(scores, sort_keys=True))
    # The accusation guard holds on these sentences; their fact precision and recall are
    # printed, not asserted: the labels were written for the first-generation phrase rules
    # (see bench/eval_facts.py for the measured quality on reports nobody tuned for).
    assert scores["perpetrator_precision"] == 1.0
