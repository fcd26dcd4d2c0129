"""The one place that names what the extractors look for: kinds, statuses, roles, cue words.

Why one module: event and measure kinds are the registry's vocabulary (they end up in FtM
statements and in reports), so their PLOVER/CAMEO mapping and their trigger words in English,
French and Khmer must not drift apart between the extractors. Everything here is data; the
regular expressions are compiled once by the extractors. All patterns are matched
case-insensitively on the original sentence text (so offsets survive); `(?-i:...)` marks the few
aliases that need their capital letter (e.g. "the Council").
"""

from __future__ import annotations

from dataclasses import dataclass, field

LANGS: tuple[str, ...] = ("en", "fr", "km")

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
# Event kinds
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventKind:
    """One event kind: its codes, whether it is state coercion, and its triggers per language.

    coercive: the grammatical object/patient is a victim and the agent an alleged perpetrator.
    agent_is_subject: intransitive kinds (exile: "X fled") where the agent is the one affected.
    """

    name: str
    plover: str
    cameo: str
    coercive: bool
    triggers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    agent_is_subject: bool = False


EVENT_KINDS: dict[str, EventKind] = {
    k.name: k
    for k in (
        EventKind(
            "house_arrest", "COERCE", "173", True,
            {
                "en": (r"house arrest",),
                "fr": (r"assignation à résidence", r"résidence surveillée"),
                "km": (r"ឃុំឃាំងក្នុងផ្ទះ", r"ឃុំខ្លួនក្នុងផ្ទះ"),
            },
        ),
        EventKind(
            "arrest", "COERCE", "173", True,
            {
                "en": (r"arrest(?:s|ed|ing)?", r"detained and charged"),
                "fr": (r"arrestations?", r"arrêtée?s?", r"interpellée?s?"),
                "km": (r"ចាប់ខ្លួន", r"ការចាប់"),
            },
        ),
        EventKind(
            "detention", "COERCE", "173", True,
            {
                "en": (
                    r"detain(?:s|ed|ing)?", r"detention", r"imprison(?:s|ed|ing|ment)?",
                    r"jail(?:s|ed|ing)?", r"incarcerat(?:e|es|ed|ing|ion)",
                    r"put in (?:jail|prison)", r"solitary confinement",
                ),
                "fr": (
                    r"détention", r"détenue?s?", r"emprisonn(?:ée?s?|ement|er)",
                    r"incarcér(?:ée?s?|ation|er)", r"mis en prison",
                ),
                "km": (r"ចាប់ដាក់គុក", r"ដាក់គុក", r"ចាប់ដាក់ឃុំ", r"ដាក់ឃុំ", r"ឃុំឃាំង"),
            },
        ),
        EventKind(
            "charge", "ACCUSE", "112", True,
            {
                "en": (r"charged", r"charges", r"indict(?:ed|ment)"),
                "fr": (r"inculpée?s?", r"inculpation", r"chefs? d[’']accusation"),
                "km": (r"ចោទប្រកាន់", r"បទចោទ"),
            },
        ),
        EventKind(
            "trial", "COERCE", "1721", True,
            {
                "en": (r"trial", r"prosecut(?:ed|ion|ions)", r"court hearing"),
                "fr": (r"procès", r"poursuites? judiciaires?"),
                "km": (r"កាត់ក្តី", r"កាត់ទោស"),
            },
        ),
        EventKind(
            "conviction", "SANCTION", "1723", True,
            {
                "en": (
                    r"convicted", r"conviction", r"convictions", r"sentenced",
                    r"found guilty", r"jailed for \w+ years",
                ),
                "fr": (r"condamnée?s? (?:\w+ ){0,2}?à (?:\w+ ){0,4}?(?:ans?|mois|peine|prison)\b", r"reconnue? coupable"),
                "km": (r"ផ្តន្ទាទោស",),
            },
        ),
        EventKind(
            "release", "RETREAT", "0841", False,
            {
                "en": (r"releas(?:e|es|ed|ing)", r"free(?:s|d|ing)?(?= (?:mr|ms|mrs|kem|all|him|her|them|political|the|on bail|from))",
                       r"pardon(?:s|ed|ing)?", r"royal pardon"),
                "fr": (r"libération", r"libérée?s?", r"libérer", r"relâchée?s?", r"graciée?s?", r"grâce royale"),
                "km": (r"ដោះលែង", r"លើកលែងទោស"),
            },
        ),
        EventKind(
            "party_dissolution", "COERCE", "172", True,
            {
                "en": (r"dissol(?:ve|ves|ved|ving|ution)", r"dismantl(?:e|ed|ing)", r"outlaw(?:ed|s)?"),
                "fr": (r"dissolution", r"dissou[st]e?", r"dissoudre", r"dissolvant"),
                "km": (r"រំលាយ",),
            },
        ),
        EventKind(
            "political_ban", "COERCE", "172", True,
            {
                "en": (
                    r"bann(?:ed|ing) (?:\w+ ){0,5}?from (?:political|electoral|politics|office|engaging|being|participating|taking part)",
                    r"bann(?:ed|ing)(?=[^.;]{0,140}\bfrom (?:political|electoral|politics|office|engaging|participating|taking part))",
                    r"ban(?:s)? on (?:\w+ ){0,3}?(?:political|opposition)",
                    r"ban(?:s)? on (?:the )?(?:\d+ )?(?:\w+ ){0,2}?(?:cnrp|politicians|lawmakers)",
                    r"bann(?:ed|ing)(?! from (?:entering|travel|the united states|the us\b))",
                    r"ban on political activity", r"barred from (?:participating|taking part|running)",
                    r"banning from political activity", r"political ban",
                ),
                "fr": (
                    r"interdiction (?:faite )?(?:à|aux|de) (?:\d+ )?(?:[\w’']+ ){0,12}?(?:activités politiques|politique)",
                    r"interdit à \d+ membres", r"interdire aux dirigeants", r"interdite?s?(?! (?:de|d[’']|à|aux))",
                ),
                "km": (r"បំបិទសិទ្ធិ", r"ហាមឃាត់សកម្មភាពនយោបាយ"),
            },
        ),
        EventKind(
            "election", "OTHER", "", False,
            {
                "en": (r"elections?(?! committee| law)", r"polls?(?= )", r"vote(?= on)"),
                "fr": (r"élections?(?! des? | libres)",),
                "km": (r"ការបោះឆ្នោត",),
            },
        ),
        EventKind(
            "killing", "ASSAULT", "186", True,
            {
                "en": (r"murder(?:ed)?", r"assassinat(?:ed|ion)", r"killed", r"killing"),
                "fr": (r"assassinée?", r"assassinat", r"tuée?"),
                "km": (r"ឃាតកម្ម", r"សម្លាប់"),
            },
        ),
        EventKind(
            "attack", "ASSAULT", "18", True,
            {
                "en": (r"attack(?:s|ed)?(?= (?:the|on|against|opposition|peaceful))", r"physical attacks", r"violence against"),
                "fr": (r"agressée?s?",),
                "km": (r"វាយប្រហារ",),
            },
        ),
        EventKind(
            "repression", "COERCE", "17", True,
            {
                "en": (r"crack(?:ed)? down on", r"crackdown", r"repression", r"harassment"),
                "fr": (r"répression", r"harcèlement"),
                "km": (r"បង្ក្រាប", r"គាបសង្កត់"),
            },
        ),
        EventKind(
            "media_closure", "COERCE", "172", True,
            {
                "en": (r"shut down", r"forced (?:to )?clos(?:e|ure)", r"closure of (?:\w+ ){0,3}?(?:radio|newspaper|media)",
                       r"forced (?:to )?(?:close|shut)(?: down)?(?: (?:its|their) (?:\w+ )?(?:offices?|bureaus?|operations|doors))?",
                       r"clos(?:ed|es|ing) (?:its|their) (?:\w+ ){0,2}?(?:offices?|bureaus?|operations|doors)",
                       r"ceased (?:publication|publishing|operations|broadcasting)"),
                "fr": (r"fermeture d(?:e|’|')(?:\w+ ){0,3}?(?:radios?|journal|médias?)",
                       r"contrainte?s? (?:de|à) fermer(?: (?:ses|son|leurs?) (?:\w+ )?(?:bureaux?|portes))?",
                       r"(?:a|ont) fermé (?:ses|son|leurs?) (?:\w+ )?(?:bureaux?|portes)"),
                "km": (r"ត្រូវបានបិទ", r"បិទការិយាល័យ"),
            },
        ),
        EventKind(
            "legislation", "OTHER", "", False,
            {
                "en": (r"passage of amendments", r"passed (?:the )?amendments", r"amendments to", r"amended (?:\d{4} )?law",
                       r"amend(?:ed|s|ing)? (?:the |its |a )?(?:[\w’'-]+ ){0,4}?(?:law|laws|constitution|code)",
                       r"(?:was|were|has been|have been|had been) (?:\w+ly )?amended"),
                "fr": (r"amendements aux lois", r"amendements de la loi", r"adopter les amendements",
                       r"(?:a|ont) été (?:\w+ment )?(?:amendée?s?|modifiée?s?)(?= (?:en|le|par|pour|afin|,|\d))",
                       r"(?:amend|modifi)(?:é|er|ant) (?:la|les) (?:loi|lois|constitution)"),
                "km": (r"វិសោធនកម្មច្បាប់", r"ធ្វើវិសោធនកម្ម"),
            },
        ),
        EventKind(
            "dismissal", "COERCE", "172", False,
            {
                "en": (r"fire[sd] (?=\w)", r"ousts?", r"dismissed", r"stripped of (?:their|his|her) (?:parliamentary )?mandates?", r"revocation of the parliamentary mandate"),
                "fr": (r"démise? de ses fonctions", r"limogée?"),
                "km": (r"ដកតំណែង",),
            },
        ),
        EventKind(
            "meeting", "CONSULT", "04", False,
            {
                "en": (r"meets? with", r"met (?:with|here)", r"meeting with"),
                "fr": (r"rencontre (?:entre|avec)",),
                "km": (r"បានជួប", r"ជួបសំណេះសំណាល"),
            },
        ),
        EventKind(
            "exile", "COERCE", "174", True,
            {
                "en": (r"(?:went|go|gone|living|lives|live) into exile", r"lives in exile", r"fled (?:the country|cambodia)", r"in self-exile", r"exiled",
                       r"in (?:self-imposed )?exile", r"self-imposed exile", r"forced into exile",
                       r"fled (?:to |into )?(?:abroad|overseas|thailand|france|the united states)"),
                "fr": (r"en exil", r"exilée?s?", r"(?:a|ont|avait|avaient) fui (?:le pays|le cambodge|à l[’']étranger)"),
                "km": (r"និរទេសខ្លួន", r"និរទេស"),
            },
            agent_is_subject=True,
        ),
        EventKind("appointment", "OTHER", "", False),
        EventKind("disqualification", "COERCE", "172", True),
        EventKind("pardon", "RETREAT", "0841", False),
    )
}
"""Event kinds. Order matters only for overlapping triggers: the longest match wins."""

