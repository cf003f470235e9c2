"""What the text right around a name says of it: a bracket of unit names after it ("Nassoumbou (Soum)"), an
administrative unit's word after it ("Soum province"), a stretch's "between" or a distance's "km from" before it.
The language model often folds such a name into a person or an organisation; these cues keep it a place."""

from __future__ import annotations

import re
from functools import lru_cache

# "X (Soum)", "X (Tessit, Ansongo)": a bracket of one to three capitalised unit names right after a name, each
# perhaps with its unit's word, as notes write them ("X (Téra department)", "X (Dogofry commune, Niono cercle)",
# « X (commune de Dessa, cercle de Ménaka) »)
_UNIT_WORD = r"(?i:rural\s+commune|commune\s+rurale|cercle|commune|department|département|province|region|région|district)"
_UNIT_WORD_BEFORE = rf"(?:(?i:the\s+)?{_UNIT_WORD}\s+(?:of\s+|de\s+|du\s+|d['’]\s*))?"
_UNIT_WORD_AFTER = rf"(?:\s+{_UNIT_WORD})?"
# (a unit's second name may follow a particle: "Boucle du Mouhoun", "Vallee du Bandama", "Haut-Sassandra")
_PARTICLE = r"(?:\s(?:du|de|des|la|le|el)\s|\sd['’]|[ -])"
UNITS_BRACKET_AFTER = re.compile(
    rf"\s*\({_UNIT_WORD_BEFORE}[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:{_PARTICLE}[A-ZÀ-Þ][a-zà-ÿ'’-]+)?{_UNIT_WORD_AFTER}"
    rf"(?:,\s*{_UNIT_WORD_BEFORE}[A-ZÀ-Þ][\w'’-]+(?:{_PARTICLE}[A-ZÀ-Þ][\w'’-]+)?{_UNIT_WORD_AFTER}){{0,2}}\)")
# "Gathi-Loumo (Youwarou cercle)", « Kouakourou (cercle de Djenné) »: one unit named with its word is a bracket
# of units as much as "(Commune, Cercle)" is
ONE_UNIT_BRACKET_AFTER = re.compile(
    rf"\s*\((?:{_UNIT_WORD}\s+(?:of\s+|de\s+|du\s+|d['’]\s*)[A-ZÀ-Þ][\w'’-]+(?:{_PARTICLE}[A-ZÀ-Þ][\w'’-]+)?"
    rf"|[A-ZÀ-Þ][\w'’-]+(?:{_PARTICLE}[A-ZÀ-Þ][\w'’-]+)?\s+{_UNIT_WORD})\)")
# a settlement's name mid-sentence (where a capital is no sentence start: "Protesters (Ouagadougou, Kadiogo)")
_NAME_MID_SENTENCE = r"(?<=[a-zà-ÿ] )(?P<name>[A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*(?:\s+[A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*){0,2})"
# "attacked Ogossagou (Bankass, Mopti)": a name followed by the units it lies in is a place, as ACLED's notes write it
QUALIFIED_NAME = re.compile(
    _NAME_MID_SENTENCE + r"\s*\((?:[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?,\s*){1,2}[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?\)")
# "the weekly market of Gathi-Loumo (Youwarou cercle)": a name followed by the one unit it lies in, with its word
NAME_OF_ONE_UNIT = re.compile(rf"{_NAME_MID_SENTENCE}(?={ONE_UNIT_BRACKET_AFTER.pattern})")
# "the Gourma-Rharous cercle", "Soum province": a name the model folds into a person or organisation is
# a place when an administrative unit's word follows it
# (Nigeria's local government area, "Bokkos Local Government Area", "Gwoza LGA", and Pakistan's tehsil too)
UNIT_AFTER = re.compile(r"\s+(?:cercle|region|région|province|commune|department|département|district|lga|"
                        r"local\s+government\s+area|tehsil)\b", re.IGNORECASE)

