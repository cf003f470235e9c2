"""Cities called by a clipped name in everyday speech: "Ouaga" for Ouagadougou, "Bobo" for Bobo-Dioulasso, « Niam »
for Niamey.  GeoNames files no such alternate names, so a name the model reads as a place and the gazetteer lacks
under every spelling is the one city of the document's countries whose name it begins; a village the gazetteer
lacks is rarely spelled as the head of a city's name, and two cities so begun leave the name unresolved."""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.analyse.place_whole_names import places_named_whole
from sitrep.knowledge.gazetteer import CC, FCLASS, FCODE, NAME, POP, Candidate, Gazetteer
from sitrep.knowledge.names import fold_place_name, place_key

# a city everyone of the country calls by a short name: a capital or a town of a hundred thousand people
CITY_POPULATION = 100_000
# a head shorter than this begins too many names ("Bo", "Nia") to name one city
MIN_LETTERS = 4


def _cities(gaz: Gazetteer, cc: str) -> tuple[tuple[str, int], ...]:
    """(folded name, geonameid) of ``cc``'s cities, built once per process."""
    def build() -> tuple[tuple[str, int], ...]:
        out = []
        for key in gaz.country_keys(cc):
            for gid in gaz.ids(key):
                row = gaz.row(gid)
                if row is not None and row[CC] == cc and row[FCLASS] == "P" and (
                        (row[POP] or 0) >= CITY_POPULATION or row[FCODE] == "PPLC"):
                    out.append((fold_place_name(row[NAME]), gid))
        return tuple(set(out))
    return gaz.derived(("clipped-city-names", cc), build)


def clipped_city(gaz: Gazetteer | None, surface: str, countries: Iterable[str]) -> list[Candidate]:
    """The one city of ``countries`` whose name ``surface`` begins ("Ouaga": Ouagadougou), else nothing."""
    head = fold_place_name(surface.strip())
    if gaz is None or len(place_key(surface)) < MIN_LETTERS or " " in head or places_named_whole(gaz, surface):
        return []  # (a name some place bears whole, "India", "Jersey", is that place's, not a city's clip)
    found = {gid for cc in countries for name, gid in _cities(gaz, cc) if _clips(head, name)}
    return [gaz.candidate(found.pop())] if len(found) == 1 else []


def _clips(head: str, name: str) -> bool:
    """Whether ``head`` is how speech clips ``name``: its first part before a hyphen or a space ("Bobo" of
    Bobo-Dioulasso), or at most half of one long word ("Ouaga" of Ouagadougou); "Swan" is no clip of Swansea."""
    if not name.startswith(head) or name == head:
        return False
    return name[len(head)] in "- " or 2 * len(head) <= len(name)
