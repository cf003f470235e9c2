"""The day of a killing told inside a later act of the day a note opens on (a funeral, a burial, an official's visit),
and of a deed a report tells when the sentence opens on how long after the incident the report came: ACLED codes the
deed's own day (``events.deed_day``), and the weekday a report "dated" a day tells (``events.dating``).  The later
act, a protest, a deed that is the main act and a later deed in the main clause keep their own day."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.eval.notes import Note, note_document, primary_event


def _day(analyzer, text: str, published: str):
    note = Note(row=1, notes=text, event_date=dt.date.fromisoformat(published), event_type="", sub_event_type="")
    event = primary_event(analyzer.analyse(note_document(note, "test")))
    assert event is not None and event.date is not None, text
    return event.date


@pytest.mark.parametrize("text, published, deed_day", [
    # a funeral or a burial of people killed a day told after it: the killing's day
    ("On 9 March 2024, the people of Djibo (Soum, Sahel) buried three gendarmes killed by JNIM militants the day "
     "before on the road to Arbinda.", "2024-03-09", "2024-03-08"),
    ("On 14 April 2024, hundreds of mourners attended the burial of a village chief shot dead by unidentified gunmen "
     "on 12 April near Tominian (Tominian, Segou).", "2024-04-14", "2024-04-12"),
    # an official's visit to where the killing was done, in French
    ("Le 3 octobre 2024, le ministre s'est rendu à Seytenga (Séno, Sahel), où des hommes armés avaient abattu la veille "
     "cinq commerçants.", "2024-10-03", "2024-10-02"),
    # the dead found, killed on a day told in the clause that describes them
    ("On 19 September 2024, the body of a teacher kidnapped and killed on 16 September was discovered outside Nouna "
     "(Kossi, Boucle du Mouhoun).", "2024-09-19", "2024-09-16"),
    # a report opened on how long after the incident it came: that many days back
    ("Three days after the ambush, on 12 May 2024, the army said that JNIM militants had killed four soldiers near "
     "Boni (Douentza, Mopti).", "2024-05-12", "2024-05-09"),
    ("Cinq jours après l'attaque, le 20 mai 2024, des sources locales ont indiqué que des hommes armés avaient tué "
     "deux bergers près de Gorgadji (Séno, Sahel).", "2024-05-20", "2024-05-15"),
])
def test_the_deed_inside_a_later_act_or_before_its_report_takes_its_own_day(analyzer, text, published, deed_day):
    date = _day(analyzer, text, published)
    assert (date.earliest.isoformat(), date.latest.isoformat()) == (deed_day, deed_day), date


@pytest.mark.parametrize("text, published", [
    # the killing is the main act: the other deed's day in its clause is not the event's
    ("On 22 August 2021, JNIM militants killed a farmer abducted on 10 August in the village of Tiargou (Gayeri, "
     "Komandjari).", "2021-08-22"),
    # the killing is the main act, and the day after it belongs to a relative clause on other people
    ("On 5 June 2024, soldiers killed three militants who had attacked the town the previous day near Kaya "
     "(Sanmatenga, Centre-Nord).", "2024-06-05"),
    # a protest against a killing is coded on the protest's day
    ("On 10 June 2024, residents of Dori (Seno, Sahel) demonstrated against the killing of two herders shot dead by "
     "soldiers the previous day.", "2024-06-10"),
    # a later deed in the main clause keeps that later day
    ("Ten days after the abduction, on 30 July 2024, JNIM militants killed the village chief they had kidnapped near "
     "Macina (Macina, Segou).", "2024-07-30"),
])
def test_the_main_act_keeps_the_day_the_note_opens_on(analyzer, text, published):
    date = _day(analyzer, text, published)
    assert date.earliest.isoformat() == published, date


@pytest.mark.parametrize("text, published, deed_day", [
    # the day of a report "dated" is a saying day: the weekday told after it is the deed's (the note published on the
    # deed's day, as ``sitrep eval acled`` publishes it)
    ("Reports dated 10 June 2024 say that on Saturday gunmen killed three traders near Gorgadji (Seno, Sahel).",
     "2024-06-08", "2024-06-08"),
    ("Selon un rapport daté du lundi 10 juin 2024, des hommes armés ont tué samedi trois commerçants près de Gorgadji "
     "(Séno, Sahel).", "2024-06-08", "2024-06-08"),
])
def test_a_dated_report_is_the_day_of_a_saying(analyzer, text, published, deed_day):
    date = _day(analyzer, text, published)
    assert (date.earliest.isoformat(), date.latest.isoformat()) == (deed_day, deed_day), date
