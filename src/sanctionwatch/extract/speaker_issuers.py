"""The speaker of a threat as its issuer.

Why: a threat is the act of whoever makes it. "President X warned that the United States would
impose sanctions", "the State Department warned that Washington would take further action":
the country named in the clause is the one that would act, but the one who threatens, and so
the issuer a reader records, is the speaker when the speaker acts for that same country (a head
of state or government of it, or one of its bodies). A speaker of another state, an NGO or a
journalist leaves the issuer as the clause names it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sanctionwatch.extract.facts import Participant
from sanctionwatch.extract.leaders import is_leader
from sanctionwatch.extract.syntax import Parse
from sanctionwatch.kb.actors import capital_code, country_code, leader
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Mention

CLIMB = 8
"""How many heads above the trigger the speaking verb may be."""


def _speaking_verb(parse: Parse, anchor: int, pack: LanguagePack) -> int | None:
    """The nearest verb above the trigger that says or warns (the pack's `speech` or `threat` cues)."""
    j = anchor
    for _ in range(CLIMB):
        nxt = parse.toks[j].head
        if nxt == j:
            return None
        j = nxt
        word = parse.toks[j].text
        if parse.toks[j].rel not in ("root", "conj", "clause"):
            continue  # a noun ("an immediate review of …") says nothing
        if any(p is not None and p.fullmatch(word.casefold()) for p in (pack.cue("speech"), pack.cue("threat"))):
            return j
    return None


_SUBORDINATE = frozenset({"advcl", "relcl", "acl", "acl:relcl", "csubj", "csubjpass", "xcomp"})
"""Clause labels of a verb whose subject speaks for its own clause only."""


def speech_subjects(parse: Parse, verb: int) -> list[int]:
    """Who speaks through the speech verb at `verb`: its subject; for a coordinated verb
    without one ("X recalled that … and said that …"), the subject of the verb it is
    coordinated with; and when the parser hung that coordination on a clause with no active
    subject ("…, the broad programme having been lifted in 2016, and said that …"), the
    subject of the first main verb of the sentence (no subordinating word, no adverbial or
    relative clause), who then says both."""
    subjects = parse.children(verb, "subj")
    t = parse.toks[verb]
    if subjects or t.rel != "conj" or t.head == verb:
        return subjects
    subjects = parse.children(t.head, "subj")
    if subjects or parse.children(verb, "psubj"):
        return subjects
    for k in range(verb):
        tk = parse.toks[k]
        if (tk.rel in ("root", "clause", "conj") and tk.label not in _SUBORDINATE
                and parse.children(k, "subj")
                and not any(parse.toks[j].label == "mark" for j in parse.children(k))):
            return parse.children(k, "subj")
    return []


def _speaker_country(m: Mention, text_before: str, pack: LanguagePack) -> str | None:
    """The country a speaker acts for: a head of state or government the knowledge base knows,
    or a state body whose chain of parents in the base reaches a country (the State Department:
    the United States)."""
    if m.label == "PER":
        known = leader(m.name) if is_leader(m.name, text_before, pack) else None
        return known.country if known is not None else None
    from sanctionwatch.extract.roles import authority_entry

    entry = authority_entry(m.name)
    seen: set[str] = set()
    while entry is not None and entry.name not in seen:
        seen.add(entry.name)
        if entry.parent is None:
            return None
        code = country_code(entry.parent)
        if code is not None:
            return code
        entry = authority_entry(entry.parent)
    return None


def speaker_of_threat(parse: Parse, anchor: int, pack: LanguagePack, agents: list[Participant],
                      mentions: Sequence[Mention], text: str, offset: int) -> list[Participant]:
    """`agents` of a threatened measure, or the speaker who threatens for the one country they
    name. `text` is the sentence's text starting at document offset `offset`."""
    if len(agents) != 1 or agents[0].is_class:
        return agents
    code = country_code(agents[0].name) or capital_code(agents[0].name)  # a country or its capital
    verb = _speaking_verb(parse, anchor, pack) if code else None
    if verb is None:
        return agents
    for s in speech_subjects(parse, verb):  # "X recalled that … and said that …"
        tok = parse.toks[s]
        for m in mentions:
            if m.start <= tok.start and tok.end <= m.end:
                before = text[max(0, m.start - offset - 40):max(0, m.start - offset)]
                if _speaker_country(m, before, pack) == code:
                    hint = "Person" if m.label == "PER" else "PublicBody"
                    return [Participant(m.name, "issuer", hint, None, m.start, m.end)]
    return agents
