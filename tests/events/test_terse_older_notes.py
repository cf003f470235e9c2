"""Terse ACLED notes of the 2012-2018 kind (headline-like fragments, no date, often no place; written for this
test, not taken from the blind set): what their wordings must and must not give.

- a flogging told with "in public" (or any words that make the model read a public act or an arrest) is violence
  done to people: an attack, not a strategic development;
- a kill verb the writer sets in scare quotes ("the army said it 'neutralised' five terrorists", « a "neutralisé" huit
  jihadistes ») still counts its dead;
- a year after a determiner qualifies a noun ("against the 2018 finance law"): it names the law, and dates nothing of
  the protest, which keeps the note's own day."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.fatalities import find_fatalities
from sitrep.model import Precision


@pytest.mark.parametrize("text", [
    "Koglweogo whipped five suspected thieves in public in Kaya.",
    "VDP flogged three traders in public near Djibo.",
    "On 3 May 2016, Koglweogo members publicly whipped two young men accused of theft in public in Fada N'Gourma.",
])
def test_a_flogging_in_public_is_an_attack(first_event, text):
    event = first_event(text, dt.date(2016, 6, 1))
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_crowd_that_whips_a_thief_stays_a_riot(first_event):
    event = first_event("Residents whipped a suspected thief in public in Koudougou.", dt.date(2016, 6, 1))
    assert event.event_type == "Riots"


@pytest.mark.parametrize(("language", "text", "dead"), [
    ("en", "The army said it 'neutralised' five terrorists during a sweep.", 5),
    ("en", 'Soldiers "neutralized" eight jihadists near Arbinda.', 8),
    ("en", "The army said it ‘eliminated’ 12 terrorists.", 12),
    ("fr", "L'armée a \"neutralisé\" huit terroristes.", 8),
    ("fr", "L'armée dit avoir « neutralisé » huit terroristes.", 8),
])
def test_a_kill_verb_in_scare_quotes_counts_its_dead(language, text, dead):
    killed = find_fatalities(text, language)[0]
    assert killed is not None and (killed.low, killed.high) == (dead, dead), killed


def test_quoted_words_that_kill_nobody_count_no_one():
    assert find_fatalities("Protesters denounced the 'neutral' stance of the mediators.", "en")[0] is None


@pytest.mark.parametrize(("text", "day"), [
    ("Thousands protested in Niamey against the 2018 finance law.", dt.date(2018, 3, 11)),
    ("Hundreds marched in Bamako against the 2017 constitutional referendum.", dt.date(2017, 6, 17)),
    ("Opposition supporters protested in Ouagadougou against its 2015 electoral code.", dt.date(2015, 4, 9)),
])
def test_a_year_qualifying_a_noun_dates_nothing(first_event, text, day):
    event = first_event(text, day)
    assert event.date is None or event.date.precision != Precision.year, event.date
    assert event.date is None or event.date.earliest <= day <= event.date.latest


def test_a_year_told_for_the_deed_still_dates_it(first_event):
    event = first_event("Gunmen killed a village chief near Djibo in 2017.", dt.date(2019, 6, 1))
    assert event.date is not None and (event.date.earliest, event.date.latest) == (dt.date(2017, 1, 1), dt.date(2017, 12, 31))


def test_a_year_qualifying_a_deed_still_dates_it(first_event):
    # "the 2022 massacre in Moura": the year dates the massacre a background line recalls, not the article's day
    event = first_event("Investigators have linked the army to the 2022 massacre in Moura, where soldiers executed "
                        "around 500 people.", dt.date(2026, 10, 21))
    assert event.date is not None and event.date.latest <= dt.date(2022, 12, 31), event.date
