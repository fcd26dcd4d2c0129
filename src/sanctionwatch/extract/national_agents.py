"""The state behind an act named by a national adjective on the act's noun ("Saudi repression
at home", "the Russian crackdown", « la répression nicaraguayenne »): the country the knowledge
base knows by that demonym acts. Only the adjective that modifies the act's own noun counts, so
"the Russian activist's arrest" names no perpetrator."""

from __future__ import annotations

from sanctionwatch.extract.facts import Participant
from sanctionwatch.extract.syntax import Parse


def national_agents(parse: Parse, anchor: int) -> list[Participant]:
    """The country of the one demonym modifying the noun at `anchor` (none when two differ)."""
    from sanctionwatch.kb.actors import countries, demonym_code, load_kb

    found: dict[str, tuple[int, int]] = {}
    for k in parse.children(anchor, "mod"):
        tok = parse.toks[k]
        if k > anchor or not tok.text[:1].isupper():
            continue  # a national adjective stands before its noun and is written with a capital
        code = demonym_code(tok.text)
        if code:
            found.setdefault(code, (tok.start, tok.end))
    if len(found) != 1:
        return []
    code, (lo, hi) = next(iter(found.items()))
    actor = next((a for a in load_kb().actors if a.kind == "country" and a.country == code), None)
    table = countries().get(code)
    # the canonical name: the base's actor, else the country table's canonical (English) name
    name = actor.name if actor is not None else (
        (table.names.get("en") or table.all_names() or ("",))[0] if table is not None else "")
    return [Participant(name, "agent", "Country", None, lo, hi)] if name else []
