"""The extract stage: sentences and named mentions (people, organisations, places, dates).

A pure function of a cleaned Document. English and French paragraphs go through spaCy (with
our entity ruler), Khmer paragraphs through khmer_names. Every mention is vetted: a person
must look like a person's name (no dates, places, headline fragments or "Sen. Sokha").
Identical paragraphs are analysed once (a duplicate gives the same mentions at its offsets).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from followthemoney.types import registry

from sanctionwatch import __version__
from sanctionwatch.config import DEFAULT_LANGUAGE
from sanctionwatch.extract.aliases import alias_links, unlabelled_aliases
from sanctionwatch.extract.credits import credit_spans, find_credits
from sanctionwatch.extract.gazetteer import load_gazetteer
from sanctionwatch.extract.institutions import (
    FUNCTION_WORDS,
    institution_phrases,
    kind_name_re,
    organisation_words,
)
from sanctionwatch.extract.khmer_names import find_khmer_names, find_khmer_places
from sanctionwatch.extract.leaders import names_a_government
from sanctionwatch.extract.name_lists import coordinated_names, find_listed_names, role_set_names
from sanctionwatch.extract.names import (
    LOWER_CASE_INSTITUTIONS,
    MONTHS,
    NOT_ORG_ACRONYMS,
    ORG_WORDS,
    STOP_WORDS_IN_PERSON,
    clean_name,
    plausible_organization,
    plausible_person,
    title_of,
)
from sanctionwatch.extract.nlp import load_pipeline
from sanctionwatch.extract.sentences import split_khmer
from sanctionwatch.extract.syntax import context_key, forget_parses, remember_parses
from sanctionwatch.kb import capital_code, metonym
from sanctionwatch.kb import country_code as kb_country_code
from sanctionwatch.lang import LanguagePack, PackError, all_words, load_pack
from sanctionwatch.model import Document, Mention, Sentence

LABELS = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE", "DATE": "DATE"}
LATIN_FAMILY_NAMES = {
    "HUN", "KEM", "SAM", "SAR", "CHEA", "HENG", "SOK", "KEO", "MEAS", "PRAK", "TEA", "HING", "TRY",
    "KUN", "CHAU", "SENG", "LY", "LIM", "CHAN", "OUK", "NHIM", "SAY", "PEN", "MEN", "NUON", "IENG",
    "KHIEU", "MAM", "UM", "KONG", "ROS", "TEP", "CHHIM", "YIM", "LONG", "MU", "KHOUN", "PHAY",
    "NORODOM", "SISOWATH", "DITH", "POL", "PIN", "SON", "SUON", "CHEAM", "OU", "UNG", "NHEM", "MAO",
    "ENG", "TIOULONG", "THACH", "YEM", "NGOR", "CHHAY", "TOUCH", "SUN", "YOU", "TITH", "KY",
}
CITIES = {"phnom penh", "washington", "geneva", "genève", "paris", "ottawa", "beijing", "pékin", "brussels", "bruxelles", "tokyo", "koh kong", "sihanoukville", "siem reap", "hanoi", "bangkok", "canberra", "london", "moscow"}
_CAPS_FAMILY = re.compile(r"\b([A-Z]{2,9})\s+([A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?)\b")
_ALL_CAPS_LINE = re.compile(r"^[^a-zà-ÿ]*$")


@dataclass(frozen=True)
class Extraction:
    """What the extract stage read in one document."""

    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    titles: tuple[tuple[int, str], ...] = ()  # (mention start, title written before the name)
    aliases: tuple[tuple[int, int], ...] = ()  # (alias mention start, main mention start)


@dataclass(frozen=True)
class _Found:
    start: int  # relative to the paragraph
    end: int
    text: str
    name: str
    label: str
    extractor: str
    confidence: float
    title: str | None = None


def extractor_name(kind: str) -> str:
    return f"sanctionwatch.{kind}/{__version__}"


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO code of a country name in English, French or Khmer (None for cities and regions)."""
    if name.casefold() in CITIES:
        return None
    return load_gazetteer().country_code(name) or registry.country.clean(name)


_LIST_NUMBER = re.compile(r"^(?:\d{1,3}\s*[/.)]|[-–•*·]+)\s*(?=\w)")  # "9/ Justice Ministry"
_SENTENCE_INSIDE = re.compile(r"[a-zà-ÿ]{3,}[.!?]\s+[A-ZÀ-Ý]")


def _is_instrument(name: str) -> bool:
    """A law, regulation or order named like a body ("Global Magnitsky Human Rights
    Accountability Act"): its last word is one of a pack's `instrument_words`."""
    words = name.split()
    return len(words) > 1 and words[-1].casefold() in _instrument_words()


@lru_cache(maxsize=1)
def _instrument_words() -> frozenset[str]:
    from sanctionwatch.lang import available_languages

    return frozenset(w.casefold() for code in available_languages()
                     for w in organisation_words(code).get("instrument_words", ()))


# lower-case words before a capitalised name ("new", "so-called", "former")
_LEADING_LOWER = re.compile(r"^((?:[a-z][a-z-]*\s+){1,2})(?=[A-Z0-9])")


def _strip_leading_adjectives(name: str) -> str:
    """"new Committee for Safeguarding …" → "Committee for …": NER kept an adjective before the
    name. Not when the lower-case words are a head and its preposition (« ambassade de Russie »)."""
    match = _LEADING_LOWER.match(name)
    if not match:
        return name
    words = match.group(1).split()
    if words[0] in ("a", "an", "un", "une"):
        return name  # "a Fact-Finding Mission": an indefinite description, left to fail vetting
    if any(w in FUNCTION_WORDS or w in ORG_WORDS or w in LOWER_CASE_INSTITUTIONS for w in words):
        return name
    return name[match.end():]


def _vet(found: _Found) -> _Found | None:
    known = load_gazetteer().find(found.name)
    label = found.label
    if known is not None:
        label = known.label
    if label == "PER":
        name = clean_name(found.name)
        if not plausible_person(name):
            return None
        return _Found(found.start, found.end, found.text, name, "PER", found.extractor,
                      found.confidence, found.title)
    if label == "ORG":
        name = re.sub(r"^(?:(?:the|les|la|le)\s+|l[’']\s*)", "", found.name.strip(), flags=re.IGNORECASE)
        name = _strip_leading_adjectives(_LIST_NUMBER.sub("", name))
        if _SENTENCE_INSIDE.search(name) or _is_instrument(name):
            return None  # "Novitchok. Le Kremlin" runs across a full stop; "… Act" is a law
        name = re.sub(r"\s+#\w+$|\s+of\s+(?:[A-Z][a-z]+\s+)?\d{4}$", "", name)  # "#USA", "of March 2018"
        name = name.strip(" ,;:-–—\"“”'‘’()[]")
        if name.endswith(".") and not re.search(r"(?:\b[A-Za-z]{1,4}\.){1}$", name):
            name = name.rstrip(".")  # a sentence's full stop, not "Co., Ltd." or "U.S."
        if load_gazetteer().find_exact(found.name.strip()) is not None and load_gazetteer().find_exact(name) is None:
            known = load_gazetteer().find(found.name.strip())
            name = found.name.strip()  # "Le Monde", "The Diplomat": the article is part of the name
        if any(k in found.extractor for k in ("metonym", "kind-noun", "country-body", "institution-phrase", "kind+latin")):
            return _Found(found.start, found.end, found.text, name, "ORG", found.extractor, found.confidence)
        if load_gazetteer().country_code(name):
            return _Found(found.start, found.end, found.text, name, "GPE", found.extractor, found.confidence)
        if known is None and not plausible_organization(name):
            return None
        # a two-token "ORG" whose first token is a Khmer family name is a person (Kem Sokha)
        tokens = name.split()
        if 2 <= len(tokens) <= 3 and tokens[0].upper() in LATIN_FAMILY_NAMES and plausible_person(name):
            return _Found(found.start, found.end, found.text, name, "PER", found.extractor,
                          found.confidence * 0.9)
        return _Found(found.start, found.end, found.text, name, "ORG", found.extractor, found.confidence)
    if label == "GPE":
        # Countries only: a city or region is not a party to anything in this registry.
        name = re.sub(r"^(?:the|la|le|l’|l')\s+", "", found.name.strip(), flags=re.IGNORECASE)
        if country_code(name) is None:
            return None
        return _Found(found.start, found.end, found.text, name, "GPE", found.extractor, found.confidence)
    return found


