"""Hostile and odd files: each becomes one `skipped FILE: reason`, never the end of the run.

Issue 12's shortest inputs, one test each: a 78 KB compressed-stream bomb, a file name with a
non-UTF-8 byte, unreadable folders and paths, a symlink to /etc/passwd, a 1 GB file under
--max-bytes (read never), a FIFO, mojibake and UTF-16 without a byte-order mark.
"""

from __future__ import annotations

import errno
import os
import resource
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdfmaker import make_bomb_pdf, make_pdf
from sanctionwatch.cli import app
from sanctionwatch.config import Limits
from sanctionwatch.errors import SourceError
from sanctionwatch.sources import discover, read_source
from sanctionwatch.sources.decode import decode_bytes
from sanctionwatch.sources.files import display_name, read_bounded

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample"
RU = ("Комитет по правам человека выразил обеспокоенность арестом лидера оппозиции. "
      "Правительство распустило главную оппозиционную партию.\n") * 3
FR = ("Le gouvernement a décidé de dissoudre le parti d'opposition. Les députés étrangers ont "
      "protesté à Genève.\n") * 3


def _reason(path: Path, limits: Limits | None = None) -> str:
    with pytest.raises(SourceError) as info:
        read_source(path, limits)
    assert display_name(path) in str(info.value)
    return info.value.reason


def _refuse(data: bytes) -> str:
    with pytest.raises(SourceError) as info:
        decode_bytes(data, "x.txt")
    return info.value.reason


# -- one file, any reader error -----------------------------------------------------------------


def test_decompression_bomb_pdf_is_refused_not_raised(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(make_bomb_pdf())
    assert bomb.stat().st_size < 100_000
    assert "decompression bomb" in _reason(bomb)


def test_any_reader_exception_is_this_files_error(tmp_path: Path, monkeypatch) -> None:
    import sanctionwatch.sources.read as read

    def explode(html: str, path: str) -> tuple[str, str, None]:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(read, "html_to_text", explode)
    page = tmp_path / "deep.html"
    page.write_text("<html><body><p>Hun Sen</p></body></html>", encoding="utf-8")
    assert "RecursionError" in _reason(page)


def test_a_reader_that_never_ends_is_stopped(tmp_path: Path, monkeypatch) -> None:
    import sanctionwatch.sources.pdf as pdf

    def forever(*args, **kwargs):
        while True:  # a parsing bomb: small file, endless work, inside the reader's try/except
            pass

    monkeypatch.setattr(pdf, "PdfReader", forever)
    path = tmp_path / "slow.pdf"
    path.write_bytes(make_pdf([["Kem Sokha"]]))
    assert "took over 0.3 s" in _reason(path, Limits(max_seconds=0.3))
    assert read_source(SAMPLE / "ipu-statement.txt", Limits(max_seconds=0.3)).text  # timer gone


def test_non_utf8_file_name_is_read_and_named(tmp_path: Path) -> None:
    odd = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/\xff-report.txt"))
    shutil.copyfile(SAMPLE / "ipu-statement.txt", odd)
    raw = read_source(odd)
    assert raw.path.endswith("\\xff-report.txt")
    raw.path.encode("utf-8")  # storable, printable, hashable
    files, errors = discover([tmp_path])
    assert files == [odd] and not errors


# -- sizes: checked before reading, memory bounded -------------------------------------------------


def test_max_bytes_refuses_a_huge_file_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # 1 GB, sparse: stat says 1 GB, nothing to read
        handle.truncate(1 << 30)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    reason = _reason(huge, Limits(max_bytes=10_000_000))
    assert "too big" in reason and "1,073,741,824" in reason
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000  # KB


def test_reads_are_bounded_by_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 5000)
    assert len(read_bounded(path, 5000)) == 5000
    with pytest.raises(SourceError, match="too big"):
        read_bounded(path, 4999)


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in _reason(fifo)
    files, errors = discover([tmp_path])
    assert not files and "not a regular file" in errors[0].reason


# -- walking: unreadable folders and paths, symlinks ----------------------------------------------


