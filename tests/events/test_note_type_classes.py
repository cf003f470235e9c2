"""Classes of short note that other writers produce and that were mis-typed: a count of fighters "neutralised" told
with the weapons seized from them (the fight, not a seizure); armed men who attack a self-defence group (a battle
between armed parties, not a crowd's mob violence); a position overrun whose holder is named in several words and
then left (an armed clash, not territory taken); a vehicle bomb with "no ground assault" after it (a suicide bomb);
a protest dated by an earlier killing ("a day after gunmen killed …": a peaceful protest, not force on the crowd);
a crowd "outraged by" an abduction that burns the state's premises (a violent demonstration); troops who enter a
a drone that "hit" something (an air strike); forces that
"engaged a terrorist group" or "a jihadist column" (an armed clash)."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document
from sitrep.analyse.events.protest_causes import violence_only_earlier
from sitrep.analyse.events.weapons import fighters_counted_neutralised


def _sub_type(analyzer, text: str) -> str | None:
    events = analyzer.analyse(make_document(text, dt.date(2024, 6, 1))).events
    best = sorted(events, key=lambda e: (-e.confidence, e.span.char_start))
    return best[0].sub_event_type if best else None


@pytest.mark.parametrize("text,expected", [
    ("According to the general staff, 9 assailants were neutralised near Ansongo and several rifles were recovered.",
     "Armed clash"),
    ("Nigerien troops neutralised about 30 terrorists near Banibangou, seizing motorbikes and weapons.", "Armed clash"),
    ("Gendarmes seized a cache of rifles and ammunition in Kati.", "Disrupted weapons use"),
    ("Soldiers neutralised an IED planted by terrorists on the road to Boni.", "Disrupted weapons use"),
    ("Gunmen ambushed a patrol of the village vigilantes near Tera, killing four of them.", "Armed clash"),
    ("Jihadists attacked a self-defence committee post in Kareygorou; three militiamen died.", "Armed clash"),
    ("After a firefight, militants overran a Ganda Izo checkpoint at Hombori and withdrew with its weapons.", "Armed clash"),
    ("JNIM fighters overran the army camp of Dioura after heavy fighting and remained in the town.",
     "Non-state actor overtakes territory"),
    ("A suicide attacker rammed a car packed with explosives into the gendarmerie post of Kati, killing three gendarmes; "
     "no further assault followed.", "Suicide bomb"),
    ("Traders in Gao closed their shops and marched to the governorate a day after gunmen killed two shopkeepers in "
     "the market.", "Peaceful protest"),
    ("Hundreds of women demonstrated in Tera following the murder of a teacher by unknown gunmen.", "Peaceful protest"),
    ("Police fired on traders who marched in Gao after the killing of a shopkeeper, killing two of them.",
     "Excessive force against protesters"),
    ("Outraged by the abduction of a local councillor, youths in Sebba set fire to the gendarmerie post.",
     "Violent demonstration"),
    ("A Malian army drone hit a pickup near Intahaka, killing four fighters.", "Air/drone strike"),
    ("Army units engaged a jihadist column near Douentza on Sunday.", "Armed clash"),
])
def test_note_classes_are_typed_by_the_codebook(default_analyzer, text, expected):
    assert _sub_type(default_analyzer, text) == expected


def test_fighters_counted_neutralised():
    assert fighters_counted_neutralised("12 terrorists were neutralised and rifles were seized")
    assert fighters_counted_neutralised("the army neutralised about twenty assailants")
    assert not fighters_counted_neutralised("deminers neutralised two IEDs planted by terrorists")


def test_violence_only_earlier():
    assert violence_only_earlier("Residents marched to the prefecture two days after militants killed 8 drivers.")
    assert not violence_only_earlier("Police fired on the marchers following the rally, killing two.")
    assert not violence_only_earlier("Residents marched to the prefecture.")
