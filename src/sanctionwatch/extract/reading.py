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
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from sanctionwatch.extract.facts import EventFact, MeasureFact, Participant
from sanctionwatch.extract.syntax import Parse
from sanctionwatch.extract.temporal import find_dates
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Mention, Sentence
from sanctionwatch.sources.dateline import dateline_lead

HINTS = {"PER": "Person", "ORG": "Organization", "GPE": "Country"}
PRONOUN_GROUPS = ("person", "plural", "self", "thing")
"""The pack's pronoun groups (`pronouns_<group>`), named in unresolved slots ("target:person@12")."""
FREED_KINDS = frozenset({"release", "pardon"})
"""Whoever is freed or pardoned was the victim of the detention or sentence before it."""
NAMED_TARGET_KINDS_ONLY = frozenset({"visa_restriction", "asset_freeze", "sdn_designation"})
"""Measures aimed at persons and entities: a country is never their target."""


@dataclass(frozen=True)
class Hit:
    """A trigger found in a sentence (document offsets)."""

    kind: str
    form: str
    start: int
    end: int
    measure: bool
    gapped: bool = False


def _longest(hits: list[Hit]) -> list[Hit]:
    out: list[Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if not any(h.start < o.end and o.start < h.end for o in out):
            out.append(h)
    return sorted(out, key=lambda h: h.start)


def find_hits(sentence: Sentence, pack: LanguagePack) -> list[Hit]:
    """Measure and event triggers, longest first; a measure and an event may share words."""
    return list(_find_hits(sentence.text, sentence.start, pack))


@lru_cache(maxsize=4096)
def _find_hits(text: str, off: int, pack: LanguagePack) -> tuple[Hit, ...]:
    starts = {m.start() for m in pack.trigger_screen.finditer(text)}
    if not starts:
        return ()
    folded = text.casefold().replace("’", "'")
    # every first word that starts where the screen matched ("interdire" also holds "interdi*"):
    # the prefixes of the text there that are first words
    longest = pack.longest_first_word
    words = {folded[p:p + k] for p in starts for k in range(1, longest + 1)
             if folded[p:p + k] in pack.triggers_by_word}
    candidates = [t for w in sorted(words) for t in pack.triggers_by_word[w]]
    measures = [Hit(t.kind, t.form, off + m.start(), off + m.end(), True, t.gapped)
                for t in candidates if t.measure for m in t.pattern.finditer(text)]
    events = [Hit(t.kind, t.form, off + m.start(), off + m.end(), False, t.gapped)
              for t in candidates if not t.measure for m in t.pattern.finditer(text)]
    vetoed = [(off + m.start(), off + m.end()) for m in pack.exclude.finditer(text)]
    hits = [h for h in _longest(measures) + _longest(events)
            if not any(a <= h.start < b for a, b in vetoed)]  # "judges designated to hear the case"
    return tuple(sorted(hits, key=lambda h: (h.start, not h.measure)))


# --------------------------------------------------------------------------------------------
# Modality
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Modality:
    call: int | None = None  # token index of the governing call cue
    threat: bool = False
    condition: bool = False
    future: bool = False
    lift: bool = False
    negated: bool = False
    schedule: bool = False
    background: bool = False
    performative: bool = False
    prohibition: bool = False  # "may no longer enter": the ban stated, its subject is who it hits
    threat_tokens: frozenset[int] = frozenset()  # "n'exclut pas de nouvelles sanctions": who threatens


def _governors(parse: Parse, anchor: int) -> list[set[int]]:
    """Levels of tokens that govern `anchor`: itself, then each ancestor, each with its
    auxiliaries, negations and markers; climbing stops above a relative clause or a subject."""
    levels = []
    i = anchor
    seen = set()
    while i not in seen:
        seen.add(i)
        level = {i, *parse.children(i, "aux")}
        levels.append(level)
        tok = parse.toks[i]
        if tok.head == i or tok.rel in ("subj", "psubj") or (
                i == anchor and tok.label in ("relcl", "acl:relcl", "acl")):
            break
        i = tok.head
    return levels


def _cue_tokens(sentence: Sentence, parse: Parse, pack: LanguagePack, name: str) -> set[int]:
    pat = pack.cue(name)
    if pat is None:
        return set()
    out: set[int] = set()
    for m in pat.finditer(sentence.text):
        lo, hi = sentence.start + m.start(), sentence.start + m.end()
        i = bisect_right(parse.ends, lo)  # the first token ending after the cue starts
        while i < len(parse.toks) and parse.toks[i].start < hi:
            out.add(i)
            i += 1
    return out


_CUES = ("call", "threat", "condition", "future", "lift", "negation", "schedule", "background", "performative",
         "prohibition")


def cue_tokens(sentence: Sentence, parse: Parse, pack: LanguagePack) -> dict[str, set[int]]:
    """Tokens covered by each modality cue of the sentence (computed once per sentence)."""
    return {name: _cue_tokens(sentence, parse, pack, name) for name in _CUES}


def modality(sentence: Sentence, parse: Parse, pack: LanguagePack, anchor: int, start: int,
             end: int | None = None, found: dict[str, set[int]] | None = None) -> Modality:
    """The cues that govern the trigger at token `anchor` (document offset `start`); the
    trigger's own words are never its cue ("ដកទិដ្ឋាការ", revoke a visa, is no lifting)."""
    own = {t.i for t in parse.toks if end is not None and start <= t.start < end}
    found = found if found is not None else cue_tokens(sentence, parse, pack)
    cues = {name: found[name] - (own if name == "lift" else set()) for name in _CUES}
    for name in ("threat", "future", "negation"):
        # « ne pourront plus entrer », "may no longer deal with them": the ban itself, stated
        cues[name] = cues[name] - cues["prohibition"]
    if parse.parsed:
        levels = _governors(parse, anchor)
        gov = set().union(*levels)
        # a modal right before the trigger governs it even when the parse attached it elsewhere
        gov |= {j for j in range(max(0, anchor - 4), anchor)
                if not any(pack.clause_break.fullmatch(parse.toks[k].text) for k in range(j, anchor))}
        near = levels[0] | (levels[1] if len(levels) > 1 else set())
    else:  # word order: cues earlier in the same clause
        lo = _clause_start(sentence, pack, start)
        gov = {t.i for t in parse.toks if lo <= t.start < start}
        near = {t.i for t in parse.toks if lo <= t.start <= start + 12}
        near |= gov
        if end is not None:  # "មិនទទួលស្គាល់" (not recognise) is the measure itself, no negation of it
            for name in ("negation", "lift"):
                cues[name] = _cue_outside(sentence, parse, pack, name, start, end)
        for name in _CUES:  # "ទន្ទឹមនឹង" (meanwhile) holds no future, "សុំទោស" (apologise) no request
            cues[name] = cues[name] - _bound_cue_tokens(sentence, parse, pack, name)
        opener = _call_opener(sentence, pack, lo)
        if opener is not None:  # an item of a list of demands: "២) ឱ្យ X …" ("that X …")
            cues["call"] = cues["call"] | {t.i for t in parse.toks if t.start == opener} or cues["call"]
            gov |= {t.i for t in parse.toks if t.start == opener}
    calls = sorted(cues["call"] & gov)
    return Modality(
        call=calls[-1] if calls else None,
        threat=bool(cues["threat"] & gov),
        condition=bool(cues["condition"] & gov),
        future=bool(cues["future"] & gov),
        lift=bool(cues["lift"] & (near if parse.parsed else gov | near)),
        negated=bool(cues["negation"] & near),
        schedule=bool(cues["schedule"] & gov),
        background=bool(cues["background"] & gov),
        performative=bool(cues["performative"] & gov),
        prohibition=bool(cues["prohibition"] & gov),
        threat_tokens=frozenset(cues["threat"] & gov),
    )


def _cue_outside(sentence: Sentence, parse: Parse, pack: LanguagePack, name: str, start: int, end: int) -> set[int]:
    """Tokens of cue `name` matched outside the trigger's own characters (without a parser a
    token may straddle a word boundary, so the trigger's words are told by offsets)."""
    pat = pack.cue(name)
    if pat is None:
        return set()
    out: set[int] = set()
    for m in pat.finditer(sentence.text):
        lo, hi = sentence.start + m.start(), sentence.start + m.end()
        if start <= lo and hi <= end:
            continue
        out |= {t.i for t in parse.toks if t.start < hi and lo < t.end}
    return out


def _bound_cue_tokens(sentence: Sentence, parse: Parse, pack: LanguagePack, name: str) -> set[int]:
    """Tokens of cue `name` that are only part of a longer word: the second half of a word the
    pack lists in `<name>_not_after` (the future marker "នឹង" in "ទន្ទឹមនឹង", meanwhile), or
    inside a word listed in `<name>_not_in` (the request "សុំ" in "សុំទោស", to apologise)."""
    pat = pack.cue(name)
    after = pack.words.get(f"{name}_not_after", frozenset())
    within = pack.words.get(f"{name}_not_in", frozenset())
    if pat is None or not (after or within):
        return set()
    text = sentence.text
    spans = [(k, k + len(w)) for w in within for k in _all_at(text, w)]
    out: set[int] = set()
    for m in pat.finditer(text):
        if any(text[:m.start()].endswith(w) for w in after) or any(
                a <= m.start() and m.end() <= b for a, b in spans):
            lo, hi = sentence.start + m.start(), sentence.start + m.end()
            out |= {t.i for t in parse.toks if t.start < hi and lo < t.end}
    return out


def _all_at(text: str, word: str) -> list[int]:
    out, k = [], text.find(word)
    while k >= 0:
        out.append(k)
        k = text.find(word, k + 1)
    return out


def _call_opener(sentence: Sentence, pack: LanguagePack, lo: int) -> int | None:
    """Offset of an addressee word that opens the clause after list numbering ("២) ឱ្យ X
    ចាត់វិធានការ …", "2) that X take measures …"): a demand whose verb the list's heading
    said once ("we demand:"). None when the clause opens otherwise."""
    words = pack.words.get("call_openers", frozenset())
    if not words:
        return None
    rel = lo - sentence.start
    m = re.match(r"[\s\d០-៩().\-–•*]*", sentence.text[rel:])
    at = rel + (m.end() if m else 0)
    rest = sentence.text[at:at + 12].casefold()
    return sentence.start + at if any(rest.startswith(w) for w in words) else None


def measure_status(mod: Modality) -> str | None:
    """imposed / announced / threatened / called_for / lifted, or None when the sentence only
    denies it or is too unsure to say (a call to lift, a lifting that may happen)."""
    if mod.lift:
        if mod.call is not None or mod.threat or mod.condition or mod.future or mod.negated:
            return None
        return "lifted"
    if mod.call is not None:
        return "called_for"
    if mod.threat or mod.condition:
        return "threatened"
    if mod.negated:
        return None
    if mod.future and not mod.performative:  # "we announce … will restrict" is the act itself
        return "announced"
    return "imposed"


def _clause_start(sentence: Sentence, pack: LanguagePack, offset: int) -> int:
    rel = offset - sentence.start
    lo = 0
    for m in pack.clause_break.finditer(sentence.text):
        if m.end() <= rel:
            lo = m.end()
    return sentence.start + lo


def _clause_end(sentence: Sentence, pack: LanguagePack, offset: int) -> int:
    rel = offset - sentence.start
    for m in pack.clause_break.finditer(sentence.text):
        if m.start() >= rel:
            return sentence.start + m.start()
    return sentence.end


# --------------------------------------------------------------------------------------------
# Arguments from the parse
# --------------------------------------------------------------------------------------------


def _preps(parse: Parse, i: int) -> list[tuple[str, int]]:
    """(marker, noun) pairs of the prepositional arguments of token `i`, for both label sets:
    `prep -> pobj` (ClearNLP) and `obl/nmod` nouns with a `case` child (UD)."""
    out = []
    for c in parse.children(i, "prep", "agent"):
        pobjs = parse.children(c, "pobj")
        if pobjs:
            lead = [parse.toks[k].text.casefold() for k in parse.children(c, "aux") if k < c]
            marker = " ".join([*lead[-1:], parse.toks[c].text.casefold()])
            out.extend((marker, p) for p in pobjs)
        elif parse.toks[c].rel == "agent":
            continue
        else:
            case = [k for k in parse.children(c, "case") if k < c]
            marker = " ".join(parse.toks[k].text.casefold() for k in case)
            out.append((marker, c))
    return out


def _agent_nouns(parse: Parse, i: int, pack: LanguagePack) -> list[int]:
    out = []
    for c in parse.children(i, "agent"):
        out.extend(parse.children(c, "pobj") or [c])
    passive = bool(parse.children(i, "psubj")) or any(parse.toks[k].label in ("auxpass", "aux:pass")
                                                        for k in parse.children(i, "aux"))
    if passive:
        out += [n for marker, n in _preps(parse, i) if marker in pack.words.get("agent_markers", ())]
    return out


def _is_passive(parse: Parse, i: int) -> bool:
    return bool(parse.children(i, "psubj")) or any(
        parse.toks[k].label in ("auxpass", "aux:pass") for k in parse.children(i, "aux"))


def _phrase_tokens(parse: Parse, head: int, pack: LanguagePack, mentions: Sequence[Mention]) -> list[int]:
    """Tokens of the noun phrase at `head` that can name a participant: relative clauses,
    reasons ("for corruption") and descriptions in apposition to a name are left out."""
    skip = set()
    listing = _coordinated(parse, head, pack)
    for j in parse.subtree(head):
        t = parse.toks[j]
        if t.rel == "clause" and j != head:
            skip.add(j)
        elif t.rel == "appos" and _within_mention(parse, t.head, mentions) and not (
                listing and _label_at(parse, j, mentions) == _label_at(parse, t.head, mentions) == "PER"):
            # "Kem Sokha, the CNRP leader": a description; but in "A, B, C and D" the parser
            # often hangs B on A as an apposition: a name beside a name in a list is an item
            skip.add(j)
    for j in list(parse.subtree(head, frozenset(skip))):
        for marker, noun in _preps(parse, j):
            if marker.split()[:1] and marker.split()[0] in pack.words.get("reason_markers", ()):
                skip.add(noun)
                for c in parse.children(j, "prep"):
                    if noun in parse.children(c, "pobj"):
                        skip.add(c)
    return parse.subtree(head, frozenset(skip))


def _list_continuation(sentence: Sentence, pack: LanguagePack, patients: list[Participant],
                       mentions: Sequence[Mention]) -> list[Participant]:
    """Names that continue a list the parser broke ("Min Aung Hlaing, Soe Win, Than Oo and
    Aung Aung"): after the last named patient, each name joined to the previous one by only a
    comma, a semicolon or a coordination word."""
    named = [p for p in patients if not p.is_class and p.end is not None and p.start is not None]
    if not named:
        return []
    last = max(named, key=lambda p: p.end or 0)
    label = "PER" if last.entity_hint == "Person" else "ORG"
    have = {p.norm() for p in patients}
    end = last.end or 0
    out: list[Participant] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < end:
            continue
        gap = sentence.text[end - sentence.start:m.start - sentence.start].strip()
        words = [w for w in re.split(r"[\s,;]+", gap) if w]
        if len(gap) > 6 or any(not pack.has("coordination_words", w) for w in words) or m.label != label:
            break
        if " ".join(m.name.casefold().split()) not in have:
            out.append(Participant(m.name, last.role, last.entity_hint, None, m.start, m.end))
        end = m.end
    return out


def _coordinated(parse: Parse, head: int, pack: LanguagePack) -> bool:
    """Does the phrase at `head` hold a coordination ("and", « et ») somewhere inside?"""
    return any(parse.toks[j].label == "cc" or pack.has("coordination_words", parse.toks[j].text)
               for j in parse.subtree(head))


def _label_at(parse: Parse, i: int, mentions: Sequence[Mention]) -> str | None:
    t = parse.toks[i]
    return next((m.label for m in mentions if m.start <= t.start and t.end <= m.end), None)


def _within_mention(parse: Parse, i: int, mentions: Sequence[Mention]) -> bool:
    t = parse.toks[i]
    return any(m.start <= t.start and t.end <= m.end for m in mentions)


def _participants_at(parse: Parse, heads: list[int], role: str, pack: LanguagePack,
                     mentions: Sequence[Mention], labels: tuple[str, ...],
                     classes: bool, named_only: frozenset[int] = frozenset()) -> tuple[list[Participant], list[str]]:
    """Named participants in the phrases at `heads` (mentions of `labels`), else the phrase as a
    described class; pronoun heads come back as unresolved slots ("target:he@123")."""
    out: list[Participant] = []
    unresolved: list[str] = []
    for h in heads:
        toks = _phrase_tokens(parse, h, pack, mentions)
        lo, hi = parse.toks[toks[0]].start, parse.toks[toks[-1]].end
        inside = set(toks)
        agentive = role in ("issuer", "agent", "caller", "commentator")
        found = [m for m in mentions if lo <= m.start and m.end <= hi and parse.at(m.start) in inside
                 and m.label in labels and _fills(parse, h, m, pack, agentive)]
        if agentive and len(found) > 1:  # "the Treasury's Office of Foreign Assets Control (OFAC)"
            found = [m for m in found if not _via_appos(parse, h, m)] or found[:1]
        if found:
            out.extend(Participant(m.name, role, HINTS.get(m.label, "Organization"), None, m.start, m.end)
                       for m in found)
            continue
        if not classes and role in ("issuer", "agent", "caller"):
            known = _known_bodies_in(parse, toks)
            if known:  # "the departments of State and Treasury": bodies the knowledge base names
                out.extend(Participant(name, role, schema, None, a, b) for a, b, name, schema in known)
                continue
            proper = _proper_phrase(parse, toks, h, pack)
            if proper is not None:
                out.append(Participant(proper[0], role, "Organization", None, proper[1], proper[2]))
                continue
        word = parse.toks[h].text.casefold()
        group = next((g for g in PRONOUN_GROUPS if pack.has(f"pronouns_{g}", word)), None)
        if group is not None and len(toks) == 1:  # the pack's group, not the word, travels on
            unresolved.append(f"{role}:{group}@{parse.toks[h].start}")
            continue
        if any(pack.has("both_words", parse.toks[j].text) for j in toks[:2]) and len(toks) <= 3:
            unresolved.append(f"{role}:both@{parse.toks[h].start}")
            continue
        count = _counted_anaphor(parse, toks, pack)
        if count is not None:  # "all four", "the three men", « les deux hommes »
            unresolved.append(f"{role}:count{count}@{parse.toks[h].start}")
            continue
        if (classes and h not in named_only and not pack.has("time_nouns", parse.toks[h].text)
                and not pack.has("asset_nouns", parse.toks[h].text)):
            desc = _description(parse, toks, h)
            if desc is not None:
                out.append(Participant(" ".join(desc[0].split()), role, None, desc[0], desc[1], desc[2]))
    return out, unresolved


def _counted_anaphor(parse: Parse, toks: list[int], pack: LanguagePack) -> int | None:
    """A definite counted phrase that points back at people already named: "all four", "the
    three men", « les deux hommes » (a determiner or "all", a number, at most a class noun)."""
    words = [parse.toks[j].text.casefold() for j in toks]
    if not 2 <= len(words) <= 3 or not (pack.has("determiners", words[0]) or pack.has("all_words", words[0])):
        return None
    n = pack.duration_numbers.get(words[1])
    if n is None or not 2 <= n <= 12:
        return None
    if len(words) == 3 and not pack.has("person_class_nouns", words[2]):
        return None
    return n


_PATH_RELS = frozenset({"conj", "appos", "poss", "pobj", "prep", "root"})


def _via_appos(parse: Parse, head: int, m: Mention) -> bool:
    t = parse.head_of_span(m.start, m.end)
    while t is not None and t != head and parse.toks[t].head != t:
        if parse.toks[t].rel == "appos":
            return True
        t = parse.toks[t].head
    return False


def _fills(parse: Parse, head: int, m: Mention, pack: LanguagePack, agentive: bool = False) -> bool:
    """Is the name `m` what the phrase at `head` refers to (the head itself, a conjunct, an
    apposition, a possessor or "of"-complement of it), not a modifier ("two Ortega allies")?
    A country fills it only as the head or a conjunct ("Myanmar's army chief" is not Myanmar)."""
    if not parse.parsed:
        return True
    t = parse.head_of_span(m.start, m.end)
    if t is None:
        return False
    allowed = _PATH_RELS if m.label != "GPE" and not agentive else frozenset({"conj", "appos", "root"})
    while t != head:
        tok = parse.toks[t]
        if tok.head == t:
            return False
        if tok.rel not in allowed:
            return False
        if tok.rel == "poss" and tok.head != head and _owns_other(parse, t, pack):
            return False  # "Hun Sen's bodyguard chief" is not Hun Sen; "X's assets" are X's
        if tok.rel == "prep":
            marker = " ".join(parse.toks[k].text.casefold() for k in parse.children(t, "case"))
            if marker and not pack.has("patient_markers", marker.split()[-1]):
                return False
            if not marker and not pack.has("patient_markers", tok.text):
                return False
            owner = parse.toks[tok.head]
            if owner.rel == "prep" and owner.head != owner.i:
                owner = parse.toks[owner.head]
            # "the assets of X" names X; "officials of the Ministry" names officials, not it
            if owner.i != head and not pack.has("asset_nouns", owner.text):
                return False
            if pack.has("person_class_nouns", owner.text) or pack.has("org_class_nouns", owner.text):
                return False  # « six proches du Kremlin »: the relatives, not the Kremlin
        t = tok.head
    return True


def _owns_other(parse: Parse, t: int | None, pack: LanguagePack) -> bool:
    """Token `t` is the possessor of something that is not its assets ("Hun Sen's bodyguard
    chief"): the phrase is about that thing, not about the possessor."""
    if t is None:
        return False
    tok = parse.toks[t]
    return tok.rel == "poss" and tok.head != t and not pack.has("asset_nouns", parse.toks[tok.head].text)


def _known_bodies_in(parse: Parse, toks: list[int]) -> list[tuple[int, int, str, str]]:
    """Authorities the knowledge base knows, written inside the phrase of `toks`."""
    from sanctionwatch.extract.roles import find_institutions

    if not toks:
        return []
    lo, hi = parse.toks[toks[0]].start, parse.toks[toks[-1]].end
    text = " ".join(parse.toks[j].text for j in toks)
    if len(text) > 120:
        return []
    # offsets of the joined words are only approximate: keep the phrase's own span
    seen: set[str] = set()
    out = []
    for _a, _b, name, schema in find_institutions(text):
        if name not in seen:
            seen.add(name)
            out.append((lo, hi, name, schema))
    return out[:3]


def _proper_phrase(parse: Parse, toks: list[int], head: int, pack: LanguagePack) -> tuple[str, int, int] | None:
    """A capitalised name NER did not tag ("the Treasury", "le Conseil"): the head and its
    capitalised modifiers, without determiners. Only for agents: a body acts, a class does not."""
    t = parse.toks[head]
    pronouns = ("pronouns_person", "pronouns_plural", "pronouns_self", "pronouns_thing", "determiners")
    if not t.text[:1].isupper() or any(pack.has(g, t.text) for g in pronouns):
        return None
    words = [x.text for x in parse.toks if x.text[:1].isalpha()]
    if words and sum(w[:1].isupper() for w in words) > 0.6 * len(words):
        return None  # a Title Case headline: capitals say nothing there
    linking = ("of", "de", "du", "des", "for")
    ok = {j for j in toks if abs(j - head) <= 4 and (parse.toks[j].text[:1].isupper() or j == head
                                                    or parse.toks[j].text.casefold() in linking)}
    # the unbroken run around the head: "Forces under X's command" is "Forces", not "Forces X"
    lo_j = head
    while lo_j - 1 in ok:
        lo_j -= 1
    hi_j = head
    while hi_j + 1 in ok:
        hi_j += 1
    run = [j for j in range(lo_j, hi_j + 1) if parse.toks[j].text.casefold() not in pack.words.get("determiners", ())]
    while run and parse.toks[run[-1]].text.casefold() in ("of", "de", "du", "des", "for"):
        run.pop()
    if not run or len(parse.toks[head].text) < 2:
        return None
    lo, hi = parse.toks[run[0]].start, parse.toks[run[-1]].end
    return " ".join(parse.toks[j].text for j in run), lo, hi


def _description(parse: Parse, toks: list[int], head: int) -> tuple[str, int, int] | None:
    """A described class ("eleven senior officers"): the contiguous words around the head,
    up to the first comma or parenthesis after it, at most 12 words, as written."""
    run = [head]
    for j in range(head - 1, -1, -1):
        if j not in toks or parse.toks[j].text in ",;:(" or head - j > 8:
            break
        run.insert(0, j)
    while len(run) > 1 and parse.toks[run[0]].label == "case":  # « contre 170 personnes »
        run.pop(0)
    for j in range(head + 1, len(parse.toks)):
        if j not in toks or parse.toks[j].text in ",;:()" or len(run) >= 12:
            break
        run.append(j)
    if len(run) == 1 and len(parse.toks[head].text) < 4:
        return None
    lo, hi = parse.toks[run[0]].start, parse.toks[run[-1]].end
    words = [parse.toks[j].text for j in run]
    if not any(w[:1].isalpha() for w in words):
        return None
    text = words[0]
    for prev, j in zip(run, run[1:], strict=False):  # as written: "commander-in-chief", "Myanmar's"
        text += (" " if parse.toks[j].start > parse.toks[prev].end else "") + parse.toks[j].text
    return text, lo, hi


def _governing_verb(parse: Parse, a: int) -> int | None:
    """The verb a nominal trigger depends on, through prepositions and nouns ("added X to the
    list of Specially Designated Nationals" -> added)."""
    i, steps = a, 0
    while steps < 6:
        t = parse.toks[i]
        if t.head == i or t.rel not in ("obj", "psubj", "pobj", "prep", "agent", "conj", "mod"):
            return None if i == a else i
        i = t.head
        steps += 1
        h = parse.toks[i]
        if h.label in ("acl", "acl:relcl") and t.rel in ("agent", "prep") and h.head != i:
            # "the list of persons targeted by measures": the act is what governs the list
            i = h.head
            continue
        if parse.children(i, "subj", "psubj", "obj") or h.rel in ("root", "clause") or h.head == i:
            return i
    return None


@dataclass
class Slots:
    agents: list[Participant]
    patients: list[Participant]
    callers: list[Participant]
    unresolved: list[str]


def parse_slots(sentence: Sentence, parse: Parse, pack: LanguagePack, anchor: int,
                mentions: Sequence[Mention], mod: Modality, measure: bool, agent_is_patient: bool,
                patient_labels: tuple[str, ...], avoid: frozenset[int] = frozenset()) -> Slots:
    """Agent (issuer / actor), patients (targets / subjects) and callers of one trigger."""
    agent_heads: list[int] = []
    patient_heads: list[int] = []
    a = anchor
    passive = _is_passive(parse, a)
    own_subj = parse.children(a, "subj")
    patient_heads += parse.children(a, "obj") + parse.children(a, "psubj")
    if agent_is_patient:  # "X fled", "X is due to stand trial"
        patient_heads += own_subj or ([] if passive else _subject_of(parse, a, mod, 0, pack))
    elif not measure and not own_subj and _opening_participle(parse, a, pack):
        # "Arrested in 2017 on a treason charge, he …": a past participle's subject is who
        # it happened to (its agent, if any, comes with "by")
        passive = True
        patient_heads += _subject_of(parse, a, mod, 0, pack) or parse.children(parse.toks[a].head, "subj", "psubj")
    elif measure and mod.prohibition:  # "she may no longer enter the EU": she is who it hits
        patient_heads += own_subj or ([] if passive else _subject_of(parse, a, mod, 0, pack))
    else:
        agent_heads += ([] if passive else own_subj)
    agent_heads += _agent_nouns(parse, a, pack)
    targets = (set(pack.words.get("target_markers", ())) | set(pack.words.get("patient_markers", ()))
               if measure else set(pack.words.get("event_patient_markers", ())))
    coordinated = set(pack.words.get("coordination_markers", ()))
    for marker, noun in _preps(parse, a):
        if marker in targets or marker in coordinated or (marker.split()[-1:] and marker.split()[-1] in targets):
            patient_heads.append(noun)
    for h in list(patient_heads):  # "X, together with Y": Y is named beside X
        patient_heads += [n for marker, n in _preps(parse, h) if marker in coordinated]
    if measure:
        patient_heads += _owners(parse, a, pack)
    possessors = parse.children(a, "poss")
    patient_heads += possessors
    mods = [k for k in parse.children(a, "mod") if _within_mention(parse, k, mentions)]
    v = _governing_verb(parse, a)
    marker_a = _marker_of(parse, a) or (parse.toks[a].text.casefold() if parse.toks[a].rel == "prep" else "")
    state = not measure and v is not None and pack.has("state_preps", marker_a)
    if state and not agent_is_patient:
        # "X was placed under house arrest", "X remains in detention", « X est en détention »:
        # whoever the verb is about is in that state
        v_subj = parse.children(v, "psubj") or ([] if _is_passive(parse, v) else parse.children(v, "subj"))
        patient_heads += v_subj
        v = None
    if v is not None and not measure and not (parse.toks[a].rel in ("obj", "psubj") and parse.toks[a].head == v):
        v = None  # an event noun lends slots only to the verb whose object it is ("carried out arrests")
    if v is not None and parse.toks[a].rel in ("obj", "pobj", "psubj", "prep", "agent"):
        v_passive = _is_passive(parse, v)
        if not agent_heads and not agent_is_patient and (
                _support_verb(sentence, parse, pack, v) or (measure and v in mod.threat_tokens)):
            # "the EU imposed sanctions", "police carried out arrests" -- but not "Blinken
            # condemned the arrest": only a verb that performs the act lends its subject
            agent_heads += _agent_nouns(parse, v, pack) if v_passive else _subject_of(parse, v, mod, 0, pack)
        for marker, noun in _preps(parse, v):
            if noun != a and (marker in targets):
                patient_heads.append(noun)
        marker = _marker_of(parse, a)
        if measure and marker and pack.has("patient_preps", marker) and mod.call is None:
            # "X has been under US sanctions", "subject to EU sanctions": X is the target
            patient_heads += _subject_of(parse, v, mod, 0, pack)
        elif measure and parse.toks[a].rel in ("pobj", "prep", "agent") and a not in parse.children(v, "obj"):
            # "added X to the list …", "placed X under sanctions": X is the target
            patient_heads += [o for o in parse.children(v, "obj") if o != a]
        if _patient_verb(parse, v, pack) and mod.call is None:
            # "X faces sanctions", « X font l'objet de mesures »: the subject undergoes them
            patient_heads = [h for h in patient_heads if h not in parse.children(v, "obj")]
            patient_heads += parse.children(v, "subj") + parse.children(v, "psubj")
            agent_heads = [h for h in agent_heads if h not in parse.children(v, "subj")]
        elif parse.toks[a].rel in ("obj", "pobj") and v_passive:
            patient_heads += parse.children(v, "psubj")
    if not agent_heads:
        agent_heads += [k for k in parse.children(a, "poss")] if measure and not patient_heads else []
    if not agent_heads and not own_subj and not passive and not agent_is_patient and not (measure and mod.prohibition):
        agent_heads += _subject_of(parse, a, mod, 0, pack)
    callers: list[Participant] = []
    unresolved: list[str] = []
    if mod.call is not None:
        c = mod.call
        subj = parse.children(c, "subj") or _agent_nouns(parse, c, pack)
        if not subj and parse.toks[c].rel == "aux":  # "should": the subject of its verb
            subj = []
        if pack.has("deontic_words", parse.toks[c].text):
            # « les États-Unis et le Japon doivent sanctionner X », "Canada must freeze …": the
            # subject of an obligation is who would act, not who asks
            if measure and not agent_heads:
                agent_heads += subj
            subj = []
        got, unres = _participants_at(parse, subj, "caller", pack, mentions, ("PER", "ORG", "GPE"), False)
        callers += got
        unresolved += unres
        # the addressee of a call is who would impose it: "urged the EU to impose"
        if measure and not agent_heads:
            agent_heads += parse.children(c, "obj")
            agent_heads += [n for marker, n in _preps(parse, c)
                            if marker.split()[-1:] and pack.has("addressee_markers", marker.split()[-1])]
        agent_heads = [h for h in agent_heads if h not in subj]
    agent_heads = _antecedent_of_relatives(parse, _outside(parse, agent_heads, avoid), pack)
    patient_heads = _antecedent_of_relatives(parse, _outside(parse, patient_heads, avoid), pack)
    if (not measure and not own_subj and not patient_heads and not agent_heads
            and parse.toks[a].label in ("advcl", "acl", "conj") and parse.toks[a].head != a):
        # "Arrested in September on a treason charge, Kem Sokha …": a participle without a
        # subject of its own is about the subject of the clause it modifies
        patient_heads += parse.children(parse.toks[a].head, "subj", "psubj")
    if not measure and own_subj and not patient_heads and set(own_subj) <= set(agent_heads):
        # "Jimmy Lai jailed for 20 years": a coercive verb with a subject and no object is a
        # headline's passive -- the subject is who it happened to
        patient_heads, agent_heads = list(own_subj), [h for h in agent_heads if h not in own_subj]
    agents, unres = _participants_at(parse, agent_heads, "issuer" if measure else "agent", pack, mentions,
                                     ("ORG", "GPE", "PER"), False)
    unresolved += unres
    agent_ids = {(p.start, p.end) for p in agents}
    patients, unres = _participants_at(parse, patient_heads, "target" if measure else "patient", pack,
                                       mentions, patient_labels, True, frozenset(possessors))
    unresolved += unres
    patients = [p for p in patients if (p.start, p.end) not in agent_ids]
    if mods and not agents and measure:  # "EU sanctions"; a country only beside named targets
        named = any(not p.is_class for p in patients)
        agents = [Participant(m.name, "issuer", HINTS.get(m.label, "Organization"), None, m.start, m.end)
                  for m in mentions if any(parse.at(m.start) == k for k in mods)
                  and (m.label == "ORG" or (m.label == "GPE" and named))]
    return Slots(agents, patients, callers, unresolved)


def _antecedent_of_relatives(parse: Parse, heads: list[int], pack: LanguagePack) -> list[int]:
    """A relative pronoun stands for the noun its clause describes: in "Maria Kalesnikava,
    who was detained last month", "who" is Maria Kalesnikava."""
    out: list[int] = []
    for h in heads:
        t = parse.toks[h]
        clause = parse.toks[t.head]
        if (pack.has("relative_pronouns", t.text) and t.rel in ("subj", "psubj", "obj")
                and clause.label in ("relcl", "acl:relcl") and clause.head != clause.i):
            out.append(clause.head)
        else:
            out.append(h)
    return out


def _after_marker(sentence: Sentence, p: Participant, pack: LanguagePack, group: str) -> bool:
    """Is the phrase introduced by one of the pack's `group` words (its last word before it)?"""
    if p.start is None:
        return False
    before = sentence.text[:p.start - sentence.start].replace("’", "'").split()
    return bool(before) and pack.has(group, before[-1].casefold())


def _after_patient_marker(sentence: Sentence, pack: LanguagePack, p: Participant) -> bool:
    """Is the name the complement of a noun ("six relatives of the Kremlin", « proches du
    Kremlin »)? Then it says whose, not who."""
    if p.start is None:
        return False
    before = sentence.text[:p.start - sentence.start].replace("’", "'").split()
    last = before[-1].casefold() if before else ""
    return pack.has("patient_markers", last) or (last.endswith("'") and pack.has("patient_markers", last))


def _opening_participle(parse: Parse, a: int, pack: LanguagePack) -> bool:
    """Is token `a` a past participle opening its sentence or clause ("Arrested in 2017 on a
    treason charge, he …", « Condamné en 2019, il … »)? The parse's tag when the pipeline has
    one, else the pack's participle endings; either way a clause modifier with no subject or
    auxiliary of its own, first in the sentence or right after a comma."""
    t = parse.toks[a]
    if t.head == a or t.label not in ("advcl", "acl", "conj", "xcomp") or parse.children(a, "subj", "psubj", "aux"):
        return False
    if a > 0 and parse.toks[a - 1].text not in (",", ";", ":", "—", "–"):
        return False
    word = t.text.casefold()
    return t.participle or pack.has("participles", word) or any(
        word.endswith(e) and len(word) > len(e) + 2 for e in pack.words.get("participle_endings", ()))


def _outside(parse: Parse, heads: list[int], avoid: frozenset[int]) -> list[int]:
    """Heads not in `avoid` (a date, a dateline); one that is stands aside for its apposition:
    in "WASHINGTON — The Treasury designated …" the parser makes the dateline the subject and
    the Treasury its apposition."""
    out: list[int] = []
    for h in heads:
        if h not in avoid:
            out.append(h)
        else:
            out += [k for k in parse.children(h, "appos") if k not in avoid]
    return out


def _owners(parse: Parse, a: int, pack: LanguagePack) -> list[int]:
    """Whose assets a freeze reaches when a clause says it: "froze the assets belonging to
    X", "has frozen whatever assets belong to X and to Y", « les avoirs appartenant à X »."""
    out: list[int] = []
    nouns = [a, *parse.children(a, "obj", "psubj")]
    clauses = [c for n in nouns for c in parse.children(n, "clause")]
    for c in clauses:
        subj = parse.children(c, "subj", "psubj")
        if not (pack.has("asset_nouns", parse.toks[parse.toks[c].head].text)
                or any(pack.has("asset_nouns", parse.toks[k].text) for k in subj)):
            continue
        for k in [c, *parse.children(c, "conj")]:
            for marker, noun in _preps(parse, k):
                if marker.split()[-1:] and pack.has("owner_markers", marker.split()[-1]):
                    out.append(noun)
            if pack.has("owner_markers", parse.toks[k].text):  # "and to Y" read as a conjunct
                out += parse.children(k, "pobj")
    return out


def _marker_of(parse: Parse, a: int) -> str:
    """The preposition that introduces noun `a` ("under" in "under sanctions"), or ""."""
    t = parse.toks[a]
    if t.rel == "pobj" and t.head != a:
        return parse.toks[t.head].text.casefold()
    case = [k for k in parse.children(a, "case") if k < a]
    return parse.toks[case[-1]].text.casefold() if case else ""


def _support_verb(sentence: Sentence, parse: Parse, pack: LanguagePack, v: int) -> bool:
    pat = pack.cue("support")
    if pat is None:
        return True
    t = parse.toks[v]
    m = pat.match(sentence.text, t.start - sentence.start)
    return m is not None and m.start() == t.start - sentence.start


def _subject_of(parse: Parse, v: int, mod: Modality, depth: int = 0,
                pack: LanguagePack | None = None) -> list[int]:
    """The subject of verb `v`; an infinitive, participle or coordinated verb without its own
    takes its head's ("Britain had gone further, imposing sanctions"), except that the
    addressee of a call is who would act ("urged the EU to impose"); a relative pronoun
    stands for the noun its clause describes ("the EU, which imposed …")."""
    subj = parse.children(v, "subj")
    t = parse.toks[v]
    if (subj and pack is not None and t.label in ("relcl", "acl:relcl") and t.head != v
            and all(pack.has("relative_pronouns", parse.toks[k].text) for k in subj)):
        return [t.head]
    if subj or depth > 3:
        return subj
    t = parse.toks[v]
    if t.head == v or t.label in ("relcl", "acl:relcl", "acl"):
        return []
    if t.rel not in ("clause", "conj") and t.label not in ("acomp", "attr", "oprd"):
        return []
    h = t.head
    objs = parse.children(h, "obj")
    if mod.call is not None and objs and t.label in ("xcomp", "ccomp", "advcl"):
        return objs
    return _subject_of(parse, h, mod, depth + 1, pack)


def _patient_verb(parse: Parse, v: int, pack: LanguagePack) -> bool:
    return pack.has("subjects_of_patient_verbs", parse.toks[v].text)


# --------------------------------------------------------------------------------------------
# Arguments from word order (no parser)
# --------------------------------------------------------------------------------------------


def linear_slots(sentence: Sentence, pack: LanguagePack, hit: Hit, mentions: Sequence[Mention],
                 measure: bool, agent_is_patient: bool, patient_labels: tuple[str, ...],
                 mod: Modality) -> Slots:
    """Slots from word order inside the trigger's clause: the agent before the trigger (or after
    an agent particle), patients after it (before it when a passive cue precedes the trigger).

    A pack without a parser is read with its particles too (`_word_order_slots`); a parsed
    language only borrows the names after the trigger here when its parse lost the object."""
    if pack.parser is None:
        return _word_order_slots(sentence, pack, hit, mentions, measure, agent_is_patient, patient_labels, mod)
    lo, hi = _clause_start(sentence, pack, hit.start), _clause_end(sentence, pack, hit.end)
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    before = [m for m in mentions if lo <= m.start and m.end <= hit.start]
    after = [m for m in mentions if hit.end <= m.start and m.end <= hi]
    reason = pack.words.get("reason_markers", frozenset())
    agent_marks = pack.words.get("agent_markers", frozenset())
    cut = hi
    for m in after:
        gap = text[rel(hit.end):rel(m.start)]
        if any(w.casefold() in reason for w in gap.split()) and pack.spaced:
            cut = min(cut, m.start)
    if not pack.spaced:
        for word in reason:
            k = text.find(word, rel(hit.end), rel(hi))
            if k >= 0:
                cut = min(cut, sentence.start + k)
    after = [m for m in after if m.start < cut]
    passive_cue = pack.cue("passive")
    passive = bool(passive_cue and passive_cue.search(text[rel(lo):rel(hit.start)]))
    agents: list[Mention] = []
    patients: list[Mention] = []
    by_agent = [m for m in after if any(text[rel(hit.end):rel(m.start)].rstrip().casefold().endswith(w)
                                        for w in agent_marks)]
    if passive or agent_is_patient:
        patients = [m for m in before if m.label in patient_labels][-3:]
        agents = by_agent[:1]
    elif not measure:
        # word order alone never names a perpetrator: only an agent particle ("by") does
        patients = [m for m in after if m.label in patient_labels and m not in by_agent]
        if not patients:
            patients = [m for m in before if m.label == "PER"][-1:]
        agents = by_agent[:1]
    else:
        agents = [m for m in before if m.label in ("ORG", "GPE", "PER")][-1:] or by_agent[:1]
        patients = [m for m in after if m.label in patient_labels and m not in by_agent]

    callers: list[Participant] = []
    if mod.call is not None and measure:
        cue = pack.cue("call")
        first = cue.search(text, rel(lo)) if cue is not None else None
        at = sentence.start + first.start() if first is not None and first.start() < rel(hit.start) else lo
        callers = [Participant(m.name, "caller", HINTS[m.label], None, m.start, m.end)
                   for m in before if m.end <= at and m.label in ("ORG", "GPE", "PER")][-2:]
        addressees = [m for m in before if m.start >= at and m.label in ("ORG", "GPE")]
        agents = addressees or [m for m in after if m.label in ("ORG", "GPE")][:1]
        patients = [m for m in patients if m not in agents]
    if not agents and not passive and mod.call is None:
        # "the restrictions which Washington imposed": the agent of a relative clause
        for m in after:
            gap = text[rel(hit.end):rel(m.start)]
            if m.label in ("ORG", "GPE") and any(w in gap for w in pack.words.get("relative_markers", ())):
                agents = [m]
                patients = [p for p in patients if p is not m]
                break
    role_a, role_p = ("issuer", "target") if measure else ("agent", "patient")
    return Slots(
        [Participant(m.name, role_a, HINTS.get(m.label, "Organization"), None, m.start, m.end) for m in agents],
        [Participant(m.name, role_p, HINTS.get(m.label, "Organization"), None, m.start, m.end) for m in patients],
        callers, [])


def _ends_with_word(text: str, word: str, spaced: bool) -> bool:
    """Does `text` end with `word` (as a whole word when the script separates words)?"""
    if not word or not text.casefold().endswith(word):
        return False
    k = len(text) - len(word)
    return not spaced or k == 0 or not text[k - 1].isalnum()


def _held(text: str, at: int, pack: LanguagePack, person: bool = False) -> str | None:
    """Is the name at `at` (sentence offset) only the owner of a noun before it? "holder" for
    a person's noun ("the spokesman of X", "officials of X", "member of X"), "owner" after a
    possessive particle ("partners of X", "the Office of X"), None when it is a party itself.
    The assets of X still name X ("freeze the assets of X"); before a person's name a holder
    noun is a title ("Prime Minister X"), not an owner."""
    prev = text[max(0, at - 40):at].rstrip()
    if not person and any(_ends_with_word(prev, h, pack.spaced) for h in pack.words.get("holder_nouns", ())):
        return "holder"
    for w in pack.words.get("possessive_markers", ()):
        if _ends_with_word(prev, w, pack.spaced):
            head = prev[:len(prev) - len(w)].rstrip()
            if any(_ends_with_word(head, a, pack.spaced) or head.endswith(a) for a in pack.words.get("asset_nouns", ())):
                return None
            return "holder" if any(_ends_with_word(head, h, pack.spaced) for h in pack.words.get("holder_nouns", ())) else "owner"
    return None


def _find_word(text: str, words: frozenset[str], lo: int, hi: int, pack: LanguagePack,
               last: bool = False) -> tuple[int, int] | None:
    """The first (or last) of `words` in text[lo:hi] as (start, end), skipping the longer words
    that merely begin with one (the pack's `not_markers`: "លើក", to lift, is not "លើ", on)."""
    found: list[tuple[int, int]] = []
    low = text.casefold()
    blocked = [(j, j + len(b)) for b in pack.words.get("not_markers", frozenset())
               for j in _all_at(low, b)] if not pack.spaced else []
    for w in words:
        k = low.find(w, lo, hi)
        while k >= 0:
            # inside a longer word that merely holds it ("លើក", to lift, holds "លើ", on)
            ok = not any(j <= k and k + len(w) <= e and e - j > len(w) for j, e in blocked)
            if pack.spaced:
                ok = ok and (k == 0 or not low[k - 1].isalnum()) and (
                    k + len(w) >= len(low) or not low[k + len(w)].isalnum())
            if ok:
                found.append((k, k + len(w)))
                if not last:
                    break
            k = low.find(w, k + 1, hi)
    if not found:
        return None
    return max(found, key=lambda f: (f[0], f[1])) if last else min(found, key=lambda f: (f[0], -f[1]))


_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9.&'’-]*(?: [A-Z0-9][A-Za-z0-9.&'’-]*)*")


