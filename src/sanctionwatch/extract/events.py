"""Rule-based event extraction: who did what to whom, when, from one sentence.

Why rules and not a parser: the constructions that carry responsibility in this corpus are few
and must be read exactly -- "the Cambodian government's arrest of Kem Sokha" (agent, patient),
"Kem Sokha was arrested" (patient only), "the Supreme Court dissolved the CNRP" (agent, patient),
"Sokha's release" (patient). A dependency parse of glued, scraped text is less predictable than
a handful of slot templates, and regexes run at tens of thousands of sentences per second.
An agent is only ever read from an agent slot (subject of an active verb with an object,
"by/par X", "X's <event> of Y", "X has used ... to"); everything else is at most a patient.

Constructions whose subject is the one affected are read as patients, never as agents: the
headline reduced passive ("Sokha jailed on treason charges", "the opposition banned"; only a
person, a described class or a non-state organisation, with no object after the verb), exile
("X fled the country", "X, who has lived in exile"), a media outlet closing itself ("RFA
closed its office"). A possessive pronoun ("called for his release") is the one person who is
the victim of another event of the sentence, else of the previous sentence (facts.py); "X's
crackdown" makes X neither victim nor perpetrator. "Arrested ... on a number of charges" is also
a charge event against the arrested; a bare "banned"/"interdit" is a political ban only when
its patient is an opposition person or class.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sanctionwatch.extract import roles, temporal, vocab
from sanctionwatch.extract.facts import EventFact, Participant
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

# Trigger: (start, end, kind), sentence-relative (from extract.spans)


@lru_cache(maxsize=8)
def _screened_patterns(lang: str) -> tuple[tuple[str, re.Pattern[str], Requirement | None], ...]:
    """Trigger regexes per kind, each with its literal screen (spans.requirement_any)."""
    out = []
    for kind in vocab.EVENT_KINDS.values():
        pats = kind.triggers.get(lang, ())
        if not pats:
            continue
        body = "|".join(f"(?:{p})" for p in pats)
        rx = body if lang == "km" else rf"(?<![\w-])(?:{body})(?![\w])"
        pat = re.compile(rx, re.I)
        out.append((kind.name, pat, requirement_any([pat])))
    return tuple(out)


def find_triggers(text: str, lang: str) -> list[Trigger]:
    """See `_find_triggers` (cached: the document pass asks first whether a sentence has any)."""
    return list(_find_triggers(text, lang))


@lru_cache(maxsize=4096)
def _find_triggers(text: str, lang: str) -> tuple[Trigger, ...]:
    """Non-overlapping event triggers, longest first where they overlap, in text order."""
    found: list[Trigger] = []
    folded = fold(text)
    for kind, pat, req in _screened_patterns(lang):
        if not may_match(req, folded):
            continue  # no literal this kind's triggers need: the regex cannot match
        for m in pat.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), kind))
    return longest_non_overlapping(found)


# --------------------------------------------------------------------------------------------
# Slot templates (English and French)
# --------------------------------------------------------------------------------------------

_AUX = (r"(?:has|have|had|was|were|is|are|be|been|being|also|then|later|subsequently|reportedly|"
        r"allegedly|illegally|arbitrarily|effectively|forcibly|further|already|recently|did|does|"
        r"would|will|could|may|might|must|to|a|ont|avait|été|aussi|déjà|vient de|viennent de|"
        r"illégalement|arbitrairement|just|not|j[’']ai|ai|après avoir|after having|having)")
_ACTIVE_GAP = re.compile(
    rf"\s*(?:\([^)]{{0,20}}\)\s*)?(?:,[^,;]{{1,100}},\s*)?(?:{_AUX}\s+)*(?:(?:has\s+|have\s+|had\s+)?(?:used|employed|resorted to)\s+[^.;]{{0,90}}?\s+to\s+)?",
    re.I)
_PASSIVE_GAP = re.compile(
    r"(?:[’']s)?\)?,?\s*(?:\([^)]{0,60}\)\s*,?\s*)?(?:[—–-]\s*)?(?:,[^,;]{1,100},?\s*)?(?:(?:who|which|that|qui)\s+)?"
    r"(?:(?:(?:was|were|is|are|has been|have been|had been|been|being|be|got|remains?|still|a été|ont été|"
    r"est|sont|été|fut|avait été|soit|ត្រូវបាន)\s+)+"
    r"(?:(?:\w+ly|\w+ment|also|then|later|subsequently|reportedly|allegedly|first|immediately|aussi|déjà|not|never|pas)\s+)*"
    r"(?:(?:\w+ed|\w+é|\w+ée|\w+és),?\s+(?:(?:or|and|ou|et)\s+)?(?:\w+ment\s+|\w+ly\s+)?)*"
    r"(?:placed under\s+|put under\s+|sent to\s+|released into\s+|released from\s+|put in\s+|en\s+|"
    r"(?<=moved )to\s+|(?<=transferred )to\s+|(?<=returned )to\s+)?"
    r"|\s*[—–]\s*|\s*,\s*(?:(?:\w+ment|\w+ly)\s+)?)",  # reduced relative: "the CNRP, dissolved in ..."
    re.I)
_USED_GAP = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:used|employed|resorted to)\s+[^.;]{0,90}", re.I)
_POSS_GAP = re.compile(r"[’']s\s+(?:(?:\w+|pre-trial|long-running)\s+){0,2}", re.I)
_NOMINAL_OBJ = re.compile(
    r"\s*(?:(?:for|pendant) [\w-]+ (?:years?|ans)\s+)?"
    r"(?:(?:and|et|or|ou)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+)?(?:(?:arbitraire|illégale|injuste|continued|ongoing|arbitrary)\s+)?"
    r"(?:of|against|on|de|du|des|d[’']|contre|faite à|à|aux)\s+"
    r"(?:(?:the|its|his|her|their|le|la|les|l[’']|son|sa|ses|leur|all|tous|toutes|mr\.?|ms\.?|m\.|mme)\s+)*"
    r"(?:[^\s,;:.()]+\s+){0,4}?(?:[^\s,;:.()]+,\s+)?",
    re.I)
_DIRECT_OBJ = re.compile(
    r"\s+(?:(?:the|its|his|her|their|all|le|la|les|l[’']|son|sa|ses|leur|leurs|mr\.?|ms\.?|m\.|a|an|\d+)\s*)*"
    r"(?:[^\s,;:.()]+\s+){0,3}?(?:[^\s,;:.()]+,\s+)?\d*",
    re.I)
_PREPS = {"in", "on", "at", "for", "from", "to", "with", "by", "after", "before", "during", "since",
          "under", "par", "pour", "avec", "dans", "en", "à", "au", "depuis", "over", "into", "who",
          "which", "that", "qui", "que", "and", "et", "was", "were", "is", "are", "has", "have"}
_BY_AGENT = re.compile(r"\s*(?:(?:\w+ly|illégalement|arbitrairement)\s+)?(?:by|par)\s+"
                       r"(?:(?:the|le|la|les|l[’'])\s+)?$", re.I)
_EN_VERB = re.compile(r"(?:ed|é|ée|és|ées|u|us|s|t)$", re.I)
_NOUN_END = re.compile(r"(?:ion|ment|ure|ès|ions|ments|trial|arrest|release|detention|crackdown|"
                       r"repression|harassment|charges|prosecutions?)$", re.I)


_AGENTIVE_DE = ("repression", "attack", "media_closure", "legislation", "dismissal")
"""French nominals whose "de X" is as often the agent as the patient."""


def _filler_ok(gap: str) -> bool:
    """Words skipped between a trigger and its object must not be prepositions or verbs."""
    words = re.findall(r"[\w’'-]+", gap.lower())
    return not any(w in _PREPS for w in words[1:] if w not in ("of", "de", "du", "des", "d’"))


def _is_participle(trig: str, lang: str) -> bool:
    last = trig.split()[0] if trig.split() else trig
    if lang == "fr":
        return bool(re.search(r"(?:é|ée|és|ées|[sx]ous|sout|sout[e]?|contrainte?s?)$", last, re.I))
    return bool(re.search(r"ed$", last, re.I)) or last.lower() in ("fled", "freed", "held", "put")


def _verbish(text: str, a: int, trig: str, lang: str) -> bool:
    """The trigger is used as a verb: a participle/past form, or an auxiliary right before it."""
    if _is_participle(trig, lang) and not _NOUN_END.search(trig):
        return True
    before = text[max(0, a - 20):a].lower()
    if re.search(r"\b(?:with|avec|entre)$", trig.lower()):
        return True  # "meets with", "rencontre avec"
    if re.search(r"\b(?:to|will|would|could|must|should|did|does|may|might)\s+$", before):
        return True
    if lang == "fr" and re.search(r"\b(?:a|ont|avait|avaient)\s+$", before):
        return True  # passé composé: "la Cour suprême a interdit l'opposition"
    if re.search(r"(?:\bde|\bd[’']|\bà|\bpour)\s*$", before) and re.search(r"(?:er|re|ir)$", trig.split()[0], re.I):
        return True  # French infinitive: "de dissoudre", "à libérer"
    return trig.lower().split()[0].endswith("ing") and not re.search(r"\bthe\s+$", before)


def _agent_before(text: str, cands: Sequence[Candidate], a: int, cs: int, gap_rx: re.Pattern[str],
                  scan: int = 1) -> list[Candidate]:
    """The nearest head candidate before `a` whose gap to the trigger fits `gap_rx`, with the
    candidates coordinated before it ("Parliament and Supreme Court").

    scan: how many head candidates may be tried. Agents use 1 (the nearest head or nothing:
    a wrong agent is the costly error); patients of a passive may look a little further back
    past an apposition ("Kem Sokha, President of the CNRP, was arrested").
    """
    before = [c for c in cands if cs <= c.start and c.end <= a and c.kind != "pronoun" or
              (cs <= c.start and c.end <= a and c.kind == "pronoun" and a - c.end < 40)]
    tried = 0
    for c in reversed(before):
        gap = text[c.end:a]
        reduced = scan > 1 and re.fullmatch(r"\)?\s*,\s*", gap)  # "(parti du salut national), dissous"
        if reduced and (c.schema == "Country" or _PLACE_PP.search(text[max(0, c.start - 16):c.start])):
            continue  # "le plus grand parti d'opposition au Cambodge, dissous": a place, not the head
        if not reduced and (roles.is_modifier(text, c, pp=True) or c.possessive):
            continue
        if not reduced and text[c.start - 1:c.start] == "(" and text[c.end:c.end + 1] == ")":
            continue  # an acronym gloss "(CNRP), was arrested": the head is further back
        if re.search(r"[.;:]", gap) or len(gap) > 160:
            break
        if gap_rx.fullmatch(gap):
            group = [c]
            for d in reversed([x for x in before if x.end <= c.start]):
                if re.fullmatch(r"\s*,?\s*(?:and|et)\s+(?:the\s+|la\s+|le\s+)?", text[d.end:group[0].start], re.I):
                    group.insert(0, d)
                else:
                    break
            return group
        tried += 1
        if tried >= scan:
            break
    return []


_PLACE_PP = re.compile(r"(?:\bin|\bat|\bau|\baux|\bà|\ben|\bfrom|\binto|\bto)\s+(?:the\s+|la\s+|le\s+|l[’'])?$", re.I)
_TITLE_GAP = re.compile(r"\s+(?:president|leader|chief|chairman|vice[- ]president|deputy|spokes(?:man|person)|"
                        r"président|dirigeant|chef)\s+(?:mr\.?\s+|ms\.?\s+|m\.\s+)?", re.I)
_OF = re.compile(r"\b(?:of|de|du|des|d[’'])(?=\s|[’'])", re.I)


def _object_after(text: str, cands: Sequence[Candidate], b: int, ce: int, gap_rx: re.Pattern[str]) -> list[Candidate]:
    after = [c for c in cands if c.start >= b and c.end <= ce and c.kind != "institution"]
    for c in after:  # institutions (issuers: IPU, EU, UN...) are never the patients of repression
        gap = text[b:c.start]
        if c.possessive:
            continue  # "the CNRP's leader, Kem Sokha": the possessor is not the object
        if gap_rx is _DIRECT_OBJ and _CONJ_START.fullmatch(gap):
            break  # "the opposition banned and Sokha jailed": a new clause, not an object
        if gap_rx.fullmatch(gap) and _filler_ok(gap):
            if c.kind != "group" and len(_OF.findall(gap)) >= 2:
                break  # "the arrest of the leader of the CNRP": the CNRP only modifies the object
            nxt = [d for d in after if d.start >= c.end]
            if (nxt and nxt[0].schema == "Person" and c.schema != "Person"
                    and _TITLE_GAP.fullmatch(text[c.end:nxt[0].start])):
                c = nxt[0]  # "the imprisonment of CNRP President Kem Sokha": the president
            return roles.coordinated(text, after, c, ce)
        break
    return []


_CONJ_START = re.compile(r"\s*(?:and|or|but|et|ou|mais)\s+(?:(?:the|le|la|les|l[’'])\s*)?", re.I)
_BY_GAP = re.compile(
    r"\s*(?:(?:arbitraire|illégale|arbitrary|unlawful)\s+)?(?:(?:of|de|du|des|d[’'])\s+[^,;:()]{0,60}?\s+)?(?:(?:\w+ly|\w+ment|[\w-]+ly)\s+)?"
    r"(?:by|par)\s+(?:(?:the|le|la|les|l[’'])\s+)?", re.I)


def _by_agent(text: str, cands: Sequence[Candidate], b: int, ce: int) -> list[Candidate]:
    """'<trigger> (of Y) by X' / '<trigger> (adverb) par X': the agent right after the trigger.
    Nothing further away: "considered arbitrary by the UN Working Group" is not an agent."""
    for c in cands:
        if c.start < b or c.end > ce or c.start - b > 90:
            continue
        if _BY_GAP.fullmatch(text[b:c.start]):
            return roles.coordinated(text, [x for x in cands if x.start >= c.start], c, ce)
    return []


def _khmer_slots(text: str, cands: Sequence[Candidate], a: int, b: int) -> tuple[list[Candidate], list[Candidate]]:
    """Khmer: patient right after the verb (persons preferred), agent right before it; a
    passive marker ត្រូវបាន (before the trigger, or part of it: "ត្រូវបានបិទ") makes the
    preceding candidate the patient."""
    after = [c for c in cands if b <= c.start <= b + 40 and " " not in text[b:c.start].strip()
             and "។" not in text[b:c.start] and "និង" not in text[b:c.start]]
    persons = [c for c in after if c.schema == "Person"]
    patients = persons[:1] or [c for c in after if c.kind != "pronoun"][:1]
    agents: list[Candidate] = []
    before = [c for c in cands if c.end <= a and a - c.end <= 12]
    if before:
        c = before[-1]
        gap = text[c.end:a]
        if re.fullmatch(r"\s*ត្រូវបាន\s*", gap) or text[a:b].startswith("ត្រូវ"):
            patients = patients or [c]
        elif re.fullmatch(r"\s*(?:បាន|នឹង|កំពុង)?\s*", gap):
            agents = [c]
    return agents, patients


_HEADLINE_GAP = re.compile(r"[ \t]+")
_NO_OBJECT = re.compile(r"\s*(?:$|[,.;:!?)—–]|-\s|(?:on|for|in|over|after|at|by|from|since|during|amid|without|"
                        r"under|until|as|to|and|pour|en|le|par|à|sur|après|depuis|sans|et)\b)", re.I)
_SELF_CLOSURE = re.compile(r"^(?:clos|ceas|fermé|(?:a|ont) fermé)", re.I)
_EXILE_GAP = re.compile(
    r"\s*(?:,\s*(?:who|which|qui)\s+)?(?:(?:has|have|had|is|was|are|were|been|remains?|remained|still|now|also|"
    r"currently|reportedly|already|later|then|lived|lives|living|live|stays?|stayed|went|a|ont|avait|est|vit|"
    r"vivait|toujours|depuis)\s+)*", re.I)


def _headline_patient(text: str, cands: Sequence[Candidate], a: int, b: int, cs: int) -> list[Candidate]:
    """'Sokha jailed on treason charges', 'With the opposition banned, ...': a participle with
    no auxiliary and no object after it is a reduced passive; the word right before it is its
    patient. Only a person, a described class or a non-state organisation (never an issuer,
    never an arm of the state) is read this way."""
    if not _NO_OBJECT.match(text, b):
        return []
    before = [c for c in cands if cs <= c.start and c.end <= a]
    if not before:
        return []
    c = before[-1]
    if c.kind == "pronoun" or c.possessive or c.issuer or not _HEADLINE_GAP.fullmatch(text[c.end:a]):
        return []
    if c.kind == "institution" or (c.schema not in ("Person", "Organization") and c.kind != "group"):
        return []
    if c.name in _STATE_ACTORS or roles.is_modifier(text, c, pp=True):
        return []
    return [c]


_STATE_ACTORS = frozenset(e.name for e in vocab.ACTORS if e.schema == "PublicBody") | {
    "Hun Sen", "Cambodian People's Party"}
_OPPOSITION_NAMES = re.compile(r"cnrp|rescue party|opposition|politicians?|lawmakers|parliamentarians|"
                               r"members|leaders?|activists|mps\b|membres|dirigeants|députés", re.I)


def _slots(text: str, lang: str, cands: Sequence[Candidate], trig: Trigger, cs: int, ce: int) -> tuple[list[Candidate], list[Candidate], str]:
    """(agents, patients, template name) for one trigger (see `_slots_main`), plus the
    constructions whose subject is the one affected: "X lives in exile", "RFA closed its
    office", and headline reduced passives ("Sokha jailed on treason charges")."""
    a, b, kind = trig
    ek = vocab.EVENT_KINDS[kind]
    if lang != "km" and kind == "media_closure" and _SELF_CLOSURE.match(text[a:b]):
        subj = _agent_before(text, cands, a, cs, _ACTIVE_GAP, scan=4)
        return [], [c for c in subj if c.name not in _STATE_ACTORS and c.kind != "pronoun"], "self-closure"
    agents, patients, template = _slots_main(text, lang, cands, trig, cs, ce)
    if lang == "km":
        return agents, patients, template
    if ek.agent_is_subject:
        if template == "passive":
            return [], patients, template  # "forced into exile by X": X is not the exile
        if not agents and not patients:
            agents = _agent_before(text, cands, a, cs, _EXILE_GAP, scan=4)
            template = "intransitive"
        # whoever is exiled is a victim: never an arm of the state or a foreign issuer
        return [c for c in agents if c.name not in _STATE_ACTORS and c.kind != "institution"], patients, template
    if template == "nominal" and kind in _AGENTIVE_POSS and patients and all(
            c.possessive and text[c.end:a].strip(" ’'s") == "" or c.possessive and _POSS_GAP.fullmatch(text[c.end:a])
            for c in patients):
        return agents, [], template  # "Hun Sen's crackdown": the possessor is not its victim
    if not patients and (ek.coercive or kind == "release") and _is_participle(text[a:b], lang):
        head = _headline_patient(text, cands, a, b, cs)
        if head:
            return agents, head, "headline-passive"
    if not patients and template == "nominal" and kind in _POSSESSED_PATIENT:
        m = _POSS_PRONOUN.search(text, max(cs, a - 60), a)
        if m:
            return agents, [Candidate(m.start(1), m.end(1), m.group(1), m.group(1).lower(), None, "pronoun",
                                      False, False)], "possessive-pronoun"
    if kind == "legislation" and not agents and not patients:
        agents = [c for c in _agent_before(text, cands, a, cs, _ACTIVE_GAP) if c.kind != "pronoun"]
        return agents, [], "legislation"
    return agents, patients, template


