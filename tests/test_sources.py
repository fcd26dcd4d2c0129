"""Sources: every supported format read, every kind of bad input refused with a clear reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from pdfmaker import make_pdf
from sanctionwatch.config import Limits
from sanctionwatch.errors import SourceError
from sanctionwatch.sources import discover, read_source
from sanctionwatch.sources.dateline import find_publication_date, parse_dateline

ROOT = Path(__file__).resolve().parents[1]


def test_plain_text_has_stable_id_and_dateline(tmp_path: Path) -> None:
    raw = read_source(ROOT / "sample" / "us-visa-restrictions.txt")
    again = read_source(ROOT / "sample" / "us-visa-restrictions.txt")
    assert raw.id == again.id and raw.id.startswith("doc-")
    assert raw.published == "2017-12-07"
    copy = tmp_path / "renamed.txt"
    copy.write_bytes((ROOT / "sample" / "us-visa-restrictions.txt").read_bytes())
    assert read_source(copy).id == raw.id  # the id is the content, not the name


def test_html_main_text_without_navigation_or_cookie_banner() -> None:
    raw = read_source(ROOT / "sample" / "parlement-europeen.html")
    assert "KEM Sokha" in raw.text
    assert "Nous utilisons des cookies" not in raw.text
    assert "Accueil" not in raw.text
    assert raw.published == "2017-09-14"


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf([["Phnom Penh, 16 November 2017", "The Supreme Court dissolved the CNRP."],
                               ["Kem Sokha remains in detention."]], title="CNRP dissolved"))
    raw = read_source(path)
    assert raw.media_type == "application/pdf"
    assert "Supreme Court dissolved the CNRP" in raw.text and "Kem Sokha" in raw.text
    assert raw.title == "CNRP dissolved"
    assert raw.published == "2017-11-16"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("14 Mar 2018", "2018-03-14"),
        ("Washington, DC December 6, 2017", "2017-12-06"),
        ("December 6, 2017", "2017-12-06"),
        ("Strasbourg, 14 septembre 2017", "2017-09-14"),
        ("ថ្ងៃទី២៩ ខែកក្កដា ឆ្នាំ២០១៨", "2018-07-29"),
        ("The election was held on 29 July 2018 without the opposition.", None),
        ("Trump fires Rex Tillerson as secretary of state", None),
    ],
)
def test_dateline(line: str, iso: str | None) -> None:
    assert parse_dateline(line) == iso


def test_letterhead_dateline() -> None:
    assert find_publication_date("IPU\n\nCL/203/11(b)-R.1 – 22 – Geneva, 18 October 2018\n") == "2018-10-18"


def _refused(path: Path, limits: Limits | None = None) -> str:
    with pytest.raises(SourceError) as info:
        read_source(path, limits)
    message = str(info.value)
    assert str(path) in message  # the error names the file
    return info.value.reason


def test_bad_inputs_are_refused_with_reasons(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert "empty" in _refused(empty)
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n\t")
    assert "empty" in _refused(blank)
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    assert "binary" in _refused(binary)
    truncated_pdf = tmp_path / "cut.pdf"
    truncated_pdf.write_bytes(make_pdf([["Kem Sokha was arrested."]])[:300])
    assert "truncated" in _refused(truncated_pdf)
    not_pdf = tmp_path / "fake.pdf"
    not_pdf.write_text("this is not a pdf", encoding="utf-8")
    assert "not a PDF" in _refused(not_pdf)
    truncated_utf8 = tmp_path / "cut.txt"
    truncated_utf8.write_bytes("Hun Sen ហ៊ុន សែន".encode()[:-1])
    assert "truncated" in _refused(truncated_utf8)
    huge = tmp_path / "huge.txt"
    huge.write_text("Kem Sokha. " * 2000, encoding="utf-8")
    assert "too big" in _refused(huge, Limits(max_bytes=1000))


def test_garbage_bytes_are_mis_encoded(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes([0x80 + (i * 37) % 100 for i in range(4000)]) + b"\x01\x02" * 30)
    reason = _refused(path)
    assert "encod" in reason or "binary" in reason


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le gouvernement cambodgien a décidé de dissoudre le parti d'opposition. "
                     "Les députés étrangers ont protesté à Genève.\n".encode("latin-1") * 5)
    raw = read_source(path)
    assert "décidé" in raw.text and raw.encoding != "utf-8"


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Hun Sen", encoding="utf-8")
    path.chmod(0)
    try:
        import os

        if os.geteuid() == 0:
            pytest.skip("root reads files whatever their mode")
        assert "unreadable" in _refused(path)
    finally:
        path.chmod(0o644)


def test_discover_lists_supported_files_and_reports_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.HTML").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "c.docx").write_text("x", encoding="utf-8")
    files, errors = discover([tmp_path, tmp_path / "c.docx", tmp_path / "missing.txt"])
    assert [f.name for f in files] == ["a.txt", "b.HTML"]
    reasons = sorted(e.reason for e in errors)
    assert any("unsupported" in r for r in reasons) and any("no such file" in r for r in reasons)


def test_short_html_page_and_html_without_text(tmp_path: Path) -> None:
    page = tmp_path / "short.html"
    page.write_text("<html><head><title>T</title></head><body><nav>Home</nav><p>Hun Sen met Kem Sokha.</p>"
                    "</body></html>", encoding="utf-8")
    raw = read_source(page)
    assert "Hun Sen met Kem Sokha." in raw.text and "Home" not in raw.text
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    assert "no text" in _refused(empty)