def _latin_name(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """A name written in Latin letters inside text of another script ("L.Y.P. Group"), the
    first in text[lo:hi]: at least two letters, not a bare code ("B1")."""
    for m in _LATIN_NAME.finditer(text, lo, hi):
        name = m.group(0).rstrip(".-")
        if sum(c.isalpha() for c in name) >= 2 and not (len(name) <= 3 and any(c.isdigit() for c in name)):
            return m.start(), m.start() + len(name)
    return None


def _items(text: str, lo: int, hi: int, pack: LanguagePack) -> list[tuple[int, int]]:
    """text[lo:hi] cut at its coordination markers and commas: the members of a list."""
    words = frozenset(w for w in pack.words.get("coordination_markers", ()) if w) | {",", "،", "、"}
    out = []
    a = lo
    while a < hi:
        nxt = _find_word(text, words, a, hi, pack)
        if nxt is None:
            out.append((a, hi))
            break
        out.append((a, nxt[0]))
        a = nxt[1]
    return [(x, y) for x, y in out if text[x:y].strip()]


def _word_order_slots(sentence: Sentence, pack: LanguagePack, hit: Hit, mentions: Sequence[Mention],
                      measure: bool, agent_is_patient: bool, patient_labels: tuple[str, ...],
                      mod: Modality) -> Slots:
    """Slots of a language read without a parser, from word order and the pack's particles.

    - Agent: the subject, i.e. the name before the first predicate marker ("X បាន…", X has …)
      of the trigger's clause; inside a reported "that"-clause its own subject, else the
      speaker ("the White House warned that [it] will act"). A trigger that points back
      ("this sanction") names no agent of its own: the act is one already reported.
    - Passive ("X ត្រូវ[បាន] Y ចាប់ខ្លួន", X was arrested by Y): X before the cue is the
      patient, a name between the cue and the trigger its agent.
    - Targets and patients: after the trigger (after its target particle when one follows),
      one per member of a list joined by "and" or commas, up to a relative clause, a reason
      or the end of the clause; a name that only owns a noun ("advisor of X") is no member.
    - Pronouns that stand for a person become unresolved slots for the document pass.
    """
    lo, hi = _clause_start(sentence, pack, hit.start), _clause_end(sentence, pack, hit.end)
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    owned = {id(m): _held(text, rel(m.start), pack, m.label == "PER") for m in mentions}
    held = {k for k, v in owned.items() if v} | {id(m) for m in mentions if _is_country(m) and (
        _country_modifies(text, rel(m.start), pack) or _after_place_word(text, rel(m.start), pack))}
    # a body that owns an office still acts through it ("the OFAC office of the Treasury"); a
    # country that owns a noun ("Cambodia's partners") and a person's employer do not
    not_agent = {k for k, v in owned.items() if v == "holder"} | {
        id(m) for m in mentions if owned[id(m)] == "owner" and _is_country(m)}
    before = [m for m in mentions if lo <= m.start and m.end <= hit.start]
    # a name the trigger's last word begins ("បិទ|វិទ្យុអាស៊ីសេរី", close Radio Free Asia) counts
    # as after it, its span clipped to the trigger's end
    after = [m for m in mentions if hit.end <= m.start and m.end <= hi] + [
        replace(m, start=hit.end) for m in mentions if hit.start < m.start < hit.end < m.end <= hi
        and not pack.spaced]
    after.sort(key=lambda m: m.start)
    agent_marks = pack.words.get("agent_markers", frozenset())
    # where the arguments after the trigger stop: a reason, a relative clause, the clause's end
    cut = rel(hi)
    for group in ("reason_markers", "relative_markers"):
        stop = _find_word(text, pack.words.get(group, frozenset()), rel(hit.end), cut, pack)
        if stop is not None:
            cut = stop[0]
    condition = pack.cue("condition")
    if condition is not None:  # "… unless party X is restored": X is no target
        inside = [(k, k + len(w)) for w in pack.words.get("condition_not_in", ()) for k in _all_at(text, w)]
        stops = [m for m in condition.finditer(text, rel(hit.end), cut)
                 if not any(a <= m.start() and m.end() <= b for a, b in inside)]  # "បើក", to open
        if stops:
            cut = stops[0].start()
    pm = _find_word(text, pack.words.get("predicate_markers", frozenset()), rel(hit.end), cut, pack)
    if pm is not None and not measure:
        # "after the murder, Mr X, spokesman, said …": a predicate after the trigger in its
        # clause starts a sentence of its own, whose subject is the name nearest before it
        cut = pm[0]
        subject = [m for m in after if rel(m.end) <= cut][-1:]
        after = [m for m in after if m not in subject]
    after_in = [m for m in after if rel(m.start) < cut]
    by_agent = [m for m in after_in if any(text[rel(hit.end):rel(m.start)].rstrip().casefold().endswith(w)
                                           for w in agent_marks)]
    passive_cue = pack.cue("passive")
    pcue = None
    if passive_cue is not None:
        within = pack.words.get("passive_not_in", frozenset())
        spans = [(k, k + len(w)) for w in within for k in _all_at(text, w)]
        found = [m for m in passive_cue.finditer(text, rel(lo), rel(hit.start))
                 if not any(a <= m.start() and m.end() <= b for a, b in spans)]  # "ទទួលខុសត្រូវ"
        pcue = found[-1] if found else None
        if pcue is not None and any(sentence.start + pcue.end() <= h.start and h.end <= hit.start
                                    for h in find_hits(sentence, pack) if h != hit):
            pcue = None  # the passive of another verb in between ("… which was dissolved, is still held")
    unresolved: list[str] = []
    role_a, role_p = ("issuer", "target") if measure else ("agent", "patient")

    def part(m: Mention, role: str) -> Participant:
        return Participant(m.name, role, HINTS.get(m.label, "Organization"), None, m.start, m.end)

    def pronoun(lo_rel: int, hi_rel: int) -> None:
        """A person pronoun in text[lo_rel:hi_rel] that is not a title before a name (a
        title stands apart before the name it honours, "លោក ហ៊ុន សែន"; a pronoun is glued
        to its verb or ends the phrase). A pronoun the pack marks as one gender
        (`pronouns_female`) is left to a reader that knows its antecedents' genders: the
        nearest name may be a man's."""
        for group in ("person",):  # "they" is as often a crowd as two named people
            got = _find_word(text, pack.words.get(f"pronouns_{group}", frozenset()), lo_rel, hi_rel, pack)
            if got is None:
                continue
            word = text[got[0]:got[1]].casefold()
            nxt = text[got[1]:got[1] + 1]
            titled = any(0 <= rel(m.start) - got[1] <= 1 for m in mentions) or (
                not pack.spaced and nxt.isspace() and text[got[1]:].strip()[:1].isalpha())
            if titled:
                return
            female = pack.has("pronouns_female", word)
            # a name earlier in the same sentence that carries the pronoun's own title
            # ("Mrs X … pardoned her"): the antecedent, whatever the document said before
            same = [m for m in mentions if m.label == "PER" and rel(m.end) <= got[0]
                    and (not female or any(_ends_with_word(text[:rel(m.start)].rstrip(), t, pack.spaced)
                                           for t in pack.words.get("pronouns_female", ())))]
            if female and same:
                patients.append(part(same[-1], role_p))
            elif not female:
                unresolved.append(f"{role_p}:{group}@{sentence.start + got[0]}")
            return

    agents: list[Mention] = []
    patients: list[Participant] = []
    office_agent: Participant | None = None
    if pcue is not None or agent_is_patient:
        edge = sentence.start + pcue.start() if pcue is not None else hit.start
        # "sentenced X to prison (ឱ្យជាប់ពន្ធនាគារ)": who is held is named after the verb before
        caused = any(_ends_with_word(text[:rel(hit.start)].rstrip(), w, pack.spaced)
                     for w in pack.words.get("addressee_markers", ()))
        floor = lo if pcue is not None or not caused else max(
            [h.end for h in find_hits(sentence, pack) if h.end <= edge and h != hit and not h.measure], default=lo)
        patients = [part(m, role_p) for m in before if floor <= m.start and m.end <= edge
                    and m.label in patient_labels and id(m) not in held][-3:]
        relative = _find_word(text, pack.words.get("relative_markers", frozenset()),
                              max(rel(lo), rel(edge) - 6), rel(edge), pack)
        head = [m for m in before if relative is not None and 0 <= relative[0] - rel(m.end) <= 1
                and m.label in patient_labels]
        if head:  # "X, head of party Y, which was dissolved": Y, not X
            patients = [part(m, role_p) for m in head]
        patients += _included(sentence, pack, hit, after, cut, patient_labels, held, role_p)
        mid = [m for m in before if pcue is not None and m.start >= sentence.start + pcue.end()
               and m.label in ("ORG", "GPE", "PER")]
        agents = mid[-1:] or by_agent[:1]
        if not patients and not measure:
            pronoun(rel(lo), rel(edge))
        if not patients and measure and not pack.spaced:  # "ក្រុមហ៊ុន X Ltd ត្រូវបាន… ដាក់ទណ្ឌកម្ម"
            found = _latin_name(text, rel(lo), rel(edge))
            if found is not None:
                patients = [Participant(text[found[0]:found[1]], role_p, "Organization", None,
                                        sentence.start + found[0], sentence.start + found[1])]
    else:
        patients = _listed(sentence, pack, hit, after_in, cut, patient_labels, held, role_p, measure)
        if measure:
            agents = _subject(sentence, pack, hit, [m for m in before if id(m) not in not_agent], lo) or by_agent[:1]
            if agents and agents[0].label == "PER":
                agents = _spoken_for(sentence, pack, agents[0], before) or agents
                office_agent = _office_body(sentence, pack, agents[0]) if agents[0].label == "PER" else None
        else:
            # word order names an agent only when the name is the verb's own subject, right
            # before it ("ប៉ូលិសបានចាប់ខ្លួន", police arrested), or after an agent particle
            own = _own_subject(sentence, pack, hit, [m for m in before if id(m) not in not_agent], lo)
            agents = by_agent[:1] or ([] if mod.negated else own)
            patients = [p for p in patients if not any(p.start == m.start for m in by_agent)]
            if hit.kind in SYMMETRIC_KINDS:  # who meets is met: both sides take part
                patients = [part(m, role_p) for m in own] + patients
                agents = []
            if not patients:
                pronoun(rel(hit.end), min(cut, rel(hit.end) + 16))

    callers: list[Participant] = []
    if mod.call is not None and measure:
        cue = pack.cue("call")
        first = cue.search(text, rel(lo)) if cue is not None else None
        at = sentence.start + first.start() if first is not None and first.start() < rel(hit.start) else lo
        asking = [m for m in before if m.end <= at and m.label in ("ORG", "GPE", "PER") and id(m) not in not_agent]
        callers = [part(m, "caller") for m in _with_coordinated(sentence, asking, pack)]
        agents = [m for m in before if m.start >= at and m.label in ("ORG", "GPE") and id(m) not in not_agent]
        agents = agents or by_agent[:1]
        if not agents:  # an addressee the tagger missed but the knowledge base knows
            from sanctionwatch.extract.roles import find_institutions

            known = find_institutions(text[rel(at):rel(hit.start)])
            if known:
                a, b, name, schema = known[0]
                office_agent = Participant(name, "issuer", schema, None, at + a, at + b)
    agent_ids = {(m.start, m.end) for m in agents}
    patients = [p for p in patients if (p.start, p.end) not in agent_ids]
    issuers = [office_agent] if office_agent is not None else [part(m, role_a) for m in agents]
    if measure:  # "កូរ៉េខាងត្បូង" and "រដ្ឋាភិបាលកូរ៉េខាងត្បូង" are one issuer
        issuers = [_as_country(p, pack) for p in issuers]
    return Slots(issuers, patients, callers, unresolved)


SYMMETRIC_KINDS = frozenset({"meeting"})
"""Events whose subject and object both take part in the same way ("X met Y")."""


def _own_subject(sentence: Sentence, pack: LanguagePack, hit: Hit, before: list[Mention], lo: int) -> list[Mention]:
    """The name that is the trigger's own subject: it ends right before the trigger with only
    predicate markers between ("តុលាការកំពូលក៏បានច្រានចោល"), in the same reported clause."""
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    comp = _find_word(text, pack.words.get("complementizers", frozenset()), rel(lo), rel(hit.start), pack, last=True)
    markers = sorted(pack.words.get("predicate_markers", frozenset()), key=len, reverse=True)
    for m in reversed(before):
        if m.label not in ("ORG", "PER") or (comp is not None and rel(m.start) < comp[1]):
            continue
        gap = text[rel(m.end):rel(hit.start)]
        bare = gap
        for w in markers:
            bare = bare.replace(w, "")
        # a predicate marker must stand between: a name merely beside a verb may be the object
        # of the verb before it ("sentenced the killer of X [to] prison")
        marked = bare != gap or any(text.startswith(w, rel(hit.start)) for w in markers)  # "បានជួប"
        return [m] if not bare.strip() and marked else []
    return []


def _with_coordinated(sentence: Sentence, names: list[Mention], pack: LanguagePack) -> list[Mention]:
    """The last of `names` with those joined to it by "and" or commas ("A and B asked"): the
    nearest subject, not every name earlier in the clause ("after the dissolution of X, Y asked")."""
    if not names:
        return []
    words = frozenset(pack.words.get("coordination_markers", ())) | {",", "،", "、"}
    keep = [names[-1]]
    for m in reversed(names[:-1]):
        between = sentence.text[m.end - sentence.start:keep[0].start - sentence.start]
        rest = between
        for w in sorted(words, key=len, reverse=True):
            rest = rest.replace(w, " ")
        if rest.strip() or not between.strip():  # joined by "and" or a comma, not a mere space
            break
        keep.insert(0, m)
    return keep


def _background_act(sentence: Sentence, pack: LanguagePack, hit: Hit, mentions: Sequence[Mention],
                    ) -> tuple[Participant | None, int, tuple[str | None, str | None]] | None:
    """A measure that a relative clause right after the trigger says was already imposed
    ("ការរឹតត្បិតទិដ្ឋាការ ដែលវ៉ាស៊ីនតោនបានដាក់កាលពី…", the visa restrictions which
    Washington imposed on …; "… ដែលបានដាក់តាំងពី…", in force since …) while the sentence
    itself threatens, lifts or calls for more: (issuer or None, offset, date)."""
    from sanctionwatch.extract.roles import find_institutions

    text = sentence.text
    rel_words = pack.words.get("relative_markers", frozenset())
    support = pack.cue("support")
    if not rel_words or support is None:
        return None
    a = hit.end - sentence.start
    got = _find_word(text, rel_words, a, min(len(text), a + 40), pack)
    if got is None or text[a:got[0]].count(" ") > 3:
        return None
    k = got[1]
    who: Participant | None = None
    body = [m for m in mentions if m.start - sentence.start in (k, k + 1) and m.label in ("ORG", "GPE")]
    if body:
        m = body[0]
        who = Participant(m.name, "issuer", HINTS.get(m.label, "Organization"), None, m.start, m.end)
        k = m.end - sentence.start
    else:
        known = [f for f in find_institutions(text[k:k + 60]) if f[0] <= 1]
        if known:
            start, end, name, schema = known[0]
            who = Participant(name, "issuer", schema, None, sentence.start + k + start, sentence.start + k + end)
            k += end
    markers = sorted(pack.words.get("predicate_markers", frozenset()), key=len, reverse=True)
    if who is None:  # a subject the tagger missed: up to the first predicate marker
        first = _find_word(text, frozenset(markers), k, min(len(text), k + 40), pack)
        if first is not None and " " not in text[k:first[0]].strip():
            k = first[0]
    rest = text[k:k + 30].lstrip()
    stripped = True
    while stripped:
        stripped = False
        for w in markers:
            if rest.startswith(w):
                rest, stripped = rest[len(w):].lstrip(), True
    if len(rest) == len(text[k:k + 30].lstrip()) or support.match(rest) is None:
        return None  # a predicate marker, then a verb that imposes ("បានដាក់")
    at = sentence.start + got[0]
    later = [d for d in find_dates(text, pack.code, None) if d.start >= got[1]]
    when = (later[0].value, later[0].precision) if later and not later[0].relative else (None, None)
    return who, at, when


def _acted_on(before: str, pack: LanguagePack) -> bool:
    """Does a verb that imposes (the pack's `support` cue) or lifts end the text before the
    trigger ("… បានសម្រេចលើកលែង|បម្រាមនេះ")?"""
    tail = before.rstrip()[-14:]
    for name in ("support", "lift"):
        pat = pack.cue(name)
        if pat is not None and any(m.end() == len(tail) for m in pat.finditer(tail)):
            return True
    return False


def _points_back(rest: str, pack: LanguagePack) -> bool:
    """Does the trigger's own word end in a demonstrative ("ទណ្ឌកម្មនេះ", this sanction;
    "ទណ្ឌកម្មឯកតោភាគីនេះ", this unilateral sanction) -- not a time word ("… ថ្ងៃនេះ", today)?"""
    word = rest.split(maxsplit=1)[0] if rest.strip() and not rest[:1].isspace() else ""
    word = word[:16]
    return any(d in word for d in pack.words.get("demonstratives", ())) and not any(
        t in word for t in pack.words.get("time_nouns", ()))


def _subject(sentence: Sentence, pack: LanguagePack, hit: Hit, before: list[Mention], lo: int) -> list[Mention]:
    """The subject of the trigger's clause: the last name before the first predicate marker
    that follows a name; inside a reported "that"-clause, that clause's own."""
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    cands = [m for m in before if m.label in ("ORG", "GPE", "PER")]
    comp = _find_word(text, pack.words.get("complementizers", frozenset()), rel(lo), rel(hit.start), pack, last=True)
    if comp is not None:
        inner = [m for m in cands if rel(m.start) >= comp[1]]
        if inner:
            cands = inner
    demo = pack.words.get("demonstratives", frozenset())
    if demo and _points_back(text[rel(hit.end):], pack) and not _acted_on(text[rel(lo):rel(hit.start)], pack):
        # "this sanction …": an act already reported, said again, names no issuer -- unless
        # a verb that imposes or lifts it governs it ("Y decided to lift this ban")
        return []
    if any(_ends_with_word(text[:rel(hit.start)].rstrip(), c, pack.spaced) for c in pack.words.get("copulas", ())):
        return []  # "… is the first sanction of its kind": what something is called, not an act
    if not cands:
        return []
    return _predicate_subject(text, pack, hit, cands, rel)


def _office_body(sentence: Sentence, pack: LanguagePack, person: Mention) -> Participant | None:
    """The body whose office a person's title names, when the knowledge base knows it: the
    title written before the name with its office word turned into the body's word (the
    pack's `office_bodies`: "រដ្ឋមន្ត្រីការបរទេសអាមេរិក" (Secretary of State) -> the State
    Department). A minister acts for the ministry."""
    from sanctionwatch.extract.roles import find_institutions

    offices = pack.raw.get("grammar", {}).get("office_bodies", {})  # type: ignore[union-attr]
    if not offices:
        return None
    text = sentence.text
    at = person.start - sentence.start
    prev = text[max(0, at - 60):at].rstrip()
    for t in pack.words.get("titles", ()):
        if prev.endswith(t):
            prev = prev[:len(prev) - len(t)].rstrip()
    title = re.split(r"[\s,،]", prev)[-1] if prev else ""
    for office, body in offices.items():
        k = title.find(office)
        if k < 0:
            continue
        found = find_institutions(body + title[k + len(office):])
        if found and found[0][0] == 0:
            _, _, name, schema = found[0]
            start = sentence.start + max(0, at - 60) + prev.rfind(title) + k
            return Participant(name, "issuer", schema, None, start, start + len(title) - k)
    return None


def _spoken_for(sentence: Sentence, pack: LanguagePack, person: Mention, mentions: list[Mention]) -> list[Mention]:
    """The body a spokesperson speaks for, named just before them ("the State Department's
    spokeswoman, Ms Y, announced …"): that body acts, not Y."""
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    return [m for m in mentions if m.label in ("ORG", "GPE") and m.end <= person.start
            and rel(person.start) - rel(m.end) <= 24
            and any(_ends_with_word(text[:rel(m.start)].rstrip(), w, pack.spaced)
                    for w in pack.words.get("speaker_nouns", ()))][-1:]


def _as_country(p: Participant, pack: LanguagePack) -> Participant:
    """A country, or its government named with one of the pack's `government_words`
    ("រដ្ឋាភិបាល" + country), under the country's English name: the headline's "South Korea
    sanctions …" and the body's "the South Korean government imposed …" are one issuer."""
    name = p.name
    for w in sorted(pack.words.get("government_words", ()), key=len, reverse=True):
        if name.casefold().startswith(w):
            name = name[len(w):].strip()
            break
    english = _country_english().get(name.casefold())
    return replace(p, name=english) if english else p


@lru_cache(maxsize=1)
def _country_english() -> dict[str, str]:
    from sanctionwatch.kb.actors import countries

    out: dict[str, str] = {}
    for c in countries().values():
        label = (c.names.get("en") or c.all_names() or ("",))[0]
        for n in c.all_names():
            out.setdefault(n.casefold(), label)
    return out


def _is_country(m: Mention) -> bool:
    """A country's name, however the tagger labelled it (a country owns, it does not act here)."""
    return m.label == "GPE" or m.name.casefold() in _country_names()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    from sanctionwatch.kb.actors import countries

    return frozenset(n.casefold() for c in countries().values() for n in c.all_names())


def _predicate_subject(text: str, pack: LanguagePack, hit: Hit, cands: list[Mention], rel) -> list[Mention]:
    """The last of `cands` before the first predicate marker that follows one of them."""
    markers = pack.words.get("predicate_markers", frozenset())
    start = rel(cands[0].end)
    while markers:
        got = _find_word(text, markers, start, rel(hit.start) + 1, pack)
        if got is None:
            break
        subj = [m for m in cands if rel(m.end) <= got[0]]
        if subj:
            return subj[-1:]
        start = got[1]
    return cands[-1:]


def _country_modifies(text: str, at: int, pack: LanguagePack) -> bool:
    """A country's name written against the noun before it ("ពលរដ្ឋកូរ៉េ", Korean citizens;
    "និស្សិតកូរ៉េ", a Korean student) qualifies that noun: in a script without spaces, a
    letter right before the name that does not end a particle the pack knows."""
    if pack.spaced or at == 0 or not text[at - 1].isalpha() and not unicodedata.category(text[at - 1]).startswith("M"):
        return False
    prev = text[max(0, at - 20):at]
    particles = set()
    for group in ("target_markers", "agent_markers", "coordination_markers", "addressee_markers",
                  "relative_markers", "possessive_markers", "place_markers", "call_openers", "copulas"):
        particles |= pack.words.get(group, frozenset())
    return not any(prev.endswith(w) for w in particles)


def _after_place_word(text: str, at: int, pack: LanguagePack) -> bool:
    """A country named as where something happens ("… នៅកម្ពុជា", in Cambodia)."""
    prev = text[max(0, at - 20):at].rstrip()
    return any(_ends_with_word(prev, w, pack.spaced) for w in pack.words.get("place_markers", ()))


def _included(sentence: Sentence, pack: LanguagePack, hit: Hit, after: list[Mention], cut: int,
              labels: tuple[str, ...], held: set[int], role: str) -> list[Participant]:
    """Members a class names after an inclusion word ("… 23 workers, among them Mr X")."""
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    got = _find_word(text, pack.words.get("inclusion_markers", frozenset()), rel(hit.end),
                     _clause_end(sentence, pack, hit.end) - sentence.start, pack)
    if got is None:
        return []
    titles = sorted(pack.words.get("titles", frozenset()), key=len, reverse=True)

    def bare(gap: str) -> str:
        for t in titles:
            gap = gap.replace(t, " ")
        return gap.strip()

    first = [m for m in after if rel(m.start) >= got[1] and m.label in labels and id(m) not in held
             and not bare(text[got[1]:rel(m.start)])][:1]
    return [Participant(m.name, role, HINTS.get(m.label, "Organization"), None, m.start, m.end) for m in first]


def _listed(sentence: Sentence, pack: LanguagePack, hit: Hit, after: list[Mention], cut: int,
            labels: tuple[str, ...], held: set[int], role: str, latin: bool) -> list[Participant]:
    """The members of the list after the trigger (after its target particle when one follows
    closely), up to `cut`: per member its first name that is not a mere owner, else -- in a
    script written without spaces -- a name in Latin letters ("ក្រុមហ៊ុន L.Y.P. Group")."""
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    start = rel(hit.end)
    marks = pack.words.get("target_markers", frozenset())
    got = _find_word(text, marks, start, min(cut, start + 40), pack)
    if got is not None:
        start = got[1]
    openers = pack.words.get("predicate_openers", frozenset())
    out: list[Participant] = []
    for a, b in _items(text, start, cut, pack):
        seg = text[a:b].strip()
        if any(seg.startswith(w) for w in openers):
            continue  # "… and is an advisor of …": a description, not a member
        ms = [m for m in after if a <= rel(m.start) < b and m.label in labels and id(m) not in held]
        if ms:
            m = ms[0]
            out.append(Participant(m.name, role, HINTS.get(m.label, "Organization"), None, m.start, m.end))
            continue
        if latin and not pack.spaced:  # a measure's target; never a victim from a bare name
            found = _latin_name(text, a, b)
            if found is not None:
                s, e = found
                out.append(Participant(text[s:e], role, "Organization", None, sentence.start + s, sentence.start + e))
    return out


# --------------------------------------------------------------------------------------------
# One sentence
# --------------------------------------------------------------------------------------------


_NOUN_LABELS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "pobj", "nmod", "appos",
                          "compound", "obl:arg", "iobj", "attr"})