_POSS_PRONOUN = re.compile(r"\b(his|her|son|sa)\s+(?:(?:immediate|unconditional|eventual|early|continued|ongoing|"
                           r"pre-trial|arbitrary|prolonged|recent|and|full|complete|safe|immédiate|inconditionnelle|et|,)\s*){0,4}$", re.I)
_AGENTIVE_POSS = frozenset({"repression", "attack"})
"""Kinds whose "X's <event>" is as often X's doing as X's suffering: the possessor is neither."""
_POSSESSED_PATIENT = frozenset({"release", "arrest", "detention", "house_arrest", "conviction", "trial", "charge",
                                "killing", "dismissal"})
"""Kinds whose 'his <event>' is what happened to him; never "his crackdown", "sa répression"."""


def _slots_main(text: str, lang: str, cands: Sequence[Candidate], trig: Trigger, cs: int, ce: int) -> tuple[list[Candidate], list[Candidate], str]:
    """(agents, patients, template name) for one trigger."""
    a, b, _kind = trig
    if lang == "km":
        ek = vocab.EVENT_KINDS[_kind]
        if not (ek.coercive or _kind == "release"):
            return [], [], "km"
        ag, pa = _khmer_slots(text, cands, a, b)
        return ag, pa, "km"
    word = text[a:b]
    inside = [c for c in cands if a <= c.start < b and c.kind != "pronoun"
              and not (c.schema == "Country" and vocab.EVENT_KINDS[_kind].agent_is_subject)]
    if vocab.EVENT_KINDS[_kind].coercive or _kind == "release":
        cands = [c for c in cands if c.schema != "Country" or c.end <= a]  # "jailed ... for Cambodia 'espionage'"
    # 1. passive: "Kem Sokha was arrested (by X)"
    placed = re.search(r"\b(?:placed|put|kept|held|remains?|released|moved|transferred|returned|placée?s?|"
                       r"maintenue?s?|assignée?s?)\s+(?:under|into|in|to|en|sous|à)\s+$",
                       text[max(0, a - 25):a], re.I)
    if _is_participle(word, lang) or placed:
        patients = _agent_before(text, cands, a, cs, _PASSIVE_GAP, scan=4)
        by = _by_agent(text, cands, b, ce)
        if patients or by:
            return by, [p for p in patients if p.kind != "pronoun"] + [p for p in patients if p.kind == "pronoun"], "passive"
    # 2. nominal: "X's arrest of Y", "the arrest of Y by X", "Y's release"
    if not _verbish(text, a, word, lang):
        patients = _object_after(text, cands, b, ce, _NOMINAL_OBJ) or inside
        if lang == "fr" and _kind in _AGENTIVE_DE and not _by_agent(text, cands, b, ce):
            patients = [p for p in patients if p.kind == "group"]  # "la répression de HUN Sen" is his
        poss = [c for c in cands if c.end <= a and c.possessive and c.start >= cs
                and _POSS_GAP.fullmatch(text[c.end:a])]
        agents: list[Candidate] = []
        if poss:
            if patients:
                agents = poss[-1:]
            else:
                patients = poss[-1:]
        if not agents:
            agents = _by_agent(text, cands, b, ce) or _agent_before(text, cands, a, cs, _USED_GAP)
        return agents, patients, "nominal"
    # 3. active: "X dissolved Y", "X has used ... to attack Y"
    patients = inside or _object_after(text, cands, b, ce, _DIRECT_OBJ)
    agents = _agent_before(text, cands, a, cs, _ACTIVE_GAP)
    if not patients:
        if vocab.EVENT_KINDS[trig[2]].agent_is_subject:
            return agents, [], "intransitive"
        if re.search(r"\bfrom\b|\bde\b", text[b:b + 12]):
            return agents, [], "active-no-object"
        return [], [], "active-no-object"
    return agents, patients, "active"


