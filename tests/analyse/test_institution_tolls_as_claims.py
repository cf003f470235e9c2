"""An institution's toll is that institution's statement, a claim: a toll given or set ("the government put the toll
at 11", "gave a toll of six dead", "put the number of gendarmes killed at three", « Le bilan officiel, communiqué par
le ministère, fait état de … »), a country's government told with its possessive ("Burkina Faso's government"), and an
official toll whose issuer is not named (« selon un bilan officiel », "according to official figures"), which is the
government of the country the story is about.  A toll without an issuer and not called official (« Le bilan fait état
de … », "the toll rose to 12") is no claim.  Own sentences, not copied from any set."""

from __future__ import annotations

import datetime as dt

import pytest


from .small_world import one_paragraph


def _speakers(analyzer, text: str, doc_id: str, language: str) -> list[str]:
    doc = one_paragraph(text, dt.date(2026, 11, 30), doc_id=doc_id).model_copy(update={"language": language})
    return [c.speaker for c in analyzer.analyse(doc).claims]


@pytest.mark.parametrize("text, language, speaker", [
    ("Gunmen attacked a gold mine near Kayes on Sunday, residents said. The government put the toll at six dead.",
     "en", "government-of-mali"),
    ("Suspected jihadists ambushed a convoy near Dori on Monday. Burkina Faso's government gave a toll of four dead.",
     "en", "government-of-burkina-faso"),
    ("Jihadists attacked a gendarmerie post near Téra on Friday. In a statement, the government put the number of "
     "gendarmes killed at three.", "en", "government-of-niger"),
    ("Des hommes armés ont attaqué une foire près de Kayes, au Mali, jeudi. Le bilan officiel, communiqué par le "
     "gouvernement, fait état de cinq morts.", "fr", "government-of-mali"),
    ("Un minibus a sauté sur une mine mardi près de Douentza, au Mali. Selon un bilan officiel, six passagers ont "
     "péri.", "fr", "government-of-mali"),
    # a side's own losses set with the same verbs, and what it says after "and said"
    ("Jihadists attacked an army post near Boni on Monday. The army put its losses at two dead and four wounded, and "
     "said about twenty assailants had been killed.", "en", "malian-armed-forces"),
    ("Des jihadistes ont attaqué un poste militaire près de Boni lundi. L'armée a chiffré ses pertes à deux morts et "
     "quatre blessés.", "fr", "malian-armed-forces"),
])
def test_an_institutions_toll_is_its_claim(default_analyzer, text, language, speaker):
    assert speaker in _speakers(default_analyzer, text, "t" + language * 4 + "x" * 7, language)


@pytest.mark.parametrize("text, language", [
    ("Un minibus a sauté sur une mine mardi près de Douentza, au Mali. Le bilan fait état de six morts.", "fr"),
    ("A minibus hit a mine near Douentza in Mali on Tuesday. The toll rose to 12 on Wednesday.", "en"),
])
def test_a_toll_without_an_issuer_is_no_claim(default_analyzer, text, language):
    assert _speakers(default_analyzer, text, "u" + language * 4 + "y" * 7, language) == []


@pytest.mark.parametrize("text, language, place", [
    # the journey's two ends are no spot: the distance says where on the road
    ("Un car reliant Gao à Mopti a heurté jeudi une mine à une vingtaine de kilomètres de Hombori.", "fr", "Hombori"),
    ("A bus linking Gao to Mopti struck a landmine on Thursday 20 km from Hombori.", "en", "Hombori"),
])
def test_a_spot_told_by_its_distance_beats_the_ends_of_the_journey(default_analyzer, text, language, place):
    doc = one_paragraph(text, dt.date(2026, 11, 30), doc_id="r" + language * 4 + "z" * 7).model_copy(
        update={"language": language})
    events = default_analyzer.analyse(doc).events
    assert events and events[0].place is not None and events[0].place.name == place
