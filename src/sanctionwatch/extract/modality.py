"""Whether an act is imposed, called for, threatened, announced, lifted or denied: the pack's
modality cues that govern the trigger in the parse (or precede it in its clause when the
language has no parser), and the status they give a measure."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from sanctionwatch.extract.hits import (
    clause_end,
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
    question: bool = False  # "will he be sanctioned?": asked, not stated
    bill: bool = False  # the call is a bill's content ("a bill that would freeze …"): asked of a government
    calls: frozenset[int] = frozenset()  # every call word that governs the trigger ("urged X to press Y for …")


def _chain(parse: Parse, anchor: int, climb_passive: bool = False) -> list[int]:
    """`anchor` and the tokens that govern it, nearest first; climbing stops above a relative
    clause or a subject. A measure that is the passive subject of its clause ("sanctions
    could be imposed", « les sanctions ont été levées ») is what that verb acts on: its
    modality is the verb's, so with `climb_passive` the climb goes on through it."""
    chain: list[int] = []
    i = anchor
    while i not in chain:
        chain.append(i)
        tok = parse.toks[i]
        passive_measure = climb_passive and i == anchor and (
            tok.rel == "psubj" or (tok.rel == "subj" and _passive_complement(parse, tok.head)))
        if tok.head == i or (tok.rel in ("subj", "psubj") and not passive_measure) or (
                (tok.label in ("relcl", "acl:relcl") or (i == anchor and tok.label == "acl"))
                and not _content_clause(parse, i) and (i == anchor or not _opened_by_mark(parse, i))):
            # a relative clause tells its own act: "the committee, which imposed a ban on him in
            # 2017, is expected to review it" recalls a ban in force, not one expected
            break
        if _across_semicolon(parse, i):
            break  # "X designated him in 2019; he was removed in 2022": two sentences in one
        i = tok.head
    return chain


_CLAUSE_LABELS = frozenset({"ccomp", "parataxis", "conj", "advcl", "xcomp"})


def _across_semicolon(parse: Parse, i: int) -> bool:
    """Is the clause headed by `i` attached to its head across a semicolon ("Britain had
    designated him in 2019; he was removed from the list in 2022", parsed as one clause
    complementing the other)? A semicolon joins two statements: a cue of one does not govern
    the other, so the climb stops there."""
    t = parse.toks[i]
    if t.head == i or t.label not in _CLAUSE_LABELS:
        return False
    lo, hi = sorted((i, t.head))
    return any(parse.toks[k].text == ";" for k in range(lo + 1, hi))


def _opened_by_mark(parse: Parse, i: int) -> bool:
    """Is the clause headed by `i` opened by a complementizer ("said the same day that it would
    not send …" parsed as a relative on "day")? A relative is opened by a pronoun, not by a
    mark: such a clause is what the speech verb above it says."""
    return any(parse.toks[k].label == "mark" and k < i for k in parse.children(i))


def _withheld_until(parse: Parse, pack: LanguagePack, chain: list[int], levels: list[set[int]],
                    negation: set[int]) -> tuple[int, int] | None:
    """A clause opened by one of the pack's `until_marks` below a refused or negated verb:
    "Cyprus refused to approve the package until the bloc sanctioned Turkey", « a refusé
    d'approuver le paquet tant que l'UE ne sanctionnait pas la Turquie ». The act of that
    clause is the price of consent, demanded, not done: (its level in the chain, the mark)."""
    marks = pack.words.get("until_marks", frozenset())
    if not marks or not negation:
        return None
    for k, i in enumerate(chain[:-1]):
        if parse.toks[i].label != "advcl":
            continue
        # « tant que » is parsed as an adverb, "until" as a mark: the word is what counts
        mark = next((c for c in parse.children(i) if c < i and parse.toks[c].text.casefold() in marks), None)
        if mark is not None and negation & set().union(*levels[k + 1:]):
            return k, mark
        return None
    return None


def _bill_content(parse: Parse, pack: LanguagePack, chain: list[int]) -> int | None:
    """A bill (the pack's `bill_nouns`: "bill", « proposition de loi », a text not yet law) whose
    content the trigger tells: the subject of a verb of the trigger's clause ("the bill would
    block the assets of …", « le projet de loi imposerait … ») or the noun a relative clause
    of the trigger describes ("a bill that would freeze …"). The bill's token, or None."""
    for i in chain:
        t = parse.toks[i]
        for k in parse.children(i, "subj", "psubj"):
            if pack.has("bill_nouns", parse.toks[k].text):
                return k
        if t.label in ("relcl", "acl:relcl", "acl") and t.head != i and _is_bill(parse, pack, t.head):
            return t.head
        if t.rel in ("subj", "psubj") or t.label in ("relcl", "acl:relcl"):
            break
    return None


def _is_bill(parse: Parse, pack: LanguagePack, k: int) -> bool:
    """Is the noun at `k` a bill: one of the pack's `bill_nouns`, or a legal text (its
    `legal_text_nouns`: "act", "legislation", « loi ») that a verb of legislative procedure
    (its `bill_verbs`: "introduced", "reintroduced", "tabled", « a déposé ») has as object?
    "Senators reintroduced the X Accountability Act, which would freeze …": a text put
    before a legislature is not law, what it would do is asked of those who can enact it."""
    tok = parse.toks[k]
    if pack.has("bill_nouns", tok.text):
        return True
    if not pack.has("legal_text_nouns", tok.text) or tok.head == k:
        return False
    return tok.rel == "obj" and pack.has("bill_verbs", parse.toks[tok.head].text)


def _text_subject(parse: Parse, pack: LanguagePack, verb: int) -> bool:
    """Is the subject of `verb` one of the pack's `legal_text_nouns` (through a relative pronoun,
    its antecedent: "the order, which allows …")?"""
    t = parse.toks[verb]
    subj = parse.children(verb, "subj")
    if subj and all(pack.has("relative_pronouns", parse.toks[k].text) for k in subj) and t.head != verb:
        subj = [t.head]
    return any(pack.has("legal_text_nouns", parse.toks[k].text) for k in subj)


def text_provision(parse: Parse, pack: LanguagePack, anchor: int) -> bool:
    """Is the trigger at `anchor` what a legal text provides for: below a verb whose subject is
    one of the pack's `legal_text_nouns`, climbing through relative and complement clauses ("the
    Act sets out a route by which banks … could be penalised", "the law allows officials to be
    barred", « la loi permet que des banques soient sanctionnées »)? A trigger with an active
    subject of its own is someone's act, not the text's."""
    if not parse.parsed or parse.children(anchor, "subj"):
        return False
    i = anchor
    for _ in range(6):
        t = parse.toks[i]
        if t.head == i:
            return False
        i = t.head
        subj = parse.children(i, "subj")
        if subj:
            return any(pack.has("legal_text_nouns", parse.toks[k].text) for k in subj)
    return False


def _bill_before(sentence: Sentence, parse: Parse, pack: LanguagePack, start: int) -> int | None:
    """Without a parse: a bill noun written earlier in the trigger's clause, with no other
    clause between ("… បានដាក់សេចក្តីព្រាងច្បាប់ដែលនឹងបង្កកទ្រព្យសម្បត្តិ …", introduced a bill
    that would freeze the assets …). The first token of that noun, or None."""
    words = pack.words.get("bill_nouns", frozenset())
    if not words:
        return None
    lo = clause_start(sentence, pack, start) - sentence.start
    text = sentence.text[lo:start - sentence.start].casefold()
    found = [text.rfind(w) for w in words]
    at = max(found, default=-1)
    if at < 0:
        return None
    at += sentence.start + lo
    return next((t.i for t in parse.toks if t.start <= at < t.end or t.start >= at), None)


def _copular_predicate(parse: Parse, anchor: int, pack: LanguagePack | None = None) -> set[int]:
    """The predicate said of a measure that is the subject of a copula: "further sanctions are
    possible", « de nouvelles sanctions sont possibles », "sanctions are likely". The measure is
    only what the predicate says of it (possible, likely, ready), so the predicate's cues govern
    it although the climb stops at a subject."""
    tok = parse.toks[anchor]
    if tok.rel != "subj" or tok.head == anchor:
        return set()
    h = tok.head
    out = {k for k in parse.children(h) if parse.toks[k].label in ("acomp", "attr")}
    if any(parse.toks[k].label == "cop" for k in parse.children(h)):
        out.add(h)  # a parse that heads the clause by its predicate (« possibles » ← « sont »)
    if pack is not None and pack.has("copulas", parse.toks[h].text) and not parse.children(h, "obj"):
        # "all options remain on the table", « les sanctions sont en préparation »: a place
        # or state said of the measure by a copula is a predicate too
        for k in parse.children(h, "prep"):
            out |= {k, *parse.subtree(k)}
    return out


def _light_object(parse: Parse, chain: list[int]) -> set[int]:
    """The object of the verb a measure hangs on through a preposition, with its modifiers:
    "reached a political agreement on new sanctions", « ont donné leur accord de principe à de
    nouvelles sanctions », "made a proposal for an arms embargo". The verb says little; its
    object names what was done about the measure (agreed in principle, proposed, warned of),
    so that object's cues govern the measure as the verb's own would."""
    if len(chain) < 2 or parse.toks[chain[0]].rel not in ("pobj", "prep"):
        return set()
    verb = next((i for i in chain[1:] if parse.toks[i].rel not in ("pobj", "prep")), None)
    if verb is None or not (parse.toks[verb].rel in ("root", "clause", "conj") or parse.children(verb, "subj", "psubj")):
        return set()
    out: set[int] = set()
    for o in parse.children(verb, "obj"):
        if o in chain:
            continue
        out.add(o)
        for c in parse.children(o):
            if parse.toks[c].rel in ("mod", "prep", "pobj") and c not in chain:
                out.add(c)
                out |= {g for g in parse.children(c) if parse.toks[g].rel in ("pobj", "prep")}
    return out


def _content_clause(parse: Parse, i: int) -> bool:
    """Is the clause headed by `i` what its noun says, opened by a complementizer ("the demand
    that all prisoners be released", « l'exigence que X soit libéré »)? Unlike a relative or a
    participle that describes the noun ("the people detained"), it tells the noun's content:
    a demand's, a threat's, a plan's; so the noun's modality is its modality."""
    t = parse.toks[i]
    return t.label == "acl" and any(parse.toks[k].label == "mark" and k < i for k in parse.children(i))


def _passive_complement(parse: Parse, verb: int) -> bool:
    """Does `verb` take a passive infinitive ("pourraient être imposées", "are likely to be
    lifted")? Then its subject is what the passive acts on, as a passive subject is."""
    return any(parse.toks[c].label == "xcomp" and any("pass" in parse.toks[a].label for a in parse.children(c, "aux"))
               for c in parse.children(verb, "clause"))


def _governors(parse: Parse, chain: list[int]) -> list[set[int]]:
    """Levels of tokens that govern the chain's anchor: each token of the chain with its
    auxiliaries, negations and markers."""
    return [{i, *parse.children(i, "aux")} for i in chain]


def _coordinator_before(parse: Parse, anchor: int) -> set[int]:
    """The coordinator that joins a coordinated event verb to the one before it, with its
    own modifiers ("burned her passport rather than be pushed out of the country", "was not
    charged nor held"): the parser hangs it on the first verb, yet it is what says whether the
    second act happened."""
    t = parse.toks[anchor]
    if t.rel != "conj" or t.head == anchor:
        return set()
    ccs = [k for k in parse.children(t.head) if t.head < k < anchor and parse.toks[k].label in ("cc", "preconj")]
    return {k for c in ccs[-1:] for k in (c, *parse.children(c))}


def _near(parse: Parse, chain: list[int], levels: list[set[int]]) -> set[int]:
    """The anchor's own level and that of the first word above it that is not a mere
    preposition: "the lifting of the sanctions", "removed X from its sanctions list" (the
    preposition between the measure and the lifting word is no level of its own)."""
    near = set(levels[0])
    if len(chain) > 1 and parse.toks[chain[0]].rel == "conj" and parse.children(chain[0], "obj"):
        # "ended the special treatment and cut off exports": a coordinated verb with its own
        # object is an act of its own, not what the first verb ends
        return near
    for k in range(1, len(chain)):
        near |= levels[k]
        below = parse.toks[chain[k - 1]]
        if not (below.rel == "pobj" and below.head == chain[k]):
            break
    return near


def _cue_spans(sentence: Sentence, pack: LanguagePack, name: str) -> list[tuple[int, int]]:
    """Document offsets of every match of the pack's cue `name` in the sentence."""
    pat = pack.cue(name)
    if pat is None or name not in pack.cues_in(sentence.text):
        return []
    return [(sentence.start + m.start(), sentence.start + m.end()) for m in pat.finditer(sentence.text)]


def _cue_tokens(sentence: Sentence, parse: Parse, pack: LanguagePack, name: str) -> set[int]:
    out: set[int] = set()
    for lo, hi in _cue_spans(sentence, pack, name):
        i = bisect_right(parse.ends, lo)  # the first token ending after the cue starts
        while i < len(parse.toks) and parse.toks[i].start < hi:
            out.add(i)
            i += 1
    return out


_INSERT_ENDS = frozenset({",", ";", ":", "(", ")", "—", "–"})
"""Punctuation across which a modal word before a trigger no longer governs it."""

_CUES = ("call", "threat", "condition", "future", "lift", "negation", "rejection", "schedule", "background",
         "performative", "prohibition", "denial")


def cue_tokens(sentence: Sentence, parse: Parse, pack: LanguagePack) -> dict[str, set[int]]:
    """Tokens covered by each modality cue of the sentence (computed once per sentence), but
    a capitalised word of a written date: "In May 2021 the EU froze …" names a month, not the
    modal "may"."""
    months = _month_tokens(sentence, parse, pack)
    out = {name: _cue_tokens(sentence, parse, pack, name) - months for name in _CUES}
    out["call"] = out["call"] - _inside_longer(sentence, parse, pack, "call", "threat")
    # "… should the crackdown continue": an inverted condition, no demand
    out["call"] = out["call"] - _inside_longer(sentence, parse, pack, "call", "condition")
    return out


def _inside_longer(sentence: Sentence, parse: Parse, pack: LanguagePack, name: str, other: str) -> set[int]:
    """Tokens of a cue `name` whose match lies inside a longer match of cue `other`: "seeking"
    asks, but "seeking ways to suspend …" only looks for a way to act (a threat)."""
    longer = _cue_spans(sentence, pack, other)
    if not longer:
        return set()
    inside: set[int] = set()
    for lo, hi in _cue_spans(sentence, pack, name):
        if any(a <= lo and hi <= b and b - a > hi - lo for a, b in longer):
            inside |= {t.i for t in parse.toks if lo <= t.start < hi}
    return inside


def _month_tokens(sentence: Sentence, parse: Parse, pack: LanguagePack) -> set[int]:
    from sanctionwatch.extract.temporal import find_dates

    spans = [(sentence.start + d.start, sentence.start + d.end) for d in find_dates(sentence.text, pack)]
    return {t.i for t in parse.toks if t.text[:1].isupper()
            and any(a <= t.start and t.end <= b for a, b in spans)}


def _lazy_cue(found: dict[str, set[int]], name: str, sentence: Sentence, parse: Parse,
              pack: LanguagePack) -> set[int]:
    """Tokens of cue `name`, computed the first time a trigger of the sentence needs them
    (speech verbs for a backshifted "would", "whether" for a measure): most sentences never
    ask, and matching a cue list is the costly part of reading modality."""
    if name not in found:
        found[name] = _cue_tokens(sentence, parse, pack, name)
    return found[name]


def modality(sentence: Sentence, parse: Parse, pack: LanguagePack, anchor: int, start: int,
             end: int | None = None, found: dict[str, set[int]] | None = None,
             measure: bool = False) -> Modality:
    """The cues that govern the trigger at token `anchor` (document offset `start`); the
    trigger's own words are never its cue ("ដកទិដ្ឋាការ", revoke a visa, is no lifting).
    A `measure` that is the passive subject of its verb takes that verb's cues ("sanctions
    could be imposed if …"); one told inside a relative clause that describes who is on a
    list ("a list of officials who would be refused entry") takes the list's."""
    found = found if found is not None else cue_tokens(sentence, parse, pack)
    if parse.parsed and measure:
        listed = list_of_relative(parse, pack, anchor)
        if listed is not None:
            t = parse.toks[listed]
            return modality(sentence, parse, pack, listed, t.start, t.end, found, measure)
    own = {t.i for t in parse.toks if end is not None and start <= t.start < end}
    cues = {name: found[name] - (own if name == "lift" else set()) for name in _CUES}
    for name in _CUES:  # "ទន្ទឹមនឹង" (meanwhile) holds no future, "សុំទោស" (apologise) no request,
        # « la cour d'appel » no call
        cues[name] = cues[name] - _bound_cue_tokens(sentence, parse, pack, name)
    for name in ("threat", "future", "negation"):
        # « ne pourront plus entrer », "may no longer deal with them": the ban itself, stated
        cues[name] = cues[name] - cues["prohibition"]
    withheld: int | None = None
    if parse.parsed:
        cues["threat"] = cues["threat"] - _qualifying_assets(parse, pack, cues["threat"])
        chain = _chain(parse, anchor, climb_passive=measure)
        levels = _governors(parse, chain)
        if measure:
            held = _withheld_until(parse, pack, chain, levels, cues["negation"])
            if held is not None:  # "refused to approve it until the bloc sanctioned Turkey"
                k, withheld = held
                chain, levels = chain[:k + 1], levels[:k + 1]
                cues["negation"] = cues["negation"] - set(parse.children(chain[k]))
        gov = set().union(*levels)
        # a modal right before the trigger governs it even when the parse attached it elsewhere
        # ("would impose"), but not across a comma that closes an inserted clause ("the sanctions,
        # which the EU agreed to in March, froze …")
        gov |= {j for j in range(max(0, anchor - 4), anchor)
                if not any(pack.clause_break.fullmatch(parse.toks[k].text) or parse.toks[k].text in _INSERT_ENDS
                           for k in range(j, anchor))}
        near = levels[0] | (levels[1] if len(levels) > 1 else set())
        if measure:
            gov |= _copular_predicate(parse, anchor, pack)
            # "reached a political agreement on new sanctions": the object's cues
            gov |= _light_object(parse, chain) & (cues["call"] | cues["threat"] | cues["future"])
        lift_near = _near(parse, chain, levels)
        gov_condition = _conditional_clauses(parse, chain, cues["condition"], measure)
        _reported_future(sentence, parse, pack, chain, levels, found, cues)
        cues["future"] = cues["future"] | (_inflected_future(parse, pack, chain) - cues["prohibition"])
        if parse.toks[anchor].rel == "conj" and parse.children(anchor, "aux"):
            # "denied plotting and was arrested": a coordinated verb with its own auxiliary
            # does not share the other's negation ("was not arrested or charged" does)
            near = levels[0]
        if not measure:
            near |= _coordinator_before(parse, anchor)
        denied = _denied_above(parse, anchor, cues["denial"])
        # "nobody has been tried", "no one was charged": a negative subject negates its verb
        near |= {k for j in parse.children(chain[0], "subj", "psubj") for k in (j, *parse.children(j, "aux"))}
    else:  # word order: cues earlier in the same clause
        lo = clause_start(sentence, pack, start)
        gov = {t.i for t in parse.toks if lo <= t.start < start}
        near = {t.i for t in parse.toks if lo <= t.start <= start + 12}
        near |= gov
        if end is not None:  # "មិនទទួលស្គាល់" (not recognise) is the measure itself, no negation of it
            for name in ("negation", "rejection", "lift"):
                cues[name] = _cue_outside(sentence, parse, pack, name, start, end) - _bound_cue_tokens(
                    sentence, parse, pack, name)
        denied = _denied_before(sentence, pack, start)
        opener = _call_opener(sentence, pack, lo)
        if opener is not None:  # an item of a list of demands: "២) ឱ្យ X …" ("that X …")
            cues["call"] = cues["call"] | {t.i for t in parse.toks if t.start == opener} or cues["call"]
            gov |= {t.i for t in parse.toks if t.start == opener}
        lift_near = gov | near
        gov_condition = _condition_after(sentence, parse, pack, cues["condition"], start if end is None else end) \
            if measure else set()
    calls = sorted(cues["call"] & gov)
    # "the new framework allows the EU to impose travel bans": what a legal text enables is
    # possible, not done; "a step that allows it to block their property" tells what an act does
    enabled = parse.parsed and measure and any(
        _text_subject(parse, pack, k) for k in _lazy_cue(found, "enabling", sentence, parse, pack) & gov)
    bill = False
    if not calls and withheld is None and measure and not _lazy_cue(found, "signing", sentence, parse, pack):
        # "senators introduced a bill that would freeze …": what a bill would do is asked of
        # those who can enact it, a call, not a measure in force ("the president signed the
        # bill that freezes …" makes it law)
        withheld = _bill_content(parse, pack, chain) if parse.parsed else _bill_before(sentence, parse, pack, start)
        bill = withheld is not None
    return Modality(
        call=_call_word(parse, cues["call"], calls[-1]) if calls else withheld,
        calls=frozenset(_call_word(parse, cues["call"], k) for k in calls),
        threat=bool(cues["threat"] & gov) or enabled,
        condition=bool(cues["condition"] & gov) or bool(gov_condition),
        future=bool(cues["future"] & gov),
        lift=bool(cues["lift"] & lift_near),
        # a particle ("not", « pas ») negates its own verb; a verb that rejects the act ("ruled out
        # sanctions", « a écarté l'idée de retirer … les préférences ») negates all it governs
        negated=bool(cues["negation"] & near) or bool(cues["rejection"] & gov),
        schedule=bool(cues["schedule"] & gov),
        background=bool(cues["background"] & gov),
        performative=bool(cues["performative"] & gov),
        prohibition=bool(cues["prohibition"] & gov),
        threat_tokens=frozenset(cues["threat"] & gov),
        question=measure and (_in_question(sentence, pack, start if end is None else end) or bool(
            _lazy_cue(found, "interrogative", sentence, parse, pack) & (gov if parse.parsed else near))),
        denied=denied,
        bill=bill,
    )


def _qualifying_assets(parse: Parse, pack: LanguagePack, tokens: set[int]) -> set[int]:
    """Cue words that are adjectives of one of the pack's `asset_nouns` (« leurs éventuels
    avoirs », "any possible assets"): whatever assets there are, frozen now, not a possible
    freeze."""
    return {k for k in tokens if parse.toks[k].label == "amod" and parse.toks[k].head != k
            and pack.has("asset_nouns", parse.toks[parse.toks[k].head].text)}


def _call_word(parse: Parse, call_tokens: set[int], c: int) -> int:
    """The word of a call cue that asks: "called on the government to freeze …", "calls upon
    X to …", « pousser pour des sanctions » cover the verb and its preposition, and the verb
    (whose subject asks, whose "on"-complement is asked) is the call -- never the preposition
    the cue ends with."""
    seen = {c}
    while parse.toks[c].rel in ("prep", "case"):
        h = parse.toks[c].head
        if parse.toks[c].rel == "case" and c - 1 in call_tokens:
            h = c - 1  # « pousser pour des sanctions »: the preposition hangs on its noun
        if h not in call_tokens or h in seen:
            break
        c = h
        seen.add(c)
    return c


def withdrawn(sentence: Sentence, parse: Parse, pack: LanguagePack, anchor: int,
              found: dict[str, set[int]]) -> bool:
    """Is the judicial act at `anchor` what a withdrawal word acts on ("the charge of treason
    was dropped", "the court quashed her conviction", « les poursuites ont été abandonnées »)?
    Such a sentence undoes an act, it tells no new one: the act is read as negated. Only the
    word that governs the act itself counts: its verb, through a subject or an object, or a
    noun it complements ("the dropping of the charges", « l'abandon des poursuites »). So
    "dismissed his appeal against the conviction" leaves the conviction standing, and "was
    dropped before the trial" the trial (a verb above a preposition is no withdrawal of it)."""
    if not parse.parsed:
        return False
    cue = _lazy_cue(found, "withdrawal", sentence, parse, pack)
    if not cue:
        return False
    tok = parse.toks[anchor]
    if tok.head == anchor:
        return False
    if tok.rel in ("subj", "psubj", "obj"):
        return bool(cue & {tok.head, *parse.children(tok.head, "aux")})
    up = parse.toks[tok.head].head if tok.rel == "pobj" else tok.head
    if tok.rel not in ("pobj", "prep") or up == anchor:
        return False
    return up in cue and parse.toks[up].rel in ("subj", "psubj", "obj", "pobj", "prep", "appos")


def _conditional_clauses(parse: Parse, chain: list[int], condition: set[int], measure: bool = False) -> set[int]:
    """Condition words that open an adverbial clause of the trigger's own clause: "sanctions
    will follow if the army does not step down", « l'UE gèlera leurs avoirs si … ». The
    clause hangs below the verb, not above it, yet it makes the whole act conditional. For a
    `measure`, also a condition of several words that opens a clause after the verb ("provided
    that", « à condition que ») or that the parse made a word of the verb (« dans le cas où »)."""
    out: set[int] = set()
    for i in chain:
        for c in parse.children(i, "clause"):
            if parse.toks[c].label == "advcl":
                out |= condition & set(parse.children(c, "aux"))
            if measure and parse.toks[c].label in ("advcl", "ccomp") and c > i:
                # a condition of several words that opens the clause, whatever the parse made of
                # them: "will freeze … provided that the courts confirm", « dans le cas où … »
                first = min([c, *parse.subtree(c)])
                out |= {k for k in condition if i < k <= first and first - k <= 3}
        # « gèlera leurs avoirs dans le cas où … », parsed as a noun ("cas") the verb governs
        if measure:
            out |= {k for k in parse.children(i)
                    if k > i and k in condition and parse.toks[k].rel in ("prep", "mod", "other")}
        if parse.toks[i].rel in ("subj", "psubj"):
            break
    return out


def _condition_after(sentence: Sentence, parse: Parse, pack: LanguagePack, condition: set[int], at: int) -> set[int]:
    """Without a parse: condition words after the trigger (from offset `at`) in its own clause,
    with no clause marker between ("សហរដ្ឋអាមេរិកនឹងដាក់ទណ្ឌកម្ម … ប្រសិនបើ …", will sanction …
    if …). "… បានដាក់ទណ្ឌកម្ម ហើយប្រសិនបើ …" (imposed, and if …) is another clause's."""
    hi = clause_end(sentence, pack, at)
    return {k for k in condition if at <= parse.toks[k].start < hi}


def list_of_relative(parse: Parse, pack: LanguagePack, anchor: int) -> int | None:
    """The list noun whose members a relative clause describes, when the trigger heads that
    clause: "its list of officials who would be refused entry", « une liste de responsables
    qui seraient interdits d'entrée ». The clause tells what being listed means; whether the
    list is in force, threatened or called for is said by the words that govern the list."""
    tok = parse.toks[anchor]
    if tok.rel != "relcl" or tok.head == anchor:
        return None
    i = tok.head  # the antecedent ("officials"), or the list itself when the parse says so
    for _ in range(3):  # "officials" <- "of" <- "list"; « responsables » <- « liste »
        if pack.has("list_nouns", parse.toks[i].text.casefold()):
            return i
        t = parse.toks[i]
        if t.head == i or t.rel not in ("prep", "pobj"):
            return None
        i = t.head
    return None


def _reported_future(sentence: Sentence, parse: Parse, pack: LanguagePack, chain: list[int],
                     levels: list[set[int]], found: dict[str, set[int]], cues: dict[str, set[int]]) -> None:
    """A future told in reported speech is announced, not threatened: "the ministry said
    China would sanction …", « a annoncé que la France sanctionnerait … ». The pack's
    `reported_future` words (a backshifted "will") and verbs ending in its
    `conditional_endings`, below a speech or announcement verb that governs them, count as
    future; without such a verb they keep their reading. A threat word of its own ("warned
    that X would …") still makes a threat."""
    gov = set().union(*levels)
    endings = tuple(pack.words.get("conditional_endings", ()))
    if not (any(pack.has("reported_future", parse.toks[j].text.casefold()) for j in cues["threat"] & gov)
            or (endings and any(parse.toks[i].text.casefold().endswith(endings) for i in chain))):
        return  # nothing backshifted: the speech verbs need not be looked for
    speech = _lazy_cue(found, "speech", sentence, parse, pack) | _lazy_cue(found, "announce", sentence, parse, pack)
    above = next((k for k, i in enumerate(chain) if k and i in speech), None)
    if above is None:
        return
    below = set().union(*levels[:above])
    backshifted = {j for j in cues["threat"] & below if pack.has("reported_future", parse.toks[j].text.casefold())}
    conditional = {i for i in chain[:above] if endings and parse.toks[i].text.casefold().endswith(endings)}
    if backshifted or conditional:
        cues["threat"] = cues["threat"] - backshifted
        cues["future"] = cues["future"] | backshifted | conditional


def _inflected_future(parse: Parse, pack: LanguagePack, chain: list[int]) -> set[int]:
    """Verbs of the trigger's chain written in a future tense of their own (« imposera »,
    « gèleront »): the pack's `future_endings`, for languages that inflect the future instead
    of writing "will". Only verbs count: a clause head, or a word with a subject or an
    auxiliary (a noun ending so is no future)."""
    endings = tuple(pack.words.get("future_endings", ()))
    if not endings:
        return set()
    out = set()
    for i in chain:
        t = parse.toks[i]
        verbal = t.rel in ("root", "clause", "conj") or bool(parse.children(i, "subj", "psubj", "aux"))
        if verbal and t.text.casefold().endswith(endings):
            out.add(i)
    return out


_QUESTION_BOUNDARIES = (":", ";", " — ", " – ", "។")
"""Punctuation after which a question mark belongs to another clause than the trigger's."""


def _in_question(sentence: Sentence, pack: LanguagePack, at: int) -> bool:
    """Is the clause holding offset `at` a question ("will he be sanctioned?", « le Conseil
    va-t-il sanctionner … ? », "… ដាក់ទណ្ឌកម្មឬទេ", whether … or not)? A measure asked about is
    not stated; an indirect question ("unclear whether …") is told by the `interrogative` cue
    that governs the trigger."""
    marks = pack.words.get("question_marks", frozenset())
    if not marks:
        return False
    rel = at - sentence.start
    hi = clause_end(sentence, pack, at) - sentence.start
    span = sentence.text[rel:hi]
    # "froze the assets of two judges: what comes next?" asks about something else
    cut = min((k for k in (span.find(c) for c in _QUESTION_BOUNDARIES) if k >= 0), default=len(span))
    return any(m in span[:cut] for m in marks)


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
    out: set[int] = set()
    for lo, hi in _cue_spans(sentence, pack, name):
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
    low = text.lower()  # the pack's words are casefolded: « La Cour d'appel » is « cour d'appel »
    spans = [(k, k + len(w)) for w in within for k in all_at(low, w)]
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


def measure_status(mod: Modality, benefit: bool = False) -> str | None:
    """imposed / announced / threatened / called_for / lifted, or None when the sentence only
    denies it or is too unsure to say (a call to lift, a lifting that may happen, a question).
    A `benefit` trigger names what the measure takes away (trade preferences): ending it is
    the measure itself ("ended the special trade treatment"), not a lifting."""
    if mod.question:
        return None
    if benefit:
        mod = replace(mod, lift=False)
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
