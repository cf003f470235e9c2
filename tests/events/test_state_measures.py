"""A government's own political measure (parties or associations dissolved, a broadcaster suspended, a diplomat
expelled, a regional body left, demonstrations banned, political detainees freed) is ACLED's "Other", with that
government as actor 1; what changes the state's forces (a mobilisation, an operation launched) stays their change,
and a camp handed over stays a transfer.  A contextual phrase qualified by its country ("Niger's military
authorities") names that country's government, not its army (notes written for this test, English and French)."""

from __future__ import annotations

import datetime as dt

import pytest

STRATEGIC = "Strategic developments"


@pytest.mark.parametrize("text, language, government", [
    ("On 2 April 2025, Niger's military authorities dissolved the national union of magistrates in Niamey "
     "(Niamey, Niamey).", "en", "government-of-niger"),
    ("On 9 June 2024, Burkina Faso's military government suspended the broadcaster TV5 Monde for two weeks, "
     "the decision was announced in Ouagadougou (Ouagadougou, Kadiogo).", "en", "government-of-burkina-faso"),
    ("On 4 March 2024, the Nigerien junta suspended the activities of all associations in Agadez (Agadez, Agadez).",
     "en", "government-of-niger"),
    ("On 18 May 2024, the Burkinabe authorities declared the French consul persona non grata in Bobo-Dioulasso "
     "(Bobo-Dioulasso, Houet).", "en", "government-of-burkina-faso"),
    ("On 6 June 2024, the authorities banned all demonstrations in Gao (Gao, Gao) until further notice.",
     "en", "government-of-mali"),
    ("Le 5 mai 2024, le gouvernement nigérien a dissous le conseil municipal de Zinder (Zinder, Zinder).",
     "fr", "government-of-niger"),
    ("Le 7 mai 2024, le gouverneur de Ségou a interdit toute manifestation à Ségou (Ségou, Ségou) jusqu'à nouvel "
     "ordre.", "fr", "government-of-mali"),
])
def test_a_governments_own_measure_is_another_development(first_event, text, language, government):
    event = first_event(text, published=dt.date(2025, 6, 1), language=language)
    assert (event.event_type, event.sub_event_type) == (STRATEGIC, "Other")
    assert government in event.side1


@pytest.mark.parametrize("text", [
    "On 2 May 2024, Niger's military government decreed a general mobilisation allowing the requisition of "
    "people and goods, in Niamey (Niamey, Niamey).",
    "On 6 May 2024, the Nigerien army launched a new military operation in Tillaberi (Tillaberi, Tillaberi).",
])
def test_a_change_of_the_states_forces_stays_their_change(first_event, text):
    event = first_event(text, published=dt.date(2025, 6, 1))
    assert (event.event_type, event.sub_event_type) == (STRATEGIC, "Change to group/activity")


def test_a_camp_handed_over_stays_a_transfer(first_event):
    event = first_event("On 5 May 2025, FAMa took over the camp of Ber (Timbuktu, Timbuktu) vacated by Africa "
                        "Corps, which redeployed to Timbuktu.", published=dt.date(2025, 6, 1))
    assert (event.event_type, event.sub_event_type) == (STRATEGIC, "Non-violent transfer of territory")


def test_a_country_qualified_government_phrase_names_the_government(default_analyzer):
    base = default_analyzer.knowledge.actors
    assert base.resolve("Niger's military authorities")[0] == "government-of-niger"
    assert base.resolve("Mali's military authorities")[0] == "government-of-mali"
    assert base.resolve("Burkinabe military government")[0] == "government-of-burkina-faso"
    # the army keeps its own names, qualified or not
    assert base.resolve("Mali's military")[0] == "malian-armed-forces"
    assert base.resolve("Nigerien troops")[0] == "niger-armed-forces"


def test_the_army_alias_no_longer_swallows_the_military_authorities(first_event):
    event = first_event("On 10 July 2024, Mali's military authorities lifted the ban on the activities of political "
                        "parties in Bamako (Bamako, Bamako).", published=dt.date(2025, 6, 1))
    assert "government-of-mali" in event.side1 and "malian-armed-forces" not in event.side1
    assert event.sub_event_type == "Other"
