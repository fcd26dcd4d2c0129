"""The registry's vocabulary, independent of any language: event and measure kinds with their
PLOVER/CAMEO codes, statuses, roles, and the known institutions (until they move to the one
actor knowledge base).

Why here and not in the language packs: kinds end up in FtM statements and reports, so every
language must map its words onto the same names. The words themselves (triggers, cues) live in
`sanctionwatch/lang/<code>/`. Institution aliases are case-insensitive regexes matched on the
whole name; `(?-i:...)` marks the few that need their capital letter ("the Council").
"""

from __future__ import annotations

from dataclasses import dataclass

from sanctionwatch.kb import Actor, institutions, known_actors

# --------------------------------------------------------------------------------------------
# Roles and statuses
# --------------------------------------------------------------------------------------------

ROLES: dict[str, str] = {
    "perpetrator": "alleged perpetrator / responsible for a coercive act (the sentence says so)",
    "victim": "subject of a coercive act (arrested, detained, charged, banned, dissolved, freed)",
    "participant": "actor or subject of a non-coercive event (election, meeting, legislation)",
    "issuer": "authority that imposes, threatens or would impose a measure",
    "caller": "asks for a measure to be imposed (resolution, parliament, petition)",
    "commentator": "quoted speaker (said, told, stated)",
    "target": "person, body or described class a measure is aimed at",
    "authority": "court, judge or prosecutor acting in a trial, charge or sentence",
}

STATUSES: dict[str, str] = {
    "imposed": "decided and announced by the issuer (in force now or from the announced date)",
    "announced": "issuer says it will impose, without a condition (future tense, headlines)",
    "threatened": "issuer warns, may consider, is reviewing, or makes it conditional",
    "called_for": "someone asks an authority to impose it",
    "lifted": "issuer says it has lifted or removed it (never for a hypothetical lifting)",
}

# --------------------------------------------------------------------------------------------
# Event and measure kinds (their words are in each language pack: sanctionwatch/lang/*)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventKind:
    """One event kind and its codes.

    coercive: the grammatical object/patient is a victim and the agent an alleged perpetrator.
    agent_is_subject: intransitive kinds (exile: "X fled") where the agent is the one affected.
    """

    name: str
    plover: str
    cameo: str
    coercive: bool
    agent_is_subject: bool = False


EVENT_KINDS: dict[str, EventKind] = {
    k.name: k
    for k in (
        EventKind("house_arrest", "COERCE", "173", True),
        EventKind("arrest", "COERCE", "173", True),
        EventKind("detention", "COERCE", "173", True),
        EventKind("charge", "ACCUSE", "112", True),
        EventKind("trial", "COERCE", "1721", True),
        EventKind("conviction", "SANCTION", "1723", True),
        EventKind("release", "RETREAT", "0841", False),
        EventKind("party_dissolution", "COERCE", "172", True),
        EventKind("political_ban", "COERCE", "172", True),
        EventKind("election", "OTHER", "", False),
        EventKind("killing", "ASSAULT", "186", True),
        EventKind("attack", "ASSAULT", "18", True),
        EventKind("repression", "COERCE", "17", True),
        EventKind("media_closure", "COERCE", "172", True),
        EventKind("legislation", "OTHER", "", False),
        EventKind("dismissal", "COERCE", "172", False),
        EventKind("meeting", "CONSULT", "04", False),
        EventKind("exile", "COERCE", "174", True, agent_is_subject=True),
        EventKind("appointment", "OTHER", "", False),
        EventKind("disqualification", "COERCE", "172", True),
        EventKind("pardon", "RETREAT", "0841", False),
    )
}


PERSONAL_KINDS = frozenset({"arrest", "detention", "house_arrest", "charge", "trial", "conviction",
                            "release", "pardon", "exile"})
"""Kinds that befall a person: a possessive that may mean "his", "her" or "its" (« son
arrestation ») stands for a person there, while « sa dissolution » is a party's."""


JUDICIAL_KINDS = frozenset({"arrest", "detention", "charge", "trial", "conviction"})
"""Kinds a state's justice also carries out against the people a report accuses: when the
authority that sanctions in the report is their agent (a prosecution of a designated man), the
act is law enforcement, and its agent no perpetrator (`acts._sanctioning_justice`)."""


