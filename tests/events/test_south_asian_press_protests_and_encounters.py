"""South Asian and headline wordings (written for this test, not taken from ``data/case_blind_styles_10.tsv`` whose
classes they stand for).

Police who lathi-charge or turn water cannons on marchers intervene in a protest, "cops" being police.  Encircling an
official (a gherao), blocking a road (rasta roko), a hunger strike and a protester who sets himself on fire are
peaceful protests: his burns are no riot.  An "encounter" with security forces is a gunfight, "exchange fire" in a
headline's present tense too (between armed parties; police and gangsters stay a crime); workers of rival parties who clash are crowds fighting (mob violence); crude bombs
hurled are grenades; a ceasefire violated with shelling is the shelling, not an agreement; militants who "storm" a
post are not a storm; and a basketball Clasico's "clash" is a game.
"""

from __future__ import annotations

import pytest

from .conftest import make_document


def _sub_events(analyzer, text: str) -> list[str]:
    return [e.sub_event_type for e in analyzer.analyse(make_document(text)).events]


@pytest.mark.parametrize("text, sub_event", [
    ("Police lathi-charged teachers protesting outside the education office in Ranchi; several were hurt.",
     "Protest with intervention"),
    ("Cops turn water cannons on farmers marching to the state assembly in Chandigarh.", "Protest with intervention"),
    ("Residents gheraoed the municipal commissioner for four hours over the water shortage in Howrah.",
     "Peaceful protest"),
    ("A daily wage worker set himself on fire outside the secretariat in Lucknow to protest against his eviction;"
     " he suffered severe burns.", "Peaceful protest"),
    ("Three militants killed in an encounter with security forces in Anantnag.", "Armed clash"),
    ("Troops and Maoist rebels exchange fire in the forests of Sukma; one rebel injured", "Armed clash"),
    ("SP, BJP workers clash in Moradabad; five injured, cars damaged", "Mob violence"),
    ("Crude bombs hurled at a councillor's house in Barrackpore; no one hurt", "Grenade"),
    ("Indian army violates ceasefire along the LoC in Kotli, shells villages; two civilians injured",
     "Shelling/artillery/missile attack"),
    ("Twin blasts rock a market in Bannu; six injured", "Remote explosive/landmine/IED"),
])
def test_the_event_its_words_tell(default_analyzer, text, sub_event):
    assert _sub_events(default_analyzer, text)[:1] == [sub_event]


@pytest.mark.parametrize("text", [
    "Barangay Ginebra and San Miguel clash anew in the PBA Clasico at the Araneta Coliseum",
    "Encounter specialist's memoir released in Pune",
    "The army and the rebels signed a ceasefire in Kathmandu on Friday.",
])
def test_no_violent_event(default_analyzer, text):
    assert not any(s in ("Armed clash", "Attack", "Mob violence", "Violent demonstration")
                   for s in _sub_events(default_analyzer, text))
