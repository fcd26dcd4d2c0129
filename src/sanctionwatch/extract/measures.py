"""Rule-based measure extraction: which restriction, in what status, by whom, on whom.

Why the status is decided by cue words and not by the measure word: "visa restrictions" is
imposed in "we announce the Secretary of State will restrict entry", threatened in "US warns of
... visa restrictions", called for in "urges ... to consider placing ... on the SDN list", and
nothing at all in "could lead to a lifting of these travel restrictions". The order of
precedence is: lifting (only if real) > call > threat/condition > performative announcement >
future > imposed. Imposed and announced measures need an issuer; without one the sentence is a
mention, not a fact (the document pass may still find the issuer in a heading).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sanctionwatch.extract import roles, temporal, vocab
from sanctionwatch.extract.events import assign_dates
from sanctionwatch.extract.facts import MeasureFact, Participant
from sanctionwatch.extract.roles import Candidate
from sanctionwatch.extract.spans import (
    Requirement,
    Trigger,
    fold,
    longest_non_overlapping,
    may_match,
    requirement_any,
)
from sanctionwatch.model import Sentence


@lru_cache(maxsize=8)
def _screened_patterns(lang: str) -> tuple[tuple[str, str, re.Pattern[str], Requirement | None], ...]:
    """(kind, part, regex, literal screen) with part "single", "object" or "action"."""
    out = []
    for kind in vocab.MEASURE_KINDS.values():
        for part, table in (("single", kind.triggers), ("object", kind.object_patterns),
                            ("action", kind.action_patterns)):
            pats = table.get(lang, ())
            if not pats:
                continue
            body = "|".join(f"(?:{p})" for p in pats)
            rx = body if lang == "km" else rf"(?<![\w])(?:{body})(?![\w])"  # "2-Suspendre le visa"
            pat = re.compile(rx, re.I)
            out.append((kind.name, part, pat, requirement_any([pat])))
    return tuple(out)


def find_triggers(text: str, lang: str) -> list[Trigger]:
    """See `_find_triggers` (cached: the document pass asks first whether a sentence has any)."""
    return list(_find_triggers(text, lang))


@lru_cache(maxsize=4096)
def _find_triggers(text: str, lang: str) -> tuple[Trigger, ...]:
    """Measure triggers, longest first where they overlap; two-part kinds (EBA + withdraw /
    review) fire when both parts sit in one clause within the kind's window."""
    found: list[Trigger] = []
    objects: dict[str, list[tuple[int, int]]] = {}
    actions: dict[str, list[tuple[int, int]]] = {}
    folded = fold(text)
    for kind, part, pat, req in _screened_patterns(lang):
        if not may_match(req, folded):
            continue  # no literal this regex needs: it cannot match
        for m in pat.finditer(text):
            if m.end() == m.start():
                continue
            if part == "single":
                found.append((m.start(), m.end(), kind))
            else:
                (objects if part == "object" else actions).setdefault(kind, []).append(m.span())
    for kind, objs in sorted(objects.items()):
        window = vocab.MEASURE_KINDS[kind].window
        for oa, ob in objs:
            cs, ce = roles.clause_bounds(text, oa, ob)
            near = [(aa, ab) for aa, ab in actions.get(kind, [])
                    if cs <= aa and ab <= ce and (abs(aa - ob) <= window or abs(oa - ab) <= window)]
            if near:
                aa, ab = min(near, key=lambda s: (min(abs(s[0] - ob), abs(oa - s[1])), s))
                found.append((min(oa, aa), max(ob, ab), kind))
    return longest_non_overlapping(found)


# --------------------------------------------------------------------------------------------
# Status
# --------------------------------------------------------------------------------------------

_IMPERATIVE_VERB = (r"(?:ban|sanction|impose|freeze|suspend|suspendre|geler|imposer|interdire|"
                    r"sanctionner|bannir|ហាមប្រាម|ដាក់)")
