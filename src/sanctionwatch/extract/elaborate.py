"""Targets named after the measure: a counted class ("ten individuals and three companies")
that the following sentences spell out.

Press releases and explainers announce a designation with a count and name the people in
the next sentences ("Six sit on the security council …: A, B; C …", "The three companies,
X, Y and Z, trade in gems") or after an inclusion marker in the same sentence ("visant six
personnes, parmi lesquelles … Francisco Díaz"). A reader who stops at the measure's sentence
finds no target at all. What makes this safe:

- only a class with a count of people or of organisations (words from the language pack's
  `person_class_nouns` / `org_class_nouns`) is elaborated, and never beyond its count;
- a later sentence names members only after it refers back to the class (a number, a class
  noun, "more"), names found in the measure's sentence only after an inclusion marker;
- a name that is somebody's victim, or an issuer, caller, acting body or quoted speaker of any
  fact in the document is never made a target (a person who acts may be: "X ordered …"); neither are countries nor bodies the knowledge
  base knows as authorities ("according to OFAC");
- the window is a few sentences of the same passage, and it closes at a measure of another
  status (a call or a threat that follows names its own people).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sanctionwatch.extract.facts import EventFact, MeasureFact, Participant
from sanctionwatch.extract.hits import find_hits
from sanctionwatch.extract.leaders import names_a_government
from sanctionwatch.extract.possessives import owned_word
from sanctionwatch.lang import LanguagePack, PackError, load_pack, title_words
from sanctionwatch.model import Mention, Sentence

Fact = EventFact | MeasureFact

NAMING_REACH = 60
"""How far into a sentence (characters) a naming verb ("The Treasury named …") may stand."""
WINDOW_SENTENCES = 8  # headings count as sentences ("Who is now blocked")
WINDOW_CHARS = 1500
LISTING_KINDS = frozenset({"visa_restriction", "asset_freeze", "sdn_designation", "targeted_measures", "sanctions"})
"""Measures that name people: the next one of these that is another act (another status or
issuer) closes the window (a list after it is its list: a call for sanctions on "eight
figures" after an imposed freeze names the people of the call); a trade or export measure in
between names nobody."""
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


@dataclass
class _Need:
    """How many more people / organisations a counted class still expects."""

    PER: int = 0
    ORG: int = 0

    def open(self) -> bool:
        return self.PER > 0 or self.ORG > 0


def _pack(lang: str | None) -> LanguagePack | None:
    try:
        return load_pack(lang or "")
    except PackError:
        return None


def _number(word: str, pack: LanguagePack) -> int | None:
    w = word.casefold()
    if w.isdigit():
        try:
            return int("".join(str(unicodedata.digit(c)) for c in w))
        except (TypeError, ValueError):
            return None
    return pack.duration_numbers.get(w)


def _class_type(word: str, pack: LanguagePack, undergoers: bool = False) -> str | None:
    if pack.has("person_class_nouns", word) or (undergoers and pack.has("undergoer_class_nouns", word)):
        return "PER"
    if pack.has("org_class_nouns", word):
        return "ORG"
    return None


def counted_classes(text: str, pack: LanguagePack, undergoers: bool = False) -> _Need:
    """People and organisations a phrase counts: "ten individuals and three companies" ->
    PER 10, ORG 3; « onze responsables birmans » -> PER 11. With `undergoers`, the people an
    act befalls count too (the pack's `undergoer_class_nouns`: "two passengers", "three
    activists"), for events only: measures name no such classes as targets."""
    need = _Need()
    words = _WORD.findall(text)
    for i, w in enumerate(words):
        n = _number(w, pack)
        if n is None or n <= 0 or n > 500:
            continue
        for j, nxt in enumerate(words[i + 1:i + 4], start=i + 1):
            kind = _class_type(nxt, pack, undergoers)
            if kind is not None:
                setattr(need, kind, getattr(need, kind) + n)
                # « 49 personnes et organisations »: one count for both classes (at most that many of each)
                pair = words[j + 1:j + 3]
                other = _class_type(pair[1], pack, undergoers) if len(pair) == 2 and pack.has("coordination_words", pair[0]) else None
                if other is not None and other != kind:
                    setattr(need, other, getattr(need, other) + n)
                break
    return need


def _reference_end(text: str, pack: LanguagePack, want: _Need) -> tuple[int, int | None] | None:
    """Where a later sentence refers back to the class, and how many members it announces:
    "Six sit on …" (a number opening it), "Four more were named", "The three companies, …",
    "Among them …" / « Parmi elles figurent … » (an inclusion marker opening it)."""
    pat = pack.cue("inclusion")
    opening = pat.search(text[:30]) if pat is not None else None
    if opening is not None:
        return opening.end(), None
    for m in _WORD.finditer(text):
        w = m.group()
        n = _number(w, pack)
        rest = _WORD.findall(text[m.end():m.end() + 40])[:3]
        kinds = [_class_type(x, pack) for x in rest]
        if n is not None and 0 < n <= 500:
            typed = next((k for k in kinds if k is not None), None)
            if typed is not None or m.start() < 12 or any(pack.has("more_words", x) for x in rest):
                return m.end(), n
        kind = _class_type(w, pack)
        before = _WORD.findall(text[max(0, m.start() - 12):m.start()])[-1:]
        if kind is not None and getattr(want, kind) > 0 and m.start() < 40 and before and any(
                pack.has(g, before[0]) for g in ("determiners", "definite_words", "anaphoric_determiners")):
            # "The companies, X and Y, …", « Ces responsables … »; a bare "Leaders left X out" is
            # about other people
            return m.end(), None
    return None


def _reason_start(text: str, pack: LanguagePack, start: int, names: Sequence[tuple[int, int]] = ()) -> int:
    """Where the reason for listing begins ("…, Thein Soe, visé pour avoir fait annuler les
    élections … d'Aung San Suu Kyi"): names after it are what the person did, not who is listed.
    A marker inside a name (`names`, offsets in `text`: "the National Endowment for
    Democracy") begins nothing."""
    for m in _WORD.finditer(text, start):
        if pack.has("reason_markers", m.group()) and not any(a <= m.start() < b for a, b in names):
            return m.start()
    return len(text)


def _inclusion_after(text: str, pack: LanguagePack, start: int) -> int | None:
    pat = pack.cue("inclusion")
    if pat is None:
        return None
    m = pat.search(text, start)
    return m.end() if m is not None else None


FORMER_VICTIM_KINDS = frozenset({"release", "pardon"})
"""Acts that coerce nobody but whose subjects were held before (a freed or pardoned prisoner):
they stay out of a measure's list like victims."""


def _excluded(facts: Sequence[Fact], victims_too: bool = True) -> tuple[set[tuple[int, int]], set[str]]:
    """Spans and names that already play a part no target can: issuers, callers, actors,
    quoted speakers and (`victims_too`) victims (a described class too: "San Suu Kyi et le
    président Win Myint" read as one phrase still covers both names). Without victims, for
    naming victims, the measures' targets are left out instead."""
    spans: set[tuple[int, int]] = set()
    names: set[str] = set()
    for f in facts:
        if isinstance(f, MeasureFact):
            parts = [*([f.issuer] if f.issuer else []), *f.callers, *f.commentators,
                     *(() if victims_too else f.targets)]
        else:
            # a person who acts (orders, commits, rules) is no victim and may well be listed:
            # only bodies that act ("police arrested …") stay out of a list of targets
            actors = [a for a in f.actors if a.entity_hint != "Person"] if victims_too else list(f.actors)
            # who undergoes no coercion -- the accused of a sanctioning authority's own
            # proceedings ("US authorities charged X", `acts._sanctioning_justice`), a man
            # appointed adviser -- takes part as a participant, no victim, and may be listed
            subjects = [p for p in f.subjects if p.role != "participant" or f.kind in FORMER_VICTIM_KINDS]
            parts = [*actors, *(subjects if victims_too else ()), *f.commentators]
        for p in parts:
            if p.start is not None and p.end is not None:
                spans.add((p.start, p.end))
            if not p.is_class:
                names.add(p.norm())
    return spans, names


def _authority(name: str) -> bool:
    """A body the knowledge base knows as one that imposes measures ("according to OFAC")."""
    from sanctionwatch.extract.roles import gazetteer_lookup

    entry = gazetteer_lookup(name)
    return entry is not None and bool(entry.issuer)


def _take(mentions: Sequence[Mention], lo: int, hi: int, need: _Need, limit: int | None,
          spans: set, names: set, have: set[str]) -> list[Participant]:
    out: list[Participant] = []
    for m in mentions:
        if not (lo <= m.start and m.end <= hi) or m.label not in ("PER", "ORG"):
            continue
        if limit is not None and len(out) >= limit:
            break
        key = " ".join(m.name.casefold().split())
        if any(s < m.end and m.start < e for s, e in spans) or key in names or key in have \
                or getattr(need, m.label) <= 0:
            continue
        if m.label == "ORG" and _authority(m.name):
            continue
        setattr(need, m.label, getattr(need, m.label) - 1)
        have.add(key)
        out.append(Participant(m.name, "target", "Person" if m.label == "PER" else "Organization",
                               None, m.start, m.end))
    return out


_LONE_ENUMERATOR = re.compile(r"^\s*\d{1,3}[.)]\s*$")
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,3}[.)]|[•·▪–-])\s+")
_TRAILING_ENUMERATOR = re.compile(r"\n\s*(?:\d{1,3}[.)]|[•·▪–-])\s*$")  # the next item's mark, cut off
_LIST_LIMIT = 60  # names one list may add when no count bounds it
LIST_SENTENCES = 25  # a numbered list may run on for that many items
LIST_RUN = 80  # sentences read after the measure: a long list's items, each cut in two by a comma or a date


