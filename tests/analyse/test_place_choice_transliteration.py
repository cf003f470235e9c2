"""A place name with no country to go by: a Sahel place spelled as written beats a foreign place the name reaches
only through transliteration ("Sévaré", "Sevare" are the Malian town, not Sävar in Sweden), while a foreign place
spelled as written keeps its own name ("Paris")."""

from __future__ import annotations

import pytest

from sitrep.analyse.place_choice import choose
from sitrep.knowledge.gazetteer import Candidate

SEVARE = Candidate(9100004, "Sévaré", 14.5274, -4.0934, "ML", "04", None, "P", "PPL", 0)
SAVAR = Candidate(603037, "Sävar", 63.90383, 20.55014, "SE", "23", None, "P", "PPL", 2968)
PARIS = Candidate(2988507, "Paris", 48.85341, 2.3488, "FR", "11", None, "P", "PPLC", 2138551)
PARIS_ML = Candidate(9100099, "Parisso", 14.0, -4.0, "ML", "04", None, "P", "PPL", 0)


@pytest.mark.parametrize("surface", ["Sévaré", "Sevare"])
def test_a_sahel_town_spelled_as_written_beats_a_transliterated_foreign_one(surface):
    best, _ = choose([SAVAR, SEVARE], surface, {}, exact={SEVARE.geonameid})
    assert best.name == "Sévaré"


def test_a_foreign_place_spelled_as_written_stays():
    best, _ = choose([PARIS, PARIS_ML], "Paris", {}, exact={PARIS.geonameid})
    assert best.name == "Paris"


def test_with_a_country_in_view_the_old_rule_still_decides():
    best, _ = choose([SAVAR, SEVARE], "Sevare", {"SE": 1.0}, exact={SEVARE.geonameid})
    assert best.country == "SE"
