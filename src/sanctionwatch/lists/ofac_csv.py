"""OFAC's legacy SDN CSV set (sdn.csv, alt.csv, add.csv) → FollowTheMoney entities.

Ids (stable across releases, because OFAC never reuses an ent_num):
  - listed entity:  ``ofac-<ent_num>``                      (Person, Organization, Company,
                                                              Vessel, Airplane)
  - sanction:       ``ofac-sanction-<ent_num>-<program>``   one per programme code, slugged
                                                              ("CAATSA - RUSSIA" → caatsa-russia)
  - link:           ``ofac-link-<ent_num>-<other ent_num>`` UnknownLink for "Linked To: NAME."
                                                              when NAME is a primary name on the
                                                              same list (role "Linked To")

Names: an individual's SDN_Name "LAST, First" is kept as written in `name`, split into
`lastName`/`firstName`, and its natural order ("First LAST") added as `alias`, so screening
matches either order while the list's own spelling stays the caption. The same applies to
individuals' a.k.a. names. Non-individual names are never inverted ("CO., LTD." has a comma).
Entity rows (SDN_Type "-0-") become Company when the name carries a legal form (LTD, LLC, S.A.,
GMBH…), otherwise Organization. Addresses are kept as one-line strings in `address`, with the
country also in `country`. The whole Remarks text is kept in `notes`; what is recognised in it
(see ofac_remarks) is also added as typed properties.

Records are one per physical line in every release we have seen (2021 and 2024 sets): we parse
line by line, so a broken quote cannot swallow the rows after it. Bad rows become RowErrors
(file, line, reason) and the import goes on.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sanctionwatch.lists.ftm import Entity, collapse, slug
from sanctionwatch.lists.ofac_programs import AUTHORITY, program_name, split_programs
from sanctionwatch.lists.ofac_remarks import natural_order, parse_remarks, split_last_first
from sanctionwatch.lists.result import (
    EntityDict,
    ImportLog,
    ImportMeta,
    ImportResult,
    ListFormatError,
    RowError,
)
from sanctionwatch.lists.textfile import iter_lines

SOURCE = "us_ofac_sdn"
FORMAT = "ofac-csv"
PARTS = ("sdn", "alt", "add")
SDN_COLUMNS = 12
ALT_COLUMNS = 5
ADD_COLUMNS = 6
EMPTY = "-0-"
COMPANIONS = {"alt": ("alias", "weakAlias", "previousName", "name"), "add": ("address", "country")}
"""What alt.csv and add.csv feed: absent files leave these incomplete (recorded in the release's
metadata as `absent` and `unloaded`, so that a diff does not report their values as removed)."""
DETAIL_URL = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id={}"
BLOCKING = "Blocking of property and interests in property (SDN List)"

SDN_TYPES = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane", None: None}
ALT_TYPES = {"aka": "alias", "fka": "previousName", "nka": "name"}
FALLBACK = {"leiCode": "registrationNumber"}
"""Where to keep a value FtM refuses for its labelled property: OFAC's "Legal Entity Number"
is often a national number, not a 20-character LEI."""
_LEGAL_FORM = re.compile(
    r"\b(?:LTD|LIMITED|LLC|L\.L\.C|INC|INCORPORATED|CORP|CORPORATION|COMPANY|PLC|LLP|GMBH|JSC|"
    r"OJSC|PJSC|CJSC|OOO|OAO|ZAO|PAO|SPA|S\.P\.A|SRL|S\.R\.L|PTE|BHD|FZE|FZCO|FZC|FZ-LLC|SARL|"
    r"S\.A\.R\.L|KFT|D\.O\.O|DOO|EIRL|LTDA|LIMITADA|OOD|EOOD|AKTSIONERNOE|OBSHCHESTVO|SIRKETI)\b"
    r"|\bC\.A\.|\bK\.K\.|\bCO\.|\bS\.A\.|\bS\.\s?A\.?\s+DE\s+C\.?V|\bS\.\s?DE\s+R\.?L|\bB\.V\.|\bN\.V\."
    # Short forms only at the very end: "AS" or "AO" inside a name is usually Arabic or Russian.
    r"|\s(?:AG|AS|AO|A\.S\.|SA|BV|NV|CO)$",
    re.I,
)


@dataclass(frozen=True)
class _Row:
    """A parsed CSV record: its line and its cells, with OFAC's "-0-" turned into None."""

    line: int
    cells: list[str | None]


