"""The one loader of the actor knowledge base (kb/actors.json).

Everything the extractors and the resolver know about actors before reading a document lives in
that one data file: people, bodies, countries and alliances with their names per language
(Khmer included), acronyms, metonyms ("Washington", "Brussels", អាមេរិក) and the country a body
belongs to; the world's countries with names, demonyms and capitals per language; and the words
that make "<country> + word" a state body. Code never lists a country or an actor itself.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

KINDS = ("person", "body", "country", "alliance", "organisation", "outlet")


@dataclass(frozen=True)
class Actor:
    """A known actor. `name`, `schema`, `aliases`, `issuer`, `parent` are the fields fact
    extraction reads (its canonical label, FtM schema hint, regex patterns, issuer flag and the
    parent's label), so `institutions()` can stand in for the old vocab tables unchanged."""

    key: str
    kind: str
    schema: str
    country: str | None
    names: dict[str, tuple[str, ...]]  # language ("en", "fr", "km", "latin") -> spellings
    acronyms: tuple[str, ...] = ()
    metonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    parent_key: str | None = None
    name: str = ""
    aliases: tuple[str, ...] = ()
    issuer: bool = False
    parent: str | None = None
    role: str | None = None  # "institution" | "actor" in fact extraction, None otherwise
    in_gazetteer: bool = True
    instrument: str | None = None  # the measure kind its generic "sanctions" on people are
    administers: tuple[str, ...] = ()  # measure kinds it imposes for its parent government
    office: str | None = None  # a person's office: "head_of_state" | "head_of_government"

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Actor) and other.key == self.key

    @property
    def latin(self) -> tuple[str, ...]:
        """Latin-script spellings, preferred first (English, then French, then any)."""
        out: list[str] = []
        for lang in ("latin", "en", "fr"):
            out.extend(n for n in self.names.get(lang, ()) if n not in out)
        for lang, names in sorted(self.names.items()):
            if lang not in ("latin", "en", "fr", "km"):
                out.extend(n for n in names if n not in out)
        return tuple(out)

    @property
    def khmer(self) -> tuple[str, ...]:
        return self.names.get("km", ())

    def all_metonyms(self) -> tuple[str, ...]:
        return tuple(m for lang in sorted(self.metonyms) for m in self.metonyms[lang])


@dataclass(frozen=True)
class Country:
    """One country: names, demonyms and capitals per language (CLDR names + hand demonyms)."""

    code: str
    names: dict[str, tuple[str, ...]]
    demonyms: dict[str, tuple[str, ...]]
    capitals: dict[str, tuple[str, ...]]

    def all_names(self) -> tuple[str, ...]:
        return tuple(n for lang in sorted(self.names) for n in self.names[lang])

    def all_demonyms(self) -> tuple[str, ...]:
        """Demonyms with their French inflections (cambodgien → cambodgienne, cambodgiens …)."""
        out: list[str] = list(self.demonyms.get("en", ()))
        for base in self.demonyms.get("fr", ()):
            out.extend(french_inflections(base))
        return tuple(dict.fromkeys(out))

    def all_capitals(self) -> tuple[str, ...]:
        return tuple(n for lang in sorted(self.capitals) for n in self.capitals[lang])


def french_inflections(adjective: str) -> tuple[str, ...]:
    """Masculine, feminine, plurals of a French demonym: -ien/-ienne, -ais/-aise, -e unchanged."""
    if adjective.endswith("e"):
        feminine = adjective
    elif adjective.endswith(("ien", "éen")):
        feminine = adjective + "ne"
    elif adjective.endswith("c") and adjective.endswith("turc"):
        feminine = adjective + "que"
    else:
        feminine = adjective + "e"
    forms = [adjective, feminine, feminine + "s"]
    forms.append(adjective if adjective.endswith(("s", "x")) else adjective + "s")
    return tuple(dict.fromkeys(forms))


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    actors: tuple[Actor, ...]
    countries: dict[str, Country]
    body_words: dict[str, tuple[str, ...]]

    def actor(self, key: str) -> Actor | None:
        return _by_key(self).get(key)


