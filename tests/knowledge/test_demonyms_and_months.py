"""One table of country adjectives and one test of "another month", each read by every stage that asks.

The army names once kept their own list of adjectives beside the outlets' table, and "Spanish" was in only
one of them: "the Spanish Army" became a rebel movement.  Background dating and the fused tolls each
compared months their own way.  Here the shared readers are checked on words any writer uses.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.background import _another_months_deed
from sitrep.knowledge.army_names import SOME_COUNTRY, country_of_words, kind_of_named_group, state_force_id
from sitrep.knowledge.demonyms import DEMONYMS, country_of_demonym, demonym
from sitrep.knowledge.gazetteer import country_aliases
from sitrep.knowledge.months import another_month, month_number, months_named
from sitrep.model import DateInterval, Precision


@pytest.mark.parametrize("word, country", [
    ("Spanish", "ES"), ("spanish", "ES"), ("Burkinabè", "BF"), ("Filipino", "PH"), ("Philippine", "PH"),
    ("U.S.", "US"), ("American", "US"), ("Portuguese", "PT"), ("Danish", "DK"), ("Thai", "TH"),
])
def test_a_listed_adjective_names_its_country(word, country):
    assert country_of_demonym(word) == country


def test_an_unlisted_word_names_no_country():
    assert country_of_demonym("Liberation") is None
    assert country_of_demonym("Kachin") is None


def test_labels_show_the_first_form_and_a_code_without_one():
    assert demonym("ru") == "Russian"
    assert demonym("US") == "US"  # "US state media", not "American state media"
    assert demonym("ZZ") == "ZZ"
    assert DEMONYMS["BF"] == "Burkinabe"


@pytest.mark.parametrize("words, country", [
    ("Spanish", "ES"), ("Nigerian", "NG"), ("Sri Lankan", "LK"), ("Myanmar's", "MM"), ("Royal Thai", "TH"),
    ("Kenyan", "KE"), ("Burkina Faso", "BF"), ("Afghan National", "AF"),
])
def test_a_country_s_words_give_its_code(words, country):
    assert country_of_words(words.split()) == country


def test_words_with_no_country_are_the_story_s_state_or_a_movement():
    assert country_of_words(["National"]) == SOME_COUNTRY
    assert country_of_words(["Kachin", "Independence"]) is None


def test_a_state_force_id_carries_its_kind():
    assert state_force_id("ES", "police") == "state:police-es"
    assert kind_of_named_group(state_force_id("KE", "military")) == "state_forces"


def test_the_gazetteer_shares_its_country_short_forms():
    aliases = country_aliases()
    assert "Burma" in aliases["MM"] and "UK" in aliases["GB"]


def test_month_names_read_in_both_languages():
    assert month_number("Février") == 2 and month_number("august") == 8 and month_number("Monday") is None
    assert months_named("En octobre, des jihadistes avaient tué onze soldats") == {10}
    assert months_named("The toll may rise, officials said in may.") == set()  # "may" lower case is a verb


def test_another_month_needs_both_sides_and_no_shared_month():
    assert another_month({10}, {12})
    assert not another_month({10, 12}, {12})
    assert not another_month(set(), {12})
    assert not another_month({10}, set())


@pytest.mark.parametrize("month, article_day, another", [
    ((2026, 10), dt.date(2026, 12, 22), True),   # October told in a late-December story
    ((2026, 11), dt.date(2026, 12, 22), False),  # November ended within the month before the story
    ((2026, 11), dt.date(2026, 12, 28), False),
    ((2026, 11), dt.date(2027, 1, 2), True),    # ended over a month before the story's day
    ((2026, 12), dt.date(2026, 12, 22), False),  # the story's own month
])
def test_background_asks_the_same_question_of_a_month_dated_deed(month, article_day, another):
    y, m = month
    last = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    date = DateInterval(earliest=dt.date(y, m, 1), latest=last, precision=Precision.month)
    anchor = DateInterval(earliest=article_day, latest=article_day, precision=Precision.day)
    assert _another_months_deed(date, anchor) is another


def test_a_year_told_as_the_deed_s_date_is_another_month_only_once_over():
    year = DateInterval(earliest=dt.date(2025, 1, 1), latest=dt.date(2025, 12, 31), precision=Precision.year)
    assert _another_months_deed(year, DateInterval(earliest=dt.date(2026, 3, 1), latest=dt.date(2026, 3, 1),
                                                   precision=Precision.day))
    assert not _another_months_deed(year, DateInterval(earliest=dt.date(2026, 1, 10), latest=dt.date(2026, 1, 10),
                                                       precision=Precision.day))
