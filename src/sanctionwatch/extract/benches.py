"""A court is who judges, never who is judged.

A court report opens "COURT REPORT — High Court, West Kowloon: X jailed for 20 years" or goes
on "in their sentencing reasons the judges said …": the parse may then hang the court or the
bench on the sentence as if it underwent it. A court (the pack's `judicial_bodies`: "court",
"tribunal", « cour ») cannot be arrested, held, charged, tried or sentenced; nor can the
bench of the case, told as a definite class of judges or prosecutors ("the judges", "its
prosecutors": `judicial_words` after one of the pack's `definite_determiners`). Counted or
indefinite judges ("two judges were detained", "judges were arrested in the purge") may
well be victims and are kept. Read from the pack's words, never from a court's name.
"""

from __future__ import annotations

import re

from sanctionwatch.extract.facts import Participant
from sanctionwatch.lang import LanguagePack

BENCH_KINDS = frozenset({"arrest", "detention", "house_arrest", "charge", "trial", "conviction"})
"""Acts a court orders or performs: their undergoer is never the court itself."""


def _words(name: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[^\W\d_]+", name)]


def is_bench(p: Participant, pack: LanguagePack) -> bool:
    """Is the participant a court, or the definite bench or prosecution of the case?"""
    words = _words(p.name)
    if not words:
        return False
    if any(pack.has("judicial_bodies", w) for w in words):
        return True
    return (p.is_class and pack.has("judicial_words", words[-1])
            and pack.has("definite_determiners", words[0]) and len(words) <= 3)
