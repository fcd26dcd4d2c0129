"""A person named by a title and a bare name the tagger left untagged ("the vice-president
Murillo", « la vice-présidente Murillo »).

Reports name a person told about before by title and surname alone. The tagger often leaves
a lone surname untagged, and the target phrase would then be kept as a described class
("la vice-présidente Murillo"), which names nobody. A phrase made only of determiners, one or
more one-word titles of the pack (`title_words`) and capitalised words names one person: the
capitalised words are the name. Anything else in the phrase (a lower-case word that is no
title, a number, a complement) leaves it a class: "three senior officials", "the head of the
police" name no one.
"""

from __future__ import annotations

from sanctionwatch.extract.syntax import Parse
from sanctionwatch.lang import LanguagePack, title_words

MAX_NAME_WORDS = 3


def titled_name(parse: Parse, toks: list[int], pack: LanguagePack) -> tuple[str, int, int] | None:
    """(name, start, end) of the person the phrase of tokens `toks` names by title and name,
    or None when it is no such phrase."""
    titles = title_words(pack.code)
    words = []
    for k in sorted(toks):
        if parse.toks[k].text in (",", ";", ":", "(", "."):
            break  # « la vice-présidente Murillo, dont les avoirs … »: the clause after it describes her
        if parse.toks[k].text != "-":
            words.append(parse.toks[k])
    i = 0
    while i < len(words) and words[i].label == "case":  # « par la vice-présidente … »: the marker
        i += 1
    lead = i
    while i < len(words) and (pack.has("determiners", words[i].text) or pack.has("definite_words", words[i].text)):
        i += 1
    titled = 0
    while i < len(words) and _title_piece(words[i].text, titles):
        titled += 1
        i += 1
    name = words[i:]
    if not titled or not name or len(name) > MAX_NAME_WORDS:
        return None
    if not all(w.text[:1].isupper() and w.text[1:2].islower() for w in name):
        return None
    if name[0].start == words[lead].start:
        return None  # no title before it
    start, end = name[0].start, name[-1].end
    text = " ".join(w.text for w in name)
    return text, start, end


def _title_piece(word: str, titles: frozenset[str]) -> bool:
    """A title, or a piece of a hyphenated one the tokenizer split (« vice », « présidente »)."""
    w = word.casefold().strip("'’")
    return w in titles or any(t.startswith(w + "-") or t.endswith("-" + w) for t in titles)
