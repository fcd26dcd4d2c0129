"""Khmer → Latin romanisation of personal names, in the spellings the press uses.

ICU has no Khmer transliterator, and the one open-source FST (khmer-latin-name-transformer)
needs 700 MB of pynini. Names are short, so a rule system over orthographic syllables is
enough: Khmer consonants belong to two series (a / o) that give the *same* vowel sign
different sounds, a syllable is an onset cluster (consonant + coeng subscripts + register
shifter) + vowel signs + an optional final consonant, and the popular romanisation is a
function of (series, vowel, closed/open). Several vowels have competing spellings in use
(Kem/Koem, Hieng/Heang, -ny/-nh): every syllable yields ranked options, and
`romanize_variants` returns the cheapest combinations, so the matcher can compare a Khmer name
with a Latin one by its best variant instead of a single guess. Frequent family names and a
few public given names come first from `khmer_lexicon`.
"""

from __future__ import annotations

import heapq
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from sanctionwatch.names.khmer_lexicon import FAMILY_NAMES, GIVEN_NAMES
from sanctionwatch.names.normalize import normalize_khmer, normalize_name

# consonant → (onset spellings, series, final spellings)
_CONSONANTS: dict[str, tuple[tuple[str, ...], str, tuple[str, ...]]] = {
    "ក": (("k",), "a", ("k",)), "ខ": (("kh", "k"), "a", ("k", "kh")),
    "គ": (("k", "g"), "o", ("k",)), "ឃ": (("kh",), "o", ("k",)), "ង": (("ng",), "o", ("ng",)),
    "ច": (("ch", "c"), "a", ("ch", "c")), "ឆ": (("chh", "ch"), "a", ("ch",)),
    "ជ": (("ch", "j"), "o", ("ch",)), "ឈ": (("chh", "ch"), "o", ("ch",)),
    "ញ": (("nh", "ny", "gn"), "o", ("nh", "nh")), "ដ": (("d",), "a", ("t", "d")),
    "ឋ": (("th",), "a", ("t",)), "ឌ": (("d",), "o", ("t", "d")), "ឍ": (("th",), "o", ("t",)),
    "ណ": (("n",), "a", ("n", "nn")), "ត": (("t",), "a", ("t", "th")),
    "ថ": (("th", "t"), "a", ("t", "th")), "ទ": (("t", "th"), "o", ("t", "th")),
    "ធ": (("th", "t"), "o", ("t", "th")), "ន": (("n",), "o", ("n", "nn")),
    "ប": (("b",), "a", ("p", "b")), "ផ": (("ph", "p"), "a", ("p",)),
    "ព": (("p", "ph"), "o", ("p", "b")), "ភ": (("ph", "p"), "o", ("p",)),
    "ម": (("m",), "o", ("m",)), "យ": (("y",), "o", ("y", "i")), "រ": (("r",), "o", ("", "r")),
    "ល": (("l",), "o", ("l",)), "វ": (("v", "w"), "o", ("v", "w", "u")),
    "ឝ": (("s",), "o", ("s",)), "ឞ": (("s",), "o", ("s",)), "ស": (("s",), "a", ("s",)),
    "ហ": (("h",), "a", ("h", "")), "ឡ": (("l",), "a", ("l",)), "អ": (("",), "a", ("",)),
}
# Independent vowels carry their own sound and take a final like a consonant + vowel would.
_INDEPENDENT: dict[str, tuple[str, ...]] = {
    "ឥ": ("e", "i"), "ឦ": ("ei", "i"), "ឧ": ("o", "u", "ou"), "ឨ": ("ou",), "ឩ": ("ou", "u"),
    "ឪ": ("ov", "au"), "ឫ": ("rue", "reu"), "ឬ": ("rue", "reu"), "ឭ": ("lue",), "ឮ": ("lue",),
    "ឯ": ("ae", "e"), "ឰ": ("ai",), "ឱ": ("ao", "o"), "ឲ": ("ao", "o"), "ឳ": ("au", "ov"),
}
# consonants that end a syllable in names; the others (ហ អ ឆ ឈ ឋ ឍ ផ ថ) start one
_FINALS = set("កខគឃងចជញដឌណតទធនបពភមយរលវសឡ")
_SONORANTS = set("ងញនមយរលវ")

