"""Places a note names by a department, by a distance along a road, or beside a unit's base: « dans le département de
X » is the town X and its villages, as "the X department" and « la commune de X » are (precision 2, never the
province of its bracket: ``place_resolution._preceded_by_region``); "a convoy 10 km from X on the road to Y" is near
X, the distance's "from" being no origin (``ORIGIN_BEFORE``); "soldiers of the X detachment were ambushed near Y" and
« des soldats du détachement de X … près de Y » are at Y, X being the soldiers' base.  Places are GeoNames' (BF.txt,
ML.txt)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from sitrep.analyse import Analyzer
from sitrep.analyse.lang import vocab
from sitrep.geo import haversine_km
from sitrep.knowledge import load_knowledge
from tests.analyse.small_world import one_paragraph


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(load_knowledge())


def _event_place(analyzer, text: str, language: str):
    doc = one_paragraph(text, dt.date(2025, 6, 20), doc_id="d" * 16).model_copy(update={"language": language})
    analysis = analyzer.analyse(doc)
    assert analysis.events and analysis.events[0].place is not None, text
    return analysis.events[0].place


FALAGOUNTOU = (14.36909, 0.18398)
TAOUBANIA = (14.2346, -1.94497)
BONI = (15.07658, -2.21976)


@pytest.mark.parametrize("text, language, where, precision", [
    ("Le 8 mai 2025, des combattants de l'EIGS ont affronté des VDP dans le département de Falagountou (Séno). "
     "Trois VDP ont été tués.", "fr", FALAGOUNTOU, 2),
    ("On 8 May 2025, IS Sahel fighters clashed with VDP in the department of Falagountou (Seno). Three VDP were "
     "killed.", "en", FALAGOUNTOU, 2),
    ("On 8 May 2025, JNIM militants ambushed a FAMa convoy 10 km from Boni on the road to Hombori. Four soldiers "
     "were killed.", "en", BONI, 2),
    ("On 8 May 2025, soldiers of the Djibo detachment were ambushed near Taoubania (Djibo, Soum) by presumed JNIM "
     "militants; three soldiers were killed.", "en", TAOUBANIA, 2),
    ("Le 8 mai 2025, des soldats du détachement de Djibo sont tombés dans une embuscade près de Taoubania (Djibo, "
     "Soum) ; trois soldats ont été tués.", "fr", TAOUBANIA, 2),
])
def test_the_event_is_at_the_town_the_note_locates_it_by(analyzer, text, language, where, precision):
    place = _event_place(analyzer, text, language)
    assert haversine_km(place.latitude, place.longitude, *where) < 1, (place.name, place.latitude, place.longitude)
    assert place.geo_precision == precision


@pytest.mark.parametrize("before, origin", [
    ("JNIM militants ambushed a FAMa convoy 10 km from ", False),
    ("a patrol 15 kms from ", False),
    ("a convoy coming from ", True),
    ("militants from ", True),
    ("soldiers of the ", True),  # "soldiers of the Djibo detachment"
    ("killed three men of the village of ", False),
    ("troops of the army post of ", False),  # the post's own settlement (``SITE_OF_SETTLEMENT_BEFORE``)
])
def test_a_distance_is_no_origin_and_soldiers_of_a_base_come_from_it(before, origin):
    assert (re.search(vocab("en").ORIGIN_BEFORE, before, re.IGNORECASE) is not None) is origin


@pytest.mark.parametrize("before, origin", [
    ("des soldats du détachement de ", True),
    ("des gendarmes de la brigade de ", True),
    ("des militaires du camp de ", True),
    ("une embuscade à 10 km de ", False),
])
def test_a_french_unit_named_by_its_base_comes_from_it(before, origin):
    assert (re.search(vocab("fr").ORIGIN_BEFORE, before, re.IGNORECASE) is not None) is origin
