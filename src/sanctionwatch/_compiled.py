"""Which matcher code runs: the mypyc-compiled hot path, or its Python source.

`setup.py` compiles the modules in HOT_PATH with mypyc when the package is installed. Python's
import system prefers a compiled module to its `.py`, so after an edit without a rebuild the old
compiled code would run silently. The package's `__init__` calls `choose_build()` before any
other import: when a source differs from what was compiled, or `SANCTIONWATCH_PURE_PYTHON=1`,
a finder placed first on `sys.meta_path` loads all of HOT_PATH from source (the compiled
modules call each other directly, so it is all of them or none).

"Differs" is decided by content, not file times: `setup.py` records the SHA-256 of each source
it compiles in `_build_hashes.json` beside them, and the installed `.py` must still have that
hash. File times say nothing after a wheel install (the wheel's times, the unpacking order),
and a hash does: a wheel runs its compiled matcher, an edited editable install its source.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from pathlib import Path
from types import ModuleType

PACKAGE_DIR = Path(__file__).resolve().parent
# module → source path relative to the package; also the list setup.py compiles
HOT_PATH = {
    "sanctionwatch.names.parts": "names/parts.py",
    "sanctionwatch.screen.similarity": "screen/similarity.py",
    "sanctionwatch.screen.name_score": "screen/name_score.py",
    "sanctionwatch.screen.matcher": "screen/matcher.py",
}
BUILD = "source"
HASHES = "_build_hashes.json"


def source_hash(path: Path) -> str:
    """SHA-256 of a source file's bytes (what `setup.py` records when it compiles it)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_hashes(package_dir: Path = PACKAGE_DIR) -> dict[str, str]:
    """Module → hash of the source each compiled module was built from ({} if not recorded)."""
    try:
        recorded = json.loads((package_dir / HASHES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in recorded.items()} if isinstance(recorded, dict) else {}


def compiled_files(package_dir: Path = PACKAGE_DIR) -> dict[str, Path]:
    """The compiled extension of each hot-path module that has one."""
    found: dict[str, Path] = {}
    for module, relative in HOT_PATH.items():
        source = package_dir / relative
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            built = source.with_name(source.stem + suffix)
            if built.exists():
                found[module] = built
                break
    return found


def stale_modules(compiled: dict[str, Path], package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Hot-path modules whose source is not the one their compiled build was made from (or
    whose build recorded no hash: nothing says it is current)."""
    recorded = build_hashes(package_dir)
    stale = []
    for module in compiled:
        try:
            current = source_hash(package_dir / HOT_PATH[module])
        except OSError:
            current = None
        if current is None or recorded.get(module) != current:
            stale.append(module)
    return stale


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the hot-path modules as `.py` sources, ahead of their compiled builds."""

    def find_spec(self, fullname: str, path: object = None, target: ModuleType | None = None):  # noqa: ANN201
        relative = HOT_PATH.get(fullname)
        if relative is None:
            return None
        return importlib.util.spec_from_file_location(fullname, PACKAGE_DIR / relative)


def choose_build() -> str:
    """Decide which build of the hot path runs; returns "compiled" or "source"."""
    global BUILD
    compiled = compiled_files()
    if len(compiled) < len(HOT_PATH):
        BUILD = "source"  # not compiled (no compiler, a type error, or SANCTIONWATCH_PURE_PYTHON=1)
        return BUILD
    reason = None
    if os.environ.get("SANCTIONWATCH_PURE_PYTHON") == "1":
        reason = "SANCTIONWATCH_PURE_PYTHON=1"
    elif stale := stale_modules(compiled):
        reason = "stale"
        warnings.warn(
            f"sanctionwatch: the compiled matcher ({', '.join(stale)}) was built from another "
            "version of its source; "
            "running the source instead (slower). Rebuild with `make install` (or `pip install -e .`).",
            RuntimeWarning, stacklevel=2,
        )
    if reason is None:
        BUILD = "compiled"
    else:
        if not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
            sys.meta_path.insert(0, _SourceFinder())
        BUILD = "source"
    return BUILD
