"""Span helpers shared by the event and measure extractors."""

from __future__ import annotations

import importlib

Trigger = tuple[int, int, str]


def longest_non_overlapping(found: list[Trigger]) -> tuple[Trigger, ...]:
    """Keep the longest of overlapping trigger spans (ties: earlier, then by kind), in text order."""
    ranked = sorted(found, key=lambda t: (-(t[1] - t[0]), t[0], t[2]))
    kept: list[Trigger] = []
    for t in ranked:
        if all(t[1] <= k[0] or t[0] >= k[1] for k in kept):
            kept.append(t)
    return tuple(sorted(kept))


# --------------------------------------------------------------------------------------------
# Literal screens: a cheap, exact "can this regex match here at all?" test
# --------------------------------------------------------------------------------------------
#
# The rule stages run dozens of case-insensitive alternations over every sentence, and Python's
# `re` cannot skip ahead in those (no literal prefix under IGNORECASE): each one is tried at
# every character. Almost every alternative contains a literal word, though ("treasury",
# "arrest", a month name), and a match must contain it. A screen holds, per regex, a set of
# such strings one of which every match contains; a sentence whose folded text holds none of
# them cannot match, and the regex is not run. Skipping is never a guess: the strings come from
# the parsed regex, and folding maps every character the regex engine would take for a screened
# one (case-insensitively) onto it, so a screen only ever skips a regex that would find nothing.

_SPECIAL_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})  # re.IGNORECASE's extra equivalences
Requirement = frozenset[str]


def fold(text: str) -> str:
    """`text` as literal screens compare it: lower case, with the three letters whose
    case-insensitive match in `re` is not what `str.lower` gives mapped to it."""
    return text.translate(_SPECIAL_FOLD).lower()


def _screenable(ch: str) -> bool:
    """Characters whose case-insensitive matches in `re` all fold to the same character
    (checked exhaustively over Unicode by tests/test_literal_screens.py)."""
    o = ord(ch)
    return o < 0x250 or 0x1780 <= o <= 0x17FF or 0x2018 <= o <= 0x201D


def _requirement(items) -> Requirement | None:  # noqa: ANN001 - re._parser items
    """Strings (folded) one of which every match of the parsed sequence `items` contains."""
    c = importlib.import_module("re._constants")  # private to `re`, so typeshed leaves it out

    options: list[Requirement] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            options.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is c.LITERAL and _screenable(chr(av)) and len(fold(chr(av))) == 1:
            run.append(fold(chr(av)))
            continue
        flush()
        sub: Requirement | None = None
        if op is c.SUBPATTERN:
            sub = _requirement(av[-1])
        elif op is c.ATOMIC_GROUP:
            sub = _requirement(av)
        elif op is c.BRANCH:
            subs = [_requirement(b) for b in av[1]]
            known = [s for s in subs if s is not None]
            sub = Requirement().union(*known) if len(known) == len(subs) else None
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _requirement(av[2])
        if sub:
            options.append(sub)
    flush()
    if not options:
        return None
    return max(options, key=lambda s: (min(len(x) for x in s), -len(s)))


def requirement(pattern: str, flags: int = 0) -> Requirement | None:
    """Folded strings one of which every match of `pattern` contains; None when the regex
    has no such literal (a screen then never skips it)."""
    try:
        parser = importlib.import_module("re._parser")  # private to `re`, so typeshed leaves it out
        req = _requirement(parser.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - an unknown regex construct: no screen, always run it
        return None
    if req is None or "" in req:
        return None
    return _minimal(req)


def _minimal(req: Requirement) -> Requirement:
    """Drop strings that contain another one of the set ("june" when "jun" is there)."""
    return frozenset(s for s in req if not any(t != s and t in s for t in req))


def requirement_any(patterns) -> Requirement | None:  # noqa: ANN001 - iterable of str
    """The union of the patterns' requirements (one of them holds for any match of any);
    None if one pattern has none."""
    out: set[str] = set()
    for p in patterns:
        req = requirement(p) if isinstance(p, str) else requirement(p.pattern, p.flags)
        if req is None:
            return None
        out |= req
    return _minimal(frozenset(out))


def may_match(req: Requirement | None, folded: str) -> bool:
    """False only when no match is possible: none of the required strings is in `folded`."""
    if req is None:
        return True
    for s in req:
        if s in folded:
            return True
    return False