def _tuple_map(raw: dict | None) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in (raw or {}).items()}


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """Read kb/actors.json once."""
    raw = json.loads(resources.files("sanctionwatch.kb").joinpath("actors.json").read_text("utf-8"))
    countries = {
        code: Country(code, _tuple_map(c.get("names")), _tuple_map(c.get("demonyms")),
                      _tuple_map(c.get("capitals")))
        for code, c in raw["countries"].items()
    }
    by_key = {a["key"]: a for a in raw["actors"]}
    actors = []
    for item in raw["actors"]:
        vocab = item.get("vocab") or {}
        names = _tuple_map(item.get("names"))
        metonyms = _tuple_map(item.get("metonyms"))
        if item["kind"] == "country" and item.get("country") in countries:
            country = countries[item["country"]]
            names = names or country.names
            metonyms = metonyms or country.capitals
        parent_key = item.get("parent")
        label = vocab.get("name") or (names.get("en") or names.get("latin") or next(iter(names.values()), (item["key"],)))[0]
        parent = vocab.get("parent")
        if parent is None and parent_key in by_key:
            p = by_key[parent_key]
            parent = (p.get("vocab") or {}).get("name") or _first_name(p, countries)
        actors.append(Actor(
            key=item["key"], kind=item["kind"], schema=vocab.get("schema") or item["schema"],
            country=item.get("country"), names=names, acronyms=tuple(item.get("acronyms", ())),
            metonyms=metonyms, parent_key=parent_key, name=label,
            aliases=tuple(vocab.get("patterns", ())), issuer=bool(vocab.get("issuer", False)),
            parent=parent, role=vocab.get("role"), in_gazetteer=item.get("gazetteer", True),
            instrument=vocab.get("instrument"), administers=tuple(vocab.get("administers", ())),
            office=item.get("office"),
        ))
    return KnowledgeBase(tuple(actors), countries, _tuple_map(raw.get("body_words")))


def _first_name(item: dict, countries: dict[str, Country]) -> str:
    names = item.get("names") or {}
    if not names and item.get("country") in countries:
        names = countries[item["country"]].names
    for lang in ("en", "latin", "fr"):
        if names.get(lang):
            return names[lang][0]
    return item["key"]


@lru_cache(maxsize=1)
def _by_key_cache() -> dict[str, Actor]:
    return {a.key: a for a in load_kb().actors}


def _by_key(kb: KnowledgeBase) -> dict[str, Actor]:
    return _by_key_cache() if kb is load_kb() else {a.key: a for a in kb.actors}


def actors() -> tuple[Actor, ...]:
    return load_kb().actors


def _vocab_section(role: str) -> tuple[Actor, ...]:
    raw = json.loads(resources.files("sanctionwatch.kb").joinpath("actors.json").read_text("utf-8"))
    order = {a["key"]: a["vocab"]["order"] for a in raw["actors"]
             if (a.get("vocab") or {}).get("role") == role}
    return tuple(sorted((a for a in load_kb().actors if a.key in order), key=lambda a: order[a.key]))


@lru_cache(maxsize=1)
def institutions() -> tuple[Actor, ...]:
    """Issuing authorities, in the order fact extraction tries them (most specific first);
    each has `name`, `schema`, `aliases` (regexes), `issuer`, `parent` like vocab's entries."""
    return _vocab_section("institution")


@lru_cache(maxsize=1)
def known_actors() -> tuple[Actor, ...]:
    """Frequent non-issuing actors that fact extraction finds by pattern (vocab's ACTORS)."""
    return _vocab_section("actor")


def countries() -> dict[str, Country]:
    return load_kb().countries


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Comparison form: case, accents, apostrophes, dots of abbreviations and spaces ignored.
    Cached: every mention and candidate name is folded, most of them many times per report."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch) or "\u1780" <= ch <= "\u17ff")
    text = re.sub(r"(?<=\b\w)\.", "", text)
    return " ".join(text.replace("\u200b", "").split())


