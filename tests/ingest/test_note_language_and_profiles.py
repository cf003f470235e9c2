"""A note's language told by a few function words before langdetect, and langdetect's profiles loaded from
sitrep's cache (``language_profiles``): the same table as langdetect's own loader builds, the same answers."""

from __future__ import annotations

import pytest

from sitrep.ingest import language, language_profiles


@pytest.mark.parametrize("note, told", [
    ("On 3 March 2024, militants killed two of the villagers and burned their granaries in Kiri (Nord).", "en"),
    ("On 12 December 2025, JNIM militants killed five civilians at the market of Bourasso (Kossi, Boucle du Mouhoun).",
     "en"),
    ("Le 3 mars 2024, des hommes armés ont tué deux civils dans le village de Kiri, selon une source locale.", "fr"),
    ("LE 3 MARS 2024, DES HOMMES ARMES ONT TUE DEUX CIVILS DANS LE VILLAGE DE KIRI.", "fr"),
])
def test_a_note_with_a_few_function_words_of_one_language_is_told_without_langdetect(note, told, monkeypatch):
    monkeypatch.setattr(language, "_by_langdetect", lambda sample: pytest.fail("langdetect asked"))
    assert language._by_function_words(note[:language.SAMPLE_CHARS]) is None  # too short for the shares
    assert language.english_or_french(note) == told


def test_a_place_of_french_name_does_not_make_an_english_note_french(monkeypatch):
    # « Est », « Boucle du Mouhoun »: French words in the names of an English note's places
    note = "On 5 February 2024, suspected militants shot dead 4 civilians near Piela (Gnagna, Est), Boucle du Mouhoun."
    assert language._by_few_function_words(note) is None
    asked = []
    monkeypatch.setattr(language, "_by_langdetect", lambda sample: asked.append(sample) or "en")
    assert language.english_or_french(note) == "en" and asked


def test_notes_langdetect_reads_agree_with_detect_language():
    for note in ("Gunmen killed a gendarme in Dori on Monday.", "Des hommes armés ont tué un gendarme à Dori lundi.",
                 "Bandits abducted 4 herders near Gorom-Gorom (Oudalan, Sahel).", "12 / 04 / 2026"):
        assert language.english_or_french(note) == ("fr" if language.detect_language(note)[0] == "fr" else "en")


def test_the_cached_profiles_are_langdetects_own_table(tmp_path, monkeypatch):
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    language_profiles.detector_factory.cache_clear()
    built = language_profiles.detector_factory()  # built and stored
    language_profiles.detector_factory.cache_clear()
    loaded = language_profiles.detector_factory()  # read from the cache
    language_profiles.detector_factory.cache_clear()
    own = DetectorFactory()
    own.load_profile(PROFILES_DIRECTORY)
    assert list(tmp_path.glob("langdetect-profiles-*.artifact"))
    for factory in (built, loaded):
        assert factory.langlist == own.langlist
        assert set(factory.word_lang_prob_map) == set(own.word_lang_prob_map)
        for ngram in ("a", "th", "les", "é", " d"):
            assert factory.word_lang_prob_map[ngram] == own.word_lang_prob_map[ngram]


def test_langdetect_through_the_cached_profiles_answers_as_langdetect():
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    for text in ("Gunmen killed a gendarme in Dori on Monday.", "Hombres armados atacaron el pueblo de Boni el martes.",
                 "Bewaffnete Männer haben am Dienstag das Dorf Boni angegriffen.", "Des hommes armés ont tué un civil."):
        assert language._by_langdetect(text) == detect(text)
