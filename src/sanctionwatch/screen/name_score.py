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
`KIM, Song Hun`). A family name left unpaired while the other name's family name pairs with
another part is a second family name, not an extra part (`KAY Kimsong` vs `KIM, Song`). A
one-word organisation name of up to six letters is a coined word (`UNTAC` is not `SUNTAC`)
unless an agreeing legal form backs the misspelling (`Appel Inc.` ~ `Apple Inc.`). Han, Kana
and Hangul parts are joined and compared as characters, never by their readings.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from sanctionwatch.names.orgs import LEGAL_NATURE
from sanctionwatch.names.parts import (
    FAMILY,
    INITIAL,
    NUMBER,
    ORGANIZATION,
    PARTICLE,
    NamePart,
    ParsedName,
)
from sanctionwatch.names.script import CJK_SCRIPTS, KHMER
from sanctionwatch.screen.similarity import (
    FAMILIAR,
    FUZZY,
    ORG_STRICT_LENGTH,
    edit_similarity,
    part_similarity,
)

PAIR_MIN = 0.45
# weight of the longer name's coverage in the score; people tolerate extra parts better
EXTRA_WEIGHT_PERSON = 0.25
EXTRA_WEIGHT_ORG = 0.5
SINGLE_PART_FACTOR = 0.78
INITIAL_CONFLICT_FACTOR = 0.8
LEGAL_CONFLICT_FACTOR = 0.92
# legal forms of different natures (`AG`: shares, `GmbH`: limited liability): two companies
LEGAL_NATURE_CONFLICT_FACTOR = 0.65
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
SHORT_ORG_WORD = 6
# a family name left unpaired while the other name's family name pairs with something else
# (`KAY Kimsong` vs `KIM, Song`, `王 涼平` vs `涼 平`): two different family names
FAMILY_CONFLICT_FACTOR = 0.75
# an organisation name with a country name the other lacks (`Banco Santander México` vs
# `Banco Santander`) names a national branch or subsidiary, a different legal person
SUBSIDIARY_FACTOR = 0.8
# one name is the other followed or preceded by a second person's full name (`Bun Rany Hun
# Sen`, a wife named with her husband's name): neither of the two people alone
COMPOUND_FACTOR = 0.6
# a familiar form of a given name (`Lisa`/`Elizabeth`, `Juan`/`John`) next to another part that
# agrees less than this: a different person whose name resembles the other's
FAMILIAR_SUPPORT = 0.9
FAMILIAR_UNSUPPORTED_FACTOR = 0.8
# the last part of a long name (three parts or more on both sides) cut short in a fixed-width
# list field (`... BEN BELKASSEM DR` for `DRISSI`): like an initial, a little more
TRUNCATED_MIN_PARTS = 3
TRUNCATED_SCORE = 0.8
TRUNCATED = "truncated"


@dataclass
class PartPair:
    query: str
    candidate: str
    score: float
    how: str

    def as_dict(self) -> dict[str, str | float]:
        return {"query": self.query, "candidate": self.candidate, "score": self.score, "how": self.how}


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


_ALL: list[frozenset[int]] = [frozenset(range(n)) for n in range(16)]
_NONE: frozenset[int] = frozenset()


def _indices(n: int) -> frozenset[int]:
    while len(_ALL) <= n:
        _ALL.append(frozenset(range(len(_ALL))))
    return _ALL[n]


def _align(
    q: ParsedName, c: ParsedName, org: bool = False,
) -> tuple[list[tuple[int, int, float, str]], frozenset[int], frozenset[int]]:
    """Pair parts greedily, best score first (ties: pairs that keep the written order).

    Returns the pairs (i, j, score, how) and the unpaired indices of each side.
    """
    pairs = _pairs(q, c, org)
    return pairs, _indices(len(q.core)) - {i for i, _, _, _ in pairs}, _indices(len(c.core)) - {j for _, j, _, _ in pairs}


