"""What a note's writer marks as coded separately is blanked before the sentence is classified."""

from __future__ import annotations

from sitrep.analyse.events.classifier import without_told_apart


def test_the_clause_opened_by_after_is_blanked_and_offsets_hold():
    text = "Fighting broke out in Gao, a day after a protest against the rebels (coded separately)."
    out = without_told_apart(text)
    assert len(out) == len(text)
    assert "protest" not in out and "Fighting broke out in Gao, a day" in out


def test_a_sentence_with_no_opener_is_blanked_whole():
    text = "Militants attacked army posts in four towns (coded separately)."
    assert without_told_apart(text).strip() == "."


def test_french_marker_and_opener():
    text = "Des hommes armés ont tué trois commerçants, après un affrontement près de la ville (codé séparément)."
    out = without_told_apart(text, "fr")
    assert "affrontement" not in out and "tué trois commerçants" in out


def test_text_without_marker_is_unchanged():
    text = "Soldiers clashed with militants after an ambush (Mopti)."
    assert without_told_apart(text) == text


def test_aircraft_that_fired_are_an_air_strike_in_both_languages():
    from sitrep.analyse.events.classifier import score_texts

    en = score_texts(["On 3 May, army helicopters fired on militants near the border."])[0]
    fr = score_texts(["Le 3 mai, des hélicoptères de l'armée ont tiré sur des jihadistes près de la frontière."], "fr")[0]
    assert (en.best, fr.best) == ("AIR_STRIKE", "AIR_STRIKE")
