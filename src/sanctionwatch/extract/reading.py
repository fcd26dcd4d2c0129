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


_CUES = ("call", "threat", "condition", "future", "lift", "negation", "schedule", "background", "performative")


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
        threat_tokens=frozenset(cues["threat"] & gov),
    )


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
    for j in parse.subtree(head):
        t = parse.toks[j]
        if t.rel == "clause" and j != head:
            skip.add(j)
        elif t.rel == "appos" and _within_mention(parse, t.head, mentions):
            skip.add(j)
    for j in list(parse.subtree(head, frozenset(skip))):
        for marker, noun in _preps(parse, j):
            if marker.split()[:1] and marker.split()[0] in pack.words.get("reason_markers", ()):
                skip.add(noun)
                for c in parse.children(j, "prep"):
                    if noun in parse.children(c, "pobj"):
                        skip.add(c)
    return parse.subtree(head, frozenset(skip))


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
        if (classes and h not in named_only and not pack.has("time_nouns", parse.toks[h].text)
                and not pack.has("asset_nouns", parse.toks[h].text)):
            desc = _description(parse, toks, h)
            if desc is not None:
                out.append(Participant(" ".join(desc[0].split()), role, None, desc[0], desc[1], desc[2]))
    return out, unresolved


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
    run = [j for j in toks if abs(j - head) <= 4 and (parse.toks[j].text[:1].isupper() or j == head
                                                      or parse.toks[j].text.casefold() in ("of", "de", "du", "des", "for"))]
    run = [j for j in run if parse.toks[j].text.casefold() not in pack.words.get("determiners", ())]
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
    if not agent_heads and not own_subj and not passive and not agent_is_patient:
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


def _after_patient_marker(sentence: Sentence, pack: LanguagePack, p: Participant) -> bool:
    """Is the name the complement of a noun ("six relatives of the Kremlin", « proches du
    Kremlin »)? Then it says whose, not who."""
    if p.start is None:
        return False
    before = sentence.text[:p.start - sentence.start].replace("’", "'").split()
    last = before[-1].casefold() if before else ""
    return pack.has("patient_markers", last) or (last.endswith("'") and pack.has("patient_markers", last))


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
    an agent particle), patients after it (before it when a passive cue precedes the trigger)."""
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
    return owner != anchor and owner != h and o.label in _NOUN_LABELS and t.label not in ("npadvmod", "obl:tmod")


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
    return cue is not None and cue.search(sentence.text, max(0, hit.start - sentence.start - 200)) is not None


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
        ap = (not hit.measure) and (hit.kind in agent_is_patient or hit.form == "intransitive")
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
        else:
            is_coercive = coercive.get(hit.kind, False) or hit.kind in FREED_KINDS
            if hit.kind in PROSECUTION_KINDS and _for_violence(sentence, pack, hit):
                is_coercive = False  # convicted of a killing: the accused, not a victim
            actors = tuple(Participant(p.name, _actor_role(p, pack, is_coercive, hit.kind), p.entity_hint,
                                       p.description, p.start, p.end)
                           for p in slots.agents if (p.start, p.end) not in speaker_spans and not p.is_class)
            subjects = tuple(Participant(p.name, "victim" if is_coercive else "participant", p.entity_hint,
                                         p.description, p.start, p.end)
                             for p in slots.patients)
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
            if isinstance(g, EventFact) and g.subjects:
                out[i] = replace(f, subjects=tuple(replace(p, role=p.role) for p in g.subjects))
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
