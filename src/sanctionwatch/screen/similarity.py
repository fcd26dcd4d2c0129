"""How alike two name parts are, by script and spelling, in [0, 1] with a reason.

One rule for every alphabet: a part may differ by a number of edits that grows with its length
(none for 1–3 letters, one up to 6, two up to 11, three beyond); past that budget the score
falls steeply, because `Sancho`/`Sánchez` or `Orbach`/`Orbán` are different names while
`Pulin`/`Putin` is a typo. Equal phonetic skeletons (`Kem`/`Koem`, `Mohammed`/`Muhammad`)
count as a strong but not perfect match. Han, Kana and Hangul write a syllable per character,
so a different character there is a different name part: no budget at all. A Khmer part
against a Latin one is compared with each romanisation the romaniser proposes; one letter
beyond them is accepted only where romanisations disagree (vowel digraphs, doubled or aspirated
consonants, a French `r`), since a changed single vowel or an added syllable is another name.
An Arabic or Hebrew part matches a Latin one by consonants, `h` included. Two Latin spellings
of one Cyrillic or Arabic name by two languages' conventions (`Poutine`/`Putin`,
`Serguei`/`Sergei`) share a romanisation key (`names.translit`) and count as transliterated.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA, Editop, Levenshtein

from sanctionwatch.names.keys import ordered_skeleton, skeleton, vowel_key
from sanctionwatch.names.khmer_lexicon import FAMILY_NAMES, GIVEN_NAMES
from sanctionwatch.names.normalize import normalize_khmer
from sanctionwatch.names.parts import NamePart
from sanctionwatch.names.script import CJK_SCRIPTS, KHMER, LATIN
from sanctionwatch.names.translit import familiar_form, latin_variants_key, same_chinese_syllables

EXACT = "exact"
TRANSLITERATED = "transliterated"
ROMANISED = "romanised-from-Khmer"
PHONETIC = "phonetic"
FUZZY = "fuzzy"
INITIAL = "initial"
NATIVE = "same-script-fuzzy"
FAMILIAR = "familiar-form"

ABJADS = frozenset({"Arabic", "Hebrew"})
PHONETIC_SCORE = 0.8
CJK_CROSS_FACTOR = 0.85
KHMER_HOMOPHONE = 0.85
INITIAL_SCORE = 0.8
ROMANISED_EXACT = 0.95
TRANSLITERATED_EXACT = 0.95
# a spelling that only resembles one of the guessed romanisations is weaker evidence than
# one equal to it (`Sok` is a name of its own, not a way to write `សុខា` Sokha)
ROMANISED_FUZZY_FACTOR = 0.9
# a Latin spelling one letter away from every romanisation, by a letter the conventions do not
# vary (a single vowel, a syllable added or dropped), names another syllable: another name
ROMANISED_OTHER_SYLLABLE = 0.4
# a foreign name written in Khmer script: a Khmer syllable closes on one consonant, so the last
# consonant of a Latin final cluster is not written (ដូណាល់ Donal for Donald, ត្រាំ Trum for
# Trump). A romanisation equal to the Latin spelling without it is nearly as good as equal.
ROMANISED_FOREIGN = 0.93
# a foreign name in Khmer script heard rather than spelt: the same consonants in the same order
# once what Khmer script does not write is set aside (a final cluster's last consonant, an `r`
# before a consonant, a mute final `e`; `j` is ជ), vowels free (បៃដិន Baiden for Biden,
# រ៉េហ្គិន Regin for Reagan, ចាស្ទីន for Justin). Weaker than a spelling: two such parts stay
# under the resolver's bar (0.9) unless context backs them, and clear the screening threshold.
ROMANISED_FOREIGN_SOUNDS = 0.88
FOREIGN_SKELETON_MIN = 3
# equal vowel keys count as phonetic only if the spellings are otherwise close: `Hieng`/`Heang`
# and `Husayn`/`Hussein` are, `Sen`/`Song`, `Keo`/`Chau` and `Marquez`/`Marcos` are not
PHONETIC_MAX_EDIT_SHARE = 0.45
# one edit in a 4–5 letter part changes a fifth of it: unless only a vowel of a longer word
# changed (`Osama`/`Usama`), it is likely another name (`Chan`/`Chang`, `Chen`/`Chin`)
SHORT_EDIT_COST = 0.2
EDIT_COST = 0.12
# organisation parts this short are acronyms or codes: they match exactly or not at all
ORG_STRICT_LENGTH = 4
# two spellings whose romanisation keys are equal (names.translit): one name, two conventions
TRANSLIT_SCORE = 0.9
TRANSLIT_MIN = 4
# a familiar form of a given name (names.translit.familiar_form): the same name, not the same spelling
FAMILIAR_SCORE = 0.85
# a Chinese name part in Wade-Giles against its Pinyin spelling (names.translit.chinese_key)
CHINESE_SCORE = 0.85


def _budget(length: int) -> int:
    if length <= 3:
        return 0
    if length <= 6:
        return 1
    if length <= 11:
        return 2
    return 3


@lru_cache(maxsize=262144)
def edit_similarity(a: str, b: str, strict: bool = False) -> tuple[float, str]:
    """Similarity of two comparison forms and how it was reached (exact/fuzzy/phonetic)."""
    if a == b:
        return 1.0, EXACT
    if not a or not b:
        return 0.0, FUZZY
    length = max(len(a), len(b))
    dist = OSA.distance(a, b)
    budget = 0 if strict else _budget(length)
    if dist <= budget:
        one_syllable = _VOWEL_RUNS.fullmatch(a) is not None or _VOWEL_RUNS.fullmatch(b) is not None
        cost = SHORT_EDIT_COST if length <= 5 and (one_syllable or _consonants(a) != _consonants(b)) else EDIT_COST
        score = 1.0 - cost * dist
    else:
        score = max(0.0, 1.0 - 2.0 * dist / length) * 0.8
    how = FUZZY
    if (not strict and score < DOUBLED_SCORE and len(a) != len(b) and set(a) == set(b)
            and _DOUBLED.sub(r"\1", a) == _DOUBLED.sub(r"\1", b)):
        score = DOUBLED_SCORE  # a letter written twice (`Uun`/`Un`, `Hunn`/`Hun`) is a typo
    if (not strict and score < PHONETIC_SCORE and length >= 4 and dist <= PHONETIC_MAX_EDIT_SHARE * length
            and vowel_key(a) == vowel_key(b)):
        score, how = PHONETIC_SCORE, PHONETIC
    if not strict and score < TRANSLIT_SCORE and len(a) >= TRANSLIT_MIN and len(b) >= TRANSLIT_MIN:
        # one name by two languages' romanisations (`Poutine`/`Putin`, `Loukachenko`/`Lukashenko`)
        # only equal keys count: a key one letter from another is often another name
        # (`Manith`/`Many`, `Castillo`/`Castro` once doubled letters are folded)
        key_a = latin_variants_key(a)
        if key_a and key_a == latin_variants_key(b):
            score, how = TRANSLIT_SCORE, TRANSLITERATED
    if not strict and score < FAMILIAR_SCORE and familiar_form(a, b):
        score, how = FAMILIAR_SCORE, FAMILIAR  # `Ted`/`Theodore`, `Volodya`/`Vladimir`
    if not strict and score < CHINESE_SCORE and same_chinese_syllables(a, b):
        score, how = CHINESE_SCORE, TRANSLITERATED  # `Hsi`/`Xi`, `Tse-tung`/`Zedong`
    return score, how


_DOUBLED = re.compile(r"(.)\1+")
DOUBLED_SCORE = 0.88
_NOT_CONSONANTS = str.maketrans("", "", "aeiouy")
# one vowel run: a single syllable (`chan`, `cheng`, `koem`), where a changed vowel is a
# different syllable and so, in Chinese, Korean or Khmer names, a different name
_VOWEL_RUNS = re.compile(r"[^aeiouy]*[aeiouy]+[^aeiouy]*")


def _consonants(form: str) -> str:
    return form.translate(_NOT_CONSONANTS)


def part_similarity(q: NamePart, c: NamePart, acronym: bool = False, foreign: bool = True) -> tuple[float, str]:
    """Similarity of two name parts in any scripts, and which rule produced it.

    With `acronym` (an organisation name that is one short token), parts of at most
    ORG_STRICT_LENGTH letters (`MIA`, `NATO`, `OFAC`) compare exactly: an acronym one letter
    away from another is a different organisation. `foreign` False: the Khmer part belongs to a
    Cambodian name (it has a Khmer family name), so it is not read as a foreign name by ear.
    """
    q_script, c_script = q.script, c.script
    if q.form == c.form and q_script == c_script == LATIN and q.form:
        return 1.0, EXACT
    if acronym and min(len(q.form), len(c.form)) <= ORG_STRICT_LENGTH and q_script == c_script == LATIN:
        return (_initial_similarity(q.form, c.form) if min(len(q.form), len(c.form)) == 1 else (0.0, FUZZY))
    if q_script == c_script and q_script != LATIN:
        if q.native == c.native:
            return 1.0, EXACT
        if q_script == KHMER:
            # compare the spelling in Khmer itself (a changed vowel sign is one edit), and
            # how it sounds: two spellings read the same way are a strong, not exact, match
            score, how = edit_similarity(q.native, c.native)
            if score < KHMER_HOMOPHONE and set(q.forms[:4]) & set(c.forms[:4]):
                return KHMER_HOMOPHONE, PHONETIC
            return score, how
        return edit_similarity(q.native, c.native, strict=q_script in CJK_SCRIPTS)
    if q.role == "initial" or c.role == "initial" or len(q.form) == 1 or len(c.form) == 1:
        return _initial_similarity(q.form, c.form)
    if q_script == KHMER or c_script == KHMER:
        khmer, other = (q, c) if q_script == KHMER else (c, q)
        best, best_how = 0.0, ROMANISED
        other_syllable = near = False
        foreign = foreign and not _khmer_name_word(khmer.native)
        for rank, form in enumerate(khmer.forms):
            score, _ = edit_similarity(form, other.form)
            if score >= 1.0:
                score = ROMANISED_EXACT - 0.01 * rank
                near = True
            elif foreign and _dropped_final_cluster(form, other.form):
                score = ROMANISED_FOREIGN - 0.01 * rank
                near = True
            else:
                variant = _romanised_variant(form, other.form)
                if variant is False:
                    other_syllable = True
                    score = min(score, ROMANISED_OTHER_SYLLABLE)
                elif variant:
                    near = True
                score = min(score * ROMANISED_FUZZY_FACTOR, ROMANISED_EXACT) - 0.01 * rank
                if foreign and score < ROMANISED_FOREIGN_SOUNDS and _sounds_alike(form, other.form):
                    # not `near`: a spelling one single vowel from another reading is still
                    # another name (ម៉ានិត Manit is not Manet, though both sound m-n-t)
                    score = ROMANISED_FOREIGN_SOUNDS - 0.01 * rank
            if score > best:
                best = score
        if other_syllable and not near:
            # one letter from a romanisation, by a letter that makes it another syllable: a
            # looser resemblance to a further variant (`Manith` ~ `Manet` by vowels) is no rescue
            best = min(best, ROMANISED_OTHER_SYLLABLE * ROMANISED_FUZZY_FACTOR)
        return max(best, 0.0), best_how
    score, how = edit_similarity(q.form, c.form)
    if q_script != c_script and (q.variants or c.variants):
        # several romanisations of the non-Latin side (Cyrillic): the closest one counts
        for qf in q.forms:
            for cf in c.forms:
                score = max(score, edit_similarity(qf, cf)[0])
    if q_script != c_script and (q_script in ABJADS or c_script in ABJADS) and score < PHONETIC_SCORE:
        # Arabic and Hebrew script omit short vowels: equal consonant skeletons are evidence
        if _abjad_consonants_agree(q.form, c.form):
            score = PHONETIC_SCORE
    if q_script != c_script:
        if q_script in CJK_SCRIPTS or c_script in CJK_SCRIPTS:
            # a syllable-per-character transliteration is loose evidence unless it is exact
            score = score if score >= 1.0 else score * CJK_CROSS_FACTOR
        return min(score, TRANSLITERATED_EXACT), TRANSLITERATED
    return score, how


def _abjad_consonants_agree(a: str, b: str) -> bool:
    """Equal consonant skeletons of an abjad transliteration and a Latin spelling.

    `h` stands for ح/ه/ח/ה, real consonants, so it counts: with every `h` kept, or else (a
    final ه is often a vowel, `خامنه‌ای` ~ `Khamenei`) at least at the start of the word, so
    that `حسنی` is not `Jason` nor `آراد` `Hurtado`.
    """
    skel_a, skel_b = _h_skeleton(a), _h_skeleton(b)
    if skel_a == skel_b and len(skel_a) >= 3:
        return True
    skel_a, skel_b = skeleton(a), skeleton(b)
    return skel_a == skel_b and len(skel_a) >= 3 and a.startswith("h") == b.startswith("h")


def _h_skeleton(form: str) -> str:
    """`skeleton` with `h` kept as a consonant."""
    return skeleton(form.replace("h", "9")).replace("9", "h")


@lru_cache(maxsize=65536)
def _romanised_variant(form: str, other: str) -> bool | None:
    """Is `other`, one edit from `form`, one of the spelling disagreements romanisations have?

    None when `other` is not exactly one edit away. `form` is one of the romaniser's outputs, which already covers the competing spellings of
    each vowel and final; a further difference must be one the conventions also produce: a
    letter inside a vowel digraph (`Savoean`/`Savoeun`, `Esan`/`Eysan`), a doubled or
    aspirated consonant (`Vany`/`Vanny`, `Prasith`/`Prasidh`), or the French `r` after a vowel
    (`Thon`/`Thorn`). A changed single vowel or an added or dropped syllable is another name
    (`Maneth`/`Manith`, `Sokh`/`Sokha`, `Maney`/`Manet`).
    """
    ops = Levenshtein.editops(form, other)
    if len(ops) != 1:
        return None  # equal, or more than one edit: judged by the edit budget and phonetics
    op = ops[0]
    assert isinstance(op, Editop)
    tag, i, j = op.tag, op.src_pos, op.dest_pos
    letter = form[i] if tag == "delete" else other[j]
    if letter in "aeiouy" and (tag != "replace" or other[j] in "aeiouy"):
        run_a, run_b = _run_at(form, i), _run_at(other, j)
        return bool(run_a) and bool(run_b) and max(len(run_a), len(run_b)) >= 2
    if tag != "replace":
        written = form if tag == "delete" else other
        at = i if tag == "delete" else j
        if (at > 0 and written[at - 1] == letter) or (at + 1 < len(written) and written[at + 1] == letter):
            return True  # a letter written twice or once (`Harris`/`Haris`, `Anggela`/`Angela`)
    if letter == "r" and tag != "replace":
        return (form if tag == "delete" else other)[max(i if tag == "delete" else j, 1) - 1] in "aeiou"
    if tag == "insert" and j == len(other) - 1 and j > 0 and other[j - 1] not in "aeiouy":
        # a Khmer syllable ends in one consonant: a foreign name's final cluster loses its last
        # one in Khmer script (ដូណាល់ Donal for Donald, ត្រាំ Trum for Trump)
        return True
    return skeleton(form) == skeleton(other)


_LATIN_VOWELS = frozenset("aeiouy")
# two final letters that write one sound in romanised names (Kheng, Sokh, Rith), or a French `r`
# marking an open vowel (Chhorn, Korm): not a cluster Khmer script would cut
_NOT_CLUSTER_FIRST = frozenset("r")
_NOT_CLUSTER_LAST = frozenset("hgy")


@lru_cache(maxsize=65536)
def _khmer_name_word(native: str) -> bool:
    """Is this a frequent Khmer name word (`names.khmer_lexicon`)? Then it is no foreign name."""
    word = normalize_khmer(native)
    return word in FAMILY_NAMES or word in GIVEN_NAMES


def _dropped_final_cluster(romanised: str, latin: str) -> bool:
    """Is `latin` the romanisation `romanised` plus the last consonant of a final cluster?

    Khmer writes a syllable with one final consonant, so a foreign name's final cluster keeps
    only its first (Donald → ដូណាល់ `donal`, Trump → ត្រាំ `trum`, Kurt → `kur` is not one: an
    `r` before the last consonant is the French open-vowel mark of romanised Khmer names). Digraphs
    (`ng`, `nh`, `th`, `kh`) and doubled letters are one sound, not a cluster.
    """
    if len(latin) != len(romanised) + 1 or len(romanised) < 3 or not latin.startswith(romanised):
        return False
    last, first = latin[-1], latin[-2]
    return (
        last not in _LATIN_VOWELS and first not in _LATIN_VOWELS and last != first
        and first not in _NOT_CLUSTER_FIRST and last not in _NOT_CLUSTER_LAST
        and latin[-3] in _LATIN_VOWELS
    )


_R_BEFORE_CONSONANT = re.compile(r"r(?=[^aeiouy]|$)")
_FINAL_CLUSTER = re.compile(r"(?<=[aeiouy][^aeiouy])[^aeiouy]+$")
_DIGRAPH_END = ("ng", "nh", "th", "kh", "ch", "sh", "ph")
_MUTE_E = re.compile(r"(?<=[aeiouy][^aeiouy])e$")


@lru_cache(maxsize=65536)
def _as_khmer_writes(latin: str) -> str:
    """A Latin name part as Khmer script writes it: `j` as ជ (ch), no `r` before a consonant or
    at the end, a mute final `e` dropped, a final cluster cut to its first consonant."""
    text = _R_BEFORE_CONSONANT.sub("", latin.replace("j", "ch"))
    text = _MUTE_E.sub("", text)
    if not text.endswith(_DIGRAPH_END):
        text = _FINAL_CLUSTER.sub(lambda m: m.group(0)[0], text)
    return text


@lru_cache(maxsize=65536)
def _sounds_alike(romanised: str, latin: str) -> bool:
    """Is `latin` a foreign name that Khmer script wrote as `romanised` (ROMANISED_FOREIGN_SOUNDS)?

    Three consonants or more (classes folded: b/p, d/t, g/k, ph/f) equal in order, vowels free
    (`keys.ordered_skeleton`: `Potanin` keeps both its n's, and is not `Putin`);
    a shorter part must also keep its vowels' places (`vowel_key`), and only when its Latin
    spelling has something Khmer script does not write (`Joe`, `Pete`, `Marco`): a short
    Cambodian name with another vowel is another name (`Sim` is not ស៊ុម `Sum`).
    """
    heard = _as_khmer_writes(latin)
    target = ordered_skeleton(heard)
    said = _R_BEFORE_CONSONANT.sub("", romanised)
    if len(target) >= FOREIGN_SKELETON_MIN:
        return ordered_skeleton(said) == target
    return heard != latin and len(heard) >= 3 and _vowels_free(said) == _vowels_free(heard)


_HARD_C = re.compile(r"c(?![eihy])")


def _vowels_free(form: str) -> str:
    """The letters of a short part with each vowel run written `a` and a hard `c` as `k`, and
    nothing else folded (`pot` and `fod` differ; `maco` and `mako`, `pet` and `pit` do not)."""
    return _VOWEL_RUN_ONLY.sub("a", _HARD_C.sub("k", form))


_VOWEL_RUN_ONLY = re.compile(r"[aeiouy]+")


def _run_at(form: str, pos: int) -> str:
    """The vowel run of `form` that touches position `pos` (empty if none)."""
    vowels = "aeiouy"
    start = pos
    while start > 0 and form[start - 1] in vowels:
        start -= 1
    end = pos
    while end < len(form) and form[end] in vowels:
        end += 1
    return form[start:end]


def _initial_similarity(a: str, b: str) -> tuple[float, str]:
    if not a or not b:
        return 0.0, INITIAL
    if a == b:
        return (1.0 if len(a) == 1 else 1.0), EXACT
    if a[0] == b[0] and (len(a) == 1 or len(b) == 1):
        return INITIAL_SCORE, INITIAL
    return 0.0, INITIAL
