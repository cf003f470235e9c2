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
    """(folded name, geonameid) of ``cc``'s cities."""
    return _cities_by_country(gaz).get(cc, ())


def _cities_by_country(gaz: Gazetteer) -> dict[str, tuple[tuple[str, int], ...]]:
    """Every country's cities, built once per process from one scan of the world base's population and feature
    columns (walking a country's name keys decoded each of its rows: seconds for India), and the rows added over it."""
    def build() -> dict[str, tuple[tuple[str, int], ...]]:
        base = gaz.base.populous_ids(CITY_POPULATION, "PPLC") if gaz.base is not None else []
        out: dict[str, set[tuple[str, int]]] = {}
        for gid in dict.fromkeys([*base, *gaz.rows]):
            row = gaz.row(gid)
            if row is not None and row[FCLASS] == "P" and ((row[POP] or 0) >= CITY_POPULATION or row[FCODE] == "PPLC"):
                out.setdefault(row[CC], set()).add((fold_place_name(row[NAME]), gid))
        return {cc: tuple(cities) for cc, cities in out.items()}
    return gaz.derived(("cities-by-country",), build)


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
