"""People and organisations in Khmer text, where no statistical NER exists.

Khmer writes no spaces between words and glues names to honorifics and neighbours
(`លោកកឹម-សុខាជាបន្ទាន់`: "Mr Kem Sokha urgently"). We find names three ways, most precise first:
1. known spellings from the gazetteer (any of: spaced, hyphenated, glued);
2. honorific (+ titles) + a Khmer family name + a given name, whose end is the next space or
   punctuation when that is near, else khmer-nltk's first word(s), never a function word;
3. honorific + a Latin-script name (`លោក Tillerson`, `អ្នកស្រីChristia Freeland`).
A family name without an honorific is not enough: many are common words (ជា "is", សុខ "happy").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sanctionwatch.extract.gazetteer import load_gazetteer
from sanctionwatch.lang import available_languages, pack_file, word_lists

SEGMENTER = "khmer"  # the packs whose settings.segmenter is this one give the words below


def _words(key: str) -> list[str]:
    """The `key` list of the names.json of every pack read by this segmenter, in its order."""
    out: list[str] = []
    for code in available_languages():
        settings = pack_file(code, "grammar.json").get("settings", {})  # not load_pack: no triggers at import
        if isinstance(settings, dict) and settings.get("segmenter") == SEGMENTER:
            out.extend(w for w in word_lists(code, "names.json").get(key, ()) if w not in out)
    return out


HONORIFICS = _words("honorifics")
NAME_CUES = set(_words("name_cues"))  # "named": introduces a name but is no title
TITLES = _words("name_titles")
RANK_TITLES = frozenset(_words("person_rank_titles"))
FAMILY_NAMES = _words("family_names")
FUNCTION_WORDS = set(_words("name_function_words"))
_LATIN_NAME = re.compile(r"\s*((?:[A-Z][a-zA-Z'’-]+\.?\s?){1,4})")
_KHMER_CHAR = re.compile(r"[\u1780-\u17dd]")
# A cluster: a base (consonant or independent vowel) and the marks and subscripts it carries.
_CLUSTER = re.compile(r"[\u1780-\u17b3](?:\u17d2[\u1780-\u17b3]|[\u17b4-\u17d1\u17d3\u17dd])*")


@dataclass(frozen=True)
class KhmerName:
    start: int  # offsets within the text given to find_khmer_names
    end: int
    text: str
    name: str
    label: str
    how: str
    confidence: float
    title: str | None = None


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# An honorific, titles, or both ("នាយករដ្ឋមន្ត្រី ហ៊ុន សែន" has no លោក); a family name must follow.
_HONORIFIC_RE = re.compile(
    rf"(?:(?P<hon>{_alternation(HONORIFICS)})\s?(?P<titles>(?:(?:{_alternation(TITLES)})\s?)*)"
    rf"|(?P<tonly>(?:(?:{_alternation(TITLES)})\s?)+))"
)
_FAMILY_RE = re.compile(rf"(?:{_alternation(FAMILY_NAMES)})(?![\u17b4-\u17d3\u17dd])")


@lru_cache(maxsize=1)
def _segmenter():
    import logging

    logging.getLogger("khmer-nltk").setLevel(logging.WARNING)
    from khmernltk import word_tokenize

    return word_tokenize


def clusters(text: str) -> list[str]:
    return _CLUSTER.findall(text)


@lru_cache(maxsize=1)
def lexicon() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """(common words, place names, place prefixes) of data/khmer_lexicon.json."""
    raw = json.loads(resources.files("sanctionwatch.data").joinpath("khmer_lexicon.json").read_text("utf-8"))
    return frozenset(raw["common_words"]), frozenset(raw["places"]), tuple(raw["place_prefixes"])


def not_a_name(word: str) -> bool:
    """A common word, a place, or a word opening with a place prefix (វត្ត…, ខេត្ត…)."""
    common, places, prefixes = lexicon()
    return (word in common or word in places or word in FUNCTION_WORDS
            or any(word.startswith(p) for p in prefixes))


def _glued_word(text: str, start: int, family_end: int) -> bool:
    """Is the family name at `start` only the beginning of a longer common word (សម in
    សម្រេច, ស in សង្ឃឹម)? The segmenter's first word then runs past the family name."""
    tokens = [t for t in _segmenter()(text[start:start + 40], return_tokens=True) if t.strip()]
    return bool(tokens) and len(tokens[0]) > family_end - start