def _pairs(q: ParsedName, c: ParsedName, org: bool) -> list[tuple[int, int, float, str]]:
    """The part pairs (i, j, score, how) of `_align`."""
    qs, cs = q.core, c.core
    nq, nc = len(qs), len(cs)
    acronym = org and (nq == 1 or nc == 1)
    # a one-word organisation name of a few letters (`UNTAC`, `ASEAN`) is a coined word: one
    # letter more or different is another organisation (`SUNTAC`, `OZEAN GROUP GMBH`) unless an
    # agreeing legal form backs the misspelling (`Appel Inc.` ~ `Apple Inc.`)
    coined = acronym and not (q.legal & c.legal)
    candidates: list[tuple[float, int, int, int, str]]
    if q.all_plain and c.all_plain and not acronym:
        # Latin words of 2+ letters on both sides: `part_similarity` is the spelling alone
        candidates = []
        c_forms = c.core_forms
        long_names = not org and nq >= TRUNCATED_MIN_PARTS and nc >= TRUNCATED_MIN_PARTS
        for i, qf in enumerate(q.core_forms):
            for j in range(nc):
                s, how = edit_similarity(qf, c_forms[j])
                if s >= PAIR_MIN:
                    candidates.append((-s, i - j if i >= j else j - i, i, j, how))
                elif long_names and i == nq - 1 and j == nc - 1 and _truncated(qf, c_forms[j]):
                    candidates.append((-TRUNCATED_SCORE, 0, i, j, TRUNCATED))
    else:
        candidates = []
        q_plain, c_plain = q.core_plain, c.core_plain
        # a Khmer name with a Khmer family name (កឹម, ហ៊ុន) is a Cambodian name: its other parts
        # are read as Khmer names, never by ear as a foreign name (សុវណ្ណ Sovann is not Savin)
        foreign = not (_khmer_family(q) or _khmer_family(c))
        for i, qp in enumerate(qs):
            plain = q_plain[i]
            qf = qp.form
            for j, cp in enumerate(cs):
                if plain and c_plain[j]:
                    cf = cp.form
                    if acronym and (len(qf) <= ORG_STRICT_LENGTH or len(cf) <= ORG_STRICT_LENGTH) and qf != cf:
                        continue  # acronyms match exactly or not at all
                    score, how = edit_similarity(qf, cf, coined and min(len(qf), len(cf)) <= SHORT_ORG_WORD)
                else:
                    score, how = part_similarity(qp, cp, acronym, foreign)
                if score >= PAIR_MIN:
                    candidates.append((-score, abs(i - j), i, j, how))
    if len(candidates) < 2:
        return [(i, j, -neg, how) for neg, _, i, j, how in candidates]
    candidates.sort()
    used_q: set[int] = set()
    used_c: set[int] = set()
    pairs: list[tuple[int, int, float, str]] = []
    most = min(nq, nc)
    for neg, _, i, j, how in candidates:
        if i in used_q or j in used_c:
            continue
        used_q.add(i)
        used_c.add(j)
        pairs.append((i, j, -neg, how))
        if len(pairs) == most:
            break
    return pairs


def _khmer_family(name: ParsedName) -> bool:
    """Does a Khmer-script part of `name` read as a known Khmer family name?"""
    for part, is_family in zip(name.core, name.core_family, strict=False):
        if is_family and part.script == KHMER:
            return True
    return False


