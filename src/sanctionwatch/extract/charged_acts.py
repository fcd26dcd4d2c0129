"""Who a court tries for a violent act is that act's alleged perpetrator.

"ផ្ដន្ទាទោស X ឱ្យជាប់ពន្ធនាគារ … ពីបទមនុស្សឃាតលើលោក Y" (sentenced X to prison on the
charge of murder of Mr Y): the killing is named as the charge, so whoever the prosecution is
against committed it by the court's account, and Y underwent it. A parse finds this from the
reason phrase ("for the murder of Y"); a language read by word order alone has only the
charge marker right before the act (the pack's `charge_markers`, as « pour », ពីបទ). So an act
of violence with no agent, written right after a charge marker that follows a charge, trial or
conviction of named persons in the same sentence, takes those persons as its agents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sanctionwatch.extract.facts import EventFact, MeasureFact, Participant
from sanctionwatch.extract.hits import clause_start
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Sentence

PROSECUTIONS = frozenset({"charge", "trial", "conviction"})
"""The steps of a case whose charge names an act."""

VIOLENT_KINDS = frozenset({"killing", "attack"})
"""Acts of violence a person can be tried for committing."""


def _after_charge_marker(text: str, pack: LanguagePack) -> bool:
    """Does `text` (what stands before the act) end with a charge marker, determiners aside?"""
    words = pack.words.get("charge_markers", frozenset())
    if not words:
        return False
    rest = text.rstrip().casefold()
    if pack.spaced:
        parts = rest.split()
        while parts and pack.has("determiners", parts[-1]):
            parts.pop()
        return bool(parts) and parts[-1] in words
    return any(rest.endswith(w) for w in words)


def charged_agents(sentence: Sentence, pack: LanguagePack,
                   facts: Sequence[EventFact | MeasureFact]) -> list[EventFact | MeasureFact]:
    """The facts of one sentence, an act of violence that is the charge of a prosecution
    before it given the prosecuted persons as its (alleged) perpetrators."""
    out = list(facts)
    for i, f in enumerate(out):
        if not isinstance(f, EventFact) or f.kind not in VIOLENT_KINDS or f.actors or f.trigger_start is None:
            continue
        before = sentence.text[:f.trigger_start - sentence.start]
        if not _after_charge_marker(before, pack):
            continue
        cases = [g for g in out if isinstance(g, EventFact) and g.kind in PROSECUTIONS and not g.negated
                 and g.trigger_end is not None and g.trigger_end <= f.trigger_start]
        if not cases:
            continue
        case = max(cases, key=lambda g: g.trigger_end or 0)
        if f.date is not None and f.date == case.date:
            # the day the sentence tells is the prosecution's; the act it is for happened
            # before, on a day this sentence does not give
            out[i] = f = replace(f, date=None, date_precision=None)
        accused = [p for p in case.subjects if not p.is_class and p.entity_hint == "Person"]
        undergone = {p.name for p in f.subjects}
        accused = [p for p in accused if p.name not in undergone]
        if not accused:
            continue
        actors = tuple(Participant(p.name, "perpetrator", p.entity_hint, p.description, p.start, p.end)
                       for p in accused)
        out[i] = replace(f, actors=actors)
    return out


PENALTY_KINDS = frozenset({"detention"})
"""What a sentence may impose, said after the conviction as its content."""


def sentence_penalties(sentence: Sentence, pack: LanguagePack,
                       facts: Sequence[EventFact | MeasureFact]) -> list[EventFact | MeasureFact]:
    """The facts of one sentence without the prison term a conviction imposes, when a language
    read by word order says it as a clause caused by the conviction's verb ("ផ្ដន្ទាទោស X
    ឱ្យជាប់ពន្ធនាគារ ៣០ខែ", sentenced X [so that X is] held in prison for 30 months): the
    term is the conviction's content, not a detention of its own on the day of the verdict.
    The cause is the pack's `addressee_markers` right before the term, in the clause of a
    conviction told before it."""
    marks = pack.words.get("addressee_markers", frozenset())
    out: list[EventFact | MeasureFact] = []
    for f in facts:
        if isinstance(f, EventFact) and f.kind in PENALTY_KINDS and f.trigger_start is not None and marks:
            before = sentence.text[:f.trigger_start - sentence.start].rstrip().casefold()
            caused = any(before.endswith(w) for w in marks)
            if caused and any(
                    isinstance(g, EventFact) and g.kind == "conviction" and not g.negated
                    and g.trigger_end is not None and g.trigger_end <= f.trigger_start
                    and clause_start(sentence, pack, f.trigger_start) <= g.trigger_start
                    for g in facts if g is not f and g.trigger_start is not None):
                continue
        out.append(f)
    return out
