"""Dead told without a figure: ACLED's low estimate of 3, named as the rule, and never above a source's figure.

The sentences are written for this test (invented places); none comes from the evaluation notes.
"""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import UNNUMBERED_ESTIMATE, find_fatalities
from sitrep.fuse.consensus import consensus_fatalities, fatality_rule
from sitrep.model import Fatalities

from .conftest import make_document


@pytest.mark.parametrize("text, language", [
    ("Gunmen on motorbikes raided the cattle market of Wendou and killed villagers before riding off.", "en"),
    ("Traders were reportedly killed when the convoy was stopped near Koubel.", "en"),
    ("The statement spoke of an unknown number of dead among the defenders of Sorgo.", "en"),
    ("A number of people were killed when the bus hit a mine near Tinakoff.", "en"),
    ("Des hommes armés ont tué des villageois au puits de Pétéga.", "fr"),
    ("L'explosion a fait des morts parmi les passagers du car.", "fr"),
    ("Un nombre indéterminé de civils ont été tués à Boni.", "fr"),
])
def test_dead_in_the_plural_without_a_figure_are_coded_three_with_the_rule(text, language):
    killed, _ = find_fatalities(text, language)
    assert killed is not None, text
    assert (killed.low, killed.high, killed.estimate) == (3, None, UNNUMBERED_ESTIMATE)
    assert killed.phrase and killed.phrase in text


@pytest.mark.parametrize("text, language", [
    ("Casualties unknown.", "en"),  # not known whether anyone died: ACLED codes 0
    ("There were no casualties.", "en"),
    ("The army said the militants suffered heavy losses.", "en"),  # losses, not a count of the dead
    ("Several villagers were wounded in the raid on Dagara.", "en"),
    ("Aucune victime n'est à déplorer.", "fr"),
])
def test_no_estimate_where_no_dead_are_told(text, language):
    killed, _ = find_fatalities(text, language)
    assert killed is None or killed.low is None, killed


def test_a_stated_figure_or_the_several_floor_is_no_estimate():
    killed, _ = find_fatalities("Nine herders were killed at the water point.", "en")
    assert (killed.low, killed.estimate) == (9, "")
    killed, _ = find_fatalities("Several herders were killed at the water point.", "en")
    assert (killed.low, killed.estimate) == (3, "")


def _estimate() -> Fatalities:
    return Fatalities(low=3, high=None, phrase="civilians were killed", estimate=UNNUMBERED_ESTIMATE)


def test_the_estimate_gives_the_event_its_toll_and_names_the_rule():
    chosen = consensus_fatalities([_estimate()])
    assert chosen == (3, 3, 3)
    assert UNNUMBERED_ESTIMATE in fatality_rule([_estimate()], chosen)


def test_a_source_figure_wins_over_the_estimate_even_when_smaller():
    two = Fatalities(low=2, high=2, phrase="two civilians were killed")
    assert consensus_fatalities([_estimate(), two]) == (2, 2, 2)
    twelve = Fatalities(low=12, high=12, phrase="twelve civilians were killed")
    chosen = consensus_fatalities([_estimate(), twelve])
    assert chosen == (12, 12, 12)  # the estimate's 3 is no lower bound beside a stated figure
    assert UNNUMBERED_ESTIMATE not in fatality_rule([_estimate(), twelve], chosen)


def test_a_later_figure_replaces_the_estimate_on_the_event(default_analyzer):
    text = ("Gunmen attacked the hamlet of Toéni on Tuesday evening and killed villagers. "
            "Seven people died, a local councillor said.")
    events = [e for e in default_analyzer.analyse(make_document(text, language="en")).events
              if e.event_type == "Violence against civilians"]
    assert events and events[0].fatalities is not None
    assert (events[0].fatalities.low, events[0].fatalities.estimate) == (7, "")
