"""Date shapes of notes written by others: a relative day counted from the day of the report told before it, a night
told by its two days with a slash, a weekday beside a bracketed date it disagrees with, the end of last week, and the
told day itself ("earlier in the day")."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import counted_from_report, parse_dates
from sitrep.analyse.told_offsets import counted_back
from sitrep.model import DateInterval, Precision

D = dt.date
# a note is filed on its event's day, days before the report it cites: Thursday 7 March 2024
EVENT_DAY = DateInterval(earliest=D(2024, 3, 7), latest=D(2024, 3, 7), precision=Precision.day)


def dated(text, language="en", anchor=EVENT_DAY):
    return {text[s:e]: iv for s, e, iv in parse_dates(text, anchor, language)}


@pytest.mark.parametrize("text,language,surface,day", [
    ("On 11 March 2024, residents said that two days ago gunmen killed a herder.", "en", "two days ago", D(2024, 3, 9)),
    ("On 11 March 2024, an official reported that last Thursday militants shot a councillor.", "en", "last Thursday",
     D(2024, 3, 7)),
    ("The mayor said on 12 March 2024 that on Sunday militants burned the market.", "en", "Sunday", D(2024, 3, 10)),
    ("Le 11 mars 2024, un élu local a indiqué que jeudi dernier, des militants ont enlevé un commerçant.", "fr",
     "jeudi dernier", D(2024, 3, 7)),
    ("Le 11 mars 2024, des habitants ont déclaré qu'il y a deux jours, des hommes armés ont abattu un berger.", "fr",
     "il y a deux jours", D(2024, 3, 9)),
])
def test_a_relative_day_counts_from_the_report_told_before_it(text, language, surface, day):
    found = dated(text, language)
    assert found[surface].earliest == day, found
    assert counted_from_report(found[surface])


def test_the_end_of_last_week_counts_from_the_report():
    # (its Friday to its Sunday: the Friday and the weekend its coders take both lie in it)
    found = dated("Le 12 mars 2024, des sources ont indiqué qu'en fin de semaine dernière, des militants ont tué deux "
                  "gardes.", "fr")
    (surface, interval), = [(k, v) for k, v in found.items() if "semaine" in k]
    assert (interval.earliest, interval.latest) == (D(2024, 3, 8), D(2024, 3, 10))
    monday = DateInterval(earliest=D(2024, 3, 11), latest=D(2024, 3, 11), precision=Precision.day)
    end = dated("Militants attacked the post at the end of last week.", anchor=monday)["at the end of last week"]
    assert (end.earliest, end.latest) == (D(2024, 3, 8), D(2024, 3, 10))


@pytest.mark.parametrize("text", [
    # no saying between them: the full day is another deed's, the weekday counts from the publication
    "On 11 March 2024 militants burned a school, and on Thursday they shot a teacher.",
    # another sentence: its own frame
    "On 11 March 2024, residents said the road was closed. On Thursday gunmen shot a teacher.",
])
def test_a_relative_day_without_a_report_before_it_counts_from_the_publication(text):
    found = dated(text)
    assert found["Thursday"].earliest == D(2024, 3, 7)
    assert not counted_from_report(found["Thursday"])


def test_two_days_with_a_slash_are_one_night_on_the_first():
    found = dated("On 14/15 March 2024, armed men broke into a farmer's house.",
                  anchor=DateInterval(earliest=D(2024, 3, 14), latest=D(2024, 3, 14), precision=Precision.day))
    (interval,) = found.values()
    assert (interval.earliest, interval.latest) == (D(2024, 3, 14), D(2024, 3, 14))


def test_a_weekday_beside_its_bracketed_date_gives_way_to_it():
    found = dated("Early on Friday (8 June 2024), a herder was killed.",
                  anchor=DateInterval(earliest=D(2024, 6, 8), latest=D(2024, 6, 8), precision=Precision.day))
    assert "Friday" not in found
    assert found["8 June 2024"].earliest == D(2024, 6, 8)


@pytest.mark.parametrize("text,language,surface", [
    ("A nurse said on 14 April 2025 that four bodies were brought in, killed earlier in the day.", "en", "earlier in the day"),
    ("Le 14 avril 2025, un infirmier a indiqué que quatre civils avaient été tués plus tôt dans la journée.", "fr",
     "plus tôt dans la journée"),
])
def test_a_same_day_phrase_is_the_told_day(text, language, surface):
    found = dated(text, language)
    assert (found[surface].earliest, found[surface].latest) == (D(2025, 4, 14), D(2025, 4, 14))
    assert counted_back(surface, language)


@pytest.mark.parametrize("text,language,surface", [
    ("On 5 March 2024 (reported 7 March), militants killed two herders.", "en", "7 March"),
    ("On 5 March 2024, militants killed two herders, residents said on 7 March.", "en", "7 March"),
    ("Le 5 mars 2024, des militants ont tué deux bergers, ont rapporté le 7 mars des habitants.", "fr", "7 mars"),
])
def test_the_day_a_report_was_made_is_not_counted_back_into_the_year_before(text, language, surface):
    """A note filed on its event's day gives the later day of its source's report without a year: that day, not
    the same day a year earlier, and it dates no deed."""
    day = dated(text, language, anchor=DateInterval(earliest=D(2024, 3, 5), latest=D(2024, 3, 5),
                                                      precision=Precision.day))[surface]
    assert (day.earliest, day.latest) == (D(2024, 3, 7), D(2024, 3, 7))
    assert not counted_from_report(day)
