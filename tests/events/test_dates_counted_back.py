"""Days counted back from a told day: ACLED's coders write the reporting day first and the deed's day as an
offset from it ("On 12 May, residents reported that three days earlier…", « la veille »).  The deed is dated
from the day written in the sentence (not from the publication, nor widened to the week before the saying);
an offset in a later sentence of a note is a step of the event told before it and keeps that event's day.
Notes written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.model import DateInterval, Precision

# (text, language, publication day, expected event day)
CASES = [
    ("On 12 May 2024, residents reported that three days earlier JNIM militants had burned the market of "
     "Mondoro (Douentza, Mopti).", "en", dt.date(2024, 5, 1), dt.date(2024, 5, 9)),
    ("On 12 May 2024, a local official said that two days before, IS Sahel fighters killed two herders near "
     "Talataye (Ansongo, Gao).", "en", dt.date(2024, 5, 20), dt.date(2024, 5, 10)),
    ("On 12 May 2024, it was reported that JNIM militants killed two herders near Talataye (Ansongo, Gao) "
     "the previous day.", "en", dt.date(2024, 5, 12), dt.date(2024, 5, 11)),
    ("Le 12 mai 2024, des habitants ont indiqué que deux jours plus tôt, des hommes armés avaient tué deux "
     "bergers près de Boni (Douentza, Mopti).", "fr", dt.date(2024, 5, 12), dt.date(2024, 5, 10)),
    ("On 7 March 2023, presumed JNIM militants killed a trader in Dinangourou (Koro, Mopti). The victim had "
     "been abducted the night before.", "en", dt.date(2023, 3, 7), dt.date(2023, 3, 7)),
    # « la veille » followed by the place it happened at, not by what it was the eve of
    ("Le 12 mai 2024, des sources locales ont indiqué que des militants du JNIM ont tué trois civils la veille à "
     "Gorgadji (Gorgadji, Séno).", "fr", dt.date(2024, 5, 11), dt.date(2024, 5, 11)),
    # the day sources were reached or a statement came out is the saying's, not the deed's
    ("Selon des sources locales jointes le 13 mai 2024, des militants du JNIM ont tué trois civils samedi à Sebba "
     "(Sebba, Yagha).", "fr", dt.date(2024, 5, 11), dt.date(2024, 5, 11)),
    ("Selon un communiqué publié le 15 mai 2024, des militants du JNIM ont tué trois civils à Hombori (Douentza, "
     "Mopti) le 12 mai.", "fr", dt.date(2024, 5, 12), dt.date(2024, 5, 12)),
]


@pytest.mark.parametrize("text,language,published,expected", CASES, ids=[str(i) for i in range(len(CASES))])
def test_event_dated_from_the_told_day(default_analyzer, make_doc, text, language, published, expected):
    events = default_analyzer.analyse(make_doc(text, published=published, language=language)).events
    assert events, "no event"
    date = events[0].date
    assert (date.earliest, date.latest, date.precision) == (expected, expected, Precision.day), date


ANCHOR = DateInterval(earliest=dt.date(2024, 5, 9), latest=dt.date(2024, 5, 9), precision=Precision.day)


@pytest.mark.parametrize("text,expected", [
    ("two days before the vote, the army moved in", []),  # counted from a thing named, not a day told
    ("they came the day before yesterday", [("the day before yesterday", dt.date(2024, 5, 7))]),
    ("He was abducted the night before.", [("the night before", dt.date(2024, 5, 8))]),
    ("On 2 May 2024 sources said a week earlier the camp fell", [("2 May 2024", dt.date(2024, 5, 2)),
                                                                 ("a week earlier", dt.date(2024, 4, 25))]),
])
def test_offsets_parsed(text, expected):
    found = [(iv.evidence, iv.earliest + (iv.latest - iv.earliest) / 2) for _, _, iv in parse_dates(text, ANCHOR, "en")]
    assert found == expected
