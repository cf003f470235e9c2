"""The spot on a road named by its ends, told by a distance from a town (``place_anchors._spot_on_road``), and
the origin phrase that ends at the next capitalised name (``lang.*.ORIGIN_BEFORE``): sentences written here."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from sitrep.analyse.lang import vocab
from sitrep.analyse.place_anchors import _spot_on_road


class _Towns:
    """A gazetteer that knows only a few towns by name."""

    def __init__(self, *names: str):
        self.names = set(names)

    def lookup(self, name: str):
        return [SimpleNamespace(feature_class="P")] if name in self.names else []


GAZ = _Towns("Makalondi", "Hombori", "Bankass", "Inékar", "Douentza")


@pytest.mark.parametrize("language, text", [
    ("en", "on the Torodi-Makalondi road, about 15 km from Makalondi (Torodi, Tillaberi)"),
    ("en", "on the Bandiagara-Bankass road 12 km north of Bankass"),
    ("en", "on the Sevare-Gao road near Douentza"),
    ("fr", "sur l'axe Boni-Hombori, à une dizaine de kilomètres de Hombori"),
    ("fr", "sur la route Ménaka-Anderamboukane, à 30 km d'Inékar"),
    ("en", "on the Kaya–Dori national road, near Douentza"),
])
def test_a_spot_told_after_the_road_is_where_the_event_is(language, text):
    end = text.index(" road") + 5 if language == "en" else re.search(r"-\w+", text).end()
    assert _spot_on_road(text, end, GAZ, vocab(language))


@pytest.mark.parametrize("language, text", [
    ("en", "on the Torodi-Makalondi road, killing 15 km of fencing"),
    ("en", "on the Boni-Hombori road (Douentza, Mopti)"),
    ("fr", "sur l'axe Boni-Hombori, à une dizaine de kilomètres"),
    ("en", "on the Gao-Ansongo road, 20 km from Nowhereville"),
])
def test_no_known_spot_keeps_the_road(language, text):
    end = text.index(" road") + 5 if language == "en" else re.search(r"-\w+", text).end()
    assert not _spot_on_road(text, end, GAZ, vocab(language))


@pytest.mark.parametrize("language, before, origin", [
    ("en", "militants killed six traders from ", True),
    ("en", "militants killed six traders from the village of ", True),
    ("en", "militants killed six traders from Tillaberi near ", False),
    ("en", "youths from Koumbara in ", False),
    ("fr", "des hommes armés venus de la localité de ", True),
    ("fr", "des hommes armés venus de Dori près de ", False),
    ("en", "On 24 November, after leaving ", True),
    ("en", "a convoy which had left ", True),
    ("en", "reinforcements from ", True),
    ("fr", "des militaires du camp de ", True),
    ("fr", "après avoir quitté ", True),
    ("fr", "des éléments du JNIM ont attaqué le camp de ", False),
    ("en", "the army left ", False),
])
def test_an_origin_ends_at_the_next_name(language, before, origin):
    assert (re.search(vocab(language).ORIGIN_BEFORE, before, re.IGNORECASE) is not None) is origin


@pytest.mark.parametrize("language, before, start", [
    ("en", "escorting traders from ", True),
    ("en", "clashed 15 km from ", False),
    ("fr", "à 15 km de ", False),
])
def test_a_distance_from_a_place_is_no_journey_start(language, before, start):
    assert (re.search(vocab(language).ROUTE_START[0], before, re.IGNORECASE) is not None) is start
