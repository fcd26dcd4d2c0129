"""Facts read from one sentence: events (who did what to whom) and measures (who imposed,
threatened or called for which restriction on whom), plus the stage's entry points.

Why frozen dataclasses with a `key()`: the same fact is reported by several documents (the
6 December 2017 US visa statement is quoted in two seeds, a House resolution paragraph is
repeated); the statement store merges them by key while keeping each quote as evidence. Keys
are built from what identifies the fact, never from where it was read:

- EventFact.key: kind, the sorted normalised names of its subjects (victims/patients), its date
  (at its own precision, "" if unknown) and its modality (negated, hypothetical). Actors are
  left out on purpose: one report says "the government's arrest of Kem Sokha", another "Kem
  Sokha was arrested" -- same arrest.
- MeasureFact.key: kind, status, issuer name ("" if unknown) and the sorted normalised target
  names. The date is an attribute, not identity (the same announcement is dated by one source
  and not by another); a threat and an imposition of the same measure are different facts.

Entry points: `extract_document_facts` (all sentences of a document, read with their
language packs by `extract.acts`) and `extract_facts_from_text` (a bare sentence, with the
names the mention stage finds in it).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from sanctionwatch.model import Mention, Sentence, make_id


@dataclass(frozen=True)
class Participant:
    """A named entity or a described class (entity_hint None) in one role of one fact.

    name: canonical name for entities; normalised phrase for classes ("individuals involved
    in undermining democracy in Cambodia"). description: appositive or the class phrase as
    written. start/end: offsets in the document text (None when inferred from context).
    antecedent: for a participant filled by reference ("he", "all four", "both men"), the
    span of the mention it refers to, so that it is that mention's entity, not whichever one
    shares its name.
    """

    name: str
    role: str
    entity_hint: str | None
    description: str | None
    start: int | None
    end: int | None
    antecedent: tuple[int, int] | None = None

    @property
    def is_class(self) -> bool:
        return self.entity_hint is None

    def norm(self) -> str:
        """Name for keys: case-folded, single-spaced."""
        return " ".join(self.name.casefold().split())


@dataclass(frozen=True)
class EventFact:
    """Something that happened (or is demanded / denied) to someone."""

    kind: str
    date: str | None
    date_precision: str | None
    place: str | None
    actors: tuple[Participant, ...]
    subjects: tuple[Participant, ...]
    quote_start: int
    quote_end: int
    trigger: str
    confidence: float
    negated: bool = False
    hypothetical: bool = False
    doc_id: str = ""
    lang: str = ""
    trigger_start: int | None = None
    trigger_end: int | None = None
    duration: str | None = None  # ISO 8601 duration: "P5Y" for a five-year ban
    commentators: tuple[Participant, ...] = ()
    unresolved: tuple[str, ...] = ()  # slots a pronoun fills: ("agent:person@120",), the pack's group
    modality: str | None = None  # why a hypothetical event is one: called_for, threatened, scheduled

    fact_type = "event"

    @property
    def codes(self) -> tuple[str, str]:
        """(PLOVER, CAMEO) codes of the kind."""
        from sanctionwatch.extract.vocab import EVENT_KINDS

        k = EVENT_KINDS[self.kind]
        return k.plover, k.cameo

    def participants(self) -> tuple[Participant, ...]:
        return self.actors + self.subjects + self.commentators

    def key(self) -> str:
        subjects = sorted({p.norm() for p in self.subjects})
        # an event with neither subject nor date is known only to its report; one that names
        # nobody and gives only a year ("the Regulations of 2020") only to its sentence
        when = self.date or ("" if subjects else f"doc:{self.doc_id}")
        if not subjects and self.date is not None and len(self.date) == 4:
            when = f"{self.date}|doc:{self.doc_id}@{self.quote_start}"
        return make_id("event", self.kind, "|".join(subjects), when,
                       str(self.negated), str(self.hypothetical), prefix="ev", length=24)


@dataclass(frozen=True)
class MeasureFact:
    """A restrictive measure with its status, issuer, targets and callers."""

    kind: str
    status: str
    issuer: Participant | None
    targets: tuple[Participant, ...]
    callers: tuple[Participant, ...]
    date: str | None
    date_precision: str | None
    legal_basis: str | None
    quote_start: int
    quote_end: int
    trigger: str
    confidence: float
    doc_id: str = ""
    lang: str = ""
    trigger_start: int | None = None
    trigger_end: int | None = None
    commentators: tuple[Participant, ...] = ()
    unresolved: tuple[str, ...] = ()  # ("issuer:self@40",): a pronoun group and its offset
    consequence: bool = False  # read from what it does ("property … blocked"), not named
    accused: bool = False  # the sentence gives abuse or corruption as the reason: targets are accused
    standing: bool = False  # said to remain in force ("… remain in place"): whoever imposed it is told before
    recalled: bool = False  # an earlier act a clause recalls ("the sanctions it imposed in 2018")
    accused_targets: tuple[str, ...] = ()  # targets (normalised names) another sentence accuses
    mention: bool = False  # "the penalties" as the subject of what is said of them: an act told before
    closure: bool = False  # a closure of airspace or ports: a measure of its own, never a listing
    demand_verb: int | None = None  # offset of the verb a demanded measure is the act of ("to shut …")
    report_dated: bool = False  # a demand its sentence dates by nothing, given the report's date
    told_at: int | None = None  # set when another act of its report has the same key: its own offset

    fact_type = "measure"

    @property
    def codes(self) -> tuple[str, str]:
        from sanctionwatch.extract.vocab import MEASURE_KINDS

        k = MEASURE_KINDS[self.kind]
        return k.plover, k.cameo

    def participants(self) -> tuple[Participant, ...]:
        issuer = (self.issuer,) if self.issuer else ()
        return issuer + self.targets + self.callers + self.commentators

    def key(self) -> str:
        """Kind, status, issuer, targets and the year: the same act told by two reports is one
        fact, two acts years apart with the same parties (a call in 2017, another in 2024) are two."""
        targets = sorted({p.norm() for p in self.targets})
        issuer = self.issuer.norm() if self.issuer else ""
        year = (self.date or "")[:4]
        # Without targets nothing but the date tells two acts of one issuer apart (the EU's
        # October, November and December rounds of one year): the date as written. Without
        # targets or a date, nothing identifies the act outside its report.
        when = year if targets else (self.date or f"doc:{self.doc_id}")
        # two acts one report tells apart that nothing above separates (two demands of one
        # sentence, "to prepare sanctions and to shut its airspace"): each where it is told
        apart = [f"doc:{self.doc_id}@{self.told_at}"] if self.told_at is not None else []
        return make_id("measure", self.kind, self.status, issuer, "|".join(targets), *([when] if when else []),
                       *apart, prefix="ms", length=24)


Fact = EventFact | MeasureFact


def fact_to_dict(fact: Fact) -> dict[str, object]:
    """A JSON-ready dict of a fact, with its type, key and codes."""
    d = asdict(fact)
    d["type"] = fact.fact_type
    d["key"] = fact.key()
    d["plover"], d["cameo"] = fact.codes
    return d


def dumps(facts: Sequence[Fact]) -> str:
    """Facts serialised deterministically (sorted keys, no whitespace variance)."""
    return json.dumps([fact_to_dict(f) for f in facts], sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"))


def sort_facts(facts: Sequence[Fact]) -> list[Fact]:
    """Document order, then type, kind and key: one stable order for every run."""
    return sorted(facts, key=lambda f: (f.quote_start, f.trigger_start or 0, f.fact_type,
                                        f.kind, f.key(), f.quote_end))


def group_by_key(facts: Sequence[Fact]) -> dict[str, list[Fact]]:
    """Facts sharing a key (the same fact read in several places), keys sorted."""
    groups: dict[str, list[Fact]] = {}
    for f in sort_facts(facts):
        groups.setdefault(f.key(), []).append(f)
    return dict(sorted(groups.items()))


# --------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------


def extract_document_facts(
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    doc_date: str | None,
) -> list[Fact]:
    """All events and measures of one document (see `extract.acts`)."""
    from sanctionwatch.extract.acts import read_document

    return read_document(sentences, mentions, doc_date)


def extract_facts_from_text(
    text: str, lang: str, doc_date: str | None = None, doc_id: str = "", offset: int = 0
) -> list[Fact]:
    """Facts of a bare sentence or paragraph, with the names the mention stage finds in it."""
    from sanctionwatch.extract.mentions import extract_documents
    from sanctionwatch.model import Document, Paragraph

    padded = " " * offset + text
    doc = Document(id=doc_id or make_id("text", text, prefix="doc"), path="", media_type="text/plain",
                   encoding="utf-8", title="", published=doc_date, text=padded,
                   paragraphs=(Paragraph(0, offset, len(padded), lang),))
    extraction = extract_documents([doc])[0]
    return extract_document_facts(extraction.sentences, extraction.mentions, doc_date)
