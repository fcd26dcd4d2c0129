"""Span helpers shared by the event and measure extractors."""

from __future__ import annotations

Trigger = tuple[int, int, str]


def longest_non_overlapping(found: list[Trigger]) -> tuple[Trigger, ...]:
    """Keep the longest of overlapping trigger spans (ties: earlier, then by kind), in text order."""
    ranked = sorted(found, key=lambda t: (-(t[1] - t[0]), t[0], t[2]))
    kept: list[Trigger] = []
    for t in ranked:
        if all(t[1] <= k[0] or t[0] >= k[1] for k in kept):
            kept.append(t)
    return tuple(sorted(kept))
