"""Which matcher code runs: the mypyc-compiled hot path, or its Python source.

`setup.py` compiles `similarity`, `name_score` and `matcher` with mypyc when the package is
installed. Python's import system prefers a compiled module to its `.py`, so after an edit
without a rebuild the old compiled code would run silently. This module, imported by the
package before the matcher, loads the three sources instead when any source is newer than its
build or when `SANCTIONWATCH_PURE_PYTHON=1`; the compiled modules call each other directly, so
it is all three or none.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import warnings
from pathlib import Path

HOT_PATH = ("similarity", "name_score", "matcher")  # in import order
PACKAGE = "sanctionwatch.screen"
_HERE = Path(__file__).resolve().parent


def compiled_files(folder: Path = _HERE) -> dict[str, Path]:
    """The compiled extension of each hot-path module that has one."""
    found: dict[str, Path] = {}
    for name in HOT_PATH:
        for path in sorted(folder.glob(f"{name}.*.so")) + sorted(folder.glob(f"{name}.*.pyd")):
            found[name] = path
    return found


def stale_modules(compiled: dict[str, Path]) -> list[str]:
    """Hot-path modules whose source was changed after their compiled build."""
    return [n for n, so in compiled.items() if so.with_name(f"{n}.py").stat().st_mtime > so.stat().st_mtime]


def _load_sources() -> None:
    for name in HOT_PATH:
        full = f"{PACKAGE}.{name}"
        spec = importlib.util.spec_from_file_location(full, _HERE / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[full] = module
        spec.loader.exec_module(module)


def choose_build() -> str:
    """Load the hot path from source when needed; return which build runs ("compiled"/"source")."""
    compiled = compiled_files()
    if len(compiled) < len(HOT_PATH):
        return "source"  # not compiled (no compiler, or SANCTIONWATCH_PURE_PYTHON=1 at build)
    if os.environ.get("SANCTIONWATCH_PURE_PYTHON") == "1":
        _load_sources()
        return "source"
    stale = stale_modules(compiled)
    if stale:
        warnings.warn(
            f"sanctionwatch: the compiled matcher ({', '.join(stale)}) is older than its source; "
            "running the source instead (slower). Rebuild with `make install` "
            "(or `pip install -e .`).", RuntimeWarning, stacklevel=2,
        )
        _load_sources()
        return "source"
    return "compiled"