def test_unreadable_folder_met_while_walking_is_named(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "ok.txt").write_text("Hun Sen", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text("Kem Sokha", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # root reads any folder: deny this one as chmod 0 would for a user
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, errors = discover([tmp_path])
    assert [f.name for f in files] == ["ok.txt"]
    assert len(errors) == 1 and errors[0].path == str(locked)
    assert "unreadable folder" in errors[0].reason and "Permission denied" in errors[0].reason


def test_unreadable_path_on_the_command_line_does_not_stop_the_others(tmp_path: Path, monkeypatch) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Hun Sen", encoding="utf-8")
    bad = tmp_path / "secret" / "x.txt"
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        if str(path) == str(bad):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    files, errors = discover([bad, good, tmp_path / "missing.txt"])
    assert files == [good]
    reasons = {e.path: e.reason for e in errors}
    assert "Permission denied" in reasons[str(bad)]
    assert "no such file" in reasons[str(tmp_path / "missing.txt")]


def test_symlink_out_of_the_folder_is_refused_unless_asked(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "ok.txt").write_text("Hun Sen", encoding="utf-8")
    outside = tmp_path / "private.txt"
    outside.write_text("not a report", encoding="utf-8")
    (folder / "passwd.txt").symlink_to(outside)
    (folder / "inside.txt").symlink_to(folder / "ok.txt")
    (folder / "loop").symlink_to(folder)
    files, errors = discover([folder])
    assert sorted(f.name for f in files) == ["inside.txt", "ok.txt"]
    assert len(errors) == 1 and "outside the folders given" in errors[0].reason
    assert "--follow-symlinks" in errors[0].reason
    files, errors = discover([folder], follow_symlinks=True)
    assert sorted(f.name for f in files) == ["inside.txt", "ok.txt", "passwd.txt"] and not errors


# -- encodings --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("UTF-8 read as cp1252", FR.encode().decode("cp1252").encode()),
        ("Khmer UTF-8 read as Latin-1", (SAMPLE / "khmer-report.txt").read_text("utf-8").encode().decode("latin-1").encode()),
        ("KOI8-R read as Latin-1", RU.encode("koi8-r").decode("latin-1").encode()),
        ("KOI8-R read as cp1251", RU.encode("koi8-r").decode("cp1251").encode()),
        ("UTF-8 read as cp1251", RU.encode().decode("cp1251", errors="replace").encode()),
    ],
)
def test_mojibake_is_refused(label: str, data: bytes) -> None:
    assert "mojibake" in _refuse(data), label


def test_cut_utf8_khmer_is_refused_not_guessed() -> None:
    data = (SAMPLE / "khmer-report.txt").read_bytes()
    start = data.index("ស".encode()) + 1  # inside a three-byte character
    reason = _refuse(data[:start] + data[start + 1:])
    assert "damaged UTF-8" in reason


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_are_text(encoding: str) -> None:
    khmer = (SAMPLE / "khmer-report.txt").read_text("utf-8")
    for text in (FR, khmer):
        decoded, used = decode_bytes(text.encode(encoding), "x.txt")
        assert decoded == text and used == encoding


def test_legacy_code_pages_still_decode() -> None:
    assert decode_bytes(RU.encode("koi8-r"), "x")[0] == RU
    assert decode_bytes(RU.encode("cp1251"), "x")[0] == RU
    assert decode_bytes(FR.encode("latin-1"), "x")[0] == FR
    assert decode_bytes("Café à Genève\n".encode("latin-1"), "x")[0] == "Café à Genève\n"


def test_binary_with_nul_bytes_is_still_binary() -> None:
    assert "binary" in _refuse(bytes(range(256)) * 40)
    assert "NUL characters" in _refuse(b"Hun Sen met Kem Sokha. " * 1000 + b"\x00 end")


def test_text_layers_are_made_storable() -> None:
    from sanctionwatch.sources.read import storable

    assert storable("Hun\x00 Sen \ud800") == "Hun Sen \ufffd"  # PostgreSQL and UTF-8 accept it


def test_unreadable_file_is_named(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Hun Sen", encoding="utf-8")
    real_open = os.open

    def deny(file, flags, *args, **kwargs):  # root opens any file: deny as chmod 0 would
        if str(file) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    assert "unreadable (Permission denied)" in _reason(path)


def test_shared_corpus_has_no_false_alarm(seeds_dir: Path) -> None:
    corpus = seeds_dir.parent
    files = [p for p in corpus.rglob("*") if p.suffix in (".txt", ".html")] + list(SAMPLE.glob("*.txt"))
    assert files
    for path in files:
        decode_bytes(path.read_bytes(), str(path))


# -- the whole run ----------------------------------------------------------------------------------


def test_ingest_stores_the_good_files_beside_hostile_ones(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(SAMPLE / "ipu-statement.txt", folder / "good.txt")
    (folder / "good.pdf").write_bytes(make_pdf([["Phnom Penh, 16 November 2017",
                                                 "The Supreme Court dissolved the CNRP."]]))
    (folder / "bomb.pdf").write_bytes(make_bomb_pdf())
    odd = os.fsdecode(os.fsencode(str(folder)) + b"/\xff.txt")
    Path(odd).write_text("Kem Sokha was arrested in Phnom Penh.\n", encoding="utf-8")
    (folder / "mojibake.txt").write_bytes(FR.encode().decode("cp1252").encode())
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(app, ["ingest", str(folder), str(tmp_path / "nope"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == 4, skipped
    text = "\n".join(skipped)
    for needle in ("bomb.pdf: decompression bomb", "mojibake.txt: mis-encoded", "passwd.txt: symlink",
                   "nope: no such file"):
        assert needle in text
    from sanctionwatch.store import open_store

    paths = sorted(Path(d["path"]).name for d in open_store(str(db)).documents())
    assert paths == ["\\xff.txt", "good.pdf", "good.txt"]
