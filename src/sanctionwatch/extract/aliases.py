"""Aliases the text itself declares: one person or body, two names, side by side.

"Maria Kalesnikava (Maria Kolesnikova in the Russian spelling)", "Ahmed al-Asiri, also known as
Ahmad Hassan Mohammed al-Asiri", "X a.k.a. Y", « Rolando Álvarez, dit … », « X alias Y »,
Khmer "X ហៅ Y", "Federal Security Service (FSB)": the second name is an alias of the first.
The link is read from the words between the two names, never from their likeness, so it
joins spellings no rule could (nicknames, other-language names).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sanctionwatch.model import Mention

# what may stand between a name and its alias (the alias follows)
_BETWEEN = re.compile(
    r"^\s*(?:\(\s*(?:(?:also|or|aka|a\.k\.a\.?|alias|dit|dite|ou|né|née|ហៅ)\s+)?"
    r"|,?\s*(?:also known as|better known as|known as|also called|a\.k\.a\.?|aka|alias|"
    r"également connue? sous le nom de|connue? sous le nom de|dite?|surnommée?|alias)\s*[,:]?\s*"
    r"|\s*ហៅ\s*(?:ថា\s*)?)$",
    re.IGNORECASE,
)
_NAME_IN_PARENS = re.compile(
    r"\(\s*(?:(?:also|or|aka|a\.k\.a\.?|alias|dit|dite|ou)\s+)?"
    r"((?:[A-Z][\w'’.-]*)(?:\s+(?:(?:von|van|der|de|du|bin|al|el)\s+)?[A-Z][\w'’-]*){0,4})"
)
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Z0-9.&-]{1,9})\s*\)")
_MAX_GAP = 60


def acronym_of(acronym: str, name: str) -> bool:
    """Could `acronym` abbreviate `name`? Capitals without spaces, not the name itself, starting
    with the initial of one of the name's first two words (FSB for the Federal Security Service,
    whose Russian initials differ); a name in another script than its acronym counts too."""
    from sanctionwatch.clean.khmer import has_khmer

    bare = acronym.replace(".", "")
    if " " in acronym.strip() or not bare.isupper() or len(bare) < 2 or name.isupper():
        return has_khmer(acronym) and not has_khmer(name)
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper()]
    return bool(words) and bare[0] in {w[0] for w in words[:2]}


def alias_links(text: str, mentions: Sequence[Mention], offset: int = 0) -> list[tuple[int, int]]:
    """(alias mention index, main mention index) pairs: a person or organisation mention that
    the words right before it declare another name of the mention before them. `text` holds
    the mentions at `mention.start - offset`."""
    links: list[tuple[int, int]] = []
    ordered = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        first, second = mentions[a], mentions[b]
        if first.label != second.label or first.label not in ("PER", "ORG"):
            continue
        gap = text[first.end - offset:second.start - offset]
        if len(gap) > _MAX_GAP or not _BETWEEN.match(gap):
            continue
        if first.label == "ORG" and not (gap.strip().startswith("(") and acronym_of(second.name, first.name)):
            continue  # only "Long Name (ACRONYM)" declares an organisation's other name
        if first.name.casefold() == second.name.casefold():
            continue
        links.append((b, a))
    return links


_CUE = re.compile(r"\(\s*(?:also|or|aka|a\.k\.a\.?|alias|dit|dite|ou)\b", re.IGNORECASE)


def _same_person(name: str, parenthesised: str) -> bool:
    """A parenthesised name is another name of the person before it when a cue says so
    ("(also …", "(alias …"), when it is the same name in another script (Khmer then Latin), or
    when it shares a word with it (`Maria Kalesnikava (Maria Kolesnikova …)`)."""
    from sanctionwatch.clean.khmer import has_khmer

    if _CUE.match(parenthesised) or has_khmer(name) != has_khmer(parenthesised):
        return True
    words = {w.casefold() for w in re.findall(r"\w+", name)}
    return any(w.casefold() in words for w in re.findall(r"\w+", parenthesised))


def unlabelled_aliases(text: str, mentions: Sequence[Mention], offset: int = 0) -> list[tuple[int, int, str, int]]:
    """Aliases NER did not tag: a capitalised name, or an organisation's acronym, in parentheses
    right after a person or organisation mention. (start, end, name, main mention index)."""
    out: list[tuple[int, int, str, int]] = []
    taken = [(m.start, m.end) for m in mentions]
    for i, m in enumerate(mentions):
        if m.label not in ("PER", "ORG"):
            continue
        after = m.end - offset
        pattern = _NAME_IN_PARENS if m.label == "PER" else _ACRONYM
        match = pattern.match(text, after + len(text[after:]) - len(text[after:].lstrip()))
        if not match:
            continue
        start, end = match.start(1) + offset, match.end(1) + offset
        name = match.group(1).rstrip(".")
        end = start + len(name)
        if any(s < end and start < e for s, e in taken):
            continue
        if m.label == "ORG" and not acronym_of(name, m.name):
            continue
        if m.label == "PER" and (len(name.split()) < 2 or name.isupper() or not _same_person(m.name, match.group(0))):
            continue  # "(CNRP)", "(Reuters)", "(Vancouver East)": not another name of the person
        out.append((start, end, name, i))
    return out
