"""French deaths told in the passive with their cause in a « par » / « dans » phrase (``data/event_cues_fr.tsv``,
``events.sentences``): the death is the event of its cause.  « mine » names both a landmine and a mining site: the
blast OF a mine is a device going off (an explosion, never a works accident), a blast IN a mine or of a gold or coal
mine stays the works' accident; an attack named only as the subject of « a fait N morts » is an attack; bodies found
after armed men passed are people they killed."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.classifier import cue_hits
from sitrep.analyse.events.sentences import _device_of_war_named
from sitrep.analyse.events.classifier import Scored

from .conftest import make_document

PUBLISHED = dt.date(2026, 3, 10)


def _events(analyzer, text):
    return analyzer.analyse(make_document(text, published=PUBLISHED, language="fr")).events


@pytest.mark.parametrize("text", [
    "Trois militaires ont été tués dimanche par l'explosion d'une mine sur la route de Tessit.",
    "Deux bergers ont péri lundi dans l'explosion d'une mine artisanale près de Djibo.",
    "Un chauffeur a perdu la vie samedi dans la détonation d'une mine au passage de son camion.",
    "Quatre passagers ont été tués par l'explosion d'une bombe dans une gare routière de Gao.",
])
def test_the_blast_of_a_mine_is_a_device_that_went_off(default_analyzer, text):
    hits = cue_hits(text, "fr")
    assert hits.get("REM_EXPLOS", (0.0,))[0] >= 1.5 and "MAN_MADE_DISASTER" not in hits, hits
    events = _events(default_analyzer, text)
    assert [(e.event_type, e.sub_event_type) for e in events][:1] == \
        [("Explosions/Remote violence", "Remote explosive/landmine/IED")], events


@pytest.mark.parametrize("text", [
    "Cinq orpailleurs ont péri samedi dans l'explosion d'une mine d'or artisanale près de Kéniéba.",
    "Trois ouvriers ont été tués samedi par une explosion dans une mine de Sadiola, selon l'exploitant.",
])
def test_a_blast_in_a_mining_site_stays_a_works_accident(default_analyzer, text):
    hits = cue_hits(text, "fr")
    assert hits.get("REM_EXPLOS", (0.0,))[0] < 1.5 and "MAN_MADE_DISASTER" in hits, hits
    assert not [e for e in _events(default_analyzer, text) if e.event_type == "Explosions/Remote violence"]


def test_only_a_named_device_lifts_the_accident_reading():
    named = Scored("REM_EXPLOS", 2.0, {}, {}, {"REM_EXPLOS": 2.4})
    blast_only = Scored("REM_EXPLOS", 0.5, {}, {}, {"REM_EXPLOS": 0.6})
    assert _device_of_war_named(named, "REM_EXPLOS")
    assert not _device_of_war_named(blast_only, "REM_EXPLOS")
    assert not _device_of_war_named(named, "ATTACK")


@pytest.mark.parametrize("text, event_type, low", [
    ("L'assaut lancé dimanche par des jihadistes contre le camp de Boni a fait huit morts parmi les soldats.", "Battles", 8),
    ("Le raid de lundi contre un campement près de Macina a fait au moins neuf victimes civiles.",
     "Violence against civilians", 9),
    ("Les corps de six bergers ont été découverts lundi après le passage d'hommes armés près de Dioura.",
     "Violence against civilians", 6),
])
def test_an_attack_named_as_the_cause_of_the_dead_is_the_event(default_analyzer, text, event_type, low):
    events = _events(default_analyzer, text)
    assert events and events[0].event_type == event_type and events[0].fatalities.low == low, events


def test_an_attack_that_made_no_victim_gives_no_toll(default_analyzer):
    events = _events(default_analyzer, "L'attaque de samedi contre le poste de Boni n'a fait aucune victime, selon l'armée.")
    assert all(e.fatalities is None or e.fatalities.low == 0 for e in events)
