"""The UN Security Council consolidated list (XML) → FollowTheMoney entities.

Ids: ``un-<DATAID>`` for the listed Person (INDIVIDUAL) or Organization (ENTITY) and
``un-sanction-<DATAID>`` for its Sanction. DATAID is the UN's permanent record id; the
REFERENCE_NUMBER ("CDi.001") goes to the Sanction's `programId` and `unscId`.

Mapping: FIRST…FOURTH_NAME joined with spaces → `name` (FIRST → firstName, SECOND → secondName:
the UN's parts are not reliably given/family names, so we do not guess a lastName);
NAME_ORIGINAL_SCRIPT → alias; aliases by QUALITY: Good / a.k.a. / unstated → alias, Low →
weakAlias, f.k.a. → previousName; dates of birth (DATE, YEAR, FROM_YEAR/TO_YEAR: both bounds);
place of birth → birthPlace (+ birthCountry); NATIONALITY → nationality; DESIGNATION → position;
TITLE → title; documents (passports → passportNumber, others → idNumber); addresses as one-line
strings; COMMENTS1 → notes on the entity and reason on the Sanction; LISTED_ON → listingDate;
UN_LIST_TYPE → program; LAST_DAY_UPDATED → the Sanction's modifiedAt.

Parsing uses lxml iterparse in recover mode and frees each record once read, so memory stays
flat. A record that overlaps a syntax error is skipped and reported with its line; a file with
no recognisable list at all raises ListFormatError (a SourceError) naming the file.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from sanctionwatch.lists.ftm import Entity, collapse
from sanctionwatch.lists.result import (
    EntityDict,
    ImportLog,
    ImportMeta,
    ImportResult,
    ListFormatError,
    RowError,
)

SOURCE = "un_sc_sanctions"
FORMAT = "un-xml"
ROOT = "CONSOLIDATED_LIST"
RECORDS = {"INDIVIDUAL": "Person", "ENTITY": "Organization"}
AUTHORITY = "United Nations Security Council"

REGIMES = {
    "Al-Qaida": "ISIL (Da'esh) and Al-Qaida sanctions (resolutions 1267, 1989 and 2253)",
    "Taliban": "Taliban sanctions (resolution 1988)",
    "DPRK": "Democratic People's Republic of Korea sanctions (resolution 1718)",
    "Iran": "Iran non-proliferation (resolution 2231)",
    "Iraq": "Iraq sanctions (resolution 1518)",
    "DRC": "Democratic Republic of the Congo sanctions (resolution 1533)",
    "Libya": "Libya sanctions (resolution 1970)",
    "Somalia": "Somalia sanctions (resolution 751)",
    "SouthSudan": "South Sudan sanctions (resolution 2206)",
    "Sudan": "Sudan sanctions (resolution 1591)",
    "CAR": "Central African Republic sanctions (resolution 2127)",
    "Yemen": "Yemen sanctions (resolution 2140)",
    "Haiti": "Haiti sanctions (resolution 2653)",
    "GB": "Guinea-Bissau sanctions (resolution 2048)",
}
ALIAS_QUALITY = {
    "": "alias",
    "good": "alias",
    "a.k.a.": "alias",
    "low": "weakAlias",
    "f.k.a.": "previousName",
}
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_YEAR = re.compile(r"^\d{4}$")


class _HashingReader:
    """A file wrapper that hashes what lxml reads, so the checksum is of the parsed bytes."""

    def __init__(self, handle: BinaryIO):
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def _text(el: etree._Element, path: str) -> str:
    return collapse(el.findtext(path))


def _texts(el: etree._Element, path: str) -> list[str]:
    return [t for t in (collapse(x.text) for x in el.iterfind(path)) if t]


def _date(value: str) -> str | None:
    """ "2015-04-07-04:00" (the XML carries a zone offset on some dates) → "2015-04-07"."""
    if match := _ISO_DATE.match(value):
        return match.group(1)
    return value if _YEAR.match(value) else None


def _join(el: etree._Element, *tags: str) -> str:
    return ", ".join(t for t in (_text(el, tag) for tag in tags) if t)


def _person_details(entity: Entity, el: etree._Element) -> None:
    entity.add("firstName", _text(el, "FIRST_NAME"))
    entity.add("secondName", _text(el, "SECOND_NAME"))
    entity.add("title", _texts(el, "TITLE/VALUE"))
    entity.add("position", _texts(el, "DESIGNATION/VALUE"))
    entity.add("nationality", _texts(el, "NATIONALITY/VALUE"))
    entity.add("gender", _text(el, "GENDER"))
    for dob in el.iterfind("INDIVIDUAL_DATE_OF_BIRTH"):
        for tag in ("DATE", "YEAR", "FROM_YEAR", "TO_YEAR"):
            value = _date(_text(dob, tag))
            entity.add("birthDate", value)
    for pob in el.iterfind("INDIVIDUAL_PLACE_OF_BIRTH"):
        entity.add("birthPlace", _join(pob, "CITY", "STATE_PROVINCE", "COUNTRY"))
        entity.add("birthCountry", _text(pob, "COUNTRY"))
    for doc in el.iterfind("INDIVIDUAL_DOCUMENT"):
        number = _text(doc, "NUMBER")
        kind = _text(doc, "TYPE_OF_DOCUMENT")
        prop = "passportNumber" if "pas" in kind.lower() else "idNumber"
        for refused in entity.add(prop, number):  # e.g. a sentence instead of a number
            entity.add("notes", f"{kind or 'Document'}: {refused}")


def _build(el: etree._Element, file: str, log: ImportLog) -> list[EntityDict]:
    """Entity + Sanction for one INDIVIDUAL/ENTITY element, or [] with a RowError."""
    line = el.sourceline or 0
    data_id = _text(el, "DATAID")
    if not data_id.isdigit():
        log.error(file, line, f"{el.tag} without a numeric DATAID ({data_id!r})")
        return []
    parts = [_text(el, tag) for tag in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
    name = " ".join(p for p in parts if p)
    if not name:
        log.error(file, line, f"{el.tag} DATAID {data_id} has no name")
        return []
    entity = Entity(RECORDS[el.tag], f"un-{data_id}", log.meta.dropped)
    entity.add("name", name)
    entity.add("alias", _texts(el, "NAME_ORIGINAL_SCRIPT"))
    for alias in el.iterfind(f"{el.tag}_ALIAS"):
        quality = _text(alias, "QUALITY").lower()
        prop = ALIAS_QUALITY.get(quality, "alias")
        entity.add(prop, _text(alias, "ALIAS_NAME"))
    if el.tag == "INDIVIDUAL":
        _person_details(entity, el)
    for address in el.iterfind(f"{el.tag}_ADDRESS"):
        entity.add(
            "address", _join(address, "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")
        )
        entity.add("country", _text(address, "COUNTRY"))
    comments = _text(el, "COMMENTS1")
    entity.add("notes", comments)
    entity.add("topics", "sanction")

    listed_on = _text(el, "LISTED_ON")
    reference = _text(el, "REFERENCE_NUMBER")
    if not listed_on or not reference:
        log.error(
            file, line, f"DATAID {data_id}: missing LISTED_ON or REFERENCE_NUMBER", skipped=False
        )
    list_type = _text(el, "UN_LIST_TYPE")
    sanction = Entity("Sanction", f"un-sanction-{data_id}", log.meta.dropped)
    sanction.add("entity", entity.id)
    sanction.add("authority", AUTHORITY)
    sanction.add("program", REGIMES.get(list_type, list_type))
    sanction.add("programId", reference)
    sanction.add("unscId", reference)
    sanction.add("listingDate", _date(listed_on) if listed_on else None)
    sanction.add("reason", comments)
    updated = [d for d in (_date(v) for v in _texts(el, "LAST_DAY_UPDATED/VALUE")) if d]
    if updated:
        sanction.add("modifiedAt", max(updated))
    return [log.emitted(entity.to_dict()), log.emitted(sanction.to_dict())]


class _ErrorLines:
    """Which parser errors fall inside a record, to skip records that recovery may have garbled.

    lxml parses ahead of the events it delivers, so counting errors between a record's start
    and end events is wrong; instead a record owns the errors whose line lies between its
    start tag and its closing tag (its last descendant's line + 1). Errors inside a record are
    always logged before its end event, since the parser has passed them by then.
    """

    def __init__(self, context: etree.iterparse):
        self.context = context
        self.seen = 0
        self.lines: list[int] = []
        self.entries: list[etree._LogEntry] = []

    def within(self, el: etree._Element) -> etree._LogEntry | None:
        log = self.context.error_log
        if len(log) > self.seen:
            new = list(log)[self.seen :]
            self.seen = len(log)
            for entry in new:
                index = bisect.bisect_right(self.lines, entry.line)
                self.lines.insert(index, entry.line)
                self.entries.insert(index, entry)
        if not self.lines:
            return None
        start = el.sourceline or 0
        end = max((child.sourceline or 0) for child in el.iter()) + 1
        index = bisect.bisect_left(self.lines, start)
        if index < len(self.lines) and self.lines[index] <= end:
            return self.entries[index]
        return None


def _free(el: etree._Element) -> None:
    """Drop a processed record and the siblings before it, keeping memory flat."""
    el.clear()
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]


def iter_un_xml(path: Path, log: ImportLog | None = None) -> Iterator[EntityDict]:
    """Stream the entities of a UN consolidated list XML file (see module docstring).

    Raises ListFormatError (a SourceError) when the file is missing, empty, or has no CONSOLIDATED_LIST root.
    """
    path = Path(path)
    log = log or ImportLog(ImportMeta(SOURCE, FORMAT, str(path)))
    file = path.name
    if not path.is_file():
        raise ListFormatError(str(path), "no such file")
    counts = dict.fromkeys(RECORDS, 0)
    root_seen = False
    reported: set[tuple[int, str]] = set()
    with path.open("rb") as handle:
        reader = _HashingReader(handle)
        context = etree.iterparse(
            reader, events=("start", "end"), recover=True, huge_tree=True, resolve_entities=False
        )
        errors = _ErrorLines(context)
        try:
            for event, el in context:
                if not root_seen:
                    if el.tag != ROOT:
                        raise ListFormatError(
                            str(path), f"not a UN consolidated list (root <{el.tag}>)"
                        )
                    root_seen = True
                    generated = el.get("dateGenerated") or ""
                    log.meta.list_date = _date(generated)
                    log.meta.extra["date_generated"] = generated or None
                if event != "end" or el.tag not in RECORDS:
                    continue
                counts[el.tag] += 1
                damage = errors.within(el)
                if damage is not None:
                    log.error(
                        file,
                        el.sourceline or damage.line,
                        f"{el.tag} damaged by XML error at line {damage.line}: {damage.message}",
                    )
                else:
                    yield from _build(el, file, log)
                _free(el)
        except etree.XMLSyntaxError as exc:
            raise ListFormatError(str(path), f"not parseable as XML: {exc}") from exc
        for err in context.error_log:
            key = (err.line, err.message)
            if key not in reported:
                reported.add(key)
                log.error(file, err.line, f"XML error: {err.message}", skipped=False)
    if not root_seen:
        raise ListFormatError(str(path), "not parseable as XML: no root element")
    log.meta.files[file] = reader.digest.hexdigest()
    log.meta.rows[file] = sum(counts.values())
    log.meta.extra["records"] = counts


def read_un_xml(path: Path, on_error: Callable[[RowError], None] | None = None) -> ImportResult:
    """Import a whole UN consolidated list XML file into memory."""
    log = ImportLog(ImportMeta(SOURCE, FORMAT, str(path)), on_error)
    entities = list(iter_un_xml(Path(path), log))
    return ImportResult(entities, log.errors, log.meta)
