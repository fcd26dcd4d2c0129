"""Acts told by reference to the act just told, in a sentence with no trigger of its own.

Reports tell a sanctions regime in rounds ("Le 2 octobre 2020, quarante responsables y ont été
inscrits. Le 6 novembre, ce fut au tour de quinze autres …", "On 17 December 29 more were
added") and tell other authorities' acts by reference ("Britain applied the same measures on the
same day", « Ottawa a emboîté le pas »). Each is an act of its own: another date, or another
issuer. The sentence says so through a cue of the language pack (`succession`); the act takes
the antecedent's kind and status, the sentence's own date (else the antecedent's), the
authorities the sentence names before the cue (else the antecedent's issuer), and the people it
names (else, for another issuer's "same measures", the antecedent's targets).

What keeps it safe: the antecedent is an imposed or announced measure told just before (a
passage, not the report); a sentence that restates the antecedent (same date, same issuer) adds
nothing; a round of the same issuer must name people or a class of people ("29 personnes"),
so "two paragraphs were added" is no act.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sanctionwatch.extract.facts import EventFact, MeasureFact, Participant, sort_facts
from sanctionwatch.extract.hits import HINTS
from sanctionwatch.extract.temporal import find_dates
from sanctionwatch.lang import LanguagePack, PackError, load_pack
from sanctionwatch.model import Mention, Sentence

Fact = EventFact | MeasureFact

SUCCESSION_DISTANCE = 1200
"""How far (characters) before the cue the antecedent act may be told: the same passage."""
ANTECEDENT_STATUSES = frozenset({"imposed", "announced"})
REGIME_KINDS = frozenset({"sdn_designation", "targeted_measures"})
"""Kinds named after one authority's regime (OFAC's list, the EU's restrictive measures)."""


def _pack(lang: str) -> LanguagePack | None:
    try:
        return load_pack(lang)
    except PackError:
        return None


def _rank(kind: str) -> int:
    from sanctionwatch.extract.acts import IMPLIED

    return -len(IMPLIED.get(kind, ()))


def _antecedent(measures: Sequence[MeasureFact], at: int) -> MeasureFact | None:
    """The act told last before `at` in the same passage, as its broadest kind in that passage
    (restrictive measures over the freeze they include): its issuer's and status's."""
    before = [m for m in measures if m.quote_start < at and at - m.quote_end <= SUCCESSION_DISTANCE
              and m.status in ANTECEDENT_STATUSES and m.issuer is not None]
    if not before:
        return None
    last = max(before, key=lambda m: (m.quote_start, m.trigger_start or 0))
    issuer = last.issuer.norm() if last.issuer else ""
    same = [m for m in before if m.issuer is not None and m.issuer.norm() == issuer and m.status == last.status]
    return min(same, key=lambda m: (_rank(m.kind), -m.quote_start))


def _issuers(s: Sentence, upto: int, mentions: Sequence[Mention]) -> list[Participant]:
    """Authorities the sentence names before the cue: who does the same."""
    from sanctionwatch.extract.roles import authority_entry, find_institutions

    out: list[Participant] = []
    seen: set[str] = set()
    spans = [(m.start, m.end, m.name) for m in mentions
             if m.label in ("ORG", "GPE") and s.start <= m.start and m.end <= upto]
    spans += [(s.start + a, s.start + b, name) for a, b, name, _schema in find_institutions(s.text[:upto - s.start])]
    for start, end, name in sorted(spans):
        entry = authority_entry(name)
        if entry is None or not entry.issuer or entry.schema == "Person" or entry.name in seen:
            continue
        seen.add(entry.name)
        out.append(Participant(entry.name, "issuer", entry.schema, None, start, end))
    return out


def _people(s: Sentence, mentions: Sequence[Mention], taken: set[tuple[int, int]]) -> list[Participant]:
    from sanctionwatch.extract.roles import authority_entry

    return [Participant(m.name, "target", HINTS[m.label], None, m.start, m.end) for m in mentions
            if m.label == "PER" and s.start <= m.start and m.end <= s.end and (m.start, m.end) not in taken
            and authority_entry(m.name) is None]


def _names_a_class(s: Sentence, pack: LanguagePack) -> bool:
    words = [w.strip(".,;:()«»\"'").casefold() for w in s.text.split()]
    return any(pack.has("person_class_nouns", w) or pack.has("org_class_nouns", w) for w in words)


def _told_targets(measures: Sequence[MeasureFact], at: int, ante: MeasureFact) -> tuple[Participant, ...]:
    """The people of the act the antecedent tells: the antecedent as its broadest kind may
    name nobody or only some (a lead's "the EU used its chemical weapons regime", its people
    in the sentences around it, "X was also listed"): every name the acts of that issuer (or
    of its union) of that status told in the passage before `at` list."""
    from sanctionwatch.extract.acts import _issuers_agree, _union

    out: tuple[Participant, ...] = ()
    for m in measures:
        if (m.quote_start < at and at - m.quote_end <= SUCCESSION_DISTANCE and m.status == ante.status
                and _issuers_agree(m.issuer, ante.issuer) and m.issuer is not None):
            out = _union(out, tuple(p for p in m.targets if not p.is_class))
    return out