def _caps_family_names(text: str) -> list[_Found]:
    """`HUN Sen`, `KEM Sokha`: the family name in capitals, as French and IPU texts write it."""
    out: list[_Found] = []
    if _ALL_CAPS_LINE.match(text):
        return out  # a shouting headline, not a name convention
    for match in _CAPS_FAMILY.finditer(text):
        family, given = match.group(1), match.group(2)
        if family in LATIN_FAMILY_NAMES:
            confidence = 0.85
        elif _unknown_caps_is_name(family, given):
            confidence = 0.7  # KAY Kimsong: same convention, a family name we do not list
        else:
            continue
        out.append(_Found(match.start(), match.end(), match.group(0), match.group(0), "PER",
                          extractor_name("caps-family-name"), confidence))
    return out


def _unknown_caps_is_name(family: str, given: str) -> bool:
    """An unlisted capitalised word before a capitalised word is a family name only if it is no
    known acronym or country code and the next words are not an organisation or a title."""
    gazetteer = load_gazetteer()
    if len(family) < 2 or family in NOT_ORG_ACRONYMS or gazetteer.find(family) is not None:
        return False
    if country_code(family) is not None or len(family) > 6:
        return False
    words = [w.lower() for w in given.replace("-", " ").split()]
    return not any(w in ORG_WORDS or w in STOP_WORDS_IN_PERSON or w in MONTHS for w in words)


_CAPS_GIVEN_FIRST = re.compile(
    r"(?<![\w-])((?:[A-Z][a-zà-ÿ]+\s+){1,3})((?:A[Ll]-|E[Ll]-)?[A-Z]{3,}(?:-[A-Z]{2,})?)(?![\w-])(?!\s+[A-Z]{2,})"
)