def _date_of_noun(parse: Parse, start: int, end: int, anchor: int | None) -> bool:
    """Does the date at [start, end) date a noun other than the trigger ("the coup of
    1 February", « coup d'État du 1er février »)? Then it is that event's date, not the act's."""
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
    if owner != anchor and owner != h and o.label in _NOUN_LABELS and t.label not in ("npadvmod", "obl:tmod"):
        return True
    # a date inside another clause ("the sanctions it first imposed in August 2018", "the EU,
    # which had warned in May, …") dates that clause's act
    pred = _clause_of(parse, h)
    if pred is None or pred == anchor:
        return False
    return anchor not in set(parse.ancestors(pred)) and pred not in set(parse.ancestors(anchor))


_CLAUSE_LABELS = frozenset({"relcl", "acl:relcl", "acl", "advcl", "ccomp", "root"})


def _clause_of(parse: Parse, i: int) -> int | None:
    """The nearest clause head above token `i` (a relative, adverbial or complement clause)."""
    for j in [i, *parse.ancestors(i)]:
        if parse.toks[j].label in _CLAUSE_LABELS:
            return j
    return None


def _date(sentence: Sentence, pack: LanguagePack, ref: str | None, at: int,
          parse: Parse | None = None, anchor: int | None = None) -> tuple[str | None, str | None]:
    dates = find_dates(sentence.text, pack.code, ref)
    if not dates:
        return None, None
    lo, hi = _clause_start(sentence, pack, at), _clause_end(sentence, pack, at)
    rel = at - sentence.start
    same = [d for d in dates if lo - sentence.start <= d.start and d.end <= hi - sentence.start] or dates
    if parse is not None:
        own = [d for d in same if not _date_of_noun(parse, sentence.start + d.start, sentence.start + d.end, anchor)]
        same = own or same
    best = min(same, key=lambda d: min(abs(d.start - rel), abs(d.end - rel)))
    return best.value, best.precision


