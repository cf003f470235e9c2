"""A note that tells an attack from the side attacked and names the attacker only in a later sentence
(events/attributed_doer.py), attackers pulling back after an assault (no place changed hands, events/outcomes.py),
and doers the actor base names by description: suspected militants, gendarmerie, an air force's strike."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, doer, attacked", [
    ("On 6 May 2024, a FAMa patrol was ambushed at dawn near Hombori (Douentza, Mopti). JNIM claimed the "
     "attack the next day in a communique.", "jnim", "malian-armed-forces"),
    ("On 2 June 2023, an army checkpoint near Ansongo (Ansongo, Gao) was attacked by men on motorbikes. The attack "
     "was later claimed by Islamic State Sahel.", "islamic-state-sahel", "malian-armed-forces"),
    ("On 9 April 2024, the army base of Menaka (Menaka, Menaka) was attacked for an hour. Security sources "
     "attributed the assault to JNIM fighters.", "jnim", "malian-armed-forces"),
])
def test_the_attacker_named_in_a_later_sentence_is_actor_one(first_event, text, doer, attacked):
    e = first_event(text)
    assert e.event_type == "Battles"
    assert e.side1[:1] == [doer], (e.side1, e.side2)
    assert attacked in e.side2


def test_a_later_claim_by_the_state_does_not_replace_the_doer(first_event):
    e = first_event("On 3 March 2024, JNIM militants attacked the army post of Sofara (Djenne, Mopti). The army "
                    "said it had repelled the attack.")
    assert e.side1[:1] == ["jnim"], (e.side1, e.side2)


@pytest.mark.parametrize("text", [
    "On 4 April 2024, a FAMa convoy was ambushed near Tonka (Goundam, Timbuktu). The assailants, suspected JNIM "
    "militants, withdrew after air support arrived.",
    "On 4 April 2024, gunmen attacked the post of Dioura (Tenenkou, Mopti). The attackers retreated after an hour "
    "of fighting.",
])
def test_attackers_pulling_back_hand_over_no_place(first_event, text):
    e = first_event(text)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash"), (e.sub_event_type, e.side1)


@pytest.mark.parametrize("text, doer", [
    ("On 5 April 2024, suspected militants shelled the army camp of Gao (Gao, Gao) with mortars.",
     "unidentified-armed-group-mali"),
    ("On 5 April 2024, the gendarmerie of Kati (Kati, Koulikoro) arrested two men accused of theft.",
     "malian-gendarmerie"),
    ("On 5 April 2024, an air strike by the Malian Air Force hit a camp near Nampala (Niono, Segou).",
     "malian-armed-forces"),
])
def test_doers_named_by_description(first_event, text, doer):
    assert first_event(text).side1[:1] == [doer]


@pytest.mark.parametrize("text, first, second", [
    ("On 7 May 2024, fighting opposed Islamic State Sahel militants and JNIM near Tessit (Ansongo, Gao).",
     "islamic-state-sahel", "jnim"),
    ("On 7 May 2024, clashes opposing Dozo hunters and Fulani militiamen took place near Macina (Macina, Segou).",
     "dozo-militia", "fulani-militia-mali"),
    ("On 7 May 2024, fighting opposed FAMa and Wagner to JNIM militants near Niono (Niono, Segou).",
     "malian-armed-forces", "jnim"),
])
def test_a_fight_opposing_x_and_y_puts_x_first(first_event, text, first, second):
    e = first_event(text)
    assert (e.side1[:1], e.side2[:1]) == ([first], [second]), (e.side1, e.side2)


@pytest.mark.parametrize("text, doer", [
    ("On 8 May 2024, a Malian army post near Tonka (Goundam, Timbuktu) was attacked by assailants whose identity "
     "is not known.", "unidentified-armed-group-mali"),
    ("On 8 May 2024, a FAMa convoy was ambushed by JNIM militants near Goundam (Goundam, Timbuktu).", "jnim"),
])
def test_the_owner_of_the_thing_attacked_is_no_doer(first_event, text, doer):
    e = first_event(text)
    assert e.side1[:1] == [doer], (e.side1, e.side2)
    assert "malian-armed-forces" in e.side2


@pytest.mark.parametrize("text, sub", [
    ("On 9 May 2024, JNIM militants raided a hamlet near Koro (Koro, Mopti) and drove away about 200 goats. "
     "Nobody was hurt.", "Looting/property destruction"),
    ("On 9 May 2024, gunmen raided Sama (Bankass, Mopti) and took the villagers' cattle.", "Looting/property destruction"),
    ("On 9 May 2024, JNIM militants raided a hamlet near Koro (Koro, Mopti) and drove away about 200 goats. "
     "Three herders were killed.", "Attack"),
    ("On 9 May 2024, gunmen raided Sama (Bankass, Mopti), shot a herder and took the villagers' cattle.", "Attack"),
])
def test_a_raid_that_only_takes_animals_is_looting(first_event, text, sub):
    assert first_event(text).sub_event_type == sub


@pytest.mark.parametrize("text, sub", [
    ("On 10 May 2024, FLA fighters took control of Lere (Niafunke, Timbuktu) after the army withdrew from the town.",
     "Non-violent transfer of territory"),
    ("On 10 May 2024, JNIM fighters seized the camp of Lere (Niafunke, Timbuktu) after the army withdrew, killing "
     "four soldiers of the rearguard.", "Non-state actor overtakes territory"),
])
def test_fighters_taking_a_place_left_to_them_met_no_fight(first_event, text, sub):
    assert first_event(text).sub_event_type == sub


@pytest.mark.parametrize("text, taker, left", [
    ("On 10 May 2024, FLA fighters took control of Lere (Niafunke, Timbuktu) after the army withdrew from the town.",
     "azawad-liberation-front", "malian-armed-forces"),
    ("On 3 March 2026, fighters of the Azawad Liberation Front seized the town of Ansongo after Malian troops withdrew "
     "from their base there.", "azawad-liberation-front", "malian-armed-forces"),
])
def test_a_place_left_to_its_taker_keeps_the_side_that_left(first_event, text, taker, left):
    # ACLED's actor 2 of a non-violent transfer is the party that left; control needs it as the former holder
    e = first_event(text)
    assert e.sub_event_type == "Non-violent transfer of territory", e.sub_event_type
    assert e.side1[:1] == [taker] and left in e.side2, (e.side1, e.side2)
