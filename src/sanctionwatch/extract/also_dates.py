"""An act told with "also" happened when the same act just told did.

"Police arrested X on Monday. Two of his sons were also taken into custody", "In the evening,
officers also picked up Y": the second sentence writes no date; its "also" (the pack's
`also_words`) says it is one more of the act just told, on that occasion. So an undated event
whose sentence has such a word takes the date of the nearest dated event of the same kind told
before it in the passage (`ALSO_REACH`). Nothing else moves: a dated event keeps its date, and
an event of another kind lends none ("He was also charged" is no arrest's day).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from sanctionwatch.extract.facts import EventFact, Fact
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Sentence

ALSO_REACH = 600
"""Characters back the act an "also" adds to may be told: the same passage."""


def _says_also(s: Sentence, pack: LanguagePack) -> bool:
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", s.text)}
    return any(pack.has("also_words", w) for w in words)


def also_dates(facts: Sequence[Fact], sentences: Sequence[Sentence],
               pack_of: Callable[[str], LanguagePack | None]) -> list[Fact]:
    """Undated events told with "also" take the date of the same act told just before."""
    out: list[Fact] = []
    for f in facts:
        if isinstance(f, EventFact) and f.date is None and not f.hypothetical and not f.negated:
            s = next((x for x in sentences if x.start <= f.quote_start < x.end), None)
            pack = pack_of(s.lang) if s is not None else None
            if s is not None and pack is not None and _says_also(s, pack):
                earlier = [g for g in out if isinstance(g, EventFact) and g.kind == f.kind and g.date is not None
                           and not g.hypothetical and g.quote_start < s.start
                           and 0 <= s.start - g.quote_end <= ALSO_REACH]
                if earlier:
                    g = max(earlier, key=lambda g: (g.quote_start, g.trigger_start or 0))
                    f = replace(f, date=g.date, date_precision=g.date_precision)
        out.append(f)
    return out