VIOLENT_KINDS = frozenset({"killing", "attack"})
PROSECUTION_KINDS = frozenset({"arrest", "detention", "charge", "trial", "conviction"})


def _accused(sentence: Sentence, pack: LanguagePack, hit: Hit) -> bool:
    """Does the measure's sentence say its targets are responsible for abuse or corruption
    ("for their role in serious human rights abuse", « tenus pour comptables du coup d'État »)?
    Then the targets it names are accused, not only listed."""
    cue = pack.cue("accusation")
    lo = max(0, hit.start - sentence.start - 200)
    if cue is not None and cue.search(sentence.text, lo) is not None:
        return True
    # a reason marker followed closely by an abuse word: "over the crackdown", « en raison de
    # la répression violente », "for their role in serious human rights abuse"
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", sentence.text[lo:])]
    for i, w in enumerate(words):
        if pack.has("accusation_markers", w) and any(pack.has("accusation_nouns", x) for x in words[i + 1:i + 13]):
            return True
    return False


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
        near = [x for x in mentions if x.label in ("PER", "ORG") and lo <= x.start and x.start <= hi + 2]
        for x in near[:1]:
            if (x.start, x.end) not in taken:
                out.append(Participant(x.name, "agent", HINTS[x.label], None, x.start, x.end))
    return out


