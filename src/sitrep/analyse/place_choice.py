"""Which gazetteer entry a place name stands for: the candidates scored by feature, population, the
document's countries, the name as written and nearness to the other names (``choose``)."""

from __future__ import annotations

import math

from sitrep.knowledge.gazetteer import Candidate
from sitrep.knowledge.names import fold_place_name as _fold, place_key
from sitrep.knowledge.sahel_places import COUNTRIES as SAHEL_COUNTRIES

_FEATURE_PRIOR = {
    "PCLI": 6.0, "PCLD": 5.0, "PCLS": 5.0, "PCLIX": 5.0, "PCL": 5.0, "PPLC": 5.5, "PPLA": 4.0, "PPLA2": 3.2,
    "PPLA3": 2.8, "PPLA4": 2.5, "ADM1": 4.6, "CONT": 6.0, "OCN": 6.0, "SEA": 5.0, "GULF": 4.5, "ADM2": 2.6, "ADM3": 2.2, "RGN": 2.5, "PPL": 2.0, "PPLX": 1.2,
}
_CLASS_PRIOR = {"P": 1.8, "A": 2.0, "L": 1.5, "S": 1.0, "H": 0.8, "T": 0.6}


def score(c: Candidate, surface: str, countries: dict[str, float], prefer_admin: bool = False,
          exact: set[int] | None = None, close: set[int] | None = None) -> float:
    s = _FEATURE_PRIOR.get(c.feature_code or "", _CLASS_PRIOR.get(c.feature_class or "", 0.5))
    s += 0.6 * math.log10(c.population + 1)
    if countries and c.country in countries:
        s += 5.0 * countries[c.country]
    # a name as written beats a transliteration ("Ber" is Bèr, not Béré); the primary name a bit more
    if exact and c.geonameid in exact:
        s += 1.5
    if _fold(c.name) == _fold(surface):
        s += 0.5
    if prefer_admin and c.feature_class == "A":
        s += 3.0
    if close and c.geonameid in close:
        s += 3.0  # near another place the document names (``place_cohesion.near_other_names``): outweighs a small town
    return s


def choose(cands: list[Candidate], surface: str, countries: dict[str, float], prefer_admin: bool = False,
           exact: set[int] | None = None, close: set[int] | None = None) -> tuple[Candidate, float]:
    """The best candidate.  When the document is clearly about some countries and one of them has a
    place of that name, only a country or capital named exactly can beat it ("Ber" in a Mali article
    is the Malian Bèr, not Berlin, whose alternate names include "BER")."""
    if prefer_admin and any(c.is_admin for c in cands):
        cands = [c for c in cands if not c.is_country]  # "the Est region" is an area, not Estonia
    focus = {cc for cc, share in countries.items() if share >= 0.5}
    if any(c.country in focus for c in cands):
        cands = [c for c in cands if c.country in focus or c.is_country or (
            _fold(c.name) == _fold(surface) and c.feature_code == "PPLC")]
    if exact and any(c.geonameid in exact and c.country in focus for c in cands):
        # a name the gazetteer has as written is never replaced by a transliteration of another
        # ("Boni" is the Boni of the document's country, not Bonn or Bonnut)
        cands = [c for c in cands if c.geonameid in exact or c.is_country]
    elif exact and not focus and any(c.geonameid in exact and c.country in SAHEL_COUNTRIES for c in cands):
        # with no country to go by, a Sahel place spelled as written beats a foreign one the name reaches only
        # through transliteration ("Sévaré" is the Malian town, not Sävar in Sweden): the Sahel is what the
        # project reads about, and its villages have no population figure to outweigh a foreign town's
        cands = [c for c in cands if c.geonameid in exact or c.is_country]
    written = {c.geonameid for c in cands if _fold(c.name) == _fold(surface)}
    near_units = {(c.country, c.admin1_code) for c in cands if close and c.geonameid in close}
    if close and any((c.country, c.admin1_code) in near_units for c in cands if c.geonameid in written):
        # in the region of the other names, nearness decides among the places spelled as written and never
        # lifts a transliteration over them ("Kadiolo … région de Sikasso" is Kadiolo, not a Katiolo nearer
        # Sikasso); a village spelled otherwise near the commune still beats a homonym in another region
        close = (close & written) or None
    # an admin area and its seat of the same name: the seat, unless the text said "region" (ACLED
    # codes the town; "Kidal" is Kidal, "the Kidal region" the region); "California" stays the state
    seats = {(c.country, c.admin1_code) for c in cands if (c.feature_code or "").startswith(("PPLA", "PPLC"))}
    scored = sorted(
        ((score(c, surface, countries, prefer_admin, exact, close)
          - (3.0 if c.is_admin and not prefer_admin and (c.country, c.admin1_code) in seats else 0.0), c)
         for c in cands),
        key=lambda sc: -sc[0],
    )
    best = scored[0][1]
    if len(scored) == 1:
        conf = 0.9
    else:
        margin = scored[0][0] - scored[1][0]
        conf = round(0.5 + 0.45 * (1 - math.exp(-margin)), 3)
    if place_key(best.name) != place_key(surface):
        conf = round(conf * 0.9, 3)  # matched through an alternate name
    return best, conf
