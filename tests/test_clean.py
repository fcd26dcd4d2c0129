"""Clean: Khmer normalisation keeps every mark, boilerplate goes, languages and duplicates."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

from sanctionwatch.clean.boilerplate import is_boilerplate
from sanctionwatch.clean.dedup import DuplicateFinder, fingerprint
from sanctionwatch.clean.document import clean_document
from sanctionwatch.clean.khmer import normalize_khmer
from sanctionwatch.clean.language import label_languages
from sanctionwatch.clean.normalize import normalize_text
from sanctionwatch.sources import read_source

COENG = "\u17d2"


def _marks(text: str) -> Counter:
    return Counter(ch for ch in text if "\u17b6" <= ch <= "\u17d3")


def test_khmer_variants_become_one_string() -> None:
    assert normalize_khmer("មន្រ្តី") == normalize_khmer("មន្ត្រី") == "មន្ត្រី"  # coeng ro last
    assert normalize_khmer("រង្សុី") == "រង្ស៊ី"  # u-sign + ii typed for triisap + ii
    assert normalize_khmer("ហ៊ុន\u200bសែន") == "ហ៊ុនសែន"  # zero-width space dropped


def test_khmer_normalisation_never_deletes_vowels_or_coeng(seeds_dir: Path) -> None:
    """Reordering keeps every mark; the one substitution (ុី → ៊ី) is counted exactly."""
    for path in sorted(seeds_dir.glob("*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        expected = _marks(text)
        substituted = sum(text.count("\u17bb" + upper) for upper in "\u17b7\u17b8\u17b9\u17ba")
        expected["\u17bb"] -= substituted
        expected["\u17ca"] += substituted
        assert _marks(normalize_khmer(text)) == +expected, path.name
        assert _marks(normalize_khmer(text))[COENG] == _marks(text)[COENG]


def test_misspelt_khmer_name_stays_misspelt() -> None:
    assert normalize_khmer("ហ៊ុន សែន") != normalize_khmer("ហ៊ន សែន")


def test_boilerplate_lines() -> None:
    for line in ["Accessibility links", "3 bloggers like this.", "XS", "LG", "Share this:",
                 "We use cookies to improve your experience.", "Facebook", "Breaking News"]:
        assert is_boilerplate(line), line
    for line in ["Hun Sen wrote on his Facebook page that he had told the US ambassador.",
                 "Share prices fell", "Kem Sokha was released into house arrest."]:
        assert not is_boilerplate(line), line


def test_paragraph_languages_on_seeds(seeds_dir: Path) -> None:
    doc, _ = clean_document(read_source(next(seeds_dir.glob("000_*.txt"))))
    by_text = {doc.text[p.start : p.end]: p.lang for p in doc.paragraphs}
    km = [t for t, lang in by_text.items() if lang == "km"]
    assert any("សហរដ្ឋអាមេរិក" in t for t in km)
    assert by_text["#USA : Mesures de restriction de Visas prises par les Etats-Unis contre HUN Sen et son gouvernement"] == "fr"
    assert by_text["Visa Restrictions on Individuals Responsible for Undermining Cambodian Democracy"] == "en"


def test_short_paragraph_takes_neighbour_language() -> None:
    texts = ["Le Parlement européen a adopté une résolution sur la situation au Cambodge.", "Merci.",
             "The European Parliament adopted a resolution on the situation in Cambodia today."]
    assert label_languages(texts) == ["fr", "fr", "en"]


def test_unknown_language_is_labelled_not_dropped() -> None:
    texts = ["Der Premierminister hat die Opposition verboten und den Vorsitzenden verhaften lassen."]
    assert label_languages(texts) == ["de"]


def test_duplicates_exact_and_near() -> None:
    finder = DuplicateFinder()
    a = ("Opposition leader Kem Sokha has been held in pre-trial detention since his arrest on "
         "3 September 2017 on treason charges.")
    near = a.replace("has been held", "was held").replace("treason charges", "treason charges!")
    other = "The European Union is reviewing the Everything But Arms trade preferences for Cambodia this year."
    assert finder.add("d1", 0, a, fingerprint(a)) is None
    assert finder.add("d1", 1, other, fingerprint(other)) is None
    assert finder.add("d2", 0, a.upper(), fingerprint(a.upper())) == ("d1", 0)  # exact up to case
    assert finder.add("d2", 1, near, fingerprint(near)) == ("d1", 0)  # near-duplicate


def test_normalize_text_keeps_lines_and_drops_controls() -> None:
    assert normalize_text("a\r\nb\x07c\u00a0\u00a0d") == "a\nbc d"


def test_pdf_hard_wrapped_lines_become_one_paragraph() -> None:
    from sanctionwatch.clean.paragraphs import split_paragraphs

    text = ("The National Election Committee announced on 15 August 2018 that the Cambodian\n"
            "People's Party had won all 125 seats in the National Assembly of the Kingdom.\n"
            "Short heading\n"
            "Kem Sokha remained in detention while the party was dissolved by the court.")
    out, blocks, _ = split_paragraphs(text, hard_wrapped=True)
    paragraphs = [out[b.start : b.end] for b in blocks]
    assert paragraphs[0].startswith("The National") and paragraphs[0].endswith("Kingdom.")
    assert "Short heading" in paragraphs[1:]
    plain, blocks, _ = split_paragraphs(text)  # scraped text: one paragraph per line
    assert len(blocks) == 4
