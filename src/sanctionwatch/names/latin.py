"""Latin comparison forms for names in any script.

Every name part gets an ASCII comparison form, so that `Сергей`, `Sergej` and `Serge\u0301i` can be
compared with one edit-distance rule. ICU's `Any-Latin` covers most scripts (it ships with
PyICU, a dependency of followthemoney's `normality`); Khmer is not covered by ICU and goes
through our own romaniser instead.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sanctionwatch.names.normalize import fold

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1)
def _transliterator():  # noqa: ANN202 - PyICU object
    import icu

    return icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")


@lru_cache(maxsize=262144)
def ascii_form(token: str) -> str:
    """Lower-case ASCII letters and digits of one name part; '' when nothing is left."""
    folded = fold(token)
    if not folded.isascii():
        folded = _transliterator().transliterate(folded).lower()
        if not folded.isascii():
            folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub("", folded)


# Cyrillic has several romanisations in use (BGN/PCGN `Sergey Zelenskiy`, passports `Sergei`,
# ISO and German `Sergej`, Ukrainian `Volodymyr`), so a Cyrillic part gets each of them.
_CYR_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi",
    "є": "ye", "ґ": "g", "ў": "w", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "ђ": "dj", "џ": "dz",
}
_CYR_VARIANTS: tuple[dict[str, str], ...] = (
    {},  # BGN/PCGN
    {"й": "i", "ю": "iu", "я": "ia"},  # passports (ICAO)
    {"й": "j", "х": "h", "ж": "z", "ю": "ju", "я": "ja", "ц": "c"},  # ISO 9 / German-style
    {"и": "y", "г": "h"},  # Ukrainian (`Zelenskyy`, `Volodymyr`)
)


@lru_cache(maxsize=65536)
def cyrillic_forms(token: str) -> tuple[str, ...]:
    """ASCII romanisations of a Cyrillic name part, the BGN/PCGN one first."""
    text = token.casefold()
    out: list[str] = []
    for extra in _CYR_VARIANTS:
        table = {**_CYR_BASE, **extra}
        form = "".join(table.get(ch, ch) for ch in text)
        form = _NON_ALNUM.sub("", fold(form))
        if form and form.isascii():
            out.append(form)
    return tuple(dict.fromkeys(out))
