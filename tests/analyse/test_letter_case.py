"""Text written wholly in capitals is read in ordinary case (``analyse.letter_case``): a note in capitals gives the
event its ordinary-case twin gives, in English and in French, and its language is told as the twin's."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.letter_case import restore_case, shouted_stretches
from sitrep.ingest.language import detect_language
from sitrep.model import Document, Published, Segment

EN_CAPS = ("ON 3 MARCH 2024, SUSPECTED JNIM MILITANTS AMBUSHED A FAMA CONVOY NEAR BONI (DOUENTZA, MOPTI). FOUR "
           "SOLDIERS WERE KILLED AND TWO VEHICLES WERE BURNED.")
FR_CAPS = ("LE 2 AVRIL 2023, LES FAMA ONT NEUTRALISE UNE DIZAINE DE TERRORISTES LORS D'UNE OPERATION DE RATISSAGE A "
           "SOKOLO (CERCLE DE NIONO, REGION DE SEGOU).")


@pytest.fixture(scope="module")
def knowledge(default_analyzer):
    return default_analyzer.knowledge


def test_a_note_in_capitals_takes_ordinary_case(knowledge):
    restored = restore_case(EN_CAPS, "en", knowledge)
    assert len(restored) == len(EN_CAPS)
    assert restored.startswith("On 3 March 2024, suspected JNIM militants ambushed a FAMA convoy near Boni (Douentza, ")
    assert restored.endswith(". Four soldiers were killed and two vehicles were burned.")


def test_names_of_several_words_and_months_by_their_day(knowledge):
    text = "IS SAHEL FIGHTERS KILLED FIVE FRENCH SOLDIERS ON TUESDAY. THE MARCH ON 23 MARCH WAS PEACEFUL."
    restored = restore_case(text, "en", knowledge)
    assert restored == "IS Sahel fighters killed five French soldiers on Tuesday. The march on 23 March was peaceful."


def test_datelines_and_acronym_lists_are_left_alone(knowledge):
    for text in ("BAMAKO, Mali (AP) — JNIM AND ISGS said", "GAO (Mali), 14 novembre – Des hommes armés ont attaqué"):
        assert shouted_stretches(text) == [] and restore_case(text, "en", knowledge) == text


def test_a_headline_in_capitals_is_restored_and_the_body_kept(knowledge):
    text = "NIONO : DEUX COMMERCANTS ENLEVES PAR DES JIHADISTES. Le 3 fevrier 2024, des elements du JNIM"
    restored = restore_case(text, "fr", knowledge)
    assert restored == "Niono : deux commercants enleves par des jihadistes. Le 3 fevrier 2024, des elements du JNIM"


def test_a_french_word_is_no_foreign_hamlet(knowledge):
    """« BETAIL » is « bétail », not Bétaille in France: a gazetteer name counts in the Sahel or as a city."""
    text = "DES HOMMES ARMES ONT EMPORTE LEUR BETAIL PRES DE KORO"
    assert restore_case(text, "fr", knowledge) == "Des hommes armes ont emporte leur betail pres de Koro"


def test_a_note_in_capitals_is_told_in_its_language():
    assert detect_language(FR_CAPS)[0] == "fr"
    assert detect_language("LE 14 JUILLET 2024, DES HOMMES ARMES ONT TUE TROIS BERGERS PRES DE KORO (REGION DE "
                           "MOPTI).")[0] == "fr"


def _event(analyzer, text: str, language: str, day: str):
    doc = Document(doc_id=f"caps-{len(text)}-{language}", source="test", text=text, language=language,
                   published=Published(date=dt.date.fromisoformat(day)),
                   segments=[Segment(char_start=0, char_end=len(text))])
    events = analyzer.analyse(doc).events
    assert events, text
    e = events[0]
    return (e.event_type, e.sub_event_type, e.fatalities.low if e.fatalities else None,
            e.place.place_id if e.place else None)


@pytest.mark.parametrize("caps, twin, language, day", [
    (EN_CAPS, "On 3 March 2024, suspected JNIM militants ambushed a FAMa convoy near Boni (Douentza, Mopti). Four "
              "soldiers were killed and two vehicles were burned.", "en", "2024-03-03"),
    (FR_CAPS, "Le 2 avril 2023, les FAMa ont neutralisé une dizaine de terroristes lors d'une opération de ratissage à "
              "Sokolo (cercle de Niono, région de Ségou).", "fr", "2023-04-02"),
])
def test_a_note_in_capitals_gives_its_twins_event(default_analyzer, caps, twin, language, day):
    assert _event(default_analyzer, caps, language, day) == _event(default_analyzer, twin, language, day)