# vowel (signs + ំ/ះ) → (a-series options, o-series options); open syllables only
_OPEN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "": (("a", "o"), ("o", "a", "or")),
    "ា": (("a",), ("ea", "ia", "a")),
    "ិ": (("e", "i"), ("i", "e")),
    "ី": (("ey", "i", "y", "ei"), ("y", "i", "ey")),
    "ឹ": (("oe", "e", "eu"), ("i", "eu", "ue")),
    "ឺ": (("eu", "oeu"), ("eu", "ue")),
    "ុ": (("o", "u"), ("u", "o", "ou")),
    "ូ": (("o", "ou"), ("u", "ou", "o")),
    "ួ": (("uo", "ou", "ua"), ("uo", "ou", "ua")),
    "ើ": (("aeu", "ao", "eu", "oeu"), ("eu", "oe", "ae", "oeu")),
    "ឿ": (("oea", "eua"), ("oea", "eua")),
    "ៀ": (("ea", "ie", "ia"), ("ea", "ie", "ia")),
    "េ": (("e", "ei"), ("e", "ei")),
    "ែ": (("e", "ae"), ("e", "ae")),
    "ៃ": (("ai", "ay"), ("ey", "ei", "ai")),
    "ោ": (("ao", "o"), ("o", "ou")),
    "ៅ": (("au", "ao", "ov"), ("ov", "ou", "eo")),
    "ំ": (("am", "om"), ("um", "om", "am")),
    "ុំ": (("om", "um"), ("um", "om", "oum")),
    "ាំ": (("am", "um"), ("oam", "eam", "am", "um")),  # um: English names (ត្រាំ Trump)
    "ាំង": (("aing", "ang"), ("eang", "ang", "aing")),
    "ះ": (("ah", "a"), ("eah", "ah")),
    "ាះ": (("ah",), ("eah",)),
    "ិះ": (("eh", "ih"), ("ih", "eh")),
    "ុះ": (("oh", "uh"), ("uh", "oh")),
    "េះ": (("eh",), ("eh",)),
    "ោះ": (("aoh", "oh"), ("uoh", "oh")),
    "័": (("a",), ("a", "oa", "ea")),
}
# vowel before a final consonant where it differs from the open value
_CLOSED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "": (("a", "o"), ("o", "a", "ou")),
    "ី": (("ei", "i", "ey"), ("i", "ee", "ey")),
    "ួ": (("uo", "ou"), ("uo", "ou")),
    "ៀ": (("ie", "ea", "ia"), ("ie", "ea", "ia")),
    "័": (("a",), ("a", "oa", "ea")),
}
# vowel + bantoc (short vowel before the final)
_SHORT: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "": (("a", "o"), ("o", "u", "ou")),
    "ា": (("a",), ("oa", "ea", "a")),
    "ិ": (("e", "i"), ("i", "e")),
    "ុ": (("o", "u"), ("o", "u", "ou")),
    "េ": (("e",), ("e",)),
    "ែ": (("ae", "e"), ("e", "ae")),
    "ោ": (("ao", "o"), ("o", "ou")),
}
_CLUSTER = re.compile(r"[\u1780-\u17b3](?:\u17d2[\u1780-\u17b3]|[\u17b4-\u17d1\u17d3\u17dd])*")
_KHMER_WORD = re.compile(r"[\u1780-\u17dd]+")


@dataclass
class _Cluster:
    base: str
    subs: list[str] = field(default_factory=list)
    shifter: str = ""
    vowel: str = ""
    bantoc: bool = False
    silent: bool = False

    @property
    def bare(self) -> bool:
        return not self.vowel and not self.shifter


@dataclass
class _Syllable:
    onset: list[str]
    shifter: str
    vowel: str
    final: str = ""
    bantoc: bool = False