# --------------------------------------------------------------------------------------------
# Modality, dates, places
# --------------------------------------------------------------------------------------------


def _negated(text: str, lang: str, a: int, b: int, cs: int) -> bool:
    before = text[max(cs, a - 30):a]
    if lang == "km":
        return bool(re.search(r"មិន\S{0,6}$", before))
    if lang == "fr":
        return bool(re.search(r"\b(?:ne|n[’'])\s*(?:\w+\s+){0,2}$", before, re.I)
                    and re.search(r"^\s*(?:\w+\s+)?(?:pas|jamais|plus)\b", text[b:b + 25], re.I))
    return bool(re.search(r"(?:\bnot|\bnever|\bno|n[’']t)\s+(?:\w+\s+){0,2}$", before, re.I))


_REAL_BEFORE = re.compile(
    r"\b(?:drop(?:ping|ped)?|lift(?:ing)?|end(?:ing)?|revers(?:e|ing)|overturn(?:ing)?|quash(?:ing)?|"
    r"abandon(?:ner)?|lever|levée|lève|annuler|abandonner|withdraw(?:ing)?|condemn(?:s|ed|ing)?|"
    r"condamner|dénonce[rs]?|denounc(?:e|es|ed|ing)|responsible for|responsables? de|involved in|"
    r"return of|retour de|releas(?:e|ed|ing) from)\s+"
    r"(?:(?:of\s+|de\s+|des\s+|du\s+|l[’']|the\s+|all\s+|les\s+|la\s+|le\s+|tous\s+les\s+|toutes\s+les\s+|"
    r"remaining\s+|other\s+|politically[- ]motivated\s+|criminal\s+|\w+\s+)){0,4}$", re.I)
