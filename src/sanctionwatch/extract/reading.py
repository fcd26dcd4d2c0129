"""Read the events and measures of one sentence with a language pack: triggers from the pack's
lexicon, arguments from the dependency parse (or from word order and particles when the pack's
language has no parser), status and modality from the cues that govern the trigger.

Why the parse: "the EU imposed sanctions on X for corruption", "X was designated by OFAC",
"the designation of X, commander of Y", "X and his wife" — who fills which slot is a matter of
grammar, not of which names sit near the trigger. A cue governs a trigger when it is the trigger
itself, one of its syntactic ancestors, or an auxiliary/negation/marker attached to one, so "the
Parliament calls for sanctions" is a call while "sanctions, which the Parliament had called for,
were imposed" is not. Climbing stops at relative clauses and subjects: the modality of "the
persons designated today may be exposed to …" belongs to the exposure, not the designation.

The parts live beside it: `hits` (triggers and clause bounds), `modality` (status cues),
`slots` (arguments from the parse), `word_order` (arguments without a parser); this module
puts them together for one sentence and adds what the sentence itself says: dates, durations,
legal basis, accusations, commanders, quoted speakers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from sanctionwatch.extract.accusations import accuses, first_reason_marker, reason_marker
from sanctionwatch.extract.anniversary import anaphoric, anniversary_years, recalled_date
from sanctionwatch.extract.benches import BENCH_KINDS, is_bench
from sanctionwatch.extract.charged_acts import charged_agents, sentence_penalties
from sanctionwatch.extract.destinations import DESTINATION_KINDS, destination_targets
from sanctionwatch.extract.elaborate import describes_another
from sanctionwatch.extract.facts import EventFact, MeasureFact, Participant
from sanctionwatch.extract.genericity import (
    copula_subject,
    discussed,
    habitual,
    in_legal_title,
    named_modality,
)
from sanctionwatch.extract.hits import (
    FREED_KINDS,
    HINTS,
    NAMED_TARGET_KINDS_ONLY,
    Hit,
    clause_end,
    clause_start,
    find_hits,
)
from sanctionwatch.extract.modality import (
    cue_tokens,
    list_of_relative,
    measure_status,
    modality,
    text_provision,
    withdrawn,
)
from sanctionwatch.extract.national_agents import national_agents
from sanctionwatch.extract.possessives import is_owner
from sanctionwatch.extract.slots import (
    adnominal_participle,
    after_marker,
    after_patient_marker,
    imposers,
    list_continuation,
    opening_participle,
    ordered_participle,
    owns_other,
    parse_slots,
    participants_at,
    under_title,
)
from sanctionwatch.extract.speaker_issuers import speech_subjects
from sanctionwatch.extract.syntax import Parse, Tok
from sanctionwatch.extract.temporal import (
    DateExpr,
    bounded_by,
    counted_from,
    find_dates,
    in_story_year,
    with_anaphors,
)
from sanctionwatch.extract.vocab import IMPOSABLE_KINDS
from sanctionwatch.extract.word_order import (
    background_act,
    linear_slots,
    noun_date,
    relative_clause_date,
    supposed_act,
)
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Mention, Sentence
from sanctionwatch.sources.dateline import dateline_lead

# --------------------------------------------------------------------------------------------
# One sentence
# --------------------------------------------------------------------------------------------


_NOUN_LABELS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "pobj", "nmod", "appos",
                          "compound", "obl:arg", "iobj", "attr"})


def _before_trigger(sentence: Sentence, pack: LanguagePack, p: Participant, hit: Hit) -> Participant:
    """A described class that runs into the trigger ("seize personnes sur sa liste noire") is
    the words before it ("seize personnes")."""
    if not p.is_class or p.start is None or p.end is None or not (p.start < hit.start < p.end):
        return p
    text = sentence.text[p.start - sentence.start:hit.start - sentence.start].rstrip(" ,;:")
    words = text.split()
    while words and (pack.has("determiners", words[-1]) or pack.has("list_preps", words[-1])):
        words.pop()
    if not words:
        return p
    text = " ".join(words)
    return replace(p, name=text, description=text, end=p.start + len(text))


def _named_by_participle(parse: Parse, pack: LanguagePack, anchor: int, hit: Hit) -> bool:
    """Is the one-word trigger at `anchor` a noun for people (« 222 détenus », « les
    détenus »: one of the pack's `person_class_nouns`) used as an argument of a verb, with a
    determiner or a number of its own? It names who underwent another act, not an act."""
    if not parse.parsed:
        return False
    t = parse.toks[anchor]
    return t.start <= hit.start and hit.end <= t.end and pack.has("person_class_nouns", t.text) and t.rel in ("obj", "subj", "psubj") and t.head != anchor and any(
        parse.toks[k].label in ("det", "nummod") for k in parse.children(anchor))


def _before_participle(sentence: Sentence, p: Participant, hit: Hit) -> Participant:
    """A described class whose phrase runs over the participle that qualifies it (« toutes
    les personnes détenues »), cut before the participle."""
    if not p.is_class or p.start is None or p.end is None or not (p.start < hit.start < p.end):
        return p
    text = sentence.text[p.start - sentence.start:hit.start - sentence.start].rstrip(" ,")
    if not text.strip():
        return p
    return replace(p, name=text, description=text, end=p.start + len(text))


def _topic_before_colon(sentence: Sentence, p: Participant, hit: Hit) -> bool:
    """A name before a colon that stands before the trigger is the topic the statement after
    the colon is about, not its patient: « Mort de X : l'UE sanctionne la police » hits the
    police, not X (a colon after the trigger, "sanctioned three people: A, B and C", lists them)."""
    if p.end is None or p.end > hit.start:
        return False
    return ":" in sentence.text[p.end - sentence.start:hit.start - sentence.start]


def _struck_by_a_measure(sentence: Sentence, pack: LanguagePack, hit: Hit, hits: Sequence[Hit]) -> bool:
    """A verb of striking ("struck", « frappé ») that a measure of the sentence fills ("struck
    with an asset freeze"), or that a reason follows ("struck for the violence"), tells a
    punishment in a figure of speech, not a physical attack."""
    if any(h.measure for h in hits):
        return True
    after = sentence.text[hit.end - sentence.start:].split()
    return bool(after) and pack.has("punishment_markers", after[0].strip(",;:"))


def _modifies_noun(parse: Parse, p: Participant) -> bool:
    """Is the name a modifier of a common noun after it ("two Ortega allies", "the Hun Sen
    regime")? The phrase is about those allies, not about the person named."""
    t = parse.head_of_span(p.start or 0, p.end or 0)
    if t is None:
        return False
    tok = parse.toks[t]
    head = parse.toks[tok.head]
    return tok.rel == "mod" and tok.head > t and head.text[:1].islower()


def _relative_subject(parse: Parse, p: Participant, anchor: int) -> bool:
    """Is the name the subject of a relative clause below the trigger (« des sanctions à dix
    ressortissants que le gouvernement du Canada tient pour responsables »)? Who holds them
    responsible is not who is sanctioned."""
    t = parse.head_of_span(p.start or 0, p.end or 0)
    steps = 0
    while t is not None and t != anchor and parse.toks[t].head != t and steps < 8:
        tok = parse.toks[t]
        if tok.rel in ("subj", "psubj") and parse.toks[tok.head].rel == "relcl":
            return True
        t, steps = tok.head, steps + 1
    return False


def _government_named(sentence: Sentence, p: Participant) -> bool:
    """Is the name a person's that names a government ("no member of the Trump administration")?"""
    from sanctionwatch.extract.leaders import names_a_government

    return (p.entity_hint == "Person" and p.start is not None and p.end is not None
            and names_a_government(sentence.text, p.start - sentence.start, p.end - sentence.start))


def _text_provides(parse: Parse, pack: LanguagePack, call: int | None) -> bool:
    """Is the subject of the call verb a legal text (the pack's `legal_text_nouns`: "the bill
    proposed …", "the provision, which obliges …", « le projet de loi prévoit … »)? What a bill
    or a provision says is its content, not a demand someone makes of a government."""
    if call is None or not parse.parsed:
        return False
    t = parse.toks[call]
    subj = parse.children(call, "subj")
    if subj and all(pack.has("relative_pronouns", parse.toks[k].text) for k in subj) and t.head != call:
        subj = [t.head]  # "the provision, which obliges …"
    return any(pack.has("legal_text_nouns", parse.toks[k].text) for k in subj)


def _speaking_leader(sentence: Sentence, pack: LanguagePack, commentators: Sequence[Participant],
                     issuers: Sequence[Participant | None]) -> Sequence[Participant | None]:
    """A head of state or government who says what his state will or may do ("President X said
    that any backsliding would require a review of US sanctions", « le premier ministre Y a
    annoncé que le pays gèlerait … ») announces or threatens the measure himself: he is its
    issuer in place of no issuer or of his own country (the knowledge base's `office`, or a
    leader's title before his name, `extract.leaders`)."""
    from sanctionwatch.extract import vocab
    from sanctionwatch.extract.leaders import is_leader
    from sanctionwatch.extract.roles import authority_entry
    from sanctionwatch.kb.actors import leader

    heads = [p for p in commentators if p.entity_hint == "Person" and p.start is not None
             and is_leader(p.name, sentence.text[:p.start - sentence.start], pack)]
    if len(heads) != 1:
        return issuers
    head = heads[0]
    known = leader(head.name)
    own = next((a for a in vocab.INSTITUTIONS if known is not None and known.country
                and a.country == known.country and a.schema == "Country"), None)
    named = [p for p in issuers if p is not None]
    mine = own is not None and named and all(
        (e := authority_entry(p.name)) is not None and e.name == own.name for p in named)
    if not named or mine:
        return [replace(head, role="issuer")]
    return issuers


def _government_of(name: str) -> str | None:
    """The country whose government a body belongs to (the knowledge base's parent chain)."""
    from sanctionwatch.extract.roles import authority_entry

    entry = authority_entry(name)
    for _ in range(4):
        if entry is None or entry.schema == "Country":
            break
        entry = authority_entry(entry.parent) if entry.parent else None
    return entry.name if entry is not None and entry.schema == "Country" else None


def _speaking_department(commentators: Sequence[Participant],
                         issuers: Sequence[Participant | None]) -> Sequence[Participant | None]:
    """A department that says what its government will or may do ("Washington would take
    further action if events called for it, the State Department said"): the one who speaks
    for the government announces or threatens, so the department, not the country named as a
    metonym, is the issuer -- when exactly one quoted speaker is a body of that government."""
    from sanctionwatch.extract.roles import authority_entry

    out: list[Participant | None] = []
    for p in issuers:
        entry = authority_entry(p.name) if p is not None else None
        if p is None or entry is None or entry.schema != "Country":
            out.append(p)
            continue
        bodies = {(c.start, c.end): c for c in commentators if c.entity_hint != "Person"
                  for e in [authority_entry(c.name)] if e is not None and e.issuer and e.schema != "Country"
                  and _government_of(c.name) == entry.name}
        out.append(replace(next(iter(bodies.values())), role="issuer") if len(bodies) == 1 else p)
    return out


def _speaker_meant(commentators: Sequence[Participant], unresolved: Sequence[str],
                   lang: str) -> tuple[Participant, str] | None:
    """The quoted body a pronoun issuer stands for: "The foreign ministry said it had put into
    force its own list …", « le ministère a indiqué qu'il gèlerait … ». Reported speech whose
    subject is a pronoun tells what the speaker itself does: the one body (one the knowledge
    base knows, or a phrase ending in a body word: "ministry", « ministère ») quoted before the
    pronoun. With the pronoun item of `unresolved` it answers."""
    from sanctionwatch.extract.roles import authority_entry
    from sanctionwatch.kb import body_words

    items = [u for u in unresolved if u.startswith("issuer:")
             and u.split(":", 1)[1].rsplit("@", 1)[0] in ("thing", "self", "plural")]
    if len(items) != 1:
        return None
    at = int(items[0].rsplit("@", 1)[1])
    words = {w.casefold() for w in body_words(lang)}

    def body(p: Participant) -> bool:
        entry = authority_entry(p.name)
        if entry is not None:
            return entry.issuer and entry.schema != "Person"
        return any(p.name.casefold().endswith(" " + w) for w in words)

    found = [p for p in commentators if p.entity_hint != "Person" and p.end is not None and p.end <= at and body(p)]
    if len(found) != 1:
        return None
    return replace(found[0], role="issuer"), items[0]


def _one_parent(issuers: Sequence[Participant | None]) -> Sequence[Participant | None]:
    """Several bodies of one union or government asked together to act ("asked the EEAS and
    the Commission to draw up a list …"): the call is to that union or government, one
    measure it would take, not one per body (the knowledge base's parent)."""
    from sanctionwatch.extract.roles import authority_entry

    named = [p for p in issuers if p is not None]
    if len(named) < 2:
        return issuers
    entries = [authority_entry(p.name) for p in named]
    parents = {e.parent for e in entries if e is not None}
    if None in entries or len(parents) != 1 or None in parents:
        return issuers
    parent = authority_entry(next(iter(parents)) or "")
    if parent is None:
        return issuers
    first = named[0]
    return [Participant(parent.name, "issuer", parent.schema, None, first.start, named[-1].end)]


def _names_issuer(p: Participant, issuer: Participant) -> bool:
    """Does the name say the issuer again ("the government of Canada" after "Canada")?"""
    a, b = p.norm().split(), issuer.norm().split()
    return bool(b) and (a == b or a[-len(b):] == b)


def _date_of_noun(parse: Parse, start: int, end: int, anchor: int | None,
                  pack: LanguagePack | None = None) -> bool:
    """Does the date at [start, end) date a noun other than the trigger ("the coup of
    1 February", « coup d'État du 1er février »)? Then it is that event's date, not the act's.
    A time noun (the pack's `time_nouns`: "in the early hours of 1 February") is no other
    event: it places the act in time."""
    if not parse.parsed or anchor is None:
        return False
    h = parse.head_of_span(start, end)
    if h is None:
        return False
    t = parse.toks[h]
    owner = t.head
    if t.rel == "pobj" and parse.toks[owner].head != owner:
        owner = parse.toks[owner].head  # "of 1 February" -> what "of" hangs on
    o = parse.toks[owner]
    if owner != anchor and owner != h and o.label in _NOUN_LABELS and t.label not in ("npadvmod", "obl:tmod") \
            and not (pack is not None and pack.has("time_nouns", o.text)):
        return True
    # a date inside another clause ("the sanctions it first imposed in August 2018", "the EU,
    # which had warned in May, …") dates that clause's act
    pred = _clause_of(parse, h)
    if pred is None or pred == anchor:
        return False
    return anchor not in set(parse.ancestors(pred)) and pred not in set(parse.ancestors(anchor))


_OTHER_CLAUSES = frozenset({"relcl", "acl:relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj", "parataxis"})


def _owned_dates(parse: Parse, sentence: Sentence, anchor: int, dates: list[DateExpr],
                 acts: frozenset[int], span: tuple[int, int]) -> list[DateExpr]:
    """The dates the parse hangs on the trigger itself rather than on another act of the
    sentence: "arrested in December 2017 and given seven years in September 2018" tells two
    acts, each with its own date, however near the first date stands to the second verb. A
    date's act is the first trigger (of `acts`, the anchors of the sentence's triggers) met
    climbing from the date; a clause of its own on the way ("convictions for joining a march
    on 18 August") makes it that clause's date, unless it is a word of the trigger itself
    ("the sanctions regime, created in December")."""
    if not parse.parsed:
        return []
    out = []
    for d in dates:
        h = parse.head_of_span(sentence.start + d.start, sentence.start + d.end)
        if h is None:
            continue
        for j in [h, *parse.ancestors(h)]:
            if j == anchor or span[0] <= parse.toks[j].start < span[1]:
                out.append(d)
                break
            if j in acts or parse.toks[j].label in _OTHER_CLAUSES:
                break
    return out


def _another_acts(parse: Parse, sentence: Sentence, anchor: int, d: DateExpr, acts: frozenset[int]) -> bool:
    """Is the date hung, through a clause of its own, on another trigger of the sentence ("the
    law, signed … on 14 July 2022")? A date that modifies another act's noun ("the crackdown
    that followed the August 2020 election") still tells when this act's story is."""
    h = parse.head_of_span(sentence.start + d.start, sentence.start + d.end)
    if h is None:
        return False
    clause = False
    for j in [h, *parse.ancestors(h)]:
        if j == anchor:
            return False
        clause = clause or parse.toks[j].label in _OTHER_CLAUSES
        if j in acts:
            return clause
    return False


_CLAUSE_LABELS = frozenset({"relcl", "acl:relcl", "acl", "advcl", "ccomp", "root"})


def _clause_of(parse: Parse, i: int) -> int | None:
    """The nearest clause head above token `i` (a relative, adverbial or complement clause)."""
    for j in [i, *parse.ancestors(i)]:
        if parse.toks[j].label in _CLAUSE_LABELS:
            return j
    return None


def _date(sentence: Sentence, pack: LanguagePack, ref: str | None, at: int,
          parse: Parse | None = None, anchor: int | None = None,
          story_year: int | None = None, earlier: Sequence[tuple[str, str]] = (),
          acts: frozenset[int] = frozenset(), span: tuple[int, int] = (0, 0),
          end: int | None = None, measure: bool = False) -> tuple[str | None, str | None]:
    written = find_dates(sentence.text, pack, ref)
    if parse is None or not parse.parsed:  # "the 2018 election": the noun's date, not the act's
        written = [d for d in written if not noun_date(sentence.text, d, pack, (end or at) - sentence.start)
                   and not (measure and relative_clause_date(sentence.text, d, pack, (end or at) - sentence.start))
                   and not (measure and bounded_by(sentence.text, d, pack))]
    dates = with_anaphors(written, sentence.text, pack, earlier)
    if not dates:
        return None, None
    told_before = {(d.start, d.end) for d in dates if d not in written}
    if parse is None or not parse.parsed:
        # without a parse, "… the commanders who ordered the shooting on that day": an anaphor
        # after a relative marker that follows the trigger tells the relative clause's day
        dates = [d for d in dates if (d.start, d.end) not in told_before
                 or not _after_relative_marker(sentence.text[max(0, at - sentence.start):d.start], pack)]
        if not dates:
            return None, None
    if story_year is not None:
        dates = [in_story_year(d, story_year) for d in dates]
    lo, hi = clause_start(sentence, pack, at), clause_end(sentence, pack, at)
    rel = at - sentence.start
    # "on that day" outside the trigger's clause tells another act's day, never this one's
    same = [d for d in dates if lo - sentence.start <= d.start and d.end <= hi - sentence.start] or [
        d for d in dates if (d.start, d.end) not in told_before]
    if not same:
        return None, None
    if parse is not None:
        own = [d for d in same if not _date_of_noun(parse, sentence.start + d.start, sentence.start + d.end, anchor,
                                                    pack if acts else None)]
        if not own and acts and anchor is not None:
            # every date is another clause's: one that clause's own act holds ("the law, signed
            # on 14 July 2022, has been used to prosecute …") is that act's, never this one's
            same = [d for d in same if not _another_acts(parse, sentence, anchor, d, acts)]
            if not same:
                return None, None
        same = own or same
        if acts and anchor is not None:
            same = _owned_dates(parse, sentence, anchor, same, acts, span) or same
        if parse.parsed and anchor is not None:
            same = [d for d in same if not _opening_participle_date(parse, sentence, pack, d, anchor)
                    and not _counts_from_this(sentence, pack, d, rel)
                    and not (measure and _bound_date(parse, sentence, pack, d, anchor))]
            if not same:
                return None, None
    best = min(same, key=lambda d: min(abs(d.start - rel), abs(d.end - rel)))
    if parse is not None and parse.parsed and anchor is not None:
        best = _governor_date(parse, sentence, anchor, same, best)
        clause = _own_coordinate_clause(parse, anchor)
        if clause is not None and not _date_in(parse, sentence, best, clause):
            # "X has been under sanctions since November 2018, and on 9 June 2021 Washington
            # added Y to its list": a clause with a subject of its own tells its own act; a date
            # of the clause before it is not that act's
            inner = [d for d in dates if _date_in(parse, sentence, d, clause)]
            if not inner:
                return None, None
            best = min(inner, key=lambda d: min(abs(d.start - rel), abs(d.end - rel)))
    return best.value, best.precision


def _bound_date(parse: Parse, sentence: Sentence, pack: LanguagePack, d: DateExpr, anchor: int) -> bool:
    """Is `d` written under a word of the pack's `bound_markers` that does not hang below
    the trigger ("the bans decided after the disputed election of August 2020", « décidés
    après la présidentielle d'août 2020 », « maintiennent jusqu'au 28 février 2022 … »)? The
    measure came after that date, or lasts until it: a bound, not the day of the act. A marker inside the date itself ("three days after") is the date's
    own word; one whose phrase the trigger stands in ("after the Treasury sanctioned him in
    May") leaves the date to the trigger's clause."""
    h = parse.head_of_span(sentence.start + d.start, sentence.start + d.end)
    if h is None:
        return False
    lo, hi = sentence.start + d.start, sentence.start + d.end

    def bounds(m: Tok) -> bool:
        # a date set off by a comma ("after the attack on X, in 2018") is the clause's own
        return not (lo <= m.start < hi) and m.end <= lo and "," not in sentence.text[
            m.end - sentence.start:d.start] and pack.has("bound_markers", m.text)

    for j in [h, *parse.ancestors(h)]:
        if j == anchor:
            return False
        t = parse.toks[j]
        if t.rel != "root" and bounds(t):
            return True
        if any(parse.toks[k].label in ("case", "mark", "prep") and bounds(parse.toks[k])
               for k in parse.children(j, "case", "aux")):
            return True
    return False


def _counts_from_this(sentence: Sentence, pack: LanguagePack, d: DateExpr, rel: int) -> bool:
    """« conduit à la prison puis, dès le lendemain, condamné »: a day counted from an act (the
    pack's days_after) that a sequence word (« puis », "and then") sets after the trigger dates
    the next act, counted from this one; it is never this act's own date."""
    counts = pack.dates.get("days_after", {})
    if not isinstance(counts, dict) or d.start < rel or d.text.casefold().replace("’", "'") not in {
            str(k).casefold() for k in counts}:
        return False
    between = sentence.text[rel:d.start].casefold().replace(",", " ").split()
    return any(pack.has("sequence_words", w) for w in between)


def _opening_participle_date(parse: Parse, sentence: Sentence, pack: LanguagePack, d: DateExpr, anchor: int) -> bool:
    """Is `d` the date of a participial clause set before the main clause that does not hold the
    trigger (« Assigné à résidence depuis août 2022, il a été conduit à la prison … », "Arrested
    in May 2021, he was moved to …")? That clause tells an earlier state or act of the subject;
    its date is that act's, not the main verb's."""
    h = parse.head_of_span(sentence.start + d.start, sentence.start + d.end)
    if h is None:
        return False
    for j in [h, *parse.ancestors(h)]:
        t = parse.toks[j]
        if t.label in ("advcl", "acl") and t.head != j and opening_participle(parse, j, pack):
            inside = parse.subtree(j)
            return anchor not in inside and parse.toks[inside[-1]].end <= parse.toks[t.head].start
    return False


def _own_coordinate_clause(parse: Parse, anchor: int) -> int | None:
    """The verb of the coordinate clause the trigger stands in when that clause has a subject of
    its own ("…, and Washington added …", "…, and he is one of 88 people whose assets are
    frozen"), else None (a verb that shares the first clause's subject shares its date too)."""
    for j in [anchor, *parse.ancestors(anchor)]:
        t = parse.toks[j]
        if t.rel == "conj" and parse.children(j, "subj", "psubj"):
            return j
        if t.rel in ("clause", "relcl") and t.label in ("ccomp", "advcl", "parataxis"):
            return None  # inside a clause of its own kind: the other readers date it
    return None


def _date_in(parse: Parse, sentence: Sentence, d: DateExpr, clause: int) -> bool:
    h = parse.head_of_span(sentence.start + d.start, sentence.start + d.end)
    return h is not None and (h == clause or clause in set(parse.ancestors(h)))


def _after_relative_marker(text: str, pack: LanguagePack) -> bool:
    """Does `text` hold one of the pack's relative markers ("ដែល") as a word?"""
    markers = pack.words.get("relative_markers", frozenset())
    if not pack.spaced:
        return any(w in text for w in markers)
    return any(w.strip(".,;:«»\"'()").casefold() in markers for w in text.split())


def _governor_date(parse: Parse, sentence: Sentence, anchor: int, dates: list[DateExpr], best: DateExpr) -> DateExpr:
    """A measure noun that a verb governs ("On Tuesday the EU used its sanctions regime,
    created in December, …") is dated by that verb, not by a modifier inside its own noun
    phrase (the regime's creation): the verb tells the act, the modifier the measure's history."""
    t = parse.toks[anchor]
    if t.rel not in ("obj", "pobj") or t.head == anchor:
        return best
    gov = t.head
    if t.rel == "pobj" and parse.toks[gov].head != gov:
        gov = parse.toks[gov].head  # "imposed sanctions on X" vs "put X under sanctions"
    if parse.toks[gov].label in ("acl", "amod") or parse.toks[gov].participle:
        return best  # a participle on another noun ("the election held on 29 July … and in the Senate election")

    def head(d: DateExpr) -> int | None:
        return parse.head_of_span(sentence.start + d.start, sentence.start + d.end)

    h = head(best)
    if h is None or anchor not in set(parse.ancestors(h)):
        return best  # the nearest date is not inside the measure's noun phrase
    on_verb = []
    for d in dates:
        k = head(d)
        if k is None or k == gov:
            continue
        up = parse.toks[k].head
        if up == gov or (parse.toks[k].rel == "pobj" and parse.toks[up].head == gov and up != anchor):
            on_verb.append(d)
    if not on_verb:
        return best
    rel = parse.toks[anchor].start - sentence.start
    return min(on_verb, key=lambda d: min(abs(d.start - rel), abs(d.end - rel)))


def _accused_by_authority(agents: Sequence[Participant], parse: Parse, anchor: int, pack: LanguagePack,
                          located: bool = False) -> bool:
    """Does an accusation come from who can charge: no accuser written ("she is accused of
    …"), or one whose words are the pack's `judicial_words` or `force_words` ("prosecutors",
    "the police", « le parquet »)? A state, a party or a rights group that accuses someone
    makes a claim, not a charge. The accuser is the agent read, or the parse's subject of the
    accusing verb (for a relative pronoun, the noun it stands for). `located`: the accusation
    names the country it is made in, inside the trigger ("is accused in Belarus of …"): a
    charge of that jurisdiction, not the report's own allegation, even in the present."""
    words = {w for p in agents for w in (p.description or p.name).split()}
    if parse.parsed:
        for k in parse.children(anchor, "subj"):
            span = parse.subtree(k)
            if pack.has("relative_pronouns", parse.toks[k].text) and parse.toks[anchor].head != anchor:
                head = parse.toks[anchor].head  # "The Gambia, which accuses …"
                span = [j for j in parse.subtree(head) if j < k]
            rel = [j for j in span if pack.has("relative_pronouns", parse.toks[j].text) and j != k]
            if rel and any(j > rel[-1] for j in span):
                # « le juge X, à qui l'ONG reproche … » taken whole for the subject: who
                # accuses is the relative clause's own subject, after the pronoun
                span = [j for j in span if j > rel[-1]]
            words |= {parse.toks[j].text for j in span}
    if not words and parse.parsed:
        words = set(_relative_accuser(parse, anchor, pack))
    words = {w.casefold().strip(".,'’") for w in words} - {""}
    if not words:
        if located:
            return True
        # "X is accused of steering contracts" (present, nobody named): what the report or the
        # sanctioning body holds against X, an allegation, not a charge brought
        return not (parse.parsed and any(
            pack.has("present_verbs", parse.toks[k].text) and not pack.has("past_auxiliaries", parse.toks[k].text)
            for k in parse.children(anchor, "aux")))
    return any(pack.has("judicial_words", w) or pack.has("force_words", w) for w in words)


def _place_inside(mentions: Sequence[Mention], hit: Hit) -> bool:
    """Does a gapped trigger hold a country or place between its words ("accused in Belarus
    of", « accusé en Russie de »)? Then the act is said of that jurisdiction."""
    return hit.gapped and any(m.label == "GPE" and hit.start < m.start and m.end < hit.end for m in mentions)


def _relative_accuser(parse: Parse, anchor: int, pack: LanguagePack) -> list[str]:
    """Words between a relative pronoun and the accusing verb when the parser gave the verb
    no subject (« X, à qui l'ONG reproche d'avoir … »: "l'ONG"): who accuses, read from the
    clause itself."""
    words: list[str] = []
    for k in range(anchor - 1, -1, -1):
        text = parse.toks[k].text
        if text in (",", ";", ":", ".", "«", "»", "(", ")"):
            return []
        if pack.has("relative_pronouns", text):
            return words
        words.insert(0, text)
    return []


VIOLENT_KINDS = frozenset({"killing", "attack"})
PROSECUTION_KINDS = frozenset({"arrest", "detention", "charge", "trial", "conviction"})


def _accused(sentence: Sentence, pack: LanguagePack, hit: Hit) -> bool:
    """Does the measure's sentence say its targets are responsible for abuse or corruption
    ("for their role in serious human rights abuse", « tenus pour comptables du coup d'État »)?
    Then the targets it names are accused, not only listed."""
    return accuses(sentence.text, pack, max(0, hit.start - sentence.start - 200))


RESPONSIBLE_REACH = 5
"""How many heads up from an act's trigger the word that holds someone responsible may stand
("implicated in the killing of …": two; "responsible for more than 400 enforced
disappearances and nearly 600 extrajudicial killings": four)."""


def _held_responsible(sentence: Sentence, parse: Parse, pack: LanguagePack, mentions: Sequence[Mention],
                      anchor: int) -> list[Participant]:
    """Who the sentence holds responsible for the act ("RAB has been responsible for …
    killings", "X, a former army commander implicated in the killing of …", « le colonel X,
    accusé d'avoir ordonné l'arrestation de … », « le général X est responsable de la
    répression »): the named subject of the pack's `responsible_words` (an adjective) or of
    `implicated_words` (a participle, passive or modifying a noun: "Y accused X of …" names the
    accuser as subject and is not read), or the name the modified noun stands in apposition
    with, role "agent". One the sentence clears ("X was not involved in the killings") comes
    back with the role "cleared": neither who did it nor who underwent it."""
    neg = pack.cue("negation")
    for hops, m in enumerate(parse.ancestors(anchor)):
        if hops >= RESPONSIBLE_REACH:
            break
        tok = parse.toks[m]
        if m > anchor:
            continue
        adjective = pack.has("responsible_words", tok.text)
        if not (adjective or pack.has("implicated_words", tok.text)):
            continue
        holders = parse.children(m, "psubj") + (parse.children(m, "subj") if adjective else [])
        if not holders and tok.rel not in ("clause", "mod", "subj", "obj", "pobj", "appos", "prep"):
            holders = parse.children(tok.head, "subj", "psubj")  # "RAB has been responsible for"
        if not holders and tok.rel in ("clause", "mod") and tok.head < m:
            noun = tok.head  # "a former army commander implicated in …"
            holders = [noun] + parse.children(noun, "appos") + ([parse.toks[noun].head]
                                                                if parse.toks[noun].rel == "appos" else [])
        out: dict[tuple[int, int], Participant] = {}
        # the holder with its name words ("le général Mamadou Koné": général, Koné)
        spots = {parse.toks[j].start for h in holders for j in [h, *parse.children(h, "mod", "appos")]}
        for x in mentions:
            if x.label in ("PER", "ORG") and any(x.start <= at < x.end for at in spots):
                between = sentence.text[x.end - sentence.start:tok.start - sentence.start]
                denied = neg is not None and neg.search(between) is not None
                out[(x.start, x.end)] = Participant(x.name, "agent" if not denied else "cleared", HINTS[x.label],
                                                    None, x.start, x.end)
        return list(out.values())
    return []


def _in_command(sentence: Sentence, parse: Parse, pack: LanguagePack, mentions: Sequence[Mention],
                anchor: int) -> list[Participant]:
    """Who commanded, ordered or oversaw the act: the named subject of a verb of the pack's
    `command_verbs` whose object is the act ("Néstor Reverol oversaw the arrest of …") or the
    unit that did it ("X, who commanded the unit that rounded up residents", « le colonel X,
    qui commandait l'unité ayant arrêté … »; the unit a `member_nouns` or `force_words` word).
    A relative pronoun stands for the name it follows. Not when negated ("never ordered")."""
    toks = parse.toks
    cur = anchor
    if toks[cur].rel in ("clause", "relcl") and toks[cur].head != cur and (
            pack.has("member_nouns", toks[toks[cur].head].text) or pack.has("force_words", toks[toks[cur].head].text)):
        cur = toks[cur].head  # the unit that did it
    verb = toks[cur].head
    if toks[cur].rel != "obj" or verb == cur or not pack.has("command_verbs", toks[verb].text):
        return []
    holders = parse.children(verb, "subj")
    if holders and all(pack.has("relative_pronouns", toks[k].text) for k in holders) and toks[verb].head != verb:
        holders = [toks[verb].head]
    spots = {toks[j].start for h in holders for j in [h, *parse.children(h, "mod", "appos")]}
    neg = pack.cue("negation")
    out: dict[tuple[int, int], Participant] = {}
    for x in mentions:
        if x.label in ("PER", "ORG") and any(x.start <= at < x.end for at in spots):
            between = sentence.text[x.end - sentence.start:toks[verb].start - sentence.start]
            if neg is None or neg.search(between) is None:
                out[(x.start, x.end)] = Participant(x.name, "agent", HINTS[x.label], None, x.start, x.end)
    return list(out.values())


def _issuing_authority(p: Participant) -> bool:
    """A body the knowledge base knows as one that imposes measures ("the United States", « les
    États-Unis »): in "X imposed sanctions on officers for their role in the massacre" it is
    who answers the act, never who did it."""
    from sanctionwatch.extract.roles import gazetteer_lookup

    entry = gazetteer_lookup(p.name)
    return entry is not None and entry.issuer and entry.schema != "Person"


def _designees(sentence: Sentence, pack: LanguagePack, parse: Parse, inside: Sequence[Mention], measure: Hit,
               reason: int) -> list[Mention]:
    """Persons a measure names before the reason it gives: between its trigger and the reason
    marker, else its passive subject and what is coordinated with it. Never an owner ("Hun
    Sen's bodyguard chief": the chief is designated)."""
    persons = [x for x in inside if x.label == "PER"
               and not is_owner(x.text, sentence.text[x.end - sentence.start:], pack)]
    first = first_reason_marker(sentence.text, pack, measure.end - sentence.start, reason - sentence.start)
    reason = sentence.start + first if first is not None else reason
    after = [x for x in persons if measure.end <= x.start and x.end <= reason]
    if after or not parse.parsed:
        return after
    t = parse.at(measure.start)
    if t is None:
        return []
    heads = parse.children(t, "psubj")
    heads += [c for h in heads for c in parse.children(h, "conj")]
    spans = [(parse.toks[h].start, parse.toks[h].end) for h in heads]
    return [x for x in persons if any(x.start <= a and b <= x.end for a, b in spans)]


def _inside_cue(sentence: Sentence, pack: LanguagePack, name: str, p: Participant) -> bool:
    """Is the participant a word of an idiom the pack lists as a cue ("follow suit", « faire de
    même »)? Its noun is part of the phrase, no one the act hits."""
    cue = pack.cue(name)
    if cue is None or p.start is None or p.end is None or name not in pack.cues_in(sentence.text):
        return False
    return any(sentence.start + m.start() <= p.start and p.end <= sentence.start + m.end()
               for m in cue.finditer(sentence.text))


def _in_relative_clause(parse: Parse, hit: Hit) -> bool:
    """Is the trigger inside a relative clause ("X, who had called for sanctions over …")?
    What it says is told of the clause's antecedent, not done to anyone named around it."""
    if not parse.parsed:
        return True
    t = parse.at(hit.start)
    return t is not None and any("relcl" in parse.toks[k].label for k in (t, *parse.ancestors(t)))


def _reason_of_measure(sentence: Sentence, parse: Parse, pack: LanguagePack, hit: Hit, hits: Sequence[Hit],
                       anchor: int) -> int | None:
    """The document offset of the reason marker when the event is what a measure of the same
    sentence is imposed for ("designated X for his role in the crackdown", « visés pour
    l'arrestation de … »; `accusations.reason_marker`), else None. The reason is a noun phrase
    with no clause break before it: in "X, who had called for sanctions over his poisoning,
    was arrested" the arrest is the sentence's own verb, no reason of anything."""
    ends = [h.end for h in hits if h.measure and h.end <= hit.start]
    if not ends:
        return None
    at = reason_marker(sentence.text, pack, max(ends) - sentence.start, hit.start - sentence.start)
    if at is None or any(c in sentence.text[at:hit.start - sentence.start] for c in ",;:"):
        return None
    t = parse.toks[anchor]
    clauses = ("root", "clause", "relcl")
    if parse.parsed and (t.rel in clauses or (t.rel == "conj" and parse.toks[t.head].rel in clauses)):
        return None  # a reason is a noun phrase ("for the killing of"), not a clause's own verb
    return sentence.start + at


def _titles_only(gap: str, pack: LanguagePack) -> bool:
    """Is `gap` nothing but the pack's `titles` ("Colonel", លោក, ឧត្តមសេនីយ៍), which the name
    finder leaves out of a name it follows?"""
    rest = gap.strip().casefold()
    titles = sorted(pack.words.get("titles", frozenset()), key=len, reverse=True)
    for _ in range(3):
        if not rest:
            return True
        title = next((t for t in titles if rest.endswith(t.casefold())), None)
        if title is None:
            return False
        rest = rest[:-len(title)].strip()
    return not rest


def _commanders(sentence: Sentence, pack: LanguagePack, mentions: Sequence[Mention],
                agents: list[Participant], patients: list[Participant]) -> list[Participant]:
    """Who commanded the act the sentence tells ("forces under Min Aung Hlaing's command",
    "police led by X", « sous les ordres de X »): the pack's `command` cue and the name it
    holds or that follows it. Never someone the sentence makes a patient."""
    cue = pack.cue("command")
    if cue is None:
        return []
    taken = {(p.start, p.end) for p in agents + patients}
    out: list[Participant] = []
    for m in cue.finditer(sentence.text):
        lo, hi = sentence.start + m.start(), sentence.start + m.end()
        near = [x for x in mentions if x.label in ("PER", "ORG") and lo <= x.start
                and (x.start <= hi + 2 or _titles_only(sentence.text[hi - sentence.start:x.start - sentence.start], pack))]
        for x in near[:1]:
            if (x.start, x.end) not in taken:
                out.append(Participant(x.name, "agent", HINTS[x.label], None, x.start, x.end))
    return out


def _commander_pronouns(sentence: Sentence, pack: LanguagePack, mentions: Sequence[Mention]) -> list[str]:
    """"Under his command the force besieged protesters", « les troupes placées sous son
    commandement ont tiré »: a command cue that holds a personal possessive and no name names
    the commander by that pronoun. Who commands is never who undergoes the act, so the slot
    ("agent:commander@<offset>") is the one agent `acts` fills from the person named before."""
    cue = pack.cue("command")
    if cue is None:
        return []
    out: list[str] = []
    for m in cue.finditer(sentence.text):
        lo, hi = sentence.start + m.start(), sentence.start + m.end()
        if any(x.label in ("PER", "ORG") and lo <= x.start <= hi + 2 for x in mentions):
            continue  # the commander is named ("under Díaz's command"): `_commanders` reads him
        if any(pack.has("possessives_person", w) for w in re.findall(r"[^\W\d_]+", m.group(0))):
            out.append(f"agent:commander@{lo}")
    return out


JUDGE_TITLE_REACH = 2
"""How many words before a name its judicial title may stand ("presiding judge X", « la juge X »)."""


def _judges(sentence: Sentence, pack: LanguagePack, mentions: Sequence[Mention],
            agents: list[Participant], patients: list[Participant]) -> list[Participant]:
    """The judges and prosecutors the sentence of a political prosecution names by their
    office ("with Judge X presiding", "presiding judge X read out the sentences", « le
    procureur X »): they try or charge the accused, so they act in it beside the court.
    Never someone the sentence makes a patient."""
    taken = {(p.start, p.end) for p in agents + patients}
    out: list[Participant] = []
    for x in mentions:
        if x.label != "PER" or (x.start, x.end) in taken:
            continue
        before = re.findall(r"[^\W\d_]+", sentence.text[:x.start - sentence.start])[-JUDGE_TITLE_REACH:]
        if before and pack.has("judicial_words", before[-1]) or (
                len(before) == 2 and pack.has("judicial_words", before[0]) and before[1][:1].isupper()):
            out.append(Participant(x.name, "agent", HINTS[x.label], None, x.start, x.end))
    return out


def _for_violence(sentence: Sentence, pack: LanguagePack, hit: Hit) -> bool:
    """Is the prosecution for a crime of violence ("convicted of murdering …")? Then its
    subject is an accused, and the one killed is the victim, of the killing."""
    cue = pack.cue("violent_crime")
    if cue is None:
        return False
    hi = clause_end(sentence, pack, hit.end)
    return cue.search(sentence.text, hit.end - sentence.start, hi - sentence.start) is not None


def _states_only(patients: Sequence[Participant]) -> bool:
    """Are the named undergoers of a charge, trial or conviction all states ("a case accusing
    Myanmar of genocide")? A state before an international court is no one prosecuted for
    political activity: who brings the case is a party to it, not a perpetrator."""
    named = [p for p in patients if not p.is_class]
    return bool(named) and all(p.entity_hint == "Country" for p in named)


DURATION_KINDS = frozenset({"political_ban", "conviction", "detention", "house_arrest", "disqualification"})


def _duration(sentence: Sentence, pack: LanguagePack, hit: Hit) -> str | None:
    """ISO 8601 length nearest the trigger in its clause: "five-year ban" -> P5Y,
    "two and a half years" -> P2Y6M."""
    if pack.duration is None:
        return None
    lo, hi = clause_start(sentence, pack, hit.start), clause_end(sentence, pack, hit.end)
    best = None
    for m in pack.duration.finditer(sentence.text, lo - sentence.start, hi - sentence.start):
        dist = abs(m.start() + sentence.start - hit.start)
        if best is None or dist < best[0]:
            best = (dist, m)
    if best is None:
        return None
    m = best[1]
    raw = m.group("n").casefold()
    n = int("".join(str(unicodedata.digit(c)) for c in raw)) if raw.isdigit() else pack.duration_numbers.get(raw)
    unit = pack.duration_units.get(m.group("u").casefold())
    if n is None or unit is None:
        return None
    half = "half" in m.groupdict() and m.group("half")
    if half and unit == "Y":
        return f"P{n}Y6M"
    return f"P{n}W" if unit == "W" else f"P{n}{unit}"


ORDERED = "ordered"
"""The trigger form of a participle that is its kind's act only when ordered ("ordered him held")."""

JUDICIAL_KINDS = frozenset({"charge", "trial", "conviction"})


def _actor_role(coercive: bool) -> str:
    """Who acts in a coercive event is its alleged perpetrator: a court or a prosecutor that
    charges, tries or sentences someone for political activity is what the reports accuse
    (the sentence of a dissident is the court's act). A prosecution for a crime of violence
    is no coercive event (`_for_violence`): there the court is a participant."""
    return "perpetrator" if coercive else "participant"


def _imposed(parse: Parse, pack: LanguagePack, hit: Hit, anchor: int) -> bool:
    """Is the act a rule someone imposed on people ("the national security law that Beijing
    imposed on the city", « la loi imposée par Pékin »): a kind that can be imposed
    (`vocab.IMPOSABLE_KINDS`) whose noun has a clause of imposing that names who imposed it
    (`slots.imposers`)? A law passed or signed is its makers' act; one imposed on a place is
    coercion, and who imposed it is what the reports accuse. Its undergoers stay
    participants: the place is no victim by name."""
    return hit.kind in IMPOSABLE_KINDS and parse.parsed and bool(imposers(parse, anchor, pack))


def _judicial(p: Participant, pack: LanguagePack) -> bool:
    """Is the participant a court, a judge or a prosecutor (the pack's `judicial_words`)? One
    that acquits or frees someone ends a prosecution: that is no abuse of its own."""
    return any(pack.has("judicial_words", w) for w in re.findall(r"[^\W\d_]+", p.name))


def _sentences_someone(parse: Parse, anchor: int, patients: Sequence[Participant], pack: LanguagePack) -> bool:
    """Is the object of the verb at `anchor` a person it does something to (« a condamné
    l'avocat X à deux ans »: the object or its apposition is a named person; « l'a condamné »:
    an object pronoun, the pack's `object_pronouns`, that can only stand for someone), not a
    thing (« a condamné la décision de condamner X »)? Only then does its subject sentence
    someone rather than condemn something."""
    people = [(p.start, p.end) for p in patients if p.entity_hint == "Person" and p.start is not None and p.end is not None]
    if any(pack.has("object_pronouns", parse.toks[k].text) and k < anchor for k in parse.children(anchor, "obj")):
        return True  # « l'a condamné », « les a condamnés »: a clitic before the verb is a person
    for k in parse.children(anchor, "obj"):
        near = [k] + [c for c in parse.children(k, "appos")]
        if any(a <= parse.toks[t].start < b for t in near for a, b in people):
            return True
    return False


def _undergoer_is_an_act(parse: Parse, anchor: int, hit: Hit, hits: Sequence[Hit]) -> bool:
    """Is the object or passive subject of the trigger verb another event ("condamné" with
    « l'arrestation de X » as its subject)? Then the verb judges that act (condemns it) and
    does nothing to a person."""
    heads = parse.children(anchor, "obj", "psubj")
    if not heads or hit.form in ("noun", ORDERED):
        return False  # "ordered him held pending trial": who is held is the order's object
    return any(h is not hit and not h.measure and h.start <= parse.toks[k].start < h.end
               for k in heads for h in hits)


def _known_body_before(sentence: Sentence, pack: LanguagePack, hit: Hit) -> Participant | None:
    """An institution the knowledge base knows, written in the trigger's clause before it, when
    no name tagger found one (Khmer has no tagger for bodies): the nearest one."""
    from sanctionwatch.extract.roles import find_institutions

    lo = clause_start(sentence, pack, hit.start) - sentence.start
    found = [f for f in find_institutions(sentence.text[lo:hit.start - sentence.start])]
    if not found:
        return None
    start, end, name, schema = found[-1]
    return Participant(name, "issuer", schema, None, sentence.start + lo + start, sentence.start + lo + end)


def _leader_acting(sentence: Sentence, parse: Parse, pack: LanguagePack, mentions: Sequence[Mention],
                   hit: Hit) -> Participant | None:
    """A head of state or government who signs or announces, earlier in the sentence, the act
    that carries a measure with no named issuer ("President X signed the order on 3 May; the
    order also cut off exports to Y", « le président X a signé le décret qui gèle … »): he
    issues it (`extract.leaders`). Anyone else who signs (a minister countersigning) does not."""
    from sanctionwatch.extract.leaders import is_leader

    if not parse.parsed:
        return None
    found: Participant | None = None
    for name in ("signing", "announce"):
        cue = pack.cue(name)
        if cue is None:
            continue
        for m in cue.finditer(sentence.text, 0, max(0, hit.start - sentence.start)):
            i = parse.at(sentence.start + m.start())
            if i is not None and parse.toks[i].rel == "aux":  # « a signé »: the verb, not its auxiliary
                i = parse.toks[i].head
            if i is None:
                continue
            for k in parse.children(i, "subj"):
                span = parse.subtree(k)
                lo, hi = parse.toks[min(span)].start, parse.toks[max(span)].end
                people = [x for x in mentions if x.label == "PER" and lo <= x.start and x.end <= hi]
                if len(people) == 1 and is_leader(people[0].name, sentence.text[:people[0].start - sentence.start], pack):
                    p = people[0]
                    if found is None or (p.start or 0) > (found.start or 0):
                        found = Participant(p.name, "issuer", "Person", None, p.start, p.end)
    return found


def _speaking_authority(commentators: Sequence[Participant]) -> Participant | None:
    """The one quoted speaker the knowledge base knows as an institution that imposes measures:
    a measure its sentence names no issuer for is what that institution announces. A person,
    an NGO or two speakers give none."""
    from sanctionwatch.extract.roles import gazetteer_lookup

    bodies = [p for p in commentators if p.entity_hint != "Person"
              for e in [gazetteer_lookup(p.name)] if e is not None and e.issuer and e.schema != "Person"]
    if len(bodies) != 1:
        return None
    return replace(bodies[0], role="issuer")


def _since_date(sentence: Sentence, pack: LanguagePack, ref: str | None, date: str | None) -> bool:
    """Is the measure's date written as the start of a state ("have been subject to sanctions
    since October 2020")? Then the measure is an earlier act, and its date not the passage's."""
    return any(d.value == date and counted_from(sentence.text, d, pack) for d in find_dates(sentence.text, pack, ref))


_ADDED_GAP = re.compile(r"(?:\s*[^\s,;:.!?()«»\"]+){0,2}\s*")


def _added_to(sentence: Sentence, pack: LanguagePack, hit: Hit) -> bool:
    """Is the measure what the news adds to ("in addition to the travel ban imposed in May",
    « ces inscriptions s'ajoutent à l'interdiction, décidée le 4 juin »: the pack's `added_to`
    cue right before the trigger, a determiner or two between)? Then it is an earlier act the
    report recalls, and its date is not the passage's. A list someone is added to is the act
    itself ("added to the list"), not an earlier one."""
    pat = pack.cue("added_to")
    if pat is None:
        return False
    trigger = sentence.text[hit.start - sentence.start:hit.end - sentence.start]
    if any(pack.has("list_nouns", w) for w in re.findall(r"\w+", trigger)):
        return False
    before = sentence.text[:hit.start - sentence.start]
    return any(_ADDED_GAP.fullmatch(before[m.end():]) for m in pat.finditer(before))


def _standing(sentence: Sentence, pack: LanguagePack, status: str) -> bool:
    """Is an imposed measure said to remain in force (the pack's `standing` cue: "remains in
    place", « restent en vigueur »)? A report then recalls a measure of the issuer it is about,
    named however far back."""
    pat = pack.cue("standing")
    return status == "imposed" and pat is not None and pat.search(sentence.text) is not None


def _coordinated_authorities(parse: Parse, agents: list[Participant]) -> list[Participant]:
    """"Washington, Londres et Ottawa ont annoncé …": the conjuncts of an issuer that the
    knowledge base knows as authorities act too, even where the name tagger missed them."""
    from sanctionwatch.extract.roles import authority_entry

    if not parse.parsed:
        return []
    have = {(p.start, p.end) for p in agents}
    names = {p.name for p in agents}
    out: list[Participant] = []
    for p in agents:
        if p.is_class or p.start is None or p.end is None:
            continue
        i = parse.head_of_span(p.start, p.end)
        if i is None:
            continue
        top = parse.toks[i].head if parse.toks[i].rel == "conj" else i
        for j in [top, *parse.children(top, "conj")]:
            t = parse.toks[j]
            entry = authority_entry(t.text)
            if (entry is None or not entry.issuer or entry.schema == "Person" or (t.start, t.end) in have
                    or entry.name in names or p.start <= t.start < p.end):
                continue
            names.add(entry.name)
            out.append(Participant(t.text, "issuer", entry.schema, None, t.start, t.end))
        before = _authority_coordinated_before(parse, p)
        if before is not None and before.name not in names and (before.start, before.end) not in have:
            names.add(before.name)
            out.append(before)
    return out


def _authority_coordinated_before(parse: Parse, p: Participant) -> Participant | None:
    """« les États-Unis et le Japon doivent … » parsed with the first conjunct as the root: an
    authority written right before the issuer, joined to it by a coordinating word (and its
    determiner), acts with it."""
    from sanctionwatch.extract.roles import authority_entry

    j = parse.at(p.start) if p.start is not None else None
    if j is None:
        return None
    j -= 1
    while j >= 0 and parse.toks[j].label == "det":
        j -= 1
    if j < 1 or parse.toks[j].label != "cc":
        return None
    j -= 1
    for k in (j, j - 1):  # "Japan", "United States"
        if k < 0:
            break
        lo, hi = parse.toks[k].start, parse.toks[j].end
        text = " ".join(parse.toks[i].text for i in range(k, j + 1))
        entry = authority_entry(text)
        if entry is not None and entry.issuer and entry.schema != "Person":
            return Participant(text, "issuer", entry.schema, None, lo, hi)
    return None


def _past(date: str | None, status: str, sentence: Sentence, pack: LanguagePack, ref_date: str | None) -> str | None:
    """An act already imposed or lifted lies before the report: a month or day written without
    its year that would fall after the report's date is last year's ("the EU added him to its
    list in November", in a report of May)."""
    if date is None or ref_date is None or status not in ("imposed", "lifted") or date[:4] != ref_date[:4]:
        return date
    if date[:len(ref_date)] <= ref_date[:len(date)]:
        return date
    relative = any(d.value == date and d.relative for d in find_dates(sentence.text, pack, ref_date))
    return f"{int(date[:4]) - 1:04d}{date[4:]}" if relative else date


def _dated_rounds(sentence: Sentence, pack: LanguagePack, parse: Parse, anchor: int, ref_date: str | None,
                  targets: tuple[Participant, ...], earlier: set[str | None],
                  ) -> list[tuple[str | None, str | None, tuple[Participant, ...]]]:
    """One trigger telling acts of several dates, each with its own people ("had blocked the
    property of A in December 2017 and, in August 2018, of B and C", « a sanctionné A en
    2019 puis, en 2021, B »): (date, precision, targets) per date, the people after a date
    (up to the next) being that date's, a later date coming after a coordinator. [] when the
    sentence tells one act."""
    named = [p for p in targets if not p.is_class and p.start is not None]
    if len(named) < 2 or not parse.parsed:
        return []
    dates = [d for d in find_dates(sentence.text, pack, ref_date) if d.value not in earlier
             and not _date_of_noun(parse, sentence.start + d.start, sentence.start + d.end, anchor)]
    dates.sort(key=lambda d: d.start)
    if len({d.value for d in dates}) < 2:
        return []
    words = pack.words.get("coordination_words", frozenset()) | pack.words.get("coordination_markers", frozenset())
    cuts = [dates[0]]
    for d in dates[1:]:
        before = sentence.text[max(0, d.start - 12):d.start].casefold()
        if d.value != cuts[-1].value and any(w in before.replace(",", " ").split() for w in words):
            cuts.append(d)
    if len(cuts) < 2:
        return []
    groups: list[list[Participant]] = [[] for _ in cuts]
    for p in named:
        rel = (p.start or 0) - sentence.start
        k = max([i for i, d in enumerate(cuts) if d.start <= rel] or [0])
        groups[k].append(p)
    if sum(1 for g in groups if g) < 2:
        return []
    classes = tuple(p for p in targets if p.is_class)
    out: list[tuple[str | None, str | None, tuple[Participant, ...]]] = [
        (d.value, d.precision, tuple(g) + (classes if i == 0 else ()))
        for i, (d, g) in enumerate(zip(cuts, groups, strict=True)) if g]
    return out


def _relative_act(sentence: Sentence, parse: Parse, pack: LanguagePack, anchor: int, ref_date: str | None,
                  mentions: Sequence[Mention]) -> tuple[Participant | None, int, tuple[str | None, str | None]] | None:
    """A measure that a relative clause on the trigger dates as imposed before ("expanded the
    sanctions it first imposed in August 2018", « les sanctions qu'elle avait imposées en
    2018 »): that earlier act, as (issuer or None — "self" for a pronoun —, offset, date).
    The clause's verb must perform an act (the pack's `support` cue) and carry a date."""
    support = pack.cue("support")
    if support is None:
        return None
    for r in parse.children(anchor):
        t = parse.toks[r]
        if t.label not in ("relcl", "acl:relcl"):
            continue
        m = support.match(sentence.text, t.start - sentence.start)
        if m is None or m.start() != t.start - sentence.start:
            continue
        toks = parse.subtree(r)
        lo, hi = parse.toks[toks[0]].start - sentence.start, parse.toks[toks[-1]].end - sentence.start
        dates = [d for d in find_dates(sentence.text, pack, ref_date) if lo <= d.start and d.end <= hi]
        if not dates:
            continue
        who: Participant | None = None
        for k in parse.children(r, "subj"):
            k_tok = parse.toks[k]
            named = [x for x in mentions if x.label in ("ORG", "GPE") and x.start <= k_tok.start < x.end]
            if named:
                who = Participant(named[0].name, "issuer", HINTS[named[0].label], None, named[0].start, named[0].end)
            elif pack.has("pronouns_self", k_tok.text) or pack.has("pronouns_thing", k_tok.text):
                who = Participant("self", "issuer", None, None, None, None)
        return who, t.start, (dates[0].value, dates[0].precision)
    return None


def _told_before(sentence: Sentence, parse: Parse, pack: LanguagePack, anchor: int) -> bool:
    """Is the trigger a definite measure noun that is the subject of what the sentence says
    about it ("Zhao did not say what the penalties would involve", "the sanctions need not be
    permanent", « ces sanctions s'ajoutent à … »)? Not the subject of an act verb (the pack's
    `support` cue: "the sanctions target …", "the measures freeze …") nor a passive subject
    ("the sanctions were lifted"): a measure the report has already told, named again."""
    if not parse.parsed:
        return False
    t = parse.toks[anchor]
    if t.rel != "subj" or t.head == anchor:
        return False
    dets = [parse.toks[k].text.casefold() for k in parse.children(anchor, "aux") if parse.toks[k].label == "det"]
    if not dets or not any(pack.has(g, dets[0]) for g in
                           ("definite_determiners", "definite_words", "anaphoric_determiners")):
        return False
    verb = parse.toks[t.head]
    support = pack.cue("support")
    return support is None or support.match(sentence.text, verb.start - sentence.start) is None


def _whose_airspace(p: Participant) -> bool:
    """Is the name after a closure trigger the authority whose airspace is closed (« le survol
    de l'espace aérien de l'UE »)? A body the knowledge base knows as an issuer is no target."""
    from sanctionwatch.extract.roles import authority_entry

    entry = authority_entry(p.name) if not p.is_class else None
    return entry is not None and entry.issuer and entry.schema != "Person"


def _own_present_call(parse: Parse, pack: LanguagePack, call: int | None) -> bool:
    """Is the call the report's own, made as it is written: "We urge the Council to …", « Nous
    demandons au Conseil … » — a first-person subject (the pack's `pronouns_self`) of a call verb
    with no auxiliary and no participle (not "we have long called for", "we will ask")? Its date
    is the report's, not that of the act told before it."""
    if call is None or not parse.parsed:
        return False
    verb = parse.toks[call]
    if verb.participle or any(parse.toks[k].label in ("aux", "aux:tense", "auxpass", "aux:pass")
                              for k in parse.kids[call]):
        return False
    return any(pack.has("pronouns_self", parse.toks[k].text) for k in parse.children(call, "subj"))


def _demand_verb(parse: Parse, anchor: int) -> int | None:
    """The verb whose act a demanded measure is: the trigger itself when it is a verb ("to
    blacklist"), else the verb it is the object of ("to prepare sanctions"). Measures demanded
    with verbs of their own are separate demands ("asked the Council to blacklist X, to
    prepare sanctions and to shut its airspace"); None without a parse."""
    if not parse.parsed:
        return None
    i = anchor
    for _ in range(3):
        t = parse.toks[i]
        if t.rel in ("root", "clause", "conj") and (parse.children(i, "obj", "aux") or t.rel == "root"):
            return t.start
        if t.head == i or t.rel not in ("obj", "conj", "clause"):
            return None
        i = t.head
    return None


def _no_parents(agents: list[Participant]) -> list[Participant]:
    """"The Council of the EU froze …" names one issuer, not the Council and the Union: of two
    agents the knowledge base knows as a body and the body it belongs to, the body acts."""
    from sanctionwatch.extract.roles import authority_entry

    entries = [authority_entry(p.name) if not p.is_class else None for p in agents]
    parents = {e.parent for e in entries if e is not None and e.parent}
    return [p for p, e in zip(agents, entries, strict=True) if e is None or e.name not in parents]


def _inside(p: Participant, hit: Hit) -> bool:
    """Is the participant written inside the trigger's own span (not a gapped trigger)?"""
    return (not hit.gapped and p.start is not None and p.end is not None
            and hit.start <= p.start and p.end <= hit.end)


def _known_body_owning(sentence: Sentence, pack: LanguagePack, hit: Hit) -> Participant | None:
    """An institution the measure belongs to, named right after it (« ajoutés à la liste des
    sanctions de l'Union européenne », "the list of sanctions of the EU"): the phrase after the
    trigger opens with a complement marker and names a body the knowledge base knows."""
    from sanctionwatch.extract.roles import find_institutions

    lo = hit.end - sentence.start
    hi = min(clause_end(sentence, pack, hit.end) - sentence.start, lo + 60)
    window = sentence.text[lo:hi]
    first = window.replace("’", "'").split()[:1]
    if not first or not pack.has("patient_markers", first[0].casefold()):
        return None
    found = [f for f in find_institutions(window) if f[0] <= 45]
    if not found:
        return None
    start, end, name, schema = found[0]
    return Participant(name, "issuer", schema, None, sentence.start + lo + start, sentence.start + lo + end)


# kinds a trigger gives when it only says that someone was listed ("designated", "sanctioned")
LISTING_KINDS = frozenset({"sanctions", "targeted_measures", "sdn_designation"})


def _legal_basis(sentence: Sentence, pack: LanguagePack) -> tuple[str | None, str | None]:
    for lb in pack.legal_bases:
        m = lb.pattern.search(sentence.text)
        if m:
            return m.group(0), lb.kind
    return None, None


def _anchor(parse: Parse, hit: Hit, pack: LanguagePack | None = None) -> int | None:
    """The token a trigger's arguments hang on: its syntactic head, or for a two-part trigger
    led by a verb ("froze … assets") that verb; a trigger of the form `ordered` ("held") only
    as the participle a verb of ordering governs ("a judge ordered him held"), else nothing
    ("talks held in Geneva", "prisoners held in Evin" are no act of holding anyone)."""
    if not parse.parsed:
        return parse.at(hit.start)
    first = parse.at(hit.start)
    if hit.form == ORDERED:
        # "ordered him held": a participle that is the kind's act only as what is ordered
        ordered = first is not None and pack is not None and ordered_participle(parse, first, pack) is not None
        return first if ordered else None
    if hit.gapped and first is not None and (
            parse.children(first, "subj", "psubj", "obj", "aux") or parse.toks[first].rel in ("root", "clause", "conj")):
        return first
    a = parse.head_of_span(hit.start, hit.end)
    if a is not None and parse.toks[a].label == "compound" and parse.toks[a].head != a:
        # "on the Specially Designated Nationals list": the list is what the verb governs
        return parse.toks[a].head
    return a


def _whole_word(text: str, start: int, end: int, pack: LanguagePack) -> bool:
    """Do `text[start:end]` start and end on a syllable's edge (not "ថា" inside "ស្ថាន": a
    subscript joins the letter to the one before, a vowel sign to the one after)?"""
    if pack.spaced:
        return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
    joined_before = start > 0 and unicodedata.category(text[start]).startswith("M") or (
        start > 0 and text[start - 1] == "\u17d2")
    joined_after = end < len(text) and (unicodedata.category(text[end]).startswith("M") or text[end] == "\u17d2")
    return not joined_before and not joined_after


def _talked_of(sentence: Sentence, pack: LanguagePack, hit: Hit, status: str,
               date_spans: Sequence[tuple[int, int]]) -> bool:
    """Is a measure noun read without a parser only talked of, not done: the object of a verb
    of talking ("discussed sanctions"), or, for an imposed reading, the subject of a copula in a
    clause that no issuer opens ("targeted sanctions are a tool")? Its clause starts after the
    last clause marker or complementizer ("… said that | targeted sanctions are …")."""
    lo = clause_start(sentence, pack, hit.start)
    rel_lo, rel_at = lo - sentence.start, hit.start - sentence.start
    text = sentence.text
    for w in pack.words.get("complementizers", ()):
        k = text.rfind(w, rel_lo, rel_at)
        while k >= 0 and not _whole_word(text, k, k + len(w), pack):
            k = text.rfind(w, rel_lo, k)
        if k >= 0:
            lo = max(lo, sentence.start + k + len(w))
    if discussed(sentence, pack, hit, lo):
        return True
    if status in ("threatened", "called_for") and named_modality(sentence, pack, hit, lo, date_spans):
        return True  # "the threat of foreign sanctions cannot force …"
    return status == "imposed" and copula_subject(sentence, pack, hit, lo, clause_end(sentence, pack, hit.end),
                                                  date_spans)


def read_sentence(sentence: Sentence, parse: Parse, pack: LanguagePack, mentions: Sequence[Mention],
                  ref_date: str | None, coercive: dict[str, bool],
                  agent_is_patient: frozenset[str], story_year: int | None = None,
                  written: Sequence[tuple[str, str]] = ()) -> list[EventFact | MeasureFact]:
    """Every event and measure the sentence states, with slots, status and date. `story_year`:
    the year of the passage the sentence continues (`temporal.story_year`), for a day and
    month written without a year; `written`: the dates written before the sentence, for "the
    same day" (`temporal.anaphoric_dates`)."""
    hits = find_hits(sentence, pack)
    if not hits:
        return []
    inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end
              and m.label in ("PER", "ORG", "GPE")]
    commentators = _commentators(sentence, parse, pack, inside)
    speaker_spans = {(p.start, p.end) for p in commentators}
    speech = pack.cue("speech")
    speech_words = [(sentence.start + m.start(), sentence.start + m.end())
                    for m in (speech.finditer(sentence.text) if speech is not None and commentators else ())]
    legal, legal_kind = _legal_basis(sentence, pack)
    sentence_cues = cue_tokens(sentence, parse, pack)
    lead = sentence.start + dateline_lead(sentence.text)
    inside = [m for m in inside if m.start >= lead]
    avoid = frozenset(t.i for d in find_dates(sentence.text, pack, ref_date) for t in parse.toks
                      if sentence.start + d.start <= t.start and t.end <= sentence.start + d.end)
    avoid |= frozenset(t.i for t in parse.toks if t.end <= lead)
    date_spans = [(sentence.start + d.start, sentence.start + d.end) for d in find_dates(sentence.text, pack, ref_date)]
    out: list[EventFact | MeasureFact] = []
    events_first = sorted(hits, key=lambda h: h.measure)  # victims known before targets
    victims: set[tuple[int | None, int | None]] = set()
    anchors: dict[int, int] = {}  # index in `out` -> anchor token
    reasons: set[int] = set()  # trigger starts of acts named as a measure's reason
    earlier = set()  # dates of acts that relative clauses recall ("the sanctions it imposed in 2018")
    if parse.parsed:
        for hit in hits:
            a = _anchor(parse, hit) if hit.measure else None
            recalled = _relative_act(sentence, parse, pack, a, ref_date, inside) if a is not None else None
            if recalled is not None:
                earlier.add(recalled[2][0])
    names = [(m.start, m.end) for m in inside if m.label in ("ORG", "PER")]
    acts = frozenset(a for h in hits if (a := _anchor(parse, h, pack)) is not None) if parse.parsed else frozenset()
    for hit in events_first:
        if not hit.measure and any(a <= hit.start and hit.end <= b for a, b in names):
            continue  # "the National Election Committee": a word of a name, no event
        anchor = _anchor(parse, hit, pack)
        if anchor is None:
            continue
        if not hit.measure and hit.form == "verb" and _named_by_participle(parse, pack, anchor, hit):
            continue  # « a fait sortir 222 détenus »: the detainees are who was freed, no act
        mod = modality(sentence, parse, pack, anchor, hit.start, hit.end, sentence_cues, hit.measure)
        if not hit.measure and hit.form == "verb" and adnominal_participle(parse, anchor):
            # « libérer toutes les personnes détenues »: the detention that qualifies those to
            # be freed is a state the call presupposes, not part of what it asks
            mod = replace(mod, call=None, schedule=False, threat=False, condition=False, future=False)
        if hit.measure and hit.form == "removal":  # "was delisted", « radié de la liste »: the trigger lifts
            mod = replace(mod, lift=True)
        if hit.measure and hit.form == "instrument" and any(
                hit.start <= parse.toks[k].start < hit.end for k in sentence_cues["threat"]):
            mod = replace(mod, threat=True)  # "all options remain on the table": the phrase threatens
        labels = ("PER", "ORG") if (hit.measure and hit.kind in NAMED_TARGET_KINDS_ONLY) else ("PER", "ORG", "GPE")
        # "X fled" (intransitive: the subject is who it happened to), but "the regime expelled
        # 222 prisoners" (a transitive trigger of the same kind: the subject acts)
        ap = (not hit.measure) and (hit.form == "intransitive" or (hit.kind in agent_is_patient and hit.form != "verb"))
        if parse.parsed:
            # "put into force a list of officials who would be refused entry": the list is
            # the act, its verb's subject the issuer, its members the targets
            listed = list_of_relative(parse, pack, anchor) if hit.measure else None
            slots = parse_slots(sentence, parse, pack, anchor if listed is None else listed, inside, mod,
                                hit.measure, ap, labels, avoid, hit.kind)
            role = parse.toks[anchor].rel
            verbal = bool(parse.children(anchor, "subj", "psubj", "obj")) or role in ("root", "clause") \
                or bool(parse.children(anchor, "aux")) \
                or (hit.form == "verb" and role not in ("obj", "pobj", "subj", "psubj", "prep"))
            if hit.measure and verbal and not any(not p.is_class for p in slots.patients) and not any(
                    u.startswith("target:") for u in slots.unresolved):
                # a parse that lost the object ("Treasury designated commanders A, B and C" read
                # as a noun phrase): the names right after the trigger in its clause
                flat_slots = linear_slots(sentence, pack, hit, inside, hit.measure, ap, labels, mod)
                named = [p for p in flat_slots.patients if p.entity_hint != "Country"
                         and not _government_named(sentence, p)
                         and not after_patient_marker(sentence, pack, p)
                         and not (p.start is not None and p.end is not None
                                  and (owns_other(parse, parse.head_of_span(p.start, p.end), pack)
                                      or under_title(parse, parse.head_of_span(p.start, p.end), pack)))
                         and not _relative_subject(parse, p, anchor) and not _modifies_noun(parse, p)
                         and not any(_names_issuer(p, a) for a in slots.agents)]
                if named:
                    slots.patients[:] = named

        else:
            slots = linear_slots(sentence, pack, hit, inside, hit.measure, ap, labels, mod)
        if hit.form == "closure":  # "shut its airspace to X airlines": the place closed is no target
            flat_slots = linear_slots(sentence, pack, hit, inside, hit.measure, ap, labels, mod)
            slots.patients[:] = [p for p in flat_slots.patients if p.start is not None and p.start >= hit.end
                                 and not _whose_airspace(p)]
        if parse.parsed:
            slots.patients[:] = slots.patients + list_continuation(sentence, pack, slots.patients, inside)
        slots.patients[:] = [_before_trigger(sentence, pack, p, hit) for p in slots.patients]
        slots.patients[:] = [p for p in slots.patients if not _topic_before_colon(sentence, p, hit)
                             and not _inside_cue(sentence, pack, "same_act", p)]
        if hit.measure:  # "Explainer: why the US sanctioned …": the label is no issuer
            slots.agents[:] = [p for p in slots.agents if not _topic_before_colon(sentence, p, hit)]
        if not hit.measure and hit.form == "verb" and parse.parsed and adnominal_participle(parse, anchor):
            # « les personnes détenues »: the noun the participle qualifies, without it
            slots.patients[:] = [_before_participle(sentence, p, hit) for p in slots.patients]
        outside = [p for p in slots.patients if p.start is None or p.end is None
                   or (hit.gapped and not (p.is_class and (hit.form == "intransitive" or p.end == hit.end)))
                   or not (p.start < hit.end and hit.start < p.end)]
        # "stood trial": the trigger's own words fill no slot, nor "their freedom" in the gap
        # of "regained … freedom" (its subject is who was freed), nor "a partial pardon" that
        # ends "granted … pardon"
        slots.patients[:] = outside
        date, precision = _date(sentence, pack, ref_date, hit.start, parse, anchor, story_year, written,
                                frozenset() if hit.measure else acts, (hit.start, hit.end), hit.end, hit.measure)
        if not hit.measure and (years := anniversary_years(sentence, pack, hit)) is not None:
            # « ខួបគម្រប់ ១២ឆ្នាំ នៃការបាញ់សម្លាប់ … »: the day written is the commemoration's
            date = recalled_date(date, years)
            precision = precision if date is not None and len(date) == 10 else (
                ("month" if len(date) == 7 else "year") if date is not None else None)
        elif not hit.measure and anaphoric(sentence, pack, hit, parse, anchor):
            date, precision = None, None  # "this release came three weeks after the 29 July vote"
        if hit.measure:
            status = measure_status(mod, benefit=hit.form == "benefit")
            if status is None or in_legal_title(sentence, pack, hit) or (
                    status != "called_for" and habitual(sentence, pack, date is not None, parse, anchor)):
                continue  # a question, an explainer's "usually …", the name of a law: no act
            if not parse.parsed and supposed_act(sentence, pack, hit, inside, mod):
                continue  # "if Washington listed them, their assets would be frozen"
            if not parse.parsed and _talked_of(sentence, pack, hit, status, date_spans):
                continue  # "the Parliament discussed sanctions", "targeted sanctions are a tool"
            if hit.form == "instrument" and status == "imposed":
                continue  # "all the tools at its disposal": what could be used, no act unless threatened
            if status == "threatened" and not any(not p.is_class for p in slots.agents) \
                    and text_provision(parse, pack, anchor):
                continue  # "the Act sets out a route by which banks … could be penalised": what a
                # law makes possible, no one with the power said it would act
            if hit.form == "framework" and status == "imposed":
                status = "announced"  # "a new visa policy": a rule for who may be refused, not its use
            kind = hit.kind
            date = _past(date, status, sentence, pack, ref_date)
            if legal_kind and kind in LISTING_KINDS and legal_kind != kind and (
                    legal_kind == "sdn_designation" or kind != "targeted_measures"):
                # the law a listing is made under says what it does: "designated under Section
                # 7031(c)" bars entry, "sanctioned under E.O. 13818" blocks property
                kind = legal_kind
            targets = tuple(p for p in slots.patients if (p.start, p.end) not in speaker_spans
                            and (p.is_class or (p.start, p.end) not in victims)
                            and not describes_another(sentence, p.start, p.end, inside, pack))
            meant = _speaker_meant(commentators, slots.unresolved, sentence.lang) \
                if not any(not p.is_class for p in slots.agents) and mod.call is None else None
            if meant is not None:  # "the foreign ministry said it had put into force a list …"
                slots.agents.append(meant[0])
                slots.unresolved.remove(meant[1])
            if not any(not p.is_class for p in slots.agents) and mod.call is None:
                # no named agent ("les ministres des Affaires étrangères des Vingt-Sept" read as
                # a class): a body the knowledge base knows, written before the trigger
                known = (_leader_acting(sentence, parse, pack, inside, hit)
                         or _known_body_before(sentence, pack, hit) or _known_body_owning(sentence, pack, hit))
                if known is not None:
                    slots.agents.append(known)
            if not slots.agents and mod.call is None:
                speaker = _speaking_authority(commentators)
                if speaker is not None:  # "… are now barred from entering, the State Department said"
                    slots.agents.append(speaker)
            # the trigger's own words are no issuer ("Asset freezes are the Treasury's business")
            agents = _no_parents(slots.agents + _coordinated_authorities(parse, slots.agents))
            if mod.bill and mod.call is not None:
                # "reintroduced the X Act, which would freeze …": the bill is what asks, never who acts
                bill_at = parse.toks[mod.call].start
                agents = [p for p in agents if not (p.start is not None and p.end is not None
                                                    and p.start <= bill_at < p.end)]
            issuers: Sequence[Participant | None] = [
                p for p in agents if not p.is_class and not _inside(p, hit)][:4] or [None]
            if status == "called_for" and issuers == [None] and (mod.bill or _text_provides(parse, pack, mod.call)):
                # "earlier versions of the bill proposed blocking …": a text's content, no one's
                # call; "senators introduced a bill that would freeze …" asks it of a government
                # the sentence does not name: no measure to tell whose
                continue
            if status == "called_for":
                issuers = _one_parent(issuers)
            elif status in ("threatened", "announced"):
                issuers = _speaking_department(commentators, _speaking_leader(sentence, pack, commentators, issuers))
            report_dated = status == "called_for" and date is None and bool(ref_date) and (
                not parse.parsed or _own_present_call(parse, pack, mod.call))
            if report_dated and ref_date:
                date, precision = ref_date, ("day" if len(ref_date) >= 10 else "month" if len(ref_date) == 7 else "year")
                # a demand dated by nothing in its sentence is made when the report is
            background = None if parse.parsed or status == "imposed" else background_act(sentence, pack, hit, inside)
            if parse.parsed:
                background = _relative_act(sentence, parse, pack, anchor, ref_date, inside)
                if date is not None and date in earlier:
                    date, precision = None, None  # the date of the act a relative clause recalls
            if background is not None and background[2][0] == date:
                date, precision = None, None  # that date is the earlier act's
            if parse.parsed and kind in DESTINATION_KINDS:  # "arms exports to X": X is the target
                places = [p for p in destination_targets(sentence, parse, pack, anchor, inside, slots.agents)
                          if p.norm() not in {q.norm() for q in targets}]
                # "arms exports to X" read as a class says no more than X
                targets = tuple(p for p in targets if not (p.is_class and any(
                    (p.start or 0) <= (c.start or 0) and (c.end or 0) <= (p.end or 0) for c in places))) + tuple(places)
            rounds = _dated_rounds(sentence, pack, parse, anchor, ref_date, targets, earlier) or [
                (date, precision, targets)]
            for issuer, (date, precision, targets) in ((i, r) for i in issuers for r in rounds):
                # "Britain and Canada imposed …": one measure each; "blocked A in 2017 and, in
                # 2018, B": one measure per date
                out.append(MeasureFact(
                  kind=kind, status=status, issuer=issuer, targets=targets, callers=tuple(slots.callers),
                  date=date, date_precision=precision, legal_basis=legal, quote_start=sentence.start,
                  quote_end=sentence.end, trigger=sentence.text[hit.start - sentence.start:hit.end - sentence.start],
                  confidence=0.7 if parse.parsed else 0.6, doc_id=sentence.doc_id, lang=sentence.lang,
                  trigger_start=hit.start, trigger_end=hit.end, consequence=hit.form == "consequence",
                  commentators=tuple(commentators), unresolved=tuple(slots.unresolved),
                  accused=_accused(sentence, pack, hit), standing=_standing(sentence, pack, status),
                  recalled=bool(date) and (_added_to(sentence, pack, hit) or _since_date(sentence, pack, ref_date, date)),
                  demand_verb=_demand_verb(parse, anchor) if status == "called_for" else None,
                  closure=hit.form == "closure", report_dated=report_dated and date == ref_date,
                  mention=date is None and not any(not p.is_class for p in targets)
                  and _told_before(sentence, parse, pack, anchor),
                ))
            if background is not None:  # "… the visa restrictions which X imposed on 6 December"
                who, at, when = background
                if who is None or who.name == "self":  # "the sanctions it first imposed": the issuer's own
                    who = issuers[0]
                out.append(MeasureFact(
                  kind=kind, status="imposed", issuer=who, targets=targets if parse.parsed else (), callers=(),
                  date=when[0],
                  date_precision=when[1], legal_basis=legal, quote_start=sentence.start, quote_end=sentence.end,
                  trigger=sentence.text[hit.start - sentence.start:hit.end - sentence.start], confidence=0.5,
                  doc_id=sentence.doc_id, lang=sentence.lang, trigger_start=at, trigger_end=at + 1, recalled=True,
                ))
        else:
            if hit.form == "strike" and _struck_by_a_measure(sentence, pack, hit, hits):
                continue  # « l'UE a frappé six responsables d'un gel de leurs avoirs »: no attack
            if coercive.get(hit.kind, False) and any(
                    p.is_class and p.start is not None and p.end is not None and any(
                        h.measure and p.start <= h.start and h.end <= p.end for h in hits) for p in slots.patients):
                # "dismantled its Burma sanctions": no party was dissolved, a measure was lifted
                # (a law setting up a sanctions regime is still legislation)
                continue
            if parse.parsed and _undergoer_is_an_act(parse, anchor, hit, hits):
                continue  # « l'arrestation de X a été condamnée »: the arrest was condemned, no one sentenced
            if mod.denied:
                # "the military denied that its forces targeted civilians", "absurd to claim
                # that the FSB stood behind any poisoning": a claim someone contests is no
                # event of the report, and its parties take no role from it
                continue
            if hit.form == "accusation" and not _accused_by_authority(
                    slots.agents, parse, anchor, pack, _place_inside(inside, hit)):
                continue  # "The Gambia, which accuses Myanmar of genocide": a claim, no charge
            is_coercive = coercive.get(hit.kind, False) or hit.kind in FREED_KINDS
            if hit.kind in PROSECUTION_KINDS and _for_violence(sentence, pack, hit):
                is_coercive = False  # convicted of a killing: the accused, not a victim
            if hit.kind in JUDICIAL_KINDS and _states_only(slots.patients):
                is_coercive = False  # "X accuses Myanmar of genocide": a case between states
            if hit.form == "negative":
                is_coercive = False  # "the court acquitted X": nobody was made to undergo anything
            agents = list(slots.agents)
            if is_coercive and hit.kind not in JUDICIAL_KINDS:
                agents += _commanders(sentence, pack, inside, agents, slots.patients)
                slots.unresolved.extend(_commander_pronouns(sentence, pack, inside))
            elif is_coercive and (slots.patients or date is not None):
                # (only an act the sentence tells: "the judge read out sentences" alone is no
                # second conviction)
                agents += _judges(sentence, pack, inside, agents, slots.patients)
            patients = slots.patients
            reason = _reason_of_measure(sentence, parse, pack, hit, hits, anchor) if is_coercive else None
            if reason is not None:
                reasons.add(hit.start)
            if parse.parsed and is_coercive and hit.kind not in JUDICIAL_KINDS:
                held = _held_responsible(sentence, parse, pack, inside, anchor) + _in_command(
                    sentence, parse, pack, inside, anchor)
                spans = {(p.start, p.end) for p in held}
                patients = [p for p in patients if (p.start, p.end) not in spans]  # the holder underwent nothing
                taken = {(p.start, p.end) for p in agents} | speaker_spans
                agents += [p for p in held if p.role == "agent" and (p.start, p.end) not in taken
                           and not _issuing_authority(p)]
            if parse.parsed and is_coercive and hit.kind not in JUDICIAL_KINDS and not agents \
                    and hit.form == "noun":
                agents += national_agents(parse, anchor)  # "Saudi repression at home": the state acts
            if reason is not None:
                # "designated X for his role in the crackdown on protesters": X is accused of
                # the act the measure answers, the protesters underwent it
                accused_here = [p for p in patients if p.start is not None and p.start < reason]
                measure_hit = max((h for h in hits if h.measure and h.end <= hit.start), key=lambda h: h.end)
                if not accused_here and not agents and not _in_relative_clause(parse, measure_hit):
                    # the parse left the designee out of the act ("designated X for his role
                    # in the crackdown": a state inside a reason is no state of X): the persons
                    # the measure names before the reason are the accused — after its trigger
                    # ("designated X for"), or its passive subject ("X was designated for")
                    accused_here = [Participant(x.name, "agent", HINTS[x.label], None, x.start, x.end)
                                    for x in _designees(sentence, pack, parse, inside, measure_hit, reason)
                                    if (x.start, x.end) not in speaker_spans]
                patients = [p for p in patients if p not in accused_here]
                agents += [p for p in accused_here if not p.is_class and (p.start, p.end) not in speaker_spans
                           and not _issuing_authority(p)]
            # « le tribunal a condamné X à deux ans »: a sentence whose verb is also a speech
            # verb (« condamner » = condemn) -- who sentences is its agent, no speaker
            sentencing = hit.kind in JUDICIAL_KINDS and any(
                a < hit.end and hit.start < b for a, b in speech_words) and _sentences_someone(parse, anchor, patients, pack)
            not_actors = set() if sentencing else speaker_spans
            imposed = _imposed(parse, pack, hit, anchor)
            actors = tuple(Participant(p.name, _actor_role((is_coercive or imposed) and not (
                                           hit.kind in FREED_KINDS and _judicial(p, pack))), p.entity_hint,
                                       p.description, p.start, p.end)
                           for p in agents if (p.start, p.end) not in not_actors and not p.is_class)
            # one actor once ("members of the Presidential Guard": the phrase and its owner)
            actors = tuple({(p.name, p.start, p.end): p for p in actors}.values())
            if hit.kind in JUDICIAL_KINDS:
                # "convicted of insulting the king", « accusé de complot »: the charge, not who
                patients = [p for p in patients if not (p.is_class and after_marker(sentence, p, pack, "charge_markers"))]
            if hit.kind in BENCH_KINDS:  # the court that sentences is never who is sentenced
                patients = [p for p in patients if not is_bench(p, pack)]
            subjects = tuple(Participant(p.name, "victim" if is_coercive else "participant", p.entity_hint,
                                         p.description, p.start, p.end)
                             for p in patients)
            if is_coercive:
                victims.update((p.start, p.end) for p in subjects if not p.is_class)
            anchors[len(out)] = anchor
            hypothetical = mod.schedule or mod.call is not None or mod.condition or mod.threat
            why_hypothetical = ("called_for" if mod.call is not None else "threatened" if mod.threat or mod.condition
                                else "scheduled" if mod.schedule else None)
            duration = _duration(sentence, pack, hit) if hit.kind in DURATION_KINDS else None
            out.append(EventFact(
                kind=hit.kind, date=date, date_precision=precision, place=None, actors=actors,
                subjects=subjects, quote_start=sentence.start, quote_end=sentence.end,
                trigger=sentence.text[hit.start - sentence.start:hit.end - sentence.start],
                confidence=0.7 if parse.parsed else 0.6,
                negated=(mod.negated or hit.form == "negative" or (
                    hit.kind in JUDICIAL_KINDS and withdrawn(sentence, parse, pack, anchor, sentence_cues)))
                and not hypothetical,
                hypothetical=hypothetical, doc_id=sentence.doc_id, lang=sentence.lang,
                trigger_start=hit.start, trigger_end=hit.end, duration=duration,
                commentators=tuple(c for c in commentators if not any((c.start, c.end) == (a.start, a.end) for a in actors)),
                unresolved=tuple(slots.unresolved), modality=why_hypothetical,
            ))
    if reasons:
        out = _reasons_undated(out, reasons)
    if parse.parsed:
        out = _share_subjects(parse, out, anchors)
    else:  # a parse reads the charge from the reason phrase ("for the murder of Y")
        out = sentence_penalties(sentence, pack, charged_agents(sentence, pack, out))
    return sort_by_position(out)


def _reasons_undated(facts: list[EventFact | MeasureFact], reasons: set[int]) -> list[EventFact | MeasureFact]:
    """An act named as the reason of a measure of its sentence (« sanctions … en lien avec le
    meurtre de X ») does not happen on the measure's day: the date the sentence gives it, when
    it is a measure's own, is dropped (the act keeps the date the report tells elsewhere) --
    for an act of named people, which the report can tell again (« la répression » that names
    no one is only known by its sentence and keeps it)."""
    measure_dates = {f.date for f in facts if isinstance(f, MeasureFact) and f.date}
    return [replace(f, date=None, date_precision=None)
            if isinstance(f, EventFact) and f.trigger_start in reasons and f.date in measure_dates
            and any(not p.is_class for p in f.subjects) else f
            for f in facts]


def _share_subjects(parse: Parse, facts: list[EventFact | MeasureFact],
                    anchors: dict[int, int]) -> list[EventFact | MeasureFact]:
    """An event noun attached to another event ("arrested on a treason charge", "sentenced
    at the close of a trial") is about the same people when it names nobody itself."""
    by_anchor = {a: i for i, a in anchors.items()}
    out = list(facts)
    for i, a in anchors.items():
        f = out[i]
        if isinstance(f, EventFact) and f.kind in VIOLENT_KINDS and not f.actors:
            # "X was convicted of murdering Y": the court's finding names X as the killer
            for up in list(parse.ancestors(a))[:3]:
                j = by_anchor.get(up)
                g = out[j] if j is not None else None
                if isinstance(g, EventFact) and g.kind == "conviction":
                    named = tuple(replace(p, role="perpetrator") for p in g.subjects if not p.is_class)
                    out[i] = f = replace(f, actors=named)
                    break
        if not isinstance(f, EventFact) or f.subjects:
            continue
        for depth, up in enumerate(parse.ancestors(a)):
            j = by_anchor.get(up)
            if depth > 3:
                break
            if j is None and parse.toks[up].label == "relcl":
                break  # "the reporters who exposed the killings, …, were freed": a relative
                # clause's own act is not about whoever the main clause's act befell
            if j is None:
                continue
            g = out[j]
            pending = tuple(u for u in g.unresolved if u.startswith("patient:")) if isinstance(g, EventFact) else ()
            if isinstance(g, EventFact) and (g.subjects or pending):
                # "arrested on a treason charge": the charge is about whoever was arrested,
                # a pronoun included (resolved with the document)
                out[i] = replace(f, subjects=tuple(replace(p, role=p.role) for p in g.subjects),
                                 unresolved=f.unresolved + pending)
            break
    return out


def sort_by_position(facts: list[EventFact | MeasureFact]) -> list[EventFact | MeasureFact]:
    return sorted(facts, key=lambda f: (f.trigger_start or 0, f.fact_type, f.kind))


ATTRIBUTION_REACH = 20
"""How far (characters) after an attribution word its source may start: a title ("Secretary ")
fits, "per cent of the funds held by X" does not."""


def _commentators(sentence: Sentence, parse: Parse, pack: LanguagePack,
                  mentions: Sequence[Mention]) -> list[Participant]:
    """Quoted speakers: the subject of a speech verb, or the name after "according to"."""
    pat = pack.cue("speech")
    if pat is None:
        return []
    out: list[Participant] = []
    for m in pat.finditer(sentence.text):
        if m.start() > 0 and m.group(0)[:1].isupper() and sentence.text[:m.start()].strip():
            continue  # "the United States" is not "states"; a capital inside a sentence is a name
        i = parse.at(sentence.start + m.start())
        if i is None:
            continue
        heads = speech_subjects(parse, i) if parse.parsed else []  # "X recalled that … and said that …"
        if parse.parsed and not heads and parse.children(i, "psubj"):
            # "the poisoning was condemned (by X)": who speaks is the agent, never the name
            # inside what was condemned
            heads = [k for c in parse.children(i, "agent") for k in (parse.children(c, "pobj") or [c])]
            if not heads:
                continue
        if heads:
            got, _ = participants_at(parse, heads, "commentator", pack, mentions, ("PER", "ORG"), False)
            out += got
        else:  # "according to X", "X said" without a parse: the nearest name
            after = [x for x in mentions if x.start >= sentence.start + m.end()][:1]
            before = [x for x in mentions if x.end <= sentence.start + m.start()][-1:]
            pick = after if m.group(0).casefold().startswith(("according", "selon")) else before
            out += [Participant(x.name, "commentator", HINTS[x.label], None, x.start, x.end)
                    for x in pick if x.label in ("PER", "ORG")]
    attribution = pack.cue("attribution")  # "…, per Secretary Blinken, …": the source, named right after
    for m in attribution.finditer(sentence.text) if attribution is not None else ():
        at = sentence.start + m.end()
        out += [Participant(x.name, "commentator", HINTS[x.label], None, x.start, x.end)
                for x in mentions if x.label in ("PER", "ORG") and 0 <= x.start - at <= ATTRIBUTION_REACH][:1]
    seen = set()
    uniq = []
    for p in out:
        if (p.start, p.end) not in seen:
            seen.add((p.start, p.end))
            uniq.append(p)
    return uniq
