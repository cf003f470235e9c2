"""A device spotted, detected or located is a disrupted weapon use only when the verb tells of the device itself."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.classifier import cue_hits


@pytest.mark.parametrize("text", [
    "A suspected IED was spotted by a FAMa patrol on the track between Boulkessi and Mondoro.",
    "Soldiers detected two landmines on the road and destroyed them.",
    "Engineers located an explosive device buried near the bridge.",
])
def test_a_device_spotted_is_a_disrupted_weapon(text):
    assert "DISR_WEAP" in cue_hits(text), cue_hits(text)


@pytest.mark.parametrize("text", [
    "A surveillance drone spotted militants gathering near the village, and the army attacked them.",
    "Gunmen fired on the market located near the mine, killing three traders.",
    "The army detected movements of fighters and shelled their positions with mortars.",
])
def test_spotting_beside_a_weapon_word_is_no_disrupted_weapon(text):
    assert "DISR_WEAP" not in cue_hits(text), cue_hits(text)
