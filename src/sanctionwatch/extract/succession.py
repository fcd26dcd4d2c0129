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


CALLED_ANTECEDENT_STATUSES = frozenset({"imposed", "announced", "called_for"})


def _caller(s: Sentence, lo: int, upto: int, mentions: Sequence[Mention],
            avoid: set[tuple[int, int]]) -> Participant | None:
    """Who makes the call: the first name of the sentence's own words before the call verb
    ("Unamos welcomed the decision of Canada … and called on …"), not a name the antecedent act
    holds (its issuer, its targets)."""
    for m in mentions:
        if (m.label in ("ORG", "PER", "GPE") and lo <= m.start and m.end <= upto and s.start <= m.start
                and (m.start, m.end) not in avoid):
            return Participant(m.name, "caller", HINTS[m.label], None, m.start, m.end)
    return None


def called_to_follow(facts: list[Fact], sentences: Sequence[Sentence], mentions: Sequence[Mention],
                     doc_date: str | None) -> list[Fact]:
    """Calls on another authority to do what was just told: "called on the United Kingdom to
    follow suit", « appelle l'Union européenne à faire de même », "urged the IMF to do the same".
    The addressee (an authority named between the call cue and the pack's `same_act` phrase) is
    the issuer of a called-for measure of the antecedent's kind and targets; the speaker is its
    caller, never its issuer. Nothing is imposed here: the status is always `called_for`.

    What keeps it safe: a call cue must come before the phrase in the same sentence, the
    addressee must be an authority the knowledge base knows as an issuer, and the antecedent is
    a measure told just before (in the sentence or the passage) by another issuer."""
    from sanctionwatch.extract.acts import _union

    measures = sorted((f for f in facts if isinstance(f, MeasureFact)), key=lambda f: (f.trigger_start or f.quote_start))
    if not measures:
        return facts
    added: list[MeasureFact] = []
    for s in sorted(sentences, key=lambda x: x.start):
        pack = _pack(s.lang)
        cue = pack.cue("same_act") if pack is not None else None
        call = pack.cue("call") if pack is not None else None
        hit = cue.search(s.text) if cue is not None else None
        if pack is None or call is None or hit is None:
            continue
        calls = [c for c in call.finditer(s.text) if c.end() <= hit.start()]
        if not calls:
            continue  # "Canada followed suit": an act, told by `successive_acts`
        c = calls[-1]
        cue_at, call_at, call_end = s.start + hit.start(), s.start + c.start(), s.start + c.end()
        before = [m for m in measures if (m.trigger_start or m.quote_start) < call_at
                  and cue_at - m.quote_end <= SUCCESSION_DISTANCE and m.status in CALLED_ANTECEDENT_STATUSES
                  and m.issuer is not None]
        if not before:
            continue
        ante = max(before, key=lambda m: (m.trigger_start or m.quote_start, -_rank(m.kind)))
        assert ante.issuer is not None
        addressees = [p for p in _issuers_between(s, call_end, cue_at, mentions) if p.norm() != ante.issuer.norm()]
        if not addressees:
            continue
        avoid = {(p.start, p.end) for p in (ante.issuer, *ante.targets) if p.start is not None and p.end is not None}
        avoid |= {(p.start, p.end) for p in addressees if p.start is not None and p.end is not None}
        caller = _caller(s, s.start, call_at, mentions, avoid)
        dates = find_dates(s.text, pack, doc_date)
        date = dates[0].value if dates else doc_date
        precision = dates[0].precision if dates else (
            None if doc_date is None else "day" if len(doc_date) >= 10 else "month" if len(doc_date) == 7 else "year")
        kind = "sanctions" if ante.kind in REGIME_KINDS else ante.kind
        targets = _union(ante.targets, ())
        for issuer in addressees:
            fact = MeasureFact(
                kind=kind, status="called_for", issuer=issuer, targets=targets,
                callers=(caller,) if caller is not None else (), date=date, date_precision=precision,
                legal_basis=None, quote_start=s.start, quote_end=s.end, trigger=hit.group(0), confidence=0.5,
                doc_id=s.doc_id, lang=s.lang, trigger_start=cue_at, trigger_end=s.start + hit.end(),
            )
            added.append(fact)
    return sort_facts([*facts, *added]) if added else facts


def _issuers_between(s: Sentence, lo: int, hi: int, mentions: Sequence[Mention]) -> list[Participant]:
    """Authorities named between `lo` and `hi` (document offsets): the addressees of a call."""
    from sanctionwatch.extract.roles import authority_entry, find_institutions
    from sanctionwatch.kb.actors import country_code

    out: list[Participant] = []
    seen: set[str] = set()
    spans = [(m.start, m.end, m.name) for m in mentions if m.label in ("ORG", "GPE") and lo <= m.start and m.end <= hi]
    spans += [(lo + a, lo + b, name) for a, b, name, _schema in find_institutions(s.text[lo - s.start:hi - s.start])]
    for start, end, name in sorted(spans):
        entry = authority_entry(name)
        if entry is None and country_code(name) is not None and name not in seen:
            # a country the base has no entry for ("asked Denmark to …"): its government
            seen.add(name)
            out.append(Participant(name, "issuer", "Country", None, start, end))
            continue
        if entry is None or not entry.issuer or entry.schema == "Person" or entry.name in seen:
            continue
        seen.add(entry.name)
        out.append(Participant(entry.name, "issuer", entry.schema, None, start, end))
    return out
