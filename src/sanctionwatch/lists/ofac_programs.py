"""OFAC sanctions programme codes → readable names.

The legacy CSV carries only codes ("GLOMAG", "SDGT] [IFSR"). A Sanction keeps the code in
`programId` (stable, what filters and diffs use) and a readable name in `program`. Codes not in
this table keep the code as their name: OFAC adds programmes every year, and a code is still a
correct, if terse, name. Names deliberately avoid citing order numbers except where the code
itself does (…-EO14024), so that the table cannot be wrong about legal references.
"""

from __future__ import annotations

import re

AUTHORITY = "US Office of Foreign Assets Control (OFAC)"

PROGRAMS: dict[str, str] = {
    "GLOMAG": "Global Magnitsky Human Rights Accountability Act sanctions",
    "MAGNIT": "Sergei Magnitsky Rule of Law Accountability Act sanctions",
    "SDGT": "Specially Designated Global Terrorists",
    "FTO": "Foreign Terrorist Organizations",
    "SDNTK": "Foreign Narcotics Kingpin Designation Act sanctions",
    "SDNT": "Narcotics Trafficking Sanctions (Colombia)",
    "TCO": "Transnational Criminal Organizations sanctions",
    "NPWMD": "Non-Proliferation of Weapons of Mass Destruction sanctions",
    "IFSR": "Iranian Financial Sanctions Regulations",
    "IRGC": "Islamic Revolutionary Guard Corps-related sanctions",
    "IRAN": "Iranian Transactions and Sanctions Regulations",
    "IRAN-HR": "Iran human rights abuses sanctions",
    "IRAN-TRA": "Iran Threat Reduction and Syria Human Rights Act sanctions",
    "IFCA": "Iran Freedom and Counter-Proliferation Act sanctions",
    "HRIT-IR": "Human rights abuses via information technology (Iran)",
    "HRIT-SY": "Human rights abuses via information technology (Syria)",
    "SYRIA": "Syria sanctions",
    "SYRIA-CAESAR": "Caesar Syria Civilian Protection Act sanctions",
    "CUBA": "Cuban Assets Control Regulations",
    "DPRK": "North Korea sanctions",
    "DPRK2": "North Korea sanctions",
    "DPRK3": "North Korea sanctions",
    "DPRK4": "North Korea sanctions",
    "DPRK-NKSPEA": "North Korea Sanctions and Policy Enhancement Act sanctions",
    "CYBER2": "Cyber-related sanctions",
    "CAATSA - RUSSIA": "Countering America's Adversaries Through Sanctions Act (Russia)",
    "CAATSA - IRAN": "Countering America's Adversaries Through Sanctions Act (Iran)",
    "VENEZUELA": "Venezuela-related sanctions",
    "BELARUS": "Belarus sanctions",
    "BALKANS": "Western Balkans sanctions",
    "ZIMBABWE": "Zimbabwe sanctions",
    "DRCONGO": "Democratic Republic of the Congo sanctions",
    "SOUTH SUDAN": "South Sudan-related sanctions",
    "CAR": "Central African Republic sanctions",
    "SOMALIA": "Somalia sanctions",
    "LIBYA2": "Libya sanctions",
    "LIBYA3": "Libya sanctions",
    "IRAQ2": "Iraq-related sanctions",
    "IRAQ3": "Iraq-related sanctions",
    "YEMEN": "Yemen-related sanctions",
    "NICARAGUA": "Nicaragua-related sanctions",
    "NICARAGUA-NHRAA": "Nicaragua Human Rights and Anticorruption Act sanctions",
    "LEBANON": "Lebanon-related sanctions",
    "DARFUR": "Darfur sanctions",
    "BURUNDI": "Burundi sanctions",
}

_EO = re.compile(r"^(?P<base>[A-Z][A-Z -]*?)-EO(?P<number>\d+)$")
_EO_BASES = {
    "RUSSIA": "Russia-related",
    "UKRAINE": "Ukraine-/Russia-related",
    "VENEZUELA": "Venezuela-related",
    "BURMA": "Burma-related",
    "IRAN": "Iran-related",
    "SYRIA": "Syria-related",
    "BELARUS": "Belarus-related",
    "HK": "Hong Kong-related",
    "ELECTION": "Foreign interference in US elections",
    "ILLICIT-DRUGS": "Illicit drug trade",
    "BALKANS": "Western Balkans",
    "MALI": "Mali-related",
    "PEESA": "Protecting Europe's Energy Security Act",
    "SUDAN": "Sudan-related",
    "WEST-BANK": "West Bank-related",
    "ETHIOPIA": "Ethiopia-related",
}


def split_programs(field: str | None) -> list[str]:
    """The codes in a Program field: "SDGT] [IFSR" → ["SDGT", "IFSR"] (CSV strips the outer [])."""
    if not field:
        return []
    codes = [code.strip(" []") for code in field.split("] [")]
    return [code for code in codes if code]


def program_name(code: str) -> str:
    """A readable name for an OFAC programme code; the code itself when unknown."""
    if code in PROGRAMS:
        return PROGRAMS[code]
    match = _EO.match(code)
    if match and match.group("base") in _EO_BASES:
        return f"{_EO_BASES[match.group('base')]} sanctions (E.O. {match.group('number')})"
    return code
