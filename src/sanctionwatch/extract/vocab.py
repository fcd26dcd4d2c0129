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

KIND_DEFAULT_ISSUER: dict[str, str] = {"sdn_designation": "US Treasury (OFAC)"}
"""Measures only one authority can impose: the SDN list is OFAC's, whoever is urged."""


def issuer_is(name: str, canonical: str) -> bool:
    """Does `name` (as written) name the institution `canonical` of INSTITUTIONS?"""
    import re

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


@dataclass(frozen=True)
class GazetteerEntry:
    """A known institution or actor: canonical name, FtM schema hint, aliases, issuer flag."""

    name: str
    schema: str
    aliases: tuple[str, ...]
    issuer: bool = True
    parent: str | None = None


INSTITUTIONS: tuple[GazetteerEntry, ...] = (
    GazetteerEntry("US Treasury (OFAC)", "PublicBody", (
        r"office of foreign assets control(?: \(ofac\))?(?: of the department of the treasury)?",
        r"\bofac\b", r"department of the treasury", r"treasury department", r"u\.?s\.? treasury",
        r"\btreasury\b",
    ), parent="United States"),
    GazetteerEntry("US Department of State", "PublicBody", (
        r"(?:u\.?s\.? )?department of state", r"(?:the )?state department", r"secretary of state",
        r"département d[’']etat", r"department spokesperson", r"ក្រសួងការបរទេសអាមេរិក",
    ), parent="United States"),
    GazetteerEntry("US Embassy Phnom Penh", "PublicBody", (
        r"(?:u\.?s\.? |us )embassy(?: in phnom penh)?", r"ambassade des etats-unis(?: à phnom penh)?",
        r"ស្ថានទូតអាមេរិក",
    ), parent="United States"),
    GazetteerEntry("US Congress", "PublicBody", (
        r"u\.?s\.? congress", r"\bcongress\b", r"house of representatives", r"u\.?s\.? senate",
        r"united states senate", r"congrès américain",
    ), parent="United States"),
    GazetteerEntry("White House", "PublicBody", (
        r"white house", r"maison blanche", r"president trump", r"\btrump\b",
    ), parent="United States"),
    GazetteerEntry("United States", "Country", (
        r"united states(?: of america)?(?: government)?", r"\bu\.s\.(?=\s)", r"\bu\.s\b", r"\bus\b(?= (?:to|restricts|warns|issues|imposes|government|has|will))",
        r"(?-i:\bUSA?\b)", r"etats-unis", r"états-unis", r"washington", r"សហរដ្ឋអាមេរិក", r"អាមេរិក",
    )),
    GazetteerEntry("EU Council", "PublicBody", (
        r"(?:eu )?foreign affairs council", r"council of the (?:european union|eu)",
        r"(?:the )?eu council", r"conseil de l[’'] ?union européenne", r"conseil des affaires étrangères",
        r"(?-i:\b(?:[Tt]he|[Ll]e) (?:Council|Conseil)\b)(?! (?:of the Inter|des Droits|[Cc]onstitutionnel|for))",
    ), parent="European Union"),
    GazetteerEntry("European Parliament", "PublicBody", (
        r"european parliament", r"parlement européen", r"\bmeps\b", r"(?-i:\bParliament\b)(?= (?:also|urges|asks|calls|expresses|demands))",
        r"រដ្ឋសភាសហគមអុឺរ៉ុប", r"សភាអឺរ៉ុប",
    ), parent="European Union"),
    GazetteerEntry("European Commission", "PublicBody", (
        r"european commission", r"commission européenne", r"(?-i:\bthe Commission\b)", r"(?-i:\bla Commission\b)",
    ), parent="European Union"),
    GazetteerEntry("EEAS", "PublicBody", (
        r"european external action service(?: \(eeas\))?", r"\beeas\b",
    ), parent="European Union"),
    GazetteerEntry("HR/VP Mogherini", "Person", (
        r"(?:hr/vp |federica )?mogherini", r"high representative(?: of the (?:european )?union)?(?: for foreign affairs and security policy)?",
    ), parent="European Union"),
    GazetteerEntry("European Union", "PublicBody", (
        r"european unions?", r"\beu\b", r"union européenne", r"l[’']union européenne", r"\bl[’']ue\b", r"\bue\b",
        r"សហភាពអឺរ៉ុប", r"សហគមន៍អឺរ៉ុប", r"សហគមអុឺរ៉ុ[បន]",
    )),
    GazetteerEntry("Inter-Parliamentary Union", "PublicBody", (
        r"inter-parliamentary union", r"\bipu\b", r"union interparlementaire",
    )),
    GazetteerEntry("United Nations", "PublicBody", (
        r"united nations", r"\bun\b(?= (?:working group|human rights|secretary|officials|general assembly))", r"nations unies", r"\bonu\b", r"អង្គការសហប្រជាជាតិ",
    )),
    GazetteerEntry("Canada", "Country", (r"\bcanada\b", r"government of canada", r"កាណាដា")),
    GazetteerEntry("Japan", "Country", (r"\bjapan\b", r"\bjapon\b", r"ជប៉ុន")),
    GazetteerEntry("Australia", "Country", (r"\baustralia\b", r"\baustralie\b", r"អូស្ត្រាលី")),
    GazetteerEntry("United Kingdom", "Country", (r"united kingdom", r"\buk\b", r"royaume[- ]uni")),
    GazetteerEntry("Germany", "Country", (r"\bgermany\b", r"german government", r"\ballemagne\b")),
    GazetteerEntry("France", "Country", (r"\bfrance\b", r"quai d[’']orsay")),
    GazetteerEntry("New Zealand", "Country", (r"new zealand", r"nouvelle-zélande")),
)
"""Issuing authorities. More specific entries first: the longest alias match wins anyway."""

