"""An area named for a town, told after a settlement as its frame ("X, in the Koro area", « X, dans la zone de Koro »),
says where the settlement lies: the settlement is the deed's place, also when the sentence tells the victims coming
back from there ("villagers returning from the fields in X, in the Koro area"), not the area's town.  Texts written
here."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.place_anchors import unit_told_after
from sitrep.model import Published

from .seeds import make_document


@pytest.mark.parametrize("between, after, surface, language, frame", [
    (", in the ", " on Saturday", "Koro area", "en", True),
    (", in the ", " on Saturday", "Menaka zone", "en", True),
    (", dans la zone de ", ", selon", "Koro", "fr", True),
    (", dans le secteur de ", ", selon", "Koro", "fr", True),
    # another settlement, no frame
    (" and ", " on Saturday", "Koro", "en", False),
    (", dans le village de ", ", selon", "Koro", "fr", False),
])
def test_an_area_told_after_a_settlement_is_its_frame(between, after, surface, language, frame):
    assert unit_told_after(between, after, surface, language) is frame


def test_victims_coming_back_from_a_framed_village_were_killed_there(default_analyzer):
    text = ("On Saturday evening, gunmen on motorbikes killed six villagers returning from the fields in Diankabou, "
            "in the Koro area, a local elected official told AFP.")
    doc = make_document("d1", text, Published(date=dt.date(2030, 3, 4)))
    places = [m.place.name for m in default_analyzer.analyse(doc).events if m.place is not None]
    assert places == ["Diankabou"], places
