"""Organisation names read from the noun phrase around an institution's head word.

Statistical NER misses or cuts many bodies and companies ("the Koh Kong Resort", « la cour
d'appel de Managua », « le bureau pénitentiaire du ministère de la Sécurité populaire ») and
sometimes tags them as places or people. A body's name is a noun phrase built on a head word
that says what it is (court, division, resort, ministère, comité…: the language pack's
`organisations.json`), with its modifiers (compounds and adjectives before it in English,
adjectives and "de + complement" after it in French). The phrase is a name, not a description,
when it is written as one: in English every content word is capitalised ("33rd Light Infantry
Division", not "the special court"); in French the head is capitalised (« Cour
constitutionnelle ») or the complement holds a proper noun (« ministère de la Sécurité »).
Read from spaCy's dependency parse, so it works for any language the pack and a parser cover.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sanctionwatch.lang import all_words, load_pack, word_lists

# the packs' words that may stand inside a name ("Ministry of Foreign Affairs", « ministère de l'Intérieur »)
FUNCTION_WORDS = all_words("name_function_words")
# dependents that belong to a name (modifiers and complements), per side of the head
_LEFT_DEPS = frozenset({"compound", "amod", "nummod", "nmod", "npadvmod", "flat:name"})
_RIGHT_DEPS = frozenset({"amod", "nmod", "flat:name", "nummod", "prep", "pobj", "pcomp", "dobj", "compound",
                         "case", "det", "fixed", "obj", "flat", "flat:foreign"})
# inside a complement, a coordination belongs to the name ("Ministry of Foreign Affairs and
# International Cooperation", « institut … en chimie organique et technologie »)
_INNER_DEPS = _RIGHT_DEPS | _LEFT_DEPS | {"conj", "cc"}
_RIGHT_PREPS = all_words("name_complement_preps")
MAX_TOKENS = 12
_DEFINITE = all_words("definite_articles")
_GENITIVE = all_words("genitive_markers")
_INDEFINITE = all_words("indefinite_determiners")
# An owner's clitic ("the Kremlin's deputy chief") ends a name: the owner is another name.
_CLITICS = all_words("possessive_clitics") | {c.replace("'", "’") for c in all_words("possessive_clitics")}


def _complement_nouns(token) -> list:
    """The determiners of `token` and of the nouns under it (after a preposition)."""
    out = [c for c in token.children if c.dep_ == "det"]
    for c in token.children:
        if c.dep_ in ("pobj", "nmod", "obj"):
            out += _complement_nouns(c)
    return out


@lru_cache(maxsize=8)
def organisation_words(code: str) -> dict[str, tuple[str, ...]]:
    """The pack's organisations.json for `code` (empty when the pack has none)."""
    return word_lists(code, "organisations.json")


@lru_cache(maxsize=8)
def _heads(code: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in organisation_words(code).get("institution_heads", ()))


@lru_cache(maxsize=8)
def _capitalised_common(code: str) -> frozenset[str]:
    """Common nouns the language writes with a capital (French « État »): no proper noun."""
    return frozenset(organisation_words(code).get("capitalised_common_nouns", ()))


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """Words that say what kind of body, never which one (names.ORG_WORDS, GENERIC_ORG_WORDS),
    lower-cased and capitalised."""
    from sanctionwatch.extract.names import GENERIC_ORG_WORDS, ORG_WORDS

    words = ORG_WORDS | GENERIC_ORG_WORDS | {"civile", "civil", "politique", "recent", "opposition"}
    return frozenset(words | {w.capitalize() for w in words})


def _subtree_tokens(token, allowed: frozenset[str]) -> set[int]:
    """Indexes of `token` and of its dependents (recursively) whose relation is in `allowed`."""
    out = {token.i}
    for child in token.children:
        if child.dep_ == "conj" and any((c.dep_ == "det" and c.lower_ in _DEFINITE)
                                        or (c.dep_ == "case" and c.lower_ not in _GENITIVE) for c in child.children):
            continue  # "Ministry of Defence and the Army": two bodies; « … et sur fond de guerre »
        if child.dep_ in allowed:
            out |= _subtree_tokens(child, allowed)
    return out


