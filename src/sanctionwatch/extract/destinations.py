"""Where an export restriction or an arms embargo goes: its target is the country.

A ban on exporting is aimed at the country the goods would go to, and reports say so with a
destination ("halted arms exports to Saudi Arabia", « les licences d'exportation de matériel
militaire vers l'Arabie saoudite », « à destination de X »), not with "against" or "on". The
project's convention (the corpus README) makes the country the target of an arms embargo or an
export measure. Two readings:

- in the sentence: a country named right after one of the pack's `destination_markers`
  (determiners between are skipped), inside the phrase of the trigger (the anchor's subtree,
  or the clause of the verb whose object the trigger is), is the measure's target;
- in the document: a later export measure that names no target ("Ottawa had stopped issuing
  new licences in 2018") is about the same destination as the export measure told before it
  in the report, when that one names exactly one country.

What keeps it safe: only the kinds in DESTINATION_KINDS, only places the name finder tags as
countries or cities standing for them (GPE), never the measure's issuer; carrying needs an
earlier act of those kinds within CARRY_DISTANCE characters and with one country only, and a
language whose pack lists destination markers (else the measure's own destination may be unread).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sanctionwatch.extract.facts import EventFact, MeasureFact, Participant
from sanctionwatch.extract.syntax import Parse
from sanctionwatch.lang import LanguagePack, PackError, load_pack
from sanctionwatch.model import Mention, Sentence

Fact = EventFact | MeasureFact

DESTINATION_KINDS = frozenset({"export_restriction", "arms_embargo"})
"""Measures whose target is a country, named as where goods may no longer go."""
CARRY_DISTANCE = 2500
"""How far (characters) a later export measure with no target takes the earlier one's country."""


def _marker_before(text: str, pack: LanguagePack) -> bool:
    """Does `text` (what precedes a name) end with one of the pack's destination markers,
    as written ("à destination du") or once its determiners are left aside ("vers l'")?"""
    words = re.findall(r"[^\s]+", text.replace("’", "'").casefold())[-5:]

    def ends(ws: list[str]) -> bool:
        return any(pack.has("destination_markers", " ".join(ws[-k:])) for k in (1, 2, 3) if len(ws) >= k)

    if ends(words):
        return True
    while words and pack.has("determiners", words[-1]):
        words.pop()
    return ends(words)


def _governed(parse: Parse, k: int, anchor: int) -> bool:
    """Does the name hang on the trigger through its complements (an object, a preposition, a
    relative clause that describes the banned goods), not through a subject or another clause
    ("… halted exports, amid the war in X")?"""
    steps = 0
    while k != anchor and steps < 8:
        t = parse.toks[k]
        if t.head == k or t.rel in ("subj", "psubj") or (t.rel == "clause" and t.label not in ("relcl", "acl:relcl", "acl")):
            return False
        k, steps = t.head, steps + 1
    return k == anchor or parse.toks[anchor].head == k


def destination_targets(sentence: Sentence, parse: Parse, pack: LanguagePack, anchor: int,
                        mentions: Sequence[Mention], issuers: Sequence[Participant]) -> list[Participant]:
    """Countries the measure at `anchor` sends nothing to: a GPE after a destination marker,
    inside the trigger's phrase (or its verb's clause)."""
    if not pack.words.get("destination_markers"):
        return []
    scope = set(parse.subtree(anchor))
    t = parse.toks[anchor]
    if t.rel in ("obj", "psubj") and t.head != anchor:  # "halted arms exports to X": the verb's clause
        scope |= set(parse.subtree(t.head))
    taken = {p.norm() for p in issuers}
    out: list[Participant] = []
    for m in mentions:
        if m.label != "GPE" or not (sentence.start <= m.start and m.end <= sentence.end):
            continue
        k = parse.at(m.start)
        if k is None or k not in scope or " ".join(m.name.casefold().split()) in taken or not _governed(parse, k, anchor):
            continue
        if _marker_before(sentence.text[:m.start - sentence.start], pack):
            out.append(Participant(m.name, "target", "Country", None, m.start, m.end))
    return out


def _reads_destinations(lang: str) -> bool:
    """Can the sentence reader tell a destination in this language (the pack lists its
    markers)? Only then does a measure without one carry the earlier country: otherwise its
    own destination ("to the army") may simply have gone unread."""
    try:
        return bool(load_pack(lang).words.get("destination_markers"))
    except PackError:
        return False


def carry_destinations(facts: list[Fact]) -> list[Fact]:
    """An export measure that names no target takes the one country of the export measure
    told before it in the report (the moratorium on exports to X, then "the licences" it
    stopped)."""
    out = list(facts)
    last: MeasureFact | None = None
    for i in sorted(range(len(out)), key=lambda i: (out[i].quote_start, i)):
        f = out[i]
        if not isinstance(f, MeasureFact) or f.kind not in DESTINATION_KINDS:
            continue
        if (not f.targets and last is not None and 0 <= f.quote_start - last.quote_end <= CARRY_DISTANCE
                and _reads_destinations(f.lang)):
            f = out[i] = replace(f, targets=tuple(replace(p, start=None, end=None) for p in last.targets))
        if len(f.targets) == 1 and f.targets[0].entity_hint == "Country":
            last = f
    return out