def _for_violence(sentence: Sentence, pack: LanguagePack, hit: Hit) -> bool:
    """Is the prosecution for a crime of violence ("convicted of murdering …")? Then its
    subject is an accused, and the one killed is the victim, of the killing."""
    cue = pack.cue("violent_crime")
    if cue is None:
        return False
    hi = _clause_end(sentence, pack, hit.end)
    return cue.search(sentence.text, hit.end - sentence.start, hi - sentence.start) is not None


DURATION_KINDS = frozenset({"political_ban", "conviction", "detention", "house_arrest", "disqualification"})


def _duration(sentence: Sentence, pack: LanguagePack, hit: Hit) -> str | None:
    """ISO 8601 length nearest the trigger in its clause: "five-year ban" -> P5Y,
    "two and a half years" -> P2Y6M."""
    if pack.duration is None:
        return None
    lo, hi = _clause_start(sentence, pack, hit.start), _clause_end(sentence, pack, hit.end)
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


JUDICIAL_KINDS = frozenset({"charge", "trial", "conviction"})


def _actor_role(p: Participant, pack: LanguagePack, coercive: bool, kind: str) -> str:
    """Who acts in a coercive event is its alleged perpetrator, except a court, a judge or a
    prosecutor charging, trying or sentencing: the authority doing its office. A court that
    dissolves a party or bans its members is what the reports accuse."""
    if not coercive:
        return "participant"
    if kind not in JUDICIAL_KINDS:
        return "perpetrator"
    words = p.name.casefold().replace("’", "'").split()
    return "authority" if any(pack.has("judicial_words", w) for w in words) else "perpetrator"