def _caps_given_first(text: str) -> list[_Found]:
    """`Naif Hassan ALARIFI`, `Saud AL-QAHTANI`: given names, then the family name in capitals
    (lists of designated people). The capitals must not be a known acronym or organisation."""
    out: list[_Found] = []
    if _ALL_CAPS_LINE.match(text):
        return out
    gazetteer = load_gazetteer()
    for match in _CAPS_GIVEN_FIRST.finditer(text):
        given, family = match.group(1).split(), match.group(2)
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start:match.start()] + text[match.end():line_end if line_end >= 0 else len(text)]
        if _title_case(line) or any(w.lower() in _function_words() for w in given):
            continue  # a headline: `United States Withdraws From UNESCO`
        if family in NOT_ORG_ACRONYMS or gazetteer.find(family) is not None or country_code(family):
            continue
        if not re.search(r"[AEIOUY]", family.replace("AL-", "").replace("EL-", "")):
            continue  # an acronym (FSLN, BKK), not a name
        if any(w.lower() in ORG_WORDS or w.lower() in STOP_WORDS_IN_PERSON or w.lower() in MONTHS
               or title_of(w + " X") for w in given):
            continue
        out.append(_Found(match.start(), match.end(), match.group(0), match.group(0), "PER",
                          extractor_name("caps-family-name"), 0.75))
    return out


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """English and French stop words (spaCy's lists): never part of a person's given names."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR

    return frozenset(EN | FR)


_NEXT_NAME_WORD = re.compile(
    r"[ \u00a0]((?:(?:von|van|der|den|de|da|del|della|bin|ibn|binti)\s)*"
    r"(?:[A-Z][a-zà-ÿ'’]+|(?:al|el)-[A-Z][a-zà-ÿ]+)(?:-[A-Za-zà-ÿ]+)*)(?!['’]?[\w-])"
)
_HYPHEN_TAIL = re.compile(r"(?:-[a-zà-ÿ]+)+(?![\w-])")


def extend_person_end(text: str, end: int, lowered: set[str]) -> int:
    """The end of a person's name NER cut short: `Ursula von` → `Ursula von der Leyen`,
    `Min Aung` → `Min Aung Hlaing`, `Prayut Chan-o` → `Prayut Chan-o-cha`. A following
    capitalised word joins the name when it is no organisation, title, month or stop word and
    the paragraph never writes it in lower case (so "Monday" or "Party" never join)."""
    tail = _HYPHEN_TAIL.match(text, end)
    if tail:
        end = tail.end()
    for _ in range(3):
        match = _NEXT_NAME_WORD.match(text, end)
        if not match:
            break
        word = match.group(1).split()[-1]
        bare = word.lower()
        if (bare in lowered or bare in ORG_WORDS or bare in STOP_WORDS_IN_PERSON or bare in MONTHS
                or title_of(word + " X") or kb_country_code(word) or load_gazetteer().find(word)):
            break
        end = match.end()
    return end


# a capitalised preposition or article opens a sentence ("In London, …"), never a name
_OPENING_WORDS = all_words("sentence_openers")
_TRAILING_PREPS = all_words("name_trailing_preps")  # "Belavia for": the name ends before it


_ACTOR_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "poss", "agent", "obl:agent"}


def _untagged_places(doc) -> list:
    """Countries and capitals the tagger left untagged (« Le Royaume-Uni a gelé … »,
    « La Nouvelle-Zélande »): capitalised runs of up to four tokens outside every entity that
    the knowledge base names as a country or capital, longest first."""
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    out = []
    i = 0
    while i < len(doc):
        if i in covered or not doc[i].text[:1].isupper():
            i += 1
            continue
        for k in range(min(4, len(doc) - i), 0, -1):
            span = doc[i:i + k]
            if any(j in covered for j in range(i, i + k)) or not span.text[-1:].isalpha():
                continue
            if kb_country_code(span.text) or capital_code(span.text):
                out.append(span)
                i += k - 1
                break
        i += 1
    return out


@lru_cache(maxsize=16)
def _acting_markers(pack: LanguagePack) -> tuple[frozenset[str], frozenset[str]]:
    """The pack's agent and target markers ("by", "against", « par », « contre », « visant »),
    after which a country or capital acts or is acted against as a state, and the target
    markers alone (a noun's complement after an agent marker may be a place). Not those that
    also place things ("the attack on Kyiv", « une frappe sur Kharkiv »). Once per pack."""
    spatial = pack.words.get("place_markers", frozenset()) | pack.words.get("spatial_markers", frozenset())
    agents = frozenset(w for w in pack.words.get("agent_markers", frozenset()) if " " not in w) - spatial
    targets = frozenset(w for w in pack.words.get("target_markers", frozenset()) if " " not in w) - spatial - agents
    return agents | targets, targets


def _acting_places(doc, pack: LanguagePack) -> list[_Found]:
    """A country or capital that acts is its government (a metonym): "Britain imposed …",
    "Washington's decision", « sanctionné par Ottawa », « des sanctions contre Minsk », and each
    place coordinated with one that does ("Washington, London and Ottawa announced …"). A place
    in a prepositional phrase ("in Thailand") stays a place. Read from the dependency parse, in
    any language spaCy parses; the prepositions are the pack's markers."""
    markers, targets = _acting_markers(pack)
    out = []
    for ent, label in [(e, e.label_) for e in doc.ents] + [(span, "GPE") for span in _untagged_places(doc)]:
        if label not in ("GPE", "LOC", "ORG") and not (label in ("PER", "PERSON") and len(ent) == 1):
            continue  # « Washington a qualifié … »: the tagger may take a lone capital for a person
        name = re.sub(r"^(?:the|la|le|l['’])\s+", "", ent.text, flags=re.IGNORECASE)
        if not (kb_country_code(name) or capital_code(name) or metonym(name)):
            continue
        known = load_gazetteer().find(name) if label in ("PER", "PERSON") else None
        if known is not None and known.label == "PER":
            continue
        root = ent.root
        while root.dep_ == "conj" and root.head.i != root.i and root.head.ent_type_ in ("GPE", "LOC", "ORG"):
            root = root.head  # "London" in "Washington, London and Ottawa announced": as the first does
        dep = root.dep_
        if _dateline(doc.text, ent.start_char, ent.end_char):
            continue
        if _opens_after_dateline(doc.text, ent.start_char):
            dep = "nsubj"  # "COLOMBO, Feb 15 (AFP) - The United States on Friday barred …": parsed as apposition
        if dep in ("dobj", "obj") and any(c.dep_ == "xcomp" for c in root.head.children):
            dep = "nsubj"  # "urged Washington to go further": the one asked to act
        if dep in ("pobj", "dobj", "obj") and root.head.lower_ in markers:  # "against X", « visant X »
            dep = "agent"  # the agent of a passive, or the target of a measure
        if dep in ("obl", "obl:arg", "obl:mod") and any(c.dep_ == "case" and c.lower_ in markers
                                                       for c in root.children):
            dep = "obl:agent"  # « sanctionné par Ottawa », « a sanctionné … contre Minsk »
        if dep == "nmod" and any(c.dep_ == "case" and c.lower_ in targets for c in root.children):
            dep = "obl:agent"  # « des sanctions contre Minsk »: a noun's target (its agent « par » may be a place)
        if dep == "poss" and (root.head.ent_type_ in ("PERSON", "PER") or title_of(root.head.text + " X")):
            continue  # "Vietnam's President Tran Dai Quang": a title's country, not an act
        if dep in _ACTOR_DEPS or label == "ORG":  # NER read the country as an institution
            out.append(_Found(ent.start_char, ent.end_char, ent.text, name, "ORG", extractor_name("metonym"), 0.7))
    return out


_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:of|de|d['’]|and|et)\s*\Z", re.IGNORECASE)


def _kind_named_orgs(text: str, lang: str) -> list[_Found]:
    """An organisation introduced by what kind it is: "the state oil firm Petronic", « la banque
    VTB », « l'association Info Birmanie », "Telegram channel Nexta" (the pack's kind nouns)."""
    pattern = kind_name_re(lang)
    if pattern is None:
        return []
    out = []
    for match in pattern.finditer(text):
        name = match.group(1)
        cut = _SENTENCE_INSIDE.search(name)
        if cut:  # "Belavia. Entre-temps …": the name ends with its sentence
            name = name[:name.index(".", cut.start())]
        name = name.rstrip(".,")
        while name.split()[-1].casefold() in _TRAILING_PREPS:
            name = name.rsplit(" ", 1)[0]
        if kb_country_code(name) or capital_code(name) or name.lower() in _OPENING_WORDS:
            continue
        if re.search(rf"(?<![\w-]){re.escape(name.split()[0].lower())}(?![\w-])", text):
            continue  # a word the text also writes in lower case is no name ("group Abusive …")
        if _PREPOSITION_BEFORE.search(text, 0, match.start()):
            continue  # "freedom of association Abusive …": the kind noun is a mass noun there
        start = match.start(1)
        out.append(_Found(start, start + len(name), name, name, "ORG", extractor_name("kind-noun"), 0.7))
    return out


def _institution_names(doc, lang: str) -> list[_Found]:
    """Names built on an institution head word (see extract.institutions), outside headlines."""
    out = []
    spans = institution_phrases(doc, lang)
    for start, end in spans:
        sentence = doc.char_span(start, end, alignment_mode="expand")
        if sentence is not None and _pack(lang).title_case_headlines and _headline(sentence.sent, spans):
            continue
        text = doc.text[start:end]
        out.append(_Found(start, end, text, text, "ORG", extractor_name("institution-phrase"), 0.7))
    return out


_POSSESSIVE_GAP = re.compile(r"['’]s\s+\Z")


def _possessed_bodies(text: str, found: list[_Found]) -> list[_Found]:
    """"Iran's Law Enforcement Forces", "Russia's Federal Security Service": a country the
    metonym reader took as acting (a possessive) that only owns the body named right after it
    is no government act; the body is the organisation named."""
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and "metonym" in prev.extractor and f.label == "ORG" and "metonym" not in f.extractor
                and prev.end < f.start <= prev.end + 4 and _POSSESSIVE_GAP.fullmatch(text, prev.end, f.start)):
            out[-1] = f
            continue
        out.append(f)
    return out


def _split_units(doc, found: list[_Found], lang: str) -> list[_Found]:
    """Organisations naming a unit of a country's body (`_unit_and_body`) become two."""
    out = []
    for f in found:
        parts = [(f.start, f.end)] if f.label != "ORG" or "entity-ruler" in f.extractor else \
            _unit_and_body(doc, f.start, f.end, lang)
        if len(parts) == 1:
            out.append(f)
            continue
        for s, e in parts:
            text = doc.text[s:e]
            out.append(_Found(s, e, text, text, "ORG", extractor_name("institution-phrase"), f.confidence))
    return out


def _unit_and_body(doc, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """"58th Division of the Sri Lankan Army", « 2e bataillon de l'armée malienne »: a unit, then
    the country's state body it belongs to (kb.country_body_key gives a `body_kinds` kind):
    two organisations, so that the army is the one body of that country, not a new "X Army"
    beside "X's army". Otherwise the name is one span."""
    from sanctionwatch.kb.actors import country_body_key, standard_body_kinds

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [(start, end)]
    pack = _pack(lang)
    for i, tok in enumerate(span):
        if i == 0 or not pack.has("genitive_markers", tok.text):
            continue
        right = [t for t in span[i + 1:]]
        while right and pack.has("definite_articles", right[0].text):
            right = right[1:]
        left = span[:i]
        if not right or not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in left):
            continue
        body_start, body_end = right[0].idx, right[-1].idx + len(right[-1].text)
        body = country_body_key(doc.text[body_start:body_end])
        if body is not None and body[1] in standard_body_kinds():
            return [(start, left[-1].idx + len(left[-1].text)), (body_start, body_end)]
    return [(start, end)]


def _coordinated_places(doc, found: list[_Found]) -> list[_Found]:
    """"the Hong Kong and Macao Affairs Office": NER reads a place, then an organisation after
    "and"; the parse attaches the place inside the organisation's name (not to a verb, as in
    "Thailand and the European Union imposed …"), so both are one name."""
    out = []
    orgs = [f for f in found if f.label == "ORG" and "entity-ruler" not in f.extractor]
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC") or ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in ("and", "et"):
            continue
        after = doc[ent.end + 1].idx
        for org in orgs:
            if org.start == after and org.start <= ent.root.head.idx < org.end:
                text = doc.text[ent.start_char:org.end]
                out.append(_Found(ent.start_char, org.end, text, text, "ORG", extractor_name("institution-phrase"),
                                  org.confidence))
    return out


_CONJUNCTION = re.compile(r"^\s*(?:,|and|et|puis|or|ou|then|as well as|ainsi que)\s*$")


_NEXT_WORD = re.compile(r"[ \u00a0]([A-Z][a-z]+\.?)(?![\w'’-])")


def _extend_org_heads(text: str, found: list[_Found]) -> list[_Found]:
    """"Myanma Oil and Gas" + "Enterprise": NER stopped before the capitalised head word that
    ends the name (an institution head of any language pack: a French report quotes English
    company names)."""
    heads = _all_heads()
    out = []
    for f in found:
        end = f.end
        if f.label == "ORG" and "entity-ruler" not in f.extractor:
            while (m := _NEXT_WORD.match(text, end)) and m.group(1).rstrip(".").casefold() in heads:
                end = m.end()
        if end != f.end and not any(o is not f and o.start < end and f.end <= o.start for o in found):
            f = replace(f, end=end, text=text[f.start:end], name=text[f.start:end])
        out.append(f)
    return out


@lru_cache(maxsize=1)
def _all_heads() -> frozenset[str]:
    from sanctionwatch.lang import available_languages

    return frozenset(w.casefold() for code in available_languages()
                     for w in organisation_words(code).get("institution_heads", ()))


def _coordinated_orgs(text: str, found: list[_Found]) -> list[_Found]:
    """« TotalEnergies puis Chevron »: a one-word statistical organisation joined by "and",
    "then" or a comma to an organisation that passes vetting is one too (conjuncts share a kind),
    though a lone capitalised word is not enough on its own."""
    orgs = sorted((f for f in found if f.label == "ORG"), key=lambda f: f.start)
    out = []
    for a, b in zip(orgs, orgs[1:], strict=False):
        if not _CONJUNCTION.match(text[a.end:b.start]):
            continue
        for one, other in ((a, b), (b, a)):
            if (len(one.name.split()) == 1 and one.name[:1].isupper() and _vet(one) is None
                    and (vetted := _vet(other)) is not None and vetted.label == "ORG"
                    and one.name.lower() not in ORG_WORDS  # "Parliament": what it is, not which one
                    and not (kb_country_code(one.name) or capital_code(one.name))):
                out.append(replace(one, extractor=extractor_name("kind-noun"), confidence=0.6))
    return out


def _headline(sent, spans: list[tuple[int, int]]) -> bool:
    """A Title Case headline ("Court Jails Activist Over Post"): most of the sentence's ordinary
    words (outside named entities and the names read) are capitalised. A list of names
    ("the Garden City Hotel, the Koh Kong Resort and …") is no headline."""
    words = [t.text for t in sent if t.is_alpha and len(t.text) >= 4 and not t.ent_type_
             and not any(s <= t.idx < e for s, e in spans)]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _supersedes(new: _Found, old: _Found) -> bool:
    """May a rule-read organisation replace an overlapping mention? Only one it contains, that is
    no multi-word person and no known name of the same extent (the entity ruler's)."""
    if not (new.start <= old.start and old.end <= new.end):
        return False
    if "entity-ruler" in old.extractor and old.end == new.end:
        return False  # "United Nations Working Group on …": a known body with a qualifier before it
    if old.label == "PER" and ("entity-ruler" in old.extractor or (
            len(old.name.split()) > 1 and "kind-noun" not in new.extractor)):
        return False  # but "the movement Mother Nature Cambodia" is no person, whatever NER says
    return not ("entity-ruler" in old.extractor and (old.start, old.end) == (new.start, new.end))


def _add_rule_orgs(found: list[_Found], extra: list[_Found]) -> list[_Found]:
    """Add organisations read by rules, replacing the mentions they contain (a place, a cut
    name, a one-word "person"); one crossing a mention it cannot replace is dropped."""
    for new in sorted(extra, key=lambda f: f.start - f.end):
        overlapping = [o for o in found if o.start < new.end and new.start < o.end]
        if any(o.start <= new.start and new.end <= o.end and o.end - o.start > new.end - new.start
               and o.label == "ORG" for o in overlapping):
            continue  # already read as (part of) an organisation
        if not all(_supersedes(new, o) for o in overlapping):
            continue
        found = [o for o in found if o not in overlapping] + [new]
    return sorted(found, key=lambda f: (f.start, f.end))


def _country_bodies(text: str) -> list[_Found]:
    """"Belarusian foreign ministry", "Riyadh's foreign ministry", "Moscow district court",
    "Malaysian immigration", « l'ambassade de Russie »: a state body named by its country."""
    out = []
    for match in _country_body_re().finditer(text):
        out.append(_Found(match.start(), match.end(), match.group(0), match.group(0), "ORG",
                          extractor_name("country-body"), 0.7))
    return out


@lru_cache(maxsize=1)
def _country_body_re() -> re.Pattern[str]:
    from sanctionwatch.kb import body_words, countries
    from sanctionwatch.kb.actors import french_inflections

    places = set()
    for c in countries().values():
        places |= {n for n in c.names.get("en", ()) + c.names.get("fr", ()) if len(n) > 3 and " (" not in n}
        places |= set(c.capitals.get("en", ()) + c.capitals.get("fr", ()))
        places |= {d for d in c.demonyms.get("en", ()) if len(d) > 2}
    place = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    bodies = sorted((set(body_words("en")) | {"immigration", "intelligence community", "foreign ministry"}
                     | set(organisation_words("en").get("place_body_words", ())))
                    - {"delegation", "mission", "regime", "side", "state media", "administration"},
                    key=len, reverse=True)
    qualifiers = "|".join(("foreign", "interior", "defence", "defense", "justice", "finance", "district",
                           "riot", "military", "state", "public", "national", "federal", "regional", "municipal",
                           "provincial", "supreme", "high", "appeals", "criminal", "security", "health",
                           "economy", "anti-corruption", "election", "electoral", "constitutional"))
    body = "|".join(re.escape(b) for b in bodies)
    french_heads = "|".join(("ministère", "ambassade", "cour", "tribunal", "parlement", "gouvernement", "armée",
                             "police", "justice", "diplomatie", "présidence"))
    demonyms_fr = "|".join(re.escape(d) for c in countries().values() for base in c.demonyms.get("fr", ())
                           for d in french_inflections(base))
    return re.compile(
        # (the place is matched once: "Belarusian foreign ministry", or a country's own body
        # whatever it is called, "Iran's morality police")
        rf"(?<![\w-])(?:(?:{place})(?:(?:['’]s)?\s+(?:(?:{qualifiers})\s+){{0,2}}(?:{body})"
        rf"|['’]s\s+(?:[a-z][a-z-]+\s+){{1,2}}(?:{body}))(?![\w-])"
        rf"|(?i:l['’]|la\s+|le\s+)?(?:{french_heads})(?:\s+[a-zé']+){{0,3}}\s+(?:de|du|d['’])\s*(?:la\s+)?(?:{place})"
        rf"(?:\s+à\s+(?:{place}))?(?![\w-])"
        rf"|(?i:les\s+|le\s+|la\s+|l['’])?(?:gouvernement|autorités|régime|diplomatie|armée|police|justice)"
        rf"\s+(?:{demonyms_fr})(?![\w-]))"
    )


def _authoritative(f: _Found) -> bool:
    """A mention no list or role rule may override: the entity ruler's, or a country's."""
    return "entity-ruler" in f.extractor or (f.label == "GPE" and country_code(f.name) is not None)


def _add_set_off_names(text: str, found: list[_Found]) -> list[_Found]:
    """People NER missed, read from how the sentence sets their names off: a role next to them
    ("security adviser, Néstor Moncada Lau"), then the other members of a list of people. A
    statistical ORG/GPE tag on the same words gives way; the entity ruler's and countries don't."""
    def plausible(name: str) -> bool:
        words = name.split()
        return (plausible_person(clean_name(name)) and words[0].lower() not in _OPENING_WORDS
                and not any(w.lower() in ORG_WORDS or kb_country_code(w) or capital_code(w)
                            or load_gazetteer().find(w) for w in words))

    def in_headline(start: int, end: int) -> bool:  # "… Army Commander Over Wartime Killings"
        lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        line = text[lo:hi if hi != -1 else len(text)]
        return len(line) < 200 and _title_case(line)

    fixed = [(f.start, f.end) for f in found if _authoritative(f) or f.label == "PER"]
    added = [_Found(n.start, n.end, n.name, n.name, "PER", extractor_name("role-apposition"), 0.65)
             for n in role_set_names(text, fixed, in_headline) if plausible(n.name)]
    found = _merge(found, added)
    persons = [(f.start, f.end) for f in found if f.label == "PER"]
    fixed = [(f.start, f.end) for f in found if _authoritative(f)]
    added = [_Found(n.start, n.end, n.name, n.name, "PER", extractor_name("coordination"), 0.7)
             for n in coordinated_names(text, persons)
             if plausible(n.name) and not any(s < n.end and n.start < e for s, e in fixed)]
    return _merge(found, added)


def _merge(primary: list[_Found], extra: list[_Found]) -> list[_Found]:
    """Add `extra` mentions, replacing the overlapping `primary` ones (rules beat the model)."""
    kept = [p for p in primary if all(p.end <= e.start or p.start >= e.end for e in extra)]
    return sorted(kept + extra, key=lambda f: (f.start, f.end))


def _given_name_before(doc, index: int, lowered: set[str]) -> bool:
    """Is the token before a one-word person a given name NER left out? A capitalised word that
    is no stop word, title or organisation word, and never written in lower case in the
    paragraph (so "The", "Minister" or "Cambodian" are not taken for names)."""
    if index == 0:
        return False
    token = doc[index - 1]
    word = token.text
    return (token.is_alpha and token.is_title and len(word) > 1 and not token.is_stop and not token.ent_type_
            and word.lower() not in lowered and word.lower() not in ORG_WORDS
            and word.lower() not in STOP_WORDS_IN_PERSON and word.lower() not in MONTHS
            and not title_of(word + " X"))


def _analyse_parsed(texts: list[str], lang: str) -> list[tuple[list[tuple[int, int]], list[_Found]]]:
    """Sentences and names of paragraphs in a language whose pack names a spaCy pipeline."""
    nlp = load_pipeline(lang)
    pack = _pack(lang)
    version = f"spacy-{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
    results = []
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=64), strict=True):
        sents = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
        remember_parses(doc, lang)  # the fact readers reuse the parse
        found = []
        lowered = set(re.findall(r"\b[a-zà-ÿ]+\b", text))
        for ent in doc.ents:
            label = LABELS.get(ent.label_)
            if label is None:
                continue
            extractor = extractor_name("entity-ruler" if ent.ent_id_ else version)
            confidence = 0.95 if ent.ent_id_ else 0.75
            start = ent.start_char
            if label == "PER" and len(ent) == 1 and _given_name_before(doc, ent.start, lowered):
                start = doc[ent.start - 1].idx  # "Arend Swartjes": NER kept only the family name
            end = ent.end_char
            if label == "PER" and not _title_case(text[ent.sent.start_char:ent.sent.end_char]):
                end = extend_person_end(text, end, lowered)
            title = title_of(text[max(0, start - 40) : start].split(",")[-1] + text[start:end])
            found.append(_Found(start, end, text[start:end], text[start:end], label, extractor, confidence, title))
        found = [f for f in found if not any(o is not f and o.start <= f.start and f.end <= o.end
                                                 and (o.start, o.end) != (f.start, f.end) for o in found)]
        found = _merge(found, [f for f in _caps_given_first(text)
                               if not any(o.label != "PER" and o.start < f.end and f.start < o.end
                                          and "entity-ruler" in o.extractor for o in found)])
        found = _add_set_off_names(text, found)
        found.sort(key=lambda f: (f.start, f.end))
        found = _merge(found, _acting_places(doc, pack))
        found = _extend_org_heads(text, found)
        found = _add_rule_orgs(found, _institution_names(doc, lang) + _kind_named_orgs(text, lang)
                               + _coordinated_places(doc, found))
        found = _merge(found, _coordinated_orgs(text, found))
        # a country body holds its country ("U.S. intelligence community"): it replaces the place
        taken = [(f.start, f.end) for f in found if f.label == "PER" or (_authoritative(f) and f.label != "GPE")
                 or (f.label == "ORG" and len(f.name.split()) > 1)]
        found = _merge(found, [f for f in _country_bodies(text)
                               if not any(s < f.end and f.start < e for s, e in taken)])
        listed = [_Found(n.start, n.end, n.name, n.name, "PER", extractor_name("name-list"), 0.8)
                  for n in find_listed_names(text)]
        listed += [_Found(c.start, c.end, c.name, c.name, "PER", extractor_name("photo-credit"), 0.8)
                   for c in find_credits(text) if not any(c.start < n.end and n.start < c.end for n in listed)]
        found = _merge(_merge(found, _caps_family_names(text)), listed)
        found = _split_units(doc, _possessed_bodies(text, _drop_credits_and_datelines(text, found)), lang)
        results.append((_split_run_ons(text, _join_unended(text, _join_split_names(sents, found)), found), found))
    return results


