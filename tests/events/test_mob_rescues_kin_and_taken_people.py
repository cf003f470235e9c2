"""Riots and one-sided violence told in wordings of these tests' own (none is a row of a blind set): a crowd that
frees a suspect from the police (mob violence, no demonstration); a man and his kin who strike unarmed people with
blades (mob violence, no armed group); a crowd whose demand the parser hung on it as a clausal subject ("young men
demanding X stormed …": a violent demonstration); people "taken away" by a self-defence group told with the pretext
("accusing them of …": an abduction, no figure of speech); a group flogged ("a group of herders"); an artisanal gold
site stormed (an attack on civilians, no battle); and the doers of an active killing counted before its verb (not its
dead)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from sitrep.analyse.fatalities import find_fatalities

from .conftest import most_confident_event


MOB = ("Riots", "Mob violence")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")


# the most confident event of a text published on 20 March 2026
_first = partial(most_confident_event, published=dt.date(2026, 3, 20))


def _kind(analyzer, text: str):
    event = _first(analyzer, text)
    return (event.event_type, event.sub_event_type) if event else None


@pytest.mark.parametrize("text", [
    "On 14 March 2026, residents of Yako (Passore, Nord) stopped gendarmes from taking away a moto-taxi driver: they "
    "threw stones at the gendarmes and freed the driver.",
    "On 14 March 2026, an angry crowd in Kaya (Sanmatenga, Centre-Nord) prevented police officers from arresting two "
    "traders, pelting them with stones until they let go.",
])
def test_a_crowd_freeing_a_suspect_from_the_law_is_a_mob(default_analyzer, text):
    assert _kind(default_analyzer, text) == MOB


def test_a_crowd_that_demands_and_stones_the_police_stays_a_demonstration(default_analyzer):
    text = ("On 14 March 2026, youths of Yako (Passore, Nord) demanding the release of a detained trader threw stones "
            "at the police station.")
    assert _kind(default_analyzer, text) == VIOLENT_DEMO


def test_a_man_and_his_kin_striking_with_blades_are_a_mob(default_analyzer):
    text = ("On 14 March 2026, a herder and his brothers armed with clubs attacked farmers who had fenced a cattle "
            "track near Tougan (Sourou, Boucle du Mouhoun). Two farmers were injured.")
    event = _first(default_analyzer, text)
    assert (event.event_type, event.sub_event_type) == MOB
    assert "rioters-burkina-faso" in event.side1


def test_a_man_and_his_kin_who_open_fire_are_no_mob(default_analyzer):
    text = ("On 14 March 2026, a herder and his brothers opened fire on farmers near Tougan (Sourou, Boucle du "
            "Mouhoun), killing one of them.")
    assert _kind(default_analyzer, text) != MOB


def test_a_crowd_demanding_told_as_the_verbs_clausal_subject_riots(default_analyzer):
    text = ("On 14 March 2026, young people of Houndé (Tuy, Hauts-Bassins) demanding electricity stormed the "
            "offices of the power company and set fire to a generator.")
    event = _first(default_analyzer, text)
    assert (event.event_type, event.sub_event_type) == VIOLENT_DEMO
    assert "rioters-burkina-faso" in event.side1


def test_people_taken_away_with_a_pretext_are_abducted(default_analyzer):
    text = ("On 14 March 2026, Koglweogo members took away two herders from the market of Zorgho (Ganzourgou, "
            "Plateau-Central), accusing them of stealing goats.")
    event = _first(default_analyzer, text)
    assert (event.event_type, event.sub_event_type) == ABDUCTION
    assert "koglweogo" in event.side1


def test_a_group_flogged_is_an_attack_by_its_floggers(default_analyzer):
    text = "On 14 March 2026, VDP in Djibasso (Kossi, Boucle du Mouhoun) flogged a group of herders at the well."
    event = _first(default_analyzer, text)
    assert (event.event_type, event.sub_event_type) == ATTACK
    assert "vdp" in event.side1


def test_a_gold_panning_site_stormed_is_an_attack_on_civilians(default_analyzer):
    text = ("On 14 March 2026, gunmen on motorbikes stormed a gold mining site near Batie (Noumbiel, Sud-Ouest), "
            "killing three panners.")
    assert _kind(default_analyzer, text) == ATTACK


@pytest.mark.parametrize("text, dead", [
    ("On 14 March 2026, two armed men shot dead a trader in front of his shop in Kaya.", 1),
    ("On 14 March 2026, three gunmen killed two herders near Kaya.", 2),
    ("On 14 March 2026, two gunmen were shot dead by soldiers near Kaya.", 2),
    ("Three assailants killed in an exchange of fire with police near Kaya.", 3),
])
def test_doers_counted_before_an_active_killing_are_not_its_dead(text, dead):
    killed, _ = find_fatalities(text)
    assert killed is not None and killed.low == dead
