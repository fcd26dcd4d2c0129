"""Spreadsheet-safe CSV cells: the one helper every CSV writer uses.

A list entry or a screened name that starts with `=`, `+`, `-` or `@` is a formula to Excel,
LibreOffice and Google Sheets (`=HYPERLINK(...)` reaches the analyst's machine, DDE can run
commands); tab and carriage return start one too after a cell split. OWASP's rule: prefix such a
cell with a single quote, which spreadsheets show as text and do not evaluate. Only text cells
are touched; numbers written by us stay numbers. `unescape_cell` undoes it for our own readers
(batch screening resumes from its output file).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """`value` with a leading quote if it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(TRIGGERS):
        return "'" + value
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    """A csv.writer row with every cell made safe."""
    return [safe_cell(v) for v in values]


def safe_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    """A csv.DictWriter row with every cell made safe."""
    return {k: safe_cell(v) for k, v in row.items()}


def unescape_cell(value: str) -> str:
    """The original text of a cell written by `safe_cell`."""
    if value.startswith("'") and value[1:].startswith(TRIGGERS):
        return value[1:]
    return value