LONG_GIVEN_NAME = 6
"""Clusters a given name written whole between spaces may run to (សុវណ្ណារិទ្ធ, ចន្ទសុភ័ក្រ)."""


def _given_name(rest: str) -> str:
    """The given name at the start of `rest` (text right after a family name and separator)."""
    chunk_match = re.match(r"[\u1780-\u17d3\u17dd]+", rest)
    if not chunk_match:
        return ""
    chunk = chunk_match.group(0)
    if chunk in FUNCTION_WORDS or not_a_name(chunk):
        return ""
    if len(clusters(chunk)) <= 4 and not any(chunk.endswith(w) and len(chunk) > len(w) + 1 for w in ("ជា", "និង", "បាន")):
        return chunk
    tokens = [t for t in _segmenter()(chunk, return_tokens=True) if t.strip()]
    if not tokens or tokens[0] in FUNCTION_WORDS or not_a_name(tokens[0]):
        return ""
    if len(clusters(chunk)) <= LONG_GIVEN_NAME and not any(not_a_name(t) for t in tokens):
        return chunk  # សុវណ្ណារិទ្ធ written between spaces: the segmenter's parts are all name syllables
    given = tokens[0]
    if len(clusters(given)) < 2 and len(tokens) > 1 and tokens[1] not in FUNCTION_WORDS:
        if len(clusters(given + tokens[1])) <= 4:
            given += tokens[1]
    return given if len(clusters(given)) <= 5 else ""


@lru_cache(maxsize=1)
def _gazetteer_patterns() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """Known Khmer spellings, longest first, compiled once (not per paragraph); a match must
    end at a cluster boundary so that a name is never cut inside a syllable."""
    forms = sorted(load_gazetteer().khmer_forms(), key=lambda f: -len(f[0]))
    return tuple((re.compile(re.escape(form) + r"(?![\u17b4-\u17d3\u17dd])"), form, entity.label)
                 for form, entity in forms)


@lru_cache(maxsize=1)
def _acronym_re() -> re.Pattern[str]:
    """Acronyms of known bodies written in Latin capitals inside Khmer text (OFAC, RFA, HRW):
    a Khmer report quotes them as they are, with no kind noun before them. Case counts, and the
    acronym must stand alone (not inside a longer Latin word or a code such as B1/B2)."""
    forms = {a for e in load_gazetteer().entities if e.label == "ORG" for a in e.acronyms
             if len(a) >= 3 and a.isupper() and a.isalpha()}
    return re.compile(rf"(?<![A-Za-z0-9/.-])(?:{_alternation(sorted(forms))})(?![A-Za-z0-9/-])")


FOREIGN_SURNAME_CLUSTERS = 6
"""At most this many clusters in the second word of a spaced name after an honorific."""
_SPACED = re.compile(r"[ \u00a0]?([\u1780-\u17d3\u17dd]{1,12}) ([\u1780-\u17d3\u17dd]{1,18})(?=[\s។៕,;:!?\)]|$)")


def _spaced_name(text: str, at: int) -> tuple[int, int] | None:
    """`លោក ឈុត វុទ្ធី ប្រធាន…`: after an honorific, two short words each written between spaces
    are a family and a given name even when the family name is not a listed one, unless either is
    a common word, a function word or a place."""
    match = _SPACED.match(text, at)
    if not match:
        return None
    family, given = match.group(1), match.group(2)
    # a Khmer family name is one or two clusters; a foreign first name written in Khmer
    # (ដូណាល់ ត្រាំ, "Donald Trump") runs to four, a foreign surname to six (ម៉ាណាងហ្គាក្វា,
    # "Mnangagwa": every final consonant counts as a cluster)
    if len(clusters(family)) > 4 or len(clusters(given)) > FOREIGN_SURNAME_CLUSTERS or len(clusters(given)) < 1:
        return None
    if not_a_name(family) or not_a_name(given) or _HONORIFIC_RE.match(family):
        return None
    if any(given.startswith(w) and len(clusters(w)) >= 2 for w in FUNCTION_WORDS):
        return None
    return match.start(1), match.end(2)


def _ranked(titles: str | None) -> bool:
    """Do the titles written without an honorific end with a rank or office that only a person
    holds (`ឧត្តមសេនីយ៍ Shavendra Silva`, General …)? Then a Latin-script name after them is a
    person's, as after លោក."""
    words = (titles or "").split()
    if not words:
        return False
    last = words[-1]
    return last in RANK_TITLES or any(last.endswith(r) for r in RANK_TITLES)


