"""Which roles and topics follow from the facts, and the known bodies' canonical names.

Why one module: the worst bug this product can have is a victim listed as a perpetrator or as
the target of a sanction. Roles are decided by the fact readers from the grammatical slot a
participant fills (`extract.reading`), never from co-occurrence; this module turns roles with
their evidence into FtM topics (`standing_topics`) and names the institutions the knowledge base
knows (`gazetteer_lookup`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from sanctionwatch.extract import vocab
from sanctionwatch.extract.spans import Requirement, fold, may_match, requirement_any


@lru_cache(maxsize=1)
def _screened_gazetteer() -> tuple[tuple[re.Pattern[str], vocab.GazetteerEntry, str, Requirement | None], ...]:
    """Compiled aliases of institutions and actors (kind recorded per alias), each entry with
    its literal screen (spans.requirement_any)."""
    out = []
    for entries, kind in ((vocab.INSTITUTIONS, "institution"), (vocab.ACTORS, "actor")):
        for entry in entries:
            body = "|".join(f"(?:{alias})" for alias in entry.aliases)  # one scan per entry
            pat = re.compile(body, re.I)
            out.append((pat, entry, kind, requirement_any([pat])))
    return tuple(out)


def gazetteer_lookup(text: str) -> vocab.GazetteerEntry | None:
    """The gazetteer entry whose alias matches the whole of `text`, if any (cached: the same
    names come back in every document)."""
    stripped = text.strip()
    bare = re.sub(r"^(?:the|la|le|les|l[’'])\s*", "", stripped, flags=re.I)
    for form in dict.fromkeys((stripped, bare)):
        folded = fold(form)
        for pat, entry, _kind, req in _screened_gazetteer():
            if may_match(req, folded) and pat.fullmatch(form):
                return entry
    return None


@lru_cache(maxsize=4096)
def authority_entry(text: str) -> vocab.GazetteerEntry | None:
    """The institution `text` names, reading the knowledge base as a whole: its aliases
    (`gazetteer_lookup`), its canonical labels ("US Department of the Treasury"), a metonym the base lists
    ("Londres", "Bruxelles", "Ottawa" for their governments) or a country's name in any
    language ("Britain", « le Royaume-Uni ») when the base has that country as an authority.
    None when the base does not know it as an institution."""
    entry = gazetteer_lookup(text)
    if entry is not None:
        return entry
    from sanctionwatch.kb.actors import country_code, government_of, load_kb, metonym

    folded = fold(text.strip())
    for inst in vocab.INSTITUTIONS:
        if fold(inst.name) == folded:
            return inst
    bare = re.sub(r"^(?:the|la|le|les|l[’'])\s*", "", text.strip(), flags=re.I)
    # a name the base lists for a body in some language (« Conseil de l'UE »), even where no
    # pattern of the extraction gazetteer spells it
    forms = {folded, fold(bare), fold(bare.replace("’", "'"))}
    for known in load_kb().actors:
        if known.kind != "country" and any(fold(n.replace("’", "'")) in forms for ns in known.names.values() for n in ns):
            named = next((inst for inst in vocab.INSTITUTIONS if inst.key == known.key), None)
            if named is not None:
                return named
    actor = metonym(bare)
    code = None if actor is not None else (country_code(bare) or government_of(text))
    if code is not None:
        actor = next((a for a in load_kb().actors if a.kind == "country" and a.country == code), None)
    if actor is None:
        return None
    return next((inst for inst in vocab.INSTITUTIONS if inst.key == actor.key), None)


def find_institutions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, canonical name, schema) of every issuing institution named in `text`,
    in order, longest alias first where two overlap."""
    folded = fold(text)
    found: list[tuple[int, int, str, str]] = []
    for pat, entry, kind, req in _screened_gazetteer():
        if kind != "institution" or not entry.issuer or not may_match(req, folded):
            continue
        found += [(m.start(), m.end(), entry.name, entry.schema) for m in pat.finditer(text) if m.end() > m.start()]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, str, str]] = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    return out


@dataclass(frozen=True)
class RoleEvidence:
    """One role an entity holds in one fact, with what the fact was."""

    name: str
    role: str
    fact_type: str  # "event" | "measure"
    kind: str
    status: str | None  # measures only
    hypothetical: bool
    negated: bool
    described: bool  # a described class, not a named entity
    description: str | None
    fact_key: str
    confidence: float


def standing_topics(evidence: Iterable[RoleEvidence]) -> list[str]:
    """FtM topics for one entity, from its roles with evidence, sorted.

    - `sanction`: only if an *imposed* sanction-type measure names it (not a described class)
      as target.
    - `poi`: perpetrator of a reported (not negated, not hypothetical) coercive event, or the
      named target of a threatened / called-for / announced sanction.
    - `role.pep`: its description carries a public office title (Prime Minister, minister...).
    - `role.act`: a victim whose description marks opposition politics or activism (optional
      topic; it never comes from being mentioned next to someone).
    """
    topics: set[str] = set()
    for ev in evidence:
        if ev.described:
            continue
        desc = (ev.description or "").lower()
        if ev.fact_type == "measure" and ev.role == "target" and ev.kind in vocab.SANCTION_KINDS:
            if ev.status == "imposed":
                topics.add("sanction")
            elif ev.status in ("threatened", "called_for", "announced"):
                topics.add("poi")
        if ev.fact_type == "event" and ev.role == "perpetrator" and not (ev.hypothetical or ev.negated):
            topics.add("poi")
        if desc and any(re.search(rf"\b{re.escape(t)}\b", desc) for t in vocab.PEP_TITLES):
            topics.add("role.pep")
        if ev.role == "victim" and any(w in desc for w in vocab.ACTIVIST_WORDS):
            topics.add("role.act")
    return sorted(topics)


def role_evidence(facts: Iterable[object]) -> dict[str, list[RoleEvidence]]:
    """Every participant's roles with the fact that gives them, by participant name (sorted).

    Feed one entity's list to `standing_topics`. Only participants of extracted facts appear:
    being mentioned in a sentence gives no evidence at all.
    """
    from sanctionwatch.extract.facts import EventFact, MeasureFact

    out: dict[str, list[RoleEvidence]] = {}
    for f in facts:
        if not isinstance(f, EventFact | MeasureFact):
            continue
        status = f.status if isinstance(f, MeasureFact) else None
        hypo = f.hypothetical if isinstance(f, EventFact) else False
        neg = f.negated if isinstance(f, EventFact) else False
        for p in f.participants():
            out.setdefault(p.name, []).append(RoleEvidence(
                p.name, p.role, f.fact_type, f.kind, status, hypo, neg, p.is_class,
                p.description, f.key(), f.confidence))
    return {k: sorted(v, key=lambda e: (e.fact_key, e.role)) for k, v in sorted(out.items())}