def _opens_list(s: Sentence, following: Sequence[Sentence]) -> bool:
    """Does the sentence announce a list whose items follow as enumerated lines ("The
    amended regulation adds the following persons:" then "- A, born …")? Such a list may
    stand a few paragraphs after the measure, below a heading."""
    return s.text.rstrip().endswith(":") and bool(following) and _ENUMERATOR.match(following[0].text) is not None


def _dependent(text: str, offset: int, m: Mention, pack: LanguagePack) -> bool:
    """Is the name inside another item's description rather than an item of the list: "a
    senior adviser to Crown Prince Mohammed bin Salman", "the Kremlin's deputy chief of staff",
    « patron du Comité d'enquête », an acronym in parentheses? Title words before the name are
    skipped to find the word that governs it."""
    rel = m.start - offset
    after = text[m.end - offset:m.end - offset + 3]
    if after.startswith(("'", "’")):  # an owner ("the Kremlin's deputy chief") or a quoted name
        return True
    words = re.findall(r"[^\s]+", text[max(0, rel - 80):rel])
    if words and words[-1].endswith("("):
        return True

    def bare(w: str) -> str:
        return w.strip(",;:()").casefold().replace("’", "'")

    passed: list[str] = []  # the capitalised words passed, nearest first
    noun = False  # the name's own class noun was passed ("la banque VTB", "the company X"), not
    # any noun: in « aspirants à la présidence Cristiana Chamorro » the name is the aspirant
    title = False  # capitalised words were passed: a title ("vice-ministre de la Défense Pavel Popov")
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        b = bare(w)
        if w[:1].isupper() and not w.endswith((",", ";", ":")):
            title = True
            passed.append(b)
            continue  # a title ("Crown Prince", "Senior General") or part of the name
        if w.endswith((",", ";", ":")) or not b:
            return False
        if any(pack.has(group, b) for group in ("patient_markers", "owner_markers", "dependency_markers")):
            # « le patron de la banque VTB » depends; « le nom d'Alexandre Bortnikov » is the name itself
            if m.label == "PER" and passed and k > 0 and bare(words[k - 1]) in title_words(pack.code) \
                    and not any(w in title_words(pack.code) for w in passed):
                # « le ministre des Télécommunications Issa Zarepour »: the capitalised words are
                # the title's domain, the person holds it (« le fils du Président X » depends)
                return False
            return not (k > 0 and pack.has("name_nouns", bare(words[k - 1])))
        if pack.has("determiners", b):
            if title and not noun:
                return False
            continue
        if not noun and k > 0 and pack.has("determiners", bare(words[k - 1])) and _class_type(b, pack):
            noun = True
            continue
        return False
    return False