# after a dateline's place: more places ("MINSK/BRUSSELS"), then a date and a credit, then a dash
_DATELINE_AFTER = re.compile(r"(?:/[^\W\d_][^/\n,(]{0,30})*(?:\s*,\s*([^()\n\-–—]{0,40}))?\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]")
_DATELINE_BEFORE = re.compile(r"[ \t]*(?:[^\W\d_][^/\n,(]{0,30}/)*")


def _dateline(text: str, start: int, end: int) -> bool:
    """"BRUSSELS, 2 October 2020 - …", "Moscou, 17 avril 2023 (AFP) - …", "MINSK/BRUSSELS - …":
    the place a story was filed from, at the start of its line, followed by a date (a month
    name or a year) or nothing, then a dash. Where the report was written is no actor of it."""
    if not _DATELINE_BEFORE.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
        return False
    match = _DATELINE_AFTER.match(text, end)
    if match is None:
        return False
    date = match.group(1)
    if date is None:
        return True
    words = re.findall(r"[^\W\d_]+", date.casefold())
    return bool(re.search(r"\b\d{4}\b", date)) or any(w in MONTHS for w in words)


def _opens_after_dateline(text: str, start: int) -> bool:
    """Does the sentence proper open at `start`, right after a dateline ("BRUSSELS, 2 October
    2020 - The European Union …")? (An optional article before the name.)"""
    lo = text.rfind("\n", 0, start) + 1
    head = re.sub(r"(?:the|la|le|les|l['’])\s*$", "", text[lo:start], flags=re.IGNORECASE).rstrip()
    if not head or head[-1] not in "-–—":
        return False
    place = re.match(r"[ \t]*([^\W\d_][^,(\n/-]*?)(?=\s*[,(/\-–—])", head)
    if place is None:
        return False
    where = place.group(1).strip()
    if not (where.isupper() or kb_country_code(where) or capital_code(where)):
        return False  # "He said - …" is no dateline
    return _dateline(text, lo + place.start(1), lo + place.end(1))


