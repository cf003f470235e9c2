"""Golden expectations on articles in styles the seeds do not have (tests/data/styles, written for
these tests): terse ACLED-style incident notes, local press that dates events by weekday, and French
wire dispatches with a dateline.  Each checks what must come out and what must not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.eval.gold import shared_run
from tests.golden.test_golden_articles import _analysis

pytestmark = pytest.mark.xdist_group("quality")

STYLES = Path(__file__).resolve().parents[1] / "data" / "styles"


@pytest.fixture(scope="module")
def run():
    return shared_run(STYLES)


def test_acled_note_village_in_its_cercle_coded_at_the_village(run):
    # Tiguila is among the shipped Sahel places, so "the village of Tiguila (Douentza, Mopti)" is coded at the
    # village itself, not at the cercle named after it
    doc, a = _analysis(run, "301_acled_notes_douentza.txt")
    first = [e for e in a.events if e.date and e.date.earliest == dt.date(2024, 7, 30)]
    assert first, "the 30 July attack is an event"
    e = first[0]
    assert e.place is not None and e.place.name == "Tiguila" and e.place.geo_precision == 1
    assert e.fatalities is not None and e.fatalities.low == 5  # four farmers and a volunteer fighter; not the wounded


def test_acled_note_area_of_unknown_place_and_community_names(run):
    doc, a = _analysis(run, "301_acled_notes_douentza.txt")
    assert not [p for p in a.places if p.surface in ("Dogon", "Fulani")], "people's names are not places"
    abduction = [e for e in a.events if e.date and e.date.earliest == dt.date(2024, 7, 31)]
    assert abduction and abduction[0].place is not None
    assert (abduction[0].place.name, abduction[0].place.geo_precision) == ("Douentza", 2)
    assert abduction[0].fatalities is None or not abduction[0].fatalities.low  # abducted, not killed


def test_local_press_weekdays_count_back_from_publication(run):
    doc, a = _analysis(run, "302_local_press_djibo.txt")
    dates = {d.surface: d.interval.earliest for d in a.dates}
    assert dates.get("Tuesday") == dt.date(2024, 9, 3)  # a Thursday's paper: two days back, not nine
    assert dates.get("Wednesday") == dt.date(2024, 9, 4)
    assert not [p for p in a.places if p.surface in ("Mossi", "Fulani")]


def test_french_wire_last_saturday_and_yesterday_thursday(run):
    doc, a = _analysis(run, "303_depeche_tenenkou.txt")
    dates = {d.surface.lower(): d.interval.earliest for d in a.dates}
    assert dates.get("samedi dernier") == dt.date(2024, 7, 27)
    assert dates.get("hier jeudi") == dt.date(2024, 8, 1)
    near = [p for p in a.places if p.surface == "Ténenkou"]
    assert near and near[0].geo_precision == 2  # "un village proche de Ténenkou"
    # neither the dateline nor the place the source was reached from is where anything happened
    assert all(e.place is None or e.place.name != "Bamako" for e in a.events)


def test_french_wire_soldiers_toll_and_attackers(run):
    doc, a = _analysis(run, "304_depeche_ansongo.txt")
    ambush = [e for e in a.events if e.fatalities and e.fatalities.low == 9]
    assert ambush, "au moins neuf morts parmi les soldats"
    e = ambush[0]
    assert e.date is not None and e.date.earliest == dt.date(2024, 9, 12)  # jeudi dernier, published a Saturday
    assert e.place is not None and e.place.name == "Ansongo" and e.place.geo_precision == 2
    assert all(ev.place is None or ev.place.name != "Gao" for ev in a.events), "GAO is the dateline"
    assert not [p for p in a.places if p.surface in ("Touaregs", "Peuls")]


def test_flash_update_toll_told_after_the_attack_and_names_inside_an_organisation(run):
    doc, a = _analysis(run, "305_flash_update_gorom.txt")
    attacks = [e for e in a.events if e.date and e.date.earliest == dt.date(2024, 10, 12)]
    assert attacks, "Saturday's attack, in a Monday update, is an event of 12 October"
    tolls = [e for e in attacks if e.fatalities and e.fatalities.low == 4]
    # the deaths told in the next sentence are the attack's, once: not a second event of their own
    assert len(tolls) == 1, [(e.sub_event_type, e.fatalities) for e in attacks]
    e = tolls[0]
    assert e.place is not None and e.place.name in ("Tin-Akoff", "Gorom-Gorom")  # one of the two ends of the road
    assert e.fatalities.phrase in doc.text[e.span.char_start:e.span.char_end]
    assert e.fatalities.high == 4  # the wounded are not counted
    # "the Union for the Development of Sebba" is an association, not a place where anything happened
    assert not [p for p in a.places if p.surface == "Sebba"]
    assert all(ev.place is None or ev.place.name != "Sebba" for ev in a.events)