_IMPERATIVE_START = re.compile(
    r"^\s*(?:[\d០-៩]{1,2}\s*[-.)]\s*|\(\d+\)\s*|[•*–-]\s*)?"
    rf"(?:{_IMPERATIVE_VERB}\s*(?:and/or|et/ou|et|and|ou|or|និង/ឬ|និង)?\s*)*$",
    re.I)
_IMPERATIVE_HEAD = re.compile(rf"^\s*(?:[\d០-៩]{{1,2}}\s*[-.)]\s*|\(\d+\)\s*|[•*–-]\s*)?{_IMPERATIVE_VERB}", re.I)
_REVIEW_ACTIONS = re.compile(r"review|scrutinis|investigation|consequences|តាមដាន|réexamen|enquête", re.I)


def _status(text: str, lang: str, trig: Trigger, cs: int, ce: int) -> str | None:
    a, b, kind = trig
    left, right = text[cs:a], text[b:ce]
    near_left = text[max(cs, a - 32):a]
    hypo = roles.cues(vocab.HYPOTHETICAL_CUES, lang)
    if re.search(r"(?:" + "|".join(vocab.LIFT_CUES.get(lang, ())) + r")\s*(?:of\s+|de\s+|des\s+|du\s+)?"
                 r"(?:(?:these|those|the|such|all|ces|les|la|le)\s+)?(?:\w+\s+)?$", near_left, re.I):
        if hypo.search(left) or roles.cues(vocab.THREAT_CUES, lang).search(left):
            return None  # "could lead to a lifting of these travel restrictions": an offer, no change
        return "lifted"
    if roles.cues(vocab.CALL_CUES, lang).search(left):
        return "called_for"
    if lang == "km" and re.search(r"(?:" + "|".join(vocab.CALL_CUE_NEAR_KM) + r")\s*$", text[max(cs, a - 8):a]):
        return "called_for"
    if _IMPERATIVE_START.fullmatch(text[:a]) and _IMPERATIVE_HEAD.match(text[:b]):
        return "called_for"  # a list item or slogan that starts with the verb: "Ban and/or sanction ..."
    if kind == "trade_preference_withdrawal" and _REVIEW_ACTIONS.search(text[a:b]):
        return "threatened"
    threat = roles.cues(vocab.THREAT_CUES, lang)
    if threat.search(left) or threat.search(right[:70]) or roles.cues(vocab.CONDITIONAL_CUES, lang).search(text[cs:ce]):
        return "threatened"
    if roles.cues(vocab.PERFORMATIVE_CUES, lang).search(left):
        return "imposed"
    future = roles.cues(vocab.FUTURE_CUES, lang)
    if future.search(text[max(cs, a - (400 if lang == "km" else 40)):a]) or re.search(r"\b(?:seront|sera|will be)\b", right[:30], re.I) or re.search(
            r"(?<![\w])to\s+\w+\s+$", text[max(cs, a - 20):a]):
        return "announced"
    return "imposed"


# --------------------------------------------------------------------------------------------
# Issuer, callers, targets
# --------------------------------------------------------------------------------------------

_NOT_ISSUER_BEFORE = re.compile(r"(?:\binto|\bof|\bagainst|\bon|\bto|\bcontre|\baux|\bfrom|\bwith|\bde|\bdu|d[’'])\s+(?:the\s+|la\s+|le\s+|les\s+|l[’'])?$", re.I)


def _participant(sentence: Sentence, c: Candidate, role: str) -> Participant:
    entry = roles.gazetteer_lookup(c.text) if c.kind == "institution" else None
    if entry is not None and entry.name != c.name:  # renamed (the EU for the EEAS it asks): no span
        return Participant(name=c.name, role=role, entity_hint=c.schema, description=None,
                           start=None, end=None)
    return Participant(name=c.name, role=role, entity_hint=c.schema, description=None,
                       start=sentence.start + c.start, end=sentence.start + c.end)


