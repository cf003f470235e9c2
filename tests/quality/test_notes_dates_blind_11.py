"""Date constructions of ACLED notes, an eleventh set: 42 notes in ACLED's Burkina Faso/Mali/Niger export format
(``notes_dates_blind_11.csv``; 30 English, 12 French), written before measuring: a month counted from a dated thing
("A month after the 4 March 2024 attack", "Exactly one month after the 12 May 2024 ambush", « Un mois après l'attaque
du 3 février 2024 »), a deed told the day after an earlier act ("The next day, they burned…", « Le lendemain, ils ont
incendié… »), nights ("overnight from Saturday to Sunday", "During the night of Friday 19 to Saturday 20 July",
« dans la nuit du 12 au 13 mars », « dans la nuit de samedi à dimanche »), "in the early hours of", « aux premières
heures du », "at dawn on the 3rd", « à l'aube du », "earlier this week", « plus tôt cette semaine », the eve of a
vote dated with it or told before it ("Elections were held on Sunday 30 June 2024. On the eve of the vote, …"),
"during the weekend", « ce week-end », late reports ("The attack, which took place on 2 March 2024, was only
reported on 9 March"), report days before the deed's weekday ("On Monday 15 April 2024, the army said that on
Saturday…"), ranges ("Between 2 and 4 March 2025", "March 2–4, 2024", « entre samedi et lundi »), and notes with no
date words, some with numbers that are no days ("National Road 3", "the 14th Rapid Intervention Battalion").
Gold follows ACLED's codebook as the earlier sets do (a night on the day it began, a weekend or week on its first day
with precision 2).
On main (51119948): found 1.0, event_type .905, sub_event_type .905, place .976, fatalities .952, date .810, actor1
.976; after: date .976, event_type and sub_event_type .929 (French « incendié les cases »: a hut, no figure of
speech), actor1 .952 (that note's deed, now read, is told by « ils », the doer of the sentence before it not
borrowed), the rest unchanged.  The date miss left: a next-day killing after a sermon, folded into the sermon as
its toll."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.model import DateInterval, Precision

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_dates_blind_11.csv"
FLOORS = {"found": 1.0, "event_type": 0.92, "sub_event_type": 0.92, "place": 0.97, "fatalities": 0.95, "date": 0.97,
          "actor1": 0.95}


scored, test_every_row_is_read, test_note_date_constructions_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=42, every_actor_known=True)

D = dt.date
# published long after the events below: a reading counted from the publication, not from the days the text tells,
# would miss every one of them
LATER = DateInterval(earliest=D(2025, 3, 30), latest=D(2025, 3, 30), precision=Precision.day)


def days(text: str, language: str = "en", anchor: DateInterval = LATER) -> dict[str, tuple[dt.date, dt.date]]:
    return {text[s:e]: (iv.earliest, iv.latest) for s, e, iv in parse_dates(text, anchor, language)}


@pytest.mark.parametrize("text,language,surface,day", [
    # calendar months counted from a dated thing: the same day of the month
    ("A month after the 4 March 2024 attack on its market, Seytenga was hit again.", "en", "4 March 2024", D(2024, 4, 4)),
    ("Exactly one month after the 12 May 2024 ambush near Boni, militants attacked.", "en", "12 May 2024", D(2024, 6, 12)),
    ("Two months before the 31 December 2024 vote, gunmen attacked.", "en", "31 December 2024", D(2024, 10, 31)),
    ("A month after the 31 January 2024 raid, gunmen returned.", "en", "31 January 2024", D(2024, 2, 29)),
    ("Un mois après l'attaque du 3 février 2024 contre le poste, des hommes armés ont attaqué.", "fr", "3 février 2024",
     D(2024, 3, 3)),
    ("Deux mois après l'embuscade du 10 janvier 2025, des hommes armés ont tué deux civils.", "fr", "10 janvier 2025",
     D(2025, 3, 10)),
    # the eve of, or a count after, a thing told with its day before and named again without one
    ("Elections were held on Sunday 30 June 2024. On the eve of the vote, gunmen killed two polling agents.", "en",
     "On the eve of the vote", D(2024, 6, 29)),
    ("On 3 May 2024, militants attacked Djibo. Two days after the attack, soldiers killed five civilians.", "en",
     "Two days after the attack", D(2024, 5, 5)),
    ("Le scrutin s'est tenu le dimanche 30 juin 2024. À la veille du vote, des hommes armés ont tué deux agents.", "fr",
     "À la veille du vote", D(2024, 6, 29)),
    ("Le 3 mai 2024, des militants ont attaqué Djibo. Au lendemain de l'attaque, des soldats ont tué cinq civils.", "fr",
     "Au lendemain de l'attaque", D(2024, 5, 4)),
    # (a thing with its own day is that day's offset, not the told day's)
    ("Residents fled on 2 June 2024. On the eve of the vote held on 30 June 2024, gunmen attacked.", "en",
     "30 June 2024", D(2024, 6, 29)),
])
def test_offsets_from_a_thing_count_from_its_day(text, language, surface, day):
    assert days(text, language).get(surface) == (day, day)


@pytest.mark.parametrize("text", [
    # no day told before: the eve of an undated thing is no day (not the eve of the publication)
    "On the eve of the vote, gunmen killed two polling agents.",
    "Au lendemain de l'attaque, des soldats ont tué cinq civils.",
])
def test_an_undated_thing_gives_no_day(text):
    language = "fr" if "attaque" in text else "en"
    assert days(text, language) == {}


@pytest.mark.parametrize("text,surface,day", [
    ("Sources said that on the 18th IS Sahel fighters killed two herders.", "on the 18th", D(2025, 3, 18)),
    ("Sources reached on 5 June 2024 said that at dawn on the 3rd, JNIM militants had attacked.", "on the 3rd",
     D(2024, 6, 3)),
])
def test_a_day_of_the_month_before_its_doers_is_a_day(text, surface, day):
    assert days(text).get(surface) == (day, day)


@pytest.mark.parametrize("text", [
    "Soldiers of the 14th Rapid Intervention Battalion clashed with IS Sahel fighters near Menaka.",
    "Militants attacked the headquarters of the 5th Military Region in Kaya.",
    "Troops of the 3rd Special Forces Group were deployed.",
])
def test_a_units_rank_is_no_day(text):
    assert days(text) == {}


@pytest.mark.parametrize("text", [
    "Des militants du JNIM ont incendié les cases et tué trois hommes à Djibasso (Kossi, Boucle du Mouhoun).",
    "Le 22 juin 2024, des hommes armés ont incendié des cases et ont tué trois hommes à Djibasso.",
])
def test_french_huts_burned_are_no_figure_of_speech(text):
    from sitrep.eval.endtoend import TextRecord, run_texts

    run = run_texts([TextRecord(key="fr", text=text, published=D(2024, 6, 22), language="fr")])
    assert [(m.event_type, m.sub_event_type) for m in run.results[0].analysis.events] == [
        ("Violence against civilians", "Attack")]
