"""Notes headed by ACLED's own label, posts installed by the army, aircraft named with their owner, killings told in
the passive with the manner of death, and a siege or blockade that is only the motive of a deed
(``data/event_cues_en.tsv``, ``events/codebook_deeds.told_as_circumstance``).  Before: "Security measures:" notes
read as a base set up or as Other, "installed a post" as a change of activity, "drones of the army struck" as a
roadside bomb, and "burned alive … for defying the blockade" as the blockade itself."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.classifier import cue_hits, score_texts


@pytest.mark.parametrize("text, label", [
    ("Security measures: On 3 March 2025, militants stopped buses at a roadblock east of Sofara and checked the "
     "identity papers of every traveller.", "CHANGE_TO_GROUP_ACT"),
    ("Security measures: the governor banned motorbike traffic at night across the district of Tominian.",
     "CHANGE_TO_GROUP_ACT"),
    ("Defusal: On 2 May 2025, engineers of the army made safe a shell left on a farm near Kona.", "DISR_WEAP"),
    ("Arrests: On 8 May 2025, two herders were taken to the gendarmerie of Dioila for questioning.", "ARREST"),
])
def test_a_notes_own_label_names_its_sub_event(text, label):
    assert score_texts([text])[0].best == label, cue_hits(text)


@pytest.mark.parametrize("text", [
    "On 5 March 2025, the armed forces installed a forward military position at the exit of Boni.",
    "On 9 April 2025, Africa Corps troops erected a new army post near the gold mine of Intahaka.",
    "On 11 May 2025, the army installed a garrison in Lere after the rainy season.",
])
def test_a_post_installed_by_the_army_is_a_base_established(text):
    assert score_texts([text])[0].best == "HQ_ESTABLISHED", cue_hits(text)


@pytest.mark.parametrize("text", [
    "On 6 June 2025, drones of the armed forces struck a motorbike convoy east of Ber.",
    "On 7 June 2025, a helicopter belonging to the air force fired on a pickup carrying fighters near Anefis.",
])
def test_aircraft_named_with_their_owner_strike_from_the_air(text):
    assert score_texts([text])[0].best == "AIR_STRIKE", cue_hits(text)


def test_a_passive_killing_by_fire_is_an_attack_cue():
    text = "Three carters were burned alive in their cart by unidentified gunmen on the track to Dinangourou."
    assert "ATTACK" in cue_hits(text)


@pytest.mark.parametrize("text", [
    "On 2 June 2025, a bus driver was burned alive by JNIM militants near Boulkessi for defying the blockade.",
    "On 9 June 2025, three traders were executed by militants near Boni for breaking the siege of the town.",
])
def test_a_blockade_that_is_only_the_motive_leaves_the_killing(first_event, text):
    ev = first_event(text)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack"), ev


def test_a_blockade_imposed_is_still_the_event(first_event):
    ev = first_event("On 4 June 2025, JNIM militants imposed a blockade on Lere, forbidding lorries to enter it.")
    assert ev.event_type == "Strategic developments", ev


def test_protesters_who_clash_with_the_police_make_a_violent_demonstration(first_event):
    ev = first_event("Traders in Sikasso protesting a new market tax clashed with the police, who shot at the crowd; "
                     "two traders died.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration"), ev


def test_goods_carried_off_from_premises_broken_into_are_looting():
    text = "Gunmen broke into the warehouse of a cooperative near Ansongo and made off with fuel and motorbikes."
    assert score_texts([text])[0].best == "PROPERTY_DISTRUCT", cue_hits(text)


def test_people_killed_in_a_break_in_are_still_attacked(first_event):
    ev = first_event("Armed men broke into a compound near Tominian, shot dead the owner and took his motorbike.")
    assert ev.event_type == "Violence against civilians", ev


def test_a_place_destroyed_under_gunfire_is_an_attack_on_civilians(first_event):
    ev = first_event("On 3 July 2025, suspected militants opened fire and torched a cafe in the town of Ansongo. "
                     "No one was hurt.")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack"), ev


def test_a_place_destroyed_without_shots_stays_a_destruction(first_event):
    ev = first_event("On 3 July 2025, suspected militants torched a cafe in the town of Ansongo. No one was hurt.")
    assert ev.sub_event_type == "Looting/property destruction", ev