def _cells(text: str, file: str, line: int, width: int, log: ImportLog) -> list[str | None] | None:
    """Parse one CSV line to `width` cells, or report why not and return None."""
    try:
        row = next(csv.reader([text], strict=True))
    except csv.Error as strict_error:
        try:
            row = next(csv.reader([text]))
        except csv.Error as exc:  # pragma: no cover - the lenient reader rarely refuses
            log.error(file, line, f"unparseable CSV: {exc}")
            return None
        if len(row) == width:
            log.error(
                file, line, f"irregular quoting ({strict_error}); read leniently", skipped=False
            )
    if len(row) != width:
        hint = " (truncated line?)" if len(row) < width else ""
        log.error(file, line, f"expected {width} columns, found {len(row)}{hint}")
        return None
    return [None if cell.strip() in ("", EMPTY) else cell.strip() for cell in row]


def _rows(path: Path, width: int, log: ImportLog) -> Iterator[_Row]:
    """Parsed records of one file, counting them in the metadata."""
    count = 0
    for line, text in iter_lines(path, log):
        count += 1
        cells = _cells(text, path.name, line, width, log)
        if cells is not None:
            yield _Row(line, cells)
    log.meta.rows[path.name] = count


def _ent_num(row: _Row, file: str, log: ImportLog) -> int | None:
    value = row.cells[0]
    if value is None or not value.isdigit():
        log.error(file, row.line, f"ent_num is not a number: {value!r}")
        return None
    return int(value)


def _entity_schema(sdn_type: str | None, name: str) -> str:
    schema = SDN_TYPES.get(sdn_type.lower() if sdn_type else None)
    if schema is not None:
        return schema
    return "Company" if _LEGAL_FORM.search(name) else "Organization"


def _add_name(entity: Entity, prop: str, name: str) -> None:
    """Add a name; for people also its natural order ("LAST, First" → "First LAST")."""
    entity.add(prop, name)
    if entity.schema == "Person":
        natural = natural_order(name)
        if natural:
            # A natural-order *name* would double the captions; as alias it still matches.
            entity.add("alias" if prop == "name" else prop, natural)


def _load_side(path: Path | None, width: int, log: ImportLog) -> dict[int, list[_Row]]:
    """alt.csv or add.csv grouped by ent_num (small: read whole before streaming sdn.csv)."""
    grouped: dict[int, list[_Row]] = defaultdict(list)
    if path is None:
        return grouped
    for row in _rows(path, width, log):
        ent_num = _ent_num(row, path.name, log)
        if ent_num is not None:
            grouped[ent_num].append(row)
    return grouped


def _resolve(directory: Path, parts: Iterable[str]) -> dict[str, Path | None]:
    """Paths of the requested files; sdn.csv is required, alt.csv and add.csv optional.

    `directory` may also be the sdn.csv file itself (its siblings are then looked up).
    """
    if directory.is_file():
        sdn, directory = directory, directory.parent
    else:
        sdn = directory / "sdn.csv"
    if not sdn.is_file():
        raise ListFormatError(str(sdn), "no sdn.csv: not an OFAC legacy CSV set")
    found: dict[str, Path | None] = {"sdn": sdn}
    for part in ("alt", "add"):
        path = directory / f"{part}.csv"
        found[part] = path if part in parts and path.is_file() else None
    return found