def describes_another(sentence: Sentence, start: int | None, end: int | None, mentions: Sequence[Mention],
                      pack: LanguagePack) -> bool:
    """Is the name at start..end part of another participant's description rather than a
    participant: the owner of a title ("Sergei Menyailo, Vladimir Putin's envoy"; owning assets
    is not a title: "Hun Sen's assets") or a body in a person's title ("FSB director Alexander
    Bortnikov")? For slots read from the parse, which see a whole apposition as the object."""
    m = next((x for x in mentions if x.start == start and end is not None and x.end <= end), None)
    if m is None:
        return False
    owned = owned_word(sentence.text[m.start - sentence.start:m.end - sentence.start],
                       sentence.text[m.end - sentence.start:], pack)
    if owned is not None:
        return owned[:1].islower() and not pack.has("asset_nouns", owned.strip(",.;:"))
    return _modifies_person(sentence.text, sentence.start, m, mentions)


def _modifies_person(text: str, offset: int, m: Mention, mentions: Sequence[Mention]) -> bool:
    """Is the body part of a person's title ("Minsk riot police commander Dmitry Balaba",
    "FSB director Alexander Bortnikov")? A body followed, through lower-case words only, by a
    person's name describes that person."""
    if m.label != "ORG":
        return False
    for p in mentions:
        if p.label == "PER" and m.end < p.start <= m.end + 30:
            gap = text[m.end - offset:p.start - offset].split()
            return bool(gap) and all(w.isalpha() and w.islower() for w in gap)
    return False


def _list_names(sentence: Sentence, lo: int, hi: int, mentions: Sequence[Mention], pack: LanguagePack,
                need: _Need, bounded: bool, spans: set, names: set, have: set[str]) -> list[Participant]:
    """The items of a list between document offsets lo and hi: per item (split at ";"), the
    names that are not inside another item's description, up to a reason ("for …")."""
    text = sentence.text
    out: list[Participant] = []
    pos = lo
    for piece in re.split(r"(;)", text[lo - sentence.start:hi - sentence.start]):
        start, end = pos, pos + len(piece)
        pos = end
        if piece == ";" or not piece.strip():
            continue
        cut = start + _reason_start(piece, pack, 0, [(m.start - start, m.end - start) for m in mentions
                                                     if start <= m.start and m.end <= end])
        inside = [m for m in mentions if start <= m.start and m.end <= cut
                  and not _dependent(text, sentence.start, m, pack) and not _modifies_person(text, sentence.start, m, mentions)]
        if not pack.spaced:
            inside = _item_heads(text, sentence.start, inside, pack)
        budget = need if bounded else _Need(_LIST_LIMIT, _LIST_LIMIT)
        got = _take(inside, start, cut, budget, None, spans, names, have)
        out += got
    return out


