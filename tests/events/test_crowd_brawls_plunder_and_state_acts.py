"""Event types on the edges of riots and strategic developments, in wordings of these tests' own (none is a row of
a blind set): people who fight each other hand to hand ("came to blows", "set upon each other", « une bagarre »),
a crowd that plunders (mob violence, not an abduction nor a development); rival crowds that clash during their
marches (a riot, no force against protesters: nobody of the state is named); an act of state signed alone (a
decree is no agreement) and a general mobilisation or requisition (a change to the state's activity); and the
dead of a mob told by what it held them guilty of or by the manner of their death."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities

from .conftest import most_confident_event as _first

MOB = ("Riots", "Mob violence")
AGREEMENT = ("Strategic developments", "Agreement")
CHANGE = ("Strategic developments", "Change to group/activity")


def _kind(analyzer, text: str, language: str = "en") -> tuple[str, str] | None:
    event = _first(analyzer, text, language)
    return (event.event_type, event.sub_event_type) if event else None


@pytest.mark.parametrize("text, language", [
    ("On 4 March 2026, bus drivers and ticket sellers came to blows at the station of Kita (Kita, Kayes); four "
     "people were hurt.", "en"),
    ("On 4 March 2026, young men of two quarters of Koutiala (Koutiala, Sikasso) set upon each other with bottles "
     "after a wrestling match; one of them was stabbed to death.", "en"),
    ("Le 4 mars 2026, une bagarre entre vendeurs du grand marché de Kayes (Kayes, Kayes) a fait trois blessés.", "fr"),
])
def test_people_fighting_each_other_by_hand_are_a_mob(default_analyzer, text, language):
    assert _kind(default_analyzer, text, language) == MOB


@pytest.mark.parametrize("text", [
    "On 4 March 2026, a crowd in Kita (Kita, Kayes) pillaged the shops of traders it blamed for a kidnapping.",
    "On 4 March 2026, hundreds of people plundered a food warehouse in Menaka (Menaka, Menaka).",
])
def test_a_crowd_that_plunders_is_a_mob(default_analyzer, text):
    assert _kind(default_analyzer, text) == MOB


def test_rival_marchers_who_clash_are_a_riot_not_force_on_protesters(default_analyzer):
    text = ("In Dori (Seno, Sahel), supporters and opponents of the new mayor clashed with sticks on 4 March 2026 "
            "during rival rallies.")
    kind = _kind(default_analyzer, text)
    assert kind is not None and kind[0] == "Riots", kind


def test_force_on_protesters_stays_when_the_police_fire(default_analyzer):
    text = "On 4 March 2026, police fired on protesters in Kati (Kati, Koulikoro), killing two."
    assert _kind(default_analyzer, text) == ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize("text", [
    "The transitional president signed a decree on 4 March 2026 ordering the requisition of all fuel trucks in Mali.",
    "On 4 March 2026, the Burkinabe government decreed a general mobilisation of all able-bodied men.",
])
def test_a_state_calling_up_people_or_goods_changes_its_activity(default_analyzer, text):
    assert _kind(default_analyzer, text) == CHANGE


def test_a_peace_accord_signed_stays_an_agreement(default_analyzer):
    text = "On 4 March 2026, Dogon and Fulani leaders signed a peace accord in Bankass (Bankass, Mopti)."
    assert _kind(default_analyzer, text) == AGREEMENT


@pytest.mark.parametrize("text, language, dead", [
    ("Residents of Bla beat a suspected kidnapper to death on 4 March 2026.", "en", 1),
    ("Villagers caught three cattle rustlers near Bla and burned them alive.", "en", 3),
    ("Trois présumés voleurs de motos ont été brûlés vifs par la foule à Ségou.", "fr", 3),
    ("Des jeunes ont tabassé à mort un homme accusé de vol à Kati.", "fr", 1),
])
def test_a_mobs_dead_are_counted_whatever_it_held_them_guilty_of(text, language, dead):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and (killed.low, killed.high) == (dead, dead), killed


def test_a_wounding_by_a_mob_is_no_death():
    killed, _ = find_fatalities("Residents of Bla beat a suspected thief, who was taken to hospital.", "en")
    assert killed is None