def _parse_clusters(word: str) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    for text in _CLUSTER.findall(word):
        cl = _Cluster(text[0])
        i = 1
        while i < len(text):
            ch = text[i]
            if ch == "\u17d2" and i + 1 < len(text):
                cl.subs.append(text[i + 1])
                i += 2
                continue
            if ch in "\u17c9\u17ca":
                cl.shifter = ch
            elif ch == "\u17cb":
                cl.bantoc = True
            elif ch in "\u17cd\u17cc\u17ce\u17cf\u17d1":  # toandakhiat, robat, ...: silent letter
                cl.silent = ch in "\u17cd\u17d1"
            elif "\u17b6" <= ch <= "\u17c8" or ch == "\u17d0":
                cl.vowel += ch
            i += 1
        clusters.append(cl)
    return clusters


def _syllables(word: str, silent_tail: bool = False) -> list[_Syllable]:
    """Split a Khmer word into syllables: onset cluster, vowel, final consonant.

    A word-final consonant cluster without a vowel (ទ្ធ in ប្រសិទ្ធ, ណ្ណ in សុវណ្ណ, ង្ស in វង្ស)
    is a final written the Pali–Sanskrit way: its first letter closes the syllable before and
    the subscripts are silent (Prasith, Sovann, Vong). With `silent_tail`, a short -i/-u after such
    a cluster is silent too (រិទ្ធិ Rith), and so is one closing an open -a- syllable inside a
    compound (ជាតិ in សុជាតិវង្ស Socheatvong): common but not universal readings.
    """
    out: list[_Syllable] = []
    clusters = [c for c in _parse_clusters(word) if not c.silent]
    for n, cl in enumerate(clusters):
        prev = out[-1] if out else None
        if (prev is not None and prev.vowel == "ាំ" and not prev.final and cl.base == "ង" and cl.bare
                and not cl.subs):
            prev.vowel = "ាំង"  # កាំង Kaing, ចាំង Chaing: the nasal ends the vowel
            continue
        can_close = (
            prev is not None and not prev.final and cl.base in _FINALS
            and not prev.vowel.endswith(("ំ", "ះ", "ង")) and prev.onset[0] not in _INDEPENDENT
            or (prev is not None and not prev.final and cl.bantoc and cl.base in _FINALS)
        )
        nxt = clusters[n + 1] if n + 1 < len(clusters) else None
        if (nxt is not None and n + 2 == len(clusters) and nxt.subs and nxt.bare
                and nxt.base in _FINALS and cl.bare and not cl.subs):
            can_close = False  # សុ|វណ្ណ Sovann, វង្ស Vong: this consonant opens the final syllable
        if (silent_tail and nxt is not None and prev is not None and not prev.final and prev.vowel == "ា"
                and cl.base in _FINALS and not cl.subs and not cl.shifter and cl.vowel in ("ិ", "ុ")):
            prev.final = cl.base  # ជាតិ in សុជាតិវង្ស Socheatvong: the Pali short vowel is silent
            continue
        closed = prev if can_close else None  # the syllable this consonant may close
        if cl.bare and not cl.subs and closed is not None:
            closed.final = cl.base
            closed.bantoc = cl.bantoc
            continue
        if cl.subs and closed is not None and not cl.bantoc:
            last = n == len(clusters) - 1
            if last and not cl.shifter and (not cl.vowel or (silent_tail and cl.vowel in ("ិ", "ុ"))):
                closed.final = cl.base
                continue  # a Pali–Sanskrit final: the subscripts (and a short vowel) are silent
            # medial subscript: the base closes the previous syllable, the subscript opens one
            closed.final = cl.base
            out.append(_Syllable(cl.subs, cl.shifter, cl.vowel))
            continue
        syl = _Syllable([cl.base, *cl.subs], cl.shifter, cl.vowel)
        if cl.bantoc and not cl.vowel:
            syl.bantoc = True
        out.append(syl)
    return out