def _item_heads(text: str, offset: int, names: Sequence[Mention], pack: LanguagePack) -> list[Mention]:
    """In a script written without spaces between words, what is each item of a list: the first
    name after a comma (or the list's start), and a name joined to the one just taken by a
    coordination word alone, with at most titles or a kind noun before it ("អ្នកឧកញ៉ា A និង
    ក្រុមហ៊ុន B"). Any other name is inside the item's description -- "A ប្រធានក្រុមហ៊ុន C និងជា
    ទីប្រឹក្សារបស់ សម្តេច D និងនាយករដ្ឋមន្ត្រី E" (A, chairman of C and adviser to D and E)
    lists A only: C, D and E are whom A serves, not members of the list."""
    fillers = sorted({*pack.words.get("titles", frozenset()), *_kind_nouns(pack.code)}, key=len, reverse=True)
    joins = sorted(pack.words.get("coordination_markers", frozenset()), key=len, reverse=True)

    def titles_only(gap: str) -> bool:  # nothing but titles and kind nouns (or nothing)
        rest = "".join(gap.split())
        while rest:
            title = next((t for t in fillers if rest.startswith(t)), None)
            if title is None:
                return False
            rest = rest[len(title):]
        return True

    def joined(gap: str) -> bool:  # a coordination word, then only titles and kind nouns
        gap = "".join(gap.split())
        join = next((j for j in joins if gap.startswith(j)), None)
        return join is not None and titles_only(gap[len(join):])

    ordered = sorted(names, key=lambda x: x.start)
    # "រដ្ឋមន្ត្រីក្រសួងមហាផ្ទៃ លោក X" (the interior minister, Mr X): the body is the person's title
    ordered = [m for i, m in enumerate(ordered) if not (
        m.label == "ORG" and i + 1 < len(ordered) and ordered[i + 1].label == "PER"
        and titles_only(text[m.end - offset:ordered[i + 1].start - offset]))]
    out: list[Mention] = []
    last: Mention | None = None  # the name before, taken or not
    for m in ordered:
        gap = text[last.end - offset:m.start - offset] if last is not None else ""
        if last is None or "," in gap or (joined(gap) and last in out):
            out.append(m)
        last = m
    return out


def _kind_nouns(code: str) -> frozenset[str]:
    from sanctionwatch.extract.institutions import organisation_words

    return frozenset(organisation_words(code).get("kind_nouns", ()))


def _government_phrase(m: Mention, ordered: Sequence[Sentence]) -> bool:
    """A person's name that names a government ("the Trump administration") is no list item."""
    if m.label != "PER":
        return False
    s = next((s for s in ordered if s.start <= m.start and m.end <= s.end), None)
    return s is not None and names_a_government(s.text, m.start - s.start, m.end - s.start)


def elaborate_classes(facts: list[Fact], sentences: Sequence[Sentence],
                      mentions: Sequence[Mention]) -> list[Fact]:
    """Measures whose targets are named in what follows, with those names: a counted class
    spelt out, a list after a colon or semicolons, a later sentence about "the list"."""
    ordered = sorted(sentences, key=lambda s: s.start)
    ms = sorted((m for m in mentions if not _government_phrase(m, ordered)), key=lambda m: (m.start, m.end))
    spans, names = _excluded(facts)
    out: list[Fact] = []
    for f in facts:
        pack = _pack(f.lang) if isinstance(f, MeasureFact) else None
        if not isinstance(f, MeasureFact) or pack is None:
            out.append(f)
            continue
        added = _elaborate(f, pack, ordered, ms, facts, spans, names)
        out.append(replace(f, targets=f.targets + tuple(added)) if added else f)
    return out


