"""The classes ``sitrep eval acled`` gives its place misses (``sitrep.eval.place_misses``), on a small
hand-built gazetteer: two villages of one name 80 km apart, a town, a region."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sitrep.eval import place_misses as pm
from sitrep.knowledge.gazetteer import build_gazetteer, name_keys

ROWS = [
    (1, "Sanga", 14.46, -3.31, "ML", "36", None, "P", "PPL", 0),
    (2, "Sanga", 15.10, -3.05, "ML", "36", None, "P", "PPL", 0),
    (3, "Bandiagara", 14.35, -3.61, "ML", "36", None, "P", "PPLA2", 17000),
]
GOLD = ("Sanga", 14.46, -3.31)  # ACLED's location and coordinates


@pytest.fixture(scope="module")
def gaz():
    return build_gazetteer([(r, name_keys(r[1])) for r in ROWS], world=False)


def _event(location, lat, lon, precision=1):
    return SimpleNamespace(location=location, latitude=lat, longitude=lon, geo_precision=precision)


@pytest.mark.parametrize(
    "note, event, expected",
    [
        ("Gunmen killed two men in Sanga.", _event(None, None, None), pm.NO_PLACE),
        ("Gunmen killed two herders in the Bandiagara area.", _event("Bandiagara", 14.35, -3.61), pm.NOT_NAMED),
        ("Gunmen killed two men in Sanga.", _event("Sanga", 15.10, -3.05), pm.HOMONYM),
        ("Gunmen killed two men in Sanga, Mopti region.", _event("Mopti", 14.9, -4.0, precision=3), pm.COARSER),
        ("Gunmen killed two men in Sanga.", _event("Sangha", 12.0, -1.0), pm.FUZZY),
        ("BANDIAGARA - Gunmen killed two men in Sanga.", _event("Bandiagara", 14.35, -3.61), pm.OTHER_NAMED),
    ],
)
def test_place_miss_classes(gaz, note, event, expected):
    assert pm.classify_place_miss(*GOLD, note, event, gaz, 25.0) == expected


def test_a_village_the_gazetteer_lacks(gaz):
    note = "Gunmen killed two men in Yendéré."
    event = _event("Bandiagara", 14.35, -3.61)
    assert pm.classify_place_miss("Yendere", 14.0, -3.0, note, event, gaz, 25.0) == pm.NOT_IN_GAZETTEER
