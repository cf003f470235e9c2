"""Attacks told without a classic attack verb, and strikes told in the army's or the insurgents' own words
(``data/event_cues_en.tsv``): a post or convoy "targeted by assailants", "the target of an assault", "hit by
gunmen", "subjected to gunfire"; soldiers who "engaged" or "made contact with" an armed band; "aerial vectors",
"air assets" and "aerial means" that strike; kamikaze, suicide and explosive-laden drones.  Without these cues the
first read as nothing (or as a base set up), the second as a strike by workers or a suicide bombing."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.classifier import cue_hits, score_texts


@pytest.mark.parametrize("text", [
    "On 4 May 2024, a gendarmerie outpost near Konna (Mopti, Mopti) was targeted by a group of gunmen at night.",
    "On 9 June 2023, an army convoy was the target of an assault between Gao and Ansongo (Ansongo, Gao).",
    "On 1 March 2024, the military camp of Boni (Douentza, Mopti) was hit by militants shortly before dawn.",
    "On 7 July 2024, positions of the national guard near Menaka were subjected to heavy gunfire for an hour.",
    "On 2 October 2023, a patrol of the army made contact with suspected jihadists north of Nara and fought them.",
    "On 8 January 2024, soldiers of the Diafarabe post engaged armed bandits who had been stealing cattle.",
])
def test_an_attack_told_without_an_attack_verb_is_a_fight(text):
    assert score_texts([text])[0].best == "ARMED_CLASH", cue_hits(text)


@pytest.mark.parametrize("text", [
    "On 5 May 2024, aerial vectors of the armed forces struck a camp of armed terrorists near Dioura.",
    "On 3 April 2024, the air assets of the army carried out strikes against rebel vehicles north of Kidal.",
    "On 6 June 2024, army aerial means destroyed a fuel depot of the militants near Boni.",
    "On 2 August 2024, rebels sent kamikaze drones against the airport of Kidal.",
    "On 9 September 2024, militants flew explosive-laden drones into the barracks of Menaka.",
    "On 1 July 2024, an FPV drone hit a military truck near Tessalit.",
])
def test_strikes_told_in_the_armys_or_the_rebels_words_are_air_or_drone_strikes(text):
    assert score_texts([text])[0].best == "AIR_STRIKE", cue_hits(text)


@pytest.mark.parametrize("text", [
    "Teachers went on strike in Bamako to demand unpaid bonuses.",
    "Transport unions held a strike on Monday over fuel prices.",
])
def test_a_work_stoppage_is_still_a_strike_for_protest(text):
    assert "PEACE_PROTEST" in cue_hits(text)


def test_military_strikes_on_a_target_are_not_a_protest_cue():
    assert "PEACE_PROTEST" not in cue_hits("The army carried out strikes on positions of the rebels near Aguelhok.")
