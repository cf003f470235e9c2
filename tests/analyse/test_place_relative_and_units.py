"""Where a note's event is coded when its place is told relative to another or by units the gazetteer reads
by their words: a hedged distance ("roughly 15 km north of Y", « à près de 15 km de Y »), a road named by an
unknown first end and a known town ("the X-Y axis"), a road whose first end has homonyms far from its second
("the Boni-Hombori axis"), a bracket's unit called a commune ("X (Y commune, Z department)"), an anchor named as
a cercle ("X, in the Koro cercle"), a country named only as a border ("Yoro, near the Burkina Faso border"),
a French bracket that names each unit by its word (« X (commune de Y, cercle de Z) »), and a place near a
village the gazetteer lacks whose bracket names its commune ("X, near Y (Commune, Cercle)").  The analyzer is the
shipped one (world gazetteer and Sahel table); village names the gazetteer lacks are made up."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from sitrep.analyse.place_anchors import link_between
from sitrep.eval.notes import note_document
from sitrep.geo import haversine_km


def _event_place(analyzer, text: str):
    note = SimpleNamespace(notes=text, row=1, published=None, event_date=dt.date(2025, 1, 1))
    events = analyzer.analyse(note_document(note, "test")).events
    assert events, text
    return events[0].place


def _km(place, lat: float, lon: float) -> float:
    return haversine_km(place.latitude, place.longitude, lat, lon)


@pytest.mark.parametrize("between", [", roughly 15 km north of ", ", less than 10 km from ", ", nearly 30 km east of "])
def test_a_hedged_distance_links_the_place_to_the_town_after_it(between):
    link = link_between(between, ".", [], "en")
    assert link is not None and link.kind == "near"


def test_a_hedged_french_distance_links_too():
    assert link_between(", à près de 15 km au nord de ", ".", [], "fr").kind == "near"


HOMBORI, SANGA, BONI_ML, YORO_ML, DARGOL = (15.279, -1.7004), (14.464, -3.3085), (15.0766, -2.2198), \
    (14.2793, -2.1354), (13.9178, 1.2428)
DOUENTZA, KORO, DIOUNGANI = (15.0015, -2.9498), (14.064, -3.0754), (14.3156, -2.7403)
BONI = (15.0766, -2.2198)  # the seat of the Haïré commune

CASES = [
    # a made-up village told roughly 12 km from a town: the town, not a far near-spelling of the village
    ("On 3 May 2024, gunmen shot two herders at Wenkobaou, roughly 12 km south of Hombori (Douentza, Mopti).", HOMBORI),
    # a road from an unknown hamlet to a known town
    ("On 3 May 2024, a minibus hit a mine on the Kobaoua-Sangha axis (Bandiagara, Mopti), killing four.", SANGA),
    # a road's first end with a homonym in Burkina Faso, 400 km from its second end
    ("On 3 May 2024, an IED struck an army truck on the Boni-Hombori axis, wounding two soldiers.", BONI_ML),
    # an anchor named as a cercle: looked for around the cercle's seat, not a village named like the cercle
    ("On 3 May 2024, JNIM militants killed four villagers in the village of Kobaoua, in the Koro cercle.", KORO),
    # a place beside a country's border is not that country's homonym
    ("On 3 May 2024, JNIM militants killed 3 civilians near Yoro, along the border with Burkina Faso.", YORO_ML),
    # a French bracket: not the Haïré of Mauritania but the commune of Douentza's cercle, coded at its seat (Boni)
    ("Le 3 mai 2024, des hommes armés ont tué quatre civils à Kobaoua (commune de Haïré, cercle de Douentza).", BONI),
    # near a village the gazetteer lacks, itself in a commune's bracket: the commune, not a Kolongo 86 km off
    ("On 3 May 2024, gunmen abducted a herder in Kolongo, near Wenkobaou (Dioungani, Koro).", DIOUNGANI),
]


@pytest.mark.parametrize("text,gold", CASES)
def test_the_event_is_coded_within_25_km(default_analyzer, text, gold):
    place = _event_place(default_analyzer, text)
    assert place is not None and _km(place, *gold) <= 25, (text, place and (place.name, place.latitude, place.longitude))


def test_a_bracket_unit_called_a_commune_keeps_the_homonym_within_its_reach(default_analyzer):
    # Bossey Bangou: a camp 5 km from Dargol, villages 63 and 100 km off; the bracket calls Dargol a commune
    place = _event_place(default_analyzer,
                         "On 3 May 2024, IS Sahel militants killed four villagers in Bossey Bangou (Dargol commune, "
                         "Gotheye department).")
    assert _km(place, *DARGOL) <= 25, (place.name, place.latitude, place.longitude)
