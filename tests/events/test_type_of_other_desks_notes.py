"""The event type of notes written the way other ACLED desks write them (Nigeria, DRC, Somalia, Sudan, Mozambique),
where the words the project was tuned on are missing or the event is not told first:

- a protest and the arrests among its crowd told in one sentence ("…; police arrested 12 of them"): ACLED codes the
  arrests as the protest's intervention, not as an arrest of its own;
- a crowd's violence told as a participle of its protest ("took to the streets, torching the police station"): the
  participle's doer is the crowd (a violent demonstration), not an unknown looter;
- strikes "from the air" and aircraft or drones that "bombarded" or "pounded" a target: an air or drone strike, not
  a fight because the dead are fighters;
- a town that "fell into the hands of" or "fell to" a party: a change of hands whose gainer is named after the verb,
  and one whose holders left "under fire" was fought for (not a non-violent transfer);
- a change of hands told without a cue word, or with it only in a relative clause in the pluperfect: the gainer is a
  doer of the sentence's own clauses, not of the relative clause that tells what the losers had done before
  ("dislodged fighters who had occupied the town");
- a killing "in an attack attributed to X": the blame hangs on the deed's noun, the sentence tells the deed;
- armed men "seen moving" or "spotted heading" somewhere: ACLED's change to group/activity (a movement), no attack.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "On 3 May 2024, hundreds of traders marched to the town hall of Sikasso to protest new taxes; gendarmes detained "
    "several demonstrators.",
    "On 8 March 2023, dozens of students gathered outside the governor's office in Mopti to demand their grants, and "
    "police arrested five of them.",
])
def test_arrests_among_the_crowd_told_with_its_protest_are_its_intervention(first_event, text):
    assert first_event(text).sub_event_type == "Protest with intervention"


def test_a_protest_against_an_arrest_stays_peaceful(first_event):
    text = "On 3 May 2024, hundreds of women marched in Gao to protest the arrest of their husbands by the gendarmes."
    assert first_event(text).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Youths marched through Kati on 2 May 2024 to denounce power cuts, setting fire to the town hall and two vehicles.",
    "On 2 May 2024, residents of Kita took to the streets over water shortages, ransacking the offices of the utility.",
])
def test_a_crowds_participle_of_destruction_is_a_violent_demonstration(first_event, text):
    event = first_event(text)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")


def test_a_marchs_peaceful_participle_keeps_it_peaceful(first_event):
    text = "On 2 May 2024, hundreds of residents of Kita marched to the prefecture, chanting slogans against the mayor."
    assert first_event(text).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "A militant camp near Nampala (Niono, Segou) was hit from the air on 4 March 2024, the army said, killing 8 fighters.",
    "On 6 June 2024, army aircraft pounded JNIM positions near Dioura, killing 12 militants according to the army.",
])
def test_a_target_struck_from_the_air_is_an_air_strike(first_event, text):
    assert first_event(text).sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text, sub", [
    ("On 4 April 2024, the village of Boni fell into the hands of JNIM fighters after the gendarmes left under fire.",
     "Non-state actor overtakes territory"),
    ("On 4 April 2024, the town of Lere fell to FAMa troops after two days of fighting.", "Government regains territory"),
])
def test_a_town_that_fell_to_a_party_changed_hands_to_it(first_event, text, sub):
    assert first_event(text).sub_event_type == sub


def test_the_gainer_without_a_cue_word_is_not_the_relative_clauses_doer(first_event):
    text = ("Authority over Lere (Niafunke, Timbuktu) was reestablished on 9 May 2023 after FAMa units drove out CSP "
            "fighters who had seized the camp in March.")
    assert first_event(text).sub_event_type == "Government regains territory"
    text = ("State control of Nampala was restored on 2 June 2023 when the army dislodged JNIM fighters who had "
            "occupied the town for a week.")
    assert first_event(text).sub_event_type == "Government regains territory"


def test_a_killing_in_an_attack_attributed_to_a_group_is_the_attack(first_event):
    text = ("On 5 June 2023, 9 villagers were killed in an attack on Diallassagou (Bankass, Mopti) attributed by "
            "residents to JNIM. Granaries were also burnt.")
    event = first_event(text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "On 3 August 2024, about 40 motorbikes carrying JNIM fighters were spotted heading towards Lere. No clash reported.",
    "On 3 August 2024, heavily armed men on pick-ups were sighted crossing the river near Ansongo (Gao), residents said.",
])
def test_armed_men_seen_moving_are_a_change_to_group_activity(first_event, text):
    assert first_event(text).sub_event_type == "Change to group/activity"
