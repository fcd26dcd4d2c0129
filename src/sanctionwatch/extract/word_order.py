"""Who fills which slot of a trigger when the language has no parser (Khmer): word order
inside the trigger's clause, the pack's particles (agent, target, possessive, predicate
markers), name spans and clause markers. Word order alone never names a perpetrator."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from sanctionwatch.extract import vocab
from sanctionwatch.extract.facts import Participant
from sanctionwatch.extract.hits import (
    HINTS,
    Hit,
    clause_end,
    clause_start,
    find_hits,
)
from sanctionwatch.extract.modality import (
    Modality,
    all_at,
)
from sanctionwatch.extract.slots import (
    Slots,
)
from sanctionwatch.extract.temporal import DateExpr, find_dates
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Mention, Sentence

# --------------------------------------------------------------------------------------------
# Arguments from word order (no parser)
# --------------------------------------------------------------------------------------------


def linear_slots(sentence: Sentence, pack: LanguagePack, hit: Hit, mentions: Sequence[Mention],
                 measure: bool, agent_is_patient: bool, patient_labels: tuple[str, ...],
                 mod: Modality) -> Slots:
    """Slots from word order inside the trigger's clause: the agent before the trigger (or after
    an agent particle), patients after it (before it when a passive cue precedes the trigger).

    A pack without a parser is read with its particles too (`_word_order_slots`); a parsed
    language only borrows the names after the trigger here when its parse lost the object."""
    if pack.parser is None:
        return _word_order_slots(sentence, pack, hit, mentions, measure, agent_is_patient, patient_labels, mod)
    lo, hi = clause_start(sentence, pack, hit.start), clause_end(sentence, pack, hit.end)
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    before = [m for m in mentions if lo <= m.start and m.end <= hit.start]
    after = [m for m in mentions if hit.end <= m.start and m.end <= hi]
    reason = pack.words.get("reason_markers", frozenset())
    cut = hi
    for m in after:
        gap = text[rel(hit.end):rel(m.start)]
        if any(w.casefold() in reason for w in gap.split()) and pack.spaced:
            cut = min(cut, m.start)
    if not pack.spaced:
        for word in reason:
            k = text.find(word, rel(hit.end), rel(hi))
            if k >= 0:
                cut = min(cut, sentence.start + k)
    after = [m for m in after if m.start < cut]
    passive_cue = pack.cue("passive")
    passive = bool(passive_cue and passive_cue.search(text[rel(lo):rel(hit.start)]))
    agents: list[Mention] = []
    patients: list[Mention] = []
    by_agent = [m for m in after if follows_agent_mark(text[rel(hit.end):rel(m.start)], pack)]
    if passive or agent_is_patient:
        patients = [m for m in before if m.label in patient_labels][-3:]
        agents = by_agent[:1]
    elif not measure:
        # word order alone never names a perpetrator: only an agent particle ("by") does
        patients = [m for m in after if m.label in patient_labels and m not in by_agent]
        if not patients:
            patients = [m for m in before if m.label == "PER"][-1:]
        agents = by_agent[:1]
    else:
        agents = [m for m in before if m.label in ("ORG", "GPE", "PER")][-1:] or by_agent[:1]
        patients = [m for m in after if m.label in patient_labels and m not in by_agent]

    callers: list[Participant] = []
    if mod.call is not None and measure:
        cue = pack.cue("call")
        first = cue.search(text, rel(lo)) if cue is not None else None
        at = sentence.start + first.start() if first is not None and first.start() < rel(hit.start) else lo
        callers = [Participant(m.name, "caller", HINTS[m.label], None, m.start, m.end)
                   for m in before if m.end <= at and m.label in ("ORG", "GPE", "PER")][-2:]
        addressees = [m for m in before if m.start >= at and m.label in ("ORG", "GPE")]
        agents = addressees or [m for m in after if m.label in ("ORG", "GPE")][:1]
        patients = [m for m in patients if m not in agents]
    if not agents and not passive and mod.call is None:
        # "the restrictions which Washington imposed": the agent of a relative clause
        for m in after:
            gap = text[rel(hit.end):rel(m.start)]
            if m.label in ("ORG", "GPE") and any(w in gap for w in pack.words.get("relative_markers", ())):
                agents = [m]
                patients = [p for p in patients if p is not m]
                break
    role_a, role_p = ("issuer", "target") if measure else ("agent", "patient")
    return Slots(
        [Participant(m.name, role_a, HINTS.get(m.label, "Organization"), None, m.start, m.end) for m in agents],
        [Participant(m.name, role_p, HINTS.get(m.label, "Organization"), None, m.start, m.end) for m in patients],
        callers, [])


def follows_agent_mark(gap: str, pack: LanguagePack) -> bool:
    """Does the text between a trigger and a name end with an agent particle ("by", ដោយ),
    once the forms of address and titles written before the name are set aside? A person is
    named with them ("ត្រូវបានវាយដំដោយលោក X", was beaten by Mr X) more often than without, and
    the name finder leaves them out of the name: the pack's `titles`."""
    marks = pack.words.get("agent_markers", frozenset())
    titles = sorted(pack.words.get("titles", frozenset()), key=len, reverse=True)
    rest = gap.rstrip().casefold()
    for _ in range(3):  # "by General", "ដោយលោកឧត្តមសេនីយ៍": at most a few titles in a row
        if any(rest.endswith(w) for w in marks):
            return True
        title = next((t for t in titles if t and rest.endswith(t.casefold())
                      and (not pack.spaced or len(rest) == len(t) or not rest[-len(t) - 1].isalnum())), None)
        if title is None:
            return False
        rest = rest[:-len(title)].rstrip()
    return any(rest.endswith(w) for w in marks)


def _ends_with_word(text: str, word: str, spaced: bool) -> bool:
    """Does `text` end with `word` (as a whole word when the script separates words)?"""
    if not word or not text.casefold().endswith(word):
        return False
    k = len(text) - len(word)
    return not spaced or k == 0 or not text[k - 1].isalnum()


def _held(text: str, at: int, pack: LanguagePack, person: bool = False) -> str | None:
    """Is the name at `at` (sentence offset) only the owner of a noun before it? "holder" for
    a person's noun ("the spokesman of X", "officials of X", "member of X"), "owner" after a
    possessive particle ("partners of X", "the Office of X"), None when it is a party itself.
    The assets of X still name X ("freeze the assets of X"); before a person's name a holder
    noun is a title ("Prime Minister X"), not an owner."""
    prev = text[max(0, at - 40):at].rstrip()
    if not person and any(_ends_with_word(prev, h, pack.spaced) for h in pack.words.get("holder_nouns", ())):
        return "holder"
    bare = prev
    for t in sorted(pack.words.get("titles", ()), key=len, reverse=True):
        if _ends_with_word(bare, t, pack.spaced):
            bare = bare[:len(bare) - len(t)].rstrip()
            break
    if any(_ends_with_word(bare, h, pack.spaced) for h in pack.words.get("perpetrator_nouns", ())):
        return "holder"  # "ឃាតករលោក X", the killer of Mr X: the one who did it, not X
    for w in pack.words.get("possessive_markers", ()):
        # "ទីប្រឹក្សារបស់លោក X" (the adviser of Mr X): the title stands between the particle and X
        own = prev if _ends_with_word(prev, w, pack.spaced) else bare if _ends_with_word(bare, w, pack.spaced) else None
        if own is not None:
            head = own[:len(own) - len(w)].rstrip()
            if any(_ends_with_word(head, a, pack.spaced) or head.endswith(a) for a in pack.words.get("asset_nouns", ())):
                return None
            return "holder" if any(_ends_with_word(head, h, pack.spaced) for h in pack.words.get("holder_nouns", ())) else "owner"
    return None


