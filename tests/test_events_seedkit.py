"""Seed kit for the extraction tests: sentences and mentions built from the seed documents.

Why here and not in the package: the lead's ingest (cleaning, sentence splitting, language id,
NER, resolution) replaces all of this; the extraction tests only need *plausible* Sentence and
Mention objects with document offsets, built the same way in every run. This module has no
tests of its own; the other test modules import it (pytest puts tests/ on sys.path).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sanctionwatch.model import Mention, Sentence

SEED_DATES: dict[str, str | None] = {
    "000": "2018-03-14",  # newest post on the page
    "001": None,  # a scraped mix without a date of its own
    "002": "2018-09-13",
    "003": "2018-10-18",
    "004": "2018-11-21",  # "on Tuesday" = 20 November 2018 in the caption
}

# (regex, canonical name, label): a stand-in for NER + resolution, on purpose incomplete.
NAMES: tuple[tuple[str, str, str], ...] = (
    (r"\b(?:Mr\.? )?KEM Sokha\b|\bKem Sokha\b|\bMr\.? Sokha\b|(?<!Kem )(?<!KEM )\bSokha\b(?! \w*Sokha)", "Kem Sokha", "PER"),
    (r"\bHUN Sen\b|\bHun Sen\b", "Hun Sen", "PER"),
    (r"\bSam Rainsy\b", "Sam Rainsy", "PER"),
    (r"\bMu Sochua\b", "Mu Sochua", "PER"),
    (r"\bHeather Nauert\b", "Heather Nauert", "PER"),
    (r"\bWilliam A\. Heidt\b|\bHeidt\b", "William A. Heidt", "PER"),
    (r"\bPhay Siphan\b", "Phay Siphan", "PER"),
    (r"\bFederica Mogherini\b|\bMogherini\b", "Federica Mogherini", "PER"),
    (r"\bJames Ricketson\b|\bMr Ricketson\b", "James Ricketson", "PER"),
    (r"\bMark Field\b", "Mark Field", "PER"),
    (r"\bWinston Peters\b|\bMr Peters\b", "Winston Peters", "PER"),
    (r"\bDavid Anderson\b", "David Anderson", "PER"),
    (r"\bPhil Robertson\b", "Phil Robertson", "PER"),
    (r"\bArend Swartjes\b", "Arend Swartjes", "PER"),
    (r"\bRex (?:W\. )?Tillerson\b|\bTillerson\b", "Rex Tillerson", "PER"),
    (r"\bKem Ley\b|#KemLey\b|#kemley\b", "Kem Ley", "PER"),
    (r"\bDith Munty\b", "Dith Munty", "PER"),
    (r"កឹម[ -]?សុខា", "Kem Sokha", "PER"),
    (r"ហ៊ុន[ -]?សែន", "Hun Sen", "PER"),
    (r"សម-រង្សុី", "Sam Rainsy", "PER"),
    (r"ម៉ួរ-សុខហួរ", "Mu Sochua", "PER"),
    (r"\bCambodia National Rescue Party\b|\bCambodian National Rescue Party\b|\bCNRP\b", "Cambodia National Rescue Party", "ORG"),
    (r"\bCambodian People[’']s Party\b|\bCambodia People[’']s Party\b|\bCPP\b", "Cambodian People's Party", "ORG"),
    (r"\bSupreme Court\b", "Supreme Court of Cambodia", "ORG"),
    (r"\bNational Assembly\b", "National Assembly of Cambodia", "ORG"),
    (r"\bDepartment of State\b|\bState Department\b", "US Department of State", "ORG"),
    (r"\bEuropean Parliament\b", "European Parliament", "ORG"),
    (r"\bHuman Rights Watch\b", "Human Rights Watch", "ORG"),
    (r"\bCambodia\b|\bCambodge\b|កម្ពុជា", "Cambodia", "GPE"),
    (r"\bUnited States\b|\bEtats-Unis\b|\bÉtats-Unis\b", "United States", "GPE"),
    (r"\bCanada\b", "Canada", "GPE"),
    (r"\bJapan\b|\bJapon\b", "Japan", "GPE"),
    (r"\bPhnom Penh\b", "Phnom Penh", "GPE"),
)
_NAME_RX = tuple((re.compile(p), n, lab) for p, n, lab in NAMES)

_ABBREV = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|St|No|M|Mme|etc|e\.g|i\.e|Jr|Sr|vs|Art|Gen|Lt|Col|Sen|Rep)|\b[A-Z]|U\.S|\bA)\.$")
_BOUNDARY = re.compile(r"[.!?។]+[”\"’)]*\s+")
_FR_WORDS = re.compile(r"\b(?:le|la|les|des|du|de|par|est|une|à|pour|que|qui|dans|sur|au|aux|et|ont|été|sont|leur|ces|avec)\b", re.I)
_EN_WORDS = re.compile(r"\b(?:the|of|and|to|is|was|were|has|have|that|with|for|on|by|which|its|are)\b", re.I)


def guess_lang(text: str) -> str:
    """km when Khmer script dominates, fr when French function words outnumber English ones."""
    khmer = len(re.findall("[\u1780-\u17ff]", text))
    letters = len(re.findall(r"[^\W\d_]", text)) or 1
    if khmer / letters > 0.3:
        return "km"
    return "fr" if len(_FR_WORDS.findall(text)) > len(_EN_WORDS.findall(text)) else "en"


def split_sentences(doc_id: str, text: str) -> list[Sentence]:
    """Lines are paragraphs; inside a line, split after . ! ? ។ unless an abbreviation ends there."""
    out: list[Sentence] = []
    pos = 0
    for para, line in enumerate(text.split("\n")):
        start_line = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        cuts = [0]
        for m in _BOUNDARY.finditer(line):
            head = line[:m.start() + 1]
            nxt = line[m.end():m.end() + 1]
            if _ABBREV.search(head) or re.fullmatch(r"\s*(?:\d{1,3}|[A-Z])\.", head) or not nxt or not (nxt.isupper() or nxt in "“\"‘(«" or nxt.isdigit() or "\u1780" <= nxt <= "\u17ff"):
                continue
            cuts.append(m.end())
        cuts.append(len(line))
        for a, b in zip(cuts, cuts[1:], strict=False):
            seg = line[a:b]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg.rstrip())
            if trail <= lead:
                continue
            s0, s1 = start_line + a + lead, start_line + a + trail
            out.append(Sentence(doc_id=doc_id, paragraph=para, start=s0, end=s1,
                                text=text[s0:s1], lang=guess_lang(text[s0:s1])))
    return out


def find_mentions(sentence: Sentence) -> list[Mention]:
    """Known names in one sentence, as NER would give them (document offsets)."""
    found: list[tuple[int, int, str, str]] = []
    for rx, name, label in _NAME_RX:
        for m in rx.finditer(sentence.text):
            found.append((m.start(), m.end(), name, label))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[Mention] = []
    last_end = -1
    for a, b, name, label in found:
        if a < last_end:
            continue
        last_end = b
        out.append(Mention(doc_id=sentence.doc_id, start=sentence.start + a, end=sentence.start + b,
                           text=sentence.text[a:b], name=name, label=label, lang=sentence.lang,
                           sentence_start=sentence.start, sentence_end=sentence.end,
                           extractor="test-regex", confidence=1.0, paragraph=sentence.paragraph))
    return out


@lru_cache(maxsize=8)
def load_seed(seeds_dir: str, prefix: str) -> tuple[str, str, tuple[Sentence, ...], tuple[Mention, ...]]:
    """(doc_id, text, sentences, mentions) of the seed whose file name starts with `prefix`."""
    path = sorted(Path(seeds_dir).glob(f"{prefix}_*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    doc_id = "doc-" + path.stem
    sentences = tuple(split_sentences(doc_id, text))
    mentions = tuple(m for s in sentences for m in find_mentions(s))
    return doc_id, text, sentences, mentions


def all_seeds(seeds_dir: Path) -> list[str]:
    return sorted(p.name[:3] for p in Path(seeds_dir).glob("*.txt"))


@lru_cache(maxsize=8)
def seed_facts(seeds_dir: str, prefix: str) -> tuple:
    """All facts of one seed via the document pass (cached: several tests read them)."""
    from sanctionwatch.extract.facts import extract_document_facts

    _doc_id, _text, sentences, mentions = load_seed(seeds_dir, prefix)
    return tuple(extract_document_facts(sentences, mentions, SEED_DATES.get(prefix)))
