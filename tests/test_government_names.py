"""Governments and bodies named by their kind, read with the language packs' words (no
language in the knowledge base's code): the shipped packs, and a fourth language added as a
folder of data."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

from sanctionwatch.kb import government_of, is_generic_body
from sanctionwatch.lang import add_pack_path, all_words, available_languages, load_pack


def _forget() -> None:
    actors = importlib.import_module("sanctionwatch.kb.actors")  # the package exports a function of that name
    for cached in (load_pack, available_languages, all_words, actors._government_name,
                   actors._glued_government_words, actors._generic_body_words, actors._link_words):
        cached.cache_clear()


def test_governments_in_the_shipped_languages() -> None:
    assert government_of("the Thai government") == "th"
    assert government_of("Government of Malaysia") == "my"
    assert government_of("Zimbabwe's authorities") == "zw"
    assert government_of("the federal government of Nigeria") == "ng"
    assert government_of("les autorités birmanes") == "mm"
    assert government_of("le gouvernement du Venezuela") == "ve"
    assert government_of("le gouvernement d'Israël") == "il"  # an elided link, no space after it
    assert government_of("រដ្ឋាភិបាលថៃ") == "th"
    assert government_of("the opposition party") is None


def test_bodies_named_only_by_their_kind() -> None:
    assert is_generic_body("Ministry of Justice") and is_generic_body("Supreme Court")
    assert is_generic_body("ministère des Affaires étrangères")
    assert not is_generic_body("State Department")  # a proper name, not a kind
    assert not is_generic_body("Ministry of Justice of Uganda")  # its country is named


def test_a_fourth_language_names_governments_by_its_pack(tmp_path: Path, monkeypatch, request) -> None:
    import sanctionwatch.lang as lang

    monkeypatch.setattr(lang, "_EXTRA_PATHS", [])
    request.addfinalizer(_forget)
    assert government_of("el Gobierno de Venezuela") is None  # no pack says "gobierno" yet
    es = tmp_path / "es"
    es.mkdir()
    (es / "lexicon.json").write_text(json.dumps({"measures": {}}), encoding="utf-8")
    (es / "grammar.json").write_text(json.dumps({
        "settings": {"name": "Español", "spaced": True, "parser": None},
        "words": {"government_words": ["gobierno", "autoridades"], "name_articles": ["el", "las"],
                  "name_links": ["de", "del"]},
    }), encoding="utf-8")
    add_pack_path(tmp_path)
    _forget()
    assert "es" in available_languages()
    assert government_of("el Gobierno de Venezuela") == "ve"
    assert government_of("el gobierno del Perú") == "pe"
