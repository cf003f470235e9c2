"""A coder's note describes an event by definition (``events/note_register.py``, ``last_resorts.note_event``): when the
sentence finder keeps none of a note's candidates, its best one is kept at a low confidence, unless it is really
no event of the conflict (an accident outside any attack, a city hold-up, a flood).  A news snippet without the
note's register keeps its vetoes."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events import stage
from sitrep.analyse.events.note_register import note_shaped
from sitrep.eval.notes import Note, note_document


def _events(analyzer, text: str):
    note = Note(row=1, notes=text, event_date=dt.date(2025, 5, 3), event_type="", sub_event_type="")
    return analyzer.analyse(note_document(note, "own")).events


@pytest.mark.parametrize("text, kind", [
    # a killing whose doers are told as robbers, in the Sahel
    ("On 3 May 2025, highway robbers killed a cloth seller on the road out of Kadiolo (Kadiolo, Sikasso) and seized "
     "his money.", "Violence against civilians"),
    # a deed told inside an accusation
    ("On 3 May 2025, families in Sofara (Djenne, Mopti) accused soldiers of having shot dead three fishermen on the "
     "river; the army rejected the claim.", None),
])
def test_a_note_whose_candidates_were_all_vetoed_keeps_one_weak_event(default_analyzer, monkeypatch, text, kind):
    events = _events(default_analyzer, text)
    assert len(events) == 1
    assert events[0].confidence < 0.45  # kept, and marked as weak
    assert kind is None or events[0].event_type == kind
    monkeypatch.setattr(stage, "note_shaped", lambda ctx, n: False)  # the last resort is what keeps it
    assert _events(default_analyzer, text + " ") == []


@pytest.mark.parametrize("text", [
    "On 3 May 2025, a soldier accidentally shot a comrade while cleaning his rifle at the camp of Kati (Kati, Koulikoro).",
    "On 3 May 2025, robbers shot dead a jeweller during a hold-up at his shop in Chicago, police said.",
    "On 3 May 2025, heavy rains flooded several districts of Bamako (Bamako, Bamako), killing four people.",
])
def test_a_note_that_is_no_event_of_the_conflict_stays_empty(default_analyzer, text):
    assert [e for e in _events(default_analyzer, text) if e.event_type != "Strategic developments"] == []


def test_the_same_words_as_a_news_snippet_keep_their_veto(default_analyzer):
    """Without a coder's full date, admin brackets or fields, the accusation is a snippet's statement."""
    text = ("Families accused soldiers of having shot dead three fishermen on the river; the army rejected the "
            "claim.")
    assert _events(default_analyzer, text) == []


class _Doc:
    def __init__(self, text):
        self.text = text


class _Ctx:
    def __init__(self, text, places=()):
        self.document = _Doc(text)
        self.places = list(places)


@pytest.mark.parametrize("text, shaped", [
    ("On 3 May 2025, gunmen killed two herders.", True),  # a full date, day first
    ("Le 1er avril 2024, des hommes armés ont tué deux bergers.", True),
    ("Gunmen killed two herders. [size=no report]", True),
    ("Gunmen killed many herders. Fatalities coded as 10.", True),
    ("Gunmen killed two herders on Tuesday, officials said.", False),
    ("On August 13, 2018, police arrested six opposition members.", False),  # a newswire's date, month first
    ("On the anniversary of the 1990 massacre, survivors laid flowers.", False),
])
def test_the_note_register_is_told_by_the_coders_habits(text, shaped):
    assert note_shaped(_Ctx(text), 1) is shaped


def test_a_long_text_is_no_note():
    assert note_shaped(_Ctx("On 3 May 2025, gunmen killed two herders."), 9) is False


def test_a_stray_bullet_inside_a_hostile_act_needs_no_last_resort(default_analyzer, monkeypatch):
    """A stray bullet told inside an exchange of fire is the fight's harm, no accident (``frames.HOSTILE_SETTING``):
    the note's event stands on its own, at an ordinary confidence, without the note's last resort."""
    text = ("On 3 May 2025, a market woman died after a stray bullet hit her during an exchange of fire near the bus "
            "stop of Sevare (Mopti, Mopti).")
    monkeypatch.setattr(stage, "note_shaped", lambda ctx, n: False)
    events = _events(default_analyzer, text)
    assert len(events) == 1 and events[0].confidence >= 0.45