"""'drop all charges', 'lift the ban', 'la levée de l'interdiction': the demand is to undo an
event that did happen; it is not hypothetical."""
_ALSO = re.compile(r"\balso\b|\baussi\b|\bégalement\b", re.I)


def _hypothetical(text: str, lang: str, a: int, cs: int) -> bool:
    if lang == "km" and re.search(r"(?:អោយ|ឲ្យ)\s*$", text[max(cs, a - 4):a]):
        return True
    return bool(roles.cues(vocab.HYPOTHETICAL_CUES, lang).search(text[cs:a]))


_DURATION = re.compile(r"\b(?:for|pendant|de|to|à)\s+(five|\d+|two|three|four|ten|seven|cinq|deux|trois|dix|sept)"
                       r"(?:(\s+and a half)?[\s-](?:years?|ans)\b(\s+et demie?)?)|"
                       r"\b(five|\d+|two|three|four|ten|seven)-year\b", re.I)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "ten": 10, "deux": 2, "trois": 3, "cinq": 5,
            "sept": 7, "dix": 10}


def _duration(text: str, cs: int, ce: int) -> str | None:
    m = _DURATION.search(text[cs:ce])
    if not m:
        return None
    word = (m.group(1) or m.group(4)).lower()
    n = int(word) if word.isdigit() else _NUMBERS.get(word)
    if not n:
        return None
    return f"P{n}Y6M" if m.group(2) or m.group(3) else f"P{n}Y"


