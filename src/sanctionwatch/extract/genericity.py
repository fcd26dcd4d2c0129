"""Measures that are no act (a question is told by `extract.modality`): an explainer's habitual
statement ("Usually whatever they own is frozen", "A designated person is barred from
entering", « toute personne inscrite voit ses avoirs gelés »), or a word of the name of a law
("the Global Human Rights Sanctions Regulations").

Why: a report that explains how sanctions work names every kind of measure without anybody
imposing one; read as acts, each becomes a false measure and pulls the issuer and date of the
act told nearby. An explainer says it with habitual adverbs, or with a generic subject (an
indefinite or universal noun phrase, "anyone who …") of a present-tense verb, read from the
parse. The words are the pack's data: the `generic` cue (habitual adverbs, "in the … system"),
the word groups `generic_subjects`, `generic_pronouns`, `universal_determiners`,
`indefinite_determiners`, `present_verbs` and `past_auxiliaries` (the parser gives no tense),
and `legal_title_words` (the nouns that close the title of a legal act).
"""

from __future__ import annotations

from collections.abc import Sequence

from sanctionwatch.extract.hits import Hit
from sanctionwatch.extract.syntax import Parse
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Sentence

_AUX_LABELS = frozenset({"aux", "auxpass", "aux:pass", "aux:tense", "cop"})


def habitual(sentence: Sentence, pack: LanguagePack, dated: bool, parse: Parse | None = None,
             anchor: int | None = None) -> bool:
    """Does an undated sentence speak of what usually happens to anyone listed ("usually",
    "in the American system", « en général », "ជាទូទៅ", or a generic subject: "any person
    who …")? A dated sentence tells an act, whatever its words."""
    if dated:
        return False
    pat = pack.cue("generic")
    if pat is not None and pat.search(sentence.text) is not None:
        return True
    return parse is not None and anchor is not None and parse.parsed and generic_subject(parse, pack, anchor)


def generic_subject(parse: Parse, pack: LanguagePack, anchor: int) -> bool:
    """Is a verb governing the trigger (itself or above it) said of anyone at all, in the
    present: "A designated person is barred …", "Anyone who is listed has their assets frozen",
    « Toute personne inscrite voit ses avoirs gelés »? The subject is one of the pack's
    generic pronouns, or a noun under a generic determiner."""
    for verb in (anchor, *parse.ancestors(anchor)):
        for subj in parse.children(verb, "subj", "psubj"):
            if _generic(parse, pack, subj) and _present(parse, pack, verb):
                return True
    return False


def _generic(parse: Parse, pack: LanguagePack, i: int) -> bool:
    """"anyone"; any noun under a universal determiner ("any official", « tout responsable »);
    a generic noun under an indefinite one ("a person"). Not "all" nor "each": they count the
    members of a set the report has named ("each of them is barred")."""
    word = parse.toks[i].text
    if pack.has("generic_pronouns", word):
        return True
    dets = [parse.toks[k].text for k in parse.children(i) if k < i]
    return any(pack.has("universal_determiners", d) for d in dets) or (
        pack.has("generic_subjects", word) and any(pack.has("indefinite_determiners", d) for d in dets))


def _present(parse: Parse, pack: LanguagePack, verb: int) -> bool:
    """Present simple (or a modal): the verb or an auxiliary of it is a present form, and no
    auxiliary makes it past ("has been designated", « a été inscrite »)."""
    auxes = [k for k in parse.children(verb) if parse.toks[k].label in _AUX_LABELS]
    if any(pack.has("past_auxiliaries", parse.toks[k].text) for k in auxes):
        return False
    return any(pack.has("present_verbs", parse.toks[k].text) for k in (verb, *auxes))


def in_legal_title(sentence: Sentence, pack: LanguagePack, hit: Hit) -> bool:
    """Is the trigger a capitalised word inside the title of a legal act ("Sanctions
    Regulations", "Sanctions Act")? The next capitalised words end with one of the pack's
    `legal_title_words`; a trigger at the start of the sentence is only capitalised there."""
    titles = pack.words.get("legal_title_words", frozenset())
    rel = hit.start - sentence.start
    word = sentence.text[rel:hit.end - sentence.start]
    if not titles or rel == 0 or not word[:1].isupper():
        return False
    for w in sentence.text[hit.end - sentence.start:].split()[:4]:
        w = w.strip(",.;:()\"'")
        if not w[:1].isupper():
            return False
        if w.casefold() in titles:
            return True
    return False


