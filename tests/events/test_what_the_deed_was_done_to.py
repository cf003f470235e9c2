"""What the deed was done to decides its coding.  Notes written for this test, in the Malian coders' style.

- The taking told in a clause that describes the victims, the killing in the clause that tells the news
  ("shot two shepherds they had detained"): ACLED codes an attack on people in the killers' power, not
  the arrest; the other way round, an arrest of people described as killers ("arrested two men who had
  killed a trader") is the arrest.
- An attack coordinated with the burning of its object ("attacked and burned a fuel tanker"): the object
  is the attack's, so a civilian vehicle or market attacked is violence against civilians even when nobody
  was hurt; burning alone stays property destruction.
"""

from __future__ import annotations

import datetime as dt

import pytest

ATTACK = ("Violence against civilians", "Attack")
ARRESTS = ("Strategic developments", "Arrests")
DESTRUCTION = ("Strategic developments", "Looting/property destruction")

NOTES = [
    # the taken, then killed
    ("On 12 February 2024, FAMa soldiers and Wagner operatives summarily shot two Fulani shepherds they had "
     "detained in Diafarabe (Tenenkou, Mopti).", ATTACK),
    ("Four civilians who had been arrested by soldiers in Nantaka were later found dead, bearing gunshot wounds.",
     ATTACK),
    ("On 3 May 2024, the bodies of five men arrested by the army at the Dioura fair were found near Dioura "
     "(Tenenkou, Mopti).", ATTACK),
    ("On 9 June 2023, Africa Corps personnel executed a trader whom they had seized at a checkpoint near "
     "Ansongo (Ansongo, Gao).", ATTACK),
    # killers, then taken
    ("On 3 May 2024, gendarmes arrested two men who had killed a trader in Koutiala (Koutiala, Sikasso).", ARRESTS),
    ("On 14 January 2024, the police detained a herder who had shot a farmer during a quarrel over a field "
     "in Kita (Kita, Kayes).", ARRESTS),
    # an attack on a civilian object, beside burning alone
    ("On 1 March 2022, suspected JNIM militants attacked and set ablaze a passenger bus near Bandiagara "
     "(Bandiagara, Mopti). No casualties reported.", ATTACK),
    ("On 4 April 2023, IS Sahel fighters raided and burned the weekly market of Tin-Hama (Ansongo, Gao). "
     "Traders fled before their arrival.", ATTACK),
    ("On 27 February 2024, JNIM militants burned the harvest stocks of villagers in Toguere Coumbe "
     "(Tenenkou, Mopti). No one was hurt.", DESTRUCTION),
]


@pytest.mark.parametrize("text,coded", NOTES, ids=[f"{i}:{c[1]}" for i, (_, c) in enumerate(NOTES)])
def test_coded_by_what_was_done_to_whom(default_analyzer, make_doc, text, coded):
    events = default_analyzer.analyse(make_doc(text, published=dt.date(2024, 5, 12))).events
    assert events, "no event"
    assert (events[0].event_type, events[0].sub_event_type) == coded, \
        [(e.event_type, e.sub_event_type, e.trigger) for e in events]
