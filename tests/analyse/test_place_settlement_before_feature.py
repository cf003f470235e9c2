"""A town named "in <country>" is the country's town, not a well or hill that bears its name as the main one: the
country bounds no spelling (its villages named like it do not either), and among the places the anchor agrees
with, a settlement comes before a feature (ACLED codes the settlement)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.geo import haversine_km
from tests.analyse.small_world import one_paragraph

# GeoNames' Anefis i-n-Darane, the town (its alternate names hold "Anefis"); a well named Anefis lies 276 km west
ANEFIS_TOWN = (18.04, 0.6011)


@pytest.mark.parametrize("text", [
    "Separatist fighters ambushed an army convoy near Anefis in northern Mali on Tuesday, killing nine soldiers.",
    "Rebels attacked soldiers in Anefis in Mali's Kidal region on Monday.",
    "Gunmen ambushed a convoy near Anefis, between Gao and Kidal, on Tuesday.",
])
def test_the_town_before_the_well_of_its_name(default_analyzer, text):
    doc = one_paragraph(text, dt.date(2026, 10, 15), doc_id="a" * 16)
    events = default_analyzer.analyse(doc).events
    assert events and events[0].place is not None
    assert haversine_km(events[0].place.latitude, events[0].place.longitude, *ANEFIS_TOWN) <= 25, events[0].place