# --------------------------------------------------------------------------------------------
# Measure kinds
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeasureKind:
    """One measure kind, its codes, and trigger patterns per language.

    sanction: counts for the FtM `sanction` topic when imposed on a named target.
    object_patterns / action_patterns: two-part triggers (e.g. EBA + withdraw/review) that only
    fire when both occur within `window` characters of each other in the same clause.
    """

    name: str
    plover: str
    cameo: str
    sanction: bool
    triggers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    object_patterns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    action_patterns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    window: int = 90


MEASURE_KINDS: dict[str, MeasureKind] = {
    k.name: k
    for k in (
        MeasureKind(
            "visa_restriction", "SANCTION", "163", True,
            {
                "en": (
                    r"visa restrictions?", r"visa bans?", r"visa sanctions?",
                    r"restrict(?:s|ed|ing)? (?:the )?entry into", r"restrict(?:s|ed|ing)? visas",
                    r"deny visas", r"travel restrictions?", r"travel bans?", r"entry bans?",
                    r"visa(?:s)? (?:will be )?(?:restricted|denied|suspended)",
                ),
                "fr": (
                    r"restrictions? de visas?", r"mesures? de restriction de visas?",
                    r"suspend(?:re|u)? (?:l[’']attribution )?(?:de |du |le )?visas?",
                    r"interdictions? de visas?", r"refus de visas?", r"interdictions? d[’']entrée",
                    r"interdictions? de (?:voyager|voyage)",
                ),
                "km": (r"បម្រាមទិដ្ឋាការ", r"រឹតបន្តឹងទិដ្ឋាការ", r"បិទទិដ្ឋាការ", r"ហាមប្រាមទិដ្ឋាការ"),
            },
        ),
        MeasureKind(
            "asset_freeze", "SANCTION", "163", True,
            {
                "en": (r"asset freezes?", r"freez(?:e|es|ing) (?:of )?(?:the |their )?assets", r"freeze (?:\w+ ){0,2}assets", r"assets? (?:were |be )?frozen"),
                "fr": (r"gel(?:er)? (?:des |les )?avoirs", r"gel des biens"),
                "km": (r"បង្កកទ្រព្យ",),
            },
        ),
        MeasureKind(
            "sdn_designation", "SANCTION", "163", True,
            {
                "en": (r"specially designated nationals(?: \(sdn\))? list", r"sdn list", r"global magnitsky"),
                "fr": (r"liste sdn", r"magnitsky"),
                "km": (),
            },
        ),
        MeasureKind(
            "targeted_measures", "SANCTION", "163", True,
            {
                "en": (r"targeted (?:measures|sanctions)", r"restrictive measures", r"blacklisting", r"blacklist"),
                "fr": (r"mesures ciblées", r"mesures restrictives"),
                "km": (r"បញ្ជីខ្មៅ",),
            },
        ),
        MeasureKind(
            "sanctions", "SANCTION", "163", True,
            {
                "en": (r"sanctions?(?! programme)", r"punitive measures", r"appropriate measures", r"concrete actions? against"),
                "fr": (r"sanctions?", r"mesures appropriées", r"actions concrètes contre"),
                "km": (r"ទណ្ឌកម្ម",),
            },
        ),
        MeasureKind(
            "aid_suspension", "REDUCE", "163", False,
            {
                "en": (
                    r"suspend(?:s|ed|ing)? (?:[\w’'-]+ ){0,3}?(?:financial )?(?:assistance|aid|support|funding)",
                    r"cut (?:off )?(?:its |their )?aid", r"(?:assistance|aid|support) (?:is |was )?(?:currently )?suspended",
                ),
                "fr": (r"couper son aide", r"suspend(?:re|u)? (?:son |leur |l[’'])?aide"),
                "km": (r"ផ្តាច់ជំនួយ",),
            },
        ),
        MeasureKind(
            "trade_preference_withdrawal", "REDUCE", "163", False,
            {},
            object_patterns={
                "en": (
                    r"everything but arms", r"\beba\b", r"generalised scheme of preferences",
                    r"\bgsp\b", r"trade preferences?", r"preferential trade", r"free-tariff",
                ),
                "fr": (r"everything but arms", r"\beba\b", r"préférences commerciales", r"\bspg\b"),
                "km": (r"អនុគ្រោះពន្ធ",),
            },
            action_patterns={
                "en": (
                    r"withdraw(?:s|n|al|ing)?", r"review", r"scrutinis(?:e|ing)", r"suspen(?:d|sion)",
                    r"cut(?:ting)? off", r"consequences", r"investigation", r"revok(?:e|ing)",
                ),
                "fr": (r"retrait", r"retirer", r"suspen(?:dre|sion)", r"réexamen", r"enquête"),
                "km": (r"ដក", r"តាមដាន", r"ផ្អាក"),
            },
        ),
        MeasureKind(
            "non_recognition", "REJECT", "12", False,
            {
                "en": (r"not (?:to )?recogni[sz]e", r"non-recognition", r"refuse to recogni[sz]e"),
                "fr": (r"ne (?:\w+ )?reconnaiss?e(?:nt)? pas", r"ne pas reconnaître"),
                "km": (r"មិនទទួលស្គាល់", r"កុំទទួលស្គាល់"),
            },
        ),
        MeasureKind("arms_embargo", "SANCTION", "163", True),
        MeasureKind("export_restriction", "SANCTION", "163", True),
        MeasureKind(
            "election_observation_declined", "REJECT", "12", False,
            {
                "en": (r"declined to observe", r"decline to observe", r"will not (?:send|observe)"),
                "fr": (r"refus(?:é|er) d[’']observer", r"pas d[’']observateurs"),
                "km": (),
            },
        ),
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
# Status cues (matched on the lower-cased clause before the trigger unless said otherwise)
# --------------------------------------------------------------------------------------------

CALL_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"\burg(?:e|es|ed|ing)\b", r"\bcall(?:s|ed|ing)? (?:on|upon|for)\b", r"\bask(?:s|ed)?\b",
        r"\bdemand(?:s|ed)?\b", r"\brequest(?:s|ed)?\b", r"\bpress(?:es)? for\b",
        r"\brecommend(?:s|ed)?\b", r"\bpetition\b", r"\binvites?\b",
        r"\bcalling for\b", r"\bcall for\b", r"\bappeal(?:s|ed)? (?:to|for)\b",
    ),
    "fr": (
        r"\bdemand(?:e|ent|ons|é|er)\b", r"\bappel(?:le|lent|ons|er)?\b", r"\bexhort(?:e|ent|ons)\b",
        r"\binvite\b", r"\bpriez?\b", r"\bréclam(?:e|ent|ons)\b", r"\bpétition\b",
    ),
    "km": (r"អំពាវនាវ", r"ទាមទារ", r"សុំ", r"ស្នើ", r"ជំរុញ"),
}
CALL_CUE_NEAR_KM: tuple[str, ...] = (r"អោយ", r"ឲ្យ")
"""Khmer causative 'let/make': a call only right before the measure (it also means 'give')."""

