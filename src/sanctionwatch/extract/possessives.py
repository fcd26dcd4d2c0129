"""Possessive clitics written after an owner's name ("Putin's envoy", "the officials' assets").

Which clitics a language writes after the owner is pack data (grammar word group
`possessive_clitics`); languages that mark the owner with a preposition (« l'envoyé de
Poutine ») list none, and every question here answers "no owner" for them. One reader, so the
slot readers, the list reader and the institution finder agree on what a possessive is.
"""

from __future__ import annotations

from sanctionwatch.lang import LanguagePack

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


def clitic_at(text: str, pack: LanguagePack | None) -> str:
    """The possessive clitic `text` starts with (apostrophes folded), or "" when none."""
    if pack is None:
        return ""
    folded = text[:4].translate(_APOSTROPHES)
    found = [c for c in pack.words.get("possessive_clitics", ()) if folded.startswith(c)]
    return max(found, key=len, default="")


def owned_word(written: str, rest: str, pack: LanguagePack | None) -> str | None:
    """The first word a name owns: "envoy" after "Vladimir Putin's" — whether the name finder
    kept the clitic inside the name (`written`) or left it in the text after it (`rest`)."""
    if pack is None:
        return None
    clitic = next((c for c in sorted(pack.words.get("possessive_clitics", ()), key=len, reverse=True)
                   if written.translate(_APOSTROPHES).endswith(c)), "")
    if clitic:
        rest = clitic + rest
    clitic = clitic_at(rest, pack)
    if not clitic or not rest[len(clitic):].startswith(" "):
        return None
    words = rest[len(clitic):].split()[:1]
    return words[0] if words else None


def is_owner(written: str, rest: str, pack: LanguagePack | None) -> bool:
    """Is the name an owner ("Hun Sen's bodyguard chief"), the clitic inside the name as the
    name finder wrote it or in the text right after it?"""
    if pack is None:
        return False
    folded = written.translate(_APOSTROPHES)
    return bool(clitic_at(rest, pack)) or any(folded.endswith(c) for c in pack.words.get("possessive_clitics", ()))