def _elaborate(f: MeasureFact, pack: LanguagePack, ordered: Sequence[Sentence], ms: Sequence[Mention],
               facts: Sequence[Fact], spans: set, names: set) -> list[Participant]:
    need = _Need()
    for p in f.targets:
        if p.is_class:
            got = counted_classes(p.description or p.name, pack)
            need.PER += got.PER
            need.ORG += got.ORG
    own = next((s for s in ordered if s.start <= f.quote_start < s.end), None)
    colon = -1
    if own is not None and f.trigger_end is not None:
        # "… as ineligible to enter the United States: Senior General A, …; B; and C"
        colon = own.text.find(":", max(0, f.trigger_end - own.start))
        if colon >= 0 and not need.open():  # the count is announced before the colon
            need = counted_classes(own.text[:colon], pack)
        if colon >= 0 and not need.open():  # « sa quatrième série de sanctions : vingt-deux personnes … et quatre entités »
            need = counted_classes(own.text[colon:], pack)
        before = own.text.rfind(":", 0, max(0, f.trigger_start - own.start)) if f.trigger_start is not None else -1
        if before >= 0 and not need.open():
            # « une liste de 49 personnes et organisations : leurs avoirs … sont gelés »
            need = counted_classes(own.text[:before], pack)
    dashed = _dashed_list(own, pack) if own is not None else None
    if dashed is not None and not need.open():
        need = dashed[2]
    bounded = need.open()
    have = {p.norm() for p in f.targets if not p.is_class}
    added: list[Participant] = []
    if own is not None and dashed is not None:
        # "Five of the seven individuals named today - A, B, C, D and E - have been subject to …"
        added += _take(ms, own.start + dashed[0], own.start + dashed[1], need, None, spans, names, have)
    if own is not None:
        cls_end = max([p.end or 0 for p in f.targets if p.is_class] + [f.trigger_end or 0])
        at = _inclusion_after(own.text, pack, max(0, cls_end - own.start))
        if at is not None:  # « six responsables, parmi lesquels le directeur du FSB, X »: X, not the FSB
            added += _list_names(own, own.start + at, own.end, ms, pack, need, bounded, spans, names, have)
        if colon >= 0:
            added += _list_names(own, own.start + colon + 1, own.end, ms, pack, need, bounded, spans, names, have)
        named_ends = [p.end for p in f.targets if not p.is_class and p.end is not None and own.start <= p.end <= own.end]
        semi = own.text.find(";", (max(named_ends) - own.start) if named_ends else len(own.text))
        if named_ends and semi >= 0:
            # "added A, the head of the armed forces; B, his deputy; C …": a list the parser cut
            added += _list_names(own, own.start + semi + 1, own.end, ms, pack, need, bounded, spans, names, have)
    if bounded and not need.open():
        return added
    nxt = min((g.quote_start for g in facts if isinstance(g, MeasureFact) and g.quote_start >= f.quote_end
               and g.kind in LISTING_KINDS and not g.consequence and _another_act(f, g)), default=None)
    later = [s for s in ordered if s.start >= f.quote_end and s.start - f.quote_end <= WINDOW_CHARS * 3
             and (nxt is None or s.start < nxt)][:LIST_RUN]
    listing = False  # a list was announced ("The eleven, with their posts:") and its items run on
    items = 0
    numbered = False  # the sentence before was a lone enumerator ("1.") cut off by the segmenter
    other_act = False  # a sentence since the measure told another act (an arrest, a trial): a list
    # or "among them" after it is about that act's people, never the measure's
    for n, s in enumerate(later):
        if bounded and not need.open():
            break
        if listing and _LONE_ENUMERATOR.match(s.text):
            numbered = True
            continue
        if listing and (numbered or _ENUMERATOR.match(s.text)):  # "2. Chris Tang, Commissioner of …"
            added += _list_names(s, s.start, s.start + _item_end(s.text), ms, pack, need, bounded, spans, names, have)
            items += 1
            numbered = _TRAILING_ENUMERATOR.search(s.text) is not None  # "- B, né en 1965\n-" | "C, …"
            continue
        if listing and items and n < LIST_SENTENCES:
            continue  # a sentence that comments an item ("Treasury cited her role …") keeps the list open
        listing = False
        if s.start - f.quote_end > WINDOW_CHARS:
            break
        if n >= WINDOW_SENTENCES and not _opens_list(s, later[n + 1:n + 2]):
            continue  # past a few sentences, only a list announced in the passage still counts
        cue = pack.cue("list_reference")
        hit: re.Match[str] | _Cue | None = cue.search(s.text) if cue is not None else None
        if hit is not None and other_act:
            continue  # "… police arrested 20 protesters. Among them X": the people of that act
        # only where no parse tells whose list a sentence continues (a script without spaces):
        # in English and French, lists after a sentence about the crackdown are the measure's
        other_act = other_act or (not pack.spaced and any(not h.measure for h in find_hits(s, pack)))
        if hit is None and bounded and _opens_list(s, later[n + 1:n + 2]) and any(
                _class_type(w, pack) for w in _WORD.findall(s.text)):
            listing = True  # « Le règlement ajoute à l'annexe les personnes suivantes : » then "- A, né …"
            continue
        if hit is None and own is not None and n < WINDOW_SENTENCES:
            opening = _class_listing(s.text, pack, own.text)
            if opening is not None:  # "The officials include A, …, and B", « Les personnes visées sont A et B »
                hit = _Cue(*opening)
        if hit is not None and (_other_agent(s, hit.end(), pack) or _negated(s.text, hit.start(), hit.end(), pack)):
            hit = None  # « X est lui aussi visé par une enquête », "X is not among them": not the list
        if hit is not None:
            listing = True
            end = s.start + _reason_start(s.text, pack, hit.end(), [(m.start - s.start, m.end - s.start) for m in ms
                                                                  if s.start <= m.start and m.end <= s.end])
            listed = _list_names(s, s.start + hit.end(), end, ms, pack, need, bounded, spans, names, have)
            cut = later[n + 1] if n + 1 < len(later) else None
            if end == s.end and cut is not None and s.text.rstrip().endswith(",") and cut.start - s.end < 3:
                # « … le ministre des Transports, » | « Aliaksei Auramenka, et le général Ihar Holub »:
                # the segmenter cut the list at a comma; its items run on in the next piece
                listed += _list_names(cut, cut.start, cut.start + _reason_start(cut.text, pack, 0), ms, pack, need,
                                      bounded, spans, names, have)
            listed = [p for p in listed if not _speaks(s, p, pack)]
            if not listed:  # "X, the president's spokeswoman, is also among those listed"
                listed = _list_names(s, s.start, s.start + hit.start(), ms, pack, need, bounded, spans, names,
                                     have)
            added += listed
            continue
        if not bounded:
            continue
        ref = _reference_end(s.text, pack, need)
        if ref is not None and _undergoes(s, s.start + ref[0], pack):
            ref = None  # "The men arrested were A and B": who underwent an act, not the class listed
        naming = pack.cue("naming")
        named = naming.search(s.text[:NAMING_REACH]) if naming is not None and ref is None else None
        if named is not None and not _negated(s.text, named.start(), named.end(), pack):
            # "froze the assets of three officials." | "The Treasury named A, …; B, …; and C": the
            # sentence that names people right after a counted class spells it out
            added += _list_names(s, s.start + named.end(), s.end, ms, pack, need, True, spans, names, have)
            continue
        if ref is None:
            continue
        colon = s.text.find(":", ref[0])
        if colon >= 0:
            # "Four more were named because of the posts they held: General A, …; B, …": the
            # members are the items after the colon, whatever the reason before it names
            added += _list_names(s, s.start + colon + 1, s.end, ms, pack, need, True, spans, names, have)
        else:
            end = s.start + _reason_start(s.text, pack, ref[0])
            cut = later[n + 1] if n + 1 < len(later) else None
            if end == s.end and cut is not None and s.text.rstrip().endswith(",") and cut.start - s.end < 3:
                # "The three others are the conglomerate A," | "B (IGE) and the state firm C": the
                # segmenter cut the list at a comma; its items run on in the next piece
                end = cut.start + _reason_start(cut.text, pack, 0)
            pieces = [s] if end <= s.end or cut is None else [s, cut]
            pool = [m for m in ms if not any(p.start <= m.start < p.end and _in_parentheses(p, m) for p in pieces)]
            added += _take(pool, s.start + ref[0], end, need, ref[1], spans, names, have)
        listing = s.text.rstrip().endswith(":")  # "The eleven, with the posts they held:" opens a list
    return added