def _drop_credits_and_datelines(text: str, found: list[_Found]) -> list[_Found]:
    """Names in a credit (credits.credit_spans: "(AFP)", "(Reporting by …)") and the place of a
    dateline, read as names by NER or as a government by the metonym reader, are left out."""
    credits = credit_spans(text)
    return [f for f in found
            if not any(s <= f.start and f.end <= e for s, e in credits)
            and not (f.label != "PER" and _dateline(text, f.start, f.end))
            and not _headline_run_on(text, f)]


def _headline_run_on(text: str, f: _Found) -> bool:
    """"EU Imposes Sanctions On Iran's Morality Police Over Death Of Mahsa Amini": in a Title Case
    headline the tagger runs an organisation on through capitalised prepositions ("Over"). A
    statistical ORG there holding a function word no name is built with is no name."""
    if f.label != "ORG" or "spacy" not in f.extractor or load_gazetteer().find(f.name) is not None:
        return False
    words = f.text.split()[1:]
    if not any(w[:1].isupper() and w.lower() in _function_words() and w.lower() not in FUNCTION_WORDS
               for w in words):
        return False
    lo, hi = text.rfind("\n", 0, f.start) + 1, text.find("\n", f.end)
    line = text[lo:hi if hi != -1 else len(text)]
    return len(line) < 200 and _title_case(line)