def find_khmer_names(text: str) -> list[KhmerName]:
    """Names in a Khmer paragraph, non-overlapping, in text order."""
    found: list[KhmerName] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(item: KhmerName) -> None:
        if free(item.start, item.end):
            found.append(item)
            taken.append((item.start, item.end))

    for pattern, form, label in _gazetteer_patterns():
        for match in pattern.finditer(text):
            add(KhmerName(match.start(), match.end(), form, form, label, "gazetteer", 0.95))
    for match in _acronym_re().finditer(text):
        add(KhmerName(match.start(), match.end(), match.group(0), match.group(0), "ORG", "gazetteer-acronym", 0.9))
    for start, end, claimed in latin_organisations(text):
        if free(start, end):
            found.append(KhmerName(start, end, text[start:end], text[start:end], "ORG", "kind+latin", 0.75))
            taken.append((claimed, end))  # the kind noun before it describes it: no body of its own
    for hon in _HONORIFIC_RE.finditer(text):
        after = hon.end()
        title = ((hon["hon"] or "") + " " + (hon["titles"] or hon["tonly"] or "")).strip()
        title = " ".join(w for w in title.split() if w not in NAME_CUES) or None
        latin = _LATIN_NAME.match(text, after) if hon["hon"] or _ranked(hon["tonly"]) else None
        if latin and not hon["hon"] and any(w.isupper() for w in latin.group(1).split()):
            latin = None  # "ចៅក្រម ICC": an acronym after a rank is a body, not a person
        if latin and latin.group(1).strip():
            name = latin.group(1).strip().rstrip(".")
            start = latin.start(1)
            add(KhmerName(start, start + len(name), name, name, "PER", "honorific+latin", 0.8, title))
            continue
        family = _FAMILY_RE.match(text, after)
        if not family:
            spaced = _spaced_name(text, after)
            if spaced is not None:
                add(KhmerName(spaced[0], spaced[1], text[spaced[0]:spaced[1]], text[spaced[0]:spaced[1]], "PER",
                              "honorific+spaced-name", 0.65, title))
            continue
        sep = text[family.end():family.end() + 1]  # one space or hyphen may part the two names
        if not (sep.isspace() or sep == "-"):
            sep = ""
        if not sep and _glued_word(text, family.start(), family.end()):
            continue  # សម្រេច "decide", not the family name សម
        given = _given_name(text[family.end() + len(sep):])
        if not given or not_a_name(text[family.start():family.end() + len(sep) + len(given)].replace(" ", "")):
            continue
        end = family.end() + len(sep) + len(given)
        written = text[family.start():end]
        add(KhmerName(family.start(), end, written, written, "PER",
                      "honorific+family-name", 0.7, title))
    for start, end in khmer_bodies(text):
        inside = [k for k in found if start < k.start and k.end == end]
        for k in [k for k in found if k.start == start and k.end < end and k.label == "ORG"
                  and text[k.end:end].startswith("នៅ")]:
            # ស្ថានទូតអាមេរិកនៅភ្នំពេញ: the known body "in" a place is that place's office
            found.remove(k)
            taken.remove((k.start, k.end))
        if inside and all(k.label == "ORG" and text[max(0, k.start - 2):k.start] == "នៃ" for k in inside):
            # EEAS "សេវាសកម្មភាពខាងក្រៅនៃសហភាពអឺរ៉ុប" (… of the EU) contains the EU's name
            for k in inside:
                found.remove(k)
                taken.remove((k.start, k.end))
        add(KhmerName(start, end, text[start:end], text[start:end], "ORG", "body-word", 0.7))
    for start, end in khmer_acting_countries(text):
        add(KhmerName(start, end, text[start:end], text[start:end], "ORG", "metonym", 0.65))
    return sorted(found, key=lambda k: k.start)


_LATIN_ORG = re.compile(
    r"((?:The\s+)?[A-Z][\w&'’.-]*(?:[ \u00a0]+(?:[A-Z0-9][\w&'’.-]*|of|for|and|&|de|du|des|on)){0,5})"
)
_TRAILING = {"of", "for", "and", "&", "de", "du", "des", "on"}


@lru_cache(maxsize=1)
def _kind_re() -> re.Pattern[str]:
    from sanctionwatch.extract.institutions import organisation_words

    kinds = sorted(organisation_words("km").get("kind_nouns", ()), key=len, reverse=True)
    return re.compile(rf"(?:{_alternation(kinds)})[\u1780-\u17d3\u17dd]{{0,24}}[ \u00a0]?(?=[A-Z])")