def _known_body_before(sentence: Sentence, pack: LanguagePack, hit: Hit) -> Participant | None:
    """An institution the knowledge base knows, written in the trigger's clause before it, when
    no name tagger found one (Khmer has no tagger for bodies): the nearest one."""
    from sanctionwatch.extract.roles import find_institutions

    lo = _clause_start(sentence, pack, hit.start) - sentence.start
    found = [f for f in find_institutions(sentence.text[lo:hit.start - sentence.start])]
    if not found:
        return None
    start, end, name, schema = found[-1]
    return Participant(name, "issuer", schema, None, sentence.start + lo + start, sentence.start + lo + end)


def _legal_basis(sentence: Sentence, pack: LanguagePack) -> tuple[str | None, str | None]:
    for lb in pack.legal_bases:
        m = lb.pattern.search(sentence.text)
        if m:
            return m.group(0), lb.kind
    return None, None


def _anchor(parse: Parse, hit: Hit) -> int | None:
    """The token a trigger's arguments hang on: its syntactic head, or for a two-part trigger
    led by a verb ("froze … assets") that verb."""
    if not parse.parsed:
        return parse.at(hit.start)
    first = parse.at(hit.start)
    if hit.gapped and first is not None and (
            parse.children(first, "subj", "psubj", "obj", "aux") or parse.toks[first].rel in ("root", "clause", "conj")):
        return first
    a = parse.head_of_span(hit.start, hit.end)
    if a is not None and parse.toks[a].label == "compound" and parse.toks[a].head != a:
        # "on the Specially Designated Nationals list": the list is what the verb governs
        return parse.toks[a].head
    return a