# the words opening a stretch between two places ("between X and Y", « entre X et Y »): what follows is its first end
BETWEEN_END = re.compile(r"\b(?:between|entre)\s+$", re.IGNORECASE)

# « le marché hebdomadaire de Dingazi Banda », « le poste de Téméra », "the market of X", "the VDP post of X": a site
# named after the settlement it stands in; the model often reads a village's name there as a person's.  The
# outposts of the forces in both languages ("the army post of X", "the garrison of X", « la base de X »)
SITE_OF_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:march[ée]|foire|poste|camp|caserne|mosqu[ée]e|[ée]cole|mairie|pr[ée]fecture|gendarmerie|commissariat|"
    r"centre\s+de\s+sant[ée]|site\s+(?:aurif[èe]re|d['’]orpaillage|minier)|market|mosque|school|camp|"
    r"base|garnison|détachement|brigade|post|outpost|garrison|barracks|checkpoint|detachment|police\s+station|"
    r"town\s+hall|health\s+cent(?:re|er)|mining\s+site|gold\s+mine)"
    r"(?:\s+(?:hebdomadaire|militaire|central|principal|à\s+b[ée]tail|weekly|military))?\s+(?:of|de|du|d['’])\s*$",
    re.IGNORECASE)

# "the village of Bozo", "la localité de Dogo": a settlement noun right before a name
SETTLEMENT_BEFORE = re.compile(
    r"\b(?:village|town|city|locality|commune|hamlet|localité|ville|hameau"
    # a numbered part of a town ("Sector 4 of Ouahigouya", « le secteur 6 de Djibo ») or a named quarter's word
    # ("a quarter of Gao") is in that town
    r"|(?:sector|secteur|quarter|quartier|neighbou?rhood|district|ward)(?:\s+(?:n[°o]\.?\s*)?\d{1,3})?)"
    r"\s+(?:of|de|du|d['’])\s*$", re.IGNORECASE)

_DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "kilomètres"})


def entity_after_cue(doc, i: int) -> bool:
    """Whether the model's name entity holding token ``i`` follows a locative cue: "between Toua and
    Boni" read as one person's name is two places."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    if i > 1 and doc[i - 1].lower_ in ("from", "of", "de", "du", "d'", "d’") and doc[i - 2].lower_ in _DISTANCE_UNITS:
        return True  # "15 km from Hombori towards Gossi" read as an organisation: a distance is told from a place
    return i > 0 and doc[i - 1].lower_ in ("between", "entre")


# a name after a preposition of place and before a bracket of units is the village the bracket places,
# whatever the model reads: "in Hore Niwa (Bandiagara, Mopti)", "à Nouh Bozo (Kareri, Ténenkou)"
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|of|from|to|à|au|de|vers)\s+$")


def placed_by_bracket(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` (a person, to the model) follows a preposition of place and is
    followed by a bracket of unit names: a village, not a person."""
    return bool(_PLACE_PREPOSITION.search(text[max(0, start - 12):start]) and UNITS_BRACKET_AFTER.match(text, end))


