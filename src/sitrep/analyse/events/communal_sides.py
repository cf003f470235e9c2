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
from sitrep.analyse.events.mentions import dominant_country
from sitrep.analyse.events.types import BATTLES
from sitrep.analyse.place_spellings import community_names
from sitrep.knowledge.names import fold_place_name

_FIGHT = re.compile(r"\b(?:fought|fight(?:ing|s)?|clash(?:ed|es)?|skirmish\w*|violence|confrontations?|"
                    r"affrontements?|heurts|accrochages?|s['’]affront\w*|se sont affront\w*)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-zÀ-ÿ'-]+")
_ETHNIC = " ethnic militia"
_PASSIVE_HARM = re.compile(r"^[\w\s-]{0,30}?\b(?:was|were|had been|have been|has been|ont été|a été)\s+(?:\w+ly\s+)?"
                           r"(?:killed|shot|wounded|injured|attacked|murdered|tuée?s?|blessée?s?|attaquée?s?)\b", re.IGNORECASE)
_UNNAMED_COMMUNITY = "unidentified communal"  # "Unidentified Communal Militia (<country>)"
# the plain words for a community's people, who in a fight among themselves are its armed men
_COMMONERS = re.compile(r"\b(?:farmers|villagers|herders|pastoralists|agriculturalists|residents|inhabitants|locals|"
                        r"youths|communities|villages|agriculteurs|éleveurs|villageois|habitants|communautés)\b",
                        re.IGNORECASE)


def communal_sides(ctx: Context, s: Sentence, event_type: str, side1: list[str],
                   side2: list[str]) -> tuple[list[str], list[str]]:
    """(side1, side2) with the two fighting communities' militias in the order the sentence names
    them, where the parse found only civilians (or nobody) on a side."""
    if event_type != BATTLES or not _FIGHT.search(s.text):
        return side1, side2
    peoples = _peoples(s.text)
    if len(peoples) < 2:
        return _villagers_sides(ctx, s, peoples, side1, side2)
    if _suffered(s.text, peoples[0]):
        peoples = [peoples[1], peoples[0]]  # "two Lobi farmers were killed … 6 Fula were killed": Fula first
    militias = [_militia(ctx, p) for p in peoples[:2]]
    if not any(militias):
        return side1, side2
    # a people the base has no militia for cannot be coded: the one it has goes first
    first, second = ([m] for m in (militias if militias[0] else militias[::-1]))
    if _unarmed_or_unnamed(ctx, side1):
        side1 = first
    if _unarmed_or_unnamed(ctx, side2):
        side2 = [m for m in second if m] or [a for a in side2 if a not in side1]
    return side1, [a for a in side2 if a not in side1]


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
    # the named people first: ACLED names a village's militia after the village, which no base holds
    return [people], [communal]


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
