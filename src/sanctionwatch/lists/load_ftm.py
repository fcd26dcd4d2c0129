"""Read FollowTheMoney JSON lines (the format OpenSanctions publishes) into entity dicts."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from followthemoney import model

from sanctionwatch.lists.result import ImportLog, ImportMeta, ImportResult


def read_ftm_json(path: Path, on_error=None) -> ImportResult:
    """Entities from an FtM JSON-lines file; bad lines become RowErrors with their number."""
    path = Path(path)
    data = path.read_bytes()
    log = ImportLog(ImportMeta("ftm", "ftm-json", str(path), files={path.name: hashlib.sha256(data).hexdigest()}), on_error)
    entities = []
    rows = 0
    for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), start=1):
        if not line.strip():
            continue
        rows += 1
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            log.error(path.name, number, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("schema"):
            log.error(path.name, number, "not an FtM entity (needs id and schema)")
            continue
        try:
            proxy = model.get_proxy({"id": raw["id"], "schema": raw["schema"],
                                     "properties": raw.get("properties") or {}}, cleaned=False)
        except Exception as exc:  # followthemoney raises InvalidData and others
            log.error(path.name, number, f"invalid entity: {exc}")
            continue
        entity = proxy.to_dict()
        if raw.get("datasets"):
            entity["datasets"] = list(raw["datasets"])
        entities.append(log.emitted(entity))
    log.meta.rows[path.name] = rows
    return ImportResult(entities, log.errors, log.meta)
