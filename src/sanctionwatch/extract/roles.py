"""Who is in a sentence, and which role each participant may take.

Why a separate module: the worst bug this product can have is a victim listed as a
perpetrator or as the target of a sanction. Role decisions are therefore made in one place,
from the grammatical slot a participant fills (agent of a coercive verb, patient of it, subject
of a call, object of "on"/"against" after a measure) and never from co-occurrence. The
extractors only report slots; `slot_role` turns a slot into a role, and `guard_roles` removes
any perpetrator role from someone who is the victim of state action in the same sentence.

Also here: `standing_topics`, which turns an entity's roles-with-evidence into FtM topics.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sanctionwatch.extract import vocab
from sanctionwatch.extract.spans import Requirement, fold, may_match, requirement_any
from sanctionwatch.model import Mention, Sentence

_LABEL_SCHEMA = {"PER": "Person", "ORG": "Organization", "GPE": "Country", "LOC": "Address"}
_CAMBODIAN = re.compile(r"cambod|cambodg|កម្ពុជា|khmer", re.I)


@dataclass(frozen=True)
class Candidate:
    """A possible participant, offsets relative to the sentence text.

    kind: "mention" (from NER), "institution" / "actor" (gazetteer), "group" (a described class
    of people such as "118 senior CNRP members"), "pronoun".
    """

    start: int
    end: int
    text: str
    name: str
    schema: str | None
    kind: str
    issuer: bool
    possessive: bool

    @property
    def is_named(self) -> bool:
        return self.kind in ("mention", "institution", "actor")


@lru_cache(maxsize=1)
def _screened_gazetteer() -> tuple[tuple[re.Pattern[str], vocab.GazetteerEntry, str, Requirement | None], ...]:
    """Compiled aliases of institutions and actors (kind recorded per alias), each entry with
    its literal screen (spans.requirement_any)."""
    out = []
    for entries, kind in ((vocab.INSTITUTIONS, "institution"), (vocab.ACTORS, "actor")):
        for entry in entries:
            body = "|".join(f"(?:{alias})" for alias in entry.aliases)  # one scan per entry
            pat = re.compile(body, re.I)
            out.append((pat, entry, kind, requirement_any([pat])))
    return tuple(out)


@lru_cache(maxsize=1)
def _groups() -> re.Pattern[str]:
    """Described victim classes. Latin patterns only start at a word start (a third of the
    stage's time went into trying them at every character); Khmer ones anywhere."""
    latin = [p for p in vocab.VICTIM_GROUP_PATTERNS if p.isascii() or "’" in p]
    khmer = [p for p in vocab.VICTIM_GROUP_PATTERNS if p not in latin]
    body = r"(?<![^\W\d_])(?:" + "|".join(f"(?:{p})" for p in latin) + ")"  # glued "4CNRP leaders" too
    if khmer:
        body += "|" + "|".join(f"(?:{p})" for p in khmer)
    return re.compile(body, re.I)


@lru_cache(maxsize=1)
def _groups_screen() -> Requirement | None:
    return requirement_any([_groups()])


@lru_cache(maxsize=8)
def _pronouns(lang: str) -> re.Pattern[str]:
    return re.compile("|".join(vocab.PRONOUNS.get(lang, vocab.PRONOUNS["en"])), re.I)


@lru_cache(maxsize=8192)
def gazetteer_lookup(text: str) -> vocab.GazetteerEntry | None:
    """The gazetteer entry whose alias matches the whole of `text`, if any (cached: the same
    names come back in every document)."""
    stripped = text.strip()
    bare = re.sub(r"^(?:the|la|le|les|l[’'])\s*", "", stripped, flags=re.I)
    for form in dict.fromkeys((stripped, bare)):
        folded = fold(form)
        for pat, entry, _kind, req in _screened_gazetteer():
            if may_match(req, folded) and pat.fullmatch(form):
                return entry
    return None


def _possessive(text: str, end: int) -> bool:
    return bool(re.match(r"[’']s\b", text[end:end + 3]))


def find_candidates(sentence: Sentence, mentions: Sequence[Mention] = ()) -> tuple[Candidate, ...]:
    """Participants that could fill a slot in this sentence, non-overlapping, sorted by offset.

    NER mentions keep their cleaned name unless a gazetteer *institution* matches the same
    text (issuer identity matters for merge keys); gazetteer hits fill in what NER missed;
    described victim classes and pronouns come last. Where spans overlap the longest wins,
    then named over described, then mention over gazetteer.
    """
    text = sentence.text
    raw: list[tuple[int, int, int, Candidate]] = []  # (priority, start, end, cand)
    for m in mentions:
        if m.label == "DATE":
            continue
        a, b = m.start - sentence.start, m.end - sentence.start
        if a < 0 or b > len(text) or a >= b:
            continue
        entry = gazetteer_lookup(text[a:b])
        if entry is not None and entry in vocab.INSTITUTIONS:
            cand = Candidate(a, b, text[a:b], entry.name, entry.schema, "institution", True,
                             _possessive(text, b))
        else:
            schema = _LABEL_SCHEMA.get(m.label)
            name = m.name
            if m.label == "GPE":
                name = country_name(m.name) or country_name(text[a:b]) or m.name
            issuer = m.label in ("ORG", "GPE") and not _CAMBODIAN.search(name) and (
                entry is None or entry.issuer)
            cand = Candidate(a, b, text[a:b], name, schema, "mention", issuer, _possessive(text, b))
        raw.append((0, a, b, cand))
    raw.extend(_text_candidates(text))
    for mt in _pronouns(sentence.lang).finditer(text):
        a, b = mt.span()
        raw.append((4, a, b, Candidate(a, b, text[a:b], text[a:b].lower(), None, "pronoun", False,
                                       False)))
    # institutions beat an overlapping NER mention of the same length (canonical issuer names)
    raw.sort(key=lambda r: (-(r[2] - r[1]), _rank(r[0]), r[1], r[3].name))
    kept: list[Candidate] = []
    for _prio, a, b, cand in raw:
        if any(not (b <= k.start or a >= k.end) for k in kept):
            continue
        kept.append(cand)
    kept.sort(key=lambda c: (c.start, c.end))
    return tuple(kept)


@lru_cache(maxsize=4096)
def _text_candidates(text: str) -> tuple[tuple[int, int, int, Candidate], ...]:
    """Gazetteer hits and described classes of a sentence: they depend on its text alone
    (offsets are sentence-relative), so a sentence repeated across documents is scanned once,
    and a regex whose literal screen rules it out is not run at all."""
    folded = fold(text)
    raw: list[tuple[int, int, int, Candidate]] = []
    for pat, entry, kind, req in _screened_gazetteer():
        if not may_match(req, folded):
            continue
        for mt in pat.finditer(text):
            a, b = mt.span()
            if a == b:
                continue
            cand = Candidate(a, b, text[a:b], entry.name, entry.schema, kind, entry.issuer,
                             _possessive(text, b))
            raw.append((1 if kind == "institution" else 2, a, b, cand))
    if may_match(_groups_screen(), folded):
        for mt in _groups().finditer(text):
            a, b = mt.span()
            raw.append((3, a, b, Candidate(a, b, text[a:b], _norm_class(text[a:b]), None, "group",
                                           False, _possessive(text, b))))
    return tuple(raw)


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    """Every known form of a country (ISO code, names in en/fr/km, gazetteer aliases) -> the
    English name the registry uses ("us", "USA", "Etats-Unis" -> "United States")."""
    from sanctionwatch.extract.gazetteer import load_gazetteer

    table: dict[str, str] = {}
    for code, names in load_gazetteer().countries.items():
        english = names[0]
        for form in (code, *names):
            table.setdefault(" ".join(form.casefold().split()), english)
    return table


def country_name(text: str) -> str | None:
    """The registry name of a country written as `text` (an ISO code, any spelling, with or
    without an article), or None when it is not a country we know. Never an ISO code."""
    key = " ".join(text.casefold().replace("’", "'").split())
    key = re.sub(r"^(?:the|la|le|les|l')\s*", "", key)
    table = _country_table()
    if key in table:
        return table[key]
    entry = gazetteer_lookup(text)
    if entry is not None and entry.schema == "Country":
        return entry.name
    if re.fullmatch(r"[a-z]{2}", key):
        from followthemoney.types import registry

        caption = registry.country.caption(key)
        return caption if caption and caption not in (key, "Global") else None
    return None


def _rank(priority: int) -> int:
    """Tie-break for equal spans: institution (1) before mention (0) before the rest."""
    return {1: 0, 0: 1}.get(priority, priority)


_DETERMINERS = re.compile(
    r"^(?:(?:the|those|these|such|all|any|a|an|les|des|aux|au|à|la|le|l[’']|ces|tous|toutes)\s+)+",
    re.I)


_CLASS_VERB = re.compile(r"^(?:punish|target|sanction|penali[sz]e|ban|sanctionner|punir|viser)\s+", re.I)
_CLASS_TAIL = re.compile(r"\s+(?:and other\b.*|as well as\b.*|et d[’']autres\b.*)$", re.I)
_NUMBERED_GROUP = re.compile(r"^(?:all\s+|tous les\s+)?(\d{1,4})\b(.*)$", re.I)
_PARTY_WORDS = re.compile(r"cnrp|opposition|parti|party|\bits\b|\bleurs?\b|salut national|rescue", re.I)
_MP_WORDS = re.compile(r"parliamentarian|lawmaker|\bmps?\b|members of (?:parliament|the national assembly)|"
                       r"députés|parlementaires", re.I)


def _canonical_group(t: str) -> str | None:
    """'118 leading opposition politicians', '118 membres de ce parti', '118 CNRP politicians'
    -> '118 CNRP members'; '55 parliamentarians of the only opposition party' -> '55 CNRP
    parliamentarians'. The same banned or released group is one participant in every report
    (coreference shortcut, stated: in this corpus the opposition party is the CNRP)."""
    m = _NUMBERED_GROUP.match(t)
    if not m or not _PARTY_WORDS.search(m.group(2)):
        return None
    if re.search(r"\bcommune|\bcouncil|conseill", m.group(2), re.I):
        return None
    head = "parliamentarians" if _MP_WORDS.search(m.group(2)) else "members"
    return f"{m.group(1)} CNRP {head}"


def _norm_class(text: str) -> str:
    """A described class as a comparable name: no leading determiners or verbs, one space, no
    quotes, no trailing "and other ...", no "the Cambodian" qualifier inside (the registry is
    about Cambodia); numbered opposition groups get one canonical form."""
    t = re.sub(r"\s*\([^)]*\)", "", text)
    t = re.sub(r"^\s*[ld][’']\s*(?=\w)", "", t, flags=re.I)  # "l’opposition" -> "opposition"
    t = re.sub(r"[‘’“”\"«»]", "", t)
    t = re.sub(r"\bIPU \d+\s*", "", t)  # page markers glued into scraped PDFs
    t = " ".join(t.split()).strip(" ,.;:")
    t = _CLASS_VERB.sub("", t)
    t = _DETERMINERS.sub("", t)
    t = re.sub(r"\s+noted above$", "", t)
    t = _CLASS_TAIL.sub("", t).strip(" ,.;:")
    t = re.sub(r"\b(the|of) Cambodian (?=opposition|government|authorities|regime)", r"\1 ", t, flags=re.I)
    return _canonical_group(t) or t


def norm_class(text: str) -> str:
    """Public form of the described-class normaliser (used for keys and tests)."""
    return _norm_class(text)


# --------------------------------------------------------------------------------------------
# Slots -> roles
# --------------------------------------------------------------------------------------------


def slot_role(slot: str, event_kind: str | None = None) -> str:
    """The role for a grammatical slot of an event or measure.

    Events: the agent of a coercive kind is an (alleged) perpetrator and its patient a victim;
    for non-coercive kinds (election, meeting, legislation, release) both are participants,
    except that whoever is released is a victim of the detention that preceded.
    Measures: issuer / caller / target / commentator are their own slots.
    """
    if event_kind is None:
        return slot
    kind = vocab.EVENT_KINDS[event_kind]
    if slot == "agent":
        if kind.agent_is_subject:
            return "victim"
        return "perpetrator" if kind.coercive else "participant"
    if slot == "patient":
        if kind.coercive or event_kind == "release":
            return "victim"
        return "participant"
    return slot


def can_be_perpetrator(cand: Candidate) -> bool:
    """Described victim classes and pronouns never become perpetrators on their own."""
    return cand.kind not in ("group",)


# --------------------------------------------------------------------------------------------
# Standing: roles with evidence -> FtM topics
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleEvidence:
    """One role an entity holds in one fact, with what the fact was."""

    name: str
    role: str
    fact_type: str  # "event" | "measure"
    kind: str
    status: str | None  # measures only
    hypothetical: bool
    negated: bool
    described: bool  # a described class, not a named entity
    description: str | None
    fact_key: str
    confidence: float


def standing_topics(evidence: Iterable[RoleEvidence]) -> list[str]:
    """FtM topics for one entity, from its roles with evidence, sorted.

    - `sanction`: only if an *imposed* sanction-type measure names it (not a described class)
      as target.
    - `poi`: perpetrator of a reported (not negated, not hypothetical) coercive event, or the
      named target of a threatened / called-for / announced sanction.
    - `role.pep`: its description carries a public office title (Prime Minister, minister...).
    - `role.act`: a victim whose description marks opposition politics or activism (optional
      topic; it never comes from being mentioned next to someone).
    """
    topics: set[str] = set()
    for ev in evidence:
        if ev.described:
            continue
        desc = (ev.description or "").lower()
        if ev.fact_type == "measure" and ev.role == "target" and ev.kind in vocab.SANCTION_KINDS:
            if ev.status == "imposed":
                topics.add("sanction")
            elif ev.status in ("threatened", "called_for", "announced"):
                topics.add("poi")
        if ev.fact_type == "event" and ev.role == "perpetrator" and not (ev.hypothetical or ev.negated):
            topics.add("poi")
        if desc and any(re.search(rf"\b{re.escape(t)}\b", desc) for t in vocab.PEP_TITLES):
            topics.add("role.pep")
        if ev.role == "victim" and any(w in desc for w in vocab.ACTIVIST_WORDS):
            topics.add("role.act")
    return sorted(topics)


# --------------------------------------------------------------------------------------------
# Slot helpers shared by the event and measure extractors
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def cue_regex(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled alternation for a tuple of cue patterns (cached)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def cues(table: dict[str, tuple[str, ...]], lang: str) -> re.Pattern[str]:
    return cue_regex(table.get(lang, table["en"]))


_BREAKS = re.compile("|".join(f"(?:{p})" for p in vocab.CLAUSE_BREAKS), re.I)


def clause_bounds(text: str, a: int, b: int) -> tuple[int, int]:
    """The clause around [a, b): from the last break before it to the next break after it."""
    start, end = 0, len(text)
    for m in _BREAKS.finditer(text):
        if m.end() <= a:
            start = m.end()
        elif m.start() >= b:
            end = m.start()
            break
    return start, end


_MODIFIER_BEFORE = re.compile(
    r"(?:\bof|\bde|\bdu|\bdes|d[’'])\s+(?:the\s+|la\s+|l[’'])?(?:parti\s+|party\s+)?$", re.I)
_PP_BEFORE = re.compile(r"(?:\bin|\bat|\bau|\baux|\bà|\ben|\bfrom|\binto|\bto)\s+(?:the\s+)?$", re.I)


def is_modifier(text: str, cand: Candidate, pp: bool = False) -> bool:
    """True when the candidate sits inside a larger noun phrase ("leader of the CNRP"); with
    `pp`, also when it is the object of a place preposition ("au Cambodge", "in Cambodia")."""
    before = text[max(0, cand.start - 16):cand.start]
    return bool(_MODIFIER_BEFORE.search(before) or (pp and _PP_BEFORE.search(before)))


def coordinated(text: str, cands: Sequence[Candidate], first: Candidate, limit: int) -> list[Candidate]:
    """`first` plus the candidates joined to it by and / et / , including / notamment."""
    out = [first]
    last = first
    for c in cands:
        if c.start < last.end or c.start >= limit:
            continue
        gap = text[last.end:c.start]
        if re.fullmatch(
            r"\s*(?:[’']s\s+\w+\s*)?(?:,\s*)?(?:and|et|or|ou|&|including|notamment|y compris|"
            r"and other|as well as)\s+(?:(?:the|le|la|les|l[’']|its|his|their|son|sa|ses|mr\.?|ms\.?)\s+)?"
            r"(?:(?:opposition|former|leader|president|politicians?)\s+)?", gap, re.I):
            out.append(c)
            last = c
        elif c.start - last.end > 2:
            break
    return out


def find_commentators(text: str, lang: str, cands: Sequence[Candidate]) -> list[Candidate]:
    """Speakers: a named person/body right before 'said/told/stated' (an apposition may sit
    between) or right after it ("said Tillerson")."""
    pat = cues(vocab.SPEECH_VERBS, lang)
    out: list[Candidate] = []
    for m in pat.finditer(text):
        before = [c for c in cands if c.end <= m.start() and c.is_named]
        for c in reversed(before):
            gap = text[c.end:m.start()]
            if is_modifier(text, c):
                continue
            if re.fullmatch(r"\s*(?:,[^,;“”\"]{0,90},\s*)?(?:has\s+|had\s+|also\s+|reportedly\s+)?",
                            gap):
                out.append(c)
            break
        after = [c for c in cands if c.start >= m.end() and c.is_named]
        if after and re.fullmatch(r"\s*", text[m.end():after[0].start]) and c_is_person(after[0]):
            out.append(after[0])
    seen: dict[tuple[int, int], Candidate] = {}
    for c in out:
        seen[(c.start, c.end)] = c
    return [seen[k] for k in sorted(seen)]


def c_is_person(cand: Candidate) -> bool:
    return cand.schema == "Person"


def role_evidence(facts: Iterable[object]) -> dict[str, list[RoleEvidence]]:
    """Every participant's roles with the fact that gives them, by participant name (sorted).

    Feed one entity's list to `standing_topics`. Only participants of extracted facts appear:
    being mentioned in a sentence gives no evidence at all.
    """
    from sanctionwatch.extract.facts import EventFact, MeasureFact

    out: dict[str, list[RoleEvidence]] = {}
    for f in facts:
        if not isinstance(f, EventFact | MeasureFact):
            continue
        status = f.status if isinstance(f, MeasureFact) else None
        hypo = f.hypothetical if isinstance(f, EventFact) else False
        neg = f.negated if isinstance(f, EventFact) else False
        for p in f.participants():
            out.setdefault(p.name, []).append(RoleEvidence(
                p.name, p.role, f.fact_type, f.kind, status, hypo, neg, p.is_class,
                p.description, f.key(), f.confidence))
    return {k: sorted(v, key=lambda e: (e.fact_key, e.role)) for k, v in sorted(out.items())}
