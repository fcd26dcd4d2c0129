"""A person named in full once and by family name afterwards ("Rosario Murillo" … "la
vice-présidente Murillo", "sanctions on Lukashenko"): the short form, when the name finder
left it untagged, is read as that person so that the fact readers can fill a slot with it.

What keeps it safe: the full name must come first in the report, the short form must be a
capitalised word of at least four letters standing alone (not inside a name, not beside
another capitalised word) -- in a script without capitals (Khmer, where the short form is
the given name, the name's last part too) a word written apart with spaces or punctuation
on both sides -- and exactly one person named in full before it may carry that family name -- "Lukashenko"
after "Alexander Lukashenko" and "Viktor Lukashenko" is left alone, but before the son is
named it is the one named first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from sanctionwatch.model import Mention, Sentence

_CAP_BEFORE = re.compile(r"(?:^|\s)[A-ZÀ-ÝЀ-Я][\w'’-]* $")  # "President Murillo"
_CAP_AFTER = re.compile(r" [A-ZÀ-ÝЀ-Я]")  # "Murillo Ortega"
MIN_LETTERS = 4


def _uncased(word: str) -> bool:
    """A word of a script without capitals (Khmer): no case tells a name from a word there."""
    return word.upper() == word.lower()


def _family(name: str) -> str | None:
    """The last part of a name: a family name in Latin-script order ("Murillo"), the given
    name in Khmer order ("ទេព វន្នី" -> "វន្នី"), either the short form reports use."""
    parts = name.split()
    if len(parts) < 2 or len(parts[-1]) < MIN_LETTERS or not (parts[-1][:1].isupper() or _uncased(parts[-1])):
        return None
    return parts[-1].casefold()


def _stands_alone(text: str, lo: int, hi: int) -> bool:
    """In a script without capitals and often without spaces, a short form counts only when
    written apart: a space, a punctuation mark or the text's edge on both sides."""
    before, after = text[lo - 1:lo], text[hi:hi + 1]
    return (not before or not before.isalnum() and not _mark(before)) and (not after or not after.isalnum() and not _mark(after))


def _mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def full_forms(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions for a person's full name written again where the name finder did not tag it
    (a name in Latin letters inside Khmer text, tagged once after its title « អ្នកឧកញ៉ា X »
    and written bare afterwards: « … បានចោទប្រកាន់ X នៅតុលាការ »): the same words, written
    apart (`_stands_alone`), after the report tagged them as a person's name. A name of one
    word is left to `short_forms`' rules."""
    first: dict[str, tuple[int, str]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        name = " ".join(m.name.split())
        if m.label == "PER" and len(name.split()) >= 2 and name.casefold() not in first:
            first[name.casefold()] = (m.start, m.name)
    if not first:
        return []
    spans = sorted((m.start, m.end) for m in mentions)
    pattern = re.compile("|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(first, key=len, reverse=True)),
                         re.IGNORECASE)
    out: list[Mention] = []
    for s in sentences:
        for w in pattern.finditer(s.text):
            start, end = s.start + w.start(), s.start + w.end()
            at, name = first[" ".join(w.group().split()).casefold()]
            if start <= at or not _stands_alone(s.text, w.start(), w.end()) \
                    or any(a < end and start < b for a, b in spans):
                continue
            if not _uncased(w.group()) and (_CAP_BEFORE.search(s.text[:w.start()]) or _CAP_AFTER.match(s.text[w.end():])):
                continue  # part of a longer name we do not know
            out.append(Mention(s.doc_id, start, end, w.group(), name, "PER", s.lang, s.start, s.end,
                               "short_form", 0.6, getattr(s, "paragraph", 0)))
    return out


ACRONYM = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý0-9&]{2,9}")


def acronym_forms(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions for an organisation's acronym written again where the name finder did not tag
    it ("… sanctionner la MOGE et les autres entreprises" after "Myanma Oil and Gas Enterprise
    (MOGE)"): the same capitals, as a word of their own, after the report tagged them as an
    organisation."""
    first: dict[str, tuple[int, str]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label == "ORG" and ACRONYM.fullmatch(m.name) and m.name not in first:
            first[m.name] = (m.start, m.name)
    if not first:
        return []
    spans = sorted((m.start, m.end) for m in mentions)
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(f) for f in sorted(first)) + r")(?![\w'’-])")
    out: list[Mention] = []
    for s in sentences:
        for w in pattern.finditer(s.text):
            start, end = s.start + w.start(), s.start + w.end()
            if start <= first[w.group()][0] or any(a < end and start < b for a, b in spans):
                continue
            out.append(Mention(s.doc_id, start, end, w.group(), first[w.group()][1], "ORG", s.lang, s.start, s.end,
                               "short_form", 0.6, getattr(s, "paragraph", 0)))
    return out


def short_forms(sentences: Sequence[Sentence], mentions: Sequence[Mention],
                acronym_sentences: Sequence[Sentence] = ()) -> list[Mention]:
    """Mentions for untagged family names of people named in full earlier in the report, and
    for acronyms of organisations tagged before (`acronym_forms`) in `acronym_sentences`
    (those that state a measure: whom it hits)."""
    first: dict[str, dict[str, int]] = {}  # family -> full name -> its first offset
    for m in sorted(mentions, key=lambda m: m.start):
        fam = _family(m.name) if m.label == "PER" else None
        if fam is None:
            continue
        first.setdefault(fam, {}).setdefault(" ".join(m.name.split()), m.start)
    acronyms = acronym_forms(acronym_sentences, mentions) + full_forms(sentences, mentions)
    if not first:
        return acronyms
    spans = sorted((m.start, m.end) for m in [*mentions, *acronyms])
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(f) for f in sorted(first)) + r")(?![\w'’-])",
                         re.IGNORECASE)
    out: list[Mention] = []
    for s in sentences:
        for w in pattern.finditer(s.text):
            token = w.group()
            start, end = s.start + w.start(), s.start + w.end()
            # the people of that name named in full before it: "sanctions on Lukashenko, his son
            # Viktor Lukashenko …" after "Alexander Lukashenko" is Alexander
            before = {n for n, at in first[token.casefold()].items() if at < start}
            uncased = _uncased(token)
            if not (token[:1].isupper() or uncased) or len({n.casefold() for n in before}) != 1:
                continue
            if uncased and not _stands_alone(s.text, w.start(), w.end()):
                continue
            if any(a < end and start < b for a, b in spans):
                continue
            if _CAP_BEFORE.search(s.text[:w.start()]) or _CAP_AFTER.match(s.text[w.end():]):
                continue  # part of a longer name or title we do not know
            out.append(Mention(s.doc_id, start, end, token, next(iter(before)), "PER", s.lang, s.start, s.end,
                               "short_form", 0.6, getattr(s, "paragraph", 0)))
    return [*acronyms, *out]