def _issuer(text: str, cands: Sequence[Candidate], trig: Trigger, cs: int, ce: int,
            status: str, call_end: int | None) -> tuple[Candidate | None, str | None]:
    """The issuer candidate, or (None, pronoun) when only 'we'/'nous' fills the slot."""
    a, b, _kind = trig
    for c in cands:  # "prises par les Etats-Unis"
        if b <= c.start <= b + 40 and c.issuer and re.search(r"(?:\bby|\bpar)\s+(?:the\s+|les\s+|l[’'])?$", text[b:c.start], re.I):
            return c, None
    if status == "called_for" and call_end is not None:
        for c in cands:
            if call_end <= c.start and c.end <= a and c.issuer and not roles.is_modifier(text, c):
                return _would_be_issuer(c), None
        return None, None
    inside = [c for c in cands if a <= c.start < b and c.issuer]
    before = [c for c in cands if cs <= c.start and c.end <= a]
    pronoun = None
    for c in reversed(before):
        if c.kind == "pronoun" and c.name in ("we", "nous", "យើង") and pronoun is None:
            pronoun = c.name
        if not c.issuer or roles.is_modifier(text, c) or _NOT_ISSUER_BEFORE.search(text[max(0, c.start - 10):c.start]):
            continue
        if c.possessive and c.end + 4 < a and not re.search(r"(?:[’']s)\s+(?:\w+\s+){0,3}$", text[c.end:a]):
            continue
        return c, None
    if inside:
        return inside[0], None
    for c in cands:  # "restrict entry into the United States", "d'entrer au Canada"
        if c.issuer and re.search(r"(?:entry into|entrer (?:au|aux|en)|entrée (?:au|aux|en))\s+(?:the\s+)?$", text[max(0, c.start - 20):c.start], re.I):
            return c, None
    return None, pronoun


_EU_BODIES = frozenset(e.name for e in vocab.INSTITUTIONS if e.parent == "European Union")


def _would_be_issuer(c: Candidate) -> Candidate:
    """Who would impose a measure that a call asks an EU body for: the European Parliament
    "calls on the EEAS and the Commission to compile a list ... with a view to imposing visa
    restrictions": the EEAS is asked, the measure would be the EU's."""
    if c.name in _EU_BODIES:
        from dataclasses import replace

        return replace(c, name="European Union", schema="PublicBody", kind="institution")
    return c


_ADDRESSEE = re.compile(
    "(?:" + "|".join(vocab.CALL_CUES["en"] + vocab.CALL_CUES["fr"] + vocab.CALL_CUES["km"]) + ")"
    r"\s*(?:the\s+|à\s+|au\s+|aux\s+|de\s+|ឲ្យ|អោយ)?(?:ប្រទេស|រដ្ឋាភិបាល)?\s*$", re.I)


def _callers(text: str, lang: str, cands: Sequence[Candidate], a: int, cs: int) -> tuple[list[Candidate], int | None, str | None]:
    """Named candidates in the subject slot of the call verb, the call cue's end, a pronoun."""
    found = list(roles.cues(vocab.CALL_CUES, lang).finditer(text[:a]))
    if not found:
        return [], None, None
    cue = found[0]  # coordinated calls share the subject of the first: "X asks A ... and calls on B"
    last_end = found[-1].end()
    before = [c for c in cands if c.end <= cue.start()]
    for c in reversed(before):
        if c.kind == "pronoun":
            return [], last_end, c.name
        if not c.is_named or roles.is_modifier(text, c) or c.possessive:
            continue
        if _NOT_ISSUER_BEFORE.search(text[max(0, c.start - 10):c.start]):
            continue
        if _ADDRESSEE.search(text[max(0, c.start - 24):c.start]):
            continue  # "X asks Japan to cut aid ... and calls on Z": Japan is asked, not asking
        gap = text[c.end:cue.start()]
        if re.search(r"[.;]|\s(?:and|et)\s", gap) or len(gap) > 40:
            break  # the caller is the subject of the call verb, not a name further back
        return [c], last_end, None
    return [], last_end, None