THREAT_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bthreat(?:en|ens|ened|ening)?\b", r"\bwarn(?:s|ed|ing)?\b", r"\bmay\b", r"\bmight\b",
        r"\bcould\b", r"\bconsider(?:s|ed|ing)?\b", r"\bready to\b", r"\bprepared to\b",
        r"\bhints? at\b", r"\bpossib(?:le|ility)\b", r"\breview\b", r"\bscrutinis", r"\bwould\b",
    ),
    "fr": (
        r"\bmenac(?:e|ent|é)\b", r"\bprévient\b", r"\bpourrai(?:en)?t\b", r"\benvisag",
        r"\bprête? à\b", r"\bpossibles?\b", r"\bsi la situation\b",
    ),
    "km": (r"ព្រមាន", r"គំរាម", r"អាច", r"បើ"),
}
CONDITIONAL_CUES: dict[str, tuple[str, ...]] = {
    "en": (r"\bif\b", r"\bunless\b", r"\botherwise\b", r"\bif not\b"),
    "fr": (r"\bsi\b", r"\bsinon\b", r"\bà moins\b"),
    "km": (r"បើ", r"ប្រសិនបើ"),
}
FUTURE_CUES: dict[str, tuple[str, ...]] = {
    "en": (r"\bwill\b", r"\bshall\b", r"\bto\s*$"),
    "fr": (r"\bseront\b", r"\bsera\b", r"\bva\b", r"\bvont\b"),
    "km": (r"នឹង",),
}
PERFORMATIVE_CUES: dict[str, tuple[str, ...]] = {
    "en": (r"\bwe announce\b", r"\bannounce[sd]?\b", r"\bdecision to\b", r"\bdecided to\b", r"\bhas decided\b"),
    "fr": (r"\bannonce\b", r"\bdécid",),
    "km": (r"ប្រកាស",),
}
LIFT_CUES: dict[str, tuple[str, ...]] = {
    "en": (r"\blift(?:s|ed|ing)?\b(?: of)?", r"\bremov(?:e|ed|al)\b(?: of)?", r"\brescind"),
    "fr": (r"\blev(?:ée|er|é)\b", r"\bsuppression\b"),
    "km": (r"លើក(?:លែង)?",),
}
HYPOTHETICAL_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bcould\b", r"\bwould\b", r"\bmay\b", r"\bmight\b", r"\bif\b", r"\bshould\b",
        r"\bmust\b", r"\bunless\b", r"\burg(?:e|es|ed|ing)\b", r"\bcall(?:s|ed)? (?:on|for|upon)\b",
        r"\bask(?:s|ed)?\b", r"\bdemand(?:s|ed)?\b", r"\bexpect\b", r"\bin order to\b",
        r"\bcalls? for\b", r"\bencourag(?:e|ed|es)\b", r"\brequest", r"\bwish(?:es)?\b", r"\brisks?\b",
        r"\bcalling for\b", r"\bour call\b", r"\bcall that\b", r"\bappeal",
    ),
    "fr": (
        r"\bpourrai", r"\bsi\b", r"\bdemand", r"\bappel", r"\bexhort", r"\bdevrait\b",
        r"\bpour que\b", r"\bafin de\b", r"\bsoit\b",
    ),
    "km": (r"អំពាវនាវ", r"ទាមទារ", r"សុំ", r"បើ", r"ដើម្បី"),
}
NEGATION_CUES: dict[str, tuple[str, ...]] = {
    "en": (r"\bnot\b", r"\bnever\b", r"\bno\b", r"n[’']t\b", r"\bwithout\b"),
    "fr": (r"\bne\b", r"\bn[’']", r"\bjamais\b", r"\bsans\b"),
    "km": (r"មិន", r"គ្មាន", r"កុំ"),
}
SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "en": (r"\bsaid\b", r"\bsays\b", r"\btold\b", r"\bstated\b", r"\badded\b", r"\bwrote\b", r"\bdeclined to comment\b"),
    "fr": (r"\ba déclaré\b", r"\ba dit\b", r"\bdéclare\b", r"\bselon\b", r"\ba conclu\b"),
    "km": (r"បានថ្លែង", r"បាននិយាយ", r"មានប្រសាសន៍"),
}

