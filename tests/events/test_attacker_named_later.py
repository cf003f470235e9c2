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
