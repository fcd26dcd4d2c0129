"""Build hook: compile the matcher's hot path with mypyc; pure Python when that is not possible.

Everything else is declared in pyproject.toml. Screening scores hundreds of candidates per
query, and the modules below are where that time goes; mypyc compiles them (unchanged,
type-checked Python) to C extension modules, about 1.5-2x faster. The source stays the reference:
`SANCTIONWATCH_PURE_PYTHON=1` at build time skips compiling, at run time ignores the compiled
modules, and `sanctionwatch._compiled` ignores them when a source file is newer than its
build (an edit without a rebuild), so what runs is never older than what is written. "Newer" is
a content hash recorded here at build time (`_build_hashes.json`, shipped in the wheel), not a
file time, which a wheel install does not keep meaningfully.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from setuptools import setup

HOT_PATH = [  # keep in step with sanctionwatch._compiled.HOT_PATH
    "src/sanctionwatch/names/parts.py",
    "src/sanctionwatch/screen/similarity.py",
    "src/sanctionwatch/screen/name_score.py",
    "src/sanctionwatch/screen/matcher.py",
]


MODULES = {path: path.removeprefix("src/").removesuffix(".py").replace("/", ".") for path in HOT_PATH}
HASHES = Path("src/sanctionwatch/_build_hashes.json")


def _record_hashes() -> None:
    """The SHA-256 of each source compiled now; `_compiled` compares the installed `.py` with it."""
    hashes = {MODULES[p]: hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in HOT_PATH}
    HASHES.write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _ext_modules() -> list:
    if os.environ.get("SANCTIONWATCH_PURE_PYTHON") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:  # pragma: no cover - a build without mypy: pure Python
        print(f"sanctionwatch: mypyc unavailable ({exc}); the matcher stays pure Python", file=sys.stderr)
        return []
    try:
        # the build runs before the dependencies are installed (a fresh virtual environment):
        # modules it cannot see (rapidfuzz, numpy, PyICU) are typed Any and called through Python
        modules = mypycify(["--ignore-missing-imports", *HOT_PATH], opt_level="3")
        _record_hashes()
        return modules
    except (Exception, SystemExit) as exc:  # a type error: install the source, say so loudly
        print(f"sanctionwatch: WARNING: mypyc could not compile the matcher ({exc}); it stays pure "
              "Python. `make lint` runs the same type check.", file=sys.stderr)
        return []


setup(ext_modules=_ext_modules())
