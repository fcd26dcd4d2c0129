"""Fuzz the ingest with mutated real documents: no run may crash, no good file may be lost.

    python bench/fuzz.py [--n 10000] [--batch 250] [--seed 1] [--max-bytes 2000000]

Seeds are the real PDFs, HTML pages and texts of sample/ and ../shared/corpus (dev and seeds).
Each input is one mutation of a seed (or of a window of one, to keep the models' share of the
time small): bit flips, byte insertions and deletions, truncation, splices of two documents,
encoding swaps (UTF-16/32 with and without BOM, Latin-1, KOI8-R, cp1252 mojibake, cut UTF-8),
compressed-stream bombs inside PDFs, NUL floods, empty and over-the-limit files, and odd names
(non-UTF-8 bytes, 255-byte names, newlines, leading dashes) as well as symlinks out of the
folder, FIFOs and folders named like files. Inputs are ingested in batches, each beside the
untouched good files, into a fresh temporary SQLite store through `pipeline.ingest` (what the
CLI runs). Per batch the property checked is:

- the run returns (no exception, within --timeout seconds): else a *crashed run*;
- every good file is stored (its document id is in the store);
- every input is either stored (its id is in the store) or named in the run's errors with a
  non-empty reason; stored paths are valid Unicode.

The figures (inputs, refused, stored, crashed runs, lost good files, unnamed inputs, reasons by
kind, time) are printed at the end; a non-zero exit means the property failed.
"""

from __future__ import annotations

import argparse
import codecs
import collections
import os
import random
import signal
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SANCTIONWATCH_SHARED", ROOT.parent / "shared"))
SUFFIXES = (".txt", ".html", ".htm", ".pdf")


def seeds() -> list[Path]:
    """Real documents: sample/ and the shared corpus (each file once, sorted)."""
    found = {p.resolve() for base in (ROOT / "sample", SHARED / "corpus")
             if base.exists() for p in base.rglob("*") if p.suffix.lower() in SUFFIXES}
    return sorted(found)


# -- mutations: bytes → bytes ------------------------------------------------------------------------


def window(rng: random.Random, data: bytes) -> bytes:
    if len(data) <= 1500:
        return data
    start = rng.randrange(0, len(data) - 1000)
    return data[start : start + rng.randrange(400, 1500)]


def bit_flips(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 1 + len(out) // 200)):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(0, max(1, len(data)))]


def insert_delete(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(out) + 1)
        if rng.random() < 0.5 and out:
            del out[i : i + rng.randint(1, 64)]
        else:
            out[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    return bytes(out)


def splice(rng: random.Random, data: bytes, other: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)] + other[rng.randrange(len(other) + 1):]


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="ignore") or "Hun Sen met Kem Sokha."


