"""One person written in several Latin romanisations, or by part of the name, across documents.

French and English press romanise the same Russian, Belarusian or Arabic name by different
conventions (Poutine / Putin, Loukachenko / Lukashenko, Sergueï / Sergei, Kirienko / Kiriyenko,
Protassevitch / Pratasevich), and a later report often writes only the family name ("Trump")
or a shorter form ("Suu Kyi"). These rules compare names through a *romanisation skeleton* that
folds those conventions together, and decide with context:

* every word has the same skeleton → the same name in another romanisation: merge;
* the words differ only in a vowel or one letter → merged when the two share context (a document
  or a co-mentioned person), otherwise a *proposal* an analyst decides (never a silent merge);
* a name that is part of exactly one longer name in the corpus (a family name alone, or two
  or more consecutive words of it) → merge; two or more candidates → a proposal for each.

Given names that differ (Viktor / Alexander Lukashenko) never match: relatives stay apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from sanctionwatch.clean.khmer import has_khmer
from sanctionwatch.resolve.resolver import EntityNames, family

_SIBILANTS = re.compile(r"tch|tsch|sch|ch|sh|zh|ç")
_REPLACEMENTS = (
    ("ou", "u"), ("ph", "f"), ("x", "ks"), ("q", "k"), ("ck", "k"), ("kh", "k"), ("w", "v"),
    ("y", "i"), ("dj", "j"),
)
_VOWELS = re.compile(r"[aeiou]")
_NOT_NAME_WORD = {"jr", "sr", "ii", "iii"}


def skeleton(token: str) -> str:
    """The romanisation-free form of one name word: accents, case, doubled letters, the
    sibilants (ch/sh/tch/zh), ou/u, y/i, x/ks, a French 'gu' before e/i and a final mute -e
    folded, so 'Sergueï' = 'Sergei', 'Loukachenko' = 'Lukashenko', 'Poutine' = 'Putin'."""
    text = unicodedata.normalize("NFKD", token.casefold().replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z]", "", text)
    text = _SIBILANTS.sub("S", text)
    for old, new in _REPLACEMENTS:
        text = text.replace(old, new)
    text = re.sub(r"gu(?=[ei])", "g", text)
    text = re.sub(r"(?<=[^aeiouS])e$", "", text) if len(text) > 4 else text
    text = re.sub(r"er$", "r", text) if len(text) > 5 else text
    return re.sub(r"(.)\1+", r"\1", text)


def consonants(skel: str) -> str:
    return _VOWELS.sub("", skel)


def words(name: str) -> list[str]:
    """Name words (hyphenated parts kept together: 'Ka-chiu'), without 'Jr.' and initials."""
    out = []
    for w in re.split(r"\s+", name.strip()):
        bare = w.strip(".,'’")
        if not bare or bare.casefold() in _NOT_NAME_WORD or len(bare.replace(".", "")) < 2:
            continue
        out.append(bare)
    return out


def name_skeleton(name: str) -> tuple[str, ...]:
    return tuple(skeleton(w) for w in words(name))


@dataclass(frozen=True)
class Pair:
    left: str
    right: str
    confident: bool
    reason: str
    partial: bool = False  # right is a shorter form of left


def _token_distance(a: str, b: str) -> int | None:
    """Distance between two word skeletons when they may be one word romanised twice, else None:
    equal, or (in a word of 4+ letters) the same consonants with one or two vowels changed, or
    one letter changed in a word of 6+ letters."""
    if a == b:
        return 0
    if min(len(a), len(b)) < 4:
        return None
    d = Levenshtein.distance(a, b)
    if consonants(a) == consonants(b) and d <= 2:
        return d
    if min(len(a), len(b)) >= 6 and d == 1:
        return d
    return None


def _align(a: tuple[str, ...], b: tuple[str, ...]) -> int | None:
    """Total distance of the best word-to-word alignment of two equally long names (any order:
    family-name-first and last are both written), or None when a word has no partner."""
    if len(a) != len(b) or not a:
        return None
    if sorted(a) == sorted(b):
        return 0
    total = 0
    rest = list(b)
    for word in sorted(a, key=len, reverse=True):
        options = [(d, i) for i, other in enumerate(rest) if (d := _token_distance(word, other)) is not None]
        if not options:
            return None
        d, i = min(options)
        total += d
        rest.pop(i)
    return total


def _people(entities: list[EntityNames]) -> list[EntityNames]:
    return [e for e in entities if family(e.schema) == "Person"]


def _latin_full_names(e: EntityNames) -> list[str]:
    return sorted(n for n in e.names if not has_khmer(n) and len(words(n)) >= 2)


def _context(people: list[EntityNames]) -> dict[str, set[frozenset[str]]]:
    """Entity id → skeletons of the other people named in its documents."""
    by_doc: dict[str, set[frozenset[str]]] = defaultdict(set)
    keys = {e.id: {frozenset(name_skeleton(n)) for n in _latin_full_names(e)} for e in people}
    for e in people:
        for doc in e.docs:
            by_doc[doc] |= keys[e.id]
    return {e.id: set().union(*(by_doc[d] for d in e.docs)) - keys[e.id] if e.docs else set()
            for e in people}


def variant_pairs(entities: list[EntityNames]) -> list[Pair]:
    """Pairs of people whose full Latin names are one name in two romanisations."""
    people = _people(entities)
    context = _context(people)
    by_len: dict[int, list[tuple[tuple[str, ...], EntityNames, str]]] = defaultdict(list)
    for e in people:
        for n in _latin_full_names(e):
            by_len[len(words(n))].append((name_skeleton(n), e, n))
    out: dict[frozenset[str], Pair] = {}
    for items in by_len.values():
        # block on the consonants of the longest word: a variant keeps its consonants or one letter
        blocks: dict[str, list[tuple[tuple[str, ...], EntityNames, str]]] = defaultdict(list)
        for item in items:
            longest = max(item[0], key=len)
            blocks[consonants(longest)[:3]].append(item)
            blocks["#" + longest[:3]].append(item)
        for block in blocks.values():
            for i, (ka, ea, na) in enumerate(block):
                for kb, eb, nb in block[i + 1:]:
                    if ea.id == eb.id or frozenset((ea.id, eb.id)) in out:
                        continue
                    d = _align(ka, kb)
                    if d is None:
                        continue
                    shared = sorted(ea.docs & eb.docs)
                    common = context[ea.id] & context[eb.id]
                    if d > 0 and ea.sentences & eb.sentences:
                        # one sentence naming both ('… KHM85 – Ou Chanrath KHM86 – Ou Chanrith'):
                        # an author does not spell one person two ways side by side
                        out[frozenset((ea.id, eb.id))] = Pair(
                            ea.id, eb.id, False, f"'{na}' ~ '{nb}' (spelling variant, but both in one "
                            "sentence: probably two people)")
                    elif d == 0:
                        reason = f"'{na}' and '{nb}' are one name in two romanisations"
                        out[frozenset((ea.id, eb.id))] = Pair(ea.id, eb.id, True, reason)
                    elif shared or common:
                        why = "same document" if shared else "both named with " + _show(next(iter(sorted(common, key=sorted))))
                        out[frozenset((ea.id, eb.id))] = Pair(
                            ea.id, eb.id, True, f"'{na}' ~ '{nb}' (spelling variant, {why})")
                    else:
                        out[frozenset((ea.id, eb.id))] = Pair(
                            ea.id, eb.id, False, f"'{na}' ~ '{nb}' (spelling variant, no shared context)")
    _middle_name_pairs(by_len, context, out)
    return sorted(out.values(), key=lambda p: (p.left, p.right))


def _middle_name_pairs(by_len: dict, context: dict, out: dict) -> None:
    """'Ahmed al-Assiri' ~ 'Ahmad Hassan Mohammed al-Asiri': a two-word name whose first and last
    words are the first and last of exactly one longer name (middle names left out), when nothing
    contradicts it. Merged when both spellings agree exactly or share context, else proposed."""
    longs: dict[str, list] = defaultdict(list)
    for size, items in by_len.items():
        if size >= 3:
            for key, e, n in items:
                longs[consonants(key[-1])].append((key, e, n))
    for key, e, n in by_len.get(2, []):
        fits = []
        for lkey, le, ln in longs.get(consonants(key[-1]), []):
            if le.id == e.id:
                continue
            first, last = _token_distance(key[0], lkey[0]), _token_distance(key[1], lkey[-1])
            if first is not None and last is not None:
                fits.append((first + last, lkey, le, ln))
        if len({f[2].id for f in fits}) != 1 or frozenset((e.id, fits[0][2].id)) in out:
            continue
        d, _lkey, le, ln = fits[0]
        if e.sentences & le.sentences:
            continue
        shared = e.docs & le.docs or context[e.id] & context[le.id]
        confident = d == 0 or bool(shared)
        why = "" if d == 0 else (", shared context" if shared else ", no shared context")
        out[frozenset((e.id, le.id))] = Pair(le.id, e.id, confident,
                                             f"'{n}' is '{ln}' without its middle names{why}")


def _show(key: frozenset[str]) -> str:
    return "'" + " ".join(sorted(key)) + "'"


def _contiguous(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    n = len(short)
    return any(full[i:i + n] == short for i in range(len(full) - n + 1))


def partial_pairs(entities: list[EntityNames]) -> list[Pair]:
    """A shorter name that is part of exactly one longer name in the corpus.

    One word must be the longer name's last word (a family name: 'Trump', 'Blinken') or its
    first when that name is written family-name first in capitals ('HUN Sen'); two words or more
    must appear consecutively in it ('Suu Kyi' in 'Aung San Suu Kyi'). Longer names that are one
    another's romanisations count as one candidate.
    """
    people = _people(entities)
    fulls: list[tuple[tuple[str, ...], EntityNames, str]] = []
    for e in people:
        for n in _latin_full_names(e):
            fulls.append((name_skeleton(n), e, n))
    by_word: dict[str, list[tuple[tuple[str, ...], EntityNames, str]]] = defaultdict(list)
    for item in fulls:
        for w in set(item[0]):
            by_word[w].append(item)
    out: list[Pair] = []
    for e in people:
        latin = sorted(n for n in e.names if not has_khmer(n))
        if not latin or any(len(words(n)) >= 3 for n in latin):
            continue
        shortest = min(latin, key=lambda n: (len(words(n)), n))
        short = name_skeleton(shortest)
        if not short or (len(short) == 1 and len(short[0]) < 3):
            continue
        candidates = []
        for key, other, n in by_word.get(short[0], []):
            if other.id == e.id or len(key) <= len(short):
                continue
            if len(short) == 1:
                caps_first = words(n)[0].isupper() and len(words(n)[0]) > 1
                if not (key[-1] == short[0] or (caps_first and key[0] == short[0])):
                    continue
            elif not _contiguous(short, key):
                continue
            candidates.append((key, other, n))
        if not candidates:
            continue
        groups = _variant_groups(candidates)
        if len(groups) == 1:
            key, other, n = sorted(groups[0], key=lambda c: c[1].id)[0]
            where = "another document" if not (e.docs & other.docs) else "the same document"
            out.append(Pair(other.id, e.id, True,
                            f"'{shortest}' is part of '{n}', the only such name in the corpus ({where})"))
        else:
            for group in groups[:4]:
                key, other, n = sorted(group, key=lambda c: c[1].id)[0]
                out.append(Pair(other.id, e.id, False,
                                f"'{shortest}' is part of '{n}' and of {len(groups) - 1} other name(s)", True))
    return out


def _variant_groups(candidates: list[tuple[tuple[str, ...], EntityNames, str]]) -> list[list]:
    """Candidates grouped when their names are one name romanised differently."""
    groups: list[list] = []
    for cand in sorted(candidates, key=lambda c: (c[2], c[1].id)):
        for group in groups:
            if any(_align(cand[0], g[0]) == 0 or g[1].id == cand[1].id or _contiguous(g[0], cand[0])
                   or _contiguous(cand[0], g[0]) for g in group):
                group.append(cand)
                break
        else:
            groups.append([cand])
    return groups


def shared_name_rule(entities: list[EntityNames]) -> Iterable[tuple[str, str, str]]:
    """Resolver rule: an alias the text declared ("Federal Security Service (FSB)") written alone
    elsewhere ("FSB") is the same entity, provided only one entity declares that alias."""
    from sanctionwatch.resolve.keys import name_key

    holders: dict[tuple[str, str], list[EntityNames]] = defaultdict(list)
    for e in entities:
        fam = family(e.schema)
        for n in e.names:
            if fam == "Person" and len(words(n)) < 2:
                continue
            holders[(fam, name_key(n, fam))].append(e)
    for _key, group in sorted(holders.items()):
        ids = {e.id for e in group}
        if len(ids) < 2:
            continue
        owners = [e for e in group if len(e.names) > 1]
        if len(owners) != 1:
            continue
        owner = owners[0]
        for other in sorted(group, key=lambda e: e.id):
            if other.id != owner.id:
                yield owner.id, other.id, (f"'{sorted(other.names)[0]}' is a name the text declares for "
                                           f"'{sorted(owner.names, key=len)[-1]}'")


def variant_rule(entities: list[EntityNames]) -> Iterable[tuple[str, str, str]]:
    """Resolver rule: confident romanisation variants."""
    for pair in variant_pairs(entities):
        if pair.confident:
            yield pair.left, pair.right, pair.reason


def partial_name_rule(entities: list[EntityNames]) -> Iterable[tuple[str, str, str]]:
    """Resolver rule: a family name or shorter form unique in the corpus."""
    for pair in partial_pairs(entities):
        if pair.confident:
            yield pair.left, pair.right, pair.reason


def proposals(entities: list[EntityNames]) -> list[Pair]:
    """Plausible pairs the rules do not merge on their own: for an analyst to decide."""
    return [p for p in variant_pairs(entities) + partial_pairs(entities) if not p.confident]


def generic_body_rule(entities: list[EntityNames]) -> Iterable[tuple[str, str, str]]:
    """Resolver rule: a body named only by what it is ("Ministry of Interior") in a document
    that also names exactly one body of that kind with its country ("Cambodian Ministry of
    Interior", "Ministry of Interior of Cambodia") is that body."""
    from sanctionwatch.kb import body_country, is_generic_body
    from sanctionwatch.resolve.keys import name_key

    orgs = [e for e in entities if family(e.schema) != "Person"]
    by_doc: dict[str, list[EntityNames]] = defaultdict(list)
    for e in orgs:
        for d in e.docs:
            by_doc[d].append(e)
    for e in orgs:
        names = sorted(e.names)
        if len(e.docs) != 1 or not names or not all(is_generic_body(n) for n in names):
            continue
        doc = next(iter(e.docs))
        want = set(name_key(names[0], "Organization").split())
        fits = sorted({o.id for o in by_doc[doc] if o.id != e.id and any(
            body_country(n) and want <= set(name_key(n, "Organization").split()) for n in o.names)})
        if len(fits) == 1:
            yield fits[0], e.id, f"'{names[0]}' is the body named with its country in the same document"