@dataclass(frozen=True)
class _Cue:
    """Where a list's opening phrase stands in a sentence (the interface of a cue's match)."""

    lo: int
    hi: int

    def start(self) -> int:
        return self.lo

    def end(self) -> int:
        return self.hi


def _undergoes(s: Sentence, at: int, pack: LanguagePack) -> bool:
    """Does an event's trigger follow the class word at document offset `at` ("the men
    arrested", « les hommes arrêtés »)? The phrase then names who underwent that event."""
    return any(not h.measure and at <= h.start <= at + 3 for h in find_hits(s, pack))


def _speaks(s: Sentence, p: Participant, pack: LanguagePack) -> bool:
    """Is the name the speaker who closes the sentence ("…, and B, Global Affairs Canada said
    in a statement"): followed at once by a speech verb of the pack? Who tells a list is not
    on it."""
    speech = pack.cue("speech")
    if speech is None or p.end is None or "speech" not in pack.cues_in(s.text):
        return False
    return speech.match(s.text[p.end - s.start:].lstrip()) is not None


def _class_listing(text: str, pack: LanguagePack, own: str) -> tuple[int, int] | None:
    """A sentence that opens by naming the members of the measure's class: a determiner, the
    class noun the measure's own sentence used ("… sanctions on the morality police and five
    senior officials" | "The officials include A, …, and B"), at most a participle of listing
    (« Les personnes visées sont … ») and a verb of listing (pack `listing_verbs`). The noun
    must be the measure's: "The men arrested were …" after a measure on "officials" lists
    nobody it hits. Sentence offsets of the phrase, or None."""
    words = list(_WORD.finditer(text[:80]))
    if len(words) < 3 or not any(pack.has(g, words[0].group()) for g in
                                 ("determiners", "definite_words", "anaphoric_determiners")):
        return None
    said = {w.casefold() for w in _WORD.findall(own)}
    for i in range(1, min(4, len(words) - 1)):
        noun = words[i].group()
        if _class_type(noun, pack) is None or noun.casefold() not in said:
            continue
        if any(text[words[k].end():words[k + 1].start()].strip() for k in range(i)):
            return None  # "The officials, who …": punctuation before the noun, no opening
        k = i + 1
        if k < len(words) - 1 and pack.has("listed_participles", words[k].group()):
            k += 1
        if pack.has("listing_verbs", words[k].group()) and not any(
                text[words[j].end():words[j + 1].start()].strip() for j in range(i, k)):
            return words[0].start(), words[k].end()
        return None
    return None


_DASHED = re.compile(r"\s[-–—]\s(.{3,300}?)\s[-–—]\s")
_NAME_WORD = re.compile(r"[^\W\d_][^\s,;]*")


def _dashed_list(s: Sentence, pack: LanguagePack) -> tuple[int, int, _Need] | None:
    """A list set between dashes right after a counted class ("Five of the seven individuals
    named today - Bortnikov, Kiriyenko, Yarin, Krivoruchko and Popov - have been …"): the
    span of its items (sentence offsets) and the count the class announces. Only names,
    commas and coordination words between the dashes: a gloss ("- the first such move -")
    is no list."""
    m = _DASHED.search(s.text)
    if m is None:
        return None
    need = counted_classes(s.text[max(0, m.start() - 60):m.start()], pack)
    if not need.open():
        return None
    words = _NAME_WORD.findall(m.group(1))
    if not words or any(not (w[:1].isupper() or pack.has("coordination_words", w)) for w in words):
        return None
    return m.start(1), m.end(1), need


def _in_parentheses(s: Sentence, m: Mention) -> bool:
    """An acronym or gloss in parentheses after a name ("International Group of Entrepreneurs
    (IGE)") is that name again, not another item."""
    return s.text[:m.start - s.start].rstrip().endswith("(")


def _negated(text: str, lo: int, hi: int, pack: LanguagePack) -> bool:
    """Is the cue negated ("is not among them", « ne figure pas sur la liste »)? The pack's
    negation words inside it, just before it or right after it."""
    pat = pack.cue("negation")
    return pat is not None and pat.search(text[max(0, lo - 15):min(len(text), hi + 6)]) is not None


def _other_agent(s: Sentence, at: int, pack: LanguagePack) -> bool:
    """Does an agent phrase follow the cue ("also targeted by an investigation") in a sentence
    that states no measure? Then the cue word is about that other act."""
    nxt = _WORD.findall(s.text[at:at + 20])[:1]
    if not nxt or not pack.has("agent_markers", nxt[0]):
        return False
    return not any(h.measure for h in find_hits(s, pack))


