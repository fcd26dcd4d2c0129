"""Who a phrase names when it can only act: a state body by its noun ("a Caracas court", « un
tribunal de Moscou », "the army"), or a named state or organisation owning an act that has its
own undergoer ("Tehran's crackdown on protesters").

Why: a few readings take the subject of a coercive verb for who underwent it -- a headline's
passive ("Jimmy Lai jailed for 20 years") or the state a verb puts someone in ("X was placed
in detention", « X est en détention »). When that subject is a court, the police or an army,
the reading made the body a victim of its own act: "A Caracas court charged both with
terrorism" listed the court as charged, « Un tribunal de Moscou l'a placé en détention » put
the court in detention. A body cannot be jailed, charged or held; it is who does it. And an
act noun that names its undergoer with its own marker ("on protesters", « contre les civils »)
leaves its owner only one part to play: "Tehran's crackdown on protesters" is Tehran's doing,
while "Navalny's arrest" (no such complement) is what Navalny underwent.
"""

from __future__ import annotations

from collections.abc import Sequence

from sanctionwatch.extract.syntax import Parse
from sanctionwatch.lang import LanguagePack
from sanctionwatch.model import Mention


def _bare(word: str) -> str:
    """The word without an article glued to it by an apostrophe (« l'armée » → armée)."""
    w = word.casefold().replace("’", "'")
    return w.split("'", 1)[1] if 0 < w.find("'") < 3 else w


def body_head(parse: Parse, k: int, pack: LanguagePack, armed_men: bool = True) -> bool:
    """Is token `k` the head noun of a state body or of the state's armed men: a body word of
    the knowledge base (`kb.body_words`: court, police, army, « tribunal », តុលាការ), one of
    the pack's `force_heads` (forces, units) or, with `armed_men`, its `force_nouns` (troops,
    soldiers, « militaires »)? A person's title ("officer", "judge") is no body: a person can
    be jailed -- and so can soldiers ("Two soldiers jailed for …"), which is why a reading
    about who underwent an act asks without `armed_men`."""
    from sanctionwatch.kb.actors import body_words

    word = _bare(parse.toks[k].text)
    if not word or not word[:1].isalpha():
        return False
    return (word in {w.casefold() for w in body_words(pack.code) if " " not in w}
            or pack.has("force_heads", word) or (armed_men and pack.has("force_nouns", word)))


def only_bodies(parse: Parse, heads: Sequence[int], pack: LanguagePack, armed_men: bool = True) -> bool:
    """Are all of `heads` (at least one) body heads (`body_head`)?"""
    return bool(heads) and all(body_head(parse, k, pack, armed_men) for k in heads)


def named_state_or_org(parse: Parse, k: int, mentions: Sequence[Mention]) -> bool:
    """Is token `k` inside the name of a place, a state or an organisation (not a person)?
    As the owner of an act that names its own undergoer, such a name is who acts."""
    t = parse.toks[k]
    return any(m.start <= t.start and t.end <= m.end and m.label in ("GPE", "ORG") for m in mentions)
