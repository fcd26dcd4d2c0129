"""Heads of state and government as issuers.

Why: a measure is the act of whoever holds the power to take it. Reports name a head of state
or government as that actor when he signs the order, announces the measure, or is the one a
call is addressed to ("wrote to President X urging …", « le premier ministre Y a annoncé … »).
Who counts is read from two sources, never from a list in code: the pack's `leader_titles`
written right before the name (any president, any prime minister), and the knowledge base's
`office` of a person it knows. Anyone else named as a person (a senator, a spokesman) is no
issuer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sanctionwatch.kb.actors import leader
from sanctionwatch.lang import LanguagePack

TITLE_REACH = 40
"""How many characters before a name its title may start ("President of the Republic ")."""


def titled(before: str, pack: LanguagePack) -> bool:
    """Does `before` (the text right before a name) end with one of the pack's leader titles,
    allowing a determiner or preposition in front ("le président", "US President")?"""
    titles = pack.words.get("leader_titles", frozenset())
    if not titles:
        return False
    tail = " ".join(before[-TITLE_REACH:].casefold().replace("’", "'").split())
    return any(re.search(rf"(?:^|[\s'’])({re.escape(t)})\s*$", tail) for t in titles)


def is_leader(name: str, before: str, pack: LanguagePack) -> bool:
    """A head of state or government: the base knows the person as one, or the text gives him
    a leader's title right before his name."""
    return leader(name) is not None or titled(before, pack)


@lru_cache(maxsize=1)
def _government_words() -> frozenset[str]:
    """The packs' `leader_government_words`: a government named by its leader ("the Trump
    administration"), every pack's, since a name may be quoted in another language's text."""
    from sanctionwatch.lang import all_words

    return all_words("leader_government_words")


_AFTER = re.compile(r"\s*(?:['’]s\s+)?([^\W\d_]+)")
_BEFORE = re.compile(r"([^\W\d_]+)\s*$")


def names_a_government(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) of `text` the one of a government led by that person ("the
    Trump administration", « le gouvernement Trudeau »)? The phrase names the government, not
    the person: a government word (the packs' `leader_government_words`) right after or right before the name."""
    words = _government_words()
    after = _AFTER.match(text, end, min(len(text), end + 30))
    before = _BEFORE.search(text, max(0, start - 30), start)
    return any(m is not None and m.group(1).casefold() in words for m in (after, before))
