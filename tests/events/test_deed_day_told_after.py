"""Days told from another day than the deed's: an offset forward from a told day ("Three days later", "the next day",
« le lendemain », « le surlendemain »), a weekday night with its days in brackets, a later sentence that gives when the
incident just told happened ("The ambush occurred on 9 May"), and a killing told after the discovery of its dead.
ACLED codes the deed's own day.  Notes written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.model import DateInterval, Precision

D = dt.date


def _on(day: dt.date) -> DateInterval:
    return DateInterval(earliest=day, latest=day, precision=Precision.day)


@pytest.mark.parametrize("text, language, published, surface, day", [
    ("On 9 May 2024, gunmen abducted a trader near Boni. Three days later, his body was found.", "en", D(2024, 5, 12),
     "Three days later", D(2024, 5, 12)),
    ("On 9 May 2024, gunmen abducted a trader. The following morning, soldiers searched the area.", "en", D(2024, 5, 10),
     "The following morning", D(2024, 5, 10)),
    ("Le 9 mai 2024, des hommes armés ont enlevé un commerçant. Le lendemain, son corps a été retrouvé.", "fr",
     D(2024, 5, 10), "Le lendemain", D(2024, 5, 10)),
    ("Le 9 mai 2024, des hommes armés ont enlevé un commerçant. Le surlendemain, les FAMa ont ratissé la zone.", "fr",
     D(2024, 5, 11), "Le surlendemain", D(2024, 5, 11)),
    ("Le 9 mai 2024, des hommes armés ont enlevé un commerçant. Deux jours plus tard, les FAMa ont ratissé la zone.",
     "fr", D(2024, 5, 11), "Deux jours plus tard", D(2024, 5, 11)),
])
def test_an_offset_forward_counts_from_the_told_day(text, language, published, surface, day):
    found = {text[s:e]: iv for s, e, iv in parse_dates(text, _on(published), language)}
    assert (found[surface].earliest, found[surface].latest) == (day, day), found


@pytest.mark.parametrize("text, language", [
    ("Soldiers searched the area the next day.", "en"),  # no day told before it: never forward from the publication
    ("The day after the attack on Boni, soldiers searched the area.", "en"),  # the day after a named thing
    ("Au lendemain de l'attaque de Boni, les FAMa ont ratissé la zone.", "fr"),
    ("Deux jours après l'attaque de Boni, les FAMa ont ratissé la zone.", "fr"),
])
def test_no_offset_forward_without_a_told_day_or_from_a_named_thing(text, language):
    found = [text[s:e] for s, e, _ in parse_dates(text, _on(D(2024, 5, 12)), language)]
    assert not any(w in f.lower() for f in found for w in ("next", "after", "lendemain", "après")), found


def test_a_vague_count_forward_is_the_week_after():
    text = "On 9 May 2024, gunmen abducted a trader. A few days later, his family paid a ransom."
    found = {text[s:e]: iv for s, e, iv in parse_dates(text, _on(D(2024, 5, 20)), "en")}
    got = found["A few days later"]
    assert (got.earliest, got.latest, got.precision) == (D(2024, 5, 10), D(2024, 5, 16), Precision.week)


@pytest.mark.parametrize("text, language, day", [
    ("In the night of Saturday to Sunday (11-12 May 2024), gunmen attacked Boni.", "en", D(2024, 5, 11)),
    ("Dans la nuit de samedi à dimanche (du 11 au 12 mai 2024), des hommes armés ont attaqué Boni.", "fr", D(2024, 5, 11)),
])
def test_a_weekday_night_is_dated_by_its_bracketed_days(text, language, day):
    # published a week on, when "Saturday to Sunday" alone would be read as the last such night before it
    found = parse_dates(text, _on(D(2024, 5, 24)), language)
    assert [(iv.earliest, iv.latest) for _, _, iv in found] == [(day, day)], found


@pytest.mark.parametrize("text, language, published, day", [
    ("On 12 May 2024, local sources reported that JNIM militants ambushed a FAMa convoy near Boni (Douentza, Mopti), "
     "killing four soldiers. The ambush occurred on 9 May.", "en", D(2024, 5, 9), D(2024, 5, 9)),
    ("Le 12 mai 2024, des sources locales ont rapporté que des militants du JNIM ont tué deux bergers près de Boni "
     "(Douentza, Mopti). Les faits se sont produits le 10 mai.", "fr", D(2024, 5, 10), D(2024, 5, 10)),
    ("On 12 May 2024, the bodies of three traders were discovered near Boni (Douentza, Mopti). Relatives said they "
     "had been shot by gunmen on 10 May.", "en", D(2024, 5, 10), D(2024, 5, 10)),
])
def test_the_deeds_own_day_told_after_it_dates_the_event(default_analyzer, make_doc, text, language, published, day):
    events = default_analyzer.analyse(make_doc(text, published=published, language=language)).events
    assert events, "no event"
    assert (events[0].date.earliest, events[0].date.latest) == (day, day), events[0].date


def test_a_later_day_told_after_does_not_move_the_deed(default_analyzer, make_doc):
    # the day given after is later than the deed's: a follow-up, not the deed's own day
    text = ("On 9 May 2024, JNIM militants ambushed a FAMa convoy near Boni (Douentza, Mopti), killing four soldiers. "
            "The funeral took place on 11 May.")
    events = default_analyzer.analyse(make_doc(text, published=D(2024, 5, 9), language="en")).events
    assert events and events[0].date.earliest == D(2024, 5, 9), events[0].date if events else None


@pytest.mark.parametrize("text, published, day", [
    ("one herder was killed by gunmen (12/4) near Boni", D(2009, 4, 15), D(2009, 4, 12)),
    ("one herder was killed by gunmen (28/12) near Boni", D(2009, 1, 3), D(2008, 12, 28)),  # the year before
])
def test_a_bracketed_day_and_month_in_figures_is_the_latest_such_day(text, published, day):
    found = parse_dates(text, _on(published), "en")
    assert [(iv.earliest, iv.latest) for _, _, iv in found] == [(day, day)], found


def test_no_month_thirteen():
    assert parse_dates("killed (12/13) near Boni", _on(D(2009, 4, 15)), "en") == []