def _another_act(f: MeasureFact, g: MeasureFact) -> bool:
    """Is `g` another act than `f` (another status, or another named issuer)? Then what follows
    it is its own: a call for sanctions on "eight figures" after an imposed freeze."""
    if g.status != f.status:
        return True
    return f.issuer is not None and g.issuer is not None and f.issuer.norm() != g.issuer.norm()


def _item_end(text: str) -> int:
    """A numbered item names its person first; what follows the first comma describes them."""
    body = _ENUMERATOR.match(text)
    start = body.end() if body else 0
    comma = text.find(",", start)
    return comma if comma >= 0 else len(text)


EVENT_SENTENCES = 3


def elaborate_events(facts: list[Fact], sentences: Sequence[Sentence], mentions: Sequence[Mention],
                     coercive: frozenset[str]) -> list[Fact]:
    """Coercive events told of a class ("expelled 222 political prisoners") whose members the
    next sentences name after a list cue ("Among them were A, B and C", « Parmi eux figuraient
    … »): those people are the event's victims. Actors, issuers, callers, speakers and measure
    targets are never taken; the window is a few sentences."""
    ordered = sorted(sentences, key=lambda s: s.start)
    ms = sorted(mentions, key=lambda m: (m.start, m.end))
    spans, names = _excluded(facts, victims_too=False)
    out: list[Fact] = []
    for f in facts:
        pack = _group_event_pack(f, coercive)
        if pack is None or not isinstance(f, EventFact):
            out.append(f)
            continue
        need = _Need()
        for p in f.subjects:
            got = counted_classes(p.description or p.name, pack, undergoers=True)
            need.PER += got.PER
            need.ORG += got.ORG
        bounded = need.open()
        have: set[str] = set()
        added: list[Participant] = []
        cue = pack.cue("inclusion")
        if f.quote_end - f.quote_start > 1 and _opens_a_list(ordered, f.quote_end):
            added = _bulleted_names(ordered, f.quote_end, ms, need, bounded, spans, names)
            if added:
                out.append(replace(f, subjects=f.subjects + tuple(replace(p, role="victim") for p in added)))
                continue
        own = _colon_list(f, ordered, pack) if bounded else None
        if own is not None:
            # "police detained three activists on Monday: A, B and C": the counted class
            # spelt out after a colon that closes the act's clause, in its own sentence
            s, lo = own
            counted = need.PER + need.ORG  # `_list_names` spends the count
            got_names = _list_names(s, lo, s.start + _reason_start(s.text, pack, lo - s.start), ms, pack,
                                    need, bounded, spans, names, have)
            if got_names and len(got_names) == counted:
                out.append(replace(f, subjects=f.subjects + tuple(replace(p, role="victim") for p in got_names)))
                continue
            need = counted_classes(" ".join(p.description or p.name for p in f.subjects), pack, undergoers=True)
            have = set()
        later = [s for s in ordered if s.start >= f.quote_end and s.start - f.quote_end <= WINDOW_CHARS][:EVENT_SENTENCES]
        for s in later:
            hit = cue.search(s.text[:40]) if cue is not None else None
            if hit is None:
                continue
            got_names = _list_names(s, s.start + hit.end(), s.start + _reason_start(s.text, pack, hit.end()), ms, pack,
                                    need, bounded, spans, names, have)
            added += [replace(p, role="victim") for p in got_names]
            break
        out.append(replace(f, subjects=f.subjects + tuple(added)) if added else f)
    return _same_counted_group(out, coercive)


SAME_GROUP_MIN = 3
"""The smallest count that identifies a group told twice (« 222 prisonniers politiques » and
« 222 détenus »): two or three people are too common a number to be the same ones."""


def _group_event_pack(f: Fact, coercive: frozenset[str]) -> LanguagePack | None:
    """The language pack of a told (not hypothetical) coercive event whose subjects are all
    descriptions of a group ("five activists"), the events whose members a report may name
    elsewhere; None for any other fact."""
    if (not isinstance(f, EventFact) or f.kind not in coercive or f.hypothetical or not f.subjects
            or any(not p.is_class for p in f.subjects)):
        return None
    return _pack(f.lang)


def _same_counted_group(facts: list[Fact], coercive: frozenset[str]) -> list[Fact]:
    """Coercive events of one report told of a counted class of people that names no one
    ("expelled 222 political prisoners") take the members another event's class of the same
    count was given (« 222 détenus … Parmi eux figuraient A, B et C »): one number of people in
    one report is one group."""
    members: dict[int, tuple[Participant, ...]] = {}
    for f in facts:
        pack = _pack(f.lang) if isinstance(f, EventFact) else None
        if not isinstance(f, EventFact) or pack is None or f.hypothetical:
            continue
        named = tuple(p for p in f.subjects if not p.is_class)
        counts = {counted_classes(p.description or p.name, pack).PER for p in f.subjects if p.is_class}
        for n in counts:
            if n >= SAME_GROUP_MIN and named and len(named) <= n:
                members.setdefault(n, named)
    if not members:
        return facts
    out: list[Fact] = []
    for f in facts:
        pack = _group_event_pack(f, coercive)
        if pack is None or not isinstance(f, EventFact):
            out.append(f)
            continue
        counts = {counted_classes(p.description or p.name, pack).PER for p in f.subjects if p.is_class}
        got = next((members[n] for n in counts if n in members), ())
        out.append(replace(f, subjects=f.subjects + tuple(
            replace(p, role="victim", start=None, end=None,
                    antecedent=p.antecedent or ((p.start, p.end) if p.start is not None and p.end is not None else None))
            for p in got)) if got else f)
    return out