def _join_split_names(sents: list[tuple[int, int]], found: list[_Found]) -> list[tuple[int, int]]:
    """Sentences the segmenter cut inside a name ("… les avoirs de Min Aung | Hlaing aux
    États-Unis.") are one sentence: the parser needs the whole clause to read who was hit."""
    out: list[tuple[int, int]] = []
    for s, e in sents:
        if out and any(f.start < out[-1][1] and f.end > s for f in found if f.label in ("PER", "ORG")):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_RUN_ON = re.compile(r"(?<=[.!?])\s+(?=\w)")
_LAST_WORD = re.compile(r"(?:^|\s)(\w{3,})[.!?]$")


def _lower_word_end(piece: str) -> bool:
    """Does the piece end with a whole lower-case word and a full stop (no abbreviation: « M. »,
    "Gen.")? Letters in any cased script: str methods, not an ASCII class."""
    m = _LAST_WORD.search(piece)
    return m is not None and m.group(1).isalpha() and m.group(1).islower()


def _join_unended(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences the segmenter cut after a lower-case word with no stop and no line break
    (« Le Trésor américain a sanctionné | Abdullah Kitatta le 9 juin 2020 … »): one sentence,
    or the verb loses its object, its date and its legal basis. A line break ends a headline
    or a list item whatever its last word."""
    out: list[tuple[int, int]] = []
    for s, e in sents:
        if out:
            ps, pe = out[-1]
            piece = text[ps:pe].rstrip()
            if piece and piece[-1].isalpha() and piece[-1].islower() and "\n" not in text[ps:s] \
                    and "\n" not in text[pe:s] and text[s:e].lstrip()[:1].isalpha():
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _split_run_ons(text: str, sents: list[tuple[int, int]], found: list[_Found]) -> list[tuple[int, int]]:
    """The segmenter sometimes runs two sentences together (« … de ses instances. Washington a
    interdit … »), and the second then borrows the first one's actor and date. A full stop
    after a whole lower-case word (no abbreviation: « M. », "Gen.") followed by a capital,
    outside a name, ends a sentence; the pieces are parsed alone."""
    out: list[tuple[int, int]] = []
    for s, e in sents:
        start = s
        for m in _RUN_ON.finditer(text, s, e):
            if not text[m.end()].isupper() or not _lower_word_end(text[start:m.start()]):
                continue
            if any(f.start < m.start() < f.end for f in found):
                continue
            out.append((start, m.start()))
            start = m.end()
        out.append((start, e))
    return out


def _analyse_khmer(text: str) -> tuple[list[tuple[int, int]], list[_Found]]:
    found = [
        _Found(k.start, k.end, k.text, k.name, k.label, extractor_name(f"khmer-{k.how}"), k.confidence, k.title)
        for k in find_khmer_names(text)
    ]
    found += [_Found(k.start, k.end, k.text, k.name, k.label, extractor_name("khmer-country"), k.confidence)
              for k in find_khmer_places(text, [(f.start, f.end) for f in found])]
    found += [_Found(c.start, c.end, c.name, c.name, "PER", extractor_name("photo-credit"), 0.8)
              for c in find_credits(text) if not any(c.start < f.end and f.start < c.end for f in found)]
    return split_khmer(text), found


_CACHE_LIMIT = 20000
_analysis_cache: dict[tuple[str, str], tuple[list[tuple[int, int]], list[_Found]]] = {}


# Word segmenters with name finders, for packs without a parser (`settings.segmenter`).
SEGMENTERS = {"khmer": _analyse_khmer}


def _pack(lang: str) -> LanguagePack:
    """The pack a paragraph is read with: its language's, or the default language's when no pack
    for it is installed (a paragraph the language detector gave an unknown code)."""
    try:
        return load_pack(lang)
    except PackError:
        return load_pack(DEFAULT_LANGUAGE)


def _analyse_segmented(pack: LanguagePack, text: str) -> tuple[list[tuple[int, int]], list[_Found]]:
    """Sentences and names of a paragraph in a language without a parser, by its segmenter."""
    analyse = SEGMENTERS.get(pack.segmenter or "")
    if analyse is None:
        raise PackError(f"the {pack.code!r} language pack names neither a parser nor a known segmenter "
                        f"(settings.parser / settings.segmenter; segmenters: {', '.join(sorted(SEGMENTERS))})")
    return analyse(text)


def _analyse_all(docs: list[Document]) -> None:
    """Fill the paragraph cache for every paragraph of `docs`, one spaCy batch per language.

    A paragraph's analysis depends only on its text and language, so a repeated paragraph
    (within or across documents) is analysed once; batching across documents keeps spaCy busy.
    """
    if len(_analysis_cache) > _CACHE_LIMIT:
        _analysis_cache.clear()
        forget_parses()
    pending: dict[str, list[str]] = {}
    for doc in docs:
        for p in doc.paragraphs:
            text = doc.text[p.start : p.end]
            pack = _pack(p.lang)
            key = (pack.code, text)
            if key in _analysis_cache:
                continue
            if pack.parser is None:
                _analysis_cache[key] = _analyse_segmented(pack, text)
            elif text not in pending.setdefault(key[0], []):
                pending[key[0]].append(text)
    for group, texts in sorted(pending.items()):
        for text, result in zip(texts, _analyse_parsed(texts, group), strict=True):
            _analysis_cache[(group, text)] = result


def extract_documents(docs: list[Document]) -> list[Extraction]:
    """Extract several documents at once (same result as one by one, faster)."""
    _analyse_all(docs)
    return [_assemble(doc) for doc in docs]


def extract_document(doc: Document) -> Extraction:
    """Sentences and vetted mentions of a cleaned document (offsets in `doc.text`)."""
    return extract_documents([doc])[0]


def _assemble(doc: Document) -> Extraction:
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    titles: list[tuple[int, str]] = []
    for p in doc.paragraphs:
        text = doc.text[p.start : p.end]
        sent_spans, found = _analysis_cache[(_pack(p.lang).code, text)]
        ctx = context_key(text)
        para_sents = [
            Sentence(doc.id, p.index, p.start + s, p.start + e, text[s:e], p.lang, f"{ctx}:{s}") for s, e in sent_spans
        ]
        sentences.extend(para_sents)
        for item in found:
            vetted = _vet(item)
            if vetted is None:
                continue
            start, end = p.start + vetted.start, p.start + vetted.end
            covering = [s for s in para_sents if s.start < end and start < s.end]
            if not covering:
                continue
            # a name across a sentence boundary (a list the segmenter cut badly) is quoted with
            # every sentence it touches, so the quote always contains the whole name
            quote_start, quote_end = covering[0].start, covering[-1].end
            mentions.append(Mention(
                doc_id=doc.id, start=start, end=end, text=vetted.text, name=vetted.name,
                label=vetted.label, lang=p.lang, sentence_start=quote_start,
                sentence_end=quote_end, extractor=vetted.extractor,
                confidence=round(vetted.confidence, 3), paragraph=p.index,
            ))
            if vetted.title and vetted.label == "PER":
                titles.append((start, vetted.title))
    mentions = keep_linkable_short_forms(mentions, doc.text)
    mentions = sorted(mentions + _unlabelled_short_forms(doc, sentences, mentions), key=lambda m: (m.start, m.end))
    mentions, aliases = _declared_aliases(doc, mentions)
    extra, links = _known_short_forms(doc, sentences, mentions)
    if extra:
        mentions = sorted(mentions + extra, key=lambda m: (m.start, m.end))
        aliases = sorted(set(aliases + links))
    return Extraction(tuple(sentences), tuple(mentions), tuple(titles), tuple(aliases))


@lru_cache(maxsize=1)
def _kb_parents() -> dict[str, str]:
    """Knowledge-base key → its parent's key (OFAC → the Treasury), built once, not per report."""
    from sanctionwatch.kb import load_kb

    return {a.key: a.parent_key for a in load_kb().actors if a.parent_key}


@lru_cache(maxsize=1)
def _kb_names() -> dict[str, str]:
    """Knowledge-base key → the name the base gives the actor, built once."""
    from sanctionwatch.kb import load_kb

    return {a.key: a.name for a in load_kb().actors}


@lru_cache(maxsize=1)
def _short_form_patterns() -> dict[str, re.Pattern[str]]:
    from sanctionwatch.kb.actors import short_forms

    return {key: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                            + r")(?![\w-])") for key, forms in short_forms().items()}


