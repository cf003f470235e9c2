"""Tolls told after their incident under a label (« Bilan : 12 civils tués. ») and dead told with no figure.

« Bilan » is also a town's name in the world gazetteer: as the label before a colon that opens the toll's
sentence it is no place, so the toll is the attack's told just before.  "Civilians were killed" with no number
is an unquantified toll: the event carries it (``vague``), and the ACLED row codes 0, as ACLED does when no
number is reported.
"""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities

from .conftest import make_document


def _events(analyzer, text: str, language: str):
    return analyzer.analyse(make_document(text, language=language)).events


@pytest.mark.parametrize("text, killed", [
    ("Des hommes armés ont attaqué le village de Sobané lundi. Bilan : 12 morts.", 12),
    ("Des jihadistes ont attaqué le marché de Dinangourou dans le cercle de Koro. "
     "Bilan : neuf civils tués, selon un élu.", 9),
    ("Gunmen stormed the village of Ogossagou on Monday night. Toll: 14 villagers killed.", 14),
])
def test_a_labelled_toll_after_the_attack_is_its_toll(default_analyzer, text, killed):
    language = "en" if text.startswith("Gunmen") else "fr"
    events = _events(default_analyzer, text, language)
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.low == killed
    assert events[0].span.char_end == len(text)  # the toll's sentence is quoted with the attack


@pytest.mark.parametrize("text, language, expected", [
    # dead in the plural with no figure: ACLED's low estimate, 3, with the rule named
    ("des civils ont été tués", "fr", (3, None, True)),
    ("civilians were killed", "en", (3, None, True)),
    ("plusieurs villageois ont été exécutés", "fr", (3, None, False)),  # "several" keeps its floor, no estimate
    ("Twelve civilians were killed", "en", (12, 12, False)),
    ("des civils ont été blessés", "fr", None),  # the wounded are no toll of the dead
    ("civilians were wounded", "en", None),
])
def test_dead_told_with_or_without_a_figure(text, language, expected):
    killed, _ = find_fatalities(text, language)
    assert (killed.low, killed.high, bool(killed.estimate)) == expected if expected else killed is None, killed


def test_the_event_carries_an_unquantified_toll_and_a_later_figure_replaces_it(default_analyzer):
    text = ("Des hommes armés ont attaqué le village de Sobané lundi soir, et des civils ont été tués. "
            "Bilan : 12 civils tués.")
    events = _events(default_analyzer, text, "fr")
    assert len(events) == 1 and events[0].fatalities.low == 12
    only = _events(default_analyzer, "Gunmen attacked the village of Sobane on Monday and civilians were killed.", "en")
    assert only[0].fatalities is not None and only[0].fatalities.low == 3 and only[0].fatalities.estimate