_NP_STOP = re.compile(
    r"[.;:!?]|\s(?:if|si|unless|with a view|with the aim|in order|over|after|because|until|while|"
    r"and increase|which could|which|whose|dont|qui|pour|afin|as well|in response|in direct response|"
    r"with sanctions|so that)\b|\s[-–—]\s|"
    r"\s(?:le|en|on|in|since|depuis)\s+(?:\d{1,4}(?:er)?\b|(?:janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b)|,?\s(?:and|et)\s+(?:we|they|it|he|she|nous|ils|elle|il|\w+ed)\b|$", re.I)
_PREP_TARGET = re.compile(
    r"(?<![\w])(?:on|against|contre|for|to|aux|upon|of|targeting|à l[’']encontre de|à(?=\s+(?:la|le|des|plusieurs|\d+|deux|trois|quatre|cinq)\s))\s+", re.I)
_PREP_TARGET_FREEZE = re.compile(_PREP_TARGET.pattern[:-len(r")\s+")] + r"|de|des|du|d[’'](?=\w))\s*", re.I)
"""'geler les avoirs de trois hauts responsables': the owner of frozen assets is the target."""
_TITLES = (r"(?:the|le|la|les|l[’']|mr\.?|ms\.?|mrs\.?|m\.|mme|dr\.?|general|gen\.|lt\.? gen\.?|"
           r"prime minister|premier ministre|deputy prime minister|minister|ministre|ambassador|senator|"
           r"judge|juge|police chief|commander|général)")
_SPLIT = re.compile(
    r"\s+(?:et|and)\s+(?:aux?\s+|to\s+|à\s+)?(?=(?:son|sa|ses|leur|leurs|their|his|her|its|les|the|family|members|membres)\b)",
    re.I)
_EVENT_NP = re.compile(r"^(?:the\s+|la\s+|l[’'])?(?:arrest|detention|release|dissolution|imprisonment|"
                       r"libération|arrestation|situation|elections?|country|kingdom)\b", re.I)
_KM_CLASS = re.compile(r"មន្ត្រី|បុគ្គល|គ្រួសារ|ក្រុម|មេដឹកនាំ|បក្សពួក")


def _km_class_name(phrase: str) -> str:
    """A Khmer class phrase as a name: whole words only. Khmer writes no spaces between words,
    so the phrase runs to the clause's end; it is cut after its relative clause's first verb
    phrase at the latest ("ក្រុមបក្សពួកដែលមានចំណែក..." keeps the head and "ដែល..." up to a
    conjunction), never inside a word."""
    m = re.search(r"(?:និង|ហើយ|ក៏ដូចជា)", phrase[8:])
    cut = phrase[:8 + m.start()] if m else phrase
    return cut.strip() or phrase


def _np_end(text: str, start: int, limit: int) -> int:
    # drop parentheticals from consideration by masking them
    masked = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group(0)), text[:limit])
    m = _NP_STOP.search(masked, start)
    end = min(m.start() if m else limit, limit, start + 170)
    return end


def _named_list(text: str, cands: Sequence[Candidate], s: int, e: int) -> list[Candidate]:
    """'General Kun Kim and General Hing Bun Hieng': a phrase that is nothing but named
    people or bodies (with titles, commas and 'and') is those names."""
    named = [c for c in cands if s <= c.start and c.end <= e and c.is_named]
    if len(named) < 2:
        return []
    rest = text[s:e]
    for c in reversed(named):
        rest = rest[:c.start - s] + " " + rest[c.end - s:]
    rest = re.sub(rf"\b{_TITLES}\b|,|\band\b|\bet\b|&", " ", rest, flags=re.I)
    return named if not rest.strip() else []


