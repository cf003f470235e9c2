"""The coder's bare count closing a note is its toll ("1 fatality.", "Three fatalities."), and a clause cut by the
parser at a place bracket keeps its toll (« près de San (San, San), faisant une dizaine de morts »)."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import coder_figure, find_fatalities


@pytest.mark.parametrize("text, dead", [
    ("Gunmen opened fire on a bus near Niono. The motive is unknown. 1 fatality.", 1),
    ("Militants raided a mining site. Three fatalities.", 3),
    ("The attack was claimed by JNIM; 12 fatalities.", 12),
])
def test_a_bare_closing_count_is_the_coders_figure(text, dead):
    killed = find_fatalities(text)[0]
    assert killed is not None and killed.low == dead and coder_figure(killed)


def test_a_count_of_fatalities_inside_a_clause_is_no_closing_count():
    assert find_fatalities("Officials said fatalities rose after the clashes near Gao.")[0] is None


def _analyse(analyzer, text: str, language: str = "en"):
    import datetime as dt

    from sitrep.model import Published

    from .seeds import make_document

    published = Published(date=dt.date(2024, 12, 1), is_estimate=False)
    return analyzer.analyse(make_document("t" * 16, text, published, language))


@pytest.mark.parametrize("text, day", [
    ("On 17 January 2024, the CMA announced the suspension of its participation in the follow-up committee.", 17),
    ("On 2 January 2024, JNIM declared a blockade of the town of Lere, forbidding traders to bring goods in.", 2),
])
def test_an_announced_act_is_dated_the_day_it_is_told(default_analyzer, text, day):
    events = _analyse(default_analyzer, text).events
    assert events and all(e.date.precision.value == "day" and e.date.earliest.day == day for e in events)


def test_a_notes_opening_day_holds_for_a_deed_it_reports(default_analyzer):
    # a coder's note opens on the event's day, year and all: that is the day ACLED codes, a saying included
    text = "On 17 January 2024, the army said that a drone strike had killed 12 militants near Gao."
    events = _analyse(default_analyzer, text).events
    assert events and events[0].date.precision.value == "day" and events[0].date.earliest.day == 17


def test_a_deed_reported_in_a_clause_of_the_news_keeps_the_week_before(default_analyzer):
    text = "Gao is tense. The army said on 17 January 2024 that a drone strike had killed 12 militants near Gao."
    events = _analyse(default_analyzer, text).events
    assert events and events[0].date.precision.value == "week"


@pytest.mark.parametrize("text, dead", [
    ("On 14 February 2022, FAMa soldiers clashed with JNIM militants near Dinangourou. The army said it had retaken "
     "control of the area by the evening. Fatalities coded as 9.", 9),
    ("On 3 June 2021, gunmen attacked the weekly market of Sofara, firing on traders. Shops were looted and the "
     "assailants left with several motorbikes. Fatalities coded as 6 for Sofara.", 6),
])
def test_the_coders_figure_is_the_first_events(default_analyzer, text, dead):
    events = _analyse(default_analyzer, text).events
    assert events[0].fatalities is not None and events[0].fatalities.low == dead


def test_a_toll_after_a_place_bracket_stays_with_its_deed(default_analyzer):
    text = ("Le 26 août 2024, des hommes armés ont attaqué un hameau près de San (San, San), faisant une dizaine "
            "de morts parmi les civils.")
    events = _analyse(default_analyzer, text, "fr").events
    assert any(e.fatalities is not None and e.fatalities.low == 10 for e in events)
