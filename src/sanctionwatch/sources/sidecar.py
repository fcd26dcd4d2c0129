"""Provenance a user gives beside the files: `<file>.meta.json` and a folder's manifest.

A saved page often lost its address (a PDF, a text copy, a page saved without its head), and
only the person who collected it knows where it came from. Two ways to say so:

- `report.html.meta.json` (or `report.meta.json`) beside the file:
  `{"url": "https://…", "title": "…", "published": "2018-03-14"}`;
- `manifest.json` (`{"report.html": {"url": …}, …}` or a list of objects with a `file` key)
  or `manifest.csv` (columns `file`, `url`, `title`, `published`) in the file's folder.

Every key is optional; the file's own sidecar outranks the manifest, and both outrank what
the page says about itself. A sidecar that cannot be read or holds a bad value (an address
that is not http(s), a date that is not ISO 8601, an unknown key) is refused as a whole with
a message naming the sidecar and the problem; the document is ingested anyway, without it.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from sanctionwatch.errors import SourceError
from sanctionwatch.sources.files import display_name
from sanctionwatch.sources.page_meta import MAX_TITLE, PageMeta, iso_date, public_url
from sanctionwatch.sources.read import RawDocument

FIELDS = ("url", "title", "published")
MANIFESTS = ("manifest.json", "manifest.csv")
FILE_KEYS = ("file", "filename", "path", "name")
MAX_SIDECAR_BYTES = 50_000_000


@dataclass(frozen=True)
class Sidecar:
    """What the user's sidecars say about one file, and what was wrong with them."""

    meta: PageMeta
    problems: tuple[SourceError, ...] = ()


def _check(values: object, where: str) -> PageMeta:
    """A sidecar entry as PageMeta; ValueError naming the bad key or value."""
    if not isinstance(values, dict):
        raise ValueError(f"{where}: expected an object with {', '.join(FIELDS)}, got {type(values).__name__}")
    unknown = sorted(str(k) for k in values if k not in FIELDS and k not in FILE_KEYS)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; use {', '.join(FIELDS)}")
    out: dict[str, str | None] = {}
    for key in FIELDS:
        value = values.get(key)
        if value in (None, ""):
            continue
        if not isinstance(value, str):
            raise ValueError(f"{where}: {key!r} must be text, got {type(value).__name__}")
        if key == "url":
            out["url"] = public_url(value)
            if out["url"] is None:
                raise ValueError(f"{where}: 'url' {value[:100]!r} is not an absolute http(s) address")
        elif key == "published":
            out["published"] = iso_date(value)
            if out["published"] is None:
                raise ValueError(f"{where}: 'published' {value[:40]!r} is not an ISO 8601 date (2018-03-14)")
        else:
            title = " ".join(value.split())
            if len(title) > MAX_TITLE:
                raise ValueError(f"{where}: 'title' is over {MAX_TITLE} characters")
            out["title"] = title or None
    return PageMeta(**out)


def _read_text(path: Path) -> str:
    if path.stat().st_size > MAX_SIDECAR_BYTES:
        raise ValueError(f"over {MAX_SIDECAR_BYTES:,} bytes")
    return path.read_bytes().decode("utf-8-sig")


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc})") from exc


def _parse_manifest(path: Path) -> dict[str, PageMeta]:
    """File name → provenance of one manifest; ValueError on the first bad entry."""
    text = _read_text(path)
    entries: dict[str, object] = {}
    if path.suffix == ".json":
        data = _json(text)
        if isinstance(data, dict):
            entries = dict(data)
        elif isinstance(data, list):
            for i, item in enumerate(data, 1):
                name = next((item.get(k) for k in FILE_KEYS if isinstance(item, dict) and item.get(k)), None)
                if not isinstance(name, str):
                    raise ValueError(f"entry {i}: no 'file' naming the document")
                entries[name] = item
        else:
            raise ValueError("expected an object keyed by file name, or a list of objects with 'file'")
    else:
        reader = csv.DictReader(io.StringIO(text))
        columns = [c.strip().lower() for c in reader.fieldnames or []]
        key = next((k for k in FILE_KEYS if k in columns), None)
        if key is None:
            raise ValueError(f"no 'file' column (columns: {', '.join(columns) or 'none'})")
        for line, row in enumerate(reader, 2):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            if row.get(key):
                entry: dict[str, object] = {k: v for k, v in row.items() if k and v}
                entry["_line"] = line
                entries[row[key]] = entry
    out: dict[str, PageMeta] = {}
    for name, values in entries.items():
        where = f"entry {name!r}"
        if isinstance(values, dict) and "_line" in values:
            where = f"line {values.pop('_line')} ({name!r})"
        out[Path(str(name)).name] = _check(values, where)
    return out


@lru_cache(maxsize=64)
def _manifest(path: str, _stamp: tuple[int, int]) -> dict[str, PageMeta] | str:
    """A folder's manifest, parsed once per version of the file; the problem as text if bad."""
    try:
        return _parse_manifest(Path(path))
    except (OSError, UnicodeDecodeError, ValueError, csv.Error) as exc:
        return str(exc)


def _merge(low: PageMeta, high: PageMeta) -> PageMeta:
    return PageMeta(url=high.url or low.url, title=high.title or low.title,
                    published=high.published or low.published)


def read_sidecar(path: str | Path) -> Sidecar:
    """The user's provenance for the document at `path` (manifest, then its own sidecar)."""
    path = Path(path)
    meta = PageMeta()
    problems: list[SourceError] = []
    for name in MANIFESTS:
        manifest = path.parent / name
        try:
            stat = manifest.stat()
        except OSError:
            continue
        parsed = _manifest(os.fspath(manifest), (stat.st_mtime_ns, stat.st_size))
        if isinstance(parsed, str):
            problems.append(SourceError(display_name(manifest), f"sidecar ignored: {parsed}"))
        elif path.name in parsed:
            meta = _merge(meta, parsed[path.name])
    for own in (path.with_name(path.name + ".meta.json"), path.with_suffix(".meta.json")):
        if not own.is_file():
            continue
        try:
            meta = _merge(meta, _check(_json(_read_text(own)), "sidecar"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            problems.append(SourceError(display_name(own), f"sidecar ignored: {exc}"))
        break
    return Sidecar(meta, tuple(problems))


def apply_sidecar(raw: RawDocument, sidecar: Sidecar) -> RawDocument:
    """`raw` with the user's url, title and publication date where the sidecars give them."""
    meta = sidecar.meta
    if meta == PageMeta():
        return raw
    return replace(raw, source_url=meta.url or raw.source_url, title=meta.title or raw.title,
                   published=meta.published or raw.published)