class _OfacBuilder:
    """Turns parsed rows into entity dicts; keeps the name index for "Linked To"."""

    def __init__(
        self, log: ImportLog, aliases: dict[int, list[_Row]], addresses: dict[int, list[_Row]]
    ):
        self.log = log
        self.aliases = aliases
        self.addresses = addresses
        self.seen: set[int] = set()
        self.names: dict[str, list[int]] = defaultdict(list)
        self.links: list[tuple[int, str, int]] = []

    def sdn(self, row: _Row, file: str) -> list[EntityDict]:
        ent_num = _ent_num(row, file, self.log)
        if ent_num is None:
            return []
        (
            _,
            name,
            sdn_type,
            program,
            title,
            call_sign,
            vess_type,
            tonnage,
            grt,
            flag,
            owner,
            remarks_text,
        ) = row.cells
        name = collapse(name)
        if not name:
            self.log.error(file, row.line, f"ent_num {ent_num}: empty SDN_Name")
            return []
        if (sdn_type.lower() if sdn_type else None) not in SDN_TYPES:
            self.log.error(file, row.line, f"ent_num {ent_num}: unknown SDN_Type {sdn_type!r}")
            return []
        if ent_num in self.seen:
            self.log.error(file, row.line, f"ent_num {ent_num} listed twice; second row ignored")
            return []
        self.seen.add(ent_num)
        self.names[name].append(ent_num)

        entity = Entity(_entity_schema(sdn_type, name), f"ofac-{ent_num}", self.log.meta.dropped)
        _add_name(entity, "name", name)
        if entity.schema == "Person":
            parts = split_last_first(name)
            if parts:
                entity.add("lastName", parts[0])
                entity.add("firstName", parts[1])
        entity.add("topics", "sanction")
        if title:
            entity.add("position" if entity.has("position") else "notes", title)
        entity.add("callSign", call_sign)
        entity.add("type", vess_type)
        entity.add("tonnage", tonnage)
        entity.add("grossRegisteredTonnage", grt)
        entity.add("flag", flag)
        if owner:
            entity.add("notes", f"Owner: {owner}")

        remarks = parse_remarks(remarks_text)
        entity.add("notes", remarks_text)
        for prop, value in remarks.props:
            refused = entity.add(prop, value)
            if refused and prop in FALLBACK:
                entity.add(FALLBACK[prop], refused)
        for prop, alias in remarks.names:
            _add_name(entity, prop, alias)
        for linked in remarks.linked:
            self.links.append((ent_num, linked, row.line))
        self._side(entity, ent_num)

        codes = split_programs(program)
        if not codes:
            self.log.error(file, row.line, f"ent_num {ent_num}: no program", skipped=False)
        out = [self.log.emitted(entity.to_dict())]
        for code in codes or [""]:
            sanction_id = (
                f"ofac-sanction-{ent_num}-{slug(code)}" if code else f"ofac-sanction-{ent_num}"
            )
            sanction = Entity("Sanction", sanction_id, self.log.meta.dropped)
            sanction.add("entity", entity.id)
            sanction.add("authority", AUTHORITY)
            sanction.add("country", "us")
            if code:
                sanction.add("program", program_name(code))
                sanction.add("programId", code)
            sanction.add("provisions", [BLOCKING, *remarks.provisions])
            sanction.add("sourceUrl", DETAIL_URL.format(ent_num))
            out.append(self.log.emitted(sanction.to_dict()))
        return out

    def _side(self, entity: Entity, ent_num: int) -> None:
        """Attach alt.csv aliases and add.csv addresses of `ent_num`."""
        for row in self.aliases.pop(ent_num, ()):
            _, _, alt_type, alt_name, alt_remarks = row.cells
            prop = ALT_TYPES.get((alt_type or "aka").lower())
            if prop is None:
                self.log.error("alt.csv", row.line, f"unknown alt_type {alt_type!r}", skipped=False)
                prop = "alias"
            if alt_remarks and re.search(r"\bweak\b|\blow quality\b", alt_remarks, re.I):
                prop = "weakAlias"
            if alt_name:
                _add_name(entity, prop, collapse(alt_name))
        for row in self.addresses.pop(ent_num, ()):
            _, _, street, city, country, _remarks = row.cells
            full = ", ".join(collapse(p) for p in (street, city, country) if p)
            entity.add("address", full)
            entity.add("country", country)

    def orphans(self) -> None:
        """alt/add rows whose ent_num is not on sdn.csv."""
        for file, side in (("alt.csv", self.aliases), ("add.csv", self.addresses)):
            for ent_num, rows in side.items():
                for row in rows:
                    self.log.error(file, row.line, f"ent_num {ent_num} is not in sdn.csv")

    def link_entities(self) -> Iterator[EntityDict]:
        """UnknownLink entities for "Linked To: NAME" where NAME is a primary name here.

        The remark's final period is stripped before we see it, and names may end in "."
        ("CO., LTD."), so both spellings are tried. Unresolved and ambiguous names stay in
        `notes` only and are counted in the metadata.
        """
        unresolved = ambiguous = 0
        done: set[str] = set()
        for ent_num, name, _line in self.links:
            targets = self.names.get(name) or self.names.get(f"{name}.") or []
            if len(targets) != 1:
                unresolved += not targets
                ambiguous += len(targets) > 1
                continue
            link_id = f"ofac-link-{ent_num}-{targets[0]}"
            if link_id in done:
                continue
            done.add(link_id)
            link = Entity("UnknownLink", link_id, self.log.meta.dropped)
            link.add("subject", f"ofac-{ent_num}")
            link.add("object", f"ofac-{targets[0]}")
            link.add("role", "Linked To")
            yield self.log.emitted(link.to_dict())
        self.log.meta.extra["links"] = {
            "resolved": len(done),
            "unresolved": unresolved,
            "ambiguous": ambiguous,
        }