@lru_cache(maxsize=1)
def _country_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for code, c in sorted(load_kb().countries.items()):
        for n in c.all_names():
            names.setdefault(fold(n), code)
            if _unspaced(n):
                names.setdefault(fold("ប្រទេស" + n), code)
        for d in c.all_demonyms():
            demonyms.setdefault(fold(d), code)
        for cap in c.all_capitals():
            capitals.setdefault(fold(cap), code)
    return names, demonyms, capitals


def country_code(name: str) -> str | None:
    """ISO code of a country written by its name in any language of the base (not a capital)."""
    return _country_tables()[0].get(fold(name))


def demonym_code(word: str) -> str | None:
    """ISO code of a demonym or national adjective (Cambodian, cambodgienne, Saudi)."""
    return _country_tables()[1].get(fold(word))


def capital_code(name: str) -> str | None:
    """ISO code of the country whose capital this is (the capital may stand for its government)."""
    return _country_tables()[2].get(fold(name))


@lru_cache(maxsize=1)
def _metonym_table() -> dict[str, Actor]:
    out: dict[str, Actor] = {}
    for actor in load_kb().actors:
        if actor.kind in ("country", "alliance", "body"):
            for m in actor.all_metonyms():
                out.setdefault(fold(m), actor)
    return out


def metonym(name: str) -> Actor | None:
    """The actor a place name stands for ("Brussels" → European Union), if the base says so."""
    return _metonym_table().get(fold(name))


LEADER_OFFICES = ("head_of_state", "head_of_government")


@lru_cache(maxsize=1)
def _leader_table() -> dict[str, Actor]:
    out: dict[str, Actor] = {}
    for actor in load_kb().actors:
        if actor.kind == "person" and actor.office in LEADER_OFFICES:
            for names in actor.names.values():
                for n in names:
                    out.setdefault(fold(n), actor)
    return out


def leader(name: str) -> Actor | None:
    """The person the base knows as a head of state or government under this name (any
    spelling it lists): such a person acts for the state when he signs, announces or is
    asked to act."""
    return _leader_table().get(fold(name))


def body_words(lang: str) -> tuple[str, ...]:
    return load_kb().body_words.get(lang, ())


def _alternatives(words: frozenset[str]) -> str:
    """A regex alternation of pack words, longest first, either apostrophe for "'"."""
    return "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!x)x"


def _leading(words: frozenset[str]) -> str:
    """Words before another word: a space after them, or none after an elided one (« l'», « d'»)."""
    return "|".join(re.escape(w).replace("'", "['’]") + (r"\s*" if w.endswith("'") else r"\s+")
                    for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!x)x"


@lru_cache(maxsize=1)
def _government_name() -> re.Pattern[str]:
    """A government named by a noun and its place, in the word order of the spaced-script packs:
    "the Thai government", "Malaysia's authorities", "Government of Malaysia", « le
    gouvernement du Cambodge », « les autorités birmanes ». The words are the packs' data
    (`government_words`, `name_articles`, `name_links`, `state_level_adjectives`,
    `government_words_before_adjective`)."""
    from sanctionwatch.lang import all_words

    spaced = frozenset(w for w in all_words("government_words") if not _unspaced(w))
    gov, art = _alternatives(spaced), _leading(all_words("name_articles"))
    link, level = _leading(all_words("name_links")), _leading(all_words("state_level_adjectives"))
    adjective_after = _alternatives(all_words("government_words_before_adjective"))
    return re.compile(
        rf"^(?:{art})?(?:{level})?"
        rf"(?:(?P<pre>.+?)(?:['’]s)?\s+(?P<w1>{gov})"
        rf"|(?P<w2>{gov})\s+(?:{link})(?:{art})?(?P<post>.+?)"
        rf"|(?P<w3>{adjective_after})\s+(?P<adj>\S+))$",
        re.IGNORECASE,
    )