CLAUSE_BREAKS: tuple[str, ...] = (
    r";", r"\bwhereas\b", r":", r"។", r"\bbut\b", r"\bhowever\b", r"\bmais\b", r"\btandis que\b",
)
"""Where a cue stops governing what follows (a ';' or a new 'whereas' clause)."""

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

VICTIM_GROUP_PATTERNS: tuple[str, ...] = (
    r"(?:all )?(?:\d+ )?(?:(?:senior|leading|former|elected|prominent|exiled|other|top|opposition|cnrp|political|human rights|civil society|local)\s+){0,3}"
    r"(?:cnrp |opposition )(?:members(?: of parliament)?|politicians|leaders|lawmakers|parliamentarians|activists|councillors|mps)",
    r"(?:all )?(?:\d+ )?(?:senior |leading |former )?cnrp (?:members|politicians|leaders)",
    r"\d+ members of the cnrp", r"(?:most )?(?:former |opposition |exiled )+(?:parliamentarians|politicians|lawmakers|mps)",
    r"\d+ (?:ipu \d+ ?)?cnrp (?:members|politicians|leaders|lawmakers)",
    r"(?:all )?\d+ (?:former |opposition |cnrp |elected )*(?:parliamentarians|lawmakers|mps|members of parliament)"
    r"(?: of the (?:only |main |sole |largest )?(?:opposition(?: party)?|cnrp))?",
    r"\d+ (?:membres|dirigeants|députés) (?:du (?:parti du salut national|cnrp|parti)|de ce parti|de l[’']opposition)",
    r"(?:its|their) (?:elected )?(?:officials|members|leaders|lawmakers)",
    r"(?:the )?(?:peaceful |political )?opposition(?! party| leader| politician)",
    r"political prisoners", r"(?:human rights|civil society) (?:defenders|activists)", r"journalists",
    r"(?:a )?prominent government critic", r"opposition politicians", r"activists",
    r"\d+ (?:membres|dirigeants) (?:du (?:parti|cnrp)|de ce parti)(?: du salut national)?",
    r"l[’']opposition", r"ក្រុមជំទាស់",
)
"""Described classes that are the patients of repression in this corpus (never perpetrators)."""

PRONOUNS: dict[str, tuple[str, ...]] = {
    "en": (r"\bhe\b", r"\bshe\b", r"\bit\b", r"\bwe\b", r"\bi\b", r"\bthey\b"),
    "fr": (r"\bil\b", r"\belle\b", r"\bnous\b", r"\bj[’']", r"\bje\b"),
    "km": (r"គាត់", r"យើង", r"ខ្ញុំ"),
}

PEP_TITLES: tuple[str, ...] = (
    "prime minister", "minister", "secretary of state", "ambassador", "president", "senator",
    "member of parliament", "mp", "official", "spokesman", "spokesperson", "premier", "judge",
    "premier ministre", "ministre", "député", "officiel",
)
ACTIVIST_WORDS: tuple[str, ...] = (
    "opposition", "activist", "defender", "cnrp", "journalist", "critic", "trade unionist",
)
