"""A text needs 20 letters before its language is told (the count stops at the 20th)."""

from __future__ import annotations

import pytest

from sitrep.ingest.language import detect_language


@pytest.mark.parametrize("letters,told", [(19, False), (20, True)])
def test_twenty_letters_are_enough(letters, told, monkeypatch):
    import sitrep.ingest.language as language

    monkeypatch.setattr(language, "_by_langdetect", lambda sample: "xx")
    text = " 1, 2; ".join("ab" * (letters // 2) + "c" * (letters % 2))
    assert sum(ch.isalpha() for ch in text) == letters
    assert (detect_language(text)[1] != "too short") is told


def test_letters_past_the_sample_do_not_count():
    assert detect_language("1" * 1000 + "abcdefghijklmnopqrstuvwxyz" * 4) == (None, "too short")