def latin_organisations(text: str) -> list[tuple[int, int, int]]:
    """Organisations written in Latin script inside Khmer text, as (start, end, claimed start):
    a name right after a kind noun and its Khmer qualifiers (កាសែត The Cambodia Daily, អង្គការ
    CCIM, ក្រុមហ៊ុនកាប់ឈើ Timber Green; the claimed span then includes the kind noun), or a
    capitalised name ending with an institution head word (Koh Kong Resort, Prince Group)."""
    from sanctionwatch.extract.institutions import organisation_words

    heads = {w.casefold() for w in organisation_words("en").get("institution_heads", ())}
    out: list[tuple[int, int, int]] = []
    seen: set[int] = set()
    for kind in _kind_re().finditer(text):
        name = _LATIN_ORG.match(text, kind.end())
        span = _trim_latin(text, name.start(1), name.end(1)) if name else None
        if span is not None and not (span[1] - span[0] == 1):
            out.append((span[0], span[1], kind.start()))
            seen.add(span[0])
    for name in _LATIN_ORG.finditer(text):
        if name.start() in seen or (name.start() > 0 and text[name.start() - 1].isalnum()):
            continue
        span = _trim_latin(text, name.start(1), name.end(1))
        if span is None:
            continue
        words = text[span[0]:span[1]].split()
        if len(words) >= 2 and words[-1].casefold().rstrip(".") in heads:
            out.append((span[0], span[1], span[0]))
    return sorted(out)