_CAPITALISED_NEXT = re.compile(r"\s+(?:of\s|de\s|d['’]|[A-ZÀ-Ý])")
_CAPITALISED_PREV = re.compile(r"([A-ZÀ-Ý][\w-]*)\s+\Z")


def _known_short_forms(doc: Document, sentences: list[Sentence],
                       mentions: list[Mention]) -> tuple[list[Mention], list[tuple[int, int]]]:
    """« l'Union », « les Vingt-Sept », "the bloc", "the Council" after the report named the actor
    in full: mentions of it (the KB's `short_forms`), each an alias of its first full mention,
    named as that mention (so the fact readers know the actor) and written as the text has it.
    A report that names one of the actor's units (OFAC, a unit of the Treasury) says which actor
    its short form is, wherever it is written ("the Treasury's Office of Foreign Assets
    Control"): named as the base names the actor, no alias of the unit.
    Not inside another mention, nor next to a capitalised word or a complement ("Security
    Council", "Union Election Commission", "Council of Europe": other bodies)."""
    patterns = _short_form_patterns()
    first: dict[str, Mention] = {}
    units: dict[str, Mention] = {}  # a body known only through one of its units ("OFAC": the Treasury)
    gazetteer = load_gazetteer()
    parents = _kb_parents()
    for m in mentions:
        if m.label != "ORG":
            continue
        known = gazetteer.find(m.name)
        if known is not None and known.key in patterns and known.key not in first:
            first[known.key] = m
        elif known is not None and (parent := parents.get(known.key)) and parent in patterns and parent not in units:
            units[parent] = m
    named = {key: _kb_names()[key] for key in units if key not in first and key in _kb_names()}
    if not first and not named:
        return [], []
    taken = [(m.start, m.end) for m in mentions]
    extra: list[Mention] = []
    links: list[tuple[int, int]] = []
    anchors = [(key, main, True) for key, main in first.items()] + [(key, units[key], False) for key in sorted(named)]
    for key, main, after in anchors:
        for s in sentences:
            if after and s.end <= main.end:
                continue
            for match in patterns[key].finditer(s.text):
                start, end = s.start + match.start(), s.start + match.end()
                if (after and start < main.end) or any(a < end and start < b for a, b in taken):
                    continue
                prev = _CAPITALISED_PREV.search(s.text[:match.start()])
                if (prev and prev.group(1).lower() not in _function_words()) or _CAPITALISED_NEXT.match(s.text[match.end():]):
                    continue
                taken.append((start, end))
                # the name is the actor's (the fact readers know it), the text is the form written
                extra.append(replace(main, start=start, end=end, text=match.group(0),
                                     name=main.name if after else named[key],
                                     sentence_start=s.start, sentence_end=s.end, paragraph=s.paragraph,
                                     extractor=extractor_name("known-short-form"),
                                     confidence=round(main.confidence * 0.8, 3)))
                if after:  # an alias of the full mention; a unit is another body
                    links.append((start, main.start))
    return extra, links


