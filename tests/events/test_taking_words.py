"""The words of people taken, missing or whose fate is hidden (``sitrep.analyse.events.taking_words``): each word by
which the abduction cues propose an abduction is one of a taking, of people missing, or of a hidden fate, so that the
rules deciding between an abduction and a count of the missing read the same words as the cues."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.classifier import load_cues
from sitrep.analyse.events.taking_words import DISAPPEARED, MISSING, TAKEN

_CUE_WORDS = {
    "en": ("abducted", "kidnapped", "hostages", "held captive", "in captivity", "forcibly disappeared",
           "enforced disappearance", "went missing"),
    "fr": ("enlevés", "kidnappées", "otages", "rapt", "disparitions forcées", "portés disparus", "séquestrés"),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_abduction_cue_word_is_a_taking_missing_or_a_hidden_fate(language):
    cues = [c.pattern for c in load_cues(language) if c.label == "ABDUCT_DISSAP"]
    for word in _CUE_WORDS[language]:
        assert any(p.search(word) for p in cues), word  # (the cue still reads it)
        assert TAKEN.search(word) or MISSING.search(f"sont {word}") or MISSING.search(word) or DISAPPEARED.search(word), word


def test_missing_is_no_taking_and_a_hidden_fate_is_no_arrest():
    assert MISSING.search("quatre soldats sont portés disparus") and not TAKEN.search("quatre soldats sont portés disparus")
    assert MISSING.search("four soldiers remain missing") and not TAKEN.search("four soldiers remain missing")
    assert TAKEN.search("four soldiers were taken away and remain missing")
    assert DISAPPEARED.search("arrêté puis porté disparu") and DISAPPEARED.search("their whereabouts remain unknown")
    assert not DISAPPEARED.search("arrested and taken to the gendarmerie")