def _truncated(a: str, b: str) -> bool:
    """Is one of two last parts the other cut short (`DR` for `DRISSI`), as fixed-width list
    fields cut long names? Two letters at least, and two or more letters cut."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 2 and len(long) >= len(short) + 2 and long.startswith(short)


def _merge_pairs(
    qs: tuple[NamePart, ...], cs: tuple[NamePart, ...], free_q: set[int], free_c: set[int], org: bool = False,
) -> list[tuple[list[int], list[int], float]]:
    """Pair one free part with two adjacent free parts of the other name (`Bunhieng`~`Bun Hieng`).

    Paired parts are removed from `free_q` and `free_c`.
    """
    merged: list[tuple[list[int], list[int], float]] = []
    for one, many, free_one, free_many, flip in ((qs, cs, free_q, free_c, False), (cs, qs, free_c, free_q, True)):
        if len(free_many) < 2:
            continue  # no two free parts to join
        for i in sorted(free_one):
            forms = one[i].forms
            syllabic = one[i].script in CJK_SCRIPTS
            best: tuple[float, list[int]] | None = None
            for j in sorted(free_many):
                for k in (j + 1, j - 1):
                    if k not in free_many:
                        continue
                    if syllabic and many[j].script == many[k].script == one[i].script:
                        # Han, Kana, Hangul: the characters, not their readings (`涼平` is not
                        # `梁 萍`, though both read `liang ping`); a changed character is another name
                        if k > j and one[i].native == many[j].native + many[k].native:
                            best = (1.0, [j, k])
                        continue
                    joined = many[j].form + many[k].form
                    # a merge must be within the edit budget (≤ 3), so lengths must be close
                    size = len(joined)
                    score = 0.0
                    for f in forms:
                        if -3 <= len(f) - size <= 3:
                            s = edit_similarity(f, joined)[0]
                            if s > score:
                                score = s
                    if score < MERGE_MIN and not org:
                        continue  # only an acronym could still make it a merge
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
    result.score = name_similarity(q, c, result)
    return result


def name_similarity(q: ParsedName, c: ParsedName, result: NameScore | None = None) -> float:  # noqa: C901, PLR0912
    """`compare_names(q, c).score`; fills `result`'s pairs and notes only when one is given.

    Screening scores many candidates and explains a few, so the explanation is optional.
    """
    if q.key == c.key and q.key:
        if result is not None:
            result.pairs = [PartPair(p.text, o.text, 1.0, "exact") for p, o in zip(q.parts, c.parts, strict=True)]
        return 1.0
    qs, cs = q.core, c.core
    if not qs or not cs:
        if result is not None:
            result.notes.append("no comparable name parts")
        return 0.0
    org = q.kind == ORGANIZATION
    pairs = _pairs(q, c, org)
    wq, wc = q.core_weights, c.core_weights
    got_q = got_c = 0.0
    used_q: set[int] = set()
    used_c: set[int] = set()
    familiar = False
    weakest = 1.0
    for i, j, s, how in pairs:
        got_q += wq[i] * s
        got_c += wc[j] * s
        used_q.add(i)
        used_c.add(j)
        if how == FAMILIAR:
            familiar = True
        elif s < weakest:
            weakest = s
    npairs = len(pairs)
    free_q: AbstractSet[int] = _NONE if npairs == len(qs) else _indices(len(qs)) - used_q
    free_c: AbstractSet[int] = _NONE if npairs == len(cs) else _indices(len(cs)) - used_c
    merges: list[tuple[list[int], list[int], float]] = []
    if free_q and free_c and (len(free_q) > 1 or len(free_c) > 1):
        free_q, free_c = set(free_q), set(free_c)
        merges = _merge_pairs(qs, cs, free_q, free_c, org)
    for iq, ic, s in merges:
        got_q += sum(wq[i] for i in iq) * s
        got_c += sum(wc[j] for j in ic) * s
    tot_q = q.core_weight
    tot_c = c.core_weight
    if q.numbers and c.numbers and q.numbers != c.numbers:
        # numbered members of one series (`Fund IV`/`Fund V`, `Snow Storm 1`/`2`): the numbers
        # are judged once, by NUMBER_SERIES_FACTOR, not also as missing parts
        tot_q -= sum(qs[i].weight for i in free_q if qs[i].role == NUMBER)
        tot_c -= sum(cs[j].weight for j in free_c if cs[j].role == NUMBER)
        tot_q, tot_c = max(tot_q, 1e-9), max(tot_c, 1e-9)
    cov_q, cov_c = got_q / tot_q, got_c / tot_c
    extra_weight = EXTRA_WEIGHT_ORG if org else EXTRA_WEIGHT_PERSON
    short, long = (cov_q, cov_c) if cov_q >= cov_c else (cov_c, cov_q)
    score = (1 - extra_weight) * short + extra_weight * long
    notes = None
    if result is not None:
        notes = result.notes
        result.pairs = [PartPair(qs[i].text, cs[j].text, round(s, 3), how) for i, j, s, how in pairs]
        result.pairs += [
            PartPair(" ".join(qs[i].text for i in iq), " ".join(cs[j].text for j in ic), round(s, 3), "joined")
            for iq, ic, s in merges
        ]
    # the whole name written together (`VladimirPutin`, `SiemensAG`, `Ramimakhlouf`), with its
    # articles and particles if need be (`Vanderbilt` ~ `van der Bilt`)
    one_word = False
    particles = q.joined_all != q.joined or c.joined_all != c.joined
    if score < 0.9 and (len(qs) != len(cs) or particles):
        joined_score = edit_similarity(q.joined, c.joined)[0]
        if particles:
            joined_score = max(joined_score, edit_similarity(q.joined_all, c.joined_all)[0])
        if joined_score * 0.95 > score:
            score = joined_score * 0.95
            if joined_score >= MERGE_MIN:
                # every part is explained by the name written together: no part is left over
                one_word = True
                free_q = free_c = _NONE
            if notes is not None:
                notes.append("matched as one word")
    # penalties: each is a factor on the score
    factor = 1.0
    if (q.strong_count == 1) != (c.strong_count == 1) and not org and not (
        (q.strong_count == 1 and not free_c and len(cs) > 1) or (c.strong_count == 1 and not free_q and len(qs) > 1)
    ):  # not when the one part is the other name written together (`FridrichBuchenberg`)
        factor *= SINGLE_PART_FACTOR
        if notes is not None:
            notes.append("one-part name against a fuller name")
    if free_q and free_c:
        if (q.has_initial or c.has_initial) and (
            any(qs[i].role == INITIAL for i in free_q) or any(cs[j].role == INITIAL for j in free_c)
        ):
            factor *= INITIAL_CONFLICT_FACTOR
            if notes is not None:
                notes.append("conflicting initial")
    if org:
        factor *= _org_penalties(q, c, free_q, free_c, notes)
    if free_q and free_c:
        real_q, real_c = q.core_real, c.core_real
        conflicts = min(
            len(free_q) if q.all_real else sum(1 for i in free_q if real_q[i]),
            len(free_c) if c.all_real else sum(1 for j in free_c if real_c[j]),
        )
        if conflicts:
            factor *= CONFLICT_FACTOR**conflicts
            if notes is not None:
                notes.append(f"{conflicts} part(s) contradict")
    if not org and (free_q or free_c):
        if _family_unpaired(qs, cs, free_q, free_c):
            factor *= FAMILY_CONFLICT_FACTOR
            if notes is not None:
                notes.append("different family names")
        if not (free_q and free_c) and _two_names(q if free_q else c, free_q or free_c):
            factor *= COMPOUND_FACTOR
            if notes is not None:
                notes.append("two people's names, one of them this one")
        if not (free_q and free_c) and _syllabic_extra(qs if free_q else cs, free_q or free_c):
            # Chinese, Japanese and Korean names have no optional middle names: a Han, Kana or
            # Hangul part left over is a name the other does not have (`涼平 井上` vs `Liang Ping`)
            factor *= CONFLICT_FACTOR
            if notes is not None:
                notes.append("an unpaired Han, Kana or Hangul part")
    if q.patronymic and c.patronymic and _patronymic_reversed(q, c):
        factor *= REVERSAL_FACTOR
        if notes is not None:
            notes.append("father's and own name swapped")
    if familiar and weakest < FAMILIAR_SUPPORT:
        # `Lisa Richards` is not `Elizabeth Richardson`: a familiar form of the given name is
        # evidence only when the rest of the name agrees (`Ted Doe`, `Theodore Doe`)
        factor *= FAMILIAR_UNSUPPORTED_FACTOR
        if notes is not None:
            notes.append("a familiar form beside an inexact part")
    if q.numbers != c.numbers:
        factor *= NUMBER_SERIES_FACTOR if q.numbers and c.numbers else NUMBER_CONFLICT_FACTOR
        if notes is not None:
            notes.append("different numbers")
    if factor != 1.0:
        score *= factor
    if short < 1.0 and not (free_q and free_c):
        unexplained = _unexplained(q, c, free_q, free_c)
        if unexplained:
            # extra parts of the longer name are normal (middle names, patronymics) when the
            # shorter name is there exactly; when it only resembles part of it (`Chan Cheng` vs
            # `CHANG, Chin Sung`, `កឹម សុខា` vs `KIM, Sok Chol`) each extra part makes it likelier
            # that this is someone else whose name shares a syllable or two
            score *= max(0.0, 1.0 - UNEXPLAINED_COST * unexplained * (1.0 - short))
            if notes is not None:
                notes.append("extra parts beside an inexact match")
    if score > INITIALS_ONLY_CAP and not one_word and not (pairs and q.all_strong and c.all_strong) and not _strong_pair(q, c, pairs) and not (
        merges and max(s for _, _, s in merges) >= MERGE_MIN
    ):
        score = INITIALS_ONLY_CAP
        if notes is not None:
            notes.append("only initials or particles agree")
    if org:
        acronym = _acronym_score(q, c)
        if acronym > score:
            score = acronym
            if notes is not None:
                notes.append("acronym")
    if score >= 1.0:
        return NOT_IDENTICAL_CAP  # the names' keys differ (equal keys returned 1.0 above)
    return score if score > 0.0 else 0.0


def _org_penalties(
    q: ParsedName, c: ParsedName, free_q: AbstractSet[int], free_c: AbstractSet[int], notes: list[str] | None,
) -> float:
    factor = 1.0
    qs, cs = q.core, c.core
    for one, other, free_other in ((qs, cs, free_c), (cs, qs, free_q)):
        if (len(one) == 1 and len(one[0].form) <= SHORT_ORG_LENGTH
                and any(other[j].role not in (PARTICLE, INITIAL, NUMBER) for j in free_other)):
            factor *= SHORT_ORG_FACTOR
            if notes is not None:
                notes.append("a short name found inside a longer one")
            break
    if (q.has_country or c.has_country) and bool(free_q) != bool(free_c):
        # a country name on one side only: a national branch or subsidiary of the other
        side, free_side = (q, free_q) if free_q else (c, free_c)
        if any(side.core_country[i] for i in free_side):
            factor *= SUBSIDIARY_FACTOR
            if notes is not None:
                notes.append("a country name on one side only (a national branch?)")
    if q.legal and c.legal and not q.legal & c.legal:
        natures_q = {LEGAL_NATURE[f] for f in q.legal if f in LEGAL_NATURE}
        natures_c = {LEGAL_NATURE[f] for f in c.legal if f in LEGAL_NATURE}
        if natures_q and natures_c and not natures_q & natures_c:
            factor *= LEGAL_NATURE_CONFLICT_FACTOR
            if notes is not None:
                notes.append("legal forms of different natures (shares, limited liability, partnership)")
        else:
            factor *= LEGAL_CONFLICT_FACTOR
            if notes is not None:
                notes.append("different legal forms")
    return factor


__all__ = ["FUZZY", "NameScore", "PartPair", "compare_names", "name_similarity"]


def _acronym_score(q: ParsedName, c: ParsedName) -> float:
    """`PLA` ~ `People's Liberation Army`: one short part spelling the other's initials."""
    for one, many in ((q, c), (c, q)):
        if not one.core or len(many.core) < 2 or not 2 <= len(one.core[0].form) <= 6:
            continue
        if many.initials == one.core[0].form and one.core[0].form not in many.core_forms:
            # (not when the word is itself in the other name: `СБ Дако` vs `СБ Банк` share `СБ`,
            # whose letters then spell `СБ Банк` only by coincidence)
            return ACRONYM_SCORE if len(one.core) == 1 else ACRONYM_SCORE * 0.9
    return 0.0


