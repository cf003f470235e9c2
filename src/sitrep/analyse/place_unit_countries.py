"""The countries a note's administrative units and towns of note name, before any of its places is read.

A note that names no country is read in the Sahel first (``place_cohesion.home_region``): a note from Djibo names
none.  A note from elsewhere often names none either, but its units say where it is: a first-level subdivision
told with its unit word ("Kirawa community in Gwoza LGA of Borno state", "near Bol (Lac province)") is one
country's, and some unit words belong to one country's system alone (Nigeria's "LGA", "local government area";
Pakistan's "tehsil", which India's notes use too but rarely in conflict reporting).  Left out, the note's towns fell
on Sahel hamlets spelled so or nearly so (Borno, a hamlet of Mali) or on nothing.  A town of note after a
preposition ("outside Bol", "in the Jamrud area") is not taken as telling its country: tried, it moved world news
off its places (TR-News and GeoVirus within 161 km .7411 / .7999 → .7369 / .7959).  A country so told joins the document's own countries, so the Sahel is no longer read first,
and its towns are chosen in it.  Only countries beyond the Sahel table's are told so: the table's own are read
first anyway.

Two more tell theirs the same way: a second-level unit told with its unit word ("the Mayo-Tsanaga department",
"Bannu district"), when the gazetteer knows one country's unit of that name; and a town or unit of conflict note
the shipped table beyond the Sahel lists (``knowledge/data/world_added.tsv``: "Baga Sola", "Kolofata", "Mir Ali",
"North Waziristan"), named anywhere in the note as written, when no other country's place bears the name.  Those
are listed because conflict notes name them and the world base lacks them, so their names are no chance words of
world news, as a town of note after a preposition is."""

from __future__ import annotations

import re

from functools import lru_cache

from sitrep.knowledge.gazetteer import Gazetteer
from sitrep.knowledge.sahel_places import COUNTRIES as SAHEL_COUNTRIES
from sitrep.knowledge.sahel_places import beyond_rows

# unit words of one country's administrative system (a closed class: ACLED's and the press's usage)
# (keyed by the singular: "LGAs", "local government areas" are the same word)
_SYSTEM_WORDS = {"lga": ("NG",), "local government area": ("NG",), "tehsil": ("PK",)}
_SYSTEM = re.compile(r"\b(?:LGAs?|(?i:local\s+government\s+areas?|tehsil))\b")
# the words a first-level unit is told with ("Borno state", "Lac province", "the Sindh province")
_FIRST_LEVEL = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2})\s+(?i:state|province|region|governorate)\b")
# the words a second-level unit is told with ("the Mayo-Sava department", "Mamdi department")
_SECOND_LEVEL = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2})\s+(?i:department|division|prefecture|district)\b")
_SYSTEM_SHARE = 0.75
_UNIT_SHARE = 1.0
# a unit or town named by the compass ("the North region", "Far North region") is every country's: it tells none
_COMPASS = frozenset("north south east west northern southern eastern western centre center central far upper lower "
                     "nord sud est ouest extreme".split())


def unit_countries(paragraphs, gaz: Gazetteer | None) -> dict[str, float]:
    """Country → share for the countries the text's units name (see the module's docstring)."""
    out: dict[str, float] = {}
    for para in paragraphs:
        text = para.text
        for m in _SYSTEM.finditer(text):
            for cc in _SYSTEM_WORDS[re.sub(r"s$", "", re.sub(r"\s+", " ", m.group().lower()))]:
                out[cc] = max(out.get(cc, 0.0), _SYSTEM_SHARE)
        if gaz is None:
            continue
        for m in _FIRST_LEVEL.finditer(text):
            if compass_only(m.group("name")):
                continue
            first_level = {c.country for c in gaz.lookup(m.group("name")) if c.feature_code == "ADM1" and c.country}
            if len(first_level) == 1:  # one country's state or province ("Borno"); two countries' say nothing
                out[first_level.pop()] = _UNIT_SHARE
        for m in _SECOND_LEVEL.finditer(text):
            second_level = {c.country for c in gaz.lookup(m.group("name")) if c.feature_code == "ADM2" and c.country}
            if len(second_level) == 1 and not compass_only(m.group("name")):
                out[second_level.pop()] = _UNIT_SHARE
        for m in _listed_names().finditer(text):
            cc = _listed_countries()[m.group()]
            if not compass_only(m.group()) and not any(c.country and c.country != cc for c in gaz.lookup(m.group())):
                # ("Baga" is Niger's too; "Far North" is named by the compass, every country's)
                out[cc] = _UNIT_SHARE
    # the Sahel's own countries are read first already, and their units have mechanisms of their own
    return {cc: share for cc, share in out.items() if cc not in SAHEL_COUNTRIES}


def compass_only(name: str, english: bool = False) -> bool:
    """Whether the name is made of compass words only ("Far North", "North-West"; English ones only: not "Est")."""
    return set(re.split(r"[\s-]+", name.lower())) <= (_COMPASS - _FRENCH_COMPASS if english else _COMPASS)


_FRENCH_COMPASS = frozenset("nord sud est ouest extreme".split())


@lru_cache(maxsize=1)
def _listed_countries() -> dict[str, str]:
    """Name (as written: capitalised, never a common word) → country of the shipped table's own towns and units
    beyond the Sahel (not the world-base seats it marks, which keep their GeoNames ids)."""
    out: dict[str, str] = {}
    for row, alternates, asciiname in beyond_rows():
        if row[0] >= _BEYOND_FIRST_ID:
            for name in {row[1], asciiname, *alternates}:
                out[name] = row[4]
    return out


# the table's own rows are numbered from here
_BEYOND_FIRST_ID = 8_100_000_000


@lru_cache(maxsize=1)
def _listed_names() -> re.Pattern[str]:
    names = sorted(_listed_countries(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
