"""One list of things destroyed (``data/property_words_en.tsv``) behind both property cues: the active one ("blew up
the bridge") and the passive one ("the bridge was blown up"), through the ``{property:KIND}`` placeholder."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.classifier import cue_hits, load_cues, with_property_words


def test_no_cue_keeps_a_placeholder():
    assert not any("{property:" in cue.regex for cue in load_cues("en"))


def test_a_misspelt_kind_is_an_error_not_a_silent_miss():
    with pytest.raises(KeyError):
        with_property_words(r"\b(?:{property:bridgez})\b")


def test_the_placeholder_is_the_table_s_words():
    regex = with_property_words(r"\b(?:{property:infrastructure})\b")
    assert "bridges?" in regex and "{" not in regex


@pytest.mark.parametrize("text", [
    "Gunmen blew up the bridge near Boni.",
    "The bridge near Boni was blown up by gunmen.",
    "Armed men destroyed the telecommunication antenna of Hombori.",
    "The telecommunication antenna of Hombori was destroyed by armed men.",
    "An NGO vehicle was set on fire by armed men near Menaka.",
])
def test_both_voices_read_the_same_things(text):
    assert "PROPERTY_DISTRUCT" in cue_hits(text, "en")
