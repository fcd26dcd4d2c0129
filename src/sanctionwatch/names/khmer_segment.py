"""Khmer names written without spaces, cut into name parts.

Khmer writes no space between words, and names are often written the same way (`ហ៊ុនសែន`,
`លោកកឹមសុខា`), or with zero-width spaces that normalisation removes. A name kept as one token
compares badly with `ហ៊ុន សែន` or `Hun Sen`, and worse, two relatives (`ហ៊ុនសែន`,
`ហ៊ុនម៉ាណែត`) share a long prefix. So a run of Khmer letters is cut back into the parts a
writer would have spaced:

* glued honorifics and titles come off first (`names.honorifics`, stacked ones too);
* a Cambodian name is the family name, then the given name; family names are one syllable
  (or a known longer one from `khmer_lexicon`, `នរោត្តម`), so the first token of a name
  written in one piece is split after a known family name, or else after its first syllable;
* a wife is named with her own name followed by her husband's (`ប៊ុនរ៉ានីហ៊ុនសែន`): when the
  given part has three or more syllables and a known family name starts a later syllable with a
  syllable after it, the run is a second name and is cut there too.

Syllables are orthographic: a consonant cluster (base + subscripts + signs) that carries a
vowel, a register shifter or a subscript opens a syllable; a bare consonant after an open
syllable closes it (`ហ៊ុ|ន` → `ហ៊ុន`). Parts the writer spaced are kept as written; only the
first token of an unspaced name, and a later token once a full name precedes it, are cut.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sanctionwatch.names.honorifics import strip_honorifics
from sanctionwatch.names.khmer_lexicon import FAMILY_NAMES, GIVEN_NAMES
from sanctionwatch.names.normalize import normalize_khmer, normalize_name

_CLUSTER = re.compile(r"[\u1780-\u17b3](?:\u17d2[\u1780-\u17b3]|[\u17b4-\u17d3\u17dd])*")
_KHMER_RUN = re.compile(r"^[\u1780-\u17dd]+$")
_VOWELS = set(chr(c) for c in range(0x17B6, 0x17C9)) | {"\u17d0"}
_SHIFTERS = {"\u17c9", "\u17ca"}
_BANTOC = "\u17cb"
# a syllable ending in one of these takes no final consonant (ំ nikahit, ះ reahmuk)
_NO_FINAL = ("\u17c6", "\u17c7")
_FAMILY = frozenset(normalize_khmer(k) for k in FAMILY_NAMES)
_GIVEN = frozenset(normalize_khmer(k) for k in GIVEN_NAMES)
_LONGEST_FAMILY = max(len(k) for k in _FAMILY)


def khmer_syllables(word: str) -> list[str]:
    """The orthographic syllables of a Khmer word, in order; joined they give the word back."""
    out: list[str] = []
    closed: list[bool] = []
    for match in _CLUSTER.finditer(word):
        text = match.group(0)
        marks = text[1:]
        has_vowel = any(ch in _VOWELS for ch in marks)
        has_sub = "\u17d2" in marks
        bare = not has_vowel and not any(ch in _SHIFTERS for ch in marks) and not has_sub
        if out and bare and out[-1].endswith("\u17b6\u17c6") and text == "\u1784":
            out[-1] += text  # កាំង Kaing: the nasal ends the vowel ាំង
            closed[-1] = True
            continue
        if out and not closed[-1] and (bare or (has_sub and not has_vowel and match.end() == len(word))) \
                and not out[-1].endswith(_NO_FINAL):
            out[-1] += text  # a final consonant (or a Pali final cluster at the end of the word)
            closed[-1] = True
            continue
        out.append(text)
        closed.append(_BANTOC in marks and not has_vowel)
    return out


def _family_prefix(token: str) -> int:
    """Length of the longest known family name that ends on a syllable boundary of `token`."""
    bounds = set()
    total = 0
    for syllable in khmer_syllables(token):
        total += len(syllable)
        bounds.add(total)
    for size in range(min(len(token), _LONGEST_FAMILY), 0, -1):
        if size in bounds and token[:size] in _FAMILY:
            return size
    return 0


def _second_name(given: str) -> int:
    """Where a second person's name starts inside a given-name run (0: it does not)."""
    syllables = khmer_syllables(given)
    if len(syllables) < 3:
        return 0
    start = len(syllables[0])
    for n in range(1, len(syllables) - 1):
        rest = given[start:]
        size = _family_prefix(rest)
        # a one-letter family name (ស) is too common a syllable to mark a second name, and
        # the first person's given name has two syllables or more (`រ៉ានី`), so that a given
        # name spelt with a family-name syllable inside (`សុជាតិវង្ស`) stays whole
        if 2 <= size < len(rest) and n >= 2:
            return start
        start += len(syllables[n])
    return 0


def _cut_first(token: str, alone: bool) -> list[str]:
    """Family name + given name (+ a second name) of a token that holds a whole name."""
    if token in _GIVEN or token in _FAMILY:
        return [token]
    size = _family_prefix(token)
    if not size and alone:
        syllables = khmer_syllables(token)
        size = len(syllables[0]) if len(syllables) >= 2 else 0
    if not size or size >= len(token):
        return [token]
    given = token[size:]
    second = _second_name(given)
    if second:
        rest = given[second:]
        family = _family_prefix(rest)
        return [token[:size], given[:second], rest[:family], rest[family:]]
    return [token[:size], given]


def segment_khmer_tokens(tokens: list[str]) -> list[str]:
    """Cut unspaced Khmer name tokens into parts (see the module docstring); others unchanged."""
    out: list[str] = []
    khmer = [t for t in tokens if _KHMER_RUN.match(t)]
    for token in tokens:
        if not _KHMER_RUN.match(token):
            out.append(token)
            continue
        if not out:
            out.extend(_cut_first(token, alone=len(khmer) == 1))
        elif len(out) >= 2:
            # after a full name, a token that starts with a family name begins another name
            size = _family_prefix(token)
            out.extend([token[:size], token[size:]] if 2 <= size < len(token) else [token])
        else:
            out.append(token)
    return out


@lru_cache(maxsize=32768)
def split_khmer_name(text: str) -> list[str]:
    """The parts of a Khmer name, honorifics removed: `លោកហ៊ុនសែន` → [`ហ៊ុន`, `សែន`].

    Spaces and zero-width spaces the writer put are kept as part boundaries; Latin parts
    pass through. For screening, the index and entity resolution alike.
    """
    name = strip_honorifics(normalize_name(text))
    return segment_khmer_tokens(name.split())


_LATIN_FAMILY = frozenset(s.lower() for spellings in FAMILY_NAMES.values() for s in spellings)


def is_family_name(native: str, form: str) -> bool:
    """Is a name part a known family name, in Khmer (`ហ៊ុន`) or in its Latin spellings (`hun`)?

    The matcher uses it to tell a compound of two people's names (a wife's name followed by her
    husband's, `Bun Rany Hun Sen`) from one person's longer name.
    """
    return native in _FAMILY or (form in _LATIN_FAMILY and native.isascii())
