"""The sides of a fight between two communities: each people's ethnic militia, as ACLED codes them.

"Fulani herders fought Dogon farmers", "clashes between Fulani pastoralists and Bambara farmers",
« des affrontements entre éleveurs peuls et agriculteurs dogons »: herders and farmers read alone are
civilians, but in a clash ACLED codes each community's armed men as its ethnic militia ("Fulani Ethnic
Militia (Mali)" first, the other people's second).  The militia comes from the actor base: the actor
whose ACLED label is "<people> Ethnic Militia (<country>)" in the note's country.  Only battles are
read this way: "Dozo hunters killed five Fulani herders" stays an attack on unarmed victims.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, Sentence
from sitrep.analyse.events.communal import communities_at_arms, fight_between_sides
from sitrep.analyse.events.mentions import dominant_country
from sitrep.analyse.events.types import BATTLES, STRATEGIC, VAC
from sitrep.analyse.place_spellings import community_names
from sitrep.knowledge.names import fold_place_name

_FIGHT = re.compile(r"\b(?:fought|fight(?:ing|s)?|clash(?:ed|es)?|skirmish\w*|violence|confrontations?|"
                    # (gunfire both ways: "engaged in a shoot-out", "exchanged fire", "traded gunfire")
                    r"shoot-?outs?|gunfights?|exchanged fire|traded (?:gun)?fire|traded gunfire|fired on each other|"
                    r"affrontements?|heurts|accrochages?|s['’]affront\w*|se sont affront\w*)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-zÀ-ÿ'-]+")
_ETHNIC = " ethnic militia"
_PASSIVE_HARM = re.compile(r"^[\w\s-]{0,30}?\b(?:was|were|had been|have been|has been|ont été|a été)\s+(?:\w+ly\s+)?"
                           r"(?:killed|shot|wounded|injured|attacked|murdered|tuée?s?|blessée?s?|attaquée?s?)\b", re.IGNORECASE)
_UNNAMED_COMMUNITY = "unidentified communal"  # "Unidentified Communal Militia (<country>)"
# the plain words for a community's people, who in a fight among themselves are its armed men
_COMMONERS = re.compile(r"\b(?:farmers|cultivators|villagers|herders|pastoralists|agriculturalists|residents|inhabitants|locals|"
                        r"youths|communities|villages|agriculteurs|éleveurs|villageois|habitants|communautés)\b",
                        re.IGNORECASE)


def communal_sides(ctx: Context, s: Sentence, event_type: str, side1: list[str],
                   side2: list[str]) -> tuple[list[str], list[str]]:
    """(side1, side2) with the two fighting communities' militias in the order the sentence names
    them, where the parse found only civilians (or nobody) on a side."""
    if event_type != BATTLES or not (_FIGHT.search(s.text) or communities_at_arms(s.text)):
        # (a fight told only by a quarrel's noun and its toll is still the communities': "a conflict between
        # farmers and herders over crop damage left 2 dead")
        return side1, side2
    if communities_at_arms(s.text):
        # the fight's sides are two communities: the state's forces the sentence names arrived, arrested or
        # restored calm afterwards ("clashes between farmers and herders; security forces arrested eight")
        side1, side2 = ([a for a in side if actor_kind(ctx, a) != "state_forces"] for side in (side1, side2))
    peoples = _peoples(s.text)
    # a people's militia of another country than the note's ("Arab herders" in Diffa read as Chad's) is its
    # people's militia here: the place decides the country, not the base's first alias
    side1, side2 = ([a for a in side if not _militia_abroad(ctx, a)] for side in (side1, side2))
    if len(peoples) < 2:
        return _villagers_sides(ctx, s, peoples, side1, side2)
    if _suffered(s.text, peoples[0]):
        peoples = [peoples[1], peoples[0]]  # "two Lobi farmers were killed … 6 Fula were killed": Fula first
    militias = [_militia(ctx, p) for p in peoples[:2]]
    if not any(militias):
        return side1, side2
    # a people the base has no militia for cannot be coded: the one it has goes first
    first, second = ([m] for m in (militias if militias[0] else militias[::-1]))
    if all(militias) and side1 and set(side1) <= set(militias):
        side1 = []  # "Dogon and Fulani militiamen clashed": the parse's head names the second; the first named goes first
    if _unarmed_or_unnamed(ctx, side1):
        side1 = first
    if _unarmed_or_unnamed(ctx, side2):
        side2 = [m for m in second if m] or [a for a in side2 if a not in side1]
    return side1, [a for a in side2 if a not in side1]


def _militia_abroad(ctx: Context, actor_id: str) -> bool:
    """Whether ``actor_id`` is a people's militia ("… Ethnic Militia (…)") of another country than the note's."""
    actor = ctx.knowledge.actors.get(actor_id) if getattr(ctx.knowledge, "actors", None) is not None else None
    country = dominant_country(ctx)
    return actor is not None and bool(country) and actor.country not in (None, country) \
        and _ETHNIC in (actor.name or "").lower()


def _villagers_sides(ctx: Context, s: Sentence, peoples: list[str], side1: list[str],
                     side2: list[str]) -> tuple[list[str], list[str]]:
    """(side1, side2) of a fight between villagers, farmers or herders of no named people (or of one):
    ACLED codes armed villagers as a communal militia ("farmers clashed over a land dispute between the
    villages of X and Y" → Unidentified Communal Militia on both sides), a named people as its militia."""
    if not _COMMONERS.search(s.text) or not (_unarmed_or_unnamed(ctx, side1) and _unarmed_or_unnamed(ctx, side2)):
        return side1, side2
    communal = _militia(ctx, _UNNAMED_COMMUNITY)
    people = _militia(ctx, peoples[0]) if peoples else None
    if communal is None:
        return side1, side2
    if people is None:
        return [communal], []
    # a fight told "between" its sides keeps their order ("clashes between farmers and Fulani pastoralists": the
    # farmers' militia first); told otherwise ("villagers fought Fulani herders") ACLED names the people first
    sides = fight_between_sides(s.text)
    commoners = _COMMONERS.search(sides) if sides else None
    if commoners is not None and commoners.start() < _first_named(sides, peoples[0]):
        return [communal], [people]
    return [people], [communal]


def _first_named(text: str, people: str) -> int:
    """Where ``text`` first names ``people`` (its length when it does not)."""
    return next((m.start() for m in _WORD.finditer(text) if _fold(m.group(0)).rstrip("s") == people.rstrip("s")), len(text))


def _suffered(text: str, people: str) -> bool:
    """Whether the people's first mention is the subject of a killing told in the passive ("Two Lobi
    farmers were killed"): the victims of the deed that started the fight, the other people's militia acted."""
    for m in _WORD.finditer(text):
        if _fold(m.group(0)).rstrip("s") == people.rstrip("s"):
            return _PASSIVE_HARM.match(text[m.end():]) is not None
    return False


def _unarmed_or_unnamed(ctx: Context, side: list[str]) -> bool:
    """Only civilians ("herders", "farmers") or the unidentified armed men of a passive deed."""
    return all(actor_kind(ctx, a) == "civilians" or a.startswith("unidentified-armed-group") for a in side)


def _peoples(text: str) -> list[str]:
    """The distinct peoples ``text`` names, in order, plural forms folded ("Dogons" → "dogon")."""
    names = community_names()
    out: list[str] = []
    for m in _WORD.finditer(text):
        key = _fold(m.group(0))
        if key not in names:
            continue
        key = key[:-1] if key.endswith("s") and key[:-1] in names else key
        if key not in out:
            out.append(key)
    return out


def _militia(ctx: Context, people: str) -> str | None:
    """The base's actor labelled "<people> Ethnic Militia (…)" in the note's country."""
    base = getattr(ctx.knowledge, "actors", None)
    country = dominant_country(ctx)
    if base is None or not country:
        return None
    label = _fold(people if people == _UNNAMED_COMMUNITY else people + _ETHNIC)
    for actor in base.actors.values():
        if actor.country == country and any(_fold(a).startswith(label) for a in actor.aliases):
            return actor.actor_id
    return None


def _fold(text: str) -> str:
    return fold_place_name(text).lower()


# a community's people as the doers of violence, in either voice: "armed villagers from Nando killed a farmer",
# "Ponga farmers assaulted several Dirze farmers", "a herder was killed by a farmer during a dispute", the village
# told with its bracket or opening the note ("Locals from Kantchari (Tapoa) attacked", "youths from X hunted down")
_COMMONER_WORDS = (r"villagers|farmers?|herders?|pastoralists?|herdsmen|youths|residents|inhabitants|locals|fishermen|hunters|"
                   r"villageois|agriculteurs?|éleveurs?|habitants|jeunes|group")
# "group" is a community's armed men only with a people named before it ("a Fulani group attacked")
_GROUP_DOER = re.compile(r"(?i)\bgroup\b(?!\s+of\b)")
_COMMONERS_DID = re.compile(
    r"^(?:[A-Z][\w/ -]{0,48}:\s+)?(?:(?i:on|in|during|overnight|le)\b[^,;]{0,70},\s*)?(?:(?i:a|an|the|some|several|armed|"
    r"angry|local|a group of|a band of|des|les|group of)\s+)*(?P<people>[A-Z][\w'-]+\s+)?(?i:" + _COMMONER_WORDS + r")\b"
    r"(?:\s+(?:from|of)\s+(?:the\s+(?:village|town|locality)\s+of\s+|a\s+(?:village|hamlet)\s+(?:near|outside)\s+)?"
    r"[A-Z][\w'-]+(?:\s+\([^()]{1,60}\))?)?"
    r"(?:,?\s+(?:armed|equipped)\s+with\s+[^,;]{3,40}?,?)?\s+(?:(?!(?:were|was|been|being|are|is|had|have|has|got)\b)\w+\s+){0,2}?"
    r"(?:killed|attacked|assaulted|wounded|injured|shot|beat|stabbed|hacked|raided|burned|burnt|destroyed|besieg\w+|hunted|"
    r"repelled|repulsed|"
    r"ont (?:tué|attaqué|blessé|agressé))\b"
    r"|\b(?:was|were|had been|have been|a été|ont été)\s+(?:\w+\s+)?(?:killed|shot|stabbed|beaten|wounded|injured|"
    r"attacked|tuée?s?|blessée?s?)(?:\s+to death)?\s+by\s+(?:a|an|the|some|several|armed|des|un|une)?\s*(?P<by_people>[A-Z][\w'-]+\s+)?(?:"
    + _COMMONER_WORDS + r")\b",
)


# a village's or an encampment's armed men, whatever their deed's verb ("armed youths from a village of the commune of
# Diapaga … raided a neighbouring village", "armed young men from a Fulani encampment swept into a Hausa village",
# "armed men from a Mossi village descended on a Fulani hamlet"): the place's communal militia, or its people's
_ARMED_MEN_OF_A_PLACE = re.compile(
    r"\b(?i:armed)\s+(?i:young\s+)?(?i:men|youths)\s+(?i:from|of)\s+(?i:a|an|the|one)\s+(?i:neighbou?ring\s+)?"
    r"(?:(?P<people>[A-Z][\w'-]+)\s+)?(?i:village|hamlet|encampment|settlement|community|farming\s+village)\b")


def communal_doer(ctx: Context, s: Sentence, event_type: str, side1: list[str],
                  side2: list[str]) -> tuple[list[str], list[str]]:
    """(side1, side2) with a community's armed men as the doer where the sentence tells villagers, farmers or
    herders doing violence and the parse found only civilians (or nobody) doing it: ACLED codes them as their
    people's militia ("Fulani herders attacked" → Fulani Ethnic Militia) or, unnamed, as a communal militia.
    A crowd's violence stays a riot's (rioters), and a named armed party stays the doer."""
    if event_type not in (VAC, BATTLES, STRATEGIC) or not _unarmed_or_unnamed(ctx, side1):
        return side1, side2
    m = _COMMONERS_DID.search(s.text) or _ARMED_MEN_OF_A_PLACE.search(s.text)
    if m is None:
        return side1, side2
    named = (m.group("people") or m.groupdict().get("by_people") or "").strip()
    people = _fold(named).rstrip("s") if named and _fold(named) in community_names() else None
    if people is None and _GROUP_DOER.search(m.group(0)):
        return side1, side2  # "a group attacked", "a jihadist group attacked": only a people's group is a militia
    militia = (_militia(ctx, people) if people else None) or _militia(ctx, _UNNAMED_COMMUNITY)
    if militia is None:
        return side1, side2
    # the civilians the parse put first were the doers' people: civilians stay as the victims' side
    # (the unnamed armed men the parse read as the doers are the militia itself)
    return [militia], list(dict.fromkeys(a for a in side2 + side1 if a != militia and not a.startswith("unidentified-armed-group")))
