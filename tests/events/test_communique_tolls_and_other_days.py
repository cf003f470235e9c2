"""Wire stories that relay a communiqué, and a deed of another day told after the story's incident.

- an army's own dead in its communiqué's words: "Six FAMa elements fell on the field of honour", "fell in action",
  a force named with its acronym in brackets ("the Defence and Security Forces (FDS) lost their lives"), a
  movement's "three martyrs";
- the communiqué quoted in the paragraph after the lead that relays it tells the lead's toll;
- a movement's "our units engaged a column" is a fight; "the Bamako junta's army" places nothing in Bamako;
- "On Monday, four passengers were killed when their bus hit a roadside bomb" after Tuesday's ambush borrows none of
  the ambush's parties."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document
from sitrep.analyse.fatalities import find_fatalities

DAY = dt.date(2027, 9, 8)


@pytest.fixture(scope="module")
def analyzer(default_analyzer):
    return default_analyzer


def _events(analyzer, text, day=DAY):
    return analyzer.analyse(make_document(text, day)).events


@pytest.mark.parametrize("text, dead", [
    ("Six FAMa elements fell on the field of honour and nine were wounded.", 6),
    ("Two soldiers fell in action during the fighting.", 2),
    ("three elements of the Defence and Security Forces (FDS) lost their lives", 3),
    ("We deplore three martyrs in our ranks.", 3),
])
def test_an_armys_or_a_movements_own_words_for_its_dead(text, dead):
    killed, _ = find_fatalities(text, "en")
    assert killed is not None and killed.low == dead


def test_prices_that_fell_are_no_dead():
    assert find_fatalities("Fuel prices fell in the market after the convoy arrived.", "en") == (None, None)


def test_the_communique_quoted_after_the_lead_tells_its_toll(analyzer):
    text = ("Terrorists attack Malian army convoy\n\nA convoy of the Malian Armed Forces came under a terrorist attack "
            "near Bandiagara on September 7, the General Staff of the Armed Forces of Mali said in a statement.\n\n"
            "\"Six FAMa elements fell on the field of honour and nine were wounded,\" the statement reads.")
    battles = [e for e in _events(analyzer, text) if e.event_type == "Battles"]
    assert any(e.fatalities is not None and e.fatalities.low == 6 for e in battles), battles


def test_a_paragraph_not_quoting_the_lead_lends_it_no_toll(analyzer):
    text = ("Mali army convoy attacked\n\nA convoy of the Malian Armed Forces came under a terrorist attack near "
            "Bandiagara on September 7, the General Staff said.\n\nIn 2022, six soldiers fell in action at Boni.")
    battles = [e for e in _events(analyzer, text) if e.event_type == "Battles" and e.date and e.date.earliest.year == 2027]
    assert battles and all(e.fatalities is None or e.fatalities.low is None for e in battles)


def test_a_movement_engaging_a_column_is_a_fight_not_placed_at_the_juntas_seat(analyzer):
    text = ("FLA communiqué\n\n\"Today, Saturday 11 September 2027, units of the Azawad Liberation Front engaged a "
            "column of the Bamako junta's army about thirty kilometres south of Aguelhok. The enemy left fourteen dead "
            "on the ground.\"")
    battles = [e for e in _events(analyzer, text, dt.date(2027, 9, 11)) if e.event_type == "Battles"]
    assert battles, "engaged a column"
    assert battles[0].place is not None and battles[0].place.name != "Bamako"


def test_a_deed_of_another_day_borrows_none_of_the_ambushs_parties(analyzer):
    text = ("Militants kill six Malian soldiers\n\nBAMAKO, Sept 8 (Reuters) - Militants ambushed a Malian army convoy "
            "near Sevare on Tuesday, killing six soldiers, the army said.\n\nOn Monday, four passengers were killed "
            "when their bus hit a roadside bomb near Koro, two residents told Reuters.")
    blasts = [e for e in _events(analyzer, text) if e.event_type == "Explosions/Remote violence"]
    assert blasts and "malian-armed-forces" not in (*blasts[0].side1, *blasts[0].side2)