def _phrase(head, code: str) -> tuple[int, int] | None:
    """Token range [start, end) of the name built on `head`, or None."""
    doc = head.doc
    if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.children):
        return None  # "a Fact-Finding Mission", « un tribunal spécial »: a description
    start = head.i
    for child in reversed(list(head.lefts)):  # nearest first; stop at the first gap
        if child.dep_ not in _LEFT_DEPS or child.right_edge.i != start - 1:
            break
        inner = _subtree_tokens(child, _INNER_DEPS)
        if min(inner) != child.left_edge.i or any(doc[i].dep_ == "poss" or doc[i].lower_ in _CLITICS for i in inner):
            break
        start = child.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ not in _RIGHT_DEPS or child.left_edge.i != end:
            break
        case = [c for c in child.children if c.dep_ in ("case", "fixed") and c.i < child.i]
        marker = (case[0].lower_ if case else child.lower_ if child.dep_ == "prep" else "")
        if child.dep_ in ("nmod", "prep") and marker not in _RIGHT_PREPS:
            break
        if child.dep_ in ("flat", "flat:name", "appos"):
            break  # « la banque VTB », « Parti CNRP »: the name is VTB, introduced by its kind
        if any(d.dep_ == "det" and d.lower_ not in _DEFINITE for d in _complement_nouns(child)):
            break  # "d'un gel de leurs avoirs": an indefinite or possessive noun is no name's part
        run = end
        for i in sorted(_subtree_tokens(child, _INNER_DEPS)):  # the contiguous part of the complement
            if i == run:
                run += 1
            elif i > run:
                break
        if run == end:
            break
        end = run
    while end > head.i + 1 and doc[end - 1].lower_ in FUNCTION_WORDS | {"'", "’"}:
        end -= 1
    while start < head.i and doc[start].lower_ in FUNCTION_WORDS:
        start += 1
    if end - start > MAX_TOKENS or end - start < 2:
        return None
    return start, end


@lru_cache(maxsize=8)
def _first_word_capitals(code: str) -> bool:
    return load_pack(code).name_capitals == "first_word"


def _written_as_name(tokens, head, code: str) -> bool:
    """Written as a name, by the pack's `name_capitals`: `every_word` (English: every content word
    capitalised, or a number such as 33rd) or `first_word` (French: a capitalised head, or a
    capitalised word after it, a proper noun in the complement)."""
    first_word = _first_word_capitals(code)
    content = [t for t in tokens if t.lower_ not in FUNCTION_WORDS and not t.is_punct]
    if all(t.lower_ in _generic_words() or t.lower_ in _heads(code) for t in content):
        return False  # « Parti Politique », "Recent Committee": what it is, not which one
    if not first_word and any(t.text[:1].isdigit() for t in content[1:]):
        return False  # "EU Delegation of 25 August 2017": a date, not a name
    if len(content) < 2 or any(t.like_url or "@" in t.text or t.text in (".", "/", "|") for t in tokens):
        return False
    if not tokens[0].text[:1].isalnum() or tokens[0].sent != tokens[-1].sent:
        return False
    if first_word:
        if head.text[:1].isupper() and head.i != head.sent.start:
            return True
        common = _capitalised_common(code) | _generic_words()
        after = [t for t in tokens if t.i > head.i]
        for n, t in enumerate(after):  # a proper noun in a complement: « ministère de la Sécurité »
            preps = [p.lower_ for p in after[:n] if p.lower_ in _RIGHT_PREPS]
            if t.text[:1].isupper() and t.text not in common and preps and preps[-1] in _GENITIVE:
                return True
        return False
    return all(t.text[:1].isupper() or t.text[:1].isdigit() for t in content)


def institution_phrases(doc, code: str) -> list[tuple[int, int]]:
    """Character spans of organisation names built on an institution head word, outermost
    only (« bureau … du ministère de la Sécurité » holds « ministère de la Sécurité »)."""
    heads = _heads(code)
    if not heads:
        return []
    spans: list[tuple[int, int]] = []
    for token in doc:
        if token.lower_ not in heads:
            continue
        found = _phrase(token, code)
        if found is None:
            continue
        start, end = found
        tokens = doc[start:end]
        if not _written_as_name(tokens, token, code):
            continue
        spans.append((tokens.start_char, tokens.end_char))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if any(os_ <= s and e <= oe for os_, oe in out):
            continue
        out = [(os_, oe) for os_, oe in out if not (s <= os_ and oe <= e)]
        out.append((s, e))
    return out


@lru_cache(maxsize=8)
def kind_name_re(code: str) -> re.Pattern[str] | None:
    """A kind noun (and qualifiers) followed by a capitalised name: "the airline Belavia",
    « l'association Info Birmanie ». Group 1 is the name."""
    words = organisation_words(code)
    kinds = words.get("kind_nouns", ())
    if not kinds:
        return None
    qualifiers = words.get("kind_qualifiers", ())
    alt = lambda ws: "|".join(re.sub("['’]", "['’]", re.escape(w))  # noqa: E731
                              for w in sorted(ws, key=len, reverse=True))
    qual = rf"(?: (?:{alt(qualifiers)}))*" if qualifiers else ""
    return re.compile(
        rf"(?<![\w-])(?:{alt(kinds)}){qual} "
        r"((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|\d{1,3}(?![\w.,]\d)|for|For|pour|of|de|sur)){0,3})"
    )
