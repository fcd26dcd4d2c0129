"""A bare text read as ingest reads a report: its mentions and facts through the same cleaning,
mention stage and document pass, and the status the modality cues alone give a sentence's
measure triggers (test helpers shared by the mention, fact and modality tests)."""

from __future__ import annotations

from sanctionwatch.clean.document import clean_document
from sanctionwatch.extract.facts import Fact, extract_document_facts
from sanctionwatch.extract.hits import find_hits
from sanctionwatch.extract.mentions import Extraction, extract_document
from sanctionwatch.extract.modality import cue_tokens, measure_status, modality
from sanctionwatch.extract.reading import _anchor
from sanctionwatch.extract.syntax import parse_sentences
from sanctionwatch.lang import load_pack
from sanctionwatch.model import Mention, Sentence
from sanctionwatch.sources.read import RawDocument


def _read(text: str) -> Extraction:
    raw = RawDocument("doc-test", "t.txt", "text/plain", "utf-8", "", None, text, len(text))
    doc, _ = clean_document(raw)
    return extract_document(doc)


def text_mentions(text: str) -> tuple[Mention, ...]:
    """The mentions of a bare text, in order."""
    return _read(text).mentions


def mention_names(text: str, label: str) -> list[str]:
    """The names of the text's mentions with `label` (PER, ORG, GPE …), in order."""
    return [m.name for m in text_mentions(text) if m.label == label]


def text_facts(text: str, date: str | None) -> list[Fact]:
    """The facts of a bare text read as a report dated `date` (its lines its paragraphs)."""
    ex = _read(text)
    return extract_document_facts(ex.sentences, ex.mentions, date)


def sentence_statuses(text: str, lang: str) -> list[str | None]:
    """The status of each measure trigger of one sentence, before the document pass (which
    drops measures with no issuer): what the modality cues alone say."""
    pack = load_pack(lang)
    sentence = Sentence("t", 0, 0, len(text), text, lang)
    [parse] = parse_sentences([text], [0], pack.code if pack.parser else None)
    found = cue_tokens(sentence, parse, pack)
    out = []
    for hit in find_hits(sentence, pack):
        anchor = _anchor(parse, hit)
        if hit.measure and anchor is not None:
            mod = modality(sentence, parse, pack, anchor, hit.start, hit.end, found, True)
            out.append(measure_status(mod, benefit=hit.form == "benefit"))
    return out
