"""Measures, events, roles and people/organisations on the dev corpus, against its hand-made gold.

Run:  PYTHONPATH=src python bench/eval_facts.py [--lang en|fr|km] [--docs d01,d13] [--db PATH]
      [--reingest] [--json] [--quiet]

The reports of ../shared/corpus/dev/docs/ are ingested (`sanctionwatch.pipeline.ingest`) into a
fresh temporary SQLite store, or into `--db PATH` (reused as it is when it already holds every
report; `--reingest` starts it again). The facts are read with the functions behind
`sanctionwatch measures --json`, `events --json` and `entities --json` (`report.facts.fact_views`,
`report.entities.entity_views`, `report.topics.entity_topics`) and scored against
../shared/corpus/dev/gold/*.json (format: ../shared/corpus/dev/README.md). A predicted fact
belongs to every report its `sources` cite; each figure is given per main language of the
report (gold `language`) and for ALL:

1. measures: a gold measure is found by a predicted measure of its report with a kind in
   kind + also_kinds, a status in status + accept_statuses and a matching issuer (one of the
   predicted issuer's names, as written or of its resolved entity, equals one of the gold
   issuer's forms in the report or its canonical name, or one contains the other as whole
   words: "Treasury" / "US Department of the Treasury"; a gold issuer of null accepts any).
   Pairs are matched one to one, greedily, the pair sharing most targets first. Precision is
   matched predicted measures / predicted measures of the report. "kind+status" drops the issuer.
2. measure targets: over matched pairs, gold targets whose forms are among the predicted
   targets' names; recall over every gold target of every gold measure; precision over the
   named (not described) predicted targets of matched measures.
3. measure dates: matched pairs with a gold date: exact string equality, and "compatible"
   (one a prefix of the other).
4. events (an event only called for, "demands the release of X", is a call the gold does not
   list: left out): same kind and, when the gold event has subjects, one of them among the predicted
   subjects; one to one as for measures; hypothetical agreement on matched pairs.
5. event dates: as 3.
6. roles victim / perpetrator / target: a predicted entity is aligned with a gold person or
   organisation of a report when one of its names equals one of the entry's forms; its roles in
   that report are the `sw:role` statements with evidence in it. FORBIDDEN: an entry that is a
   victim or commentator (and not a perpetrator or target) given perpetrator or target; and an
   entity with the topic `sanction` that no imposed predicted measure names as a target.
7. people and organisations (mention level): a gold form of a report is found when it is a
   name of a predicted Person (resp. Organization, PublicBody, Company, LegalEntity) entity
   read in that report (a name statement with evidence there); a predicted name read in the
   report that is no gold form of it (of either kind) is a false positive. Split: a gold person
   (canonical name, across the reports) whose forms land in more than one predicted entity.
   Khmer–Latin: gold persons with both a Khmer-script and a Latin form; how many have one
   predicted entity holding both.

Names are compared case- and accent-insensitively, whitespace-normalised (the key of
bench/eval_entities.py, with Latin diacritics dropped). After the figures come the misses and
false facts, one per line, each starting with a word to grep: MISS measure, FALSE measure,
MISS target, MISS event, FALSE event, BADDATE, MISS role, BADROLE, FORBIDDEN, MISS person,
FALSE person, MISS org, FALSE org, SPLIT. tests/test_eval_facts.py checks the matching functions.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_entities import norm  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEV = Path(os.environ.get("SANCTIONWATCH_SHARED", ROOT.parent / "shared")) / "corpus" / "dev"
LANGS = ("en", "fr", "km")
ROLES = ("victim", "perpetrator", "target")
PERSON_SCHEMATA = ("Person",)
ORG_SCHEMATA = ("Organization", "PublicBody", "Company", "LegalEntity")
WRONG_KIND = {"persons": "person names of gold orgs", "organizations": "org names of gold persons"}
_KHMER = re.compile("[\u1780-\u17ff\u19e0-\u19ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_TOKEN_SPLIT = re.compile(r"[\s\-\u2010\u2011,.;:()\[\]'\"/&]+")

Gold = dict  # one gold file, as loaded
Fact = dict  # one line of `measures --json` / `events --json`


# -- names ---------------------------------------------------------------------------------------


def key(name: str) -> str:
    """Comparison key: eval_entities.norm, then Latin diacritics dropped (é = e); Khmer untouched
    (its marks are outside U+0300–U+036F)."""
    text = unicodedata.normalize("NFD", norm(name))
    return unicodedata.normalize("NFC", "".join(c for c in text if not "\u0300" <= c <= "\u036f"))


def _tokens(k: str) -> list[str]:
    return [t for t in _TOKEN_SPLIT.split(k) if t]


def contains_words(a: str, b: str) -> bool:
    """True when the shorter name's words are a contiguous run of the longer one's words."""
    ta, tb = _tokens(key(a)), _tokens(key(b))
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if not short or len("".join(short)) < 2:
        return False
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def same_name(a: str, b: str, containment: bool = False) -> bool:
    if key(a) == key(b):
        return True
    return containment and contains_words(a, b)


def entries(gold: Gold) -> list[dict]:
    return [*gold.get("persons", []), *gold.get("organizations", [])]


def entry_forms(gold: Gold, canonical: str, with_canonical: bool = True) -> list[str]:
    """The forms of `canonical` written in this report (and the canonical name itself)."""
    forms: list[str] = []
    for e in entries(gold):
        if e["name"] == canonical:
            forms.extend(e.get("forms", []))
    if with_canonical or not forms:
        forms.append(canonical)
    return forms


def party_names(party: dict | None, entity_names: dict[str, list[str]]) -> list[str]:
    """A predicted issuer/target/subject's names: as written, then its resolved entity's."""
    if not party:
        return []
    names = [party["name"]] if party.get("name") else []
    if party.get("entity_id"):
        names.extend(entity_names.get(party["entity_id"], []))
    return names


def party_is(
    party: dict | None,
    gold: Gold,
    canonical: str,
    entity_names: dict[str, list[str]],
    containment: bool = False,
) -> bool:
    forms = entry_forms(gold, canonical)
    return any(
        same_name(n, f, containment) for n in party_names(party, entity_names) for f in forms
    )


def named(parties: Iterable[dict]) -> list[dict]:
    """Parties with a name (not a described class such as "family members")."""
    return [p for p in parties if p.get("name") and not p.get("description")]


# -- facts to reports ----------------------------------------------------------------------------


def fact_docs(fact: Fact) -> set[str]:
    """The gold report names (file names) a predicted fact cites."""
    out = set()
    for s in fact.get("sources", []):
        out.add(Path(s["path"]).name if s.get("path") else s["document"])
    return out


def quote_in(fact: Fact, doc: str, width: int = 120) -> str:
    for s in fact.get("sources", []):
        if (Path(s["path"]).name if s.get("path") else s["document"]) == doc:
            return cut(s.get("quote") or "", width)
    return ""


def cut(text: str, width: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# -- counts --------------------------------------------------------------------------------------


@dataclass
class PR:
    """found/gold for recall, correct/predicted for precision."""

    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    def __iadd__(self, other: PR) -> PR:
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct
        return self

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "gold": self.gold,
            "found": self.found,
            "predicted": self.predicted,
            "correct": self.correct,
        }


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    def __iadd__(self, other: Ratio) -> Ratio:
        self.hit += other.hit
        self.total += other.total
        return self

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0

    def as_dict(self) -> dict:
        return {"value": round(self.value, 4), "hit": self.hit, "total": self.total}


@dataclass
class DocScore:
    """Every count of one report, and its miss/false lines."""

    prs: dict[str, PR] = field(default_factory=lambda: defaultdict(PR))
    ratios: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    lines: list[str] = field(default_factory=list)


# -- matching ------------------------------------------------------------------------------------


def measure_fits(
    pred: Fact, gm: dict, gold: Gold, entity_names: dict[str, list[str]], loose: bool = False
) -> bool:
    """Kind in kind + also_kinds, status in status + accept_statuses, and (unless loose) issuer."""
    if pred.get("kind") not in {gm["kind"], *gm.get("also_kinds", [])}:
        return False
    if pred.get("status") not in {gm["status"], *gm.get("accept_statuses", [])}:
        return False
    if loose or gm.get("issuer") is None:
        return True
    return party_is(pred.get("issuer"), gold, gm["issuer"], entity_names, containment=True)


def found_parties(
    pred_parties: list[dict], gold_names: list[str], gold: Gold, entity_names: dict[str, list[str]]
) -> set[str]:
    """Gold canonical names (targets, subjects) found among the predicted parties' names."""
    return {
        g
        for g in gold_names
        if any(party_is(p, gold, g, entity_names) for p in named(pred_parties))
    }


