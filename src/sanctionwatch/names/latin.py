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