ENCODINGS: list[tuple[str, Callable[[str], bytes]]] = [
    ("utf-16-le", lambda t: t.encode("utf-16-le")),
    ("utf-16-be", lambda t: t.encode("utf-16-be")),
    ("utf-16 bom", lambda t: t.encode("utf-16")),
    ("utf-32-le", lambda t: t.encode("utf-32-le")),
    ("utf-32 bom", lambda t: t.encode("utf-32")),
    ("utf-8 bom", lambda t: codecs.BOM_UTF8 + t.encode()),
    ("latin-1", lambda t: t.encode("latin-1", errors="replace")),
    ("koi8-r", lambda t: t.encode("koi8-r", errors="replace")),
    ("cp1252 mojibake", lambda t: t.encode().decode("cp1252", errors="replace").encode()),
    ("latin-1 mojibake", lambda t: t.encode().decode("latin-1").encode()),
    ("cut utf-8", lambda t: (lambda b: b[: len(b) // 2] + b[len(b) // 2 + 1 :])(t.encode())),
    ("wrong BOM", lambda t: codecs.BOM_UTF16_LE + t.encode()),
]


def encoding_swap(rng: random.Random, data: bytes) -> bytes:
    return rng.choice(ENCODINGS)[1](_text(data))


def bomb_pdf(rng: random.Random, data: bytes) -> bytes:
    """A real PDF with a compressed-stream bomb appended as an incremental update of a page's
    contents, or a small bomb PDF of its own."""
    inflated = rng.choice([2_000_000, 20_000_000, 80_000_000])
    return _bomb(inflated)


_BOMBS: dict[int, bytes] = {}


def _bomb(inflated: int) -> bytes:
    if inflated not in _BOMBS:
        packer = zlib.compressobj(9)
        block = b" " * (1 << 20)
        body = bytearray(packer.compress(b"BT /F1 11 Tf 50 740 Td (Kem Sokha) Tj ET\n"))
        for _ in range(inflated // len(block)):
            body += packer.compress(block)
        body += packer.flush()
        objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
                   b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                   b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                   b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
                   b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + bytes(body) + b"\nendstream"]
        out = bytearray(b"%PDF-1.4\n")
        offsets = []
        for number, obj in enumerate(objects, start=1):
            offsets.append(len(out))
            out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
        out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
        _BOMBS[inflated] = bytes(out)
    return _BOMBS[inflated]


def nul_flood(rng: random.Random, data: bytes) -> bytes:
    return rng.choice([b"\x00" * rng.randint(1, 5000), data[:100] + b"\x00" * 2000 + data[100:],
                       b"", b" \n\t" * 10, os.urandom(rng.randint(1, 4000))])


MUTATIONS: dict[str, Callable[..., bytes]] = {
    "bit flips": bit_flips, "truncation": truncate, "insert/delete": insert_delete,
    "splice": splice, "encoding swap": encoding_swap, "pdf bomb": bomb_pdf, "nul/empty/random": nul_flood,
}
WEIGHTS = {"bit flips": 5, "truncation": 3, "insert/delete": 3, "splice": 3, "encoding swap": 5,
           "pdf bomb": 0.2, "nul/empty/random": 1}


def odd_name(rng: random.Random, i: int, suffix: str) -> bytes:
    """A file name as bytes: mostly plain, sometimes hostile."""
    kind = rng.random()
    if kind < 0.75:
        return f"m{i:06d}{suffix}".encode()
    return rng.choice([
        b"\xff\xfe" + f"{i}".encode() + suffix.encode(),                # not UTF-8
        ("x" * 200 + f"{i}").encode()[:250 - len(suffix)] + suffix.encode(),  # 255-byte limit
        f"-{i} --db evil{suffix}".encode(),                              # looks like an option
        f"new\nline {i}{suffix}".encode(),
        f"\u202e{i}fdp{suffix}".encode(),                                 # right-to-left override
        f"{i} ហ៊ុន សែន{suffix}".encode(),
        f"{i}.TXT".encode() if suffix == ".txt" else f"{i}{suffix.upper()}".encode(),
    ])


def special(rng: random.Random, folder: bytes, i: int, outside: Path, max_bytes: int) -> tuple[bytes, bytes | None]:
    """A path that is not an ordinary file (symlink out, FIFO, too big, broken link), with no
    content; or a folder named like a file, and the file inside it with its content."""
    kind = rng.randrange(5)
    path = folder + f"/s{i:06d}".encode()
    if kind == 0:
        path += b".txt"
        os.symlink(str(outside), path)
    elif kind == 1:
        path += b".txt"
        os.mkfifo(path)
    elif kind == 2:
        path += b".html"
        os.mkdir(path)
        content = b"Hun Sen and Kem Sokha.\n" * (i % 7 + 1) + str(i).encode()
        with open(path + b"/inner.txt", "wb") as handle:
            handle.write(content)
        return path + b"/inner.txt", content
    elif kind == 3:
        path += b".pdf"
        with open(path, "wb") as handle:
            handle.truncate(max_bytes + 1 + i)  # sparse: over the limit without using disk
    else:
        path += b".txt"
        os.symlink(path + b".missing", path)  # broken link
    return path, None


# -- one batch -----------------------------------------------------------------------------------------


class Timeout(Exception):
    pass


def run_batch(args, rng, seed_data, good, batch_no, tmp: Path, outside: Path, stats) -> None:
    from sanctionwatch.config import Limits
    from sanctionwatch.pipeline import ingest
    from sanctionwatch.sources.files import display_name
    from sanctionwatch.sources.read import document_id
    from sanctionwatch.store import open_store

    folder = tmp / f"batch{batch_no:04d}"
    folder.mkdir()
    raw_folder = os.fsencode(folder)
    inputs: dict[str, str | None] = {}  # display name → document id (None: not a regular file)
    names = list(seed_data)
    for k in range(args.batch):
        i = batch_no * args.batch + k
        if rng.random() < 0.03:
            path, content = special(rng, raw_folder, i, outside, args.max_bytes)
            stats["mutation:special path"] += 1
            inputs[display_name(path)] = None if content is None else document_id(content)
            continue
        seed = rng.choice(names)
        data = seed_data[seed]
        kind = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        base = data if seed.suffix == ".pdf" else window(rng, data)
        if kind == "splice":
            out = splice(rng, base, window(rng, seed_data[rng.choice(names)]))
        else:
            out = MUTATIONS[kind](rng, base)
        suffix = ".pdf" if kind == "pdf bomb" else seed.suffix.lower()
        path = raw_folder + b"/" + odd_name(rng, i, suffix)
        with open(path, "wb") as handle:
            handle.write(out)
        stats[f"mutation:{kind}"] += 1
        inputs[display_name(path)] = document_id(out)
    db = tmp / f"batch{batch_no:04d}.db"
    store = open_store(f"sqlite:///{db}")
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(Timeout()))
    signal.alarm(args.timeout)
    started = time.perf_counter()
    try:
        report = ingest([*good, folder], store, Limits(max_bytes=args.max_bytes))
    except BaseException as exc:  # noqa: BLE001 - the property under test: count, report, go on
        signal.alarm(0)
        if isinstance(exc, KeyboardInterrupt):
            raise
        stats["crashed runs"] += 1
        print(f"batch {batch_no}: CRASHED ({type(exc).__name__}: {exc})", file=sys.stderr)
        return
    signal.alarm(0)
    stats["ingest seconds"] += time.perf_counter() - started
    stored = {d["id"]: d["path"] for d in store.documents()}
    for path in stored.values():
        path.encode("utf-8")  # raises on a surrogate: a crash of the check is a failure too
    errors = {e.path: e.reason for e in report.errors}
    for path in good:
        if document_id(path.read_bytes()) not in stored:
            stats["good files lost"] += 1
            print(f"batch {batch_no}: good file {path} not stored", file=sys.stderr)
    for name, doc_id in inputs.items():
        stats["inputs"] += 1
        if doc_id is not None and doc_id in stored:
            stats["stored"] += 1
        elif errors.get(name):
            stats["refused with a reason"] += 1
            stats["reason:" + _kind(errors[name])] += 1
        else:
            stats["unnamed inputs"] += 1
            print(f"batch {batch_no}: {name!r} neither stored nor named", file=sys.stderr)
    store.engine.dispose()
    db.unlink(missing_ok=True)


def _kind(reason: str) -> str:
    """The kind of a refusal: its first words, without file-specific details."""
    head = reason.split("(")[0].split(":")[0].strip()
    return " ".join([w for w in head.split() if "/" not in w][:4])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="mutated inputs in all (default 10000)")
    parser.add_argument("--batch", type=int, default=250, help="inputs per ingest run")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-bytes", type=int, default=2_000_000)
    parser.add_argument("--timeout", type=int, default=900, help="seconds before a batch counts as crashed")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    found = seeds()
    seed_data = {p: p.read_bytes() for p in found}
    good = sorted((ROOT / "sample").glob("*.*"))
    print(f"{len(found)} seed documents ({collections.Counter(p.suffix for p in found)}), "
          f"{len(good)} good files beside every batch; {args.n} inputs in batches of {args.batch}")
    stats: collections.Counter = collections.Counter()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sw-fuzz-") as tmpdir:
        tmp = Path(tmpdir)
        outside = tmp / "outside-secret.txt"
        outside.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
        batches = (args.n + args.batch - 1) // args.batch
        for batch_no in range(batches):
            run_batch(args, rng, seed_data, good, batch_no, tmp, outside, stats)
            done = stats["inputs"]
            print(f"batch {batch_no + 1}/{batches}: {done} inputs, {stats['stored']} stored, "
                  f"{stats['refused with a reason']} refused, {stats['crashed runs']} crashed runs, "
                  f"{time.perf_counter() - started:.0f} s", flush=True)
    elapsed = time.perf_counter() - started
    print("\n== fuzz results ==")
    for key in ("inputs", "stored", "refused with a reason", "crashed runs",
                "good files lost", "unnamed inputs"):
        print(f"{key:>24}: {stats[key]}")
    print(f"{'time':>24}: {elapsed:.0f} s ({stats['ingest seconds']:.0f} s in ingest)")
    print("mutations: " + ", ".join(f"{k.split(':', 1)[1]} {v}" for k, v in sorted(stats.items())
                                    if k.startswith("mutation:")))
    print("refusals by reason:")
    for key, value in sorted(((k, v) for k, v in stats.items() if k.startswith("reason:")), key=lambda kv: -kv[1]):
        print(f"  {value:>6}  {key.split(':', 1)[1]}")
    failed = stats["crashed runs"] or stats["good files lost"] or stats["unnamed inputs"]
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
