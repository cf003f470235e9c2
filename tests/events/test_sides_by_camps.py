"""Event types and sides decided by who did what to whom, in notes written for this test in ACLED's style:

- a militia's detention (Koglweogo, VDP, Dozo, a self-defence group) is an abduction; the state's is an arrest
  (events/detentions.py);
- a killing whose victims the note does not call armed is an attack on civilians, whatever their trade; armed
  victims keep the battle (events/struck_party.py ``killed_unarmed``);
- forces that fight together are one side and an armed group is never beside the state's forces; the attacker
  of an attack the subject met ("repelled an attack by X", "came under fire from X") is side 1; helpers
  ("accompanied by", "alongside") are associated actors (events/sides.py, events/args.py camps)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from .conftest import most_confident_event


VAC, BATTLES, STRATEGIC = "Violence against civilians", "Battles", "Strategic developments"


# the most confident event of a text published on 1 March 2024
_first = partial(most_confident_event, published=dt.date(2024, 3, 1))


@pytest.mark.parametrize("text", [
    "On 11 February 2024, Koglweogo members detained four young men at the market of Dablo (Dablo, Sanmatenga).",
    "On 2 March 2023, VDP apprehended two herders suspected of informing militants near Sebba (Sebba, Yagha).",
    "On 9 April 2022, Dozo hunters arrested three Fulani traders at a checkpoint near Kouakourou (Djenne, Mopti).",
    "On 6 June 2023, a self-defence group arrested two men accused of stealing goats in Zitenga (Zitenga, Oubritenga).",
])
def test_a_militias_detention_is_an_abduction(default_analyzer, text):
    e = _first(default_analyzer, text)
    assert (e.event_type, e.sub_event_type) == (VAC, "Abduction/forced disappearance"), (e.sub_event_type, e.side1)


def test_the_states_detention_stays_an_arrest(default_analyzer):
    e = _first(default_analyzer,
               "On 14 May 2023, gendarmes and VDP arrested a local official in Dori (Dori, Seno) over alleged links "
               "with armed groups.")
    assert (e.event_type, e.sub_event_type) == (STRATEGIC, "Arrests")


@pytest.mark.parametrize("text", [
    "On 8 August 2023, gunmen killed six gold panners at a mining site near Kampti (Kampti, Poni).",
    "On 21 October 2022, unidentified armed men shot dead a lorry driver near Mondoro (Douentza, Mopti).",
    "On 30 January 2024, suspected JNIM militants stormed a cattle market near Tenkodogo (Tenkodogo, Boulgou) "
    "and killed four livestock dealers.",
])
def test_killing_people_not_called_armed_is_an_attack(default_analyzer, text):
    e = _first(default_analyzer, text)
    assert (e.event_type, e.sub_event_type) == (VAC, "Attack")


@pytest.mark.parametrize("text", [
    "On 8 August 2023, suspected JNIM militants killed three VDP near Kampti (Kampti, Poni).",
    "On 21 October 2022, gunmen killed two peacekeepers near Douentza (Douentza, Mopti).",
])
def test_killing_armed_people_stays_a_battle(default_analyzer, text):
    assert _first(default_analyzer, text).event_type == BATTLES


def test_allies_joined_by_a_reciprocal_verb_are_one_side(default_analyzer):
    e = _first(default_analyzer,
               "On 4 April 2023, soldiers and VDP clashed near Tougan (Tougan, Sourou), killing eight militants.")
    assert set(e.side1) == {"burkina-faso-armed-forces", "vdp"}, (e.side1, e.side2)
    assert not e.side2


def test_between_allies_and_their_enemy(default_analyzer):
    e = _first(default_analyzer,
               "On 12 January 2024, fighting broke out between FAMa and Wagner forces on one side and JNIM militants "
               "on the other near Diabaly (Niono, Segou).")
    assert set(e.side1) == {"malian-armed-forces", "wagner-group"} and e.side2 == ["jnim"], (e.side1, e.side2)


@pytest.mark.parametrize("text", [
    "On 7 July 2023, troops and VDP repelled an attack by JNIM militants in Kelbo (Kelbo, Soum).",
    "On 7 July 2023, an army unit and VDP came under fire from JNIM militants near Kelbo (Kelbo, Soum).",
])
def test_the_attacker_met_is_side_one_and_never_beside_the_troops(default_analyzer, text):
    e = _first(default_analyzer, text)
    assert e.side1 == ["jnim"], (e.side1, e.side2)
    assert {"burkina-faso-armed-forces", "vdp"} <= set(e.side2)


def test_an_attack_carried_out_keeps_its_doer(default_analyzer):
    e = _first(default_analyzer,
               "On 17 May 2022, JNIM militants carried out an ambush by IED and gunfire against an army convoy near "
               "Mansila (Mansila, Yagha).")
    assert e.side1[:1] == ["jnim"], (e.side1, e.side2)


def test_a_helper_is_an_associated_actor(default_analyzer):
    e = _first(default_analyzer,
               "On 25 March 2024, Malian soldiers, accompanied by Dozo hunters, fought JNIM militants near Macina "
               "(Macina, Segou).")
    assert e.side1 == ["malian-armed-forces"] and "dozo-militia" in e.assoc1 and e.side2 == ["jnim"], \
        (e.side1, e.assoc1, e.side2)


def test_a_militia_beside_the_army_is_not_its_enemy(default_analyzer):
    e = _first(default_analyzer,
               "On 25 March 2024, FAMa and the Dozo fought Katiba Macina militants near Macina (Macina, Segou).")
    assert set(e.side1) == {"malian-armed-forces", "dozo-militia"} and e.side2 == ["katiba-macina"], (e.side1, e.side2)


def test_arrested_men_found_dead_is_an_attack(default_analyzer):
    e = _first(default_analyzer,
               "On 19 September 2023, soldiers arrested about fifteen men at the fair of Nassoumbou (Djibo, Soum). "
               "The bodies of at least nine of them were found the following day.")
    assert (e.event_type, e.sub_event_type) == (VAC, "Attack")


def test_an_arrest_beside_other_bodies_stays_an_arrest(default_analyzer):
    e = _first(default_analyzer,
               "On 19 September 2023, gendarmes arrested two men suspected of killing a herder in Gorom-Gorom "
               "(Gorom-Gorom, Oudalan). The body of the herder had been found a week earlier.")
    assert (e.event_type, e.sub_event_type) == (STRATEGIC, "Arrests")