def _declared_aliases(doc: Document, mentions: list[Mention]) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Mentions plus the aliases the text declares ("X (Y)", "X, also known as Y", "X ហៅ Y"),
    as (alias start, main start) pairs; a name in parentheses NER missed becomes a mention."""
    extra = []
    links: list[tuple[int, int]] = []
    for start, end, name, i in unlabelled_aliases(doc.text, mentions):
        main = mentions[i]
        extra.append(replace(main, start=start, end=end, text=doc.text[start:end], name=name,
                             extractor=extractor_name("alias"), confidence=round(main.confidence * 0.9, 3)))
        links.append((start, main.start))
    mentions = sorted(mentions + extra, key=lambda m: (m.start, m.end))
    links += [(mentions[a].start, mentions[b].start) for a, b in alias_links(doc.text, mentions)]
    return mentions, sorted(set(links))


_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-ZÀ-Ý]")


def _unlabelled_short_forms(doc: Document, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """"Rabun said …" after "Ouk Rabun": one word of a full name, which NER often misses.

    Only a capitalised word that belongs to exactly one full person name in this document,
    never written in lower case anywhere in it (so "Long", "Try" or "Sun" used as ordinary
    words are not taken for names), outside any mention already found.
    """
    full = sorted({m.name for m in mentions if m.label == "PER" and len(m.name.split()) > 1 and _pack(m.lang).cased})
    if not full:
        return []
    lowered = set(re.findall(r"\b[a-zà-ÿ]+\b", doc.text))
    tokens = {}
    for name in full:
        for token in name.split():  # "Kara-Murza" is one family name: never "Kara" and "Murza"
            capitalised = token[:1].isupper() or _PARTICLE_NAME.match(token) is not None  # "al-Asiri"
            if len(token) >= 4 and capitalised and token.lower() not in lowered and full_name_for(token, full):
                tokens[token] = name
    if not tokens:
        return []
    tokens.update({name: name for name in full})  # the full name written again untagged ("… Of Mahsa Amini")
    taken = [(m.start, m.end) for m in mentions]
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True))
                         + r")(?![\w-])")
    out = []
    for sentence in sentences:
        if not _pack(sentence.lang).cased:
            continue
        for match in pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            out.append(Mention(
                doc_id=doc.id, start=start, end=end, text=match.group(0), name=match.group(0), label="PER",
                lang=sentence.lang, sentence_start=sentence.start, sentence_end=sentence.end,
                extractor=extractor_name("short-form"), confidence=0.6, paragraph=sentence.paragraph,
            ))
    return out


def full_name_for(token: str, full_names: Iterable[str]) -> str | None:
    """The one multi-token name in `full_names` that `token` is part of, else None."""
    folded = token.casefold()
    hits = sorted({n for n in full_names
                   if folded in n.casefold().split() or folded in n.casefold().replace("-", " ").split()})
    return hits[0] if len(hits) == 1 else None


# a role word right before a lone surname makes it a person (`CIA chief Pompeo`, `M. Poutine`)
ROLE_WORDS_BEFORE_SURNAME = frozenset({
    "chief", "president", "chancellor", "secretary", "minister", "premier", "senator",
    "ambassador", "mr", "mrs", "ms", "m", "mme", "monsieur", "madame", "dr", "general",
    "director", "spokesman", "spokeswoman", "spokesperson", "leader", "ministre", "président",
    "chancelière", "chancelier", "secrétaire", "sénateur", "ambassadeur", "dirigeant",
})
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")


def _role_word_before(text: str, start: int) -> bool:
    match = _WORD_BEFORE.search(text[max(0, start - 40):start])
    return match is not None and match.group(1).lower() in ROLE_WORDS_BEFORE_SURNAME


def _title_case(sentence: str) -> bool:
    """A headline in Title Case (`Outgoing US Ambassador Calls on Cambodia…`): any word may be
    capitalised there, so a capitalised word after a role word is no evidence of a name."""
    words = re.findall(r"[^\W\d_]{4,}", sentence)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _lone_surname_is_person(m: Mention, text: str, known_name_words: frozenset[str]) -> bool:
    """A lone capitalised word tagged PER, right after a role word, outside a Title Case headline,
    and not a word of a known actor's name (the gazetteer's people are linked, or left out, by
    the rules for short forms)."""
    return (m.label == "PER" and bool(text) and m.name[:1].isupper()
            and m.name.casefold() not in known_name_words and _role_word_before(text, m.start)
            and not _title_case(text[m.sentence_start:m.sentence_end]))


@lru_cache(maxsize=1)
def _known_name_words() -> frozenset[str]:
    """Every word of the known people's Latin names (gazetteer), case-folded: a lone word among
    them belongs to a known actor, whose short forms other rules handle."""
    return frozenset(
        word.casefold() for entity in load_gazetteer().entities if entity.label == "PER"
        for name in entity.names for word in name.split()
    )


def keep_linkable_short_forms(mentions: list[Mention], text: str = "") -> list[Mention]:
    """Single-word person names are kept only when they stand for one full name in the document,
    or when a role word stands right before them (`CIA chief Pompeo`).

    "Sokha" next to "Kem Sokha" is Kem Sokha (spaCy even tags it ORG); "Threats" or "Calls"
    at the start of a headline is nobody. A lone word that nothing explains is dropped.
    """
    gazetteer = load_gazetteer()
    full_names = {m.name for m in mentions if m.label == "PER" and len(m.name.split()) > 1}
    known_name_words = _known_name_words()
    kept: list[Mention] = []
    for m in mentions:
        single = len(m.name.split()) == 1 and _pack(m.lang).cased
        if single and m.label == "PER" and text and names_a_government(text, m.start, m.end):
            continue  # "the Trump administration", « le gouvernement Trudeau »: a government, not the person
        if not single or m.label not in ("PER", "ORG") or gazetteer.find(m.name) is not None:
            kept.append(m)
            continue
        if full_name_for(m.name, full_names) is not None and m.name[:1].isupper():
            kept.append(replace(m, label="PER", confidence=round(m.confidence * 0.9, 3)))
        elif _lone_surname_is_person(m, text, known_name_words):
            kept.append(replace(m, confidence=round(m.confidence * 0.8, 3)))
        elif m.label == "ORG":
            kept.append(m)
    return kept

