"""A small, picklable view of a sentence's dependency parse, with the few relations the fact
readers need (subject, object, agent, prepositional arguments, coordination, apposition).

Why a view rather than spaCy tokens: the readers must work the same on every language, with
or without a parser. English and French get their parse from spaCy (the pipeline that ingest
already loads); a language whose pack names no parser gets a flat view (every token its own
root), and the readers fall back on word order and the pack's particles. Dependency labels of
both label sets spaCy uses (ClearNLP for English, Universal Dependencies for French) are folded
into one small vocabulary here, so nothing downstream looks at a model's label names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# folded relation -> the labels that mean it
_RELATIONS: dict[str, tuple[str, ...]] = {
    "subj": ("nsubj", "csubj", "expl", "expl:subj"),
    "psubj": ("nsubjpass", "nsubj:pass", "csubjpass", "csubj:pass"),
    "obj": ("dobj", "obj", "iobj", "attr", "oprd"),
    "agent": ("agent", "obl:agent"),
    "prep": ("prep", "dative", "obl", "obl:arg", "obl:mod", "nmod", "nmod:poss", "npadvmod"),
    "pobj": ("pobj", "pcomp"),
    "case": ("case",),
    "conj": ("conj",),
    "appos": ("appos",),
    "poss": ("poss",),
    "mod": ("compound", "amod", "nummod", "flat", "flat:name", "fixed", "nn"),
    "aux": ("aux", "auxpass", "aux:pass", "aux:tense", "neg", "advmod", "mark", "cop", "prt", "det"),
    "clause": ("ccomp", "xcomp", "advcl", "relcl", "acl", "acl:relcl", "parataxis", "csubj"),
    "relcl": ("relcl", "acl:relcl"),
}
_FOLD = {label: rel for rel, labels in _RELATIONS.items() for label in labels}


@dataclass(frozen=True)
class Tok:
    """One token: offsets in the document text, folded relation to its head, head index."""

    i: int
    start: int
    end: int
    text: str
    rel: str
    head: int
    label: str = ""
    participle: bool = False  # a past participle ("Arrested in 2017, he …", « Arrêté en 2017, il … »)


@dataclass(frozen=True)
class Parse:
    """Tokens of one sentence and their tree (a flat one when no parser is available)."""

    toks: tuple[Tok, ...]
    parsed: bool
    kids: tuple[tuple[int, ...], ...]
    ends: tuple[int, ...]

    def children(self, i: int, *rels: str) -> list[int]:
        return [k for k in self.kids[i] if not rels or self.toks[k].rel in rels]

    def ancestors(self, i: int) -> Iterator[int]:
        seen = {i}
        while self.toks[i].head != i and self.toks[i].head not in seen:
            i = self.toks[i].head
            seen.add(i)
            yield i

    def subtree(self, i: int, skip: frozenset[int] = frozenset()) -> list[int]:
        """Token indexes under `i` (itself included), not descending into `skip`."""
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(k for k in self.kids[j] if k not in skip)
        return sorted(out)

    def at(self, offset: int) -> int | None:
        """The token covering document offset `offset`, or the next one."""
        i = bisect_right(self.ends, offset)
        return i if i < len(self.toks) else None

    def head_of_span(self, start: int, end: int) -> int | None:
        """The syntactic head of the tokens inside [start, end): the one whose head is outside."""
        inside = [t.i for t in self.toks if t.start >= start and t.end <= end]
        if not inside:
            return self.at(start)
        ins = set(inside)
        for i in inside:
            if self.toks[i].head not in ins or self.toks[i].head == i:
                return i
        return inside[0]


def make_parse(toks: Sequence[Tok], parsed: bool) -> Parse:
    kids: list[list[int]] = [[] for _ in toks]
    for t in toks:
        if t.head != t.i:
            kids[t.head].append(t.i)
    return Parse(tuple(toks), parsed, tuple(tuple(k) for k in kids), tuple(t.end for t in toks))


def from_spacy(span: Doc | Span, offset: int) -> Parse:
    """A parse view of a spaCy Doc/Span whose character 0 is document offset `offset`."""
    toks = []
    base = span[0].i if len(span) else 0
    for t in span:
        head = t.head.i - base
        if not 0 <= head < len(span):
            head = t.i - base
        label = t.dep_.lower()
        # a past participle: "VerbForm=Part" and "Tense=Past" as whole features (one value each);
        # the morph's string is read once (two MorphAnalysis.get calls cost more than the rest)
        part = t.tag_ == "VBN"
        if not part:
            feats = str(t.morph).split("|")
            part = "VerbForm=Part" in feats and "Tense=Past" in feats
        toks.append(Tok(t.i - base, offset + t.idx - span[0].idx, offset + t.idx - span[0].idx + len(t.text),
                        t.text, _FOLD.get(label, label if label == "root" else "other"), head, label, part))
    return make_parse(toks, True)


_WORD = re.compile(r"\w+(?:['’.-]\w+)*|[^\w\s]")


def flat(text: str, offset: int) -> Parse:
    """A parse with no tree: each token its own root (languages without a parser)."""
    toks = tuple(Tok(i, offset + m.start(), offset + m.end(), m.group(), "root", i)
                 for i, m in enumerate(_WORD.finditer(text)))
    return make_parse(toks, False)


_CACHE: dict[tuple[str, str, str], Parse] = {}
"""(parser, context, sentence text) -> parse at offset 0. The context is the paragraph the
mention stage parsed the sentence in ("<paragraph fingerprint>:<offset>"), or "" for a parse
of the sentence alone: a sentence is always read with the parse of its own paragraph, never
with the parse another report's paragraph happened to leave, so the result does not depend on
which documents one process saw first (local and Ray runs agree)."""


def context_key(paragraph: str) -> str:
    """A short fingerprint of a paragraph's text (what `Sentence.context` starts with)."""
    import hashlib

    return hashlib.blake2b(paragraph.encode("utf-8"), digest_size=8).hexdigest()
