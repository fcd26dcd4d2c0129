"""Items of a list of demands: "your petitioners call upon the Government of Canada to:" followed
by "1. …", "2. …", "3. … by freezing the assets of …". Each item is a call addressed to the body
the lead-in names, although its own words are a bare verb ("freeze", "press", "stop") with no
call cue and no subject.

Why a document pass: the lead-in and the items are separate sentences; only their order tells
that "by freezing the assets" is demanded, not done. The lead-in is the last sentence before the
items that is no item itself; it ends with a colon and holds the pack's `call` cue. Its
addressee is the first organisation or country named after the cue; who calls is whoever is
named before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sanctionwatch.extract.facts import MeasureFact, Participant
from sanctionwatch.extract.hits import HINTS
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Mention, Sentence

ITEM = re.compile(r"\s*(?:[(\[]?[\d០-៩]{1,2}[.)\]]|[(\[]?[a-z][)\]]|[•▪◦*\-–])\s+")
"""List numbering or a bullet at the start of a sentence: "3. ", "b) ", "• ", "២) "."""
NUMBER_ONLY = re.compile(r"\s*[(\[]?(?:[\d០-៩]{1,2}|[a-z])[.)\]]\s*")
"""A sentence that is only the numbering ("1."): the splitter cut it from its item."""
LEAD_END = (":", "：")


@dataclass(frozen=True)
class Demand:
    """The lead-in of a list of demands: who is asked (the issuer of what they would do) and who asks."""

    addressee: Participant | None
    callers: tuple[Participant, ...]


def _lead(s: Sentence, pack: LanguagePack, mentions: Sequence[Mention]) -> Demand | None:
    cue = pack.cue("call")
    if cue is None or not s.text.rstrip().endswith(LEAD_END):
        return None
    m = cue.search(s.text)
    if m is None:
        return None
    at = s.start + m.start()
    inside = [x for x in mentions if s.start <= x.start and x.end <= s.end and x.label in HINTS]
    after = [x for x in inside if x.start >= at and x.label in ("ORG", "GPE")][:1]
    before = [x for x in inside if x.end <= at]
    addressee = next((Participant(x.name, "issuer", HINTS[x.label], None, x.start, x.end) for x in after), None)
    callers = tuple(Participant(x.name, "caller", HINTS[x.label], None, x.start, x.end) for x in before)
    return Demand(addressee, callers)


def demand_items(sentences: Sequence[Sentence], packs: dict[str, LanguagePack],
                 mentions: Sequence[Mention]) -> dict[int, Demand]:
    """Start offset of each sentence that is an item of a list of demands -> its lead-in."""
    out: dict[int, Demand] = {}
    lead: Demand | None = None
    numbered = False
    for s in sentences:
        pack = packs.get(s.lang)
        if pack is None:
            lead = None
            continue
        if NUMBER_ONLY.fullmatch(s.text):
            numbered = True
            continue
        if numbered or ITEM.match(s.text):
            numbered = False
            if lead is not None:
                out[s.start] = lead
            continue
        lead = _lead(s, pack, mentions)
    return out


def as_demanded(fact: MeasureFact, demand: Demand) -> MeasureFact:
    """A measure stated in an item of demands: called for, by the lead-in's callers, of its
    addressee (unless the item names its own issuer)."""
    if fact.status not in ("imposed", "announced"):
        return fact
    issuer = fact.issuer or (replace(demand.addressee) if demand.addressee else None)
    return replace(fact, status="called_for", issuer=issuer, callers=fact.callers or demand.callers)