def greedy_pairs(candidates: list[tuple[tuple, int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best score first, ties by order."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _score, gi, pi in sorted(candidates, key=lambda c: (tuple(-x for x in c[0]), c[1], c[2])):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _date_score(gold_date: str | None, pred_date: str | None) -> int:
    if gold_date is None or pred_date is None:
        return 0
    return (
        2
        if gold_date == pred_date
        else int(gold_date.startswith(pred_date) or pred_date.startswith(gold_date))
    )


def match_measures(
    gold: Gold, preds: list[Fact], entity_names: dict[str, list[str]], loose: bool = False
) -> list[tuple[int, int]]:
    """(gold measure index, predicted index) pairs of one report."""
    candidates = []
    for gi, gm in enumerate(gold.get("measures", [])):
        for pi, pm in enumerate(preds):
            if measure_fits(pm, gm, gold, entity_names, loose):
                shared = len(
                    found_parties(pm.get("targets", []), gm.get("targets", []), gold, entity_names)
                )
                candidates.append(((shared, _date_score(gm.get("date"), pm.get("date"))), gi, pi))
    return greedy_pairs(candidates)


def event_fits(pred: Fact, ge: dict, gold: Gold, entity_names: dict[str, list[str]]) -> bool:
    if pred.get("kind") != ge["kind"]:
        return False
    subjects = ge.get("subjects", [])
    return not subjects or bool(
        found_parties(pred.get("subjects", []), subjects, gold, entity_names)
    )


def match_events(
    gold: Gold, preds: list[Fact], entity_names: dict[str, list[str]]
) -> list[tuple[int, int]]:
    candidates = []
    for gi, ge in enumerate(gold.get("events", [])):
        for pi, pe in enumerate(preds):
            if event_fits(pe, ge, gold, entity_names):
                shared = len(
                    found_parties(
                        pe.get("subjects", []), ge.get("subjects", []), gold, entity_names
                    )
                )
                candidates.append(((shared, _date_score(ge.get("date"), pe.get("date"))), gi, pi))
    return greedy_pairs(candidates)


def target_counts(
    gold: Gold, preds: list[Fact], pairs: list[tuple[int, int]], entity_names: dict[str, list[str]]
) -> tuple[PR, list[tuple[int, str]]]:
    """Target P/R over matched pairs; also the (gold measure index, target) misses."""
    pr = PR()
    measures = gold.get("measures", [])
    matched = dict(pairs)
    misses = []
    for gi, gm in enumerate(measures):
        pr.gold += len(gm.get("targets", []))
        if gi not in matched:
            misses.extend((gi, t) for t in gm.get("targets", []))
            continue
        pm = preds[matched[gi]]
        hits = found_parties(pm.get("targets", []), gm.get("targets", []), gold, entity_names)
        pr.found += len(hits)
        misses.extend((gi, t) for t in gm.get("targets", []) if t not in hits)
        for p in named(pm.get("targets", [])):
            pr.predicted += 1
            pr.correct += any(party_is(p, gold, t, entity_names) for t in gm.get("targets", []))
    return pr, misses


def date_ratios(
    golds: list[dict], preds: list[Fact], pairs: list[tuple[int, int]]
) -> tuple[Ratio, Ratio]:
    """(exact, compatible) over matched pairs whose gold date is not null."""
    exact, compatible = Ratio(), Ratio()
    for gi, pi in pairs:
        g, p = golds[gi].get("date"), preds[pi].get("date")
        if g is None:
            continue
        exact.total += 1
        compatible.total += 1
        exact.hit += g == p
        compatible.hit += p is not None and (g.startswith(p) or p.startswith(g))
    return exact, compatible


# -- roles and names -----------------------------------------------------------------------------


def aligned_entries(entity: dict, gold: Gold) -> list[dict]:
    """Gold entries of the report one of whose forms is a name of the predicted entity."""
    names = {key(n) for n in entity.get("names", [])}
    return [e for e in entries(gold) if any(key(f) in names for f in e.get("forms", []))]


def entity_roles_in(entity: dict, doc: str) -> set[str]:
    """Roles of a predicted entity read in report `doc` (role statements with evidence there)."""
    return {role for role, d in entity.get("roles", []) if d == doc}


def forbidden(entry: dict, roles: set[str]) -> bool:
    """A victim or commentator (and neither perpetrator nor target) given perpetrator or target."""
    gold_roles = set(entry.get("roles", []))
    innocent = bool(gold_roles & {"victim", "commentator"}) and not gold_roles & {
        "perpetrator",
        "target",
    }
    return innocent and bool(roles & {"perpetrator", "target"})


def score_roles(gold: Gold, doc: str, entities: list[dict], out: DocScore, tag: str) -> None:
    present = [(e, entity_roles_in(e, doc)) for e in entities]
    present = [(e, r) for e, r in present if r]
    aligned = [(e, r, aligned_entries(e, gold)) for e, r in present]
    for role in ROLES:
        pr = out.prs[f"role {role}"]
        for entry in entries(gold):
            if role not in entry.get("roles", []):
                continue
            pr.gold += 1
            if any(role in r and entry in al for _e, r, al in aligned):
                pr.found += 1
            else:
                out.lines.append(f"MISS role {tag} {role} {entry['name']}")
        for e, r, al in aligned:
            if role not in r:
                continue
            pr.predicted += 1
            if any(role in a.get("roles", []) for a in al):
                pr.correct += 1
            else:
                gold_roles = "; ".join(
                    f"{a['name']}: {','.join(a.get('roles', [])) or '-'}" for a in al
                )
                out.lines.append(
                    f"BADROLE {tag} {role} {caption(e)} (gold: {gold_roles or 'no entry'})"
                )
    hard = out.ratios["forbidden roles"]
    for entry in entries(gold):
        got = set().union(*(r for _e, r, al in aligned if entry in al)) if aligned else set()
        if set(entry.get("roles", [])) & {"victim", "commentator"}:
            hard.total += 1
        if forbidden(entry, got):
            hard.hit += 1
            out.lines.append(
                f"FORBIDDEN role {tag} {entry['name']} gold={','.join(entry['roles'])} "
                f"got={','.join(sorted(got & {'perpetrator', 'target'}))}"
            )


def entity_docs(entity: dict) -> set[str]:
    """Reports a predicted entity is read in (by its names or its roles)."""
    docs = {d for ds in entity.get("name_docs", {}).values() for d in ds}
    return docs | {d for _role, d in entity.get("roles", [])}


def sanction_orphans(entities: list[dict], measures: list[Fact]) -> list[dict]:
    """Entities with topic `sanction` that no imposed predicted measure names as a target."""
    targeted = {
        t.get("entity_id")
        for m in measures
        if m.get("status") == "imposed"
        for t in m.get("targets", [])
        if t.get("entity_id")
    }
    return [e for e in entities if "sanction" in e.get("topics", []) and e["id"] not in targeted]


def names_read_in(
    entities: list[dict], doc: str, schemata: tuple[str, ...]
) -> dict[str, list[dict]]:
    """key(name) → entities of these schemata holding that name with evidence in report `doc`."""
    out: dict[str, list[dict]] = defaultdict(list)
    for e in entities:
        if e.get("schema") not in schemata:
            continue
        for name, docs in e.get("name_docs", {}).items():
            if doc in docs and e not in out[key(name)]:
                out[key(name)].append(e)
    return out


def score_mentions(gold: Gold, doc: str, entities: list[dict], out: DocScore, tag: str) -> None:
    all_forms = {key(f) for e in entries(gold) for f in e.get("forms", [])}
    for kind, schemata, label in (
        ("persons", PERSON_SCHEMATA, "person"),
        ("organizations", ORG_SCHEMATA, "org"),
    ):
        pr = out.prs[kind]
        read = names_read_in(entities, doc, schemata)
        gold_forms: dict[str, str] = {}
        for entry in gold.get(kind, []):
            for f in entry.get("forms", []):
                gold_forms.setdefault(key(f), f"{f} ({entry['name']})")
        pr.gold += len(gold_forms)
        for k, shown in gold_forms.items():
            if k in read:
                pr.found += 1
            else:
                out.lines.append(f"MISS {label} {tag} {shown}")
        for k, ents in sorted(read.items()):
            if k in gold_forms:
                pr.predicted += 1
                pr.correct += 1
            elif k not in all_forms:
                pr.predicted += 1
                shown = next(n for n in ents[0]["name_docs"] if key(n) == k)
                out.lines.append(
                    f"FALSE {label} {tag} {shown!r} ({ents[0]['schema']} {ents[0]['id']})"
                )
            else:  # a gold form of the other kind: wrong kind, neither right nor a stray name
                out.ratios[WRONG_KIND[kind]].hit += 1


def person_links(golds: dict[str, Gold], entities: list[dict]) -> dict[str, dict[str, set[str]]]:
    """Gold person (canonical name) → {form: ids of predicted Person entities holding it in a
    report where the gold writes it}."""
    links: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc, gold in golds.items():
        read = names_read_in(entities, doc, PERSON_SCHEMATA)
        for entry in gold.get("persons", []):
            for f in entry.get("forms", []):
                links[entry["name"]][f].update(e["id"] for e in read.get(key(f), []))
                links[entry["name"]].setdefault(f, set())
    return links


def split_and_scripts(golds: dict[str, Gold], entities: list[dict]) -> tuple[list[str], Ratio]:
    """SPLIT lines, and Khmer–Latin: persons with both scripts whose forms meet in one entity."""
    lines = []
    mixed = Ratio()
    for name, forms in sorted(person_links(golds, entities).items()):
        ids = set().union(*forms.values())
        if len(ids) > 1:
            detail = "; ".join(
                f"{f} -> {','.join(sorted(i)) or '-'}" for f, i in sorted(forms.items())
            )
            lines.append(f"SPLIT person {name} in {len(ids)} entities: {detail}")
        khmer = [f for f in forms if _KHMER.search(f)]
        latin = [f for f in forms if _LATIN.search(f) and not _KHMER.search(f)]
        if khmer and latin:
            mixed.total += 1
            k_ids = set().union(*(forms[f] for f in khmer))
            l_ids = set().union(*(forms[f] for f in latin))
            if k_ids & l_ids:
                mixed.hit += 1
            else:
                lines.append(
                    f"SPLIT script {name}: khmer {'|'.join(khmer)} -> {','.join(sorted(k_ids)) or '-'}"
                    f"; latin {'|'.join(latin)} -> {','.join(sorted(l_ids)) or '-'}"
                )
    return lines, mixed


def caption(entity: dict) -> str:
    names = entity.get("names", [])
    return repr(names[0] if names else entity["id"])


# -- one report ----------------------------------------------------------------------------------


def _party_label(p: dict | None) -> str:
    if not p:
        return "-"
    return p.get("name") or p.get("description") or "?"


def _measure_label(m: dict, gold: bool) -> str:
    issuer = m.get("issuer") if gold else _party_label(m.get("issuer"))
    targets = m.get("targets", []) if gold else [_party_label(t) for t in m.get("targets", [])]
    if gold and m.get("target_descriptions"):
        targets = [*targets, *(f"<{d}>" for d in m["target_descriptions"])]
    return (
        f"{m.get('kind')}/{m.get('status')} issuer={issuer or '-'} "
        f"targets={'; '.join(targets) or '-'} date={m.get('date') or '-'}"
    )


def _why_false_measure(pm: Fact, gold: Gold, entity_names: dict[str, list[str]]) -> str:
    """The nearest gold measure, to tell a wrong status or issuer from an invented measure."""
    for gm in gold.get("measures", []):
        if measure_fits(pm, gm, gold, entity_names):
            return f"[duplicate: gold {gm['id']} matched another]"
    for gm in gold.get("measures", []):
        if measure_fits(pm, gm, gold, entity_names, loose=True):
            return f"[issuer: gold {gm['id']} {gm.get('issuer')}]"
    for gm in gold.get("measures", []):
        if pm.get("kind") in {gm["kind"], *gm.get("also_kinds", [])}:
            return f"[status: gold {gm['id']} {gm['status']}]"
    for gm in gold.get("measures", []):
        if pm.get("status") in {gm["status"], *gm.get("accept_statuses", [])} and party_is(
            pm.get("issuer"), gold, gm.get("issuer") or "", entity_names, containment=True
        ):
            return f"[kind: gold {gm['id']} {gm['kind']}]"
    return "[no such gold measure]"


def _why_missed_measure(
    gm: dict, preds: list[Fact], gold: Gold, entity_names: dict[str, list[str]]
) -> str:
    if any(measure_fits(p, gm, gold, entity_names) for p in preds):
        return "[its predicted measure matched another gold measure]"
    issuers = sorted(
        {
            _party_label(p.get("issuer"))
            for p in preds
            if measure_fits(p, gm, gold, entity_names, loose=True)
        }
    )
    if issuers:
        return f"[issuer mismatch: predicted {' | '.join(issuers)}]"
    statuses = sorted(
        {
            str(p.get("status"))
            for p in preds
            if p.get("kind") in {gm["kind"], *gm.get("also_kinds", [])}
        }
    )
    if statuses:
        return f"[status mismatch: predicted {' | '.join(statuses)}]"
    return "[no measure of that kind]"


def score_doc(
    gold: Gold,
    measures: list[Fact],
    events: list[Fact],
    entities: list[dict],
    entity_names: dict[str, list[str]],
) -> DocScore:
    """All figures of one report: `measures` and `events` are those citing it."""
    doc = gold["doc"]
    tag = f"{doc.split('_', 1)[0]} {gold.get('language', '?')}"
    out = DocScore()
    gms, ges = gold.get("measures", []), gold.get("events", [])

    pairs = match_measures(gold, measures, entity_names)
    pr = out.prs["measures"]
    pr.gold, pr.found, pr.predicted, pr.correct = len(gms), len(pairs), len(measures), len(pairs)
    loose = match_measures(gold, measures, entity_names, loose=True)
    pr = out.prs["measures kind+status"]
    pr.gold, pr.found, pr.predicted, pr.correct = len(gms), len(loose), len(measures), len(loose)
    matched_g, matched_p = {g for g, _ in pairs}, {p for _, p in pairs}
    for gi, gm in enumerate(gms):
        if gi not in matched_g:
            why = _why_missed_measure(gm, measures, gold, entity_names)
            out.lines.append(
                f"MISS measure {tag} {gm['id']} {_measure_label(gm, True)} {why} "
                f'"{cut((gm.get("evidence") or [""])[0])}"'
            )
    for pi, pm in enumerate(measures):
        if pi not in matched_p:
            out.lines.append(
                f"FALSE measure {tag} {_measure_label(pm, False)} "
                f'{_why_false_measure(pm, gold, entity_names)} "{quote_in(pm, doc)}"'
            )
    targets, missed_targets = target_counts(gold, measures, pairs, entity_names)
    out.prs["measure targets"] += targets
    for gi, t in missed_targets:
        where = "matched" if gi in matched_g else "unmatched"
        out.lines.append(
            f"MISS target {tag} {gms[gi]['id']} ({where} {gms[gi]['kind']}/{gms[gi]['status']}) {t}"
        )
    exact, compatible = date_ratios(gms, measures, pairs)
    out.ratios["measure dates exact"] += exact
    out.ratios["measure dates compatible"] += compatible
    for gi, pi in pairs:
        if gms[gi].get("date") is not None and gms[gi]["date"] != measures[pi].get("date"):
            out.lines.append(
                f"BADDATE measure {tag} {gms[gi]['id']} {gms[gi]['kind']}/{gms[gi]['status']} "
                f"gold={gms[gi]['date']} predicted={measures[pi].get('date') or '-'}"
            )

    epairs = match_events(gold, events, entity_names)
    pr = out.prs["events"]
    pr.gold, pr.found, pr.predicted, pr.correct = len(ges), len(epairs), len(events), len(epairs)
    hyp = out.ratios["event hypothetical agrees"]
    for gi, pi in epairs:
        hyp.total += 1
        hyp.hit += bool(ges[gi].get("hypothetical")) == bool(events[pi].get("hypothetical"))
    matched_g, matched_p = {g for g, _ in epairs}, {p for _, p in epairs}
    for gi, ge in enumerate(ges):
        if gi not in matched_g:
            near = (
                "[kind found, subject not]"
                if any(p.get("kind") == ge["kind"] for p in events)
                else "[kind not found]"
            )
            out.lines.append(
                f"MISS event {tag} {ge['id']} {ge['kind']} subjects={'; '.join(ge.get('subjects', [])) or '-'} "
                f'date={ge.get("date") or "-"} {near} "{cut((ge.get("evidence") or [""])[0])}"'
            )
    for pi, pe in enumerate(events):
        if pi not in matched_p:
            subjects = "; ".join(_party_label(s) for s in pe.get("subjects", [])) or "-"
            out.lines.append(
                f"FALSE event {tag} {pe.get('kind')} subjects={subjects} date={pe.get('date') or '-'} "
                f'"{quote_in(pe, doc)}"'
            )
    exact, compatible = date_ratios(ges, events, epairs)
    out.ratios["event dates exact"] += exact
    out.ratios["event dates compatible"] += compatible
    for gi, pi in epairs:
        if ges[gi].get("date") is not None and ges[gi]["date"] != events[pi].get("date"):
            out.lines.append(
                f"BADDATE event {tag} {ges[gi]['id']} {ges[gi]['kind']} gold={ges[gi]['date']} "
                f"predicted={events[pi].get('date') or '-'}"
            )

    score_roles(gold, doc, entities, out, tag)
    score_mentions(gold, doc, entities, out, tag)
    return out


# -- the corpus ----------------------------------------------------------------------------------


@dataclass
class Predictions:
    measures: list[Fact]
    events: list[Fact]
    entities: list[
        dict
    ]  # id, schema, names, name_docs {name: [report]}, roles [[role, report]], topics
    published: dict[str, str | None] = field(default_factory=dict)  # report file name → date read

    @property
    def entity_names(self) -> dict[str, list[str]]:
        return {e["id"]: list(e.get("names", [])) for e in self.entities}


@dataclass
class Evaluation:
    prs: dict[str, dict[str, PR]]  # metric → language|ALL → counts
    ratios: dict[str, dict[str, Ratio]]
    lines: list[str]


PR_ORDER = (
    "measures",
    "measures kind+status",
    "measure targets",
    "events",
    "role victim",
    "role perpetrator",
    "role target",
    "persons",
    "organizations",
)
RATIO_ORDER = (
    "measure dates exact",
    "measure dates compatible",
    "event dates exact",
    "event dates compatible",
    "event hypothetical agrees",
    "forbidden roles",
    "person names of gold orgs",
    "org names of gold persons",
    "khmer-latin one entity",
    "sanction topic without imposed measure",
    "split gold persons",
    "report dates",
)


def language(gold: Gold) -> str:
    return gold.get("language") or (gold.get("languages") or ["?"])[0]


def evaluate(golds: dict[str, Gold], pred: Predictions) -> Evaluation:
    """Score every report of `golds` (report file name → gold) against the predictions."""
    by_doc_m: dict[str, list[Fact]] = defaultdict(list)
    by_doc_e: dict[str, list[Fact]] = defaultdict(list)
    for m in pred.measures:
        for d in fact_docs(m):
            by_doc_m[d].append(m)
    for e in pred.events:
        for d in fact_docs(e):
            by_doc_e[d].append(e)
    names = pred.entity_names
    prs: dict[str, dict[str, PR]] = defaultdict(lambda: defaultdict(PR))
    ratios: dict[str, dict[str, Ratio]] = defaultdict(lambda: defaultdict(Ratio))
    lines: list[str] = []
    for doc, gold in sorted(golds.items()):
        score = score_doc(gold, by_doc_m.get(doc, []), by_doc_e.get(doc, []), pred.entities, names)
        for lang in (language(gold), "ALL"):
            for metric, pr in score.prs.items():
                prs[metric][lang] += pr
            for metric, ratio in score.ratios.items():
                ratios[metric][lang] += ratio
        lines.extend(score.lines)
    for lang in (*LANGS, "ALL"):
        subset = {d: g for d, g in golds.items() if lang in ("ALL", language(g))}
        if not subset:
            continue
        split_lines, mixed = split_and_scripts(subset, pred.entities)
        ratios["khmer-latin one entity"][lang] += mixed
        ratios["split gold persons"][lang] += Ratio(
            sum(1 for ln in split_lines if ln.startswith("SPLIT person")),
            len({e["name"] for g in subset.values() for e in g.get("persons", [])}),
        )
        if lang == "ALL":
            lines.extend(split_lines)
    for doc, gold in golds.items():  # the report's own date, that relative dates resolve against
        if doc in pred.published:
            ratios["report dates"][language(gold)] += Ratio(int(pred.published[doc] == gold.get("published")), 1)
            ratios["report dates"]["ALL"] += Ratio(int(pred.published[doc] == gold.get("published")), 1)
    cited = set(golds)
    in_scope = [e for e in pred.entities if cited & entity_docs(e)]
    orphans = sanction_orphans(in_scope, pred.measures)
    ratios["sanction topic without imposed measure"]["ALL"] += Ratio(
        len(orphans), sum(1 for e in in_scope if "sanction" in e.get("topics", []))
    )
    lines.extend(
        f"FORBIDDEN topic sanction {caption(e)} {e['id']} (no imposed measure names it)"
        for e in orphans
    )
    return Evaluation(prs, ratios, lines)


def format_figures(ev: Evaluation) -> str:
    out = []
    for metric in PR_ORDER:
        for lang in (*LANGS, "ALL"):
            pr = ev.prs.get(metric, {}).get(lang)
            if pr is None:
                continue
            out.append(
                f"{metric:<21}{lang:>4}  precision {pr.precision:.3f}  recall {pr.recall:.3f}  "
                f"F1 {pr.f1:.3f}  (found {pr.found}/{pr.gold}, correct {pr.correct}/{pr.predicted} predicted)"
            )
    for metric in RATIO_ORDER:
        for lang in (*LANGS, "ALL"):
            r = ev.ratios.get(metric, {}).get(lang)
            if r is None or (not r.total and not r.hit):
                continue
            shown = f"{r.value:.3f}  ({r.hit}/{r.total})" if r.total else f"{r.hit}"
            out.append(f"{metric:<40}{lang:>4}  {shown}")
    return "\n".join(out)


def as_dict(ev: Evaluation) -> dict:
    return {
        "scores": {m: {lang: pr.as_dict() for lang, pr in by.items()} for m, by in ev.prs.items()},
        "ratios": {m: {lang: r.as_dict() for lang, r in by.items()} for m, by in ev.ratios.items()},
        "lines": Counter(ln.split(" ", 2)[0] + " " + ln.split(" ", 2)[1] for ln in ev.lines),
    }


# -- reading the gold and the store --------------------------------------------------------------


def load_golds(
    gold_dir: Path, lang: str | None = None, docs: list[str] | None = None
) -> dict[str, Gold]:
    """Report file name → gold, filtered by main language and by report prefixes (d01, d13)."""
    out = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if lang and language(gold) != lang:
            continue
        if docs and not any(
            gold["doc"] == d or gold["doc"].split("_", 1)[0] == d or Path(gold["doc"]).stem == d
            for d in docs
        ):
            continue
        out[gold["doc"]] = gold
    return out


def collect(store) -> Predictions:
    """Facts and entities as `measures/events/entities --json` read them, with report names."""
    from sanctionwatch.extract.facts_stage import ROLE_PROP
    from sanctionwatch.report.entities import ENTITY_SCHEMATA, NAME_PROPS, entity_views
    from sanctionwatch.report.facts import fact_views
    from sanctionwatch.report.topics import entity_topics

    paths = {d["id"]: d["path"] for d in store.documents()}
    facts = fact_views(store)
    by_id = {f.id: f for f in facts}
    measures = [f.to_json(paths) for f in facts if f.schema == "Sanction"]
    # an event someone only calls for ("demands the release of X") is shown to analysts as a
    # call; the gold lists no calls as events, so they are left out of event scoring
    events = [e for e in (f.to_json(paths) for f in facts if f.schema == "Event") if e.get("status") != "called_for"]

    def report(doc_id: str) -> str:
        return Path(paths[doc_id]).name if doc_id in paths else doc_id

    entities = []
    for v in entity_views(store, ENTITY_SCHEMATA):
        name_docs: dict[str, set[str]] = defaultdict(set)
        roles: set[tuple[str, str]] = set()
        for st in v.statements:
            if st.prop in NAME_PROPS:
                name_docs[st.value].update(report(ev.doc_id) for ev in st.evidence)
            elif st.prop == ROLE_PROP:
                roles.update((st.value.split("|", 1)[0], report(ev.doc_id)) for ev in st.evidence)
        entities.append(
            {
                "id": v.id,
                "schema": v.schema,
                "names": v.names,
                "name_docs": {n: sorted(d) for n, d in name_docs.items()},
                "roles": sorted(roles),
                "topics": sorted(entity_topics(v, by_id)),
            }
        )
    published = {Path(d["path"]).name: d.get("published") for d in store.documents()}
    return Predictions(measures, events, entities, published)


def prepared_store(docs_dir: Path, db: str | None, reingest: bool, tmp: Path):
    """The store to read: a fresh one in `tmp`, or `db` (ingesting only what it lacks)."""
    from sanctionwatch.config import Limits
    from sanctionwatch.pipeline import ingest, quick_id
    from sanctionwatch.sources.read import discover
    from sanctionwatch.store import open_store

    if db is None:
        url, path = f"sqlite:///{tmp / 'dev.db'}", None
    elif "://" in db:
        url, path = (
            db,
            (Path(db.split("sqlite:///", 1)[1]) if db.startswith("sqlite:///") else None),
        )
    else:
        url, path = f"sqlite:///{Path(db).expanduser()}", Path(db).expanduser()
    if reingest:
        if path is None:
            raise SystemExit("--reingest needs a SQLite --db (a file path)")
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
    store = open_store(url)
    files, _errors = discover([docs_dir])
    stored = store.document_ids()
    if any(quick_id(f, Limits()) not in stored for f in files):
        report = ingest([docs_dir], store)
        for error in report.errors:
            print(f"skipped {error}", file=sys.stderr)
    return store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs-dir", type=Path, default=DEV / "docs")
    parser.add_argument("--gold-dir", type=Path, default=DEV / "gold")
    parser.add_argument("--lang", choices=LANGS, help="only reports of this main language")
    parser.add_argument("--docs", help="only these reports: d01,d13 (prefix or file name)")
    parser.add_argument("--db", help="SQLite file (or URL) to ingest into and reuse")
    parser.add_argument("--reingest", action="store_true", help="empty --db and ingest again")
    parser.add_argument("--json", action="store_true", help="the figures as one JSON object")
    parser.add_argument("--quiet", action="store_true", help="figures only, no miss lines")
    args = parser.parse_args(argv)

    argv_shown = argv if argv is not None else sys.argv[1:]
    command = "python " + " ".join(shlex.quote(a) for a in [os.path.relpath(__file__), *argv_shown])
    golds = load_golds(args.gold_dir, args.lang, args.docs.split(",") if args.docs else None)
    if not golds:
        raise SystemExit(f"no gold report selected in {args.gold_dir}")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="eval-facts-") as tmp:
        store = prepared_store(args.docs_dir, args.db, args.reingest, Path(tmp))
        ingested = time.perf_counter()
        pred = collect(store)
        store.close()
    ev = evaluate(golds, pred)
    elapsed = time.perf_counter() - started
    if args.json:
        print(
            json.dumps(
                {
                    "command": command,
                    "reports": len(golds),
                    "seconds": round(elapsed, 1),
                    **as_dict(ev),
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    print(f"command: {command}")
    print(
        f"reports: {len(golds)}  predicted measures {len(pred.measures)}, events {len(pred.events)}, "
        f"entities {len(pred.entities)}  time: {elapsed:.1f}s (store ready after {ingested - started:.1f}s)"
    )
    print(format_figures(ev))
    if not args.quiet:
        print()
        print("\n".join(ev.lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
