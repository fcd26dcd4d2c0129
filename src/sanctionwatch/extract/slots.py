"""Who fills which slot of a trigger, from the dependency parse: agent (subject, "by" in the
passive, possessive), patients (object, passive subject, "against/on/contre X", "the assets
of X"), callers and addressees of a call, coordinated lists, appositions kept as descriptions,
relative clauses and reasons kept out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from sanctionwatch.extract.acting_subjects import named_state_or_org, only_bodies
from sanctionwatch.extract.bodies import body_by_noun
from sanctionwatch.extract.facts import Participant
from sanctionwatch.extract.hits import (
    HINTS,
    PRONOUN_GROUPS,
)
from sanctionwatch.extract.modality import (
    Modality,
)
from sanctionwatch.extract.speaker_issuers import speaker_of_threat
from sanctionwatch.extract.syntax import Parse, Tok, make_parse
from sanctionwatch.extract.titled_targets import titled_name
from sanctionwatch.extract.vocab import HELD_KINDS, PERSONAL_KINDS
from sanctionwatch.lang import LanguagePack, title_words
from sanctionwatch.model import Mention, Sentence

# --------------------------------------------------------------------------------------------
# Arguments from the parse
# --------------------------------------------------------------------------------------------


def _preps(parse: Parse, i: int) -> list[tuple[str, int]]:
    """(marker, noun) pairs of the prepositional arguments of token `i`, for both label sets:
    `prep -> pobj` (ClearNLP) and `obl/nmod` nouns with a `case` child (UD)."""
    out: list[tuple[str, int]] = []
    for c in parse.children(i, "prep", "agent"):
        pobjs = parse.children(c, "pobj")
        if pobjs:
            lead = [parse.toks[k].text.casefold() for k in parse.children(c, "aux") if k < c]
            marker = " ".join([*lead[-1:], parse.toks[c].text.casefold()])
            out.extend((marker, p) for p in pobjs)
            # "on Belavia and on Ivan Tertel": the second preposition is a conjunct of the
            # first, its object an argument of the same word
            out.extend((parse.toks[k].text.casefold(), p) for k in parse.children(c, "conj")
                       if parse.toks[k].label == "conj" and parse.toks[k].text.casefold() == parse.toks[c].text.casefold()
                       for p in parse.children(k, "pobj"))
        elif parse.toks[c].rel == "agent":
            continue
        else:
            case = [k for k in parse.children(c, "case") if k < c]
            marker = " ".join(parse.toks[k].text.casefold() for k in case)
            out.append((marker, c))
    return out


def _agent_nouns(parse: Parse, i: int, pack: LanguagePack) -> list[int]:
    out = []
    for c in parse.children(i, "agent"):
        out.extend(parse.children(c, "pobj") or [c])
    passive = bool(parse.children(i, "psubj")) or any(parse.toks[k].label in ("auxpass", "aux:pass")
                                                        for k in parse.children(i, "aux"))
    # an event noun takes its agent with the same marker: "the arrest of X by the police",
    # « l'arrestation de X par la police »
    # (a determiner is folded with the auxiliaries: "the crackdown by X" is still a noun)
    nominal = parse.toks[i].rel in ("subj", "psubj", "obj", "pobj") and not parse.children(i, "subj") and all(
        parse.toks[k].label in ("det", "amod", "advmod", "predet", "nummod") for k in parse.children(i, "aux"))
    if passive or nominal:
        out += [n for marker, n in _preps(parse, i) if marker in pack.words.get("agent_markers", ())]
    return out


def _owners_of_forces(parse: Parse, pack: LanguagePack, heads: Sequence[int], mentions: Sequence[Mention]) -> list[int]:
    """The named body or person whose members or forces did the act: "members of the Basij",
    "officers of the Rapid Action Battalion", « des éléments de la Garde présidentielle »,
    "Lukashenko's security forces", « les soldats de la junte ». An agent word of the pack's
    `member_nouns` or `force_words` acts for its owner (a possessive, or "of"/« de » and a
    name), so the owner is a perpetrator too. Only a name: "members of a militia" adds no one."""
    out: list[int] = []
    for h in heads:
        if not (pack.has("member_nouns", parse.toks[h].text) or pack.has("force_words", parse.toks[h].text)):
            continue
        owners = parse.children(h, "poss") + [n for marker, n in _preps(parse, h)
                                              if pack.has("member_of_markers", marker.split()[-1] if marker else "")]
        out += [o for o in owners if o not in heads and _within_mention(
            parse, o, [m for m in mentions if m.label in ("PER", "ORG")])]
    return out


def _premises_owners(parse: Parse, heads: list[int], pack: LanguagePack) -> list[int]:
    """A raid's undergoer is whoever owns the premises entered or searched ("entered the
    newspaper's headquarters", "searched the offices of the Shargh daily", « perquisitionné le
    siège du journal »): a head of the pack's `premises_nouns` gives way to its possessive or
    its "of"/« de » complement (kept when it has none)."""
    out: list[int] = []
    for h in heads:
        owners = parse.children(h, "poss") + [
            n for marker, n in _preps(parse, h)
            if marker.split()[-1:] and pack.has("genitive_markers", marker.split()[-1])] \
            if pack.has("premises_nouns", parse.toks[h].text) else []
        out += [o for o in owners if o not in out] if owners else ([h] if h not in out else [])
    return out


def _is_passive(parse: Parse, i: int) -> bool:
    return bool(parse.children(i, "psubj")) or any(
        parse.toks[k].label in ("auxpass", "aux:pass") for k in parse.children(i, "aux"))


def _phrase_tokens(parse: Parse, head: int, pack: LanguagePack, mentions: Sequence[Mention]) -> list[int]:
    """Tokens of the noun phrase at `head` that can name a participant: relative clauses,
    reasons ("for corruption") and descriptions in apposition to a name are left out."""
    skip = set()
    listing = _coordinated(parse, head, pack)
    for j in parse.subtree(head):
        t = parse.toks[j]
        if parse.toks[head].rel == "poss" and t.head == head and j > head and t.label == "case":
            skip.add(j)  # "the newspaper's (offices)": the owner is "the newspaper"
        elif t.rel == "clause" and j != head:
            skip.add(j)
        elif t.rel == "appos" and _within_mention(parse, t.head, mentions) and not (
                listing and _label_at(parse, j, mentions) == _label_at(parse, t.head, mentions) == "PER") and not (
                _person_beside_body(parse, j, mentions)):
            # "Kem Sokha, the CNRP leader": a description; but in "A, B, C and D" the parser
            # often hangs B on A as an apposition: a name beside a name in a list is an item
            skip.add(j)
    # "on Lukashenko, his son and national security adviser Viktor Lukashenko and six other
    # officials": the parser hangs the rest of the list on the apposition; a person named as
    # its conjunct is an item, not a description
    rescued = [c for j in skip if parse.toks[j].rel == "appos" for c in parse.children(j, "conj", "appos")
               if _label_at(parse, c, mentions) == "PER"]
    for j in list(parse.subtree(head, frozenset(skip))):
        for marker, noun in _preps(parse, j):
            if marker.split()[:1] and marker.split()[0] in pack.words.get("reason_markers", ()):
                skip.add(noun)
                for c in parse.children(j, "prep"):
                    if noun in parse.children(c, "pobj"):
                        skip.add(c)
    out = parse.subtree(head, frozenset(skip))
    for c in rescued:
        out += [k for k in parse.subtree(c, frozenset(skip)) if k not in out]
    return sorted(out)


def list_continuation(sentence: Sentence, pack: LanguagePack, patients: list[Participant],
                       mentions: Sequence[Mention]) -> list[Participant]:
    """Names that continue a list the parser broke ("Min Aung Hlaing, Soe Win, Than Oo and
    Aung Aung"): after the last named patient, each name joined to the previous one by only a
    comma, a semicolon or a coordination word."""
    named = [p for p in patients if not p.is_class and p.end is not None and p.start is not None]
    if not named:
        return []
    last = max(named, key=lambda p: p.end or 0)
    label = "PER" if last.entity_hint == "Person" else "ORG"
    have = {p.norm() for p in patients}
    end = last.end or 0
    out: list[Participant] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < end:
            continue
        gap = sentence.text[end - sentence.start:m.start - sentence.start].strip()
        words = [w for w in re.split(r"[\s,;]+", gap) if w]
        if len(gap) > 6 or any(not pack.has("coordination_words", w) for w in words) or m.label != label:
            break
        if " ".join(m.name.casefold().split()) not in have:
            out.append(Participant(m.name, last.role, last.entity_hint, None, m.start, m.end))
        end = m.end
    return out


def _coordinated(parse: Parse, head: int, pack: LanguagePack) -> bool:
    """Does the phrase at `head` hold a coordination ("and", « et ») somewhere inside?"""
    return any(parse.toks[j].label == "cc" or pack.has("coordination_words", parse.toks[j].text)
               for j in parse.subtree(head))


def _person_beside_body(parse: Parse, j: int, mentions: Sequence[Mention]) -> bool:
    """Is token `j` a person's name the parser hung as an apposition on an organisation's or
    a country's name ("the head of the KGB, Ivan Tertel", « le directeur du FSB, X »)? A
    person cannot describe a body: the name stands beside the noun that governs the body's
    phrase (the head, the director), whom it names."""
    t = parse.toks[j]
    return (t.rel == "appos" and t.head != j and _label_at(parse, j, mentions) == "PER"
            and _label_at(parse, t.head, mentions) in ("ORG", "GPE"))


def _label_at(parse: Parse, i: int, mentions: Sequence[Mention]) -> str | None:
    t = parse.toks[i]
    return next((m.label for m in mentions if m.start <= t.start and t.end <= m.end), None)


def _authority_at(parse: Parse, i: int, mentions: Sequence[Mention], pack: LanguagePack) -> bool:
    """Is token `i` inside a country's name, or that of a body that can act: one whose name
    holds one of the pack's `authority_words` or `force_words` ("the Hong Kong police", « l'armée
    birmane »), or one the knowledge base knows as an authority?"""
    from sanctionwatch.extract.gazetteer import load_gazetteer
    from sanctionwatch.extract.roles import gazetteer_lookup

    t = parse.toks[i]
    for m in mentions:
        if m.start <= t.start and t.end <= m.end:
            if m.label == "GPE":
                return True
            if m.label != "ORG":
                return False
            words = re.findall(r"[^\W\d_]+", m.name.casefold())
            if any(pack.has("authority_words", w) or pack.has("force_words", w) for w in words):
                return True
            entry = gazetteer_lookup(m.name)
            if entry is not None and entry.issuer and entry.schema != "Person":
                return True
            gazetteer = load_gazetteer()
            known = gazetteer.find(m.name)
            return (known is not None and known.schema == "PublicBody") or gazetteer.country_code(m.name) is not None
    return False


def _within_mention(parse: Parse, i: int, mentions: Sequence[Mention]) -> bool:
    t = parse.toks[i]
    return any(m.start <= t.start and t.end <= m.end for m in mentions)


def _bare(word: str) -> str:
    """A word without an elided article (« l'administration » → administration)."""
    w = word.replace("’", "'")
    return w.split("'", 1)[1] if "'" in w[:3] else w


def _bare_leader_title(parse: Parse, toks: list[int], pack: LanguagePack) -> bool:
    """Is the phrase a leader's title and nothing else but determiners ("the president", « le
    premier ministre », « au président »)? A title with a name, a country or any other word
    ("the French president", "President Lopez") is read as written."""
    words = [_bare(parse.toks[k].text) for k in toks if not pack.has("determiners", parse.toks[k].text)
             and parse.toks[k].label != "case" and not pack.has("recipient_markers", parse.toks[k].text)]
    return bool(words) and pack.has("leader_titles", " ".join(words))


def _described_government(parse: Parse, toks: list[int], h: int, pack: LanguagePack) -> str | None:
    """The government a phrase names through its leader (« le gouvernement Trudeau », "the
    Biden administration"): the country the knowledge base says that person leads."""
    from sanctionwatch.extract.roles import authority_entry
    from sanctionwatch.kb.actors import leader, load_kb

    rest = " ".join(parse.toks[k].text for k in toks if k != h and not pack.has("determiners", parse.toks[k].text))
    person = leader(re.sub(r"['’]s$", "", rest)) if rest else None
    if person is None or person.country is None:
        return None
    country = next((a for a in load_kb().actors if a.kind == "country" and a.country == person.country), None)
    entry = authority_entry(country.name) if country is not None else None
    return entry.name if entry is not None else None


def _national_office(parse: Parse, toks: list[int], h: int) -> str | None:
    """The government an unnamed office-holder of one country speaks for: a national adjective
    in the phrase ("the French foreign minister", « le porte-parole britannique ») -- the
    country, when the knowledge base has it as an authority."""
    from sanctionwatch.extract.roles import authority_entry
    from sanctionwatch.kb.actors import demonym_code, load_kb

    codes = {c for k in toks if k != h and parse.toks[k].text[:1].isalpha() and (c := demonym_code(parse.toks[k].text))}
    if len(codes) != 1:
        return None
    code = codes.pop()
    country = next((a for a in load_kb().actors if a.kind == "country" and a.country == code), None)
    entry = authority_entry(country.name) if country is not None else None
    return entry.name if entry is not None else None


def participants_at(parse: Parse, heads: list[int], role: str, pack: LanguagePack,
                     mentions: Sequence[Mention], labels: tuple[str, ...],
                     classes: bool, named_only: frozenset[int] = frozenset()) -> tuple[list[Participant], list[str]]:
    """Named participants in the phrases at `heads` (mentions of `labels`), else the phrase as a
    described class; pronoun heads come back as unresolved slots ("target:he@123")."""
    out: list[Participant] = []
    unresolved: list[str] = []
    for h in heads:
        toks = _phrase_tokens(parse, h, pack, mentions)
        lo, hi = parse.toks[toks[0]].start, parse.toks[toks[-1]].end
        inside = set(toks)
        agentive = role in ("issuer", "agent", "caller", "commentator")
        found = [m for m in mentions if lo <= m.start and m.end <= hi and parse.at(m.start) in inside
                 and m.label in labels and _fills(parse, h, m, pack, agentive, mentions)]
        # a name the parser split, its head inside and the rest outside the phrase ("Aung"
        # taken for the verb, "Alexeï" and "Navalny" two subjects): the name is the phrase's
        head_tok = parse.toks[h]
        split = [m for m in mentions if m.label in labels and m.start <= head_tok.start and head_tok.end <= m.end
                 and not (lo <= m.start and m.end <= hi)]
        if split and not found and all(any(p.start == m.start for p in out) for m in split):
            continue  # the other half of a name already read
        found += [m for m in split if all(p.start != m.start for p in out)]
        if not found and h in named_only:
            # « une interdiction de visa pour le juge X »: the name right after its title noun
            found = [m for m in mentions if m.label in labels and lo <= m.start and m.end <= hi
                     and parse.toks[h + 1:h + 2] and parse.toks[h + 1].start == m.start]
        if role == "patient":  # "X and fellow leaders of …": the name is a conjunct the parser took for a modifier
            found += [m for m in mentions if m.label == "PER" and lo <= m.start and m.end <= hi
                      and m not in found and _coordinated_with_class(parse, m, inside, pack)]
        if role == "target" and len(found) > 1 and parse.parsed:
            # "the Myanmar military's Bureau of Special Operations": the bureau is listed, the
            # body that owns it is named only to say whose bureau it is
            found = [m for m in found if not _owner_of_named(parse, m, found)] or found
        if role == "target" and len(found) > 1 and parse.parsed:
            # "the head of the KGB, Ivan Tertel": the person is the target; the body is named
            # only to say what he heads
            found = [m for m in found if not _body_beside(parse, m, found, mentions)]
        if agentive and len(found) > 1:  # "the Treasury's Office of Foreign Assets Control (OFAC)"
            found = [m for m in found if not _via_appos(parse, h, m)] or found[:1]
        if found:
            out.extend(_owned_unit(Participant(m.name, role, HINTS.get(m.label, "Organization"), None, m.start, m.end))
                       if role == "target" else
                       Participant(m.name, role, HINTS.get(m.label, "Organization"), None, m.start, m.end)
                       for m in found)
            continue
        if role == "agent" and pack.has("member_nouns", parse.toks[h].text):
            body = _body_of_members(parse, h, pack, mentions)
            if body is not None:  # "officers of Russia's Federal Security Service carried out …"
                out.append(Participant(body.name, role, "Organization", None, body.start, body.end))
                continue
        if not classes and role == "issuer" and pack.has("government_nouns", _bare(parse.toks[h].text)):
            gov = _described_government(parse, toks, h, pack)
            if gov is not None:  # « le gouvernement Trudeau »: the government of the country he leads
                out.append(Participant(gov, role, "Country", None, lo, hi))
            elif all(k == h or pack.has("determiners", parse.toks[k].text) or parse.toks[k].label == "case"
                     for k in toks):
                # "the administration", « demandent au gouvernement de … » (the dative's « au »)
                unresolved.append(f"{role}:government@{parse.toks[h].start}")
            continue
        if not classes and role == "issuer" and _bare_leader_title(parse, toks, pack):
            # "called on the president to …", « a demandé au président de … »: a head of state
            # or government named by his title alone is the one the report named before
            # (`extract.acts` reads it)
            unresolved.append(f"{role}:leader@{parse.toks[h].start}")
            continue
        if not classes and role == "issuer" and pack.has("state_office_nouns", _bare(parse.toks[h].text)):
            gov = _national_office(parse, toks, h)
            if gov is not None:  # "the French foreign minister", « le ministre français »: France acts
                out.append(Participant(gov, role, "Country", None, lo, hi))
                continue
        if not classes and role in ("issuer", "agent", "caller"):
            known = _known_bodies_in(parse, toks)
            if known:  # "the departments of State and Treasury": bodies the knowledge base names
                out.extend(Participant(name, role, schema, None, a, b) for a, b, name, schema in known)
                continue
            proper = _proper_phrase(parse, toks, h, pack)
            if proper is not None:
                out.append(Participant(proper[0], role, "Organization", None, proper[1], proper[2]))
                continue
            by_noun = body_by_noun(parse, toks, h, pack) if role in ("agent", "issuer") else None
            if by_noun is not None:  # "police detained him", "a district court ruled", "national
                # security police froze its assets": the body acts, and a state body's measure is issued
                out.append(Participant(by_noun[0], role, "PublicBody", None, by_noun[1], by_noun[2]))
                continue
        if role == "target" and parse.toks[h].label.startswith("expl"):
            # « Il est interdit de leur fournir des fonds »: an impersonal subject stands for no
            # one a measure hits (the parser also marks some referring « il » so, « il s'est
            # effondré »: events keep them)
            continue
        word = parse.toks[h].text.casefold()
        group = next((g for g in PRONOUN_GROUPS if pack.has(f"pronouns_{g}", word)), None) or clitic_group(parse, h, pack)
        if group is not None and len(toks) == 1:  # the pack's group, not the word, travels on
            unresolved.append(f"{role}:{group}@{parse.toks[h].start}")
            continue
        if any(pack.has("both_words", parse.toks[j].text) for j in toks[:2]) and len(toks) <= 3 and not (
                len(toks) > 1 and parse.toks[toks[0]].label in ("nummod", "num")):
            # ("the two", "both men", « les deux hommes » point back; "two generals",
            # « deux policiers » with the number first are new people, a class)
            unresolved.append(f"{role}:both@{parse.toks[h].start}")
            continue
        count = _counted_anaphor(parse, toks, pack)
        if count is not None:  # "all four", "the three men", « les deux hommes »
            unresolved.append(f"{role}:count{count}@{parse.toks[h].start}")
            continue
        these = _class_anaphor(parse, h, pack) if role == "target" else None
        if these is not None:  # « le gel des avoirs de ces personnalités »: the people just listed
            unresolved.append(f"{role}:these@{parse.toks[these].start}")
            continue
        titled = titled_name(parse, toks, pack) if role == "target" else None
        if titled is not None:  # « la vice-présidente Murillo »: a person, not a class
            out.append(Participant(titled[0], role, "Person", None, titled[1], titled[2]))
            continue
        if (classes and h not in named_only and not pack.has("time_nouns", parse.toks[h].text)
                and (not pack.has("asset_nouns", parse.toks[h].text) or _aimed_at_class(parse, h, pack))):
            desc = _description(parse, toks, h)
            cut = _description(parse, toks, h, pack) if role == "patient" and desc is not None else None
            if cut is not None and desc is not None and not any(
                    cut[2] <= m.start and m.end <= desc[2] for m in mentions if m.label in labels and m.label != "GPE"):
                desc = cut  # (a phrase that runs on to a person's or body's name stays whole: the name says who)
            if desc is not None:
                name = _class_name(parse, desc, h, pack) if role == "target" else desc[0]
                out.append(Participant(" ".join(name.split()), role, None, desc[0], desc[1], desc[2]))
    return out, unresolved


CLITIC_RELS = frozenset({"obj", "iobj"})
"""Relations in which a clitic is the verb's object (« le parquet l'a inculpée »)."""


def clitic_group(parse: Parse, i: int, pack: LanguagePack) -> str | None:
    """The pronoun group of an object clitic (the pack's `clitics_person`, `clitics_plural`: «
    l' », « la », « les ») the parser made the verb's object: « le parquet l'a inculpée », «
    la cour les déclara apatrides ». The same words are articles before a noun, so only a word
    the parser reads as the object, alone in its phrase, is one."""
    t = parse.toks[i]
    if t.rel not in CLITIC_RELS or parse.children(i):
        return None
    word = t.text.casefold()
    return next((g for g in ("person", "plural") if pack.has(f"clitics_{g}", word)), None)


def _coordinated_with_class(parse: Parse, m: Mention, inside: set[int], pack: LanguagePack) -> bool:
    """Is the name `m` followed by a coordination word and a lower-case word of the same
    phrase ("X and fellow leaders", « X et ses proches »)? Then it is one of those the phrase
    names, whatever the parse says ("two Ortega allies" has no such word after the name)."""
    after = [t for t in parse.toks if t.start >= m.end and t.i in inside][:2]
    return (len(after) == 2 and after[0].start - m.end <= 1 and pack.has("coordination_words", after[0].text)
            and after[1].text[:1].islower())


def _body_of_members(parse: Parse, h: int, pack: LanguagePack, mentions: Sequence[Mention]) -> Mention | None:
    """The organisation whose members the phrase at `h` names ("officers of the FSB", « des
    agents du KGB »): they act for it, so it is the act's agent."""
    for marker, noun in _preps(parse, h):
        if not (marker.split()[-1:] and pack.has("patient_markers", marker.split()[-1])):
            continue
        span = parse.subtree(noun)
        lo, hi = min(parse.toks[j].start for j in span), max(parse.toks[j].end for j in span)
        orgs = [m for m in mentions if lo <= m.start and m.end <= hi and m.label == "ORG"]
        if orgs:
            return orgs[-1]
    return None


def _aimed_at_class(parse: Parse, h: int, pack: LanguagePack) -> bool:
    """Is the asset-like noun at `h` a class of organisations that a target marker introduces
    (« des mesures contre les entreprises contrôlées par l'armée », "sanctions against companies
    owned by the army")? Then it names who is targeted, not what is frozen."""
    if not pack.has("org_class_nouns", parse.toks[h].text):
        return False
    t = parse.toks[h]
    markers = [parse.toks[k].text for k in parse.children(h, "case")]
    if t.rel == "pobj" and t.head != h:
        markers.append(parse.toks[t.head].text)
    return any(pack.has("target_markers", m) for m in markers)


def _class_anaphor(parse: Parse, h: int, pack: LanguagePack) -> int | None:
    """A demonstrative class that points back at a list ("these individuals", « ces
    personnalités »), as the phrase or as the owner of the assets it names ("the assets of
    these individuals"): its head token, else None."""
    heads = [h]
    if pack.has("asset_nouns", parse.toks[h].text):
        heads = [n for marker, n in _preps(parse, h)
                 if marker.split()[-1:] and pack.has("patient_markers", marker.split()[-1])]
    for k in heads:
        t = parse.toks[k]
        dets = [j for j in parse.children(k, "aux") if j < k]
        if (dets and pack.has("anaphoric_determiners", parse.toks[dets[0]].text)
                and (pack.has("person_class_nouns", t.text) or pack.has("org_class_nouns", t.text))
                and not parse.children(k, "relcl", "clause")):
            return k
    return None


def _counted_anaphor(parse: Parse, toks: list[int], pack: LanguagePack) -> int | None:
    """A definite counted phrase that points back at people already named: "all four", "the
    three men", « les deux hommes » (a determiner or "all", a number, at most a class noun)."""
    words = [parse.toks[j].text.casefold() for j in toks]
    if not 2 <= len(words) <= 3 or not (pack.has("definite_words", words[0]) or pack.has("all_words", words[0])):
        # "his two sons" are two new people, "the two men" the two just named
        return None
    n = pack.duration_numbers.get(words[1])
    if n is None or not 2 <= n <= 12:
        return None
    if len(words) == 3 and not pack.has("person_class_nouns", words[2]):
        return None
    return n


_PATH_RELS = frozenset({"conj", "appos", "poss", "pobj", "prep", "root"})


def _via_appos(parse: Parse, head: int, m: Mention) -> bool:
    t = parse.head_of_span(m.start, m.end)
    while t is not None and t != head and parse.toks[t].head != t:
        if parse.toks[t].rel == "appos":
            return True
        t = parse.toks[t].head
    return False


def _fills(parse: Parse, head: int, m: Mention, pack: LanguagePack, agentive: bool = False,
           mentions: Sequence[Mention] = ()) -> bool:
    """Is the name `m` what the phrase at `head` refers to (the head itself, a conjunct, an
    apposition, a possessor or "of"-complement of it), not a modifier ("two Ortega allies")?
    A country fills it only as the head or a conjunct ("Myanmar's army chief" is not Myanmar)."""
    if not parse.parsed:
        return True
    t = parse.head_of_span(m.start, m.end)
    if t is None:
        return False
    allowed = _PATH_RELS if m.label != "GPE" and not agentive else frozenset({"conj", "appos", "root"})
    while t != head:
        tok = parse.toks[t]
        if tok.head == t:
            return False
        if m.label == "PER" and not agentive and _person_beside_body(parse, t, mentions):
            # "the head of the KGB, Ivan Tertel": the name stands beside the noun whose
            # complement the body is; it is read from there up
            t = _complement_owner(parse, tok.head)
            continue
        if (not agentive and tok.rel == "mod" and tok.head == head and m.start <= tok.start < m.end
                and _titled_name(parse, t, m) and pack.has("person_description_nouns", parse.toks[head].text)):
            # « la syndicaliste Gabriela Morales », the name parsed as an adjective of the
            # noun before it, the phrase's head: that noun is what the person is
            t = tok.head
            continue
        if tok.rel not in allowed:
            return False
        if tok.rel == "poss" and tok.head != head and owns_other(parse, t, pack):
            return False  # "Hun Sen's bodyguard chief" is not Hun Sen; "X's assets" are X's
        if tok.rel == "prep":
            marker = " ".join(parse.toks[k].text.casefold() for k in parse.children(t, "case"))
            if marker and not pack.has("patient_markers", marker.split()[-1]):
                return False
            if not marker and not pack.has("patient_markers", tok.text) and not _titled_name(parse, t, m):
                return False
            if not marker and m.start <= tok.start < m.end and _titled_name(parse, t, m):
                # « l'évêque Rolando X », parsed as a complement of the title: the title is
                # the person, whose own place in the phrase is read one level up
                t = tok.head
                continue
            owner = parse.toks[tok.head]
            if owner.rel == "prep" and owner.head != owner.i:
                owner = parse.toks[owner.head]
            # "the assets of X" names X; "officials of the Ministry" names officials, not it
            if owner.i != head and not pack.has("asset_nouns", owner.text):
                return False
            if pack.has("person_class_nouns", owner.text) or pack.has("org_class_nouns", owner.text):
                return False  # « six proches du Kremlin »: the relatives, not the Kremlin
            if owner.text.casefold() in title_words(pack.code):
                return False  # "a commander of Sudan's Rapid Support Forces": the commander, not the force
        t = tok.head
    return True


def _body_beside(parse: Parse, m: Mention, found: Sequence[Mention], mentions: Sequence[Mention]) -> bool:
    """Is `m` a body named only as the complement of the noun a found person's name stands
    in apposition to (« le chef du KGB, Ivan Tertel »), or the body on whose name the parser
    hung that person's name ("the head of the KGB, Ivan Tertel", see `_person_beside_body`)?"""
    own = parse.head_of_span(m.start, m.end)
    for other in found:
        t = parse.head_of_span(other.start, other.end)
        if other is m or t is None or own is None or parse.toks[t].rel != "appos" or other.label != "PER":
            continue
        noun = parse.toks[t].head
        if _person_beside_body(parse, t, mentions):
            body = parse.toks[noun]
            if m.start <= body.start and body.end <= m.end:
                return True
        elif m.label in ("ORG", "GPE") and own != noun and _complement_owner(parse, own) == noun:
            return True
    return False


def _complement_owner(parse: Parse, i: int) -> int:
    """The noun whose (possibly nested) prepositional complement token `i` heads ("head" for
    "KGB" in "the head of the KGB"); `i` itself when it is no complement."""
    t = i
    for rel in ("pobj", "prep"):  # the body, then the preposition or folded complement
        if parse.toks[t].rel == rel and parse.toks[t].head != t:
            t = parse.toks[t].head
    return t


_OWNED = re.compile(r"['’]s\s+(?=[A-Z])")


def _owned_unit(p: Participant) -> Participant:
    """An organisation named with its owner in one name ("Nicaraguan National Police's Special
    Operations Directorate"): the target is the unit, under its own proper name; the owner
    only says whose unit it is. A lower-case unit ("Iran's morality police") is named by its
    country and stays whole."""
    if p.entity_hint == "Person" or p.start is None:
        return p
    m = _OWNED.search(p.name)
    if m is None or p.name[:m.start()].split()[-1:] == [] or not _body_word(p.name[:m.start()].split()[-1]):
        return p  # "Cambodian People's Party", "Workers' Party": an owner that is no body is the name's own word
    cut = m.end()
    return Participant(p.name[cut:], p.role, p.entity_hint, p.description, p.start + cut, p.end, p.antecedent)


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    from sanctionwatch.kb import body_words
    from sanctionwatch.lang import available_languages

    return frozenset(w.casefold() for code in available_languages() for w in body_words(code) if " " not in w)


def _body_word(word: str) -> bool:
    """Is `word` a kind of state body ("Police", "Army", "Ministry") in the knowledge base?"""
    return word.casefold() in _body_words()


def _owner_of_named(parse: Parse, m: Mention, found: Sequence[Mention]) -> bool:
    """Is the name `m` the possessor of another organisation named beside it ("X's Bureau
    of Y")?"""
    t = parse.head_of_span(m.start, m.end)
    if t is None or parse.toks[t].rel != "poss" or parse.toks[t].head == t:
        return False
    owned = parse.toks[parse.toks[t].head]
    return any(o is not m and o.label == "ORG" and o.start <= owned.start and owned.end <= o.end for o in found)


def under_title(parse: Parse, t: int | None, pack: LanguagePack) -> bool:
    """Is the name at token `t` the complement of a person's title or class noun ("the deputy
    commander of the RSF", "officials of the Ministry", « le chef de la police »)? It tells
    whose post the person holds; the person, not the body, is who the phrase is about."""
    if t is None or not parse.parsed:
        return False
    tok = parse.toks[t]
    if tok.head == t - 1 and tok.rel != "pobj" and not parse.children(t, "case"):
        tok = parse.toks[tok.head]  # "du groupe Wagner": the name's own class noun carries the marker
    if tok.rel == "pobj" and tok.head != tok.i and parse.toks[tok.head].rel == "prep":
        prep = parse.toks[tok.head]
        if not pack.has("patient_markers", prep.text.casefold()):
            return False
        owner = parse.toks[prep.head]
    elif tok.rel == "prep" and tok.head != tok.i and any(
            pack.has("patient_markers", parse.toks[k].text.casefold()) for k in parse.children(tok.i, "case")):
        owner = parse.toks[tok.head]
    else:
        return False
    word = owner.text.casefold()
    return word in title_words(pack.code) or pack.has("person_class_nouns", word)


def _titled_name(parse: Parse, t: int, m: Mention) -> bool:
    """Is the name written right after its title without a preposition (« la vice-présidente
    Murillo », parsed as a complement of the title)? Then the phrase is that person."""
    tok = parse.toks[t]
    return m.label == "PER" and tok.head == t - 1 and parse.toks[tok.head].end <= m.start and not parse.children(t, "case")


def owns_other(parse: Parse, t: int | None, pack: LanguagePack) -> bool:
    """Token `t` is the possessor of something that is not its assets ("Hun Sen's bodyguard
    chief"): the phrase is about that thing, not about the possessor."""
    if t is None:
        return False
    tok = parse.toks[t]
    return tok.rel == "poss" and tok.head != t and not pack.has("asset_nouns", parse.toks[tok.head].text)


def _known_bodies_in(parse: Parse, toks: list[int]) -> list[tuple[int, int, str, str]]:
    """Authorities the knowledge base knows, written inside the phrase of `toks`."""
    from sanctionwatch.extract.roles import find_institutions

    if not toks:
        return []
    lo, hi = parse.toks[toks[0]].start, parse.toks[toks[-1]].end
    text = " ".join(parse.toks[j].text for j in toks)
    if len(text) > 120:
        return []
    # offsets of the joined words are only approximate: keep the phrase's own span
    seen: set[str] = set()
    out = []
    for _a, _b, name, schema in find_institutions(text):
        if name not in seen:
            seen.add(name)
            out.append((lo, hi, name, schema))
    return out[:3]


def _proper_phrase(parse: Parse, toks: list[int], head: int, pack: LanguagePack) -> tuple[str, int, int] | None:
    """A capitalised name NER did not tag ("the Treasury", "le Conseil"): the head and its
    capitalised modifiers, without determiners. Only for agents: a body acts, a class does not."""
    t = parse.toks[head]
    pronouns = ("pronouns_person", "pronouns_plural", "pronouns_self", "pronouns_thing", "determiners")
    if not t.text[:1].isupper() or any(pack.has(g, t.text) for g in pronouns):
        return None
    words = [x.text for x in parse.toks if x.text[:1].isalpha()]
    if words and sum(w[:1].isupper() for w in words) > 0.6 * len(words):
        return None  # a Title Case headline: capitals say nothing there
    linking = ("of", "de", "du", "des", "for")
    ok = {j for j in toks if abs(j - head) <= 4 and (parse.toks[j].text[:1].isupper() or j == head
                                                    or parse.toks[j].text.casefold() in linking)}
    # the unbroken run around the head: "Forces under X's command" is "Forces", not "Forces X"
    lo_j = head
    while lo_j - 1 in ok:
        lo_j -= 1
    hi_j = head
    while hi_j + 1 in ok:
        hi_j += 1
    run = [j for j in range(lo_j, hi_j + 1) if parse.toks[j].text.casefold() not in pack.words.get("determiners", ())]
    while run and parse.toks[run[-1]].text.casefold() in ("of", "de", "du", "des", "for"):
        run.pop()
    if not run or len(parse.toks[head].text) < 2:
        return None
    lo, hi = parse.toks[run[0]].start, parse.toks[run[-1]].end
    return " ".join(parse.toks[j].text for j in run), lo, hi


def _description(parse: Parse, toks: list[int], head: int,
                 phrase_end: LanguagePack | None = None) -> tuple[str, int, int] | None:
    """A described class ("eleven senior officers"): the contiguous words around the head,
    up to the first comma or parenthesis after it, at most 12 words, as written. Who
    underwent an event is a noun phrase (`phrase_end`, the pack): it ends before a
    preposition other than the pack's `patient_markers` ("222 political prisoners to the
    United States" were expelled: "222 political prisoners"; "all political prisoners in
    Belarus")."""
    run = [head]
    for j in range(head - 1, -1, -1):
        if j not in toks or parse.toks[j].text in ",;:(" or head - j > 8:
            break
        run.insert(0, j)
    while len(run) > 1 and parse.toks[run[0]].label in ("case", "cc"):  # « contre 170 personnes », « et de onze … »
        run.pop(0)
    for j in range(head + 1, len(parse.toks)):
        if j not in toks or parse.toks[j].text in ",;:()" or len(run) >= 12:
            break
        if phrase_end is not None and _ends_phrase(parse, j, phrase_end):
            break
        run.append(j)
    if len(run) == 1 and len(parse.toks[head].text) < 4:
        return None
    lo, hi = parse.toks[run[0]].start, parse.toks[run[-1]].end
    words = [parse.toks[j].text for j in run]
    if not any(w[:1].isalpha() for w in words):
        return None
    text = words[0]
    for prev, j in zip(run, run[1:], strict=False):  # as written: "commander-in-chief", "Myanmar's"
        text += (" " if parse.toks[j].start > parse.toks[prev].end else "") + parse.toks[j].text
    return text, lo, hi


def _class_name(parse: Parse, desc: tuple[str, int, int], head: int, pack: LanguagePack) -> str:
    """What a class of targets is called: its phrase up to a relative clause after the head
    ("officials who undermined democracy in the country" is the class "officials"; what they
    did stays in its description, it is the reason, not the name)."""
    text, lo, hi = desc
    for j in range(head + 1, len(parse.toks)):
        tok = parse.toks[j]
        if tok.start >= hi:
            break
        if pack.has("relative_pronouns", tok.text) and tok.start > lo:
            cut = text[:tok.start - lo].rstrip(" ,")
            return cut or text
        if "relcl" in tok.label and tok.head == head and parse.parsed:
            # a relative clause with no pronoun ("officials it accuses of abuses"): it opens
            # at its leftmost word, the subject
            first = min(parse.subtree(j))
            if parse.toks[first].start > lo:
                cut = text[:parse.toks[first].start - lo].rstrip(" ,")
                return cut or text
    return text


def _ends_phrase(parse: Parse, j: int, pack: LanguagePack) -> bool:
    """Does token `j` open what follows a noun phrase: a preposition that is no "of"-like
    patient marker? (A relative clause stays: it may lead to the names in apposition.)"""
    t = parse.toks[j]
    word = t.text.casefold()
    preposition = t.label in ("prep", "case") or (t.rel == "prep" and not parse.children(j, "case"))
    return preposition and t.label != "poss" and not pack.has("patient_markers", word) \
        and not pack.has("coordination_words", word) and word[:1].isalpha()


def _inside_complement(parse: Parse, a: int, v: int, pack: LanguagePack) -> bool:
    """Does noun `a` hang on verb `v` through a complement of reason ("designated X for their
    roles in the crackdown", « sanctionné X pour leur rôle dans la répression »)? The state
    named there is the reason for the act, not what the act did (the pack's `reason_markers`)."""
    i, steps = parse.toks[a].head, 0
    while i != v and steps < 6:
        t = parse.toks[i]
        words = [parse.toks[t.head].text] if t.rel == "pobj" else [
            parse.toks[k].text for k in parse.children(i, "case")] if t.rel == "prep" else []
        if any(pack.has("reason_markers", w) for w in words):
            return True
        t = parse.toks[i]
        if t.head == i:
            return False
        i, steps = t.head, steps + 1
    return False


def _governing_verb(parse: Parse, a: int) -> int | None:
    """The verb a nominal trigger depends on, through prepositions and nouns ("added X to the
    list of Specially Designated Nationals" -> added)."""
    i, steps = a, 0
    while steps < 6:
        t = parse.toks[i]
        if t.head == i or t.rel not in ("obj", "psubj", "pobj", "prep", "agent", "conj", "mod"):
            return None if i == a else i
        i = t.head
        steps += 1
        h = parse.toks[i]
        if h.label in ("acl", "acl:relcl") and t.rel in ("agent", "prep") and h.head != i:
            # "the list of persons targeted by measures": the act is what governs the list
            i = h.head
            continue
        if parse.children(i, "subj", "psubj", "obj") or h.rel in ("root", "clause") or h.head == i:
            return i
    return None


_VERB_LIST_LABELS = frozenset({"npadvmod", "appos", "dep"})
"""Labels under which the parser hangs a list after a colon on the verb itself."""


def _proper_root(parse: Parse, j: int) -> bool:
    """Is the root `j` a capitalised word heading no clause (no subject, auxiliary or object):
    a name the parser made a sentence of its own ("…: Kem Ley, Mu Sochua and …")?"""
    return parse.toks[j].text[:1].isupper() and not parse.children(j, "subj", "psubj", "aux", "obj")


def _list_after_colon(parse: Parse, a: int, mentions: Sequence[Mention]) -> Parse:
    """The parse with a list written after a colon that follows an event verb and its object
    ("officers took two passengers off it: A, 26, …, and B") hung on that object: the parser
    may hang it on the subject before the verb as its apposition, which would make the
    passengers the officers. A colon closing the verb's clause announces what its object
    counted or described; an apposition of the subject comes before the verb, never after a
    colon behind it. Nothing changes without an object after the verb (a passive "two men were
    taken off it: A and B" has its list right as the subject's); after a named object the list
    is cut loose, no one's apposition."""
    objs = [o for o in parse.children(a, "obj") if o > a]
    if not objs:
        return parse
    obj = objs[0]
    named = _within_mention(parse, obj, mentions)
    colons = [k for k in range(obj + 1, len(parse.toks)) if parse.toks[k].text == ":"]
    if not colons:
        return parse
    # the list's head, hung on the subject (an apposition) or on the verb (an adverbial noun)
    # or made a root of its own when it is a name, no clause
    moved = {j for j, t in enumerate(parse.toks) if j > colons[0] and (
        t.head != j and (t.head < a and t.rel == "appos" or t.head == a and t.label in _VERB_LIST_LABELS)
        or t.head == j and _proper_root(parse, j))}
    if not moved:
        return parse
    if named:  # a named object lists no one after it: the list is no one's apposition
        toks = [replace(t, head=t.i, rel="root", label="root") if t.i in moved else t for t in parse.toks]
    else:
        toks = [replace(t, head=obj, rel="appos", label="appos") if t.i in moved else t for t in parse.toks]
    return make_parse(toks, parse.parsed)


SMALL_CLAUSE_REACH = 6
"""Tokens after an event verb its small clause's predicate may stand ("found the three
opposition leaders guilty")."""


def _trigger_ends_with(pack: LanguagePack, kind: str, verb: str, word: str) -> bool:
    """Is there a gapped trigger of `kind` that opens with `verb` and closes with `word`
    ("found … guilty")? Only such a trigger holds its small clause's predicate."""
    last = word.casefold()
    return any(t.kind == kind and not t.measure and t.gapped and t.phrase.split()[-1].casefold() == last
               for t in pack.triggers_by_word.get(verb.casefold(), ()))


def _small_clause_subjects(parse: Parse, a: int, pack: LanguagePack, kind: str) -> list[int]:
    """Who an event verb with no object of its own puts in a state its small clause tells
    ("the court found X guilty", parsed as "found" with a clause "X guilty"): the subject of
    that clause, written between the verb and the clause's predicate, close after the verb.
    Only a gapped trigger of the act's kind that opens with the verb and closes with the
    clause's predicate holds it (the pack's "found … guilty"; "found that X was guilty"), so
    the state is the act's."""
    out = []
    for c in parse.children(a, "clause"):
        if parse.toks[c].label not in ("ccomp", "oprd") or not a < c <= a + SMALL_CLAUSE_REACH \
                or not any(_trigger_ends_with(pack, kind, parse.toks[a].text, parse.toks[w].text)
                           for w in (c, *(k for k in parse.children(c) if parse.toks[k].label in ("acomp", "attr")))):
            continue
        out += [k for k in parse.children(c, "subj") if a < k < c]
        # "found both guilty", "found them guilty": the parser may make a pronoun the
        # predicate's modifier; only a word of the pack's pronoun groups or `both_words` is one
        out += [k for k in parse.children(c) if a < k < c and parse.toks[k].rel != "subj"
                and parse.toks[k].label in ("advmod", "npadvmod", "dobj", "obj")
                and (pack.has("both_words", parse.toks[k].text)
                     or any(pack.has(f"pronouns_{g}", parse.toks[k].text) for g in ("person", "plural")))]
    return out


@dataclass
class Slots:
    agents: list[Participant]
    patients: list[Participant]
    callers: list[Participant]
    unresolved: list[str]


def _predicative(parse: Parse, a: int, pack: LanguagePack) -> bool:
    """Is the trigger a predicate adjective or noun of a copula ("are ineligible", « est
    inéligible »), or the state a causative verb puts its subject in ("made X ineligible for
    entry"): a state of that subject, who acts in nothing?"""
    t = parse.toks[a]
    if t.label == "ccomp" and t.head != a and pack.has("state_causatives", parse.toks[t.head].text):
        return True
    return t.label in ("acomp", "attr") or any(parse.toks[k].label == "cop" for k in parse.children(a))


PERSONAL_MEASURES = frozenset({"visa_restriction", "asset_freeze"})
"""Measures that are always someone's (a visa, assets): "for" a named person names who is hit
(« une interdiction de visa pour X »); "sanctions for X" may be sanctions over what X suffered."""


def imposers(parse: Parse, a: int, pack: LanguagePack) -> list[int]:
    """Who imposed the rule an event noun names: the subject of a relative clause of
    imposing ("the law that Beijing imposed on the city") or the agent of its participle
    (« la loi sur la sécurité nationale imposée par Pékin », where the parser may hang the
    participle on the law's complement). The verb is one of the pack's `imposition_verbs`;
    a relative pronoun is no one ("a law that imposed new penalties" names no imposer)."""
    hosts = [a] + [n for _marker, n in _preps(parse, a)]
    out: list[int] = []
    for h in hosts:
        for c in parse.children(h, "clause", "relcl"):
            if not pack.has("imposition_verbs", parse.toks[c].text):
                continue
            out += [k for k in parse.children(c, "subj") if not pack.has("relative_pronouns", parse.toks[k].text)]
            out += _agent_nouns(parse, c, pack)
            out += [n for marker, n in _preps(parse, c) if marker in pack.words.get("agent_markers", ()) and n not in out]
    return out


def _acting_body(parse: Parse, a: int, pack: LanguagePack, targets: set[str],
                 mentions: Sequence[Mention] = ()) -> int | None:
    """The body whose act an event noun names when the act has its own patient ("the army's
    crackdown on protesters", « la répression de l'armée birmane contre les Rohingyas »): the
    owner ("of", « de », a possessive) is who acts, when it is a state body or force by its
    noun (`body_by_noun`) or a named place, state or organisation ("Tehran's crackdown on
    protesters", `acting_subjects.named_state_or_org`), and another complement with an event
    patient marker ("on", « contre ») says who underwent it. Else None: "the arrest of X" has
    X as its patient."""
    preps = _preps(parse, a)
    genitive = [n for marker, n in preps if marker.split()[-1:] and pack.has("genitive_markers", marker.split()[-1])]
    genitive += parse.children(a, "poss")
    others = [n for marker, n in preps if marker.split()[-1:] and marker.split()[-1] in targets
              and not pack.has("genitive_markers", marker.split()[-1])]
    if len(genitive) != 1 or genitive[0] in others:
        return None
    g = genitive[0]
    others += [n for marker, n in _preps(parse, g) if marker.split()[-1:] and marker.split()[-1] in targets
               and not pack.has("genitive_markers", marker.split()[-1])]  # (the parser may hang it on the owner)
    if not others:
        return None
    owner = [k for k in parse.subtree(g, frozenset(others))]
    if named_state_or_org(parse, g, mentions):
        return g
    return g if body_by_noun(parse, sorted(owner), g, pack) is not None else None


def parse_slots(sentence: Sentence, parse: Parse, pack: LanguagePack, anchor: int,
                mentions: Sequence[Mention], mod: Modality, measure: bool, agent_is_patient: bool,
                patient_labels: tuple[str, ...], avoid: frozenset[int] = frozenset(), kind: str = "") -> Slots:
    """Agent (issuer / actor), patients (targets / subjects) and callers of one trigger. An
    event kind may add its own patient markers (`event_patient_markers_<kind>`: "the attack
    on X", "the crackdown on X", where "arrested on Monday" has no patient after "on")."""
    agent_heads: list[int] = []
    patient_heads: list[int] = []
    a = anchor
    if not measure:
        parse = _list_after_colon(parse, a, mentions)
    passive = _is_passive(parse, a)
    own_subj = parse.children(a, "subj")
    patient_heads += parse.children(a, "obj") + parse.children(a, "psubj")
    if not measure and not parse.children(a, "obj", "psubj"):
        # "the committee refused to register the party": a trigger verb whose act is its
        # infinitive complement (written in the trigger) does it to that infinitive's object
        patient_heads += [o for c in parse.children(a, "clause") if parse.toks[c].label == "xcomp"
                          and c < a + 3 for o in parse.children(c, "obj")]
        if not passive:
            patient_heads += _small_clause_subjects(parse, a, pack, kind)
    if not measure and passive and not agent_is_patient and not parse.children(a, "psubj"):
        # "X was himself jailed": the parser may label a passive's subject as an active one's,
        # or hang it on the auxiliary
        patient_heads += own_subj + [k for x in parse.children(a, "aux") for k in parse.children(x, "subj")]
    if not measure:  # "the court gave them 20 months": who is given the term underwent it
        patient_heads += [k for k in parse.children(a) if parse.toks[k].label in ("dative", "iobj")]
    if (not measure and passive and not parse.children(a, "psubj", "subj")
            and parse.toks[a].rel == "conj" and parse.toks[a].head != a):
        # "X protested and was arrested": a passive verb coordinated with another shares its
        # subject, who underwent the act
        patient_heads += _subject_of(parse, a, mod, 0, pack)
    if not measure and (passive or agent_is_patient):
        # "X was arrested, as were Y and Z", "X received nine years, as did Y": the elliptic
        # clause says the same act of its subject
        patient_heads += _elliptic_subjects(parse, a, pack)
    apposed = None if measure or own_subj else _apposed_participle(parse, a, pack, mentions)
    if apposed is not None:
        # « … la mort du chanteur X, abattu le 29 juin », « Sergio Ramírez, parti en juin
        # 2021 »: a participle set off after a name says what happened to that name
        passive = passive or not agent_is_patient
        patient_heads.append(apposed)
    elif agent_is_patient:  # "X fled", "X is due to stand trial"
        patient_heads += own_subj or ([] if passive else _subject_of(parse, a, mod, 0, pack))
    elif not measure and (order := ordered_participle(parse, a, pack)) is not None:
        # "a judge ordered him held for 30 days": the participle's subject (or the order's
        # object) is who is held, whoever orders it acts
        passive = True
        own_obj = set(parse.children(a, "obj"))  # "held pending trial": no one held is "trial"
        patient_heads = [k for k in patient_heads if k not in own_obj] + (own_subj or parse.children(order, "obj"))
        agent_heads += parse.children(order, "subj")
    elif not measure and not own_subj and _opening_participle(parse, a, pack):
        # "Arrested in 2017 on a treason charge, he …": a past participle's subject is who
        # it happened to (its agent, if any, comes with "by")
        passive = True
        patient_heads += _subject_of(parse, a, mod, 0, pack) or parse.children(parse.toks[a].head, "subj", "psubj")
    elif measure and (mod.prohibition or _predicative(parse, a, pack)):
        # "she may no longer enter the EU", "X and his wife are ineligible for entry": a
        # measure said as what its target may not do, or as its target's state, hits the subject
        patient_heads += own_subj or ([] if passive else _subject_of(parse, a, mod, 0, pack))
    else:
        agent_heads += ([] if passive else own_subj)
    agent_heads += _agent_nouns(parse, a, pack)
    own_kind = set() if measure else set(pack.words.get(f"event_patient_markers_{kind}", ()))
    if measure:  # « un gel des avoirs décidé par le Conseil », "a travel ban imposed by the EU"
        for c in parse.children(a, "clause"):
            if parse.toks[c].label == "acl":
                agent_heads += _agent_nouns(parse, c, pack)
        if not agent_heads:
            # « le gel des avoirs imposé par les États-Unis », « l'interdiction de voyager
            # imposée par l'UE »: the participle hangs on a word of the measure's own phrase
            # (the assets, the infinitive); a verb that imposes (the pack's `support` cue),
            # never "officials accused by the UN"
            inner = [n for _marker, n in _preps(parse, a) if pack.has("asset_nouns", parse.toks[n].text)]
            inner += [c for c in parse.children(a, "clause") if parse.toks[c].label == "acl"
                      and not _support_verb(sentence, parse, pack, c)]
            agent_heads += [g for n in inner for c in parse.children(n, "clause")
                            if parse.toks[c].label in ("acl", "xcomp") and _support_verb(sentence, parse, pack, c)
                            for g in _agent_nouns(parse, c, pack)]
    else:  # "violence carried out by X", « la répression menée par X »: who did the act, not
        # who judged it ("a crackdown condemned by the UN"): only a participle of doing
        for c in parse.children(a, "clause"):
            if parse.toks[c].label == "acl" and pack.has("perpetration_participles", parse.toks[c].text):
                agent_heads += _agent_nouns(parse, c, pack)
        agent_heads += imposers(parse, a, pack)
    targets = (set(pack.words.get("target_markers", ())) | set(pack.words.get("patient_markers", ()))
               if measure else set(pack.words.get("event_patient_markers", ())) | own_kind)
    coordinated = set(pack.words.get("coordination_markers", ()))
    named_only: set[int] = set()
    personal = measure and kind in PERSONAL_MEASURES
    if personal:
        # « a décidé une interdiction de visa pour X »: the parser hangs "pour X" on the verb
        # whose object the measure is, or on the measure's own infinitive (« une interdiction
        # de voyager pour X »)
        hosts = [c for c in parse.children(a, "clause") if c > a]
        own_clauses = list(hosts)
        if parse.toks[a].rel == "obj" and parse.toks[a].head != a:
            hosts.append(parse.toks[a].head)
        for marker, noun in [x for host in hosts for x in _preps(parse, host)]:
            if marker.split()[-1:] and pack.has("named_target_markers", marker.split()[-1]) and noun > a:
                patient_heads.append(noun)
                named_only.add(noun)
            elif noun > a and parse.toks[noun].text.casefold() in targets and parse.toks[noun].head in own_clauses:
                # « une interdiction de voyager à l'encontre de X »: the parser hangs « à
                # l'encontre de X » on the measure's own infinitive; its "de" complements are hit
                patient_heads += [n for m_, n in _preps(parse, noun)
                                  if not m_ or pack.has("patient_markers", m_.split()[-1])]
    if measure and mod.call is None:  # "the travel ban imposed by the EU on Belarusian officials"
        patient_heads += [n for c in parse.children(a, "clause") if parse.toks[c].label == "acl"
                          and _support_verb(sentence, parse, pack, c) for marker, n in _preps(parse, c)
                          if marker.split()[-1:] and marker.split()[-1] in targets and n not in patient_heads]
    for marker, noun in _preps(parse, a):
        if marker in targets or marker in coordinated or (marker.split()[-1:] and marker.split()[-1] in targets):
            patient_heads.append(noun)
            if marker.split()[-1:] and marker.split()[-1] in own_kind - set(pack.words.get("event_patient_markers", ())):
                named_only.add(noun)  # "an attack on Sergei Skripal", not "an attack on democracy"
        elif personal and marker.split()[-1:] and pack.has("named_target_markers", marker.split()[-1]):
            # « une interdiction de visa pour X et Y »: a measure "for" a named person hits them;
            # « des sanctions pour violations des droits » names a reason, no one
            patient_heads.append(noun)
            named_only.add(noun)
        elif measure and parse.toks[noun].text.casefold() in targets:
            # « à l'encontre de X » parsed as a noun "encontre" with X its complement: its "de"
            # complements and their conjuncts (« … et de onze personnes »), not « après la mort de Y »
            of = [n for m_, n in _preps(parse, noun) if not m_ or pack.has("patient_markers", m_.split()[-1])]
            patient_heads += of + [c for c in parse.children(noun, "conj") if any(
                pack.has("patient_markers", parse.toks[k].text) for k in parse.children(c, "case") if k < c)]
    if not measure:
        owner = _acting_body(parse, a, pack, targets, mentions)
        if owner is not None:  # « la répression de l'armée birmane contre les Rohingyas »
            patient_heads = [h for h in patient_heads if h != owner]
            agent_heads.append(owner)
    if measure:  # a recipient of the measure's own verb, also when the measure is asked for
        # (« appelle les États-Unis à imposer des sanctions à X »); never the call's addressee
        patient_heads += [n for n in _recipients(sentence, parse, pack, a, mentions)
                          if mod.call is None or parse.toks[n].head != mod.call]
    if measure and mod.call is None:
        for c in parse.children(a, "relcl"):
            # "the sanctions it first imposed on Russia": the relative clause that tells who
            # imposed the measure (its object is the measure itself) says on whom
            if not parse.children(c, "obj") or all(pack.has("relative_pronouns", parse.toks[o].text)
                                                   for o in parse.children(c, "obj")):
                patient_heads += [n for marker, n in _preps(parse, c)
                                  if marker.split()[-1:] and marker.split()[-1] in targets]
    if not measure:
        for _marker, noun in _preps(parse, a):
            for c in parse.children(noun, "conj"):
                case = [parse.toks[k].text.casefold() for k in parse.children(c, "case") if k < c]
                if case and case[-1] in targets and c not in patient_heads:
                    # « l'arrestation, fin juillet, de X »: the parser hangs "de X" on the date
                    patient_heads.append(c)
    if not measure:
        for h in list(patient_heads):
            # « l'attaque de Salisbury contre X »: the parser hangs "contre X" on the place;
            # only a name counts there ("plotting against the state" names no one)
            nested = [n for marker, n in _preps(parse, h) if marker.split()[-1:]
                      and marker.split()[-1] in targets - set(pack.words.get("patient_markers", ()))
                      and n not in patient_heads]
            patient_heads += nested
            named_only.update(nested)
    for h in list(patient_heads):  # "X, together with Y": Y is named beside X
        patient_heads += [n for marker, n in _preps(parse, h) if marker in coordinated]
    if measure:
        patient_heads += _owners(parse, a, pack)
        patient_heads += _whose_assets(parse, a, pack)
        # "froze any US assets of three officials": whose assets the verb's object names
        patient_heads += [n for o in parse.children(a, "obj") if pack.has("asset_nouns", parse.toks[o].text)
                          for marker, n in _preps(parse, o)
                          if marker.split()[-1:] and pack.has("patient_markers", marker.split()[-1])
                          and n not in patient_heads]
    if not measure:
        patient_heads = _premises_owners(parse, patient_heads, pack)
    possessors = parse.children(a, "poss")
    possessive_slots: list[str] = []
    if not measure and kind in PERSONAL_KINDS and not possessors:
        own = _person_possessive(parse, a, pack)
        if own is not None:  # « son arrestation », « sa condamnation »: his or hers
            possessive_slots.append(f"patient:person@{parse.toks[own].start}")
    if not measure:
        acting = [k for k in possessors if _authority_at(parse, k, mentions, pack)]
        # "Beijing's assault on rights", "the army's crackdown": a government, a country or an
        # armed body owns the act it commits; "Navalny's arrest", "the CNRP's dissolution" name
        # who underwent it
        agent_heads += acting
        possessors = [k for k in possessors if k not in acting]
    patient_heads += possessors
    mods = [k for k in parse.children(a, "mod") if _within_mention(parse, k, mentions)]
    v = _governing_verb(parse, a)
    marker_a = _marker_of(parse, a) or (parse.toks[a].text.casefold() if parse.toks[a].rel == "prep" else "")
    host = parse.toks[a].head
    if v is not None and not measure and pack.has("state_preps", marker_a) and not agent_is_patient \
            and host not in (a, v) and parse.toks[host].rel not in ("clause", "conj") \
            and not _person_possessive(parse, host, pack) and any(parse.toks[k].label == "det" for k in parse.children(host)):
        # « la mort en détention de X », "the death in custody of X": the state is the noun's
        # it hangs on (a noun with its article, not "those behind bars"), whose own complement
        # (« de X ») says who was held -- never the subject of the verb that tells of it
        # (« l'ONG rappelle la mort en détention de X »)
        held = [n for marker, n in _preps(parse, host) if n != a and marker.split()[-1:]
                and marker.split()[-1] in targets]
        if not held:  # « la mort en détention, en 2009, de X »: after the inserted date the
            # parser hangs « de X » higher up (on the verb, on the noun the phrase qualifies); a
            # person named there, after the state, is the noun's
            people = [m for m in mentions if m.label == "PER"]
            path = [host]
            for up in parse.ancestors(host):
                path.append(up)
                if up == v:
                    break
            # (whatever relation the parser gives it: a name with its own « de » is a complement)
            held = [n for up in path for n in parse.children(up) if n > a and _within_mention(parse, n, people)
                    and any(pack.has("patient_markers", parse.toks[c].text) for c in parse.children(n, "case"))][:1]
        patient_heads += held
        v = None
    if v is not None and not measure and pack.has("state_preps", marker_a) and not agent_is_patient \
            and not _inside_complement(parse, a, v, pack):
        # (not a state inside another complement: "designated X for their roles in the
        # crackdown" says nothing of who was cracked down on)
        # "X was placed under house arrest", "X remains in detention", « X est en détention »:
        # whoever the verb is about is in that state
        # -- but in "police placed X under house arrest", « un juge a ordonné son placement en
        # détention » the verb's object (a person) is who is held, never its subject
        objs = [] if _is_passive(parse, v) else [
            o for o in parse.children(v, "obj") if o != a and (  # not "spend the rest of his life …"
                _within_mention(parse, o, [m for m in mentions if m.label == "PER"])
                or _person_possessive(parse, o, pack) is not None
                or any(pack.has(f"pronouns_{g}", parse.toks[o].text) for g in ("person", "plural"))
                or (o < v and pack.has("object_pronouns", parse.toks[o].text))  # « l'a placé »
                or clitic_group(parse, o, pack) is not None)]
        owners = {o: k for o in objs if (k := _person_possessive(parse, o, pack)) is not None}
        owned = list(owners)
        possessive_slots += [f"patient:person@{parse.toks[k].start}" for k in owners.values()]
        v_subj = parse.children(v, "psubj") or ([] if _is_passive(parse, v) or objs else parse.children(v, "subj"))
        if _is_passive(parse, v) and not agent_is_patient:
            # "X was placed under house arrest by the army": the agent of the passive verb,
            # or the "by" phrase the parser hangs on the state noun
            agent_heads += _agent_nouns(parse, v, pack) + [
                n for k in (a, *parse.children(a, "pobj")) for marker, n in _preps(parse, k)
                if marker in pack.words.get("agent_markers", ()) and n not in agent_heads]
        holders = [] if _is_passive(parse, v) else parse.children(v, "subj")
        if kind in HELD_KINDS and only_bodies(parse, holders, pack):
            # « un tribunal de Moscou l'a placé en détention », "the court remanded him in
            # custody": a court or the police is never who is held, it holds someone
            agent_heads += [h for h in holders if h not in agent_heads]
            v_subj = [h for h in v_subj if h not in holders]
        patient_heads += v_subj + [o for o in objs if o not in owned]
        v = None
    if v is not None and not measure and not (parse.toks[a].rel in ("obj", "psubj") and parse.toks[a].head == v) \
            and not (parse.toks[a].rel in ("pobj", "prep") and _patient_verb(parse, v, pack)):
        # an event noun lends slots only to the verb whose object it is ("carried out arrests"),
        # or to one whose subject undergoes what its prepositional object names (« a survécu à
        # deux tentatives d'assassinat »)
        v = None
    if v is not None and not measure and parse.toks[a].rel in ("pobj", "prep") \
            and pack.has("reason_markers", _marker_of(parse, a)):
        # « deux généraux sont visés pour la répression de l'armée », "sanctioned over the
        # crackdown": an act the verb gives as its reason is what they are blamed for, not
        # what befell them -- the verb's subject is no victim of it
        v = None
    if v is not None and parse.toks[a].rel in ("obj", "pobj", "psubj", "prep", "agent"):
        v_passive = _is_passive(parse, v)
        if not agent_heads and not agent_is_patient and (
                _support_verb(sentence, parse, pack, v) or (measure and v in mod.threat_tokens)):
            # "the EU imposed sanctions", "police carried out arrests" -- but not "Blinken
            # condemned the arrest": only a verb that performs the act lends its subject
            agent_heads += _agent_nouns(parse, v, pack) if v_passive else _subject_of(parse, v, mod, 0, pack)
        for marker, noun in _preps(parse, v):
            if noun != a and (marker in targets):
                patient_heads.append(noun)
            elif noun != a and measure and parse.toks[noun].text.casefold() in targets:
                patient_heads += [n for _m, n in _preps(parse, noun)]
        marker = _marker_of(parse, a)
        if measure and marker and mod.call is None and (pack.has("patient_preps", marker) or _on_the_list(parse, a, v, marker, pack)):
            # "X has been under US sanctions", "subject to EU sanctions", "X has been on the
            # blocked list since 2006", « X figure sur la liste »: X is the target
            patient_heads += _subject_of(parse, v, mod, 0, pack)
        elif measure and parse.toks[a].rel in ("pobj", "prep", "agent") and a not in parse.children(v, "obj"):
            # "added X to the list …", "placed X under sanctions": X is the target
            patient_heads += [o for o in parse.children(v, "obj") if o != a]
        if _patient_verb(parse, v, pack) and mod.call is None:
            # "X faces sanctions", « X font l'objet de mesures »: the subject undergoes them
            patient_heads = [h for h in patient_heads if h not in parse.children(v, "obj")]
            patient_heads += parse.children(v, "subj") + parse.children(v, "psubj")
            agent_heads = [h for h in agent_heads if h not in parse.children(v, "subj")]
        elif parse.toks[a].rel in ("obj", "pobj") and v_passive:
            patient_heads += parse.children(v, "psubj")
    if not agent_heads:
        agent_heads += [k for k in parse.children(a, "poss")] if measure and not patient_heads else []
    if not agent_heads and not own_subj and not passive and not agent_is_patient and not (
            measure and mod.prohibition) and not _predicative(parse, a, pack):
        # (an act named as what something was -- "after what doctors said was a poisoning",
        # "the arrest was an attack on the press" -- has no agent in the copula's subject)
        agent_heads += _subject_of(parse, a, mod, 0, pack)
    callers: list[Participant] = []
    unresolved: list[str] = []
    if mod.call is not None:
        c = mod.call
        outer = _relaying_call(parse, pack, mod)
        relay = [] if outer is None else _addressees(parse, outer, pack)
        if outer is not None:
            # "urged Canada to press the EU for sanctions", « exhortait la France à pousser pour
            # des sanctions »: the one asked to press for the measure relays the call, and whom
            # it presses (the EU) is asked of nothing else: neither is a target
            agent_heads = [h for h in agent_heads if h not in relay]
            patient_heads = [h for h in patient_heads if h not in relay and h not in parse.children(c, "obj")]
        subj = parse.children(c, "subj") or _agent_nouns(parse, c, pack)
        if outer is not None and not subj:  # who asks is who asked the relay
            subj = parse.children(outer, "subj") or _agent_nouns(parse, outer, pack)
        if not subj and parse.toks[c].rel == "obj" and parse.toks[c].head != c:
            # "MEPs repeated their call to suspend …", « ont réitéré leur appel à … »: the
            # call is the object of a verb, whose subject makes it
            subj = [k for k in parse.children(parse.toks[c].head, "subj")]
        if not subj and parse.toks[c].rel == "aux":  # "should": the subject of its verb
            subj = []
        if pack.has("deontic_words", parse.toks[c].text):
            # « les États-Unis et le Japon doivent sanctionner X », "Canada must freeze …": the
            # subject of an obligation is who would act, not who asks
            if measure and not agent_heads:
                agent_heads += subj
            subj = []
        got, unres = participants_at(parse, subj, "caller", pack, mentions, ("PER", "ORG", "GPE"), False)
        callers += got
        unresolved += unres
        # the addressee of a call is who would impose it: "urged the EU to impose"
        if measure and not [h for h in agent_heads if not _in_noun_trigger(parse, h, a)]:
            # (the measure itself as the call's object, "demanded a freeze", is no addressee)
            # ("want X on the sanctions list": X, who carries the list, is no addressee)
            # (« a appelé l'administration Biden à sanctionner X » parsed with the infinitive on
            # the addressee: a clause of the object is still what the object is asked to do)
            agent_heads += [k for k in parse.children(c, "obj") if k != a and (
                a not in parse.subtree(k) or (parse.toks[a].head == k and parse.toks[a].rel == "clause"))]
            agent_heads += [n for marker, n in _preps(parse, c)
                            if marker.split()[-1:] and pack.has("addressee_markers", marker.split()[-1])]
            if not [h for h in agent_heads if not _in_noun_trigger(parse, h, a)] and outer is None:
                agent_heads += _recipient_of_message(parse, c, pack, mentions)
            if outer is not None:
                agent_heads = [h for h in agent_heads if h not in relay] or _presided_bodies(
                    parse, relay, pack, mentions)
        agent_heads = [h for h in agent_heads if h not in subj]
    agent_heads = _makers_of_instruments(parse, _antecedent_of_relatives(parse, _outside(parse, agent_heads, avoid), pack),
                                         pack, mentions)
    patient_heads = _antecedent_of_relatives(parse, _outside(parse, patient_heads, avoid), pack)
    if not measure and not own_subj and not patient_heads and adnominal_participle(parse, a):
        # « toutes les personnes détenues », "the journalists detained in May": a past
        # participle that qualifies a noun tells what befell that noun
        patient_heads.append(parse.toks[a].head)
    if (not measure and not own_subj and not patient_heads and not agent_heads and _detached(parse, a)
            and not parse.children(parse.toks[a].head, "obj")):
        # « il s'est effondré à bord, empoisonné avec … »: a participle set off by a comma
        # after a clause with no object of its own (the parser hung it loosely on the verb)
        # befell that clause's subject
        patient_heads += parse.children(parse.toks[a].head, "subj", "psubj")
    if (not measure and not own_subj and not patient_heads and not agent_heads
            and parse.toks[a].label in ("advcl", "acl", "conj") and parse.toks[a].head != a):
        # "Arrested in September on a treason charge, Kem Sokha …": a participle without a
        # subject of its own is about the subject of the clause it modifies
        patient_heads += parse.children(parse.toks[a].head, "subj", "psubj")
    if (not measure and not own_subj and not patient_heads and not agent_heads
            and parse.toks[a].rel == "conj" and _participle(parse.toks[a], pack)):
        # « il a été conduit à la prison puis condamné … et déchu de sa nationalité »: a
        # participle the parser coordinated with a noun of the clause before shares the
        # subject of the passive verb that clause hangs on
        patient_heads += _passive_subject_above(parse, a)
    if not measure and own_subj and not patient_heads and set(own_subj) <= set(agent_heads) \
            and not only_bodies(parse, own_subj, pack, armed_men=False) and not parse.children(a, "obj"):
        # (not "A Caracas court charged both with …": a body is who charges, never charged;
        # nor "the jury found him guilty": an object the trigger holds was the one it befell)
        # "Jimmy Lai jailed for 20 years": a coercive verb with a subject and no object is a
        # headline's passive -- the subject is who it happened to
        patient_heads, agent_heads = list(own_subj), [h for h in agent_heads if h not in own_subj]
    if not measure:
        agent_heads += _owners_of_forces(parse, pack, agent_heads, mentions)
    agents, unres = participants_at(parse, agent_heads, "issuer" if measure else "agent", pack, mentions,
                                     ("ORG", "GPE", "PER"), False)
    unresolved += unres
    agent_ids = {(p.start, p.end) for p in agents}
    patients, unres = participants_at(parse, patient_heads, "target" if measure else "patient", pack,
                                       mentions, patient_labels, True, frozenset(possessors) | named_only)
    unresolved += unres
    if not patients:
        unresolved += possessive_slots
    patients = [p for p in patients if (p.start, p.end) not in agent_ids]
    patients = _distinct(patients)  # two heads ("the assets", "of X") that find one name
    if not measure:  # a phrase that holds a name the slot already has says no more than the name
        spans = [(p.start, p.end) for p in patients if not p.is_class and p.start is not None and p.end is not None]
        patients = [p for p in patients if not (p.is_class and p.start is not None and p.end is not None and any(
            p.start <= a and b <= p.end for a, b in spans))]
    if mods and not agents and measure:  # "EU sanctions"; a country only beside named targets
        named = any(not p.is_class for p in patients)
        agents = [Participant(m.name, "issuer", HINTS.get(m.label, "Organization"), None, m.start, m.end)
                  for m in mentions if any(parse.at(m.start) == k for k in mods)
                  and (m.label == "ORG" or (m.label == "GPE" and named))]
    if measure and mod.threat and mod.call is None and parse.parsed:
        # "President X warned that the United States would impose …": who threatens
        agents = speaker_of_threat(parse, a, pack, agents, mentions, sentence.text, sentence.start)
    return Slots(agents, patients, callers, unresolved)


def _detached(parse: Parse, a: int) -> bool:
    """Is `a` a word the parser hung loosely (`dep`) on a verb before it, right after a comma,
    with no subject or object of its own?"""
    t = parse.toks[a]
    return (parse.parsed and t.label == "dep" and t.head < a and a > 0 and parse.toks[a - 1].text == ","
            and parse.toks[t.head].rel in ("root", "clause", "conj")
            and not parse.children(a, "subj", "psubj", "obj"))


def adnominal_participle(parse: Parse, a: int) -> bool:
    """Is token `a` a past participle that qualifies the noun it hangs on (« les personnes
    détenues », "the activists arrested in May") -- no verb of its own clause, no subject or
    object of its own? What it tells is a state of that noun, not an act the sentence asks
    for or foresees."""
    t = parse.toks[a]
    if not parse.parsed or t.head == a or t.label not in ("acl", "amod") or any(
            parse.toks[k].label in ("mark", "case") for k in parse.children(a)):  # « la décision d'arrêter »
        return False
    head = parse.toks[t.head]
    return head.participle is False and head.rel not in ("root", "clause", "conj") \
        and not parse.children(a, "subj", "psubj", "obj", "aux")


def _relaying_call(parse: Parse, pack: LanguagePack, mod: Modality) -> int | None:
    """The call that asks someone to press for the measure in turn ("urged Canada to press the
    EU for sanctions", « exhortait la France à pousser pour des sanctions »): the governing call
    word is a verb of the pack's `relay_call_verbs`, the complement of another call word."""
    c = mod.call
    if c is None or not parse.parsed or not pack.has("relay_call_verbs", parse.toks[c].text):
        return None
    t = parse.toks[c]
    if t.head == c or t.label not in ("xcomp", "ccomp", "advcl") or t.head not in mod.calls:
        return None
    return t.head


def _addressees(parse: Parse, c: int, pack: LanguagePack) -> list[int]:
    """Whom the call word at `c` asks: its object, or a noun after the pack's `addressee_markers`."""
    return parse.children(c, "obj") + [n for marker, n in _preps(parse, c)
                                       if marker.split()[-1:] and pack.has("addressee_markers", marker.split()[-1])]


def _presided_bodies(parse: Parse, relay: list[int], pack: LanguagePack, mentions: Sequence[Mention]) -> list[int]:
    """The authority a relaying addressee is said to hold or preside over, in the relative clause
    that describes it (« la France, qui préside le Conseil de l'UE, à pousser pour … »): where
    it presses for the measure is who would take it. Nothing else is guessed."""
    return [o for r in relay for k in parse.children(r, "relcl") for o in parse.children(k, "obj")
            if _authority_at(parse, o, mentions, pack) and parse.toks[o].text[:1].isupper()]


def _whose_assets(parse: Parse, a: int, pack: LanguagePack) -> list[int]:
    """The owner a relative clause of assets names: "X, whose assets are frozen", « X, dont les
    avoirs sont gelés » -- the noun the clause describes (the relative is the assets' owner:
    the pack's `possessive_relatives`, as the assets' possessor or the clause's own argument)."""
    for v in (a, parse.toks[a].head):
        t = parse.toks[v]
        if t.label not in ("relcl", "acl:relcl") or t.head == v:
            continue
        assets = [n for n in parse.children(v, "subj", "psubj") if pack.has("asset_nouns", parse.toks[n].text)]
        owners = [k for n in assets for k in parse.children(n)] + parse.children(v)
        if assets and any(pack.has("possessive_relatives", parse.toks[k].text) for k in owners):
            return [t.head]
    return []


def _distinct(parts: list[Participant]) -> list[Participant]:
    """Participants without repeats of one name at one place, in their order."""
    seen: set[tuple[str, int | None, int | None]] = set()
    out: list[Participant] = []
    for p in parts:
        if (p.name, p.start, p.end) not in seen:
            seen.add((p.name, p.start, p.end))
            out.append(p)
    return out


def _on_the_list(parse: Parse, a: int, v: int, marker: str, pack: LanguagePack) -> bool:
    """Is the trigger a list where a verb of presence puts its subject ("X has been on the US
    blocked list", « X figure sur la liste de l'UE », "X remains on the list")? A verb of the
    pack's `presence_verbs` with no object, and a list noun after a `list_preps` word: whoever
    is there is listed. Other verbs say something about the list ("commented on the list")."""
    return (pack.has("list_preps", marker) and pack.has("list_nouns", parse.toks[a].text.casefold())
            and pack.has("presence_verbs", parse.toks[v].text.casefold()) and not parse.children(v, "obj"))


def _person_possessive(parse: Parse, noun: int, pack: LanguagePack) -> int | None:
    """The possessive determiner of `noun` that stands for a person (pack `possessives_person`:
    « son », « sa »), when the parser makes it a determiner rather than an owner."""
    return next((k for k in parse.children(noun) if k < noun and parse.toks[k].rel != "poss"
                 and pack.has("possessives_person", parse.toks[k].text)), None)


_NOUN_SLOTS = frozenset({"pobj", "dobj", "obj", "nsubj", "nsubjpass", "conj", "appos", "nmod", "obl"})


def _in_noun_trigger(parse: Parse, h: int, a: int) -> bool:
    """Is `h` the word right before a noun trigger, attached to it ("asset" of "asset freezes"
    parsed as its subject)? It is part of the trigger's name, not who acts."""
    return parse.toks[h].head == a and h == a - 1 and parse.toks[a].label in _NOUN_SLOTS


def _recipient_of_message(parse: Parse, c: int, pack: LanguagePack, mentions: Sequence[Mention]) -> list[int]:
    """Who a call is addressed to when the call verb hangs on the verb that sent it: "wrote to
    President X urging that …", "sent the president a list … and asked that they be
    sanctioned", « a écrit au président pour demander … ». The recipient of the message (a
    dative, or a noun after the pack's `recipient_markers`) is who would act: a body, or a
    person who is a head of state or government (`extract.leaders`), never a senator or a
    spokesman written to. A call verb that heads its clause has none from here."""
    from sanctionwatch.extract.leaders import is_leader

    t = parse.toks[c]
    if t.head == c or t.label not in ("advcl", "conj", "xcomp", "acl"):
        return []
    h = t.head
    heads = [k for k in parse.children(h) if parse.toks[k].label in ("dative", "iobj")]
    heads += [n for marker, n in _preps(parse, h) if parse.toks[n].label not in ("dative", "iobj")
              and marker.split()[-1:] and pack.has("recipient_markers", marker.split()[-1])]
    out: list[int] = []
    for k in heads:
        span = parse.subtree(k)
        lo, hi = parse.toks[min(span)].start, parse.toks[max(span)].end
        people = [m for m in mentions if lo <= m.start and m.end <= hi and m.label == "PER"]
        before = " ".join(parse.toks[j].text for j in range(max(0, min(span) - 4), parse.at(people[0].start) or 0)
                          ) if people else ""
        if people and not all(is_leader(m.name, before, pack) for m in people[:1]):
            continue
        out.append(k)
    return out


def _makers_of_instruments(parse: Parse, heads: list[int], pack: LanguagePack,
                           mentions: Sequence[Mention]) -> list[int]:
    """An instrument that does the act stands for whoever made it: in "FinCEN finalised a rule
    that cuts Huione Group off from the financial system", the rule (the pack's
    `act_instrument_nouns`) cuts, FinCEN acts. The maker is the subject of the verb the
    instrument is the object of, when a body: a minister who signs a decree signs for his
    government (« le ministre X a signé un décret qui ordonne le gel … » names no issuer).
    Without one, the instrument stays."""
    out: list[int] = []
    for h in heads:
        makers: list[int] = []
        j = h
        if not (pack.has("act_instrument_nouns", parse.toks[h].text) or pack.has("legal_title_words", parse.toks[h].text)):
            out.append(h)
            continue
        # "a rule under section 311 of the Act that cuts …": the parse may hang the clause on
        # the law the rule is made under; the instrument is the noun the verb takes
        for _ in range(5):
            t = parse.toks[j]
            if not (pack.has("act_instrument_nouns", t.text) or pack.has("legal_title_words", t.text)
                    or t.rel in ("pobj", "prep")):
                break
            if t.rel == "obj" and pack.has("act_instrument_nouns", t.text) and t.head != j:
                makers = parse.children(t.head, "subj")
                break
            if t.rel == "prep" and j != h and parse.toks[t.head].rel in ("root", "clause", "conj"):
                makers = parse.children(t.head, "subj")  # "finalised a rule under … the Act that …"
                break
            if t.rel not in ("pobj", "prep") or t.head == j:
                break
            j = t.head
        persons = [m for m in mentions if m.label == "PER"]
        makers = [k for k in makers if not _within_mention(parse, k, persons)
                  and not pack.has("state_office_nouns", parse.toks[k].text)]
        out.extend(makers or [h])
    return out


def _antecedent_of_relatives(parse: Parse, heads: list[int], pack: LanguagePack) -> list[int]:
    """A relative pronoun stands for the noun its clause describes: in "Maria Kalesnikava,
    who was detained last month", "who" is Maria Kalesnikava."""
    out: list[int] = []
    for h in heads:
        t = parse.toks[h]
        clause = parse.toks[t.head]
        if (pack.has("relative_pronouns", t.text) and t.rel in ("subj", "psubj", "obj")
                and clause.label in ("relcl", "acl:relcl") and clause.head != clause.i):
            out.append(_past_the_date(parse, clause.head, pack))
        else:
            out.append(h)
    return out


def _date_word(parse: Parse, i: int, pack: LanguagePack) -> bool:
    """A month, weekday or number: a word of a date phrase (the pack's `months`, `weekdays`)."""
    word = parse.toks[i].text.casefold().strip(".")
    return word.isdigit() or word in pack.dates.get("months", {}) or word in pack.dates.get("weekdays", {})  # type: ignore[operator]


def _past_the_date(parse: Parse, h: int, pack: LanguagePack) -> int:
    """A relative clause the parser hung on a date describes the verb's object: in "signed an
    order on 14 July 2020 that cut off exports", what cut off exports is the order, not July.
    Climbs from the date word through its preposition to the verb and takes its object; else `h`."""
    j = h
    for _ in range(4):
        if not _date_word(parse, j, pack):
            break
        nxt = parse.toks[j].head
        if nxt == j:
            return h
        j = nxt
        if parse.toks[j].rel == "prep" or parse.toks[j].label in ("prep", "case"):
            verb = parse.toks[j].head
            objs = [k for k in parse.children(verb, "obj") if k != j]
            return objs[0] if objs else h
    return h


def after_marker(sentence: Sentence, p: Participant, pack: LanguagePack, group: str) -> bool:
    """Is the phrase introduced by one of the pack's `group` words (its last word before it)?"""
    if p.start is None:
        return False
    before = sentence.text[:p.start - sentence.start].replace("’", "'").split()
    return bool(before) and pack.has(group, before[-1].casefold())


def after_patient_marker(sentence: Sentence, pack: LanguagePack, p: Participant) -> bool:
    """Is the name the complement of a noun ("six relatives of the Kremlin", « proches du
    Kremlin »)? Then it says whose, not who -- except after assets: « les avoirs de X » are
    X's, and X is whom the freeze hits."""
    if not after_marker(sentence, p, pack, "patient_markers"):
        return False
    before = sentence.text[:(p.start or 0) - sentence.start].replace("’", "'").split()
    return not (len(before) >= 2 and pack.has("asset_nouns", before[-2].casefold()))


def _opening_participle(parse: Parse, a: int, pack: LanguagePack) -> bool:
    """Is token `a` a past participle opening its sentence or clause ("Arrested in 2017 on a
    treason charge, he …", « Condamné en 2019, il … »)? The parse's tag when the pipeline has
    one, else the pack's participle endings; either way a clause modifier with no subject or
    auxiliary of its own, first in the sentence or right after a comma."""
    t = parse.toks[a]
    # an adverb before it ("First arrested in 2020, the publisher …") hangs on it as a modifier
    adverbs = [k for k in parse.children(a) if k < a and parse.toks[k].label == "advmod"]
    auxiliaries = [k for k in parse.children(a, "aux") if k not in adverbs]
    if t.head == a or t.label not in ("advcl", "acl", "conj", "xcomp") or parse.children(a, "subj", "psubj") \
            or auxiliaries:
        return False
    first = min([a, *adverbs])
    if first > 0 and parse.toks[first - 1].text not in (",", ";", ":", "—", "–"):
        return False
    return _participle(t, pack)


def opening_participle(parse: Parse, a: int, pack: LanguagePack) -> bool:
    """`_opening_participle` for the date readers: a clause that opens the sentence with a
    past participle tells its own act, whose date is not the main verb's."""
    return _opening_participle(parse, a, pack)


def _participle(t: Tok, pack: LanguagePack) -> bool:
    """Is the token a past participle: the parse's tag when the pipeline has one, else the
    pack's participles and participle endings."""
    word = t.text.casefold()
    return t.participle or pack.has("participles", word) or any(
        word.endswith(e) and len(word) > len(e) + 2 for e in pack.words.get("participle_endings", ()))


def _passive_subject_above(parse: Parse, a: int, reach: int = 4) -> list[int]:
    """The subject of the nearest passive verb above token `a` (a few steps up its heads)."""
    for steps, i in enumerate(parse.ancestors(a)):
        if steps >= reach:
            break
        subj = parse.children(i, "psubj") or (parse.children(i, "subj") if _is_passive(parse, i) else [])
        if subj:
            return subj
        if parse.children(i, "subj"):
            break  # an active clause: its subject acts
    return []


def _apposed_participle(parse: Parse, a: int, pack: LanguagePack, mentions: Sequence[Mention]) -> int | None:
    """The last token of the person's name a detached past participle follows ("the singer X,
    shot dead on 29 June", « Sergio Ramírez, parti en juin 2021 », « X, arrêté en février, … »):
    the participle, right after a comma that closes the name, with no subject or auxiliary of
    its own, says what happened to that person, whatever the parser hung it on. None when
    the word before the comma is no name, or the participle opens its sentence."""
    t = parse.toks[a]
    if a < 2 or parse.toks[a - 1].text != "," or parse.children(a, "subj", "psubj", "aux"):
        return None
    if not _participle(t, pack):
        return None
    before = parse.toks[a - 2]
    named = [m for m in mentions if m.label == "PER" and m.start <= before.start and before.end <= m.end
             and m.end == before.end]
    return a - 2 if named else None


def _outside(parse: Parse, heads: list[int], avoid: frozenset[int]) -> list[int]:
    """Heads not in `avoid` (a date, a dateline); one that is stands aside for its apposition:
    in "WASHINGTON — The Treasury designated …" the parser makes the dateline the subject and
    the Treasury its apposition."""
    out: list[int] = []
    for h in heads:
        if h not in avoid:
            out.append(h)
        else:  # the apposition may hang on the dateline's date ("MINSK, 6 September - X, …"),
            # even where the parse hangs that date on the verb rather than on the place
            out += [k for j in [h, *sorted((set(parse.subtree(h)) | _opening_run(parse, avoid)) & avoid - {h})]
                    for k in parse.children(j, "appos") if k not in avoid and k not in out]
    return out


def ordered_participle(parse: Parse, a: int, pack: LanguagePack) -> int | None:
    """The verb of ordering (the pack's `order_verbs`) whose complement is the participle at
    `a`, with no auxiliary of its own ("ordered him held", "ordered the activist detained"):
    a small clause that tells what is done to its subject. None otherwise."""
    t = parse.toks[a]
    if t.head == a or t.label not in ("ccomp", "xcomp", "oprd") or parse.children(a, "aux"):
        return None
    return t.head if pack.has("order_verbs", parse.toks[t.head].text) else None


def _elliptic_subjects(parse: Parse, a: int, pack: LanguagePack) -> list[int]:
    """Subjects of a clause that repeats the verb's act by its auxiliary alone: "X was
    detained, as were two of his aides" (a clause opened by one of the pack's
    `ellipsis_markers` whose verb is one of its `past_auxiliaries`, with nothing of its own
    beyond its subject): they underwent what the verb says."""
    out: list[int] = []
    for c in parse.children(a, "clause"):
        t = parse.toks[c]
        if t.label != "advcl" or not pack.has("past_auxiliaries", t.text):
            continue
        kids = parse.children(c)
        marks = [k for k in kids if parse.toks[k].label == "mark"]
        if not marks or not all(pack.has("ellipsis_markers", parse.toks[k].text) for k in marks):
            continue
        if any(parse.toks[k].label in ("dobj", "obj", "acomp", "attr", "xcomp", "ccomp", "prep", "agent", "neg")
               for k in kids):
            continue  # "as was expected", "as was his right": a clause of its own
        out += parse.children(c, "subj")
    return out


def _opening_run(parse: Parse, avoid: frozenset[int]) -> set[int]:
    """The tokens a sentence opens with that are all dateline, date or punctuation
    ("Kampala, 20 November 2020 —")."""
    run: set[int] = set()
    for t in parse.toks:
        if t.i not in avoid and any(c.isalnum() for c in t.text):
            break
        run.add(t.i)
    return run


def _owners(parse: Parse, a: int, pack: LanguagePack) -> list[int]:
    """Whose assets a freeze reaches when a clause says it: "froze the assets belonging to
    X", "has frozen whatever assets belong to X and to Y", « les avoirs appartenant à X »."""
    out: list[int] = []
    nouns = [a, *parse.children(a, "obj", "psubj")]
    clauses = [c for n in nouns for c in parse.children(n, "clause")]
    for c in clauses:
        subj = parse.children(c, "subj", "psubj")
        if not (pack.has("asset_nouns", parse.toks[parse.toks[c].head].text)
                or any(pack.has("asset_nouns", parse.toks[k].text) for k in subj)):
            continue
        for k in [c, *parse.children(c, "conj")]:
            for marker, noun in _preps(parse, k):
                if marker.split()[-1:] and pack.has("owner_markers", marker.split()[-1]):
                    out.append(noun)
                    # "to X, …, and to Y" with the second "to" a conjunct of the first
                    out += [n for c2 in parse.children(parse.toks[noun].head, "conj")
                            if pack.has("owner_markers", parse.toks[c2].text) for n in parse.children(c2, "pobj")]
            if pack.has("owner_markers", parse.toks[k].text):  # "and to Y" read as a conjunct
                out += parse.children(k, "pobj")
        head = parse.toks[c].head
        joined = any(parse.toks[j].label == "cc" for j in range(c, len(parse.toks)) if parse.toks[j].head == c)
        if joined:  # "assets belong to X, …, and to Y": the parser hung "to Y" on the freezing verb
            out += [noun for marker, noun in _preps(parse, head) if noun > c and marker.split()[-1:]
                    and pack.has("owner_markers", marker.split()[-1]) and noun not in out]
    return out


def _marker_of(parse: Parse, a: int) -> str:
    """The preposition that introduces noun `a` ("under" in "under sanctions"), or ""."""
    t = parse.toks[a]
    if t.rel == "pobj" and t.head != a:
        return parse.toks[t.head].text.casefold()
    case = [k for k in parse.children(a, "case") if k < a]
    return parse.toks[case[-1]].text.casefold() if case else ""


def _recipients(sentence: Sentence, parse: Parse, pack: LanguagePack, a: int,
                mentions: Sequence[Mention]) -> list[int]:
    """Who a measure is imposed on when the language says it with a recipient (« le Canada
    impose des sanctions à dix-sept ressortissants », « infliger un gel des avoirs à X »): the
    noun after a `recipient_markers` word attached to the trigger or to its verb, when that
    verb is one of the pack's `recipient_verbs` (imposing gives the measure *to* somebody;
    "to" after other verbs is a place, a date or an addressee). A place is no recipient:
    « impose à Moscou des sanctions contre X » says where."""
    pat = pack.cue("recipient_verbs")
    if pat is None:
        return []
    t = parse.toks[a]
    verbs = [a] if t.rel in ("root", "clause", "conj") else []
    if t.rel in ("obj", "psubj") and t.head != a:
        verbs.append(t.head)
    out: list[int] = []
    for v in verbs:
        m = pat.match(sentence.text, parse.toks[v].start - sentence.start)
        if m is None or m.start() != parse.toks[v].start - sentence.start:
            continue
        for owner in {v, a}:
            for marker, noun in _preps(parse, owner):
                if (marker.split()[-1:] and pack.has("recipient_markers", marker.split()[-1])
                        and _label_at(parse, noun, mentions) != "GPE"):
                    out.append(noun)
    return out


def _support_verb(sentence: Sentence, parse: Parse, pack: LanguagePack, v: int) -> bool:
    pat = pack.cue("support")
    if pat is None:
        return True
    t = parse.toks[v]
    m = pat.match(sentence.text, t.start - sentence.start)
    return m is not None and m.start() == t.start - sentence.start


def _subject_of(parse: Parse, v: int, mod: Modality, depth: int = 0,
                pack: LanguagePack | None = None) -> list[int]:
    """The subject of verb `v`; an infinitive, participle or coordinated verb without its own
    takes its head's ("Britain had gone further, imposing sanctions"), except that the
    addressee of a call is who would act ("urged the EU to impose"); a relative pronoun
    stands for the noun its clause describes ("the EU, which imposed …")."""
    subj = parse.children(v, "subj")
    t = parse.toks[v]
    if (subj and pack is not None and t.label in ("relcl", "acl:relcl") and t.head != v
            and all(pack.has("relative_pronouns", parse.toks[k].text) for k in subj)):
        return [t.head]
    if subj or depth > 3:
        return subj
    t = parse.toks[v]
    if t.head == v or t.label in ("relcl", "acl:relcl", "acl"):
        return []
    if t.rel == "conj" and depth == 0 and (stray := _stray_subject(parse, v)) is not None:
        return [stray]
    if t.rel not in ("clause", "conj") and t.label not in ("acomp", "attr", "oprd"):
        return []
    h = t.head
    own_aux = {parse.toks[k].label for k in parse.children(v, "aux")}
    if t.rel == "conj" and not parse.children(h, "subj") and parse.children(h, "psubj") \
            and "aux" in own_aux and not own_aux & {"auxpass", "aux:pass"}:
        # "He is accused of X and could face charges, his family said": an active verb with
        # its own auxiliary, coordinated with a passive one, shares its subject, not the
        # subject of the clause above both ("was held … and let go" stays passive: no agent)
        return parse.children(h, "psubj")
    objs = parse.children(h, "obj")
    if pack is not None and t.label == "xcomp":
        # « salue la décision de la CEDEAO de sanctionner … » parsed with the infinitive on
        # the verb: the decision's owner acts, not whoever welcomes it
        for o in objs:
            if o < v and pack.has("decision_nouns", parse.toks[o].text):
                owners = [n for marker, n in _preps(parse, o) if n < v and marker.split()[-1:]
                          and pack.has("genitive_markers", marker.split()[-1])]
                if owners:
                    return owners[:1]
    if mod.call is not None and objs and t.label in ("xcomp", "ccomp", "advcl"):
        return objs
    if pack is not None and t.label in ("xcomp", "ccomp", "advcl") and pack.has("empowering_verbs", parse.toks[h].text):
        # "the order allows the Treasury to designate …", « le décret autorise le Conseil à
        # geler … », « permet au Conseil de geler … »: whom the text empowers or obliges to act
        # (its object, or a dative after the pack's `recipient_markers`) acts, not the text
        to = objs or [n for marker, n in _preps(parse, h) if n < v and marker.split()[-1:]
                      and pack.has("recipient_markers", marker.split()[-1])][:1]
        if to:
            return to
    if mod.call is not None and pack is not None and t.label in ("xcomp", "ccomp", "advcl") and h == mod.call:
        # « demande aux États-Unis de sanctionner … », "called on Canada to freeze …": the
        # call's addressee is a dative or a noun after the pack's `addressee_markers`, and it
        # is who would act, never the caller
        # (after the call word: "On Tuesday, they called on X to …" dates the call)
        to = [n for marker, n in _preps(parse, h) if h < n < v and marker.split()[-1:]
              and (pack.has("recipient_markers", marker.split()[-1])
                   or pack.has("addressee_markers", marker.split()[-1]))]
        if to:
            return to[:1]
    return _subject_of(parse, h, mod, depth + 1, pack)


def _stray_subject(parse: Parse, v: int) -> int | None:
    """The subject a parse hung on the object before it: "the Commerce Department tightened
    export controls on Cambodia and the State Department imposed an arms embargo" read with
    "State Department" as a conjunct of "Cambodia" and "imposed" without a subject. The name
    written right before a coordinated verb, itself a conjunct of a word of the first verb's
    clause, is the second verb's subject."""
    if v == 0:
        return None
    k = v - 1
    before = parse.toks[k]
    first = parse.toks[v].head
    if (before.rel != "conj" or before.head == k or not before.text[:1].isupper()
            or parse.toks[before.head].rel in ("root", "clause", "conj") or before.head == first):
        return None
    up, steps = before.head, 0
    while up != first and parse.toks[up].head != up and steps < 6:
        up, steps = parse.toks[up].head, steps + 1
    return k if up == first else None


def _patient_verb(parse: Parse, v: int, pack: LanguagePack) -> bool:
    return pack.has("subjects_of_patient_verbs", parse.toks[v].text)
