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

# folded relation -> the labels that mean it
_RELATIONS: dict[str, tuple[str, ...]] = {
    "subj": ("nsubj", "csubj", "expl"),
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


def from_spacy(span: object, offset: int) -> Parse:
    """A parse view of a spaCy Doc/Span whose character 0 is document offset `offset`."""
    toks = []
    base = span[0].i if len(span) else 0  # type: ignore[index, arg-type]
    for t in span:  # type: ignore[attr-defined]
        head = t.head.i - base
        if not 0 <= head < len(span):  # type: ignore[arg-type]
            head = t.i - base
        label = t.dep_.lower()
        toks.append(Tok(t.i - base, offset + t.idx - span[0].idx, offset + t.idx - span[0].idx + len(t.text),  # type: ignore[index]
                        t.text, _FOLD.get(label, label if label == "root" else "other"), head, label))
    return make_parse(toks, True)


_WORD = re.compile(r"\w+(?:['’.-]\w+)*|[^\w\s]")


def flat(text: str, offset: int) -> Parse:
    """A parse with no tree: each token its own root (languages without a parser)."""
    toks = tuple(Tok(i, offset + m.start(), offset + m.end(), m.group(), "root", i)
                 for i, m in enumerate(_WORD.finditer(text)))
    return make_parse(toks, False)


def parse_sentences(texts: Sequence[str], offsets: Sequence[int], parser: str | None) -> list[Parse]:
    """Parse views of several sentences: with the pack's spaCy pipeline when it has one."""
    if parser is None or not texts:
        return [flat(t, o) for t, o in zip(texts, offsets, strict=True)]
    from sanctionwatch.extract.nlp import load_pipeline

    nlp = load_pipeline(parser)
    disable = [name for name in nlp.pipe_names if name not in ("tok2vec", "parser", "morphologizer", "tagger")]
    return [from_spacy(doc, o) for doc, o in zip(nlp.pipe(texts, disable=disable, batch_size=64), offsets, strict=True)]