def read_sentence(sentence: Sentence, parse: Parse, pack: LanguagePack, mentions: Sequence[Mention],
                  ref_date: str | None, coercive: dict[str, bool],
                  agent_is_patient: frozenset[str]) -> list[EventFact | MeasureFact]:
    """Every event and measure the sentence states, with slots, status and date."""
    hits = find_hits(sentence, pack)
    if not hits:
        return []
    inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end
              and m.label in ("PER", "ORG", "GPE")]
    commentators = _commentators(sentence, parse, pack, inside)
    speaker_spans = {(p.start, p.end) for p in commentators}
    legal, legal_kind = _legal_basis(sentence, pack)
    sentence_cues = cue_tokens(sentence, parse, pack)
    lead = sentence.start + dateline_lead(sentence.text)
    inside = [m for m in inside if m.start >= lead]
    avoid = frozenset(t.i for d in find_dates(sentence.text, pack.code, ref_date) for t in parse.toks
                      if sentence.start + d.start <= t.start and t.end <= sentence.start + d.end)
    avoid |= frozenset(t.i for t in parse.toks if t.end <= lead)
    out: list[EventFact | MeasureFact] = []
    events_first = sorted(hits, key=lambda h: h.measure)  # victims known before targets
    victims: set[tuple[int | None, int | None]] = set()
    anchors: dict[int, int] = {}  # index in `out` -> anchor token
    for hit in events_first:
        anchor = _anchor(parse, hit)
        if anchor is None:
            continue
        mod = modality(sentence, parse, pack, anchor, hit.start, hit.end, sentence_cues)
        labels = ("PER", "ORG") if (hit.measure and hit.kind in NAMED_TARGET_KINDS_ONLY) else ("PER", "ORG", "GPE")
        # "X fled" (intransitive: the subject is who it happened to), but "the regime expelled
        # 222 prisoners" (a transitive trigger of the same kind: the subject acts)
        ap = (not hit.measure) and (hit.form == "intransitive" or (hit.kind in agent_is_patient and hit.form != "verb"))
        if parse.parsed:
            slots = parse_slots(sentence, parse, pack, anchor, inside, mod, hit.measure, ap, labels, avoid)
            role = parse.toks[anchor].rel
            verbal = bool(parse.children(anchor, "subj", "psubj", "aux", "obj")) or role in ("root", "clause") \
                or (hit.form == "verb" and role not in ("obj", "pobj", "subj", "psubj", "prep"))
            if hit.measure and verbal and not any(not p.is_class for p in slots.patients) and not any(
                    u.startswith("target:") for u in slots.unresolved):
                # a parse that lost the object ("Treasury designated commanders A, B and C" read
                # as a noun phrase): the names right after the trigger in its clause
                flat_slots = linear_slots(sentence, pack, hit, inside, hit.measure, ap, labels, mod)
                named = [p for p in flat_slots.patients if p.entity_hint != "Country"
                         and not _after_patient_marker(sentence, pack, p)
                         and not _owns_other(parse, parse.head_of_span(p.start, p.end), pack)]
                if named:
                    slots.patients[:] = named

        else:
            slots = linear_slots(sentence, pack, hit, inside, hit.measure, ap, labels, mod)
        if parse.parsed:
            slots.patients[:] = slots.patients + _list_continuation(sentence, pack, slots.patients, inside)
        outside = [p for p in slots.patients if p.start is None or p.end is None or hit.gapped
                   or not (p.start < hit.end and hit.start < p.end)]
        slots.patients[:] = outside  # "stood trial": the trigger's own words fill no slot
        date, precision = _date(sentence, pack, ref_date, hit.start, parse, anchor)
        if hit.measure:
            status = measure_status(mod)
            if status is None:
                continue
            kind = hit.kind
            if legal_kind and kind in ("sanctions", "targeted_measures") and legal_kind == "sdn_designation":
                kind = legal_kind
            targets = tuple(p for p in slots.patients if (p.start, p.end) not in speaker_spans
                            and (p.is_class or (p.start, p.end) not in victims))
            if not slots.agents and mod.call is None:
                known = _known_body_before(sentence, pack, hit)
                if known is not None:
                    slots.agents.append(known)
            issuers: list[Participant | None] = [p for p in slots.agents if not p.is_class][:4] or [None]
            if status == "called_for" and date is None and ref_date and not parse.parsed:
                date, precision = ref_date, ("day" if len(ref_date) >= 10 else "month" if len(ref_date) == 7 else "year")
                # a demand dated by nothing in its sentence is made when the report is
            background = None if parse.parsed or status == "imposed" else _background_act(sentence, pack, hit, inside)
            if background is not None and background[2][0] == date:
                date, precision = None, None  # that date is the earlier act's
            for issuer in issuers:  # "Britain and Canada imposed …": one measure each
                out.append(MeasureFact(
                  kind=kind, status=status, issuer=issuer, targets=targets, callers=tuple(slots.callers),
                  date=date, date_precision=precision, legal_basis=legal, quote_start=sentence.start,
                  quote_end=sentence.end, trigger=sentence.text[hit.start - sentence.start:hit.end - sentence.start],
                  confidence=0.7 if parse.parsed else 0.6, doc_id=sentence.doc_id, lang=sentence.lang,
                  trigger_start=hit.start, trigger_end=hit.end, consequence=hit.form == "consequence",
                  commentators=tuple(commentators), unresolved=tuple(slots.unresolved),
                  accused=_accused(sentence, pack, hit),
                ))
            if background is not None:  # "… the visa restrictions which X imposed on 6 December"
                who, at, when = background
                out.append(MeasureFact(
                  kind=kind, status="imposed", issuer=who, targets=(), callers=(), date=when[0],
                  date_precision=when[1], legal_basis=legal, quote_start=sentence.start, quote_end=sentence.end,
                  trigger=sentence.text[hit.start - sentence.start:hit.end - sentence.start], confidence=0.5,
                  doc_id=sentence.doc_id, lang=sentence.lang, trigger_start=at, trigger_end=at + 1,
                ))
        else:
            is_coercive = coercive.get(hit.kind, False) or hit.kind in FREED_KINDS
            if hit.kind in PROSECUTION_KINDS and _for_violence(sentence, pack, hit):
                is_coercive = False  # convicted of a killing: the accused, not a victim
            agents = list(slots.agents)
            if is_coercive and hit.kind not in JUDICIAL_KINDS:
                agents += _commanders(sentence, pack, inside, agents, slots.patients)
            actors = tuple(Participant(p.name, _actor_role(p, pack, is_coercive, hit.kind), p.entity_hint,
                                       p.description, p.start, p.end)
                           for p in agents if (p.start, p.end) not in speaker_spans and not p.is_class)
            patients = slots.patients
            if hit.kind in JUDICIAL_KINDS:
                # "convicted of insulting the king", « accusé de complot »: the charge, not who
                patients = [p for p in patients if not (p.is_class and _after_marker(sentence, p, pack, "charge_markers"))]
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
                confidence=0.7 if parse.parsed else 0.6, negated=mod.negated and not hypothetical,
                hypothetical=hypothetical, doc_id=sentence.doc_id, lang=sentence.lang,
                trigger_start=hit.start, trigger_end=hit.end, commentators=tuple(commentators), duration=duration,
                unresolved=tuple(slots.unresolved), modality=why_hypothetical,
            ))
    if parse.parsed:
        out = _share_subjects(parse, out, anchors)
    return sort_by_position(out)


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
        heads = parse.children(i, "subj") if parse.parsed else []
        if heads:
            got, _ = _participants_at(parse, heads, "commentator", pack, mentions, ("PER", "ORG"), False)
            out += got
        else:  # "according to X", "X said" without a parse: the nearest name
            after = [x for x in mentions if x.start >= sentence.start + m.end()][:1]
            before = [x for x in mentions if x.end <= sentence.start + m.start()][-1:]
            pick = after if m.group(0).casefold().startswith(("according", "selon")) else before
            out += [Participant(x.name, "commentator", HINTS[x.label], None, x.start, x.end)
                    for x in pick if x.label in ("PER", "ORG")]
    seen = set()
    uniq = []
    for p in out:
        if (p.start, p.end) not in seen:
            seen.add((p.start, p.end))
            uniq.append(p)
    return uniq
