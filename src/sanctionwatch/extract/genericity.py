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
