"""Place classes of Sahel notes coded at the wrong place before, with the knowledge a new user gets from the
CLI (the shipped Sahel table): sentences written here, not taken from any evaluation file.

- a road named by its ends, then, further on in the sentence, the spot the deed is located at ("On the
  Niono-Diabaly axis, … near Dogofry (Dogofry, Niono)", « sur l'axe Sévaré-Bandiagara, … près de Dourou »,
  "an army convoy on the Dori-Gorom-Gorom road hit an IED near Falagountou"): the spot, not the road's first end;
- a month beside its day is a date, never a place ("On 17 May 2022" is no Nigerien Moy), and a bracket of
  named units ("(Haire commune, Douentza cercle)") that made the parser cut the sentence into verbless pieces.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.eval.notes import Note, note_document, primary_event
from sitrep.geo import haversine_km

CASES = [
    ("On the Niono-Diabaly axis, on 19 May 2022, JNIM militants ambushed a FAMa patrol near Dogofry (Dogofry, "
     "Niono), killing 2 soldiers.", (14.8059, -6.0182)),
    ("Le 20 mai 2022, sur l'axe Sevare-Bandiagara, des hommes armés ont tué 2 civils près de Dourou (Dourou, "
     "Bandiagara).", (14.3027, -3.4286)),
    ("On 21 May 2022, on the Douentza-Boni road, JNIM militants killed 3 drivers near Hombori (Hombori, Douentza).",
     (15.279, -1.7004)),
    ("On 22 May 2022, an army convoy on the Dori-Gorom-Gorom road hit an IED near Falagountou (Seno), killing 2 "
     "soldiers.", (14.3691, 0.184)),
    ("On 17 May 2022, soldiers killed 3 militants near Boni (Haire commune, Douentza cercle).", (15.0766, -2.2198)),
]
# the road's first end still stands where the sentence locates the deed nowhere else
ROAD_ONLY = [
    ("On 2 June 2022, an IED killed 4 soldiers on the Gorgadji-Arbinda road (Seno).", (14.0328, -0.5195)),
]


@pytest.fixture(scope="module")
def analyzer():
    from sitrep.eval.gold import default_analyzer

    return default_analyzer()


def _km_off(analyzer, text: str, gold: tuple[float, float]) -> float:
    note = Note(row=1, notes=text, event_date=dt.date(2022, 5, 20), event_type="", sub_event_type="")
    event = primary_event(analyzer.analyse(note_document(note, "written-here")))
    assert event is not None and event.place is not None and event.place.latitude is not None, text
    return haversine_km(gold[0], gold[1], event.place.latitude, event.place.longitude)


@pytest.mark.parametrize("text, gold", CASES + ROAD_ONLY)
def test_the_note_is_placed_within_25_km(analyzer, text, gold):
    assert _km_off(analyzer, text, gold) <= 25.0
