"""Ways a note names a town that is not the event's, beside the one that is (sentences written here, not taken
from any evaluation file), with the knowledge a new user gets from the CLI (the shipped Sahel table):

- a town made an adjective of the people's base ("Kongoussi-based VDP were ambushed near Bourzanga", "a
  Gao-based driver was killed near Ansongo"): the event's place is the other one; alone, the base stands in for it;
- a unit's word in the possessive before the place it holds ("Seno province's Gorgadji department", "Douentza
  cercle's Mondoro commune"): the place held, as a bracket after it would tell;
- a town's possessive the model folds into an organisation ("Tillaberi-based" aside, "Tin-Akoff's health centre",
  "Bobo-Dioulasso's central market"): the town;
- a city called by a clipped name ("Bobo", « Ouaga »): the one city of the note's countries so begun, never
  Australia's Wagga Wagga, whose key "Ouaga" shares.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.eval.notes import Note, note_document, primary_event
from sitrep.geo import haversine_km

CASES = [
    ("On 2 May 2026, presumed JNIM militants ambushed Kongoussi-based VDP members near Bourzanga, killing three.",
     (13.67806, -1.54611)),
    ("On 3 May 2026, unidentified gunmen killed a Gao-based driver near Ansongo.", (15.6597, 0.5022)),
    ("On 4 May 2026, presumed IS Sahel militants killed two herders in Seno province's Gorgadji department.",
     (14.03279, -0.5195)),
    ("On 5 May 2026, JNIM militants abducted a teacher in Douentza cercle's Mondoro commune.", (14.67619, -1.95127)),
    ("On 7 May 2026, unidentified gunmen set fire to shops in Bobo-Dioulasso's central market.", (11.17715, -4.2979)),
    ("On 8 May 2026, unidentified gunmen attacked Tin-Akoff's health centre.", (14.96549, -0.16335)),
    ("On 9 May 2026, hundreds of students marched in Bobo against the closure of their campus.", (11.17715, -4.2979)),
    ("Le 9 mai 2026, des commerçants ont manifesté à Ouaga contre la hausse des taxes.", (12.36566, -1.53388)),
]
# the base alone: nothing else is named, so it stands in for the unknown spot
BASE_ONLY = [("On 6 May 2026, unidentified gunmen killed a Djibo-based trader on his way home.", (14.0994, -1.62554))]


@pytest.fixture(scope="module")
def analyzer():
    from sitrep.eval.gold import default_analyzer

    return default_analyzer()


def _km_off(analyzer, text: str, gold: tuple[float, float]) -> float:
    note = Note(row=1, notes=text, event_date=dt.date(2026, 5, 4), event_type="", sub_event_type="")
    event = primary_event(analyzer.analyse(note_document(note, "written-here")))
    assert event is not None and event.place is not None and event.place.latitude is not None, text
    return haversine_km(gold[0], gold[1], event.place.latitude, event.place.longitude)


@pytest.mark.parametrize("text, gold", CASES + BASE_ONLY)
def test_the_note_is_placed_within_25_km(analyzer, text, gold):
    assert _km_off(analyzer, text, gold) <= 25.0


def test_a_clipped_name_abroad_stays_abroad(analyzer):
    """A story from Australia keeps its own town: the clipped city is sought only where no candidate lies in the
    note's countries."""
    note = Note(row=1, notes="On 3 May 2026, hundreds of farmers marched in Wagga Wagga, New South Wales, Australia.",
                event_date=dt.date(2026, 5, 3), event_type="", sub_event_type="")
    event = primary_event(analyzer.analyse(note_document(note, "written-here")))
    assert event is None or event.place is None or event.place.latitude is None or event.place.latitude < -10