_DOC_OF_DATE = re.compile(
    r"(?:statement|conclusions?|resolutions?|report|press release|communiqué|déclaration|letter|"
    r"decision|décision|regulation|règlement|speech|remarks|findings|mission)\b[^.;]{0,90}?"
    r"\b(?:of|du|de|dated|on|le)\s+$", re.I)
"""A date that dates a document ("the statement by the spokesperson of the EEAS of 30 July
2018 on the general elections"): for events it is not the date of what the document is about."""


def assign_dates(
    spans: Sequence[tuple[int, int]], dates: Sequence[temporal.DateExpr], text: str, max_gap: int = 150,
    events: bool = False,
) -> dict[int, temporal.DateExpr]:
    """Give each date to its nearest trigger in the same clause; each trigger keeps the nearest
    date it was given. Index of the span -> date.

    A comma between a date and a trigger counts as distance (only for choosing between
    triggers): in "Avec les élections prévues pour juillet 2018, la dissolution du CNRP" the
    month is the election's. With `events`, a date that dates a statement, resolution or
    report is nobody's event date."""
    best: dict[int, tuple[int, temporal.DateExpr]] = {}
    for d in dates:
        if d.value is None:
            continue
        if events and _DOC_OF_DATE.search(text[max(0, d.start - 90):d.start]):
            continue
        scored = []
        post = re.search(r"(?:\bin|\bon|\ble|\ben|\bdu|\bsince|\bdepuis|\bof)\s+$", text[max(0, d.start - 8):d.start], re.I)
        for i, (a, b) in enumerate(spans):
            cs, ce = roles.clause_bounds(text, a, b)
            if not (cs <= d.start and d.end <= ce):
                continue
            lo, hi = min(a, d.start), max(b, d.end)
            if text.count("(", lo, hi) != text.count(")", lo, hi):
                continue  # "(... du 23 Octobre 1991) et ... les élections": not its date
            dist = a - d.end if d.end <= a else d.start - b if d.start >= b else 0
            lead = d.end <= a and re.fullmatch(r"\W*(?:(?:in|en|on|le|during|since|depuis)\s+)?", text[cs:d.start], re.I)
            limit = max_gap if d.precision != "year" or lead else 40  # "In 2017, the Court dissolved ..."
            if post and b <= d.start:
                dist -= 1000  # "the arrest ... in September 2017": the date modifies what precedes
            if dist > limit:
                continue
            gap = text[d.end:a] if d.end <= a else text[b:d.start]
            if "," in gap:
                dist += 60
            scored.append((dist, i))
        if not scored:
            continue
        dist, i = min(scored)
        if i not in best or dist < best[i][0]:
            best[i] = (dist, d)
    return {i: v[1] for i, v in sorted(best.items())}


