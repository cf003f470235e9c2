"""Mali militia notes (blind set 46): a "between X and Y" that the parse hangs on the date told before it, a sentence
the French model cuts inside an actor's name (« Dan | Na | Ambassagou »), a doer blamed or claimed through its men
("blamed militiamen of X", "a mine claimed by X"), IEDs spotted and destroyed in a controlled explosion (disrupted
weapons use), and a victim who died the day after the deed (the deed's day, the death counted)."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize("text, first, second", [
    ("Clashes erupted on 3 March 2023 between Dan Na Ambassagou and Dozo hunters near Bankass (Bankass, Mopti).",
     "dan-na-ambassagou", "dozo-militia"),
    ("Heavy fighting took place on Sunday between Dan Na Ambassagou militiamen and JNIM fighters around Koro "
     "(Koro, Mopti).", "dan-na-ambassagou", "jnim"),
])
def test_a_between_phrase_hung_on_the_date_names_both_sides(first_event, text, first, second):
    e = first_event(text)
    assert e.event_type == "Battles"
    assert e.side1[:1] == [first] and second in e.side2, (e.side1, e.side2)


def test_a_french_name_cut_by_the_parser_is_still_the_doer(first_event):
    e = first_event("Le 4 mars 2023, des miliciens de Dan Na Ambassagou ont tué trois bergers peuls près de Sangha "
                    "(Bandiagara, Mopti).", language="fr")
    assert e.event_type == "Violence against civilians"
    assert e.side1[:1] == ["dan-na-ambassagou"], (e.side1, e.side2)


@pytest.mark.parametrize("text, doer", [
    ("On 8 May 2023, gunmen killed four herders near Bankass (Bankass, Mopti). Relatives blamed militiamen of Dan "
     "Na Ambassagou.", "dan-na-ambassagou"),
    ("On 8 May 2023, an army truck hit a landmine claimed by JNIM near Boni (Douentza, Mopti), killing two soldiers.",
     "jnim"),
])
def test_a_doer_blamed_or_claimed_through_its_men_is_actor_one(first_event, text, doer):
    e = first_event(text)
    assert e.side1[:1] == [doer], (e.side1, e.side2)


@pytest.mark.parametrize("text", [
    "On 9 June 2024, a roadside bomb was detected by soldiers near Boni (Douentza, Mopti); engineers destroyed it in "
    "a controlled detonation.",
    "An explosive device was located by a FAMa patrol outside Hombori (Douentza, Mopti) on 9 June 2024.",
])
def test_a_device_spotted_and_destroyed_is_disrupted_weapons_use(first_event, text):
    e = first_event(text)
    assert e.sub_event_type == "Disrupted weapons use", (e.event_type, e.sub_event_type)


def test_an_ied_that_killed_is_not_disrupted(first_event):
    e = first_event("On 9 June 2024, three soldiers were killed when their vehicle struck an IED near Boni "
                    "(Douentza, Mopti).")
    assert e.sub_event_type == "Remote explosive/landmine/IED", e.sub_event_type


def test_a_victim_dying_the_next_day_keeps_the_deeds_day_and_counts(first_event):
    e = first_event("Villagers in Tominian (Tominian, Segou) beat a suspected goat thief on 11 April 2024 and left "
                    "him for dead; he succumbed in hospital the next day.")
    assert e.event_type == "Riots"
    assert e.date.earliest == dt.date(2024, 4, 11), e.date
    assert e.fatalities is not None and e.fatalities.low == 1, e.fatalities


def test_another_incident_the_following_day_is_still_apart(first_event):
    e = first_event("On 2 May 2024, gunmen killed two herders near Boni (Douentza, Mopti); separately, militants "
                    "killed three civilians near Hombori the following day.")
    assert e.fatalities is not None and e.fatalities.low == 2, e.fatalities
