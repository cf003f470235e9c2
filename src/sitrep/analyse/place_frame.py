"""Of a name's homonyms, the one in the frame the note itself gives: the region, cercle or province it names
as a unit ("Kenieba (Kayes region)", "Tessit, Ansongo cercle", "Koutougou, Soum province").

A note names its place's units so that its reader knows which of the country's several Kéniéba is meant;
ACLED's coders read them so.  The homonyms lying in a first-level unit of a unit the note names win; among
several there, the one nearest the area named like the town (the Kenieba cercle's seat is its Kéniéba),
as a cercle, province or department is named for its seat.  Only the countries known down to their
villages (``Gazetteer.detailed``) are read so: the world base has too few homonyms to choose among.
"""

from __future__ import annotations

import re

from sitrep.analyse.place_anchors import km_between
from sitrep.analyse.place_clauses import off_the_border
from sitrep.analyse.place_cohesion import (COHESION_KM, as_written, named_as_unit_after_word, names_seated_unit,
                                          near_other_names)
from sitrep.analyse.place_name_context import UNIT_AFTER
from sitrep.knowledge.gazetteer import Candidate, Gazetteer

# the names GeoNames gives the areas named for a town, as the Sahel dumps spell them
_AREA_NAMES = ("{} Cercle", "Cercle de {}", "Cercle d'{}", "Province du {}", "Province de la {}", "Province de {}",
               "Département de {}", "Commune de {}", "{} Department")
# how far a town may lie from the centroid of the area named for it (a cercle of western Mali is ~150 km across)
_SEAT_REACH_KM = 90.0


def framed_choice(gaz: Gazetteer | None, found: list, k: int, cands: list[Candidate], surface: str, pinned: bool,
                  region: bool, language: str | None = None) -> tuple[list[Candidate], set[int] | None]:
    """The ``k``-th name's candidates and the ids ``place_choice.choose`` lifts as near the note's places, with
    the note's frame read in: a pin (``place_pins``) whose unit holds the seat of the area named like the name
    keeps that seat; otherwise the homonyms in the units the note names (``framed_ids``) decide before mere
    nearness (``place_cohesion.near_other_names``, for a name no pin placed).  A region's own mention ("the
    Kayes region") is left as it is."""
    close = near_other_names(gaz, found, k) if not pinned else None
    if not pinned and found[k][4] is cands:
        cands = off_the_border(found, k, language)  # "Yoro, near the Burkina Faso border": not Burkina's Yoro
    if region:
        return cands, close
    if pinned:
        seat = seat_in_frame(gaz, found, k, surface)
        if seat is not None and any((c.country, c.admin1_code) == (seat.country, seat.admin1_code) for c in cands):
            return [seat], close  # the pin's unit holds the town its cercle is named for: that town
        return cands, close
    seated = in_seated_unit(gaz, found, k, cands)
    if seated:
        return seated, close
    framed = framed_ids(gaz, found, k, surface)
    if framed:
        close = (framed & close if close else None) or framed
    return cands, close


def in_seated_unit(gaz: Gazetteer | None, found: list, k: int, cands: list[Candidate]) -> list[Candidate] | None:
    """The ``k``-th name's homonyms lying by the seat of a department, cercle or commune the note names as a unit
    ("Loga, in the Ouallam department": the Loga 26 km from Ouallam, not Dosso's bigger Loga 139 km off), when some
    lie there and others do not; else None.  A region's seat says too little of its villages to decide so."""
    if gaz is None or not gaz.detailed or len(cands) < 2:
        return None
    seats = [c for j, f in enumerate(found) if j != k and names_seated_unit(f)
             for c in as_written(re.sub(r"\s+\S+$", "", f[3]), f[4])
             if c.feature_class == "P" and c.country in gaz.detailed]
    near = [c for c in cands if c.feature_class == "P" and any(km_between(c, s) <= COHESION_KM for s in seats)]
    return near if near and len(near) < len(cands) else None


def framed_ids(gaz: Gazetteer | None, found: list, k: int, surface: str) -> set[int] | None:
    """geonameids of the ``k``-th name's candidates lying in a unit another name of the note gives as a unit
    ("the Kayes region", "Bankass cercle", region mentions of ``places._recognise``), narrowed to the seat of
    the area named like the name when there is one (``seat_in_frame``); None when the note gives no such
    frame, or every candidate lies in it and none is a seat."""
    inside = _inside_frame(gaz, found, k)
    if not inside:
        return None
    seat = _seat_among(gaz, surface, inside)
    if seat is not None:
        return {seat.geonameid}
    return {c.geonameid for c in inside} if len(inside) < len(found[k][4]) else None