def _series(syl: _Syllable) -> str:
    base = syl.onset[0]
    series = _CONSONANTS.get(base, ((), "a", ()))[1]
    for sub in syl.onset[1:]:
        if sub not in _SONORANTS and sub in _CONSONANTS:
            series = _CONSONANTS[sub][1]
    if syl.shifter == "\u17c9":
        series = "a"
    elif syl.shifter == "\u17ca":
        series = "o"
    return series


def _onset_options(syl: _Syllable) -> list[str]:
    base = syl.onset[0]
    if base in _INDEPENDENT:
        return list(_INDEPENDENT[base])
    if base == "ប" and (syl.shifter == "\u17c9" or len(syl.onset) > 1):
        first: tuple[str, ...] = ("p", "b")  # ប៉ and ប in clusters sound /p/
    else:
        first = _CONSONANTS.get(base, (("",), "a", ()))[0]
    rest = "".join(_CONSONANTS.get(s, (("",), "a", ()))[0][0] for s in syl.onset[1:])
    if base == "ហ" and len(syl.onset) > 1 and syl.onset[1] in _H_CLUSTERS:
        # ហ + subscript writes a sound Khmer letters lack (ហ្គ g, ហ្វ f) or marks the series:
        # the ហ itself is not heard (ហ្គេក Guek, ហ្វ Fa, ហ្ម Ma)
        return [h + rest[1:] for h in _H_CLUSTERS[syl.onset[1]]]
    return [f + rest for f in first]


_H_CLUSTERS: dict[str, tuple[str, ...]] = {
    "គ": ("g", "k"), "វ": ("f", "v", "w"), "ស": ("z", "s"), "ប": ("b",), "ម": ("m",), "ន": ("n",),
    "ល": ("l",), "យ": ("y",), "ង": ("ng",), "ញ": ("nh", "ny"), "រ": ("r", "hr"),
}


def _vowel_options(syl: _Syllable, series: str) -> list[str]:
    if syl.onset[0] in _INDEPENDENT and not syl.vowel:
        return [""]
    table = _OPEN
    if syl.final:
        table = _SHORT if syl.bantoc and syl.vowel in _SHORT else (_CLOSED if syl.vowel in _CLOSED else _OPEN)
    options = table.get(syl.vowel)
    if options is None:  # an unusual combination: spell its parts one after the other
        parts = [(_OPEN.get(v) or (("",), ("",)))[0 if series == "a" else 1][0] for v in syl.vowel]
        return ["".join(parts)]
    chosen = list(options[0 if series == "a" else 1])
    if syl.final == "ន" and syl.bantoc and not syl.vowel and series == "o":
        chosen = ["u", "o"]  # គន់ Kun, ទន់ Tun
    return chosen


def _final_options(syl: _Syllable, next_onset: str) -> list[str]:
    if not syl.final or syl.final == next_onset:
        return [""]  # a geminate (ត្ត) is heard once
    return list(_CONSONANTS[syl.final][2]) if syl.final in _CONSONANTS else [""]


def _syllable_options(syl: _Syllable, last: bool, next_onset: str = "") -> list[str]:
    series = _series(syl)
    onsets = _onset_options(syl)
    vowels = _vowel_options(syl, series)
    if not syl.final and syl.vowel == "ី" and not last:
        vowels = sorted(vowels, key=lambda v: v != "i")  # medial open ii: Sihamoni, not Syhamoni
    finals = _final_options(syl, next_onset)
    ranked: list[tuple[int, str]] = []
    for (i, o), (j, v), (k, f) in itertools.product(enumerate(onsets), enumerate(vowels), enumerate(finals)):
        ranked.append((i + j + k, o + v + f))
    seen: set[str] = set()
    out: list[str] = []
    for _, text in sorted(ranked, key=lambda r: r[0]):
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out[:6]


def _join_syllables(parts: list[str], closed: list[bool]) -> str:
    """Two-syllable given names made of two closed syllables are written apart (Bun Hieng)."""
    if len(parts) >= 2 and all(closed) and all(len(p) >= 3 for p in parts):
        return " ".join(p.capitalize() for p in parts)
    return "".join(parts).capitalize()