def iter_ofac_csv(
    directory: Path, log: ImportLog | None = None, parts: Iterable[str] = PARTS
) -> Iterator[EntityDict]:
    """Stream the entities of an OFAC legacy CSV set (see module docstring for ids/mapping).

    `log` receives row errors and metadata as the stream is consumed; `parts` chooses which of
    sdn/alt/add to read (sdn is always read), e.g. ("sdn",) to compare with a release that only
    has sdn.csv. Link entities come last (names must all be known to resolve them).
    Raises ListFormatError (a SourceError) when there is no sdn.csv.
    """
    directory = Path(directory)
    log = log or ImportLog(ImportMeta(SOURCE, FORMAT, str(directory)))
    paths = _resolve(directory, parts)
    absent = [part for part in ("alt", "add") if paths[part] is None]
    log.meta.extra["absent"] = [f"{part}.csv" for part in absent]
    log.meta.extra["unloaded"] = sorted({prop for part in absent for prop in COMPANIONS[part]})
    aliases = _load_side(paths["alt"], ALT_COLUMNS, log)
    addresses = _load_side(paths["add"], ADD_COLUMNS, log)
    builder = _OfacBuilder(log, aliases, addresses)
    sdn = paths["sdn"]
    assert sdn is not None
    for row in _rows(sdn, SDN_COLUMNS, log):
        yield from builder.sdn(row, sdn.name)
    builder.orphans()
    yield from builder.link_entities()


def read_ofac_csv(
    directory: Path,
    on_error: Callable[[RowError], None] | None = None,
    parts: Iterable[str] = PARTS,
) -> ImportResult:
    """Import a whole OFAC legacy CSV set into memory (entities, row errors, metadata)."""
    log = ImportLog(ImportMeta(SOURCE, FORMAT, str(directory)), on_error)
    entities = list(iter_ofac_csv(Path(directory), log, parts))
    return ImportResult(entities, log.errors, log.meta)
