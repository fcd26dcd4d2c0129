"""Measures that are no act (a question is told by `extract.modality`): an explainer's habitual
statement ("Usually whatever they own is frozen", « en règle générale, la personne est
inscrite … »), or a word of the name of a law ("the Global Human Rights Sanctions
Regulations").

Why: a report that explains how sanctions work names every kind of measure without anybody
imposing one; read as acts, each becomes a false measure and pulls the issuer and date of the
act told nearby. The cues are the pack's data: `generic` (habitual adverbs, generic persons,
"in the … system"), and `legal_title_words` (the nouns that close the title of a legal act).
"""

from __future__ import annotations

from sanctionwatch.extract.hits import Hit
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Sentence


def habitual(sentence: Sentence, pack: LanguagePack, dated: bool) -> bool:
    """Does an undated sentence speak of what usually happens to anyone listed ("usually",
    "the person", "in the American system", « en général », "ជាទូទៅ")? A dated sentence tells
    an act, whatever its words."""
    if dated:
        return False
    pat = pack.cue("generic")
    return pat is not None and pat.search(sentence.text) is not None


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