def _place(text: str, cands: Sequence[Candidate], cs: int, ce: int, kind: str) -> str | None:
    for c in cands:
        if cs <= c.start < ce and c.schema in ("Country", "Address") and re.search(
                r"(?:\bin|\bat|\bà|\ben|\bau|នៅ)\s*$", text[max(0, c.start - 5):c.start], re.I):
            return c.name
    if kind == "election" and re.search(r"cambod|កម្ពុជា", text[cs:ce], re.I):
        return "Cambodia"
    return None


# --------------------------------------------------------------------------------------------
# Entry
# --------------------------------------------------------------------------------------------


def _participant(sentence: Sentence, c: Candidate, role: str) -> Participant:
    # a described group is named by its canonical form ("118 CNRP members"); the words as
    # written are in the quote, so that the same group in two reports is one participant
    return Participant(name=c.name, role=role, entity_hint=c.schema, description=None,
                       start=sentence.start + c.start, end=sentence.start + c.end)


def extract_events(sentence: Sentence, cands: Sequence[Candidate], doc_date: str | None) -> list[EventFact]:
    """Events of one sentence (pure). Roles come from slots only; see module docstring."""
    text, lang = sentence.text, sentence.lang
    triggers = find_triggers(text, lang)
    if not triggers:
        return []
    dates = temporal.find_dates(text, lang, doc_date)
    date_of = assign_dates([(a, b) for a, b, _ in triggers], dates, text, events=True)
    speakers = roles.find_commentators(text, lang, cands)
    raw: list[tuple[Trigger, list[Candidate], list[Candidate], str]] = []
    prev: tuple[Trigger, list[Candidate], str] | None = None
    for trig in triggers:
        a, b, kind = trig
        cs, ce = roles.clause_bounds(text, a, b)
        agents, patients, template = _slots(text, lang, cands, trig, cs, ce)
        if (not agents and prev is not None and prev[2] in ("active", "passive-by")
                and re.fullmatch(r"[^.;]{0,120}?\b(?:and|et)\s+(?:then\s+|also\s+)?", text[prev[0][1]:a], re.I)
                and template in ("active", "active-no-object")):
            agents = prev[1]  # "X dismantled the CNRP and banned its officials"
        if vocab.EVENT_KINDS[kind].coercive or kind == "release":
            patients = [c for c in patients if c.schema != "Country"]
            patients = [_antecedent(cands, c) or c if c.kind == "pronoun" and template != "possessive-pronoun" else c
                        for c in patients]
        if kind == "political_ban" and _BARE_BAN.fullmatch(text[a:b]):
            patients = [c for c in patients if c.schema == "Person" or _OPPOSITION_NAMES.search(c.name)]
            if not patients:
                continue  # "banned" alone: only a ban on opposition people is a political ban
        raw.append((trig, agents, patients, template))
        prev = (trig, agents, template)
    _resolve_possessives(raw, cands)
    _share_charges(text, raw, date_of)
    victims = {p.name for _t, _ag, pa, _tp in raw for p in pa
               if roles.slot_role("patient", _t[2]) == "victim"}
    facts: list[EventFact] = []
    for i, (trig, agents, patients, _template) in enumerate(raw):
        a, b, kind = trig
        cs, ce = roles.clause_bounds(text, a, b)
        date = date_of.get(i)
        ek = vocab.EVENT_KINDS[kind]
        actor_role = roles.slot_role("agent", kind)
        patient_role = roles.slot_role("patient", kind)
        subj = [_participant(sentence, c, patient_role) for c in patients if c.kind != "pronoun"]
        unresolved = tuple(f"patient:{c.name}" for c in patients if c.kind == "pronoun")
        acts: list[Participant] = []
        for c in agents:
            if c.kind == "pronoun":
                unresolved += (f"agent:{c.name}",)
                continue
            if actor_role == "perpetrator" and (not roles.can_be_perpetrator(c) or c.name in victims):
                continue  # a victim of state action in this sentence is never its perpetrator
            if ek.agent_is_subject:
                subj.append(_participant(sentence, c, "victim"))
            else:
                acts.append(_participant(sentence, c, actor_role))
        if not subj and not acts and date is None and not unresolved:
            continue
        if kind == "election" and date is None:
            continue
        if kind == "legislation" and date is None and not subj and not acts:
            continue
        hypothetical = _hypothetical(text, lang, a, cs) and kind != "election" and not _REAL_BEFORE.search(
            text[max(cs, a - 60):a])
        if hypothetical:
            date = None  # a demanded release has not happened: it has no date
        elif date is None and facts and _ALSO.search(text[cs:a]) and facts[-1].date and not facts[-1].hypothetical \
                and _same_actor(text, sentence.start, facts[-1], acts, cs):
            date = temporal.DateExpr(0, 0, "", facts[-1].date, facts[-1].date_precision or "day", False)
        conf = 0.6 + 0.15 * bool(subj) + 0.15 * bool(acts) - 0.1 * bool(unresolved)
        facts.append(EventFact(
            kind=kind,
            date=date.value if date else None,
            date_precision=date.precision if date else None,
            place=_place(text, cands, cs, ce, kind),
            actors=tuple(acts),
            subjects=tuple(_dedupe(subj)),
            quote_start=sentence.start,
            quote_end=sentence.end,
            trigger=text[a:b],
            confidence=round(min(conf, 0.95), 2),
            negated=_negated(text, lang, a, b, cs),
            hypothetical=hypothetical,
            doc_id=sentence.doc_id,
            lang=lang,
            trigger_start=sentence.start + a,
            trigger_end=sentence.start + b,
            duration=_duration(text, cs, ce) if kind in ("political_ban", "conviction") else None,
            commentators=tuple(_participant(sentence, c, "commentator") for c in speakers),
            unresolved=unresolved,
        ))
    return facts