def _target_parts(sentence: Sentence, cands: Sequence[Candidate], s: int, e: int) -> list[Participant]:
    """Split one target phrase into named heads and described classes."""
    text = sentence.text
    out: list[Participant] = []
    pieces: list[tuple[int, int]] = []
    pos = s
    for m in _SPLIT.finditer(text, s, e):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, e))
    for ps, pe in pieces:
        phrase = text[ps:pe].strip(" ,")
        if not phrase:
            continue
        ps = ps + (len(text[ps:pe]) - len(text[ps:pe].lstrip(" ,")))
        if _EVENT_NP.match(phrase):
            continue
        named = _named_list(text, cands, ps, ps + len(phrase))
        if named:
            out.extend(Participant(name=c.name, role="target", entity_hint=c.schema, description=None,
                                   start=sentence.start + c.start, end=sentence.start + c.end) for c in named)
            continue
        lead = re.match(rf"(?:{_TITLES}\s+)*", phrase, re.I)
        head_at = ps + (lead.end() if lead else 0)
        head = [c for c in cands if c.start == head_at or (c.start <= ps + 1 and c.end > ps)]
        if head and head[0].is_named and len(text[head[0].end:ps + len(phrase)].strip(" ,’'")) <= 3:
            c = head[0]
            out.append(Participant(name=c.name, role="target", entity_hint=c.schema, description=None,
                                   start=sentence.start + c.start, end=sentence.start + c.end))
            continue
        if head and head[0].kind == "pronoun":
            continue
        name = roles.norm_class(phrase)
        if len(name) < 3:
            continue
        out.append(Participant(name=name, role="target", entity_hint=None, description=None,
                               start=sentence.start + ps, end=sentence.start + ps + len(phrase)))
    return out


def _targets(sentence: Sentence, cands: Sequence[Candidate], trig: Trigger, cs: int, ce: int,
             all_triggers: Sequence[Trigger]) -> list[Participant]:
    text = sentence.text
    a, b, kind = trig
    if kind == "trade_preference_withdrawal":
        cam = [c for c in cands if cs <= c.start < ce and roles.country_name(c.name) == "Cambodia"]
        if cam:
            return [_participant(sentence, cam[0], "target")]
        others = [c for c in cands if c.schema == "Country" and c.name != "Cambodia" and not c.issuer]
        if others:
            return []
        # the registry is about Cambodia: a preference scheme under review is Cambodia's
        return [Participant(name="Cambodia", role="target", entity_hint="Country", description=None,
                            start=None, end=None)]
    if sentence.lang == "km":
        rest = text[b:ce]
        m = re.match(r"[^\s។៖,]{2,240}(?:\s+និង\S{0,20})?", rest)
        if m and _KM_CLASS.search(m.group(0)) and not any(b < t[0] < b + m.end() for t in all_triggers):
            lead = re.match(r"(?:ដល់|ទៅលើ|លើ)?", m.group(0))
            phrase = m.group(0)[lead.end() if lead else 0:]
            phrase = re.sub(r"(?:បន្ថែម|នៅ|និង)+$", "", phrase)
            start = b + (lead.end() if lead else 0)
            name = _km_class_name(phrase)
            return [Participant(name=name, role="target", entity_hint=None, description=None,
                                start=sentence.start + start, end=sentence.start + start + len(phrase))]
        before = [c for c in cands if c.end <= a and re.fullmatch(r"\s*នឹង\s*រង\s*", text[c.end:a])]
        return [_participant(sentence, before[-1], "target")] if before else []
    # "EU threatens Cambodia with sanctions"
    m = re.search(r"threat(?:en|ens|ened)\s+(\S[^,;]{0,40}?)\s+with\s+(?:\w+\s+)?$", text[cs:a], re.I)
    if m:
        return _target_parts(sentence, cands, cs + m.start(1), cs + m.end(1))
    # "X will also be subject to visa restrictions"
    m = re.search(r"(?:^|,\s*)([^,;]{3,120}?)\s+(?:will|would|shall|may)?\s*(?:also\s+)?be\s+subject\s+to\s+(?:\w+\s+)?$",
                  text[cs:a], re.I)
    if m:
        return _target_parts(sentence, cands, cs + m.start(1), cs + m.end(1))
    # "placing X on the SDN list"
    m = re.search(r"\b(?:placing|place|put(?:ting)?|add(?:ing)?|designat(?:e|ing))\s+(.{3,200}?)\s+(?:on|to)\s+(?:the\s+)?$",
                  text[cs:a], re.I)
    if m:
        return _target_parts(sentence, cands, cs + m.start(1), cs + m.end(1))
    if re.fullmatch(r"sanction|sanctionner|ban|bannir|blacklist", text[a:b], re.I):
        s = b + 1
        return _target_parts(sentence, cands, s, _np_end(text, s, ce))
    if re.search(r"(?:contre|against)\s*$", text[a:b], re.I):
        s = b + len(text[b:]) - len(text[b:].lstrip())
        return _target_parts(sentence, cands, s, _np_end(text, s, ce))
    window = text[b:min(ce, b + 70)]
    preps = _PREP_TARGET_FREEZE if kind == "asset_freeze" else _PREP_TARGET
    for pm in preps.finditer(window):
        s = b + pm.end()
        between = text[b:b + pm.start()]
        if any(b <= t[0] and t[1] <= b + pm.start() and t != trig for t in all_triggers) and not re.search(
                r"^\s*(?:and|et)\s", between):
            break
        e = _np_end(text, s, ce)
        np = text[s:e]
        if re.match(r"(?:them|eux|leur)\b", np, re.I):
            lm = re.search(r"\blist of\s+", text[:a], re.I)
            if lm:
                ls = lm.end()
                return _target_parts(sentence, cands, ls, _np_end(text, ls, a))
            return []
        if re.match(r"(?:the\s+)?(?:united states|canada|u\.s\.)", np, re.I) and kind == "visa_restriction" and re.search(r"entry into\s*$|entrer\s*$", text[b - 12:s], re.I):
            continue
        return _target_parts(sentence, cands, s, e)
    return []