def _unspaced(word: str) -> bool:
    """A word of a script written without spaces between words (Khmer): glued to what follows."""
    return any("\u1780" <= ch <= "\u17ff" for ch in word)


@lru_cache(maxsize=1)
def _glued_government_words() -> tuple[str, ...]:
    from sanctionwatch.lang import all_words

    return tuple(sorted((w for w in all_words("government_words") if _unspaced(w)), key=lambda w: (-len(w), w)))


def _place_code(text: str) -> str | None:
    return country_code(text) or demonym_code(text)


def government_of(name: str) -> str | None:
    """The country whose government `name` is: "Government of Malaysia", "Thai authorities",
    « gouvernement cambodgien », រដ្ឋាភិបាលកូរ៉េខាងត្បូង, ភាគីថៃ. (A bare country or capital
    name is a government only where the text makes it act: see the metonym extractors.)"""
    text = name.strip()
    for word in _glued_government_words():
        if text.startswith(word) and len(text) > len(word):
            return country_code(text[len(word):].strip())
    match = _government_name().match(text)
    if not match:
        return None
    place = match.group("pre") or match.group("post") or match.group("adj") or ""
    return _place_code(place.strip())


def body_country(name: str) -> str | None:
    """The country a body's name carries: a country, demonym or capital in it ("Belarusian
    foreign ministry", "Ministry of Foreign Affairs of Saudi Arabia", ក្រសួងការបរទេសកម្ពុជា)."""
    text = name.strip()
    if _unspaced(text):
        names = _khmer_country_names()
        for length in range(min(len(text), 24), 1, -1):
            code = names.get(text[-length:])
            if code and len(text) > length:
                return code
        return None
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            chunk = " ".join(words[i:i + size])
            chunk = re.sub(r"['’]s$", "", chunk)
            code = country_code(chunk) or demonym_code(chunk) or capital_code(chunk)
            if code:
                return code
    return None


@lru_cache(maxsize=1)
def _khmer_country_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for code, c in sorted(load_kb().countries.items()):
        for n in c.names.get("km", ()):
            out.setdefault(n.replace("\u200b", ""), code)
        for n in c.capitals.get("km", ()):
            out.setdefault(n, code)
    return out


def is_generic_body(name: str) -> bool:
    """A body named only by what it is ("Ministry of Justice", "National Assembly", ក្រសួងយុត្តិធម៌):
    every country has one, so the name alone does not say which."""
    text = name.strip()
    if body_country(text) is not None:
        return False
    if _unspaced(text):
        return any(text.startswith(w) for w in body_words("km"))
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    if not words or text.isupper():
        return False
    generic, heads = _generic_body_words()
    return all(w in generic for w in words) and any(w in heads for w in words)


@lru_cache(maxsize=1)
def _generic_body_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words a body named only by its kind is made of (the base's `body_words` and the packs'
    `generic_body_words`), and its possible heads; without the packs' `proper_body_words`
    ("State Department", "Treasury": names, not kinds)."""
    from sanctionwatch.lang import all_words

    spaced = {w for ws in load_kb().body_words.values() for w in ws if not _unspaced(w)}
    proper = all_words("proper_body_words")
    return frozenset((spaced | all_words("generic_body_words")) - proper), frozenset(spaced - proper)


@lru_cache(maxsize=1)
def _link_words() -> frozenset[str]:
    from sanctionwatch.lang import all_words

    return all_words("name_link_words")


def _phrase_key(text: str) -> str:
    return " ".join(w for w in re.findall(r"[^\W\d_]+|\d+\w*", fold(text)) if w not in _link_words())


@lru_cache(maxsize=1)
def _body_kinds() -> dict[str, str]:
    """Folded phrase (link words dropped) → the body kind it names (actors.json `body_kinds`)."""
    raw = json.loads(resources.files("sanctionwatch.kb").joinpath("actors.json").read_text("utf-8"))
    return {_phrase_key(p): kind for kind, phrases in raw.get("body_kinds", {}).items()
            if not kind.startswith("_") for p in phrases}


@lru_cache(maxsize=1)
def _folded_body_words() -> frozenset[str]:
    """The base's body words of the spaced scripts, folded: made once, not per name read."""
    return frozenset(fold(w) for ws in load_kb().body_words.values() for w in ws if not _unspaced(w))


