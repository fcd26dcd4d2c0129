"""Measures named by an anaphor ("this ban", « ces mesures », "បម្រាមនេះ"): the pack lists such
phrases under the pseudo-kind `measure_anaphor`; what they name is the measure told last before
them in the document. Only a new act on that measure is a fact of its own: "the US lifted its
arms embargo … This ban had been imposed in December 2021" tells when the embargo began, while
"these measures target individuals" tells the same act again and adds nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sanctionwatch.extract.facts import EventFact, Fact, MeasureFact

ANAPHOR_KIND = "measure_anaphor"
"""The lexicon kind of a phrase that names an earlier measure without saying its kind."""


def resolve_measure_anaphors(facts: list[Fact]) -> list[Fact]:
    """Facts in document order with each anaphoric measure given the kind and the targets of the
    measure before it (the same measure hits the same parties; a name near the anaphor, "under
    the X administration", is no target of it) and that measure's issuer when it names none,
    kept only when its status differs from that measure's: another act on the same measure, not the same one told again
    (which still gives that measure its date when the first telling gave none).
    An anaphor with nothing before it names nothing and goes."""
    return _by_last_measure(facts, ANAPHOR_KIND, _anaphor)


Refer = Callable[[MeasureFact, MeasureFact | None, list[Fact]], MeasureFact | None]
"""What a pseudo-kind measure stands for: given it, the last real measure before it and the facts
kept so far, append what it adds (if anything) and return the last measure as it now stands."""


def _by_last_measure(facts: list[Fact], kind: str, refer: Refer) -> list[Fact]:
    """Facts in document order, each measure of the pseudo-kind `kind` (an anaphor, a use) read
    by `refer` against the last real measure told before it; every other fact kept."""
    out: list[Fact] = []
    last: MeasureFact | None = None
    for f in facts:
        if isinstance(f, MeasureFact) and f.kind == kind:
            last = refer(f, last, out)
            continue
        if isinstance(f, MeasureFact):
            last = f
        out.append(f)
    return out


def _anaphor(f: MeasureFact, last: MeasureFact | None, out: list[Fact]) -> MeasureFact | None:
    """An anaphor's act (see `resolve_measure_anaphors`)."""
    if last is None or last.doc_id != f.doc_id:
        return last
    if last.status == f.status:
        if last.date is None and f.date is not None and last in out:
            # "the US lifted its arms embargo. … On Thursday the secretary decided to lift
            # this ban": the same act told again, with the day the first telling left out
            dated = replace(last, date=f.date, date_precision=f.date_precision)
            out[out.index(last)] = dated
            return dated
        return last
    out.append(replace(f, kind=last.kind, issuer=f.issuer or last.issuer, targets=last.targets))
    return last


USE_KIND = "regime_use"
"""The lexicon kind of a verb that uses a measure named before by a pronoun (« le Conseil l'a
appliqué … », "the EU used it against …"): a listing under that measure."""

LISTED_KINDS = frozenset({"targeted_measures", "sdn_designation", "asset_freeze", "visa_restriction", "sanctions"})
"""Kinds of a regime whose use on people is a listing of its own."""

LAW_KIND = "legislation"
"""The event of a sentence that creates a regime (whatever it seems to name as targets)."""

USE_REACH = 400
"""Most characters between the measure a use refers to and the use (the sentence before it)."""


def resolve_regime_uses(facts: list[Fact]) -> list[Fact]:
    """Facts in document order with each use of a regime named by a pronoun given the kind of the
    measure told right before it (within USE_REACH, in a sentence before: a sentence that names
    the regime and uses it, "set up its framework in 2019 and first used it on 4 May 2020,
    imposing travel bans …", tells the use with its own words), a regime
    the report may tell only as created (« Le régime de sanctions a été établi en 2019. Le
    Conseil l'a appliqué pour la première fois le 4 mai 2020, en visant six personnes »): the
    use is an act of its own, with its own date, issuer and targets. Only a measure told with
    no target, or in a sentence that creates a law, is a regime one uses ("it" after
    "sanctioned X" is rather a thing X used). Run before the creation of
    a regime is taken for a law. A use with no such measure before it names nothing and goes."""
    if not any(isinstance(f, MeasureFact) and f.kind == USE_KIND for f in facts):
        return facts
    laws = {f.quote_start for f in facts if isinstance(f, EventFact) and f.kind == LAW_KIND}

    def use(f: MeasureFact, last: MeasureFact | None, out: list[Fact]) -> MeasureFact | None:
        if not (last is None or last.doc_id != f.doc_id or last.kind not in LISTED_KINDS
                or (last.targets and last.quote_start not in laws)
                or not 0 <= f.quote_start - last.quote_end <= USE_REACH):
            out.append(replace(f, kind=last.kind, issuer=f.issuer or last.issuer))
        return last

    return _by_last_measure(facts, USE_KIND, use)
