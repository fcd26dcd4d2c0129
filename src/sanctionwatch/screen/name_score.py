"""Score two parsed names by aligning their parts.

Parts are paired regardless of order (family-name-first, `LAST, First` and given-name-first
are all common for the same person), best pairs first. The score then asks two questions:
how much of the *shorter* name is explained by the other (a missing part there is a
contradiction), and how much of the longer one (extra middle names and patronymics are
normal, so they cost little). Two parts left unpaired on both sides are a conflict (`Ivanevich`
against `Viktorovich`). A name reduced to one part is weak evidence against a full name, and
anything short of identical stays below 1.0 so results can be ranked.

Weak evidence is capped: if no real part (more than an initial, not a particle) pairs with a real
part, the score stays below the threshold (`D. Trump` vs `DON T`); a one-token organisation name
of ≤ 4 letters is an acronym that matches exactly or as initials (`MIA` is not `MIEA`, `EU` in
`MIRA E.U.` is a coincidence); and unpaired parts of the longer name cost more the less exactly
the shorter name matched (`Hun Sen` is all of `HUN, Sen` but only resembles part of
`KIM, Song Hun`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sanctionwatch.names.parts import (
    FUNCTION,
    INITIAL,
    LEGAL,
    NUMBER,
    PARTICLE,
    PATRONYMIC,
    NamePart,
    ParsedName,
)
from sanctionwatch.screen.similarity import FUZZY, edit_similarity, part_similarity

PAIR_MIN = 0.45
# weight of the longer name's coverage in the score; people tolerate extra parts better
EXTRA_WEIGHT_PERSON = 0.25
EXTRA_WEIGHT_ORG = 0.5
SINGLE_PART_FACTOR = 0.78
INITIAL_CONFLICT_FACTOR = 0.8
LEGAL_CONFLICT_FACTOR = 0.92
NUMBER_CONFLICT_FACTOR = 0.85  # a number on one side only (`Solutions II` vs `Solutions`)
NUMBER_SERIES_FACTOR = 0.8  # different numbers on both sides
NOT_IDENTICAL_CAP = 0.99
CONFLICT_FACTOR = 0.8
REVERSAL_FACTOR = 0.6
ACRONYM_SCORE = 0.85
CROSS_SCRIPT_CAP = 0.95
MERGE_MIN = 0.85
# no part of one name with more than an initial's worth of letters pairs with a real part of the
# other (`D. Trump` vs `DON T`, `N.N.` vs `Nursultan Nazarbayev`): initials alone never match
INITIALS_ONLY_CAP = 0.6
# an organisation name that is one short token (`EU`, `SMS`, `NGO`) found inside a longer name
# (`MIRA E.U.`, `LLC TD SMS`) is a coincidence unless it spells that name's initials
SHORT_ORG_FACTOR = 0.75
SHORT_ORG_LENGTH = 4
UNEXPLAINED_COST = 1.0


@dataclass
class PartPair:
    query: str
    candidate: str
    score: float
    how: str


@dataclass
class NameScore:
    score: float
    pairs: list[PartPair] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    query: str = ""
    candidate: str = ""

    def detail(self) -> str:
        paired = ", ".join(f"{p.query}~{p.candidate} {p.how} {p.score:.2f}" for p in self.pairs)
        extra = "; ".join(self.notes)
        return f"{self.query!r} vs {self.candidate!r}: {paired}" + (f" ({extra})" if extra else "")


def _align(
    qs: list[NamePart], cs: list[NamePart], org: bool = False,
) -> tuple[list[tuple[int, int, float, str]], set[int], set[int]]:
    candidates: list[tuple[float, int, int, int, str]] = []
    acronym = org and (len(qs) == 1 or len(cs) == 1)
    for i, q in enumerate(qs):
        for j, c in enumerate(cs):
            score, how = part_similarity(q, c, acronym)
            if score >= PAIR_MIN:
                # prefer, among equal scores, pairs that keep the written order
                candidates.append((-score, abs(i - j), i, j, how))
    candidates.sort()
    used_q: set[int] = set()
    used_c: set[int] = set()
    pairs: list[tuple[int, int, float, str]] = []
    for neg, _, i, j, how in candidates:
        if i in used_q or j in used_c:
            continue
        used_q.add(i)
        used_c.add(j)
        pairs.append((i, j, -neg, how))
    return pairs, set(range(len(qs))) - used_q, set(range(len(cs))) - used_c


def _merge_pairs(
    qs: list[NamePart], cs: list[NamePart], free_q: set[int], free_c: set[int], org: bool = False
) -> list[tuple[list[int], list[int], float]]:
    """Pair one free part with two adjacent free parts of the other name (`Bunhieng`~`Bun Hieng`)."""
    merged: list[tuple[list[int], list[int], float]] = []
    for one, many, free_one, free_many, flip in ((qs, cs, free_q, free_c, False), (cs, qs, free_c, free_q, True)):
        for i in sorted(free_one):
            forms = one[i].forms
            best: tuple[float, list[int]] | None = None
            for j in sorted(free_many):
                for k in (j + 1, j - 1):
                    if k not in free_many:
                        continue
                    joined = many[j].form + many[k].form
                    # a merge must be within the edit budget (≤ 3), so lengths must be close
                    score = max(
                        (edit_similarity(f, joined)[0] for f in forms if abs(len(f) - len(joined)) <= 3), default=0.0,
                    )
                    if org and k > j and forms[0] == many[j].form[:1] + many[k].form[:1]:
                        score = max(score, ACRONYM_SCORE)  # `US` ~ `United States`
                    if one[i].script != many[j].script:
                        score = min(score, CROSS_SCRIPT_CAP)  # as for single romanised parts
                    if score >= MERGE_MIN and (best is None or score > best[0]):
                        best = (score, [j, k])
            if best is not None:
                free_one.discard(i)
                for j in best[1]:
                    free_many.discard(j)
                merged.append(([i], best[1], best[0]) if not flip else (best[1], [i], best[0]))
    return merged


def compare_names(q: ParsedName, c: ParsedName) -> NameScore:
    """Similarity of two parsed names of the same kind, with the part pairs that explain it."""
    result = NameScore(0.0, query=q.original, candidate=c.original)
    if q.key == c.key and q.key:
        result.score = 1.0
        result.pairs = [PartPair(p.text, o.text, 1.0, "exact") for p, o in zip(q.parts, c.parts, strict=True)]
        return result
    qs, cs = list(q.core), list(c.core)
    if not qs or not cs:
        result.notes.append("no comparable name parts")
        return result
    org = q.kind == "org"
    pairs, free_q, free_c = _align(qs, cs, org)
    merges = _merge_pairs(qs, cs, free_q, free_c, org) if free_q and free_c else []
    got_q = sum(qs[i].weight * s for i, _, s, _ in pairs)
    got_c = sum(cs[j].weight * s for _, j, s, _ in pairs)
    for iq, ic, s in merges:
        got_q += sum(qs[i].weight for i in iq) * s
        got_c += sum(cs[j].weight for j in ic) * s
    tot_q = sum(p.weight for p in qs)
    tot_c = sum(p.weight for p in cs)
    if q.numbers and c.numbers and q.numbers != c.numbers:
        # numbered members of one series (`Fund IV`/`Fund V`, `Snow Storm 1`/`2`): the numbers
        # are judged once, by NUMBER_SERIES_FACTOR, not also as missing parts
        tot_q -= sum(qs[i].weight for i in free_q if qs[i].role == NUMBER)
        tot_c -= sum(cs[j].weight for j in free_c if cs[j].role == NUMBER)
        tot_q, tot_c = max(tot_q, 1e-9), max(tot_c, 1e-9)
    cov_q, cov_c = got_q / tot_q, got_c / tot_c
    extra_weight = EXTRA_WEIGHT_ORG if q.kind == "org" else EXTRA_WEIGHT_PERSON
    short, long = (cov_q, cov_c) if cov_q >= cov_c else (cov_c, cov_q)
    score = (1 - extra_weight) * short + extra_weight * long
    result.pairs = [PartPair(qs[i].text, cs[j].text, round(s, 3), how) for i, j, s, how in pairs]
    result.pairs += [
        PartPair(" ".join(qs[i].text for i in iq), " ".join(cs[j].text for j in ic), round(s, 3), "joined")
        for iq, ic, s in merges
    ]
    # the whole name written together (`VladimirPutin`, `SiemensAG`, `Ramimakhlouf`)
    if len(qs) != len(cs) and score < 0.9:
        joined_score, _ = edit_similarity(q.joined, c.joined)
        if joined_score * 0.95 > score:
            score = joined_score * 0.95
            result.notes.append("matched as one word")
    score *= _penalties(q, c, qs, cs, free_q, free_c, result)
    unexplained = _unexplained(qs, cs, free_q, free_c)
    if unexplained and short < 1.0:
        # extra parts of the longer name are normal (middle names, patronymics) when the
        # shorter name is there exactly; when it only resembles part of it (`Chan Cheng` vs
        # `CHANG, Chin Sung`, `កឹម សុខា` vs `KIM, Sok Chol`) each extra part makes it likelier
        # that this is someone else whose name shares a syllable or two
        score *= max(0.0, 1.0 - UNEXPLAINED_COST * unexplained * (1.0 - short))
        result.notes.append("extra parts beside an inexact match")
    if not _strong_pair(qs, cs, pairs) and not (merges and max(s for _, _, s in merges) >= MERGE_MIN):
        if score > INITIALS_ONLY_CAP:
            score = INITIALS_ONLY_CAP
            result.notes.append("only initials or particles agree")
    acronym = _acronym_score(qs, cs) if q.kind == "org" else 0.0
    if acronym > score:
        score = acronym
        result.notes.append("acronym")
    if score >= 1.0 and q.key != c.key:
        score = NOT_IDENTICAL_CAP
    result.score = max(0.0, min(1.0, score))
    return result


def _penalties(
    q: ParsedName, c: ParsedName, qs: list[NamePart], cs: list[NamePart],
    free_q: set[int], free_c: set[int], result: NameScore,
) -> float:
    factor = 1.0
    if q.kind != "org" and (q.strong_count == 1) != (c.strong_count == 1) and not (
        (q.strong_count == 1 and not free_c and len(cs) > 1) or (c.strong_count == 1 and not free_q and len(qs) > 1)
    ):  # not when the one part is the other name written together (`FridrichBuchenberg`)
        factor *= SINGLE_PART_FACTOR
        result.notes.append("one-part name against a fuller name")
    free_initials_q = {qs[i].form[:1] for i in free_q if qs[i].role == INITIAL}
    free_initials_c = {cs[j].form[:1] for j in free_c if cs[j].role == INITIAL}
    if (free_initials_q and free_c) or (free_initials_c and free_q):
        factor *= INITIAL_CONFLICT_FACTOR
        result.notes.append("conflicting initial")
    if q.kind == "org":
        for one, other, free_other in ((qs, cs, free_c), (cs, qs, free_q)):
            if (len(one) == 1 and len(one[0].form) <= SHORT_ORG_LENGTH
                    and any(other[j].role not in (PARTICLE, INITIAL, NUMBER) for j in free_other)):
                factor *= SHORT_ORG_FACTOR
                result.notes.append("a short name found inside a longer one")
                break
        if q.legal and c.legal and not q.legal & c.legal:
            factor *= LEGAL_CONFLICT_FACTOR
            result.notes.append("different legal forms")
    conflicts = min(
        sum(1 for i in free_q if qs[i].role not in (PARTICLE, INITIAL, NUMBER)),
        sum(1 for j in free_c if cs[j].role not in (PARTICLE, INITIAL, NUMBER)),
    )
    if conflicts:
        factor *= CONFLICT_FACTOR**conflicts
        result.notes.append(f"{conflicts} part(s) contradict")
    if _patronymic_reversed(q, c):
        factor *= REVERSAL_FACTOR
        result.notes.append("father's and own name swapped")
    if q.numbers != c.numbers:
        factor *= NUMBER_SERIES_FACTOR if q.numbers and c.numbers else NUMBER_CONFLICT_FACTOR
        result.notes.append("different numbers")
    return factor


__all__ = ["FUZZY", "NameScore", "PartPair", "compare_names"]


def _acronym_score(qs: list[NamePart], cs: list[NamePart]) -> float:
    """`PLA` ~ `People's Liberation Army`: one short part spelling the other's initials."""
    for one, many in ((qs, cs), (cs, qs)):
        if not one or len(many) < 2 or not 2 <= len(one[0].form) <= 6:
            continue
        initials = "".join(p.form[:1] for p in many if p.role not in (LEGAL, FUNCTION))
        if initials == one[0].form:
            rest = one[1:]
            return ACRONYM_SCORE if not rest else ACRONYM_SCORE * 0.9
    return 0.0