@lru_cache(maxsize=4096)
def country_body_key(name: str) -> tuple[str, str] | None:
    """(country code, kind) of a state body named by its country: "Sri Lankan foreign ministry",
    "Sri Lanka's army", « ministère vénézuélien des Affaires étrangères », « la diplomatie russe »,
    "Iran's morality police" and "the Iranian morality police" -- one body per country, however
    written. The kind is the `body_kinds` entry of what remains once the country (name, demonym,
    possessive, capital) and link words are removed, else that remainder itself; None when no
    country or no body word is in the name (a company, a named party)."""
    if _unspaced(name):
        return None
    words = re.findall(r"[^\W\d_][\w'’.-]*|\d+\w*", name)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            chunk = re.sub(r"['’]s$", "", " ".join(words[i:i + size]))
            code = country_code(chunk) or demonym_code(chunk) or capital_code(chunk)
            if not code:
                continue
            rest = _phrase_key(" ".join(words[:i] + words[i + size:]))
            if not rest:
                return None
            kind = _body_kinds().get(rest)
            if kind is None and not any(w in _folded_body_words() for w in rest.split()):
                return None
            return code, kind or rest
    return None


@lru_cache(maxsize=1)
def short_forms() -> dict[str, tuple[str, ...]]:
    """Actor key → what reports call it once it is named (actors.json `short_forms`, every
    language: « l'Union », « les Vingt-Sept », "the bloc", "the Council")."""
    raw = json.loads(resources.files("sanctionwatch.kb").joinpath("actors.json").read_text("utf-8"))
    return {a["key"]: tuple(dict.fromkeys(f for forms in a["short_forms"].values() for f in forms))
            for a in raw["actors"] if a.get("short_forms")}


@lru_cache(maxsize=1)
def standard_body_kinds() -> frozenset[str]:
    """The kinds `body_kinds` names ("Ministry of Foreign Affairs", "Armed Forces", …)."""
    return frozenset(_body_kinds().values())


@lru_cache(maxsize=1)
def _sub_unit_table() -> dict[str, Actor]:
    """Every name and acronym of a body the base knows only as part of another (no issuer entry
    of its own: FinCEN, OFAC), folded, with the nearest body above it that administers measures
    (a body, never the country: a unit of a department that administers none, a chamber of a
    parliament, stays itself)."""
    by_key = _by_key(load_kb())
    table: dict[str, Actor] = {}
    for a in load_kb().actors:
        if a.kind != "body" or a.issuer or a.parent_key is None:
            continue
        up, seen = by_key.get(a.parent_key), {a.key}
        while up is not None and up.key not in seen and up.kind == "body" and not up.administers:
            seen.add(up.key)
            up = by_key.get(up.parent_key) if up.parent_key else None
        if up is None or up.kind != "body" or not up.issuer or not up.administers:
            continue
        for n in (*a.latin, *a.acronyms):
            table.setdefault(fold(n), up)
    return table


def issuing_body_of(name: str) -> Actor | None:
    """The body that issues what a sub-unit of it is said to do ("Treasury's Financial Crimes
    Enforcement Network finalised a rule …" is the Treasury's act), else None. Why: reports
    credit a measure to the office that drafted it; the act is its department's, the one the
    knowledge base lists as issuer (`parent` links, no per-body rule)."""
    bare = re.sub(r"^(?:the|la|le|les|l[’'])\s*", "", name.strip(), flags=re.I)
    bare = re.sub(r"^.*?['’]s\s+", "", bare)  # "Treasury's FinCEN": the unit named after its owner
    return _sub_unit_table().get(fold(bare)) or _sub_unit_table().get(fold(name.strip()))