_LEGAL = re.compile(
    r"(?:regulation|règlement)\s*\((?:eu|ue)\)\s*no\.?\s*\d+/\d+|executive order\s+\d+|"
    r"global magnitsky(?: human rights accountability)? act|section\s+7031\(c\)", re.I)


def extract_measures(sentence: Sentence, cands: Sequence[Candidate], doc_date: str | None) -> list[MeasureFact]:
    """Measures of one sentence (pure). Issuer-less imposed/announced measures are kept with
    `unresolved` set so that the document pass can complete them; `extract_facts` drops them."""
    text, lang = sentence.text, sentence.lang
    triggers = find_triggers(text, lang)
    if not triggers:
        return []
    dates = [d for d in temporal.find_dates(text, lang, doc_date) if not _event_date(text, lang, d)]
    date_of = assign_dates([(a, b) for a, b, _ in triggers], dates, text, max_gap=120)
    speakers = roles.find_commentators(text, lang, cands)
    legal = _LEGAL.search(text)
    out: list[MeasureFact] = []
    last_issuer: Candidate | None = None
    prev_status: str | None = None
    for i, trig in enumerate(triggers):
        a, b, kind = trig
        cs, ce = roles.clause_bounds(text, a, b)
        status = _status(text, lang, trig, cs, ce)
        if status is None:
            continue
        if (prev_status == "called_for" and status != "called_for" and i > 0
                and re.fullmatch(r"[^.;:]{0,60}\b(?:and|et|និង)\s+(?:\w+\s+){0,2}", text[triggers[i - 1][1]:a], re.I)):
            status = "called_for"  # "Suspendre le visa ... et geler les avoirs"
        prev_status = status
        callers, call_end, caller_pronoun = _callers(text, lang, cands, a, cs) if status == "called_for" else ([], None, None)
        issuer_c, pronoun = _issuer(text, cands, trig, cs, ce, status, call_end)
        unresolved: tuple[str, ...] = ()
        issuer: Participant | None = None
        co_issuers: list[Candidate] = []
        default = vocab.KIND_DEFAULT_ISSUER.get(kind)
        if default:
            issuer = Participant(name=default, role="issuer", entity_hint="PublicBody",
                                 description=None, start=None, end=None)
        elif issuer_c is not None:
            issuer = _participant(sentence, issuer_c, "issuer")
            last_issuer = issuer_c
            co_issuers = _co_issuers(text, cands, issuer_c) if status != "called_for" else []
        elif pronoun and last_issuer is not None:
            issuer = _participant(sentence, last_issuer, "issuer")  # "... EU's assistance and we declined"
        elif pronoun:
            unresolved += (f"issuer:{pronoun}",)
        elif status in ("imposed", "announced"):
            unresolved += ("issuer:missing",)
        if caller_pronoun:
            unresolved += (f"caller:{caller_pronoun}",)
        elif status == "called_for" and not callers:
            unresolved += ("caller:missing",)
        targets = _targets(sentence, cands, trig, cs, ce, triggers)
        if not targets and i > 0 and re.fullmatch(r"\s*(?:and|et|និង)\s*", text[triggers[i - 1][1]:a]):
            pass
        date = date_of.get(i)
        conf = 0.6 + 0.15 * (issuer is not None) + 0.1 * bool(targets) - 0.15 * bool(unresolved)
        if issuer is not None:
            callers = [c for c in callers if c.name != issuer.name]
        issuers = [issuer] + [_participant(sentence, c, "issuer") for c in co_issuers]
        for one in issuers:
            out.append(MeasureFact(
                kind=kind, status=status, issuer=one,
                targets=tuple(_dedupe(targets)),
                callers=tuple(_participant(sentence, c, "caller") for c in callers),
                date=date.value if date else None,
                date_precision=date.precision if date else None,
                legal_basis=legal.group(0) if legal else None,
                quote_start=sentence.start, quote_end=sentence.end,
                trigger=text[a:b], confidence=round(max(min(conf, 0.95), 0.3), 2),
                doc_id=sentence.doc_id, lang=lang,
                trigger_start=sentence.start + a, trigger_end=sentence.start + b,
                commentators=tuple(_participant(sentence, c, "commentator") for c in speakers),
                unresolved=unresolved,
            ))
    return _share_targets(out)


