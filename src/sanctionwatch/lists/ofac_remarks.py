"""OFAC's free-text Remarks column and "LAST, First" names, turned into FtM properties.

The legacy CSV packs most facts into Remarks: "DOB 15 Jul 1965; POB Kandal Province, Cambodia;
Gender Male; Passport N0239194 (Cambodia) expires 21 Feb 2008; Linked To: PHEAP, Try." We split
on ";" and match each part against known labels. Anything unrecognised is not lost: importers
keep the whole Remarks text in `notes`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]{3})[a-z]*\.? (\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_APPROX = re.compile(r"^(?:circa|approximately|approx\.|about)\s+", re.I)


def parse_date(text: str) -> str | None:
    """An OFAC date ("01 Jan 1957", "Jan 1957", "1957") as an ISO prefix, or None."""
    text = _APPROX.sub("", text.strip().rstrip("."))
    if match := _DAY_MONTH_YEAR.match(text):
        month = _MONTHS.get(match.group(2).lower())
        if month:
            return f"{match.group(3)}-{month:02d}-{int(match.group(1)):02d}"
        return None
    if match := _MONTH_YEAR.match(text):
        month = _MONTHS.get(match.group(1).lower())
        return f"{match.group(2)}-{month:02d}" if month else None
    if match := _YEAR.match(text):
        return match.group(1)
    return None


def parse_dates(text: str) -> list[str]:
    """Dates in a DOB-like value; a range "1957 to 1959" gives both bounds (as OpenSanctions
    does), because a matcher comparing birth years should accept either end."""
    dates = []
    for part in re.split(r"\s+to\s+|\s+-\s+", text):
        date = parse_date(part)
        if date:
            dates.append(date)
    return dates


def split_last_first(name: str) -> tuple[str, str] | None:
    """("LAST", "First") for an OFAC individual's "LAST, First"; None if there is no comma.

    OFAC puts what it takes to be the surname first, in capitals. For Khmer names that is often
    not the family name: Hing Bun Hieng is listed as "HIENG, Hing Bun". We keep OFAC's reading
    (lastName HIENG) because it is the source's; the natural-order alias "Hing Bun HIENG" then
    reproduces the name as Cambodians write it.
    """
    if ", " not in name:
        return None
    last, first = name.split(", ", 1)
    last, first = last.strip(), first.strip()
    if not last or not first:
        return None
    return last, first


def natural_order(name: str) -> str | None:
    """ "HIENG, Hing Bun" → "Hing Bun HIENG"; None when the name has no "LAST, First" form."""
    parts = split_last_first(name)
    if parts is None:
        return None
    return f"{parts[1]} {parts[0]}"


def _number(value: str) -> str:
    """The identifier in "N0239194 (Cambodia) expires 21 Feb 2008" → "N0239194"."""
    value = re.split(r"\s+\(|\s+(?:issued|expires|Issue Date|Expire Date)\b", value, maxsplit=1)[0]
    return value.strip(" ,.")


def _quoted(value: str) -> str:
    """The alias in "'BNC'" → "BNC"."""
    value = value.strip()
    if len(value) >= 2 and value[0] == "'" and value[-1] == "'":
        return value[1:-1].strip()
    return value


@dataclass
class Remarks:
    """What was recognised in one Remarks text.

    props: (FtM property, value) pairs, values not yet cleaned; names: (property, name) for
    a.k.a./f.k.a./n.k.a. (the caller adds natural-order forms for people); linked: names after
    "Linked To:"; provisions: measures stated beyond blocking (secondary sanctions etc.).
    """

    props: list[tuple[str, str]] = field(default_factory=list)
    names: list[tuple[str, str]] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)
    provisions: list[str] = field(default_factory=list)


_Handler = Callable[[Remarks, str], None]


def _prop(name: str, extract: Callable[[str], str] = str.strip) -> _Handler:
    def handle(remarks: Remarks, value: str) -> None:
        remarks.props.append((name, extract(value)))

    return handle


def _dates(name: str) -> _Handler:
    def handle(remarks: Remarks, value: str) -> None:
        remarks.props.extend((name, date) for date in parse_dates(value))

    return handle


def _alias(name: str) -> _Handler:
    def handle(remarks: Remarks, value: str) -> None:
        remarks.names.append((name, _quoted(value)))

    return handle


def _linked(remarks: Remarks, value: str) -> None:
    remarks.linked.append(value.strip())


def _imo(remarks: Remarks, value: str) -> None:
    remarks.props.append(("imoNumber", f"IMO{value.strip()}"))


_ID_LABELS = (
    r"National ID No\.|Cedula No\.|Cedula|D\.N\.I\.|C\.U\.R\.P\.|C\.U\.I\.P\.|SSN|"
    r"Identification Number|Birth Certificate Number|Driver's License No\.|"
    r"Electoral Registry No\.|National Foreign ID Number|Personal ID Card|Residency Number|"
    r"Kenyan ID No\.|Turkish Identification Number|Numero Unico de Identificacion Tributaria|"
    r"Citizen's Card Number|Credencial electoral|Refugee ID Card|Stateless Person ID Card"
)
_REG_LABELS = (
    r"Registration Number|Registration ID|Company Number|Commercial Registry Number|"
    r"Business Registration Number|Business Registration Document #|Business Number|"
    r"Unified Social Credit Code \(USCC\)|Government Gazette Number|Folio Mercantil No\.|"
    r"Matricula Mercantil No|Chamber of Commerce Number|C\.R\. No\.|Trade License No\.|"
    r"Economic Register Number \(CBLS\)|Central Registration System Number|"
    r"Certificate of Incorporation Number|Istanbul Chamber of Comm\. No\.|"
    r"Public Registration Number|Enterprise Number|Commercial Registry|Registered Charity No\."
)
_TAX_LABELS = r"Tax ID No\.|R\.F\.C\.|RFC|RUC #|RIF|NIT #|NIT|Tax Identification Number"

# Order matters: the first pattern that matches a part wins (IMO before generic ids).
_PATTERNS: list[tuple[re.Pattern[str], _Handler]] = [
    (re.compile(p, re.I if flags else 0), h)
    for p, flags, h in (
        (r"^DOB (.+)$", 0, _dates("birthDate")),
        (r"^POB (.+)$", 0, _prop("birthPlace")),
        (r"^nationality (.+)$", 0, _prop("nationality")),
        (r"^citizen (.+)$", 0, _prop("citizenship")),
        (r"^Gender (.+)$", 0, _prop("gender")),
        (r"^Passport (.+)$", 0, _prop("passportNumber", _number)),
        (r"^Vessel Registration Identification (?:IMO )?(\d{7})\b", 0, _imo),
        (r"^(?:Identification Number|Company Number) IMO (\d{7})\b", 0, _imo),
        (r"^MMSI (\d+)", 0, _prop("mmsi")),
        (rf"^(?:{_ID_LABELS}) (.+)$", 0, _prop("idNumber", _number)),
        (rf"^(?:{_TAX_LABELS}) (.+)$", 0, _prop("taxNumber", _number)),
        (r"^V\.A\.T\. Number (.+)$", 0, _prop("vatCode", _number)),
        (rf"^(?:{_REG_LABELS}) (.+)$", 0, _prop("registrationNumber", _number)),
        (r"^Legal Entity Number (.+)$", 0, _prop("leiCode", _number)),
        (r"^D-U-N-S Number (.+)$", 0, _prop("dunsCode", _number)),
        (r"^SWIFT/BIC (.+)$", 0, _prop("swiftBic", _number)),
        (r"^Organization Established Date (.+)$", 0, _dates("incorporationDate")),
        (r"^Email(?: Address)? (.+)$", 1, _prop("email")),
        (r"^Website (.+)$", 0, _prop("website")),
        (r"^(?:Telephone|Phone Number|Phone|Fax)(?: No\.)?:? (.+)$", 0, _prop("phone")),
        (r"^Former Vessel Flag (.+)$", 0, _prop("pastFlags")),
        (r"^Vessel Year of Build (.+)$", 0, _dates("buildDate")),
        (r"^Aircraft Manufacturer's Serial Number \(MSN\) (.+)$", 0, _prop("serialNumber")),
        (r"^Aircraft Manufacture Date (.+)$", 0, _dates("buildDate")),
        (r"^Aircraft Model (.+)$", 0, _prop("model")),
        (r"^Aircraft Tail Number (.+)$", 0, _prop("registrationNumber")),
        (r"^a\.k\.a\.,? (.+)$", 0, _alias("alias")),
        (r"^f\.k\.a\.,? (.+)$", 0, _alias("previousName")),
        (r"^n\.k\.a\.,? (.+)$", 0, _alias("name")),
        (r"^Linked To: (.+)$", 0, _linked),
    )
]
_PROVISIONS = re.compile(
    r"^(Additional Sanctions Information - .+|Secondary sanctions risk: .+|"
    r"Transactions Prohibited For Persons Owned or Controlled By U\.S\. Financial Institutions.*)$"
)


def parse_remarks(text: str | None) -> Remarks:
    """Recognise the labelled facts in an OFAC Remarks text (see module docstring)."""
    remarks = Remarks()
    if not text:
        return remarks
    text = text.strip()
    if text.endswith("."):
        text = text[:-1]
    for part in text.split(";"):
        part = part.strip()
        if part.startswith("alt. "):
            part = part[5:].strip()
        if not part:
            continue
        if _PROVISIONS.match(part):
            remarks.provisions.append(part.rstrip("."))
            continue
        for pattern, handle in _PATTERNS:
            match = pattern.match(part)
            if match:
                handle(remarks, match.group(1))
                break
    return remarks