@lru_cache(maxsize=65536)
def word_variants(word: str, limit: int = 8) -> tuple[str, ...]:
    """Ranked Latin spellings of one Khmer word (best first)."""
    word = normalize_khmer(word)
    lexical = FAMILY_NAMES.get(word, ()) + GIVEN_NAMES.get(word, ())
    readings = [_syllables(word, silent_tail=True)]
    full = _syllables(word)
    if full != readings[0]:
        readings.append(full)  # the silent short vowel is a guess: keep the spelt-out reading
    if not readings[0]:
        return lexical[:limit]
    found = [_variants_of(syllables, limit) for syllables in readings]
    merged = [t for group in itertools.zip_longest(*found) for t in group if t]
    out: list[str] = []
    for text in (*lexical, *merged):
        if text and text not in out:
            out.append(text)
    return tuple(out[:limit])


def _variants_of(syllables: list[_Syllable], limit: int) -> list[str]:
    """Up to 3 × `limit` spellings of a syllable sequence, by summed option rank."""
    options = [
        _syllable_options(s, i == len(syllables) - 1, syllables[i + 1].onset[0] if i + 1 < len(syllables) else "")
        for i, s in enumerate(syllables)
    ]
    closed = [bool(s.final) and s.final != "រ" for s in syllables]
    best: list[tuple[int, str]] = []
    # n-best over the product of syllable options by summed rank (names are a few syllables)
    heap: list[tuple[int, tuple[int, ...]]] = [(0, tuple(0 for _ in options))]
    seen_idx: set[tuple[int, ...]] = set(heap[0][1:])
    while heap and len(best) < limit * 3:
        cost, idx = heapq.heappop(heap)
        best.append((cost, _join_syllables([options[k][i] for k, i in enumerate(idx)], closed)))
        for k in range(len(idx)):
            if idx[k] + 1 < len(options[k]):
                nxt = idx[:k] + (idx[k] + 1,) + idx[k + 1:]
                if nxt not in seen_idx:
                    seen_idx.add(nxt)
                    heapq.heappush(heap, (cost + 1, nxt))
    return [t for _, t in best]


def khmer_words(text: str) -> list[str]:
    """The Khmer words of a name, split on spaces and hyphens (`សម-រង្សុី`)."""
    return _KHMER_WORD.findall(normalize_name(text))


def romanize(text: str) -> str:
    """Best-guess press spelling of a Khmer name (`ហ៊ុន សែន` → `Hun Sen`).

    Non-Khmer parts are passed through; the word order is kept (Khmer writes family name first).
    """
    out: list[str] = []
    for token in normalize_name(text).split():
        if _KHMER_WORD.fullmatch(token):
            variants = word_variants(token)
            out.append(variants[0] if variants else token)
        else:
            out.append(token)
    return " ".join(out)


def romanize_variants(text: str, limit: int = 16) -> list[str]:
    """Up to `limit` plausible Latin spellings of a Khmer name, most likely first."""
    tokens = normalize_name(text).split()
    per_token = [
        list(word_variants(t)) or [t] if _KHMER_WORD.fullmatch(t) else [t] for t in tokens
    ]
    if not per_token:
        return []
    heap: list[tuple[int, tuple[int, ...]]] = [(0, tuple(0 for _ in per_token))]
    seen: set[tuple[int, ...]] = {heap[0][1]}
    out: list[str] = []
    while heap and len(out) < limit:
        cost, idx = heapq.heappop(heap)
        text_out = " ".join(per_token[k][i] for k, i in enumerate(idx))
        if text_out not in out:
            out.append(text_out)
        for k in range(len(idx)):
            if idx[k] + 1 < len(per_token[k]):
                nxt = idx[:k] + (idx[k] + 1,) + idx[k + 1:]
                if nxt not in seen:
                    seen.add(nxt)
                    heapq.heappush(heap, (cost + 1, nxt))
    return out