def _trim_latin(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name without trailing function words or punctuation; None when nothing is left."""
    words = text[start:end].split()
    while words and (words[-1].casefold() in _TRAILING or not words[-1].strip(".,'’-")):
        words.pop()
    if not words:
        return None
    name = " ".join(words).rstrip(",.'’-") if not re.search(r"\b[A-Za-z]\.$", " ".join(words)) else " ".join(words)
    if text[start:start + len(name)] != name:  # several spaces inside: keep the text's own
        name = text[start:end].rstrip(" ,.'’-")
    return (start, start + len(name)) if name else None


def find_khmer_places(text: str, taken: list[tuple[int, int]]) -> list[KhmerName]:
    """Countries named in a Khmer paragraph outside the names already found (`taken`)."""
    return [KhmerName(s, e, text[s:e], text[s:e], "GPE", "country", 0.8) for s, e in khmer_countries(text)
            if all(e <= ts or s >= te for ts, te in taken)]


# Khmer names organisations by a head noun glued to its complement: ក្រសួងការបរទេស (ministry +
# foreign affairs), ប៉ូលិសថៃ (police + Thailand), សមាគម… (association …). The name runs from the
# head to the next space, and across " និង" (and) into the next word when that word is not
# itself another body ("ក្រសួងសេដ្ឋកិច្ច និងហិរញ្ញវត្ថុ" is one ministry).
ORG_HEADS = tuple(_words("organisation_heads"))
# heads that are themselves a body's name (the appeal court, the gendarmerie)
STANDALONE_HEADS = set(_words("standalone_bodies"))
_STOP_IN_BODY = set(_words("not_in_body_names")) | FUNCTION_WORDS - {"និង"}
# particles a body's name is glued after, whatever the segmenter makes of the run: passive
# "ត្រូវ" (by), "មាន" (there is, "among them"), "ដោយ" (by), "ឱ្យ" (to)
BODY_OPENERS = tuple(_words("body_openers"))
# verbs that end an organisation's name when Khmer glues the name to what it did
_VERBS = set(_words("body_verbs"))


@lru_cache(maxsize=1)
def _body_re() -> re.Pattern[str]:
    from sanctionwatch.kb import body_words

    heads = sorted(set(body_words("km")) | set(ORG_HEADS), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, heads))})[\u1780-\u17d3\u17dd]*")


def khmer_bodies(text: str) -> list[tuple[int, int]]:
    """Spans of organisations named by a body word (kb body_words for km, plus ORG_HEADS)."""
    out: list[tuple[int, int]] = []
    heads = _body_re()
    position = 0
    while (match := heads.search(text, position)) is not None:
        # a body's name ends where _trim_body stops it; the next head may start inside the run
        # the pattern swallowed (សភាអឺរ៉ុបបានស្នើឱ្យសេវា…: the parliament asked the service …)
        position = match.start() + 1
        if out and match.start() < out[-1][1]:
            continue
        end = match.end()
        more = re.match(r" និង([\u1780-\u17d3\u17dd]+)", text[end:])
        if more and not heads.search(more.group(1)) and not any(
                a == 0 for a, _b in khmer_countries(more.group(1))):
            # not "… និងរាជរដ្ឋាភិបាល" (and the government), nor "រដ្ឋាភិបាលកាណាដា និងអូស្ត្រាលី"
            # (the governments of Canada and Australia: a second country is a second body)
            end += more.end()
        end = match.start() + _trim_body(text[match.start():end])
        head = heads.match(text, match.start())
        span = text[match.start():end]
        head_len = len(_head_word(span))
        common, _places, _prefixes = lexicon()
        if span in FREE_STANDING_BODIES:  # a common word (រដ្ឋាភិបាល) that is a body's whole name
            if _opens_bare_body(text, match.start()):
                out.append((match.start(), end))
                position = end
            continue  # អ្នកនាំពាក្យរាជរដ្ឋាភិបាល, ក្នុងរដ្ឋសភា: the body describes a person or a place
        if _kind_of_a_country(span, head_len):
            continue  # ក្រុមហ៊ុនអាមេរិក "American companies": a kind and a country, no name
        if (end - match.start() <= head_len and span not in STANDALONE_HEADS) or not_a_name(span) or any(
                span.startswith(w) and len(w) > head_len for w in common):
            continue  # the head alone (ក្រសួង "ministry") or a common word (ក្រុមគ្រួសារ "family")
        if head is not None and _starts_word(text, match.start(), len(_head_word(text[match.start():end]))):
            out.append((match.start(), end))
            position = end
    return out


BARE_BODY_OPENERS = tuple(_words("bare_body_openers"))
# common nouns that are a body's whole name (the government, parliament) only where they stand free
FREE_STANDING_BODIES = frozenset(_words("free_standing_bodies"))


def _opens_bare_body(text: str, start: int) -> bool:
    """May a head that is a body's whole name (រដ្ឋាភិបាល "the government", រដ្ឋសភា) begin at
    `start`? Only after a space or punctuation, or glued after a particle that makes it a party to
    the clause (ដោយ by, និង and, របស់ of, បើ if). Glued after a noun it is that noun's
    complement (អ្នកនាំពាក្យរាជរដ្ឋាភិបាល "the government spokesman": a person), after a
    preposition of place a place (ក្នុងរដ្ឋសភា "in parliament")."""
    if start == 0 or not ("\u1780" <= text[start - 1] <= "\u17dd"):
        return True
    return any(text[:start].endswith(w) for w in (*BODY_OPENERS, *BARE_BODY_OPENERS))


def _kind_of_a_country(span: str, head_len: int) -> bool:
    """A kind noun that is no state body (company, group, university: ORG_HEADS) followed by a
    country's name only. A state body of a country (ប៉ូលិសថៃ, the Thai police) is one body."""
    from sanctionwatch.kb import body_words, country_code

    head = span[:head_len]
    return head in ORG_HEADS and head not in body_words("km") and country_code(span[head_len:]) is not None


def _starts_word(text: str, start: int, head_len: int) -> bool:
    """Does a word begin at `start`? (ធនាគារ "bank" inside ពន្ធនាគារ "prison" does not.)"""
    if start == 0 or not ("\u1780" <= text[start - 1] <= "\u17d3"):
        return True
    if any(text[:start].endswith(w) for w in BODY_OPENERS):
        return True  # "ត្រូវ|សាលាដំបូង…", "មាន|កងរាជអាវុធហត្ថ": a particle, then the body
    left = max(0, start - 12)
    window = text[left:start + head_len + 6]
    position = 0
    for token in _segmenter()(window, return_tokens=True):
        if left + position == start:
            return True
        position += len(token)
        if left + position > start:
            return False
    return False


def _head_word(span: str) -> str:
    from sanctionwatch.kb import body_words

    for head in sorted(set(body_words("km")) | set(ORG_HEADS), key=len, reverse=True):
        if span.startswith(head):
            return head
    return span


def _trim_body(span: str) -> int:
    """Length of `span` up to the first word that cannot belong to a name (បាន, ថា, a date…),
    keeping "នៅ + place" (ស្ថានទូតអាមេរិកនៅភ្នំពេញ, the embassy in Phnom Penh)."""
    from sanctionwatch.kb import body_words

    head = _head_word(span)
    state_body = head in body_words("km")  # an embassy or a court "in" a city; not a radio's bureau
    tokens = [t for t in _segmenter()(span[len(head):], return_tokens=True)] if len(span) > len(head) else []
    length = len(head)
    common, places, _prefixes = lexicon()
    for i, token in enumerate(tokens):
        joined = token == " " and i + 1 < len(tokens) and tokens[i + 1] == "និង"
        if token == "នៅ" and i + 1 < len(tokens) and tokens[i + 1] in places and i < 7 and state_body:
            length += len(token) + len(tokens[i + 1])  # "in + place" is part of the name
            break
        if token in _STOP_IN_BODY or token in _VERBS or (token.strip() == "" and not joined) or i >= 8:
            break
        if token == "នៅ" and not (i + 1 < len(tokens) and tokens[i + 1] in places):
            break
        length += len(token)
    while span[:length].endswith(("និង", " ")) and length > len(head):
        length -= 3 if span[:length].endswith("និង") else 1
    return length


_ACTING_VERBS = tuple(_words("acting_verbs"))


@lru_cache(maxsize=1)
def _country_re() -> re.Pattern[str]:
    """A country or its capital (វ៉ាស៊ីនតោន, សេអ៊ូល: Khmer reports name governments by their
    capitals as often as by their countries) right before what it did, or first of two such
    places that did it together ("វ៉ាស៊ីនតោន និងឡុងដ៍បានដាក់…", Washington and London imposed)."""
    from sanctionwatch.kb import countries

    names = {n.replace("\u200b", "") for c in countries().values()
             for n in (*c.names.get("km", ()), *c.capitals.get("km", ())) if len(n) > 1}
    place = rf"(?:ប្រទេស)?(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})"
    acting = rf"\s?(?:{'|'.join(_ACTING_VERBS)})"
    return re.compile(rf"{place}(?={acting}|\s?និង{place}{acting})")


@lru_cache(maxsize=1)
def _any_country_re() -> re.Pattern[str]:
    from sanctionwatch.kb import countries

    names = {n.replace("\u200b", "") for c in countries().values() for n in c.names.get("km", ()) if len(n) > 2}
    return re.compile(rf"(?:ប្រទេស)?(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})"
                      r"(?![\u17b4-\u17d3\u17dd])")


def khmer_countries(text: str) -> list[tuple[int, int]]:
    """Countries named in Khmer (places, for the document's countries), not inside a longer word
    and not acting (those are governments: khmer_acting_countries)."""
    acting = khmer_acting_countries(text)
    out = []
    for m in _any_country_re().finditer(text):
        if any(s < m.end() and m.start() < e for s, e in acting) or not _starts_word(text, m.start(), m.end() - m.start()):
            continue
        out.append((m.start(), m.end()))
    return out


@lru_cache(maxsize=1)
def _owning_capital_re() -> re.Pattern[str] | None:
    """A capital right after a possessive (បញ្ជីរបស់សេអ៊ូល, "Seoul's list"): a city owns no list
    nor decision, its government does. Countries are left out: ពលរដ្ឋរបស់កម្ពុជា (Cambodia's
    citizens) is the country."""
    from sanctionwatch.kb import countries

    owners = _words("capital_owner_markers")
    names = {n.replace("\u200b", "") for c in countries().values() for n in c.capitals.get("km", ()) if len(n) > 1}
    if not owners or not names:
        return None
    return re.compile(rf"(?<=(?:{'|'.join(map(re.escape, owners))}))\s?"
                      rf"((?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))}))"
                      r"(?![\u17b4-\u17d3\u17dd])")


def khmer_acting_countries(text: str) -> list[tuple[int, int]]:
    """A country named as the one acting (កូរ៉េខាងត្បូងបានប្រកាស "South Korea announced"), or a
    capital as an owner (បញ្ជីរបស់វ៉ាស៊ីនតោន): its government, as a metonym. A country after a
    preposition is a place and is left alone."""
    out = [(m.start(), m.end()) for m in _country_re().finditer(text)
           if _starts_word(text, m.start(), m.end() - m.start())]
    owning = _owning_capital_re()
    if owning is not None:
        out += [(m.start(1), m.end(1)) for m in owning.finditer(text)
                if not any(s < m.end(1) and m.start(1) < e for s, e in out)]
    return sorted(out)
