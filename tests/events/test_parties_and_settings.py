"""Who was hit and what the words set around the deed: a note's later sentence that disperses its march, a
civilian convoy whose escort never fought, a siege that is only the setting of a looting, the dead reported as
herders against a claim of fighters, a complex assault on a camp, people flogged or shot by count; and the words
of violence said of speeches or of locusts, which report no incident.  Each with the same words told so that
the other reading holds."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _coded(analyzer, text: str) -> tuple[str, str]:
    events = analyzer.analyse(make_document(text, dt.date(2024, 6, 1))).events
    assert events, "no event"
    return events[0].event_type, events[0].sub_event_type


@pytest.mark.parametrize("text, sub", [
    ("On 3 June 2024, nurses gathered outside the hospital in Koutiala to demand unpaid bonuses. "
     "Gendarmes broke up the gathering with tear gas.", "Protest with intervention"),
    ("On 3 June 2024, nurses gathered outside the hospital in Koutiala to demand unpaid bonuses. "
     "The gathering ended peacefully at noon.", "Peaceful protest"),
])
def test_a_dispersal_told_after_the_march_is_an_intervention(default_analyzer, text, sub):
    assert _coded(default_analyzer, text)[1] == sub


@pytest.mark.parametrize("text, expected", [
    ("On 3 June 2024, gunmen attacked a convoy of commercial lorries escorted by FAMa near Douentza and burned four "
     "of the lorries.", "Violence against civilians"),
    ("On 3 June 2024, gunmen attacked a convoy of commercial lorries escorted by FAMa near Douentza. "
     "The soldiers returned fire for an hour.", "Battles"),
    ("On 3 June 2024, gunmen attacked a FAMa convoy near Douentza and burned two vehicles.", "Battles"),
])
def test_a_civilian_convoys_escort_is_a_side_only_when_it_fights(default_analyzer, text, expected):
    assert _coded(default_analyzer, text)[0] == expected


def test_a_siege_told_as_the_setting_yields_to_the_looting(default_analyzer):
    text = ("On 3 June 2024, JNIM militants entered Dinangourou and took millet from the granaries under a blockade "
            "of the commune.")
    assert _coded(default_analyzer, text) == ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("text, expected", [
    ("On 3 June 2024, soldiers killed 8 men near Dioura. The army spoke of terrorists neutralised, but relatives "
     "said the dead were shepherds.", "Violence against civilians"),
    ("On 3 June 2024, soldiers killed 8 militants near Dioura after an exchange of fire.", "Battles"),
])
def test_the_dead_reported_as_herders_against_a_claim_of_fighters(default_analyzer, text, expected):
    assert _coded(default_analyzer, text)[0] == expected


def test_a_complex_assault_whose_attackers_were_neutralised_is_the_battle(default_analyzer):
    text = ("On 3 June 2024, militants launched an assault on the military camp of Boulkessi with two car bombs. "
            "The army claimed 30 attackers neutralised.")
    assert _coded(default_analyzer, text) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "On 3 June 2024, JNIM militants flogged two young men in the market of Toguere-Koumbe for listening to music.",
    "On 3 June 2024, gunmen shot five Bozo fishermen on the river near Konna.",
])
def test_people_flogged_or_shot_by_count_are_attacked(default_analyzer, text):
    assert _coded(default_analyzer, text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "The party's spokesman attacked the prime minister on Monday, calling his reform plan a betrayal of farmers.",
    "Herders in Nara are battling a locust invasion that has stripped the pastures bare.",
    # no verb of saying in the clause: only the setting (a speech, a post, parliament) tells the attack is words
    "The opposition leader attacked the junta's transition charter in a televised speech on Monday.",
    "A deputy attacked the defence minister in parliament over the fuel shortages.",
])
def test_words_of_violence_about_a_speech_or_a_plague_are_no_violent_event(default_analyzer, text):
    events = default_analyzer.analyse(make_document(text, dt.date(2024, 6, 1))).events
    assert not [e for e in events if e.event_type in VIOLENT]


@pytest.mark.parametrize("text", [
    "Gunmen attacked the mayor of Bourem on Monday, wounding him, and accused him of working with the army.",
    # a setting of words ("verbally") beside a sexual assault: the assault is bodily
    "She said two men started verbally abusing her at the market of Sevare and one of them molested her.",
])
def test_an_attack_that_hurt_people_stays_violent_whatever_was_said(default_analyzer, text):
    events = default_analyzer.analyse(make_document(text, dt.date(2024, 6, 1))).events
    assert [e for e in events if e.event_type in VIOLENT]


@pytest.mark.parametrize("text, sub", [
    ("On 3 June 2024, residents gathered outside the town hall of Niono. Anti-riot police used tear gas and detained "
     "six of them.", "Protest with intervention"),
    ("On 3 June 2024, gendarmes arrested four men suspected of cattle theft in Niono.", "Arrests"),
])
def test_arrests_with_tear_gas_at_a_gathering_are_its_dispersal(default_analyzer, text, sub):
    assert _coded(default_analyzer, text)[1] == sub