def _unexplained(q: ParsedName, c: ParsedName, free_q: AbstractSet[int], free_c: AbstractSet[int]) -> float:
    """Weight of the real parts of the longer name left unpaired, when the shorter is fully paired.

    Ancestors in an Arabic lineage (`bin Muhammad ibn Awad`) and Slavic or Turkic patronymics
    are not counted: lists add them (see `ParsedName.core_extra`).
    """
    if free_q and free_c:
        return 0.0  # that is a conflict, counted separately
    extra, free = (c.core_extra, free_c) if free_c else (q.core_extra, free_q)
    return sum(extra[j] for j in free)


def _family_unpaired(
    qs: tuple[NamePart, ...], cs: tuple[NamePart, ...], free_q: AbstractSet[int], free_c: AbstractSet[int],
) -> bool:
    """Is a family name of one side unpaired while the other side's family name is paired?

    Its partner then is another part (`KIM` of `KIM, Song` joined into `Kimsong`), so the two
    names have different family names, even though every part of the shorter one is explained.
    """
    for one, other, free_one, free_other in ((qs, cs, free_q, free_c), (cs, qs, free_c, free_q)):
        for i in free_one:
            if one[i].role == FAMILY:
                for j, p in enumerate(other):
                    if p.role == FAMILY and j not in free_other:
                        return True
                break
    return False