def seat_in_frame(gaz: Gazetteer | None, found: list, k: int, surface: str) -> Candidate | None:
    """The ``k``-th name's homonym that is the seat of the area named like it, in a unit the note names:
    "Macina (Segou region)" is Ké-Macina, the Macina cercle's seat, not a hamlet Macina 30 km off."""
    inside = _inside_frame(gaz, found, k)
    return _seat_among(gaz, surface, inside) if inside else None


def _inside_frame(gaz: Gazetteer | None, found: list, k: int) -> list[Candidate]:
    """The ``k``-th name's places lying in a first-level unit of a unit another name gives, and in the
    second-level unit itself when the note names one and the codes tell ("Botou, dans la province de la
    Gnagna": not the Botou of Tapoa, a province of the same region).  Populated places first; a site (a
    camp, a mine) only when no populated place of the name lies there ("the Koutougou military detachment
    in Soum province" is Soum's camp, not a village Koutougou of Niger)."""
    cands = found[k][4]
    if gaz is None or len(cands) < 2 or not gaz.detailed:
        return []
    units = [c for j, f in enumerate(found) if j != k and _gives_unit(f)
             for c in f[4] if c.is_admin and c.admin1_code and c.country in gaz.detailed]
    # and the region of the unit's seat, where the dumps file the unit under another (GeoNames' « Niafunke Cercle »
    # sits in Mopti's code, its seat Niafunké in Timbuktu's): either may be the one the story's other names are in
    seats = [c for j, f in enumerate(found) if j != k and _gives_unit(f)
             for c in f[4] if (c.feature_code or "").startswith("PPLA") and c.admin1_code and c.country in gaz.detailed]
    regions = {(c.country, c.admin1_code) for c in units + seats}
    inside = [c for c in cands if (c.country, c.admin1_code) in regions and c.feature_class in ("P", "S")]
    inside = [c for c in inside if c.feature_class == "P"] or inside
    return _in_second_level(inside, units) or inside


def _in_second_level(inside: list[Candidate], units: list[Candidate]) -> list[Candidate]:
    """Of ``inside``, those the codes put in a named second-level unit, or that lack a second-level code
    (the dumps leave many villages without one: distance decides among those later), or that lie in a
    first-level unit named whole; all of them when none is coded inside."""
    whole = {(c.country, c.admin1_code) for c in units if c.feature_code == "ADM1"}
    seconds = {(c.country, c.admin1_code, c.admin2_code) for c in units if c.feature_code == "ADM2" and c.admin2_code}
    if not any((c.country, c.admin1_code, c.admin2_code) in seconds for c in inside):
        return inside
    return [c for c in inside if (c.country, c.admin1_code) in whole or not c.admin2_code
            or (c.country, c.admin1_code, c.admin2_code) in seconds]


_IN_BRACKET = re.compile(r"\([^()]*$")


def _gives_unit(f: tuple) -> bool:
    """Whether a hit of ``places._recognise`` names a unit: "the Kayes region", "Bankass cercle", or a name
    inside a bracket of qualifiers ("Kantchari (Tapoa)", "Boni (Haire, Douentza)"), or after its unit's word
    (« la province de la Gnagna »)."""
    para, s, e = f[0], f[1], f[2]
    return bool(f[6] or UNIT_AFTER.match(para.text, e) or _IN_BRACKET.search(para.text[max(0, s - 80):s])
                or named_as_unit_after_word(f))


def _seat_among(gaz: Gazetteer, name: str, towns: list[Candidate]) -> Candidate | None:
    """Of ``towns`` (homonyms in one frame), the one nearest the centroid of an area named for ``name`` in
    the same first-level unit, within ``_SEAT_REACH_KM``; None with a single town or no such area."""
    if len(towns) < 2:
        return None
    units = {(t.country, t.admin1_code) for t in towns}
    areas = [a for pattern in _AREA_NAMES for a in gaz.lookup(pattern.format(name))
             if a.is_admin and (a.country, a.admin1_code) in units]
    best = min(((km_between(t, a), t) for t in towns for a in areas
                if (t.country, t.admin1_code) == (a.country, a.admin1_code)), key=lambda d: d[0], default=None)
    return best[1] if best and best[0] <= _SEAT_REACH_KM else None