def _event_date(text: str, lang: str, d: temporal.DateExpr) -> bool:
    """The date of an event named right before it ("ne reconnaisse pas les résultats de ces
    élections du 29 Juillet 2018"): not the date of the measure."""
    from sanctionwatch.extract import events

    for _a, b, _kind in events.find_triggers(text, lang):
        if b <= d.start and d.start - b <= 30 and "," not in text[b:d.start]:
            return True
    return False


def _co_issuers(text: str, cands: Sequence[Candidate], first: Candidate) -> list[Candidate]:
    """Issuers coordinated with the chosen one: "the European Union and the United States"."""
    out: list[Candidate] = []
    for c in cands:
        if c is first or not c.issuer:
            continue
        lo, hi = (c.end, first.start) if c.end <= first.start else (first.end, c.start)
        if 0 <= hi - lo <= 12 and re.fullmatch(r"\s*(?:and|et|និង)\s*(?:the\s+|les?\s+|l[’'])?", text[lo:hi], re.I):
            out.append(c)
    return out


def _share_targets(facts: list[MeasureFact]) -> list[MeasureFact]:
    """'visa restrictions and asset freezes on them': coordinated measures share targets."""
    from dataclasses import replace

    out = list(facts)
    for i in range(len(out) - 2, -1, -1):
        cur, nxt = out[i], out[i + 1]
        if not cur.targets and nxt.targets and cur.status == nxt.status and (nxt.trigger_start or 0) - (cur.trigger_end or 0) <= 12:
            out[i] = replace(cur, targets=nxt.targets)
    return out


def _dedupe(parts: list[Participant]) -> list[Participant]:
    seen: dict[str, Participant] = {}
    for p in parts:
        seen.setdefault(p.norm(), p)
    return sorted(seen.values(), key=lambda p: (p.start or 0, p.name))
