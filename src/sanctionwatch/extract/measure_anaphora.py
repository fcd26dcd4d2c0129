"""Measures named by an anaphor ("this ban", « ces mesures », "បម្រាមនេះ"): the pack lists such
phrases under the pseudo-kind `measure_anaphor`; what they name is the measure told last before
them in the document. Only a new act on that measure is a fact of its own: "the US lifted its
arms embargo … This ban had been imposed in December 2021" tells when the embargo began, while
"these measures target individuals" tells the same act again and adds nothing."""

from __future__ import annotations

from dataclasses import replace

from sanctionwatch.extract.facts import Fact, MeasureFact

ANAPHOR_KIND = "measure_anaphor"
"""The lexicon kind of a phrase that names an earlier measure without saying its kind."""


def resolve_measure_anaphors(facts: list[Fact]) -> list[Fact]:
    """Facts in document order with each anaphoric measure given the kind and the targets of the
    measure before it (the same measure hits the same parties; a name near the anaphor, "under
    the X administration", is no target of it) and that measure's issuer when it names none,
    kept only when its status differs from that measure's: another act on the same measure, not the same one told again
    (which still gives that measure its date when the first telling gave none).
    An anaphor with nothing before it names nothing and goes."""
    out: list[Fact] = []
    last: MeasureFact | None = None
    for f in facts:
        if not isinstance(f, MeasureFact):
            out.append(f)
            continue
        if f.kind != ANAPHOR_KIND:
            last = f
            out.append(f)
            continue
        if last is None or last.doc_id != f.doc_id:
            continue
        if last.status == f.status:
            if last.date is None and f.date is not None and last in out:
                # "the US lifted its arms embargo. … On Thursday the secretary decided to lift
                # this ban": the same act told again, with the day the first telling left out
                at = out.index(last)
                last = out[at] = replace(last, date=f.date, date_precision=f.date_precision)
            continue
        out.append(replace(f, kind=last.kind, issuer=f.issuer or last.issuer, targets=last.targets))
    return out