ACTORS: tuple[GazetteerEntry, ...] = (
    GazetteerEntry("Government of Cambodia", "PublicBody", (
        r"(?:the )?(?:royal )?(?:cambodian|cambodia[’']s) government", r"government of cambodia",
        r"(?:the )?cambodian authorities", r"authorities (?:of|in) cambodia", r"gouvernement cambodgien",
        r"autorités cambodgiennes", r"gouvernement (?:de hun sen|royal du cambodge)", r"hun sen gou?vernment",
        r"(?:the )?hun sen (?:regime|government)", r"régime de hun sen",
        r"រដ្ឋាភិបាលកម្ពុជា",
    ), issuer=False),
    GazetteerEntry("Supreme Court of Cambodia", "PublicBody", (
        r"supreme court", r"cour suprême",
    ), issuer=False),
    GazetteerEntry("National Assembly of Cambodia", "PublicBody", (
        r"national assembly", r"assemblée nationale", r"l[’']assemblée de hun sen", r"regime-controlled parliament",
    ), issuer=False),
    GazetteerEntry("Ministry of Interior of Cambodia", "PublicBody", (
        r"(?:cambodian )?ministry of interior", r"ministère de l[’']intérieur",
    ), issuer=False),
    GazetteerEntry("National Election Committee", "PublicBody", (
        r"(?:cambodian )?national election committee", r"commission nationale des elections", r"\bnec\b", r"គ\.ជ\.ប\.?", r"គជប",
    ), issuer=False),
    GazetteerEntry("Cambodian People's Party", "Organization", (
        r"cambodian? people[’']s party", r"\bcpp\b", r"parti du peuple cambodgien", r"គណបក្សប្រជាជនកម្ពុជា",
    ), issuer=False),
    GazetteerEntry("Cambodia National Rescue Party", "Organization", (
        r"cambodian? national rescue party", r"\bcnrp\b", r"parti du salut national",
        r"(?:the )?(?:main|sole|largest|only viable) opposition (?:political )?party",
        r"(?:le )?principal parti d[’']opposition", r"parti d[’']opposition",
        r"គណបក្សសង្គ្រោះជាតិ",
    ), issuer=False),
    GazetteerEntry("Radio Free Asia", "Organization", (r"radio free asia", r"\brfa\b", r"អាស៊ីសេរី"), issuer=False),
    GazetteerEntry("Voice of America", "Organization", (r"voice of america", r"\bvoa\b(?= (?:khmer|radio|broadcasts))"), issuer=False),
    GazetteerEntry("Cambodia Daily", "Organization", (r"cambodia daily", r"ខេមបូឌាដេលី"), issuer=False),
    GazetteerEntry("Voice of Democracy", "Organization", (r"voice of democracy",), issuer=False),
    GazetteerEntry("Hun Sen", "Person", (r"(?:prime minister )?hun[ -]sen", r"ហ៊ុន[ -]?សែន"), issuer=False),
    GazetteerEntry("Kem Sokha", "Person", (r"kem sokha", r"(?<![\w])sokha\b", r"កឹម[ -]?សុខា"), issuer=False),
    GazetteerEntry("Sam Rainsy", "Person", (r"sam rainsy", r"សម[ -]?រង្ស៊?ុ?ី"), issuer=False),
    GazetteerEntry("Mu Sochua", "Person", (r"mu sochua", r"ម៉ួរ[ -]?សុខហួរ"), issuer=False),
)
"""Frequent Cambodian actors, so that sentence-only extraction can find them without NER.

Coreference shortcut, stated: in this corpus "the main opposition party" is always the CNRP.
"""

PEP_TITLES: tuple[str, ...] = (
    "prime minister", "minister", "secretary of state", "ambassador", "president", "senator",
    "member of parliament", "mp", "official", "spokesman", "spokesperson", "premier", "judge",
    "premier ministre", "ministre", "député", "officiel",
)
ACTIVIST_WORDS: tuple[str, ...] = (
    "opposition", "activist", "defender", "cnrp", "journalist", "critic", "trade unionist",
)
