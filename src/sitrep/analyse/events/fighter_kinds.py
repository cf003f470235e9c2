"""What kind of people a fight's sides are, told by their words: people of the land or of a village (whom ACLED's
coders make communal militias when they fight), a side told by the place its men came from, or one person of no group
or force (the other side of a crowd's brawl).  The codebook's crowd rules ask these to tell a riot from a battle."""

from __future__ import annotations

import re

from sitrep.analyse.place_spellings import community_names

# the people ACLED's coders make communal militias when they fight: those of a livelihood of the land, a village or a clan
_COMMUNAL_FIGHTERS = re.compile(r"\b(?:herders?|farmers?|pastoralists|cultivators|hunters|villages?|villagers|communit(?:y|ies)|"
                                r"clans?|éleveurs|agriculteurs|cultivateurs|communautés?|villageois|chasseurs)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-zÀ-ÿ'-]+")
# the nouns of a fight of bare hands ("a brawl between traders", « une rixe »): a crowd's, whoever its sides
BRAWL_NOUNS = r"brawls?|scuffles?|scuffling|melees?|free-for-all|rixes?|bagarres?|échauffourées?"
_BRAWL = re.compile(r"\b(?:" + BRAWL_NOUNS + r")\b", re.IGNORECASE)
# one person of no group or force, a crowd's other side in a brawl ("the owner of the site", "a trader", « le propriétaire »)
_LONE_PERSON = re.compile(r"^\s*(?:the|a|an|one|le|la|l['’]|un|une)\s+(?:[\w'’-]+\s+){0,1}?(?:owner|landlord|landowner|man|woman|"
                          r"trader|merchant|buyer|seller|customer|driver|shopkeeper|propriétaire|homme|femme|commerçant|"
                          r"client|chauffeur|boutiquier)\b", re.IGNORECASE)
# people told by no group at all ("two individuals", "the owners of two gold pits", « deux groupes d'individus »)
_ANYONE = re.compile(r"\b(?:individuals|persons|people|men|owners|relatives|families|individus|personnes|familles|propriétaires)\b",
                     re.IGNORECASE)
# a side told by the place its people come from ("residents of Kaya", « habitants de Kaya »): a village's men, its militia
_FROM_A_PLACE = re.compile(r"\b(?:from|of|de|du|des)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)


def communal_fighters_named(text: str) -> bool:
    """Whether ``text`` names people of the land, a village or a clan, or a people by its name (Mossi, Fulani, Dogon)."""
    names = community_names()
    return _COMMUNAL_FIGHTERS.search(text) is not None or any(w.group(0).lower() in names for w in _WORD.finditer(text))


def lone_person_side(side: str) -> bool:
    """Whether a fight's ``side`` is one person of no group or force ("the owner of the site", « un commerçant »)."""
    return _LONE_PERSON.search(side) is not None


def side_from_a_place(side: str) -> bool:
    """Whether a fight's ``side`` is told by the named place its people came from ("inhabitants of Kaya")."""
    return _FROM_A_PLACE.search(side) is not None


def anyone_side(side: str) -> bool:
    """Whether a fight's ``side`` is people told by no group at all ("two individuals", "the owners of two pits")."""
    return _ANYONE.search(side) is not None


def brawl_noun(fight: str) -> bool:
    """Whether the fight's phrase is told by a brawl's noun ("a brawl between Songhai and Arab transporters"): people who
    come to blows, not communities at arms, whatever people they belong to."""
    return _BRAWL.match(fight) is not None
