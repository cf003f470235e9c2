"""Dates of ACLED-style notes read by the rules the twelfth and thirteenth blind note sets asked for: a weekend of a
month told by its rank, the week ending a day, ACLED's own hyphenated dates and other numerals, « l'avant-veille » and
« le surlendemain » of a dated thing; and, on whole notes, the deed's day told after a finding, a source or in a passive
sequence."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.analyse.fatalities import find_fatalities
from sitrep.model import DateInterval, Precision


def _told(text: str, published: str, language: str = "en") -> list[tuple[str, str, str]]:
    day = dt.date.fromisoformat(published)
    anchor = DateInterval(earliest=day, latest=day, precision=Precision.day)
    return [(iv.earliest.isoformat(), iv.latest.isoformat(), iv.precision.value)
            for _, _, iv in parse_dates(text, anchor, language)]


@pytest.mark.parametrize("text, published, language, expected", [
    # a weekend of a month by its rank: its Saturday and Sunday, not the weekend before the publication
    ("On the last weekend of June 2024, JNIM militants looted granaries.", "2024-06-29", "en",
     ("2024-06-29", "2024-06-30", "week")),
    ("the first weekend in March, gunmen", "2024-03-20", "en", ("2024-03-02", "2024-03-03", "week")),
    ("Le dernier week-end de juin 2024, des militants", "2024-06-29", "fr", ("2024-06-29", "2024-06-30", "week")),
    # (a last weekend whose Sunday is the next month's is the month's by its Saturday)
    ("over the last weekend of August 2024", "2024-09-10", "en", ("2024-08-31", "2024-09-01", "week")),
    # the week ending a day: the seven days up to it
    ("In the week ending 10 May 2024, IS Sahel militants killed six civilians.", "2024-05-10", "en",
     ("2024-05-04", "2024-05-10", "week")),
    ("in the week to May 10, militants", "2024-05-12", "en", ("2024-05-04", "2024-05-10", "week")),
    ("Au cours de la semaine se terminant le 10 mai 2024, des hommes armés", "2024-05-04", "fr",
     ("2024-05-04", "2024-05-10", "week")),
    # numerals: ACLED's hyphenated day, the year first with slashes, a day and month after "on"
    ("On 5-Jun-2024, IS Sahel militants killed two herders.", "2024-01-01", "en", ("2024-06-05",) * 2 + ("day",)),
    ("On 5-Jun-24, gunmen", "2024-01-01", "en", ("2024-06-05",) * 2 + ("day",)),
    ("On 2024/05/07, IS Sahel militants killed two traders.", "2024-01-01", "en", ("2024-05-07",) * 2 + ("day",)),
    # a dated thing moved two days (« l'avant-veille », « le surlendemain »), and one day as before
    ("L'avant-veille du scrutin du 6 février 2025, des hommes armés ont incendié du matériel.", "2025-03-01", "fr",
     ("2025-02-04",) * 2 + ("day",)),
    ("Au surlendemain de l'attaque du 3 mai 2024 contre le détachement, des militaires ont exécuté six civils.",
     "2024-06-01", "fr", ("2024-05-05",) * 2 + ("day",)),
    ("À la veille du scrutin présidentiel du 28 décembre 2024, des hommes armés", "2025-03-01", "fr",
     ("2024-12-27",) * 2 + ("day",)),
])
def test_a_ranked_weekend_a_week_ending_numerals_and_two_day_shifts(text, published, language, expected):
    assert _told(text, published, language)[0] == expected


def test_a_day_and_month_after_on_is_counted_from_the_report():
    told = _told("A local official said on 9 May 2024 that on 5/5 gunmen had killed two farmers.", "2024-05-20")
    assert told[1][:2] == ("2024-05-05", "2024-05-05")


@pytest.mark.parametrize("text", [
    "Turnout was high: the party won 5/5 seats.",
    "troops on 24/7 alert",
    "a ban on 3/4 of the roads",
    "On Sunday, ten people were killed.",  # (a word, no numeral)
])
def test_no_day_from_a_ratio_or_a_round_the_clock_watch(text):
    assert not any(a == b and a.endswith(("-05-05", "-07-24", "-04-03")) for a, b, _ in _told(text, "2024-08-01"))


def test_the_last_weekend_alone_is_still_the_weekend_before_the_publication():
    assert _told("Last weekend, gunmen killed two men.", "2024-03-20")[0] == ("2024-03-16", "2024-03-17", "week")


@pytest.mark.parametrize("text, count", [
    ("On 2024/05/07, IS Sahel militants killed two traders near Anderamboukane.", 2),
    ("A local official said on 9 May 2024 that on 5/5 gunmen had killed two farmers.", 2),
    ("On 5-Jun-2024, gunmen killed three herders near Tera.", 3),
])
def test_a_numeral_date_is_no_count_of_the_dead(text, count):
    f = find_fatalities(text)[0]
    assert f is not None and (f.low, f.high) == (count, count), f


@pytest.mark.parametrize("text, published, deed_day", [
    # the killing's day in a clause after the finding of the dead, in the same sentence
    ("On 22 November 2024, the bodies of three truck drivers were recovered near Gossi (Gourma-Rharous, Tombouctou); "
     "they had been shot dead by unidentified gunmen on 20 November.", "2024-11-22", "2024-11-20"),
    # the deed's day told after its source heads the sentence
    ("A video circulated on 12 June 2024 showed IS Sahel fighters executing three captured civilians near Tillia "
     "(Tillia, Tahoua). According to local sources, the execution took place on 10 June.", "2024-06-12", "2024-06-10"),
    # a part of a month told after the deed: as ACLED codes it, its first week
    ("A video posted on 3 June 2024 shows JNIM militants executing two captured VDP near Titao (Loroum, Nord). The "
     "execution reportedly took place in late May.", "2024-06-03", "2024-05-21"),
    # the earlier deed of a passive sequence is told for the later one
    ("The killing of two VDP on 3 May 2024 near Titao (Loroum, Nord) was followed on 4 May by a reprisal raid in "
     "which VDP killed five Fulani civilians in a nearby hamlet.", "2024-05-04", "2024-05-04"),
])
def test_the_deed_day_told_after_a_finding_a_source_or_an_earlier_deed(analyzer, text, published, deed_day):
    from sitrep.eval.notes import Note, note_document, primary_event

    note = Note(row=1, notes=text, event_date=dt.date.fromisoformat(published), event_type="", sub_event_type="")
    event = primary_event(analyzer.analyse(note_document(note, "test")))
    assert event is not None and event.date.earliest.isoformat() == deed_day, event.date if event else None


def test_the_finding_keeps_its_day_when_no_killing_is_dated_after_it(analyzer):
    from sitrep.eval.notes import Note, note_document, primary_event

    text = ("On 22 November 2024, the bodies of three truck drivers were recovered near Gossi (Gourma-Rharous, "
            "Tombouctou); relatives were informed on 23 November.")
    note = Note(row=1, notes=text, event_date=dt.date(2024, 11, 22), event_type="", sub_event_type="")
    event = primary_event(analyzer.analyse(note_document(note, "test")))
    assert event is not None and event.date.earliest == dt.date(2024, 11, 22), event.date if event else None
