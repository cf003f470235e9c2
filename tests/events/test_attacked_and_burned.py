"""An attack coordinated with the burning of its object ("attacked and burned a fuel tanker"): the object is
the attack's, so a civilian vehicle, village or market attacked is violence against civilians even when
nobody was hurt; burning alone stays property destruction, and a military vehicle attacked is a battle.
Notes written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

NOTES = [
    ("On 1 March 2022, suspected JNIM militants attacked and set ablaze a passenger bus near Bandiagara "
     "(Bandiagara, Mopti). No casualties reported.", ("Violence against civilians", "Attack")),
    ("On 4 April 2023, IS Sahel fighters raided and burned the weekly market of Tin-Hama (Ansongo, Gao). "
     "Traders fled before their arrival.", ("Violence against civilians", "Attack")),
    ("On 27 February 2024, JNIM militants burned the harvest stocks of villagers in Toguere Coumbe "
     "(Tenenkou, Mopti). No one was hurt.", ("Strategic developments", "Looting/property destruction")),
]


@pytest.mark.parametrize("text,coded", NOTES)
def test_attacked_object(default_analyzer, make_doc, text, coded):
    events = default_analyzer.analyse(make_doc(text, published=dt.date(2024, 5, 12))).events
    assert events, "no event"
    assert (events[0].event_type, events[0].sub_event_type) == coded, \
        [(e.event_type, e.sub_event_type, e.trigger) for e in events]