_BARE_BAN = re.compile(r"bann(?:ed|ing)|interdite?s?", re.I)
_CHARGE_LINK = re.compile(r"[^.;:]{0,80}?\b(?:on|over|with|under|for|sur|pour|pour des|sous)\s+(?:[^.;:,]{0,50}?\s)?$", re.I)
_FROM_CUSTODY = re.compile(r"\s+(?:from|into|de)\s+(?:(?:his|her|their|sa|son|the)\s+)?|"
                           r"[^.;:]{0,40}?\bserv(?:ing|ed|e)\b[^.;:]{0,40}?\bin\s+(?:[\w-]+\s+){0,2}?", re.I)
_SHARES_CHARGE = re.compile(r"arrest(?:ed|ing)?|detained|interpellée?s?|arrêtée?s?|ចាប់ខ្លួន", re.I)


def _share_charges(text: str, raw: list, date_of: dict[int, temporal.DateExpr]) -> None:
    """'Kem Sokha was arrested ... on a number of charges', 'Sokha jailed on treason charges':
    the charges are laid against whoever the arrest names (a charge event of its own; "jailed
    on charges" is the jailing only); a date written after the charges also dates the arrest
    when that has none.

    And 'his release from house arrest', 'released into house arrest after serving a year in
    pre-trial detention': the house arrest or detention is that of whoever is released."""
    for i, (trig, agents, patients, _template) in enumerate(raw):
        a, _b, kind = trig
        if kind != "charge" or patients or agents or i == 0:
            continue
        ptrig, _pag, ppat, _ptp = raw[i - 1]
        if (not _SHARES_CHARGE.fullmatch(text[ptrig[0]:ptrig[1]]) or not ppat
                or not _CHARGE_LINK.fullmatch(text[ptrig[1]:a])):
            continue
        if any(p.kind == "pronoun" for p in ppat):
            continue
        raw[i] = (trig, [], list(ppat), "shared-charge")
        if i in date_of and (i - 1) not in date_of:
            date_of[i - 1] = date_of[i]
    for i, (trig, agents, patients, _template) in enumerate(raw):
        a, _b, kind = trig
        if kind not in ("house_arrest", "detention") or patients or agents or i == 0:
            continue
        ptrig, _pag, ppat, _ptp = raw[i - 1]
        if ptrig[2] not in ("release", "house_arrest", "detention") or not ppat:
            continue
        if _FROM_CUSTODY.fullmatch(text[ptrig[1]:a]):
            raw[i] = (trig, [], list(ppat), "custody-of-released")


