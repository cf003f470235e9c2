"""The hand-added Sahel places and spellings (``knowledge/data/sahel_added.tsv``): every name the file adds
resolves, within 25 km of the point its cited source gives, and a spelling added to a GeoNames row leaves
that row's coordinates and codes as the table ships them."""

from __future__ import annotations

import math

import pytest

from sitrep.knowledge.gazetteer import world_gazetteer
from sitrep.knowledge.sahel_places import ADDED, PATH, read_rows

# name as the press writes it → (country, latitude, longitude) of the cited source (see the file's header)
CITED = {
    "Sobane Da": ("ML", 14.4672, -3.1463),
    "Sobame Da": ("ML", 14.4672, -3.1463),
    "Yirgou": ("BF", 13.8533, -0.9875),
    "Chinégodar": ("NE", 15.2258, 3.0019),
    "Chinagodar": ("NE", 15.2258, 3.0019),
    "Diabaly": ("ML", 14.6937, -6.0197),
    "Dogofry": ("ML", 14.8059, -6.0182),
    "N'Tillit": ("ML", 15.5461, -0.4606),
    "Djiguibombo": ("ML", 14.1903, -3.5893),
    "Ogossagou": ("ML", 14.0664, -3.4538),
    "Amachach": ("ML", 20.2430, 0.9773),
    "Talataye": ("ML", 16.5333, 1.5297),
    "Tarkint": ("ML", 17.36, 0.15),
}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.mark.parametrize("name", sorted(CITED))
def test_added_name_resolves_within_25_km_of_its_cited_point(name):
    cc, lat, lon = CITED[name]
    found = [c for c in world_gazetteer().lookup(name) if c.country == cc]
    assert found, f"{name} not in the gazetteer"
    assert min(_km(c.latitude, c.longitude, lat, lon) for c in found) <= 25


def test_every_added_row_names_a_resolvable_place():
    """No row of the file is shadowed: each row's own name finds that row's geonameid."""
    gaz = world_gazetteer()
    for row, alternates, _ in _added_rows():
        for name in (row[1], *alternates):
            assert row[0] in {c.geonameid for c in gaz.lookup(name)}, name


def test_spelling_rows_copy_their_geonames_row_unchanged():
    """A row that only adds spellings to a GeoNames place keeps that place's point and codes (the corrections
    Tessit and Ké-Macina aside, which the header documents as moved or renamed on purpose)."""
    shipped = {row[0]: row for row, _, _ in read_rows(PATH, None)}
    corrected = {10343856}  # Tessit: moved east of the Niger, see the file's header
    for row, _, _ in _added_rows():
        old = shipped.get(row[0])
        if old is None or row[0] in corrected:
            continue
        assert abs(row[2] - old[2]) < 1e-3 and abs(row[3] - old[3]) < 1e-3, row[1]
        assert row[4:8] == old[4:8], row[1]  # country, admin codes, feature class
        # and feature code, but that a commune's seat named otherwise than its commune is marked the seat of a
        # third-order unit (PPLA3, as the header says) where GeoNames calls it a mere populated place
        assert row[8] == old[8] or (row[8], old[8]) == ("PPLA3", "PPL"), row[1]


def test_seats_of_communes_named_otherwise_are_marked_seats():
    """The rows the header lists as seats of communes named otherwise than their chief town carry PPLA3."""
    seats = {row[1]: row[8] for row, _, _ in _added_rows() if row[0] in _COMMUNE_SEATS}
    assert seats and set(seats.values()) == {"PPLA3"}, seats


# Dioura (Karéri), Sofara (Fakala), Ngouma (Djaptodji), Boni (Haïré), Kikara (Gandamia), Boré (Dangol-Boré),
# Baléyara (Tagazar), Sansané Haoussa (Kourtèye), Bonkoukou (Imanan), Kolman (Gorouol), Damana (Tondikandia)
_COMMUNE_SEATS = {2458636, 2450887, 2452846, 2459917, 2455280, 2459905, 2447223, 2439621, 2446642, 2442251, 2446245}


def _added_rows():
    all_rows = list(read_rows())
    shipped = sum(1 for _ in read_rows(PATH, None))
    assert ADDED.exists()
    return all_rows[shipped:]
