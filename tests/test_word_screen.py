"""The trigger and cue screens are written as a trie: they must match exactly the spans the flat
longest-first list of the same words matches (the screen decides which trigger and cue patterns
run on a sentence, so a different span would change what is read)."""

from __future__ import annotations

import re

import pytest

from sanctionwatch.extract.hits import find_hits
from sanctionwatch.lang import _case_overlap, _trie_body, _word_screen, load_pack
from sanctionwatch.model import Sentence

SENTENCES = {
    "en": [
        "Washington sanctioned two port operators on Tuesday and banned exports of drones to them.",
        "The ministers said they may consider further restrictive measures if the talks fail.",
        "Canada's government barred the former mayor from entering the country, officials confirmed.",
        "Lawmakers urged the Treasury to freeze the assets of the shipping magnate's companies.",
        "THE COUNCIL'S DECISION TO LIFT THE TRAVEL BAN WAS WELCOMED BY THE DELEGATION.",
    ],
    "fr": [
        "Le Conseil a décidé jeudi d'interdire l'entrée sur son territoire à trois généraux.",
        "Les députés ont appelé à geler les avoirs des dirigeants de la compagnie minière.",
        "Selon l'avocat, la journaliste a été arrêtée à l'aéroport puis placée en détention.",
        "L’Union n’exclut pas de nouvelles sanctions contre les responsables de la répression.",
    ],
    "km": [
        "រដ្ឋាភិបាលបានដាក់ទណ្ឌកម្មលើក្រុមហ៊ុនពីរ កាលពីថ្ងៃអង្គារ។",
        "ប៉ូលិសបានចាប់ខ្លួនសកម្មជនម្នាក់ នៅខេត្តសៀមរាប។",
    ],
}


def _flat(words: list[str], spaced: bool) -> re.Pattern[str]:
    body = "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?=({body}))" if spaced else f"(?:{body})", re.IGNORECASE)


def _spans(screen: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """What a screen matches: the look-ahead's group where words are spaced (a first word that
    runs into the next one, « l'a » in « L'arrestation », must not hide one starting inside it)."""
    return [m.span(1) if screen.groups else m.span() for m in screen.finditer(text)]


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_pack_screens_match_what_the_flat_list_matches(code: str) -> None:
    pack = load_pack(code)
    spaced = pack.trigger_screen.pattern.startswith("(?<!")
    for screen, table in ((pack.trigger_screen, pack.triggers_by_word), (pack.cue_screen, pack.cues_by_word)):
        flat = _flat(list(table), spaced)
        assert screen.pattern != flat.pattern  # the trie is in use
        for text in SENTENCES[code]:
            for variant in (text, text.upper(), text.title()):
                assert _spans(screen, variant) == _spans(flat, variant)


@pytest.mark.parametrize(("code", "index", "kinds"), [
    ("en", 0, ["sanctions", "export_restriction"]), ("en", 3, ["asset_freeze"]), ("en", 4, ["visa_restriction"]),
    ("fr", 1, ["asset_freeze"]), ("fr", 2, ["arrest", "detention"]), ("km", 0, ["sanctions"]), ("km", 1, ["arrest"]),
])
def test_triggers_are_still_found_through_the_screen(code: str, index: int, kinds: list[str]) -> None:
    text = SENTENCES[code][index]
    hits = find_hits(Sentence("d", 0, 0, len(text), text, code, "c:0"), load_pack(code))
    assert [h.kind for h in hits] == kinds


def test_the_trie_prefers_the_longest_word_and_backtracks_to_shorter_ones() -> None:
    screen = _word_screen(["sanction", "sanctions", "sanctioned", "ban", "bans", "bar"], spaced=True)
    assert [m.group(1) for m in screen.finditer("Sanctioned firms, sanctions, a sanction; bans, a bar")] == [
        "Sanctioned", "sanctions", "sanction", "bans", "bar"]
    # inside a larger pattern, a failed longer word gives the shorter one its turn, as in a list
    body = _trie_body(sorted(["sanction", "sanctions", "sanctioned", "ban", "bans", "bar"], key=len, reverse=True))
    longer = re.compile(rf"(?:{body})\b", re.IGNORECASE)
    assert [m.group() for m in longer.finditer("the sanctionsx sanction")] == ["sanction"]
    assert _word_screen(["don't", "do"], spaced=True).match("don’t").group(1) == "don’t"
    # a first word that runs into the next one does not hide the word that starts inside it
    assert [m.group(1) for m in _word_screen(["l'a", "arrestation"], spaced=True).finditer("L'arrestation")] == [
        "L'a", "arrestation"]


def test_letters_that_fold_together_keep_the_flat_list() -> None:
    assert _case_overlap("s", "ſ") and _case_overlap("i", "ı") and _case_overlap("k", "\u212a")
    assert not _case_overlap("a", "b") and not _case_overlap("'", "s")
    screen = _word_screen(["is", "ıs"], spaced=True)
    assert screen.pattern == _flat(["is", "ıs"], True).pattern
    assert _word_screen([], spaced=True).search("anything") is None