def _two_names(name: ParsedName, free: AbstractSet[int]) -> bool:
    """Is `name` two people's full names in a row, the other name being one of them?

    A wife is named with her name followed by her husband's (`Bun Rany Hun Sen`): the unpaired
    parts are a contiguous run of at least two at one end, the paired ones the rest (two or
    more), and each run starts with a known family name.
    """
    n = len(name.core)
    k = len(free)
    if n < 4 or k < 2 or n - k < 2 or not name.core_family:
        return False
    first, last = min(free), max(free)
    if last - first + 1 != k or (first != 0 and last != n - 1):
        return False
    paired_start = k if first == 0 else 0
    return name.core_family[first] and name.core_family[paired_start]


def _syllabic_extra(parts: tuple[NamePart, ...], free: AbstractSet[int]) -> bool:
    """Is an unpaired part written in Han, Kana or Hangul?"""
    for i in free:
        if parts[i].script in CJK_SCRIPTS:
            return True
    return False


def _strong_pair(q: ParsedName, c: ParsedName, pairs: list[tuple[int, int, float, str]]) -> bool:
    """Does at least one real part (not an initial or particle) pair with a real part?"""
    strong_q, strong_c = q.core_strong, c.core_strong
    for i, j, _, how in pairs:
        # a familiar form (`Don` for `Donald`) is a guess about a given name, not an agreement
        if strong_q[i] and strong_c[j] and how != FAMILIAR:
            return True
    return False


def _patronymic_reversed(q: ParsedName, c: ParsedName) -> bool:
    """`Salman bin Muhammad` vs `Muhammad bin Salman`: son and father swapped."""
    a, b = q.patronymic, c.patronymic
    return bool(a and b and a != b and a[0] == b[1] and a[1] == b[0])