def _strip_tail(text: str, pack: LanguagePack) -> str:
    """`text` without what may stand between a governing word and a measure noun: spaces, the
    nominalizer and a verb that imposes ("… អំពី|ការដាក់|ទណ្ឌកម្ម", about the imposing of
    sanctions)."""
    support = pack.cue("support")
    nominal = sorted(pack.words.get("nominalizers", ()), key=len, reverse=True)
    changed = True
    while changed and text:
        changed = False
        stripped = text.rstrip()
        if stripped != text:
            text, changed = stripped, True
        for w in nominal:
            if text.endswith(w):
                text, changed = text[:-len(w)], True
        if support is not None:
            for k in range(max(0, len(text) - 16), len(text)):
                if support.fullmatch(text, k):
                    text, changed = text[:k], True
                    break
    return text


def discussed(sentence: Sentence, pack: LanguagePack, hit: Hit, clause_lo: int) -> bool:
    """Is the measure only what someone talks about ("សភាអឺរ៉ុបបានពិភាក្សាអំពីទណ្ឌកម្ម", the
    Parliament discussed sanctions; "ការពិភាក្សាអំពីការដាក់ទណ្ឌកម្ម", the debate on imposing
    sanctions)? The noun is the object of one of the pack's `discussion` cues (a verb or noun
    of talking with its "about"), its nominalizer and imposing verb aside. Talk about a measure
    is no act: read as one it becomes a false imposed measure, with the talker as issuer."""
    pat = pack.cue("discussion")
    if pat is None:
        return False
    before = _strip_tail(sentence.text[clause_lo - sentence.start:hit.start - sentence.start], pack)
    return any(m.end() == len(before) for m in pat.finditer(before))


def copula_subject(sentence: Sentence, pack: LanguagePack, hit: Hit, clause_lo: int, clause_hi: int,
                   dates: Sequence[tuple[int, int]]) -> bool:
    """Is the measure noun the subject of a copula, said of measures at large rather than
    imposed by anyone ("ទណ្ឌកម្មគោលដៅគឺជាឧបករណ៍សំខាន់មួយ", targeted sanctions are an
    important tool; "ការដាក់ទណ្ឌកម្មលើមន្ត្រី … បានក្លាយជាប្រធានបទ", sanctioning officials has
    become a topic)? Nothing but a date (with its prepositions and the pack's `time_fillers`:
    "ចាប់តាំងពីឆ្នាំ២០១៧ មក", since 2017), the nominalizer and an imposing verb opens its clause
    (no issuer, no verb governs it), and the clause's predicate after it is one of the pack's
    `subject_copulas` -- before any relative marker ("… លើ X ដែលជាមន្ត្រី", on X, who is an
    official, keeps the act). For a language read without a parser."""
    copulas = pack.words.get("subject_copulas", frozenset())
    if not copulas:
        return False
    text = sentence.text
    hi = clause_hi - sentence.start
    if _opening(sentence, pack, hit, clause_lo, dates).strip(" ,"):
        return False
    after = text[hit.end - sentence.start:hi]
    first = min((k for w in copulas if (k := after.find(w)) >= 0), default=-1)
    if first < 0:
        return False
    relatives = pack.words.get("relative_markers", frozenset())
    return not any(r in after[:first] for r in relatives)


def _opening(sentence: Sentence, pack: LanguagePack, hit: Hit, clause_lo: int,
             dates: Sequence[tuple[int, int]]) -> str:
    """What opens the trigger's clause before it, without its dates, their prepositions, the
    pack's `time_fillers`, the nominalizer and an imposing verb right before the trigger."""
    text = sentence.text
    lo, at = clause_lo - sentence.start, hit.start - sentence.start
    before = "".join(" " if any(a <= sentence.start + i < b for a, b in dates) else ch
                     for i, ch in enumerate(text[lo:at], lo))
    before = _strip_tail(before, pack)
    fillers = pack.words.get("date_prepositions", frozenset()) | pack.words.get("time_fillers", frozenset())
    for w in sorted(fillers, key=len, reverse=True):
        before = before.replace(w, " ")
    return before


def named_modality(sentence: Sentence, pack: LanguagePack, hit: Hit, clause_lo: int,
                   dates: Sequence[tuple[int, int]]) -> bool:
    """Is the measure the object of a nominalized threat or call that opens its clause as its
    subject ("ការគំរាមដាក់ទណ្ឌកម្មរបស់បរទេស មិនអាច…", the threat of foreign sanctions cannot
    …)? The threat or the call is spoken of, nobody makes it here: no new measure."""
    rest = _opening(sentence, pack, hit, clause_lo, dates).strip(" ,")
    nominal = next((w for w in sorted(pack.words.get("nominalizers", ()), key=len, reverse=True)
                    if rest.startswith(w)), None)
    if nominal is None:
        return False
    rest = rest[len(nominal):].strip()
    return bool(rest) and any((pat := pack.cue(c)) is not None and pat.fullmatch(rest) is not None
                              for c in ("threat", "call"))
