"""Batch screening rows: one CSV row in, its scored and explained hits out (CLI and workbench)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from sanctionwatch.csvsafe import safe_dict

if TYPE_CHECKING:
    from sanctionwatch.screening import Screener

OUT_COLUMNS = ["row", "query", "rank", "score", "match", "entity_id", "caption", "schema", "dataset", "detail"]


def detail(explanations: dict) -> str:
    """The name comparison's explanation, which says why a hit scored as it did."""
    return str(explanations.get("name", {}).get("detail", ""))


def screen_row(screener: Screener, key: str, row: Mapping[str, str | None], dataset: str = "all", limit: int = 5,
               threshold: float = 0.7) -> list[dict]:
    """Output rows (spreadsheet-safe) for one input row with a `name` (optional: schema,
    birth_date, country, gender): one per hit, one with rank 0 when nothing matched. Raises
    InvalidQuery or LookupError (unknown dataset) for a row that cannot be screened."""
    def field(name: str) -> str:
        return (row.get(name) or "").strip()

    hits = screener.match(dataset, field("schema") or "Person", [row.get("name") or ""],
                          birth_date=field("birth_date") or None, country=[field("country")] if field("country") else None,
                          gender=field("gender") or None, limit=limit, threshold=threshold)
    if not hits:
        return [safe_dict({"row": key, "query": row.get("name"), "rank": 0, "score": 0.0, "match": False})]
    return [safe_dict({
        "row": key, "query": row.get("name"), "rank": rank, "score": f"{h.result.score:.4f}", "match": h.result.match,
        "entity_id": h.entity["id"], "caption": h.entity.get("caption", ""), "schema": h.entity["schema"],
        "dataset": ", ".join(h.entity.get("datasets", [])), "detail": detail(h.result.explanations)})
        for rank, h in enumerate(hits, start=1)]