def inside_bracket(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a bracket ("an IED (Soum, Sahel)": a qualifier, not a place told on its own)."""
    return text.rfind("(", 0, start) > text.rfind(")", 0, start)


@lru_cache(maxsize=4)
def near_named(pin_near: str) -> re.Pattern:
    """"at Mohabundu, not far from Bankass", « à Tiguila, près de Boni »: the name a preposition of place puts
    the event in, placed near the known place that follows (the language's ``PIN_NEAR`` words)."""
    return re.compile(r"\b(?:in|at|à|dans)\s+(?P<name>[A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*(?:\s+[A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*){0,2})"
                      rf"\s*,\s*{pin_near}\s+[A-ZÀ-Þ]")


# a village's noun only: "the town of X", "the city of X" name towns a world story may set abroad
_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet|localité|hameau)\s+(?:of|de|d['’])\s*$", re.IGNORECASE)


def settled_at_home(text: str, start: int, cands: list, countries: dict[str, float]) -> list:
    """The gazetteer candidates of a name at ``start``, none when the text calls it a settlement ("the village
    of Holly") in a document whose countries are known and none of them lies there: a village the gazetteer
    lacks, not a town abroad of that name (unresolved, it is pinned to the bracket's commune if one follows)."""
    abroad = (any(share >= 0.5 for share in countries.values()) and not any(c.country in countries for c in cands)
              and _VILLAGE_BEFORE.search(text[max(0, start - 30):start]) is not None)
    return [] if abroad else cands


# the words right before a name that make it a place, whatever larger name the model folds it into (and the
# verb opening a stretch of road, "the road linking Sebba to Solhan", which the model may read as a title)
PLACE_CUES = ("of", "in", "de", "near", "at", "à", "près", "between", "entre", "linking", "connecting", "joining",
              "reliant")
# the word after a name that makes it an area ("the Intillit area", "the Boulkessi zone")
_AREA_AFTER = re.compile(r"\s+(?:area|zone|locality|village)\b", re.IGNORECASE)


# a note that opens on its place, as a label before the story: "Tahoua: gunmen killed ...", "Youwarou (Mopti).
# Gunmen ...", "Ménaka region - ...", "Fada N'Gourma – ...", "In Gao town, a grenade ...": the name, perhaps its unit
# word and a bracket of its units, then a colon, a full stop or a dash (a comma only after "In": "Hamadoun Dicko,
# a local leader, said" opens on a person)
_LABEL_UNIT = r"(?:\s+(?:town|city|region|cercle|province|commune|department|district|ville|région|département))?"
_LABEL_TAIL = re.compile(rf"{_LABEL_UNIT}\s*(?:\([A-ZÀ-Þ][^()]{{0,40}}\))?\s*(?:[.:]|\s[-–—])\s")
_IN_LABEL_TAIL = re.compile(rf"{_LABEL_UNIT}\s*,\s")
_LABEL_IN = re.compile(r"\s*(?:In|À|A)\s+")


def opening_label(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` opens the document as its place's label (``_LABEL_TAIL``): a
    place, whatever the model reads there (it calls "Fada N'Gourma:" a person, "Tahoua:" a common noun, and
    a label with its bracket, "Tchin-Tabaraden (Tahoua).", a title-case headline)."""
    before = text[:start]
    if not before.strip():
        return _LABEL_TAIL.match(text, end) is not None
    return _LABEL_IN.fullmatch(before) is not None and (
        _LABEL_TAIL.match(text, end) is not None or _IN_LABEL_TAIL.match(text, end) is not None)


def called_an_area(text: str, end: int) -> bool:
    """Whether the text calls the name ending at ``end`` an area or an administrative unit ("the Intillit area",
    "Soum province"): a place under any of its spellings, whatever the model reads (a people's name is not:
    the caller sets those aside)."""
    return bool(UNIT_AFTER.match(text, end) or _AREA_AFTER.match(text, end))


def names_own_unit(gaz, name: str, country: str | None, admin1: str | None) -> bool:
    """Whether ``name`` (a bracket's words after a place) is a town or area spelled as written in the place's own
    ``country`` and first-level unit (``admin1``, its name): "Tchin-Tabaraden (Tahoua)." heads a note as its place's
    label; an agency's credit ("GAO (Reuters) -") names none."""
    return gaz is not None and country is not None and any(
        c.country == country and c.feature_class in ("A", "P") and c.geonameid in gaz.exact_ids(name)
        and gaz.admin1_name(c.country, c.admin1_code) == admin1 for c in gaz.lookup(name))


def owned_by(tok, span) -> bool:
    """``tok`` is the possessive of the name ``span`` ("Gorom-Gorom's gendarmerie post", which the model reads as one
    organisation): the name owns what follows and ends there, so it is no word inside that organisation's name.
    Not a person's ("Koufa's men": the model's person stays a person)."""
    return tok.text in ("'s", "’s") and span[0].ent_type_ not in ("PERSON", "PER")