# Slavic patronymics (`Viktorovich`, `Oleksandrovych`, `Ivanovna`): lists add them, people omit them
_PATRONYMIC_ENDINGS = ("ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "yich", "ogly", "oglu", "kyzy")


def _unexplained(qs: list[NamePart], cs: list[NamePart], free_q: set[int], free_c: set[int]) -> float:
    """Weight of the real parts of the longer name left unpaired, when the shorter is fully paired.

    Ancestors in an Arabic lineage (`bin Muhammad ibn Awad`) and Slavic or Turkic patronymics
    are not counted: lists add them.
    """
    if free_q and free_c:
        return 0.0  # that is a conflict, counted separately
    parts, free = (cs, free_c) if free_c else (qs, free_q)
    return sum(
        parts[j].weight for j in free
        if _strong(parts[j]) and not (j and parts[j - 1].form in PATRONYMIC)
        and not parts[j].form.endswith(_PATRONYMIC_ENDINGS)
    )


def _strong(part: NamePart) -> bool:
    return part.role not in (PARTICLE, INITIAL, NUMBER) and len(part.form) > 1


def _strong_pair(qs: list[NamePart], cs: list[NamePart], pairs: list[tuple[int, int, float, str]]) -> bool:
    """Does at least one real part (not an initial or particle) pair with a real part?"""
    return any(_strong(qs[i]) and _strong(cs[j]) for i, j, _, _ in pairs)


def _patronymic_reversed(q: ParsedName, c: ParsedName) -> bool:
    """`Salman bin Muhammad` vs `Muhammad bin Salman`: son and father swapped."""
    a, b = q.patronymic, c.patronymic
    return bool(a and b and a != b and a[0] == b[1] and a[1] == b[0])
