"""CASE-style snippets in the styles the hidden half tells often and the earlier sets did not, scored end to end.

``tests/data/case_blind_styles_9.tsv``: 42 snippets written here (main 26b1168) before any run, 30 ACLED events and
12 that are not, from South Asia, the Philippines, South Africa, Latin America, the Middle East and Africa: headlines
without verbs ("Grenade attack on police post in Pulwama; two cops, civilian hurt", "IED blast in Dantewada: 10 DRG
jawans, driver dead"); police and soldiers who fire tear gas at strikers or marchers beside those who fire live
rounds, and crowds who hurl petrol bombs; strikes and sit-ins; lynchings and crowds that set suspects alight;
grenades, air and drone strikes, a nerve agent and mustard-filled mortar shells, suicide bombers; and outside ACLED
(no CASE label: DIPLO, ATTRIB or a disaster, scored only for the violent events they must not yield) sports told in
war words ("Liverpool crush …", "Battle for the title", "Proteas demolish Pakistan attack"), court rulings ("Supreme
Court strikes down …"), elections, a bus off a road, a gas leak and epidemics.
Measured on main when written: end to end 0.8933 beside the classifier alone 0.9444, 2 ACLED snippets with no event,
2 non-ACLED snippets with a violent event (the title race and the bus read as battles).  After this round 1.0, none
without an event, no non-ACLED violent event: striking workers are a protest's crowd, "strikes down" is no strike,
mustard agent is a chemical weapon, an accident headline's present tense ("plunges") is an accident's, a prize
battle, a bowling attack and a batsman's century are a game's, and villagers who set suspects alight do mob justice.
Still read as a development: "Mpox cases surge … as WHO declares global emergency" (non-violent, not scored).
"""

from __future__ import annotations

import pytest

from .conftest import own_case_set

pytestmark = pytest.mark.xdist_group("quality")

# floors: the figure reached, less about a snippet's worth (one of 30 moves the weighted F1 by about 0.033)
styles, test_every_snippet_is_read, test_end_to_end_floor, test_few_snippets_yield_nothing = own_case_set(
    "case_blind_styles_9.tsv", snippets=42, acled=30, end_to_end_floor=0.96, no_event_ceiling=1)


def test_games_courts_and_crashes_stay_non_violent(styles):
    assert styles["non_acled_with_violent_event"] == 0


def test_strikers_fired_on_or_gassed_are_protesters(styles):
    assert styles["per_label_f1"]["FORCE_AGAINST_PROTEST"] >= 0.9 and styles["per_label_f1"]["PROTEST_WITH_INTER"] >= 0.9


def test_mustard_agent_is_a_chemical_weapon(styles):
    assert styles["per_label_f1"]["CHEM_WEAP"] >= 0.9