IMPOSABLE_KINDS = frozenset({"legislation"})
"""Kinds of act that can be imposed on people (a law imposed on a city): then who imposes it
is a perpetrator (`reading._imposed`), though passing a law is no coercion in itself."""

INSTRUMENT_KINDS = frozenset({"legislation"})
"""Kinds whose subject is the instrument the act makes (a law, an order, a sanctions regime):
two of them told in one sentence, each by its own trigger, are two acts (`acts._merge_events`)."""

HELD_KINDS = frozenset({"detention", "house_arrest"})
"""Kinds that are a state someone is held in ("placed in detention", « placé en détention »):
whoever puts a person there holds them, and a court or the police is never the one held."""


@dataclass(frozen=True)
class MeasureKind:
    """One measure kind and its codes; sanction: counts for the FtM `sanction` topic."""

    name: str
    plover: str
    cameo: str
    sanction: bool


MEASURE_KINDS: dict[str, MeasureKind] = {
    k.name: k
    for k in (
        MeasureKind("visa_restriction", "SANCTION", "163", True),
        MeasureKind("asset_freeze", "SANCTION", "163", True),
        MeasureKind("sdn_designation", "SANCTION", "163", True),
        MeasureKind("targeted_measures", "SANCTION", "163", True),
        MeasureKind("sanctions", "SANCTION", "163", True),
        MeasureKind("aid_suspension", "REDUCE", "163", False),
        MeasureKind("trade_preference_withdrawal", "REDUCE", "163", False),
        MeasureKind("non_recognition", "REJECT", "12", False),
        MeasureKind("arms_embargo", "SANCTION", "163", True),
        MeasureKind("export_restriction", "SANCTION", "163", True),
        MeasureKind("election_observation_declined", "REJECT", "12", False),
    )
}

SANCTION_KINDS: tuple[str, ...] = tuple(k for k, v in MEASURE_KINDS.items() if v.sanction)

KIND_DEFAULT_ISSUER: dict[str, str] = {"sdn_designation": "US Department of the Treasury"}
"""Measures only one authority can impose: the SDN list is OFAC's, whoever is urged."""


def issuer_is(name: str, canonical: str) -> bool:
    """Does `name` (as written) name the institution `canonical` of INSTITUTIONS?"""
    import re

    if name.strip() == canonical:  # already under its canonical name (acts._canonical_bodies)
        return True
    for entry in INSTITUTIONS:
        if entry.name == canonical:
            return any(re.fullmatch(alias, name.strip(), re.IGNORECASE)
                       or re.fullmatch(r"(?:the\s+)?(?:" + alias + r")(?:'s)?", name.strip(), re.IGNORECASE)
                       for alias in entry.aliases)
    return False

# --------------------------------------------------------------------------------------------
# Gazetteers: issuing institutions and frequent actors (alias regexes are case-insensitive
# unless they start with (?-i:...)); canonical name -> (FtM schema hint, aliases)
# --------------------------------------------------------------------------------------------


GazetteerEntry = Actor
"""A known institution or actor of the one knowledge base (`sanctionwatch/kb/actors.json`):
canonical `name`, FtM `schema`, `aliases` (case-insensitive regexes), `issuer` flag, `parent`."""

INSTITUTIONS: tuple[Actor, ...] = institutions()
"""Issuing authorities, most specific first (the longest alias match wins anyway)."""

ACTORS: tuple[Actor, ...] = known_actors()
"""Frequent actors that are not authorities, so that bare sentences can name them."""

PEP_TITLES: tuple[str, ...] = (
    "prime minister", "minister", "secretary of state", "ambassador", "president", "senator",
    "member of parliament", "mp", "official", "spokesman", "spokesperson", "premier", "judge",
    "premier ministre", "ministre", "député", "officiel",
)
ACTIVIST_WORDS: tuple[str, ...] = (
    "opposition", "activist", "defender", "cnrp", "journalist", "critic", "trade unionist",
)
