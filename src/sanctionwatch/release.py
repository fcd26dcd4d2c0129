"""Versioned releases of the registry: frozen FtM JSON lines, a CSV, and a manifest.

A release is stored like an official list's release (dataset `registry`), so `diff` compares
two registry versions exactly as it compares two OFAC releases.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

from sanctionwatch.csvsafe import safe_row
from sanctionwatch.report.cite import citation
from sanctionwatch.report.export import dumps, iter_ftm
from sanctionwatch.store.lists import find_release, release_entities, store_release
from sanctionwatch.store.sql import SqlStore

REGISTRY = "registry"
CSV_COLUMNS = ["id", "schema", "caption", "names", "aliases", "positions", "topics", "countries", "sources", "statements"]


def entities_csv(entities: list[dict]) -> str:
    """One row per entity for spreadsheet users: names, aliases, positions, topics, sources.
    Cells are spreadsheet-safe (`csvsafe`): a name like `=HYPERLINK(…)` is text, not a formula."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(safe_row(CSV_COLUMNS))
    for e in entities:
        props = e.get("properties", {})
        docs = sorted({ev["document"] for st in e.get("statements", []) for ev in st["evidence"]})
        writer.writerow(safe_row([
            e["id"], e["schema"], e.get("caption", ""), "; ".join(props.get("name", [])),
            "; ".join(props.get("alias", []) + props.get("weakAlias", [])), "; ".join(props.get("position", [])),
            "; ".join(props.get("topics", [])), "; ".join(props.get("country", [])), len(docs),
            len(e.get("statements", [])),
        ]))
    return out.getvalue()


def _source(doc: dict) -> dict:
    """A document as a release cites it: title, public address and date (report.cite); the
    local path only when no address is known."""
    c = citation(doc["id"], doc)
    return {"id": doc["id"], "title": c["title"], "url": c["url"], "published": c["published"],
            **({"path": doc["path"]} if c["url"] is None else {})}


def make_release(store: SqlStore, out_dir: Path, author: str = "sanctionwatch") -> dict:
    """Freeze the registry as the next version; write its files under `out_dir/vN/`."""
    entities = [e for e in iter_ftm(store, include_documents=False)]
    lines = "".join(dumps(e) + "\n" for e in entities)
    table = entities_csv(entities)
    checksum = hashlib.sha256(lines.encode("utf-8")).hexdigest()
    counts: dict[str, int] = {}
    for e in entities:
        counts[e["schema"]] = counts.get(e["schema"], 0) + 1
    documents = store.documents()
    manifest = {
        "dataset": REGISTRY, "author": author, "counts": counts, "entities": len(entities),
        "sources": [_source(d) for d in documents],
        "checksum": {"sha256": checksum, "file": "entities.ftm.json"},
    }
    lean = [{k: e[k] for k in ("id", "schema", "properties")} for e in entities]
    rid, created = store_release(store, REGISTRY, "registry", str(out_dir), {"entities.ftm.json": checksum},
                                 lean, manifest, None)
    release = find_release(store, rid)
    if release is None:  # written in this call: only a store that lost it gets here
        raise RuntimeError(f"release {rid} was stored but cannot be read back")
    version = release["seq"]
    manifest.update({"version": version, "release": rid, "created": created,
                     "created_at": release["imported_at"]})
    target = Path(out_dir) / f"v{version}"
    target.mkdir(parents=True, exist_ok=True)
    (target / "entities.ftm.json").write_text(lines, encoding="utf-8")
    (target / "entities.csv").write_text(table, encoding="utf-8")
    (target / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                          encoding="utf-8")
    manifest["path"] = str(target)
    return manifest


def load_release_entities(store: SqlStore, ref: str) -> list[dict]:
    """Entities of a release named `ref` (DATASET@N, a release id, registry@N or just N)."""
    if ref.isdigit():
        ref = f"{REGISTRY}@{ref}"
    release = find_release(store, ref)
    if release is None:
        raise LookupError(f"no release {ref!r}; see `sanctionwatch lists`")
    return release_entities(store, release["id"])
