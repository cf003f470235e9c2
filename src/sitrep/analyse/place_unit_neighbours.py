"""Of a name's homonyms inside the unit the note names, the one lying by the note's other places.

"near Douna, in the Douentza region" pins Douna to the Douentza cercle (GeoNames has no 2023 regions: the
cercle stands for the region), which holds three villages named Douna the dumps leave without a cercle
code.  Distance to the cercle's centroid then decides among them, and a cercle of northern Mali is 200 km
across: its centroid says nothing of which village is meant.  The note's other places do: "JNIM militants
coming from Mondoro ... near Douna" is the Douna 23 km from Mondoro, not the one by the centroid 53 km
from it.  ACLED's coders read a note so; only homonyms the unit holds are weighed, so the note's frame
still decides first.  Only a unit named as a region by its word is read so ("in the Mopti region", « dans la région de
Douentza »): a cercle or province named as such, or the units of a bracket, are small enough for their centroid
to decide, and a place the note names for another reason (the village a chief heads, the hospital a wounded man
died in) must not pull the event off it.
"""

from __future__ import annotations

import re

from sitrep.analyse.place_anchors import Link, agrees, km_between
from sitrep.analyse.place_cohesion import COHESION_KM, as_written, names_region, named_as_unit_after_word
from sitrep.knowledge.gazetteer import Candidate
from sitrep.knowledge.names import fold_place_name as _fold


def _holds(unit: Candidate, x: Candidate) -> bool:
    """Whether ``unit`` (a first- or second-level area) holds ``x`` by its codes, or may (a village the dump
    left without a second-level code, in the unit's first-level unit)."""
    if (x.country, x.admin1_code) != (unit.country, unit.admin1_code) or not x.admin1_code:
        return False
    return unit.feature_code == "ADM1" or not x.admin2_code or x.admin2_code == unit.admin2_code


# a town this large is the place its name says, whatever village of its name lies by the note's other places
_TOWN_POPULATION = 5000

# a name inside an open bracket is a qualifier of the name before it ("(Bankass, Mopti)": the region), no place
_IN_BRACKET = re.compile(r"\([^()]*$")


def _gives_unit(f: tuple) -> bool:
    """Whether a hit of ``places._recognise`` names a unit: a region or cercle by its word, or inside a bracket."""
    return bool(f[6] or names_region(f) or named_as_unit_after_word(f)
                or _IN_BRACKET.search(f[0].text[max(0, f[1] - 80):f[1]]))


def _other_places(found: list, i: int, j: int) -> list[Candidate]:
    """The candidates, spelled as written, of the note's names other than the ``i``-th, its unit ``j`` and the
    names the note gives as regions or units (their seat is no place of the story)."""
    name = _fold(found[i][3])
    return [c for k, f in enumerate(found) if k not in (i, j) and _fold(f[3]) != name and not _gives_unit(f)
            for c in as_written(f[3], f[4]) if not c.is_country and not c.is_admin]


def nearest_in_unit_to_others(found: list, i: int, j: int, xs: list[Candidate], units: list[Candidate],
                              link: Link) -> list[Candidate] | None:
    """The ``i``-th name's homonym, among those the unit ``j`` (named as a region) holds, that lies within
    ``COHESION_KM`` of another place of the note, nearest first; None when the unit holds fewer than two, or the
    note's other places lie by all of them or by none (the pin's own choice stands)."""
    areas = [u for u in units if u.is_admin and u.feature_code in ("ADM1", "ADM2")]
    if not areas or not names_region(found[j]):
        # a cercle or province named as such, or a bracket of qualifiers ("(Mopti, Mopti)"): the unit's centroid lies
        # among its villages and decides, and a place named for another reason ("died in Sevare hospital") must not
        return None
    inside = [x for x in xs if x.feature_class == "P" and any(_holds(u, x) and agrees(x, u, link) for u in areas)]
    # a name the gazetteer has as written is never traded for a near spelling ("Konna", not a Kona by Sévaré),
    # and a town or an admin seat among them is the place its name says (Téra, not a village Téra by Gothèye)
    inside = as_written(found[i][3], inside)
    if len(inside) < 2 or any(x.population >= _TOWN_POPULATION or (x.feature_code or "").startswith("PPLA") for x in inside):
        return None
    others = _other_places(found, i, j)
    if not others:
        return None
    dist = {x.geonameid: min(km_between(x, o) for o in others) for x in inside}
    close = [x for x in inside if dist[x.geonameid] <= COHESION_KM]
    if not close or len(close) == len(inside):
        return None
    return [min(close, key=lambda x: dist[x.geonameid])]