def _find_word(text: str, words: frozenset[str], lo: int, hi: int, pack: LanguagePack,
               last: bool = False) -> tuple[int, int] | None:
    """The first (or last) of `words` in text[lo:hi] as (start, end), skipping the longer words
    that merely begin with one (the pack's `not_markers`: "លើក", to lift, is not "លើ", on)."""
    found: list[tuple[int, int]] = []
    low = text.casefold()
    blocked = [(j, j + len(b)) for b in pack.words.get("not_markers", frozenset())
               for j in all_at(low, b)] if not pack.spaced else []
    for w in words:
        k = low.find(w, lo, hi)
        while k >= 0:
            # inside a longer word that merely holds it ("លើក", to lift, holds "លើ", on)
            ok = not any(j <= k and k + len(w) <= e and e - j > len(w) for j, e in blocked)
            if pack.spaced:
                ok = ok and (k == 0 or not low[k - 1].isalnum()) and (
                    k + len(w) >= len(low) or not low[k + len(w)].isalnum())
            if ok:
                found.append((k, k + len(w)))
                if not last:
                    break
            k = low.find(w, k + 1, hi)
    if not found:
        return None
    return max(found, key=lambda f: (f[0], f[1])) if last else min(found, key=lambda f: (f[0], -f[1]))


_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9.&'’-]*(?: [A-Z0-9][A-Za-z0-9.&'’-]*)*")