_CACHE_LIMIT = 20000


def shifted(parse: Parse, offset: int) -> Parse:
    """The same parse with its offsets moved by `offset` (a sentence repeated elsewhere)."""
    if offset == 0:
        return parse
    toks = tuple(Tok(t.i, t.start + offset, t.end + offset, t.text, t.rel, t.head, t.label, t.participle)
                 for t in parse.toks)
    return Parse(toks, parse.parsed, parse.kids, tuple(e + offset for e in parse.ends))


def forget_parses() -> None:
    """Drop every kept parse (the mention stage drops its paragraph analyses at the same time,
    so a paragraph it still knows always has its parses here)."""
    _CACHE.clear()


def remember_parses(doc: Doc, parser: str) -> None:
    """Keep the parse the mention stage already computed for every sentence of `doc` (a spaCy
    Doc of one paragraph) that holds a trigger word of its language pack, so the fact readers
    do not parse it again."""
    from sanctionwatch.lang import PackError, load_pack

    try:
        screen = load_pack(parser).trigger_screen
    except PackError:
        return
    ctx = context_key(doc.text)
    for sent in doc.sents:
        text = sent.text
        key = (parser, f"{ctx}:{sent.start_char}", text)
        if text.strip() and key not in _CACHE and screen.search(text):
            _CACHE[key] = from_spacy(sent, 0)


def parse_sentences(texts: Sequence[str], offsets: Sequence[int], parser: str | None,
                    contexts: Sequence[str] | None = None) -> list[Parse]:
    """Parse views of several sentences: the parse the mention stage made of each in its own
    paragraph (`contexts`, see `_CACHE`) when there is one, else the spaCy pipeline of the pack
    `parser` (a pack code; None for a language without a parser) on the sentence alone. A sentence alone is parsed once per process (a statement quoted in several
    reports): the view is kept at offset 0 and moved to where the sentence stands."""
    if parser is None or not texts:
        return [flat(t, o) for t, o in zip(texts, offsets, strict=True)]
    ctxs = list(contexts) if contexts is not None else [""] * len(texts)
    keys = [(parser, c, t) if c and (parser, c, t) in _CACHE else (parser, "", t) for c, t in zip(ctxs, texts, strict=True)]
    missing = sorted({k[2] for k in keys if k not in _CACHE})
    if missing:
        from sanctionwatch.extract.nlp import load_pipeline

        nlp = load_pipeline(parser)
        disable = [name for name in nlp.pipe_names if name not in ("tok2vec", "parser", "morphologizer", "tagger")]
        if len(_CACHE) + len(missing) > _CACHE_LIMIT:
            for k in [k for k in _CACHE if not k[1]]:  # sentences alone; paragraphs' parses stay
                del _CACHE[k]
        for text, doc in zip(missing, nlp.pipe(missing, disable=disable, batch_size=64), strict=True):
            _CACHE[(parser, "", text)] = from_spacy(doc, 0)
    return [shifted(_CACHE[k], o) for k, o in zip(keys, offsets, strict=True)]