def _same_targets(facts: list[Fact], s: Sentence, ante: MeasureFact | None,
                  told: tuple[Participant, ...]) -> list[Fact]:
    """A sentence with its own trigger that tells another authority's act by reference ("Britain
    applied the same measures on the same day", « Londres a pris les mêmes mesures »): a measure
    of the sentence that names nobody and has an issuer of its own hits the antecedent's
    targets. The same issuer's measure is the antecedent told again and takes nothing."""
    from sanctionwatch.extract.acts import _union

    if ante is None or ante.issuer is None:
        return facts
    targets = _union(ante.targets, told)
    if not targets:
        return facts
    out: list[Fact] = []
    for f in facts:
        if (isinstance(f, MeasureFact) and f.quote_start == s.start and not f.targets and not f.unresolved
                and f.issuer is not None and f.issuer.norm() != ante.issuer.norm()
                and f.status in ANTECEDENT_STATUSES):
            f = replace(f, targets=targets)
        out.append(f)
    return out


def successive_acts(facts: list[Fact], sentences: Sequence[Sentence], mentions: Sequence[Mention],
                    doc_date: str | None) -> list[Fact]:
    """`facts` with the acts that sentences tell by reference to the act before them."""
    from sanctionwatch.extract.acts import _union

    measures = sorted((f for f in facts if isinstance(f, MeasureFact)), key=lambda f: f.quote_start)
    read = {f.quote_start for f in facts if isinstance(f, MeasureFact)}
    ms = sorted(mentions, key=lambda m: (m.start, m.end))
    speakers = {(p.start, p.end) for f in facts for p in f.participants()
                if p.role in ("commentator", "caller", "issuer") and p.start is not None and p.end is not None}
    victims = {p.norm() for f in facts if isinstance(f, EventFact) for p in f.subjects
               if p.role == "victim" and not p.is_class}
    added: list[MeasureFact] = []
    for s in sorted(sentences, key=lambda x: x.start):
        pack = _pack(s.lang)
        cue = pack.cue("succession") if pack is not None else None
        hit = cue.search(s.text) if cue is not None else None
        if pack is None or hit is None:
            continue
        if s.start in read:  # "Britain applied the same measures": read as a measure, but whose?
            ante = _antecedent(measures, s.start)
            told = _told_targets(measures, s.start, ante) if ante is not None else ()
            facts = _same_targets(facts, s, ante, told)
            continue
        ante = _antecedent(measures, s.start)
        if ante is None or ante.issuer is None:
            continue
        cue_at = s.start + hit.start()
        dates = find_dates(s.text, pack, doc_date)
        date: str | None
        precision: str | None
        if dates:
            best = min(dates, key=lambda d: min(abs(d.start - hit.start()), abs(d.start - hit.end())))
            date, precision = best.value, best.precision
        else:
            date, precision = ante.date, ante.date_precision
        inside = [m for m in ms if s.start <= m.start and m.end <= s.end]
        issuers = [p for p in _issuers(s, cue_at, inside) if p.norm() != ante.issuer.norm()]
        people = [p for p in _people(s, inside, speakers) if p.norm() not in victims]
        if not issuers:
            if date is None or date == ante.date:
                continue  # the antecedent told again: nothing new
            if not people and not _names_a_class(s, pack):
                continue  # a round adds people, or a class of them
        who = issuers or [replace(ante.issuer, start=None, end=None)]
        # another authority's "same measures" are its own instrument, not the antecedent's
        # regime: a designation or EU restrictive measures become sanctions (then refined to
        # the issuer's instrument, if the knowledge base gives one)
        kind = "sanctions" if issuers and ante.kind in REGIME_KINDS else ante.kind
        targets = tuple(people) if people else (_union(ante.targets, _told_targets(measures, s.start, ante)) if issuers else ())
        for issuer in who:
            fact = MeasureFact(
                kind=kind, status=ante.status, issuer=issuer, targets=targets, callers=(), date=date,
                date_precision=precision, legal_basis=None, quote_start=s.start, quote_end=s.end,
                trigger=hit.group(0), confidence=0.5, doc_id=s.doc_id, lang=s.lang,
                trigger_start=cue_at, trigger_end=s.start + hit.end(),
            )
            added.append(fact)
            measures.append(fact)
        measures.sort(key=lambda f: f.quote_start)
        read.add(s.start)
    return sort_facts([*facts, *added]) if added else facts