def _latin_name(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """A name written in Latin letters inside text of another script ("L.Y.P. Group"), the
    first in text[lo:hi]: at least two letters, not a bare code ("B1")."""
    for m in _LATIN_NAME.finditer(text, lo, hi):
        name = m.group(0).rstrip(".-")
        if sum(c.isalpha() for c in name) >= 2 and not (len(name) <= 3 and any(c.isdigit() for c in name)):
            return m.start(), m.start() + len(name)
    return None


def _items(text: str, lo: int, hi: int, pack: LanguagePack) -> list[tuple[int, int]]:
    """text[lo:hi] cut at its coordination markers and commas: the members of a list."""
    words = frozenset(w for w in pack.words.get("coordination_markers", ()) if w) | {",", "،", "、"}
    out = []
    a = lo
    while a < hi:
        nxt = _find_word(text, words, a, hi, pack)
        if nxt is None:
            out.append((a, hi))
            break
        out.append((a, nxt[0]))
        a = nxt[1]
    return [(x, y) for x, y in out if text[x:y].strip()]


def _word_order_slots(sentence: Sentence, pack: LanguagePack, hit: Hit, mentions: Sequence[Mention],
                      measure: bool, agent_is_patient: bool, patient_labels: tuple[str, ...],
                      mod: Modality) -> Slots:
    """Slots of a language read without a parser, from word order and the pack's particles.

    - Agent: the subject, i.e. the name before the first predicate marker ("X បាន…", X has …)
      of the trigger's clause; inside a reported "that"-clause its own subject, else the
      speaker ("the White House warned that [it] will act"). A trigger that points back
      ("this sanction") names no agent of its own: the act is one already reported.
    - Passive ("X ត្រូវ[បាន] Y ចាប់ខ្លួន", X was arrested by Y): X before the cue is the
      patient, a name between the cue and the trigger its agent.
    - Targets and patients: after the trigger (after its target particle when one follows),
      one per member of a list joined by "and" or commas, up to a relative clause, a reason
      or the end of the clause; a name that only owns a noun ("advisor of X") is no member.
    - Pronouns that stand for a person become unresolved slots for the document pass.
    """
    lo, hi = clause_start(sentence, pack, hit.start), clause_end(sentence, pack, hit.end)
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    owned = {id(m): _held(text, rel(m.start), pack, m.label == "PER") for m in mentions}
    held = {k for k, v in owned.items() if v} | {id(m) for m in mentions if _is_country(m) and (
        _country_modifies(text, rel(m.start), pack) or _after_place_word(text, rel(m.start), pack))}
    # a body that owns an office still acts through it ("the OFAC office of the Treasury"); a
    # country that owns a noun ("Cambodia's partners") and a person's employer do not
    not_agent = {k for k, v in owned.items() if v == "holder"} | {
        id(m) for m in mentions if owned[id(m)] == "owner" and _is_country(m)}
    before = [m for m in mentions if lo <= m.start and m.end <= hit.start]
    # a name the trigger's last word begins ("បិទ|វិទ្យុអាស៊ីសេរី", close Radio Free Asia) counts
    # as after it, its span clipped to the trigger's end
    after = [m for m in mentions if hit.end <= m.start and m.end <= hi] + [
        replace(m, start=hit.end) for m in mentions if hit.start < m.start < hit.end < m.end <= hi
        and not pack.spaced]
    after.sort(key=lambda m: m.start)
    # where the arguments after the trigger stop: a reason, a relative clause, the clause's end
    cut = rel(hi)
    for group in ("reason_markers", "relative_markers"):
        stop = _find_word(text, pack.words.get(group, frozenset()), rel(hit.end), cut, pack)
        if stop is not None:
            cut = stop[0]
    condition = pack.cue("condition")
    if condition is not None:  # "… unless party X is restored": X is no target
        inside = [(k, k + len(w)) for w in pack.words.get("condition_not_in", ()) for k in all_at(text, w)]
        stops = [m for m in condition.finditer(text, rel(hit.end), cut)
                 if not any(a <= m.start() and m.end() <= b for a, b in inside)]  # "បើក", to open
        if stops:
            cut = stops[0].start()
    pm = _find_word(text, pack.words.get("predicate_markers", frozenset()), rel(hit.end), cut, pack)
    if pm is not None and not measure:
        # "after the murder, Mr X, spokesman, said …": a predicate after the trigger in its
        # clause starts a sentence of its own, whose subject is the name nearest before it
        cut = pm[0]
        subject = [m for m in after if rel(m.end) <= cut][-1:]
        after = [m for m in after if m not in subject]
    after_in = [m for m in after if rel(m.start) < cut]
    by_agent = [m for m in after_in if follows_agent_mark(text[rel(hit.end):rel(m.start)], pack)]
    passive_cue = pack.cue("passive")
    pcue = None
    if passive_cue is not None:
        within = pack.words.get("passive_not_in", frozenset())
        spans = [(k, k + len(w)) for w in within for k in all_at(text, w)]
        found = [m for m in passive_cue.finditer(text, rel(lo), rel(hit.start))
                 if not any(a <= m.start() and m.end() <= b for a, b in spans)]  # "ទទួលខុសត្រូវ"
        pcue = found[-1] if found else None
        if pcue is not None and any(sentence.start + pcue.end() <= h.start and h.end <= hit.start
                                    for h in find_hits(sentence, pack) if h != hit):
            pcue = None  # the passive of another verb in between ("… which was dissolved, is still held")
        if pcue is not None and any(text[:rel(hit.start)].endswith(w) for w in pack.words.get("nominalizers", ())) \
                and _find_word(text, pack.words.get("complementizers", frozenset()), pcue.end(),
                               rel(hit.start), pack) is not None:
            pcue = None  # "X ត្រូវបានចោទថា … ចំពោះការសម្លាប់ជនស៊ីវិល" (X is accused of being behind
            # the killing of civilians): the passive is the verb of saying's, the killing a noun
            # after it, and X underwent nothing ("ត្រូវ… ប្រកាសថាមានពិរុទ្ធ", declared guilty, stays)
    unresolved: list[str] = []
    role_a, role_p = ("issuer", "target") if measure else ("agent", "patient")

    def part(m: Mention, role: str) -> Participant:
        return Participant(m.name, role, HINTS.get(m.label, "Organization"), None, m.start, m.end)

    def pronoun(lo_rel: int, hi_rel: int, subject: bool = False) -> None:
        """A person pronoun in text[lo_rel:hi_rel] that is not a title before a name (a
        title stands apart before the name it honours, "លោក ហ៊ុន សែន"; a pronoun is glued
        to its verb or ends the phrase). A pronoun the pack marks as one gender
        (`pronouns_female`) travels as a "female" slot, filled by the document pass from the
        nearest name the report titles as a woman's: the nearest name may be a man's."""
        for group in ("person", "accused"):  # "they" is as often a crowd as two named people
            got = _find_word(text, pack.words.get(f"pronouns_{group}", frozenset()), lo_rel, hi_rel, pack)
            if got is None:
                continue
            word = text[got[0]:got[1]].casefold()
            nxt = text[got[1]:got[1] + 1]
            titled = any(0 <= rel(m.start) - got[1] <= 1 for m in mentions) or (
                not pack.spaced and nxt.isspace() and text[got[1]:].strip()[:1].isalpha())
            if titled:
                return
            female = pack.has("pronouns_female", word)
            # a name earlier in the same sentence that carries the pronoun's own title
            # ("Mrs X … pardoned her"): the antecedent, whatever the document said before
            same = [m for m in mentions if m.label == "PER" and rel(m.end) <= got[0]
                    and (not female or any(_ends_with_word(text[:rel(m.start)].rstrip(), t, pack.spaced)
                                           for t in pack.words.get("pronouns_female", ())))]
            if female and same:
                patients.append(part(same[-1], role_p))
            else:  # a woman's pronoun waits for the nearest name the report titles as a woman's
                unresolved.append(f"{role_p}:{'female' if female else group}@{sentence.start + got[0]}")
            return
        counted = _counted_group(text, lo_rel, hi_rel, pack)
        if counted is not None:  # "អ្នកទាំងបី", the three: exactly the three people just named
            unresolved.append(f"{role_p}:count{counted[1]}@{sentence.start + counted[0]}")
            return
        if not measure:
            # "ឃុំខ្លួនពួកគេ", detained them: a plural pronoun right after the verb is its object;
            # "ពួកគេត្រូវបានដោះលែង", they were freed: right before the passive, its subject
            got = _find_word(text, pack.words.get("pronouns_plural", frozenset()), lo_rel, hi_rel, pack,
                             last=lo_rel != rel(hit.end))
            if got is not None and ((lo_rel == rel(hit.end) and got[0] - lo_rel <= 1) or (
                    pcue is not None and hi_rel == pcue.start() and not text[got[1]:hi_rel].strip())
                    or (subject and not text[lo_rel:got[0]].strip())):
                # (or the whole subject of the clause an "and" continues: "ពួកគេត្រូវបានបញ្ជូន
                # … ហើយត្រូវឃុំខ្លួន", they were sent back and [they were] detained)
                unresolved.append(f"{role_p}:plural@{sentence.start + got[0]}")

    agents: list[Mention] = []
    patients: list[Participant] = []
    office_agent: Participant | None = None
    if pcue is not None or agent_is_patient:
        edge = sentence.start + pcue.start() if pcue is not None else hit.start
        # "sentenced X to prison (ឱ្យជាប់ពន្ធនាគារ)": who is held is named after the verb before
        caused = any(_ends_with_word(text[:rel(hit.start)].rstrip(), w, pack.spaced)
                     for w in pack.words.get("addressee_markers", ()))
        floor = lo if pcue is not None or not caused else max(
            [h.end for h in find_hits(sentence, pack) if h.end <= edge and h != hit and not h.measure], default=lo)
        patients = [part(m, role_p) for m in before if floor <= m.start and m.end <= edge
                    and m.label in patient_labels and id(m) not in held][-3:]
        relative = _find_word(text, pack.words.get("relative_markers", frozenset()),
                              max(rel(lo), rel(edge) - 6), rel(edge), pack)
        head = [m for m in before if relative is not None and 0 <= relative[0] - rel(m.end) <= 1
                and m.label in patient_labels]
        if head:  # "X, head of party Y, which was dissolved": Y, not X
            patients = [part(m, role_p) for m in head]
        patients += _included(sentence, pack, hit, after, cut, patient_labels, held, role_p)
        mid = [m for m in before if pcue is not None and m.start >= sentence.start + pcue.end()
               and m.label in ("ORG", "GPE", "PER")]
        agents = mid[-1:] or by_agent[:1]
        if not agents and not measure:  # "ត្រូវបានចាប់ខ្លួនដោយប៉ូលិស", was arrested by police
            body = body_after_agent_marker(sentence, pack, hit.end, sentence.start + cut)
            agents = [body] if body is not None else []
        if not patients and not measure:
            pronoun(rel(lo), rel(edge))
        if not patients and not unresolved and not measure:
            # "X was flown to …, and [he] was charged": the subject the clause leaves out is
            # the one of the clause its "and" continues
            shared = _shared_subject(sentence, pack, lo, edge, mentions)
            if shared is not None:
                names = [m for m in mentions if shared[0] <= m.start and m.end <= shared[1]
                         and m.label in patient_labels and id(m) not in held]
                if names:
                    patients = [part(names[0], role_p)]
                else:
                    pronoun(rel(shared[0]), rel(shared[1]), subject=True)
        if not patients and measure and not pack.spaced:  # "ក្រុមហ៊ុន X Ltd ត្រូវបាន… ដាក់ទណ្ឌកម្ម"
            latin = _latin_name(text, rel(lo), rel(edge))
            if latin is not None:
                patients = [Participant(text[latin[0]:latin[1]], role_p, "Organization", None,
                                        sentence.start + latin[0], sentence.start + latin[1])]
    else:
        patients = _listed(sentence, pack, hit, after_in, cut, patient_labels, held, role_p, measure)
        if measure:
            patients += _membership(sentence, pack, hit, after, cut, rel(hi), patients, held, role_p)
        if measure and hit.gapped and not patients and patient_labels == ("PER", "ORG"):
            # "ហាមមិនឱ្យ អ្នកស្រី X … និងគ្រួសារ ចូលទឹកដី" (barred Mrs X and her family from
            # entering): a measure on people said around them names them inside its gap
            patients = [part(m, role_p) for m in mentions if hit.start < m.start and m.end < hit.end
                        and m.label in patient_labels and id(m) not in held]
        if measure:
            agents = _subject(sentence, pack, hit, [m for m in before if id(m) not in not_agent], lo) or by_agent[:1]
            if agents and _is_country(agents[0]):
                agents = _speaking_body(sentence, pack, hit, agents[0], mentions, lo) or agents
            if agents and agents[0].label == "PER":
                agents = _spoken_for(sentence, pack, agents[0], before) or agents
                office_agent = _office_body(sentence, pack, agents[0]) if agents[0].label == "PER" else None
        else:
            # word order names an agent only when the name is the verb's own subject, right
            # before it ("ប៉ូលិសបានចាប់ខ្លួន", police arrested), or after an agent particle
            own = _own_subject(sentence, pack, hit, [m for m in before if id(m) not in not_agent], lo)
            if not own and vocab.EVENT_KINDS[hit.kind].coercive:
                own = _authority_subject(sentence, pack, hit, [m for m in before if id(m) not in not_agent], lo)
            if not own and vocab.EVENT_KINDS[hit.kind].coercive:  # "ប៉ូលិសបានចាប់ខ្លួន…", police arrested
                body = body_subject(sentence, pack, hit, lo, mentions)
                own = [body] if body is not None else []
            agents = by_agent[:1] or ([] if mod.negated else own)
            patients = [p for p in patients if not any(p.start == m.start for m in by_agent)]
            if hit.kind in SYMMETRIC_KINDS:  # who meets is met: both sides take part
                patients = [part(m, role_p) for m in own] + patients
                agents = []
            if not patients:
                pronoun(rel(hit.end), min(cut, rel(hit.end) + 16))
            if not patients and not unresolved:
                # "… ប្ដឹងទៅតុលាការ ប្រសិនបើវិទ្យុនេះមិនព្រមសុំទោស" (will sue if this radio does not
                # apologise): "this radio", the body of that kind the report named before
                ref = _demonstrative_reference(text, pack, rel(hit.end), min(rel(hi), rel(hit.end) + DEMONSTRATIVE_REACH))
                if ref is not None:
                    unresolved.append(f"{role_p}:this={ref[1]}@{sentence.start + ref[0]}")
            if not patients and not unresolved and _same_act(text, pack, rel(hit.end), cut):
                unresolved.append(f"{role_p}:event@{hit.start}")

    callers: list[Participant] = []
    if mod.call is not None and measure:
        cue = pack.cue("call")
        first = cue.search(text, rel(lo)) if cue is not None else None
        at = sentence.start + first.start() if first is not None and first.start() < rel(hit.start) else lo
        asking = [m for m in before if m.end <= at and m.label in ("ORG", "GPE", "PER") and id(m) not in not_agent]
        callers = [part(m, "caller") for m in _with_coordinated(sentence, asking, pack)]
        agents = [m for m in before if m.start >= at and m.label in ("ORG", "GPE") and id(m) not in not_agent]
        agents = agents or by_agent[:1]
        if not agents:  # an addressee the tagger missed but the knowledge base knows
            from sanctionwatch.extract.roles import find_institutions

            known = find_institutions(text[rel(at):rel(hit.start)])
            if known:
                a, b, name, schema = known[0]
                office_agent = Participant(name, "issuer", schema, None, at + a, at + b)
            else:
                office_agent = _led_government(text, pack, [m for m in before if m.start >= at and m.label == "PER"],
                                               sentence.start)
    agent_ids = {(m.start, m.end) for m in agents}
    patients = [p for p in patients if (p.start, p.end) not in agent_ids]
    issuers = [office_agent] if office_agent is not None else [part(m, role_a) for m in agents]
    if measure:  # "កូរ៉េខាងត្បូង" and "រដ្ឋាភិបាលកូរ៉េខាងត្បូង" are one issuer
        issuers = [_as_country(p, pack) for p in issuers]
    return Slots(issuers, patients, callers, unresolved)


BODY_NAME_REACH = 25
"""Characters a body named by its kind after an agent particle may run without a space
("ដោយប៉ូលិសខេត្ត…", by the provincial police); a longer run is cut to the body's word."""

_NAME_STOPS = frozenset("។៕,;:()«»\"“”")


def body_after_agent_marker(sentence: Sentence, pack: LanguagePack, at: int, cut: int, doc_id: str = "") -> Mention | None:
    """The body named by its kind right after an agent particle that follows the trigger
    ("ត្រូវបានចាប់ខ្លួនដោយប៉ូលិស", was arrested by police), when the name finder tagged no name
    there: the pack's `force_words` (police, court, army, authorities) are the state bodies a
    script without a parser writes as common nouns. Offsets are absolute; None when the particle
    is not right after `at` or no such word follows it directly ("ដោយសារ", because of, is no
    agent particle: the body word must come right after the particle)."""
    text, base = sentence.text, sentence.start
    i = at - base
    while i < len(text) and text[i].isspace():
        i += 1
    for mark in sorted(pack.words.get("agent_markers", frozenset()), key=len, reverse=True):
        if not text.startswith(mark, i):
            continue
        j = i + len(mark)
        while j < len(text) and text[j].isspace():
            j += 1
        for word in sorted(pack.words.get("force_words", frozenset()), key=len, reverse=True):
            if not text.startswith(word, j):
                continue
            end = j
            while end < min(len(text), cut - base) and not text[end].isspace() and text[end] not in _NAME_STOPS:
                end += 1
            if end - j > BODY_NAME_REACH or end < j + len(word):
                end = j + len(word)
            return Mention(doc_id or sentence.doc_id, base + j, base + end, text[j:end], text[j:end], "ORG",
                           sentence.lang, base, sentence.end, "agent_particle", 0.6)
    return None


def body_subject(sentence: Sentence, pack: LanguagePack, hit: Hit, lo: int, mentions: Sequence[Mention]) -> Mention | None:
    """A body named by its kind that opens the trigger's clause as its subject, with only
    predicate markers between it and the trigger ("ប៉ូលិសបានចាប់ខ្លួន…", police arrested;
    "អាជ្ញាធរ បានចាប់ខ្លួន…", the authorities arrested), when the name finder tagged no name
    there: the pack's `force_words` are the state bodies a script without a parser writes as
    common nouns. The body's words may run `BODY_NAME_REACH` characters; "ត្រូវ" (the passive)
    among the markers makes it who underwent the act, so then None."""
    text, base = sentence.text, sentence.start
    comp = _find_word(text, pack.words.get("complementizers", frozenset()), lo - base, hit.start - base, pack, last=True)
    start = comp[1] if comp is not None else lo - base
    while start < len(text) and (text[start].isspace() or text[start] in _NAME_STOPS):
        start += 1
    word = next((w for w in sorted(pack.words.get("force_words", frozenset()), key=len, reverse=True)
                 if text.startswith(w, start)), None)
    if word is None or any(start <= m.start - base < hit.start - base for m in mentions):
        return None
    markers = sorted(pack.words.get("predicate_markers", frozenset()), key=len, reverse=True)
    cut = min((k for w in markers if (k := text.find(w, start + len(word), hit.start - base)) >= 0), default=None)
    if cut is None or cut - start > BODY_NAME_REACH:
        return None
    between = text[cut:hit.start - base]
    for w in markers:
        between = between.replace(w, "")
    passive = pack.cue("passive")
    if between.strip() or (passive is not None and passive.search(text, cut, hit.start - base) is not None):
        return None
    end = len(text[start:cut].rstrip()) + start
    return Mention(sentence.doc_id, base + start, base + end, text[start:end], text[start:end], "ORG",
                   sentence.lang, base, sentence.end, "clause_subject", 0.6)


DEMONSTRATIVE_REACH = 40
"""Characters after a trigger its undergoer, named as "this <kind of body>", may stand."""


def _demonstrative_reference(text: str, pack: LanguagePack, lo: int, hi: int) -> tuple[int, str] | None:
    """A body named by its kind and a demonstrative in text[lo:hi] ("វិទ្យុនេះ", this radio;
    "គណបក្សនោះ", that party): (offset, kind noun) for the pack's `reference_nouns`; never a
    time word ("ថ្ងៃនេះ", today), which is no such noun."""
    demo = sorted(pack.words.get("demonstratives", frozenset()), key=len, reverse=True)
    for noun in sorted(pack.words.get("reference_nouns", frozenset()), key=len, reverse=True):
        k = text.find(noun, lo, hi)
        while k >= 0:
            rest = text[k + len(noun):hi]
            if any(rest.startswith(d) for d in demo):
                return k, noun
            k = text.find(noun, k + 1, hi)
    return None


SAME_ACT_REACH = 14
"""Characters after a trigger its object may run before the demonstrative that closes it
("តម្កល់ទោស|នោះ", upheld that sentence; "រក្សាទោស| ៣០ខែ|ដដែល", kept the same 30 months)."""


def _same_act(text: str, pack: LanguagePack, at: int, cut: int) -> bool:
    """Does the trigger's object point back to an act already told ("upheld that sentence",
    "kept the same sentence"): one of the pack's `event_anaphors` closes it, with no predicate
    marker in between? Its subjects are then that act's (extract.event_anaphora)."""
    hi = min(cut, at + SAME_ACT_REACH)
    got = _find_word(text, pack.words.get("event_anaphors", frozenset()), at, hi, pack)
    if got is None:
        return False
    return _find_word(text, pack.words.get("predicate_markers", frozenset()), at, got[0], pack) is None


def _speaking_body(sentence: Sentence, pack: LanguagePack, hit: Hit, country: Mention,
                   mentions: Sequence[Mention], lo: int) -> list[Mention]:
    """The body that says a country will act ("សេតវិមាន … ព្រមានថា អាមេរិកនឹង…", the White
    House warned that America will …): when the country is the subject of a reported
    "that"-clause and the one who says it -- the subject before the "that", or the one the
    clause shares with the clause before it -- is one of that country's own bodies (the
    knowledge base's parent), the act is that body's. [] otherwise."""
    from sanctionwatch.extract.roles import authority_entry, find_institutions

    text = sentence.text
    comp = _find_word(text, pack.words.get("complementizers", frozenset()), lo - sentence.start,
                      country.start - sentence.start, pack, last=True)
    if comp is None:
        return []
    at = sentence.start + comp[0]
    span: tuple[int, int] | None = (lo, at)
    if not [m for m in mentions if lo <= m.start and m.end <= at and m.label in ("ORG", "GPE")]:
        span = _shared_subject(sentence, pack, lo, at, mentions, strict=False)
    if span is None:
        return []
    said = [m for m in mentions if span[0] <= m.start and m.end <= span[1] and m.label in ("ORG", "GPE")][:1]
    a, b = span[0] - sentence.start, span[1] - sentence.start
    # a body the tagger missed, ending the subject's stretch
    known = [f for f in find_institutions(text[a:b]) if not text[a + f[1]:b].strip()][-1:]
    name = said[0].name if said else known[0][2] if known else None
    body, state = (authority_entry(name) if name else None), authority_entry(country.name)
    if body is None or state is None or body.schema == "Country" or body.parent != state.name:
        return []
    if said:
        return said
    return [replace(country, name=body.name, text=text[a + known[0][0]:a + known[0][1]], label="ORG",
                    start=sentence.start + a + known[0][0], end=sentence.start + a + known[0][1])]


def _shared_subject(sentence: Sentence, pack: LanguagePack, lo: int, edge: int,
                    mentions: Sequence[Mention], strict: bool = True) -> tuple[int, int] | None:
    """Where the subject of a clause that leaves its own out stands (document offsets): a
    clause opened by one of the pack's `subject_sharing_markers` ("ហើយ", and) with nothing
    but predicate markers before its verb ("… ហើយត្រូវបានចោទប្រកាន់", and [he] was charged)
    continues the clause before it, whose subject is the stretch from that clause's start
    (after a reported "that") to its first predicate marker or copula. None when the clause
    has a subject of its own or opens the sentence."""
    text = sentence.text
    a, b = lo - sentence.start, edge - sentence.start
    head = text[a:b]
    for w in sorted(pack.words.get("predicate_markers", frozenset()), key=len, reverse=True):
        head = head.replace(w, "")
    if (strict and head.strip()) or any(m.start >= lo and m.end <= edge for m in mentions):
        return None  # not strict: a verb may stand before `edge` ("ហើយព្រមាន|ថា", and warned that)
    before = text[:a].rstrip()
    marker = next((w for w in sorted(pack.words.get("subject_sharing_markers", ()), key=len, reverse=True)
                   if _ends_with_word(before, w, pack.spaced)), None)
    if marker is None:
        return None
    stop = len(before) - len(marker)
    plo = clause_start(sentence, pack, sentence.start + stop) - sentence.start
    # the clause continued is the one after its last "that" -- unless the continuing clause is
    # itself a saying ("… stated that A, and warned that B"): then the main clause's
    comp = _find_word(text, pack.words.get("complementizers", frozenset()), plo, stop, pack, last=strict)
    if comp is not None and strict:
        plo = comp[1]
    elif comp is not None:
        stop = comp[0]
    verbs = pack.words.get("predicate_markers", frozenset()) | pack.words.get("copulas", frozenset())
    first = _find_word(text, verbs, plo, stop, pack)
    passive = pack.cue("passive")
    pm = passive.search(text, plo, stop) if passive is not None else None
    end = min([x for x in (first[0] if first else None, pm.start() if pm else None) if x is not None],
              default=None)
    if end is None or end <= plo:
        return None
    return sentence.start + plo, sentence.start + end


SYMMETRIC_KINDS = frozenset({"meeting"})
"""Events whose subject and object both take part in the same way ("X met Y")."""


def _own_subject(sentence: Sentence, pack: LanguagePack, hit: Hit, before: list[Mention], lo: int) -> list[Mention]:
    """The name that is the trigger's own subject: it ends right before the trigger with only
    predicate markers between ("តុលាការកំពូលក៏បានច្រានចោល"), in the same reported clause."""
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    comp = _find_word(text, pack.words.get("complementizers", frozenset()), rel(lo), rel(hit.start), pack, last=True)
    markers = sorted(pack.words.get("predicate_markers", frozenset()), key=len, reverse=True)
    for m in reversed(before):
        if m.label not in ("ORG", "PER") or (comp is not None and rel(m.start) < comp[1]):
            continue
        gap = text[rel(m.end):rel(hit.start)]
        bare = gap
        for w in markers:
            bare = bare.replace(w, "")
        # a predicate marker must stand between: a name merely beside a verb may be the object
        # of the verb before it ("sentenced the killer of X [to] prison")
        marked = bare != gap or any(text.startswith(w, rel(hit.start)) for w in markers)  # "បានជួប"
        # a name that opens its clause has no verb before it to be the object of: "តុលាការកំពូល
        # រំលាយគណបក្ស…" (the Supreme Court dissolves the party), a headline's subject
        opens = not text[rel(lo):rel(m.start)].strip(" \t\n:–—-«»\"'")
        if not bare.strip() and not (marked or opens):
            ordered = _ordered_by(sentence, pack, m, before, lo)
            if ordered is not None:  # "X បានបញ្ជាឱ្យ Y លុប…", X ordered Y to revoke: both act
                return [*ordered, m]
        return [m] if not bare.strip() and (marked or opens) else []
    return []


def _authority_subject(sentence: Sentence, pack: LanguagePack, hit: Hit, before: list[Mention],
                       lo: int) -> list[Mention]:
    """A state body (its name opens with one of the pack's `force_words`: court, police,
    ministry …) that is the subject of the trigger's clause -- the last name before the
    clause's first predicate marker, no other name between it and the trigger: "តុលាការកំពូល
    ក៏បានច្រានចោលបណ្ដឹង … ដោយរក្សាទោស" (the Supreme Court rejected the appeal, keeping the
    sentence). Only a body that holds force: a person so placed may be the one it befalls."""
    text = sentence.text
    comp = _find_word(text, pack.words.get("complementizers", frozenset()), lo - sentence.start,
                      hit.start - sentence.start, pack, last=True)
    start = sentence.start + comp[1] if comp is not None else lo
    names = [m for m in before if m.start >= start and m.label in ("ORG", "GPE", "PER")]
    if not names:
        return []
    first = _find_word(text, pack.words.get("predicate_markers", frozenset()), names[0].end - sentence.start,
                       hit.start - sentence.start, pack)
    if first is None:
        return []
    subj = [m for m in names if m.end - sentence.start <= first[0]][-1:]
    if not subj or any(m.start > subj[0].start for m in names):
        return []
    if _find_word(text, pack.words.get("relative_markers", frozenset()), subj[0].end - sentence.start,
                  hit.start - sentence.start, pack) is not None:
        return []  # "… ក្រសួង X ដាក់កម្រិតទិដ្ឋាការលើចៅក្រមដែលបានកាត់ក្តី": the judges who tried, not X
    force = pack.words.get("force_words", frozenset())
    return subj if subj[0].label == "ORG" and any(subj[0].name.startswith(w) for w in force) else []


def _ordered_by(sentence: Sentence, pack: LanguagePack, m: Mention, before: list[Mention],
                lo: int) -> list[Mention] | None:
    """The one who orders when `m` is told to act: `m` right after one of the pack's
    `order_verbs` and an addressee marker ("បញ្ជាឱ្យ", ordered … to). The one ordering is that
    verb's own subject, when named with only predicate markers between; [] when unnamed; None
    when `m` is not told to act (it may be the object of the verb before it)."""
    text = sentence.text
    prev = text[:m.start - sentence.start].rstrip()
    marker = next((w for w in pack.words.get("addressee_markers", ()) if prev.endswith(w)), None)
    if marker is None:
        return None
    head = prev[:len(prev) - len(marker)].rstrip()
    verb = next((v for v in pack.words.get("order_verbs", ()) if head.endswith(v)), None)
    if verb is None:
        return None
    head = head[:len(head) - len(verb)]
    markers = sorted(pack.words.get("predicate_markers", frozenset()), key=len, reverse=True)
    for o in reversed([b for b in before if b.end <= sentence.start + len(head) and b.start >= lo]):
        gap = text[o.end - sentence.start:len(head)]
        for w in markers:
            gap = gap.replace(w, "")
        return [o] if o.label in ("PER", "ORG") and not gap.strip() else []
    return []


def _with_coordinated(sentence: Sentence, names: list[Mention], pack: LanguagePack) -> list[Mention]:
    """The last of `names` with those joined to it by "and" or commas ("A and B asked"): the
    nearest subject, not every name earlier in the clause ("after the dissolution of X, Y asked")."""
    if not names:
        return []
    words = frozenset(pack.words.get("coordination_markers", ())) | {",", "،", "、"}
    keep = [names[-1]]
    for m in reversed(names[:-1]):
        between = sentence.text[m.end - sentence.start:keep[0].start - sentence.start]
        rest = between
        for w in sorted(words, key=len, reverse=True):
            rest = rest.replace(w, " ")
        if rest.strip() or not between.strip():  # joined by "and" or a comma, not a mere space
            break
        keep.insert(0, m)
    return keep


def supposed_act(sentence: Sentence, pack: LanguagePack, hit: Hit, mentions: Sequence[Mention],
                 mod: Modality) -> bool:
    """Is the measure only what would follow if an authority acted ("ប្រសិនបើវ៉ាស៊ីនតោន
    ដាក់ឈ្មោះពួកគេ … ទ្រព្យសម្បត្តិរបស់ពួកគេនឹងត្រូវបង្កក", if Washington listed them, their
    assets would be frozen)? An explainer's consequence, no threat: the condition is a body or
    country imposing (the pack's `support` verbs) and nobody warns. A warning whose condition is the other
    side's conduct ("warned it will act if the government does not change course") has a
    threat cue and stays a threat."""
    from sanctionwatch.extract.roles import find_institutions

    if not mod.condition or mod.threat or mod.call is not None:
        return False
    cue = pack.cue("condition")
    support = pack.cue("support")
    if cue is None or support is None:
        return False
    text = sentence.text
    lo = clause_start(sentence, pack, hit.start) - sentence.start
    bodies = {m.start - sentence.start: m.end - sentence.start for m in mentions if m.label in ("ORG", "GPE")}
    markers = sorted(pack.words.get("predicate_markers", frozenset()), key=len, reverse=True)
    for m in cue.finditer(text, lo, hit.start - sentence.start):
        at = m.end() + len(text[m.end():]) - len(text[m.end():].lstrip())
        end = bodies.get(at)
        if end is None:
            end = next((at + f[1] for f in find_institutions(text[at:at + 60]) if f[0] == 0), None)
        if end is None:
            continue
        rest = text[end:end + 30].lstrip()
        for w in markers:
            rest = rest[len(w):] if rest.startswith(w) else rest
        if support.match(rest):  # the body itself acting: "if Washington imposes / lists …"
            return True
    return False


def noun_date(text: str, d: DateExpr, pack: LanguagePack, end: int) -> bool:
    """Does the date qualify a noun it is written against rather than the act of the trigger
    ending at `end` (sentence offset)? In a script without spaces a calendar date glued to the word
    before it with no time preposition or time noun of the pack's (`date_prepositions`:
    "កាលពី", "នៅ" …; `time_nouns`: "ល្ងាច", evening) names that noun's time:
    "ការបោះឆ្នោតឆ្នាំ២០១៨", the 2018 election, not when the aid was suspended -- unless that
    noun is the trigger itself, a short modifier at most between ("the 2018 national election"
    dates the election)."""
    if pack.spaced or d.relative or d.start == 0:
        return False
    prev = text[max(0, d.start - 16):d.start]
    last = prev[-1:]
    if not last or not (last.isalpha() or unicodedata.category(last).startswith("M")):
        return False
    if any(prev.endswith(w) for g in ("date_prepositions", "time_nouns", "coordination_markers")
           for w in pack.words.get(g, ())):  # "ថ្ងៃទី២ និងទី៣ …", the 2nd and 3rd
        return False
    return not 0 <= d.start - end <= OWN_NOUN_GAP


def relative_clause_date(text: str, d: DateExpr, pack: LanguagePack, end: int) -> bool:
    """Is the date inside a relative clause that follows the trigger ending at `end`
    ("… ការរឹតត្បិតទិដ្ឋាការ ដែលវ៉ាស៊ីនតោនបានដាក់កាលពីថ្ងៃទី៦ …", the visa restrictions which
    Washington imposed on the 6th)? It dates that clause's act, not the measure's (an event's
    relative clause -- "the election, which is due in July" -- still dates the event)."""
    if pack.spaced or d.start < end:
        return False
    return _find_word(text, pack.words.get("relative_markers", frozenset()), end, d.start, pack) is not None


OWN_NOUN_GAP = 8
"""Characters a trigger's own modifier may stand between it and its date ("ការបោះឆ្នោត|ជាតិ|ឆ្នាំ…")."""


def background_act(sentence: Sentence, pack: LanguagePack, hit: Hit, mentions: Sequence[Mention],
                    ) -> tuple[Participant | None, int, tuple[str | None, str | None]] | None:
    """A measure that a relative clause right after the trigger says was already imposed
    ("ការរឹតត្បិតទិដ្ឋាការ ដែលវ៉ាស៊ីនតោនបានដាក់កាលពី…", the visa restrictions which
    Washington imposed on …; "… ដែលបានដាក់តាំងពី…", in force since …) while the sentence
    itself threatens, lifts or calls for more: (issuer or None, offset, date)."""
    from sanctionwatch.extract.roles import find_institutions

    text = sentence.text
    rel_words = pack.words.get("relative_markers", frozenset())
    support = pack.cue("support")
    if not rel_words or support is None:
        return None
    a = hit.end - sentence.start
    got = _find_word(text, rel_words, a, min(len(text), a + 40), pack)
    if got is None or text[a:got[0]].count(" ") > 3:
        return None
    k = got[1]
    who: Participant | None = None
    body = [m for m in mentions if m.start - sentence.start in (k, k + 1) and m.label in ("ORG", "GPE")]
    if body:
        m = body[0]
        who = Participant(m.name, "issuer", HINTS.get(m.label, "Organization"), None, m.start, m.end)
        k = m.end - sentence.start
    else:
        known = [f for f in find_institutions(text[k:k + 60]) if f[0] <= 1]
        if known:
            start, end, name, schema = known[0]
            who = Participant(name, "issuer", schema, None, sentence.start + k + start, sentence.start + k + end)
            k += end
    markers = sorted(pack.words.get("predicate_markers", frozenset()), key=len, reverse=True)
    if who is None:  # a subject the tagger missed: up to the first predicate marker
        first = _find_word(text, frozenset(markers), k, min(len(text), k + 40), pack)
        if first is not None and " " not in text[k:first[0]].strip():
            k = first[0]
    rest = text[k:k + 30].lstrip()
    stripped = True
    while stripped:
        stripped = False
        for w in markers:
            if rest.startswith(w):
                rest, stripped = rest[len(w):].lstrip(), True
    if len(rest) == len(text[k:k + 30].lstrip()) or support.match(rest) is None:
        return None  # a predicate marker, then a verb that imposes ("បានដាក់")
    at = sentence.start + got[0]
    later = [d for d in find_dates(text, pack, None) if d.start >= got[1]]
    when = (later[0].value, later[0].precision) if later and not later[0].relative else (None, None)
    return who, at, when


def _acted_on(before: str, pack: LanguagePack) -> bool:
    """Does a verb that imposes (the pack's `support` cue) or lifts end the text before the
    trigger ("… បានសម្រេចលើកលែង|បម្រាមនេះ")?"""
    tail = before.rstrip()[-14:]
    for name in ("support", "lift"):
        pat = pack.cue(name)
        if pat is not None and any(m.end() == len(tail) for m in pat.finditer(tail)):
            return True
    return False


def _points_back(rest: str, pack: LanguagePack) -> bool:
    """Does the trigger's own word end in a demonstrative ("ទណ្ឌកម្មនេះ", this sanction;
    "ទណ្ឌកម្មឯកតោភាគីនេះ", this unilateral sanction) -- not a time word ("… ថ្ងៃនេះ", today)?"""
    word = rest.split(maxsplit=1)[0] if rest.strip() and not rest[:1].isspace() else ""
    word = word[:16]
    return any(d in word for d in pack.words.get("demonstratives", ())) and not any(
        t in word for t in pack.words.get("time_nouns", ()))


def _subject(sentence: Sentence, pack: LanguagePack, hit: Hit, before: list[Mention], lo: int) -> list[Mention]:
    """The subject of the trigger's clause: the last name before the first predicate marker
    that follows a name; inside a reported "that"-clause, that clause's own."""
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    cands = [m for m in before if m.label in ("ORG", "GPE", "PER")]
    comp = _find_word(text, pack.words.get("complementizers", frozenset()), rel(lo), rel(hit.start), pack, last=True)
    if comp is not None:
        inner = [m for m in cands if rel(m.start) >= comp[1]]
        if inner:
            cands = inner
    demo = pack.words.get("demonstratives", frozenset())
    if demo and _points_back(text[rel(hit.end):], pack) and not _acted_on(text[rel(lo):rel(hit.start)], pack):
        # "this sanction …": an act already reported, said again, names no issuer -- unless
        # a verb that imposes or lifts it governs it ("Y decided to lift this ban")
        return []
    if any(_ends_with_word(text[:rel(hit.start)].rstrip(), c, pack.spaced) for c in pack.words.get("copulas", ())):
        return []  # "… is the first sanction of its kind": what something is called, not an act
    if not cands:
        return []
    return _predicate_subject(text, pack, hit, cands, rel)


def _office_body(sentence: Sentence, pack: LanguagePack, person: Mention) -> Participant | None:
    """The body whose office a person's title names, when the knowledge base knows it: the
    title written before the name with its office word turned into the body's word (the
    pack's `office_bodies`: "រដ្ឋមន្ត្រីការបរទេសអាមេរិក" (Secretary of State) -> the State
    Department). A minister acts for the ministry."""
    from sanctionwatch.extract.roles import find_institutions

    grammar = pack.raw.get("grammar")
    offices = grammar.get("office_bodies") if isinstance(grammar, dict) else None
    if not isinstance(offices, dict) or not offices:
        return None
    text = sentence.text
    at = person.start - sentence.start
    prev = text[max(0, at - 60):at].rstrip()
    for t in pack.words.get("titles", ()):
        if prev.endswith(t):
            prev = prev[:len(prev) - len(t)].rstrip()
    title = re.split(r"[\s,،]", prev)[-1] if prev else ""
    for office, body in offices.items():
        k = title.find(office)
        if k < 0:
            continue
        found = find_institutions(body + title[k + len(office):])
        if found and found[0][0] == 0:
            _, _, name, schema = found[0]
            start = sentence.start + max(0, at - 60) + prev.rfind(title) + k
            return Participant(name, "issuer", schema, None, start, start + len(title) - k)
    return None


def _spoken_for(sentence: Sentence, pack: LanguagePack, person: Mention, mentions: list[Mention]) -> list[Mention]:
    """The body a spokesperson speaks for, named just before them ("the State Department's
    spokeswoman, Ms Y, announced …"): that body acts, not Y."""
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    return [m for m in mentions if m.label in ("ORG", "GPE") and m.end <= person.start
            and rel(person.start) - rel(m.end) <= 24
            and any(_ends_with_word(text[:rel(m.start)].rstrip(), w, pack.spaced)
                    for w in pack.words.get("speaker_nouns", ()))][-1:]


def _led_government(text: str, pack: LanguagePack, people: list[Mention], base: int) -> Participant | None:
    """The government a known head of state or government leads, named after him with one of
    the pack's `government_words` before his name ("ស្នើឱ្យរដ្ឋបាលលោក Biden ដាក់ទណ្ឌកម្ម", asked
    the Biden administration to sanction): the addressee of a call is his country."""
    from sanctionwatch.kb.actors import countries, leader

    titles = sorted(pack.words.get("titles", frozenset()), key=len, reverse=True)
    words = sorted(pack.words.get("government_words", frozenset()), key=len, reverse=True)
    for m in people:
        before = text[:m.start - base].rstrip()
        for t in titles:
            if before.endswith(t):
                before = before[:-len(t)].rstrip()
                break
        if not any(before.endswith(w) for w in words):
            continue
        who = leader(m.name)
        country = countries().get(who.country) if who is not None and who.country else None
        if country is not None:
            label = (country.names.get("en") or country.all_names() or (m.name,))[0]
            return Participant(label, "issuer", "Country", None, m.start, m.end)
    return None


def _as_country(p: Participant, pack: LanguagePack) -> Participant:
    """A country, or its government named with one of the pack's `government_words`
    ("រដ្ឋាភិបាល" + country), under the country's English name: the headline's "South Korea
    sanctions …" and the body's "the South Korean government imposed …" are one issuer."""
    name = p.name
    for w in sorted(pack.words.get("government_words", ()), key=len, reverse=True):
        if name.casefold().startswith(w):
            name = name[len(w):].strip()
            break
    english = _country_english().get(name.casefold())
    return replace(p, name=english) if english else p


@lru_cache(maxsize=1)
def _country_english() -> dict[str, str]:
    from sanctionwatch.kb.actors import countries

    out: dict[str, str] = {}
    for c in countries().values():
        label = (c.names.get("en") or c.all_names() or ("",))[0]
        for n in c.all_names():
            out.setdefault(n.casefold(), label)
    return out


def _is_country(m: Mention) -> bool:
    """A country's name, however the tagger labelled it (a country owns, it does not act here)."""
    return m.label == "GPE" or m.name.casefold() in _country_names()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    from sanctionwatch.kb.actors import countries

    return frozenset(n.casefold() for c in countries().values() for n in c.all_names())


def _predicate_subject(text: str, pack: LanguagePack, hit: Hit, cands: list[Mention], rel) -> list[Mention]:
    """The last of `cands` before the first predicate marker that follows one of them."""
    markers = pack.words.get("predicate_markers", frozenset())
    start = rel(cands[0].end)
    while markers:
        got = _find_word(text, markers, start, rel(hit.start) + 1, pack)
        if got is None:
            break
        subj = [m for m in cands if rel(m.end) <= got[0]]
        if subj:
            return subj[-1:]
        start = got[1]
    return cands[-1:]


def _country_modifies(text: str, at: int, pack: LanguagePack) -> bool:
    """A country's name written against the noun before it ("ពលរដ្ឋកូរ៉េ", Korean citizens;
    "និស្សិតកូរ៉េ", a Korean student) qualifies that noun: in a script without spaces, a
    letter right before the name that does not end a particle the pack knows."""
    if pack.spaced or at == 0 or not text[at - 1].isalpha() and not unicodedata.category(text[at - 1]).startswith("M"):
        return False
    prev = text[max(0, at - 20):at]
    particles: set[str] = set()
    for group in ("target_markers", "agent_markers", "coordination_markers", "addressee_markers",
                  "relative_markers", "possessive_markers", "place_markers", "call_openers", "copulas"):
        particles |= pack.words.get(group, frozenset())
    return not any(prev.endswith(w) for w in particles)


def _after_place_word(text: str, at: int, pack: LanguagePack) -> bool:
    """A country named as where something happens ("… នៅកម្ពុជា", in Cambodia)."""
    prev = text[max(0, at - 20):at].rstrip()
    return any(_ends_with_word(prev, w, pack.spaced) for w in pack.words.get("place_markers", ()))


def _included(sentence: Sentence, pack: LanguagePack, hit: Hit, after: list[Mention], cut: int,
              labels: tuple[str, ...], held: set[int], role: str) -> list[Participant]:
    """Members a class names after an inclusion word ("… 23 workers, among them Mr X")."""
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    got = _find_word(text, pack.words.get("inclusion_markers", frozenset()), rel(hit.end),
                     clause_end(sentence, pack, hit.end) - sentence.start, pack)
    if got is None:
        return []
    titles = sorted(pack.words.get("titles", frozenset()), key=len, reverse=True)

    def bare(gap: str) -> str:
        for t in titles:
            gap = gap.replace(t, " ")
        return gap.strip()

    first = [m for m in after if rel(m.start) >= got[1] and m.label in labels and id(m) not in held
             and not bare(text[got[1]:rel(m.start)])][:1]
    return [Participant(m.name, role, HINTS.get(m.label, "Organization"), None, m.start, m.end) for m in first]


def _counted_group(text: str, lo: int, hi: int, pack: LanguagePack) -> tuple[int, int] | None:
    """A group counted back to the people just named: one of the pack's `count_heads` ("អ្នក",
    those; "សកម្មជន", activists), a `count_markers` word ("ទាំង", all) and a number in words
    or digits ("អ្នកទាំងបី", the three; "សកម្មជនទាំង ៣នាក់"): (offset, how many)."""
    heads = pack.words.get("count_heads", frozenset())
    marks = pack.words.get("count_markers", frozenset())
    if not heads or not marks:
        return None
    digits = str(pack.dates.get("digits", ""))
    numbers = sorted(pack.duration_numbers.items(), key=lambda kv: -len(kv[0]))
    for head in heads:
        k = text.find(head, lo, hi)
        while k >= 0:
            rest = text[k + len(head):hi]
            mark = next((m for m in marks if rest.startswith(m)), None)
            if mark is not None:
                tail = rest[len(mark):].lstrip()
                n = next((v for w, v in numbers if tail.startswith(w)), None)
                if n is None:
                    num = re.match(r"[0-9០-៩]+", tail)
                    if num is not None:
                        n = int("".join(str(digits.index(c)) if c in digits else c for c in num.group(0)))
                if n is not None and n > 1:
                    return k, n
            k = text.find(head, k + 1, hi)
    return None


def _titled(text: str, at: int, pack: LanguagePack) -> bool:
    """Does one of the pack's titles stand right before `at`, itself after a space or the
    start (" លោក Y", " ឧត្តមសេនីយ៍ Y"), not glued to the word before it?"""
    before = text[:at].rstrip()
    for t in sorted(pack.words.get("titles", frozenset()), key=len, reverse=True):
        if before.endswith(t):
            k = len(before) - len(t)
            return k == 0 or text[k - 1].isspace()
    return False


MEMBERSHIP_REACH = 60
"""Most characters between "part of" (the pack's `membership_markers`) and the body it names."""


def _membership(sentence: Sentence, pack: LanguagePack, hit: Hit, after: list[Mention], cut: int, hi: int,
                have: list[Participant], held: set[int], role: str) -> list[Participant]:
    """The organisation a measure's targets are said to be part of, in the relative clause right
    after them ("sanctioned 146 targets which it regards as part of the criminal organisation
    X"): X is named by the measure too. Only an organisation, only in the clause that `cut`
    (the first relative marker after the trigger) opens, and only the first name after the
    marker with nothing but common words between."""
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    relative = _find_word(text, pack.words.get("relative_markers", frozenset()), rel(hit.end), hi, pack)
    if relative is None or relative[0] != cut:
        return []
    marker = _find_word(text, pack.words.get("membership_markers", frozenset()), relative[1],
                        min(hi, relative[1] + MEMBERSHIP_REACH), pack)
    if marker is None:
        return []
    if any(relative[1] <= rel(m.start) < marker[0] for m in after):
        return []  # "… which X regards as part of Y": someone else's clause, not the targets'
    nxt = [m for m in after if marker[1] <= rel(m.start) <= marker[1] + MEMBERSHIP_REACH]
    if not nxt or nxt[0].label != "ORG" or id(nxt[0]) in held or any(p.start == nxt[0].start for p in have):
        return []
    m = nxt[0]
    return [Participant(m.name, role, "Organization", None, m.start, m.end)]


def _listed(sentence: Sentence, pack: LanguagePack, hit: Hit, after: list[Mention], cut: int,
            labels: tuple[str, ...], held: set[int], role: str, latin: bool) -> list[Participant]:
    """The members of the list after the trigger (after its target particle when one follows
    closely), up to `cut`: per member its first name that is not a mere owner, else -- in a
    script written without spaces -- a name in Latin letters ("ក្រុមហ៊ុន L.Y.P. Group")."""
    text = sentence.text
    rel = lambda o: o - sentence.start  # noqa: E731
    start = rel(hit.end)
    marks = pack.words.get("target_markers", frozenset())
    got = _find_word(text, marks, start, min(cut, start + 40), pack)
    if got is not None:
        start = got[1]
    openers = pack.words.get("predicate_openers", frozenset())
    out: list[Participant] = []
    for a, b in _items(text, start, cut, pack):
        seg = text[a:b].strip()
        if any(seg.startswith(w) for w in openers):
            continue  # "… and is an advisor of …": a description, not a member
        ms = [m for m in after if a <= rel(m.start) < b and m.label in labels and id(m) not in held]
        if latin and not ms:
            # "ដាក់ទណ្ឌកម្មលើមន្ត្រីក្រសួង X" (on officials of ministry X): the body whose
            # officials, members or staff the item is (its first words) is named by the measure
            ms = [m for m in after if a <= rel(m.start) < b and m.label == "ORG" and "ORG" in labels
                  and "".join(text[a:rel(m.start)].split()) in pack.words.get("member_nouns", frozenset())][:1]
        if ms:
            # "លោក X មេបញ្ជាការ… លោក Y ព្រះរាជអាជ្ញា…": a title standing after a space opens the
            # next member of a list that only spaces part, each with its description
            for m in [ms[0]] + [m for m in ms[1:] if m.label == "PER" and _titled(text, rel(m.start), pack)]:
                out.append(Participant(m.name, role, HINTS.get(m.label, "Organization"), None, m.start, m.end))
            continue
        if latin and not pack.spaced:  # a measure's target; never a victim from a bare name
            found = _latin_name(text, a, b)
            if found is not None and any(id(m) in held and rel(m.start) < found[1] and found[0] < rel(m.end)
                                         for m in after):
                found = None  # "ភរិយារបស់លោក X" (the wife of Mr X): X only owns the item
            if found is not None:
                s, e = found
                out.append(Participant(text[s:e], role, "Organization", None, sentence.start + s, sentence.start + e))
    return out
