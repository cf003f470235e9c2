"""The taking told in a clause that describes the victims, the killing in the clause that tells the news
("shot two shepherds they had detained"): ACLED codes an attack on people in the killers' power, not the
arrest.  And the other way round: an arrest of people described as killers ("arrested two men who had
killed a trader") is the arrest.  Notes written for this test, in the Malian coders' style."""

from __future__ import annotations

import datetime as dt

import pytest

KILLED_ONCE_TAKEN = [
    "On 12 February 2024, FAMa soldiers and Wagner operatives summarily shot two Fulani shepherds they had "
    "detained in Diafarabe (Tenenkou, Mopti).",
    "Four civilians who had been arrested by soldiers in Nantaka were later found dead, bearing gunshot wounds.",
    "On 3 May 2024, the bodies of five men arrested by the army at the Dioura fair were found near Dioura "
    "(Tenenkou, Mopti).",
    "On 9 June 2023, Africa Corps personnel executed a trader whom they had seized at a checkpoint near "
    "Ansongo (Ansongo, Gao).",
]

ARRESTS_OF_KILLERS = [
    "On 3 May 2024, gendarmes arrested two men who had killed a trader in Koutiala (Koutiala, Sikasso).",
    "On 14 January 2024, the police detained a herder who had shot a farmer during a quarrel over a field "
    "in Kita (Kita, Kayes).",
]


@pytest.mark.parametrize("text", KILLED_ONCE_TAKEN)
def test_killing_of_the_taken_is_an_attack(default_analyzer, make_doc, text):
    events = default_analyzer.analyse(make_doc(text, published=dt.date(2024, 5, 12))).events
    assert events, "no event"
    assert (events[0].event_type, events[0].sub_event_type) == ("Violence against civilians", "Attack"), \
        [(e.event_type, e.sub_event_type, e.trigger) for e in events]


@pytest.mark.parametrize("text", ARRESTS_OF_KILLERS)
def test_arrest_of_killers_is_an_arrest(default_analyzer, make_doc, text):
    events = default_analyzer.analyse(make_doc(text, published=dt.date(2024, 5, 12))).events
    assert events, "no event"
    assert (events[0].event_type, events[0].sub_event_type) == ("Strategic developments", "Arrests"), \
        [(e.event_type, e.sub_event_type, e.trigger) for e in events]
