"""Files on disk, handled so that no single path can stop an ingest.

Three jobs, each a place where a hostile or odd file used to crash or exhaust a run:

- `display_name`: a path as text that can always be printed, stored and hashed. File names are
  bytes on POSIX; Python hands undecodable ones over as lone surrogates, which then fail in
  every UTF-8 encode (the store, ids, the terminal). The name is built from `os.fsencode`
  bytes, with undecodable bytes shown as `\\xff`.
- `walk`: expand the command line into files, reporting every folder it cannot read, every
  path it cannot stat, and every symlink that leads outside the folders given (a link to
  `/etc/passwd` inside a report folder is not a report) unless the caller asks to follow them.
- `read_bounded`: the size is checked with `fstat` before reading, only regular files are
  read, and never more than the limit plus one byte is read, so memory is bounded by the limit
  even for a file that grows, a FIFO or a device.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sanctionwatch.errors import SourceError

CHUNK = 1 << 20


def display_name(path: str | os.PathLike[str]) -> str:
    """The path as valid Unicode text: UTF-8 where it decodes, `\\xNN` for the other bytes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def read_bounded(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; SourceError (with why) otherwise."""
    name = display_name(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise SourceError(name, f"unreadable ({_reason(exc)})") from exc
    _check(name, info, max_bytes)
    try:
        # O_NONBLOCK: a FIFO swapped in after the stat must not hang the run
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise SourceError(name, f"unreadable ({_reason(exc)})") from exc
    try:
        _check(name, os.fstat(fd), max_bytes)  # the file opened may not be the one stat'ed
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise SourceError(name, f"unreadable ({_reason(exc)})") from exc
    finally:
        os.close(fd)
    if total > max_bytes:
        raise SourceError(name, f"too big: grew past the limit of {max_bytes:,} bytes while read "
                          "(raise it with --max-bytes)")
    return b"".join(chunks)


def _check(name: str, info: os.stat_result, max_bytes: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise SourceError(name, "a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(name, "not a regular file (device, FIFO or socket)")
    if info.st_size > max_bytes:
        raise SourceError(name, f"too big: {info.st_size:,} bytes, over the limit of {max_bytes:,} "
                          "(raise it with --max-bytes)")


@dataclass
class Walk:
    """Files found (in a stable order) and the paths refused on the way, with reasons."""

    files: list[Path] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)

    def refuse(self, path: str | os.PathLike[str], reason: str) -> None:
        self.errors.append(SourceError(display_name(path), reason))


def _link_target(path: Path) -> str:
    try:
        return display_name(os.readlink(path))
    except OSError as exc:  # replaced or removed meanwhile
        return f"unreadable link: {_reason(exc)}"


def _inside(target: str, roots: Iterable[str]) -> bool:
    return any(target == root or target.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def walk(
    paths: Iterable[str | os.PathLike[str]],
    suffixes: Iterable[str],
    follow_symlinks: bool = False,
) -> Walk:
    """Expand files and folders into the files with one of `suffixes` (lower case, with dot).

    A file named on the command line is taken whatever it links to (the user chose it); inside
    a folder, a symlink whose target is outside every folder given is refused unless
    `follow_symlinks`, and a link to a folder is followed only then (each real folder once, so
    link loops end). Nothing here raises for a bad path: it becomes an error with a reason.
    """
    wanted = {s.lower() for s in suffixes}
    out = Walk()
    given = [Path(p) for p in paths]
    roots: list[str] = []
    for path in given:
        try:
            roots.append(os.path.realpath(path))
        except (OSError, ValueError):
            pass
    seen_dirs: set[tuple[int, int]] = set()
    for path in given:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            out.refuse(path, "no such file or folder")
            continue
        except (OSError, ValueError) as exc:
            out.refuse(path, f"unreadable ({_reason(exc) if isinstance(exc, OSError) else exc})")
            continue
        if stat.S_ISDIR(info.st_mode):
            found: list[Path] = []
            _walk_dir(path, wanted, follow_symlinks, roots, seen_dirs, found, out)
            found.sort()  # as Path orders them (by component), the order ingest always used
            out.files.extend(found)
        elif path.suffix.lower() in wanted:
            out.files.append(path)
        else:
            out.refuse(path, f"unsupported file type {path.suffix or '(none)'!r}; "
                       f"use {', '.join(sorted(wanted))}")
    return out


def _walk_dir(
    folder: Path,
    wanted: set[str],
    follow: bool,
    roots: list[str],
    seen: set[tuple[int, int]],
    found: list[Path],
    out: Walk,
) -> None:
    """Depth-first walk with every error reported; no recursion limit on deep trees."""
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            info = os.stat(current)
            key = (info.st_dev, info.st_ino)
            if key in seen:
                continue  # a loop through links, or the same folder given twice
            seen.add(key)
            with os.scandir(current) as entries:
                listing = list(entries)
        except OSError as exc:
            out.refuse(current, f"unreadable folder ({_reason(exc)}); its files were not ingested")
            continue
        for entry in listing:
            path = Path(entry.path)
            try:
                is_link = entry.is_symlink()
                is_dir = entry.is_dir(follow_symlinks=True)
                is_file = entry.is_file(follow_symlinks=True)
            except OSError as exc:
                out.refuse(path, f"unreadable ({_reason(exc)})")
                continue
            if not is_dir and path.suffix.lower() not in wanted:
                continue  # other files in a folder are not ours to mention
            if is_link:
                target = os.path.realpath(path)
                if not (is_dir or is_file):
                    out.refuse(path, f"broken symlink (to {_link_target(path)})")
                    continue
                if not follow and not _inside(target, roots):
                    out.refuse(path, f"symlink to {display_name(target)}, outside the folders "
                               "given; pass --follow-symlinks to read it")
                    continue
                if is_dir and not follow:
                    continue  # inside a folder given: its files are reached without the link
            if is_dir:
                stack.append(path)
            elif is_file:
                found.append(path)
            else:
                out.refuse(path, "not a regular file (device, FIFO or socket)")