def _resolve_possessives(raw: list, cands: Sequence[Candidate]) -> None:
    """'... was placed under house arrest; the UN called for his immediate release': a
    possessive pronoun is the one person who is the victim of another event of the sentence
    (never merely the one person named: "urged Hun Sen to order his release"). Otherwise it
    stays unresolved for the document pass (the previous sentence's victim)."""
    for i, (trig, agents, patients, template) in enumerate(raw):
        if template != "possessive-pronoun":
            continue
        people = {p.name: p for j, (_t, _ag, pa, _tp) in enumerate(raw) if j != i for p in pa
                  if p.schema == "Person" and p.kind != "pronoun" and p.start < patients[0].start}
        if len(people) == 1:
            raw[i] = (trig, agents, list(people.values()), template)


def _antecedent(cands: Sequence[Candidate], pron: Candidate) -> Candidate | None:
    """'whereas Kem Sokha was detained ...; whereas he was released on bail': a personal
    pronoun is the one person named before it in the sentence (none when two are)."""
    if pron.name not in ("he", "she", "il", "elle", "him", "her", "lui"):
        return None
    people = {c.name: c for c in cands if c.schema == "Person" and c.end <= pron.start}
    return next(iter(people.values())) if len(people) == 1 else None


def _same_actor(text: str, offset: int, prev: EventFact, acts: list[Participant], cs: int) -> bool:
    """'... on 16 November 2017, the Supreme Court dissolved ...; the Supreme Court has also
    banned ...': the later event shares an actor with the earlier one (as a slot or as a word
    of its clause)."""
    if {p.norm() for p in prev.actors} & {p.norm() for p in acts}:
        return True
    lo = max(0, (prev.trigger_start or offset) - offset - 120)
    before = text[lo:cs].casefold()
    return any(p.start is not None and text[p.start - offset:p.end - offset].casefold() in before for p in acts)


def _dedupe(parts: list[Participant]) -> list[Participant]:
    seen: dict[str, Participant] = {}
    for p in parts:
        seen.setdefault(p.norm(), p)
    return sorted(seen.values(), key=lambda p: (p.start or 0, p.name))
