"""One call for entity resolution: are two person names, as written, one person?

Resolution compares mentions from any document: Khmer with or without spaces, zero-width
spaces, glued honorifics, Latin spellings by several languages' conventions. The screening
matcher already reads all of that, so resolution asks it rather than keeping its own rules.
"""

from __future__ import annotations

from sanctionwatch.screen.errors import InvalidQuery
from sanctionwatch.screen.matcher import THRESHOLD, match_names

SAME_PERSON = THRESHOLD


def same_person_score(a: str, b: str) -> float:
    """Name-only score in [0, 1] that `a` and `b` name one person (≥ SAME_PERSON: likely).

    `ហ៊ុនសែន` / `HUN Sen` 0.95; relatives (`Hun Sen` / `Hun Manet`) and a wife's compound name
    (`Bun Rany Hun Sen` / `Hun Sen`) stay below SAME_PERSON; a name the matcher cannot read
    (empty, control characters) scores 0.
    """
    try:
        return match_names(a, b).score
    except InvalidQuery:
        return 0.0
