"""Literal screens (extract.spans) only ever skip a regex that would find nothing.

Two guarantees: folding maps every character the regex engine matches case-insensitively to
a screened character onto that character (checked over all of Unicode), and the rule stages
give the same triggers, candidates and dates with their screens as without them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from sanctionwatch.extract import roles, spans, temporal

ALL_CHARS = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)


def _requirements() -> list[spans.Requirement]:
    reqs = [r for *_, r in roles._screened_gazetteer()]
    reqs += [rule.screen for _group, rule in temporal._rules().ordered]  # every pack's date rules
    return [r for r in reqs if r is not None]


def test_most_rules_have_a_screen() -> None:
    reqs = _requirements()
    assert len(reqs) > 20
    assert all(all(s and s == spans.fold(s) for s in r) for r in reqs)


def test_folding_is_exact_for_every_screened_character() -> None:
    chars = sorted({ch for r in _requirements() for s in r for ch in s})
    assert chars
    for ch in chars:
        assert spans._screenable(ch) and spans.fold(ch) == ch
        for m in re.finditer(re.escape(ch), ALL_CHARS, re.IGNORECASE):
            assert spans.fold(m.group()) == ch, (ch, m.group(), hex(ord(m.group())))


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"(?<![\w-])(?:(?:u\.?s\.? )?department of state|(?-i:\bUSA?\b))(?![\w])", re.I,
     {"department of state", "us"}),
    (r"(?<![\d/.,-])((?:19[89]|20[0-3])\d)", 0, {"19", "20"}),
    (r"kem sokha|(?<![\w])sokha\b", re.I, {"sokha"}),
    (r"(?:june|jun|july)\s+\d", re.I, {"ju"}),  # the parser factors out the common prefix
    (r"(?:june|jun|mai)\s+\d", re.I, {"jun", "mai"}),
    (r"a|", re.I, None),
    (r"\d+", 0, None),
])
def test_requirement(pattern: str, flags: int, expected: set[str] | None) -> None:
    req = spans.requirement(pattern, flags)
    assert (set(req) if req is not None else None) == expected
    if req is not None:  # a match always holds one of them
        for m in re.finditer(pattern, "Kem Sokha met US and U.S. Department of State in June 2019 or July 1",
                             flags):
            assert spans.may_match(req, spans.fold(m.group()))


def _texts() -> list[tuple[str, str]]:
    texts = [
        ("The US Treasury froze the assets of HUN Sen's allies on 6 December 2017.", "en"),
        ("The ſtate department and the Department of the TREASURY warned İstanbul.", "en"),
        ("Le Parlement européen demande des sanctions ciblées contre le régime de HUN Sen le 3 mai 2018.", "fr"),
        ("Kem Sokha was arrested on 3 September 2017 and charged with treason; the CNRP was dissolved.",
         "en"),
        ("សហរដ្ឋអាមេរិកដាក់បម្រាមទិដ្ឋាការមន្ត្រីកម្ពុជា និងគ្រួសារ ថ្ងៃទី២៩ ខែកក្កដា ឆ្នាំ២០១៨។", "km"),
        ("Nothing happened here at all.", "en"),
        ("118 senior CNRP members were banned from politics for five years last week.", "en"),
    ]
    fixtures = Path(__file__).parent / "fixtures" / "reports"
    for path in sorted(fixtures.glob("*.txt"))[:40] if fixtures.exists() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                lang = "km" if re.search("[\u1780-\u17ff]", line) else "en"
                texts.append((line.strip()[:400], lang))
    return texts


def _run_rules(texts: list[tuple[str, str]]) -> list[object]:
    for f in (temporal._find_dates_cached, temporal._matches):
        f.cache_clear()
    out: list[object] = []
    for text, lang in texts:
        out.append((temporal.find_dates(text, lang, "2018-01-01"),
                    [roles.gazetteer_lookup(w) for w in re.split(r"[,;.]\s*", text)]))
    return out


def test_screens_change_no_result(monkeypatch) -> None:
    texts = _texts()
    screened = _run_rules(texts)
    for module in (roles, temporal):
        monkeypatch.setattr(module, "may_match", lambda req, folded: True)
    unscreened = _run_rules(texts)
    monkeypatch.undo()
    for f in (temporal._find_dates_cached, temporal._matches):
        f.cache_clear()
    assert screened == unscreened
    assert any(t[0] for t in screened) and any(any(g) for _, g in screened)
