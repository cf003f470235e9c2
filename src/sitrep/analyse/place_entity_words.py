"""Model place entities that name no place, whatever label the model gave them.

The model tags "Nigerien" in "the western Nigerien town of Banibangou" as a place, and « province de l' »
in « la province de l'Oudalan »; the gazetteer knows neither, so each became an unresolved mention, and an
event placed at "Nigerien" fused with no other outlet's report of the same attack.
"""

from __future__ import annotations

import re

from sitrep.analyse.actors import is_headline
from sitrep.analyse.place_person_names import persons_name
from sitrep.analyse.place_whole_names import places_named_whole
from sitrep.analyse.written_vocabulary import lower_case_words
from sitrep.knowledge.demonyms import country_of_demonym


def no_place_name(ent, surface: str, names_a_country: bool = False, gaz=None) -> bool:
    """A model place entity that names no place: a nationality ("Ukrainian", "Malian", "Nigerien", "Burkinabe"),
    a headline's word, or a unit's word read up to its article (« la province de l'Oudalan »: the name follows).
    ``surface`` is the entity's text without its leading "the"; ``names_a_country``: the gazetteer knows it as a
    country, as it knows "US", "UK", "New Zealand" and "Myanmar", which writers also use as adjectives.  With
    ``gaz``, also a person's surname the gazetteer lacks as written ("Gorane Dicko ... Harouna Dicko", "Dicko's men").
    """
    return ent.root.pos_ == "ADJ" or bool(re.search(r"(?:ian|ians|ese)$", ent.text)) or is_headline(ent.sent) \
        or (_demonym(surface) and not names_a_country) or not surface[:1].isupper() \
        or (gaz is not None and unknown_surname(ent, surface, gaz))


def common_word_abroad(text: str, start: int, surface: str, gaz, countries: dict[str, float]) -> bool:
    """One word the analyser's vocabulary writes in lower case (« Bilan » of « Bilan : 12 morts », « Gouvernement »,
    « État »), capitalised by a sentence's or a list line's start, that the gazetteer knows only as some far country's
    alternate name, or not at all: no place of this text (a village of the text's countries so spelt stays one).
    Inside a sentence the capital is the writer's own and the word a name ("fled to Turkey", "in Chad")."""
    if " " in surface or not _opens_sentence_or_line(text, start) or surface.lower() not in lower_case_words() \
            or text[start + len(surface):start + len(surface) + 1] == "-":
        return False  # (a compound's head, "Baton-wielding police", is left to the older readings, which mask it)
    cands = gaz.lookup(surface) if gaz is not None else []
    # (a city that bears the word as its own name is read as it: "Buffalo" opening a sentence of a New York story)
    return not any(c.country in countries for c in cands) \
        and not any(c.population >= _CITY_POPULATION for c in places_named_whole(gaz, surface))


def unknown_surname(ent, surface: str, gaz) -> bool:
    """A model place entity the gazetteer lacks as written that the text shows to be a person's name
    (``place_person_names``): a surname the gazetteer would only reach by a near spelling ("Dicko": Mali's Diko)."""
    return not gaz.lookup(surface) and persons_name(
        ent.doc, ent.doc.text, ent.end_char - len(surface), ent.end_char, surface)


# the population from which a city's own name outweighs the common word it spells
_CITY_POPULATION = 100_000


# what stands before a word that a sentence or a list line opens with: nothing, a line break, a full stop, a colon
# or a bullet (a dash after a space: "Centre-Est" holds no line), then spaces
_OPENING = re.compile(r"(?:^|[\n.!?:;•*]|\s[–—-])[\s\"«“(]*$")


def _opens_sentence_or_line(text: str, start: int) -> bool:
    return _OPENING.search(text[max(0, start - 12):start]) is not None or start == 0


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


# the end of a person's name told with his title, then an institution named after him ("the General Seyni Kountche
# stadium", "President Hamani Diori airport", "Dr. Moussa Traore hospital"): the last name is the man's, not a village's
_TITLE_BEFORE = re.compile(r"\b(?:General|President|Colonel|Captain|Commander|Marshal|Lieutenant|Doctor|Dr\.?|Professor|Imam|"
                           r"Cheikh|Sheikh|El\s+Hadj|Saint|St\.?)\s+(?:[A-Z][\w'’-]+\s+){0,2}$")
_INSTITUTION_AFTER = re.compile(r"\s+(?:University|Hospital|Stadium|College|Institute|Foundation|Lyc[ée]e|Airport|"
                                r"High\s+School|School|Teaching\s+Hospital|Sports\s+(?:Hall|Complex))\b", re.IGNORECASE)


def closes_titled_name_of_institution(text: str, start: int, end: int) -> bool:
    """Whether the name between ``start`` and ``end`` of ``text`` closes a titled person's name that an institution's
    noun follows ("General Seyni |Kountche| stadium"): the man the institution is named after, not a place."""
    return _INSTITUTION_AFTER.match(text, end) is not None and _TITLE_BEFORE.search(text[max(0, start - 60):start]) is not None


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
