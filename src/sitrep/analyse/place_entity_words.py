"""Model place entities that name no place, whatever label the model gave them.

The model tags "Nigerien" in "the western Nigerien town of Banibangou" as a place, and « province de l' »
in « la province de l'Oudalan »; the gazetteer knows neither, so each became an unresolved mention, and an
event placed at "Nigerien" fused with no other outlet's report of the same attack.
"""

from __future__ import annotations

import re

from sitrep.analyse.actors import is_headline
from sitrep.knowledge.demonyms import country_of_demonym


def no_place_name(ent, surface: str, names_a_country: bool = False) -> bool:
    """A model place entity that names no place: a nationality ("Ukrainian", "Malian", "Nigerien", "Burkinabe"),
    a headline's word, or a unit's word read up to its article (« la province de l'Oudalan »: the name follows).
    ``surface`` is the entity's text without its leading "the"; ``names_a_country``: the gazetteer knows it as a
    country, as it knows "US", "UK", "New Zealand" and "Myanmar", which writers also use as adjectives."""
    return ent.root.pos_ == "ADJ" or bool(re.search(r"(?:ian|ians|ese)$", ent.text)) or is_headline(ent.sent) \
        or (_demonym(surface) and not names_a_country) or not surface[:1].isupper()


def _demonym(surface: str) -> bool:
    """"the western Nigerien town of X", "Burkinabe troops": a country's adjective, never a place of its own."""
    return country_of_demonym(re.sub(r"['’]s?$", "", surface)) is not None


# a name that opens an institution named after a person ("Abdou Moumouni University", "the Gabriel Toure Hospital",
# "Boubacar Sidibe Stadium"): the first name is the person's, never a place, however a village happens to be called
_PERSON_NAMED_INSTITUTION = re.compile(
    r"\s+(?:[A-Z][\w'’-]+\s+){1,2}(?:University|Hospital|Stadium|College|Institute|Foundation|Lyc[ée]e|Teaching\s+Hospital)\b")


def opens_person_named_institution(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` of ``text`` is followed by one or two more names and an institution's
    noun ("Abdou| Moumouni University"): the name of a person the institution is named after."""
    return _PERSON_NAMED_INSTITUTION.match(text, end) is not None


# an institution or site named after the town it stands in ("the Tillabéri Regional Hospital", "the Kaya Central
# Market", "Dori Prefecture", "the Djibo Military Camp"): a kind's word or two, then the institution's noun
_TOWN_INSTITUTION = re.compile(
    r"\s+(?:(?:regional|teaching|university|district|general|central|main|great|grand|military|municipal|"
    r"weekly|cattle|livestock|civil|high)\s+){0,2}(?:hospital|prefecture|high\s+school|school|lyc[ée]e|market|"
    r"town\s+hall|city\s+hall|mosque|prison|airport|camp|stadium|health\s+cent(?:re|er)|court|gendarmerie|"
    r"police\s+station|garrison|barracks|governorate)\b", re.IGNORECASE)


def opens_town_institution(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` of ``text`` is followed by an institution's noun, with at most two words
    of its kind ("Tillabéri| Regional Hospital", "Kaya| market"): a town's name when a town of note is so called,
    though the model folds it into the organisation."""
    return _TOWN_INSTITUTION.match(text, end) is not None


# a broadcaster's name ("Joliba TV", "Kledu FM", « la chaîne Renouveau TV »): a station named after a place, a
# founder or a slogan; the name reports where nothing happened, even when a village is called so
_BROADCASTER = re.compile(r"\s+(?:TV|FM|Télé|Tele|Radio)\b(?!\s+(?:station|building|premises|headquarters|offices?|siège|locaux))")


def opens_broadcaster(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` of ``text`` is followed by a broadcaster's word ("Joliba| TV")."""
    return _BROADCASTER.match(text, end) is not None


# an article that opens a name ("the International Organisation of La Francophonie", "Le Monde"): the name's first
# word, never the village of that name (Burkina Faso has two called "La")
_ARTICLES = frozenset("La Le Les El".split())


def opens_name_as_article(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` is an article followed by a capitalised word ("La| Francophonie")."""
    return text[start:end] in _ARTICLES and re.match(r"\s+[A-Z]", text[end:end + 3]) is not None
