"""Whether an act is imposed, called for, threatened, announced, lifted or denied: the pack's
modality cues that govern the trigger in the parse (or precede it in its clause when the
language has no parser), and the status they give a measure."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from sanctionwatch.extract.hits import (
    clause_start,
)
from sanctionwatch.extract.syntax import Parse
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Sentence

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
    denied: bool = False  # inside what someone denies or calls absurd: a contested claim, no fact
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
         "prohibition", "denial")


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
        if parse.toks[anchor].rel == "conj" and parse.children(anchor, "aux"):
            # "denied plotting and was arrested": a coordinated verb with its own auxiliary
            # does not share the other's negation ("was not arrested or charged" does)
            near = levels[0]
        denied = _denied_above(parse, anchor, cues["denial"])
    else:  # word order: cues earlier in the same clause
        lo = clause_start(sentence, pack, start)
        gov = {t.i for t in parse.toks if lo <= t.start < start}
        near = {t.i for t in parse.toks if lo <= t.start <= start + 12}
        near |= gov
        if end is not None:  # "មិនទទួលស្គាល់" (not recognise) is the measure itself, no negation of it
            for name in ("negation", "lift"):
                cues[name] = _cue_outside(sentence, parse, pack, name, start, end)
        for name in _CUES:  # "ទន្ទឹមនឹង" (meanwhile) holds no future, "សុំទោស" (apologise) no request
            cues[name] = cues[name] - _bound_cue_tokens(sentence, parse, pack, name)
        denied = _denied_before(sentence, pack, start)
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
        denied=denied,
    )


def _denied_above(parse: Parse, anchor: int, denial: set[int]) -> bool:
    """Is the trigger inside what a denial governs: a complement of "deny" ("denied that its
    forces targeted civilians") or of a copula whose predicate dismisses it ("it was absurd to
    claim that the FSB stood behind any poisoning")? Not the object of the denial ("denied the
    charges": the charges exist, the guilt is denied), nor a verb coordinated with it ("denied
    plotting and was arrested"); climbing stops at a relative clause or a subject."""
    if not denial:
        return False
    i, seen = anchor, set()
    while i not in seen:
        seen.add(i)
        t = parse.toks[i]
        if t.head == i or t.rel in ("subj", "psubj", "conj") or t.label in ("relcl", "acl:relcl"):
            return False
        h = t.head
        if h in denial:
            return not (i == anchor and t.rel == "obj")
        if any(k in denial and parse.toks[k].label in ("acomp", "attr") for k in parse.children(h, "other")):
            return True
        i = h
    return False


def _denied_before(sentence: Sentence, pack: LanguagePack, start: int) -> bool:
    """Without a parse: a denial cue earlier in the sentence whose complement, opened by one
    of the pack's complementizers ("ក្រសួងបដិសេធការចោទថា ខ្លួនគាបសង្កត់…", the ministry
    denies the accusation that it represses …), holds the trigger."""
    pat = pack.cue("denial")
    if pat is None:
        return False
    rel = start - sentence.start
    for m in pat.finditer(sentence.text, 0, rel):
        between = sentence.text[m.end():rel]
        if any(w in between for w in pack.words.get("complementizers", ())):
            return True
    return False


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
    spans = [(k, k + len(w)) for w in within for k in all_at(text, w)]
    out: set[int] = set()
    for m in pat.finditer(text):
        if any(text[:m.start()].endswith(w) for w in after) or any(
                a <= m.start() and m.end() <= b for a, b in spans):
            lo, hi = sentence.start + m.start(), sentence.start + m.end()
            out |= {t.i for t in parse.toks if t.start < hi and lo < t.end}
    return out


def all_at(text: str, word: str) -> list[int]:
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