def _colon_list(f: EventFact, sentences: Sequence[Sentence], pack: LanguagePack) -> tuple[Sentence, int] | None:
    """The sentence a list after the event's colon is written in and where it starts: the
    event's own sentence just after a colon that follows its trigger, when the colon is the
    sentence's only one; or the next sentence when the splitter ended the event's at it. The
    caller takes the list only when it names as many as the class counts. A speech verb after
    the colon makes it a clause of its own ("…: A and B condemned the arrests"), no list."""
    found = _colon_start(f, sentences)
    speech = pack.cue("speech")
    if found is not None and speech is not None and speech.search(found[0].text, found[1] - found[0].start):
        return None
    return found


def _colon_start(f: EventFact, sentences: Sequence[Sentence]) -> tuple[Sentence, int] | None:
    if f.trigger_end is None:
        return None
    s = next((x for x in sentences if x.start <= f.trigger_end <= x.end), None)
    if s is not None and s.text.rstrip().endswith(":") and s.text.count(":") == 1:
        # the splitter may end the sentence at the colon: the list is the next sentence
        after = next((x for x in sentences if x.start >= s.end), None)
        if after is not None and after.start - s.end <= 2 and ":" not in after.text and not _BULLET.match(after.text):
            return after, after.start
        return None
    if s is None or s.text.count(":") != 1:
        return None
    at = s.text.find(":", f.trigger_end - s.start)
    if at < 0 or not s.text[at + 1:].strip():
        return None
    return s, s.start + at + 1


_BULLET = re.compile(r"\s*(?:[-–—•*·▪◦]|\d{1,2}[.)])\s+")


def _opens_a_list(sentences: Sequence[Sentence], end: int) -> bool:
    """Does the sentence ending at `end` end with a colon, its list following as items ("The
    court also sentenced eight people …:" then "- A: six years;", "- B: …")? Punctuation, in
    every script the packs read."""
    return any(s.end == end and s.text.rstrip().endswith(":") for s in sentences)


def _bulleted_names(sentences: Sequence[Sentence], end: int, mentions: Sequence[Mention], need: _Need,
                    bounded: bool, spans: set[tuple[int, int]], names: set[str]) -> list[Participant]:
    """The person each list item after a colon opens with ("- Cheung Kim-hung, former chief
    executive …: six years"), item after item until the first line that is no item, at most
    as many as a counted class asks for; never a name that already plays another part."""
    out: list[Participant] = []
    for s in sorted((s for s in sentences if s.start >= end), key=lambda s: s.start):
        item = _BULLET.match(s.text)
        if item is None or s.start - end > WINDOW_CHARS * 2:
            break
        first = next((m for m in mentions if m.label == "PER" and s.start + item.end() <= m.start <= s.start + item.end() + 2
                      and m.end <= s.end), None)
        if first is None or (first.start, first.end) in spans or first.name in names \
                or first.name in {p.name for p in out}:
            continue
        out.append(Participant(first.name, "victim", "Person", None, first.start, first.end))
        end = s.end
        if bounded and len(out) >= need.PER:
            break
    return out


def _span(p: Participant) -> tuple[int, int] | None:
    return (p.start, p.end) if p.start is not None and p.end is not None else None


ANAPHOR_DISTANCE = 1500
"""How far back (characters) "these individuals" reaches for the list it points at."""


def resolve_class_anaphors(facts: list[Fact], kind: str) -> list[Fact]:
    """A measure on "these individuals" (`kind` "these": « le gel des avoirs de ces
    personnalités ») or on "all four" (`kind` "count": "barred all four") is on the people the
    nearest measure before it named: the phrase points back at that list. Only named targets
    are copied, only from a measure a few sentences before (for a count, one that names exactly
    that many), and only when the measure itself names nobody."""
    out: list[Fact] = []
    for f in facts:
        pending = [u for u in f.unresolved if u.startswith(f"target:{kind}")] if isinstance(f, MeasureFact) else []
        if not isinstance(f, MeasureFact) or not pending or any(not p.is_class for p in f.targets):
            out.append(f)
            continue
        word, at_s = pending[0].split(":", 1)[1].rsplit("@", 1)
        at = int(at_s)
        size = int(word[5:]) if kind == "count" and word[5:].isdigit() else None
        before = [g for g in facts if isinstance(g, MeasureFact) and g is not f and g.quote_end <= at
                  and at - g.quote_end <= ANAPHOR_DISTANCE and any(not p.is_class for p in g.targets)]
        source = max(before, key=lambda g: (g.quote_start, len(g.targets)), default=None)
        named = [p for p in source.targets if not p.is_class] if source is not None else []
        if size is not None:  # "all four": the four people of the list (its units are not counted)
            people = [p for p in named if p.entity_hint == "Person"]
            named = next((c for c in (people, named) if len({p.norm() for p in c}) == size), [])
        if not named:
            out.append(f)
            continue
        copied = tuple(replace(p, start=None, end=None, antecedent=_span(p) or p.antecedent) for p in named)
        out.append(replace(f, targets=f.targets + copied,
                           unresolved=tuple(u for u in f.unresolved if u not in pending[:1])))
    return out
