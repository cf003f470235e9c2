"""Strikes of war told apart from labour strikes, gangs' own violence, and arrests that no word tells.

- A strike of war is told by its kind ("precision", "surgical", "targeted", "retaliatory", "pre-emptive",
  "punitive", "military"; missile, rocket, artillery and drone strikes have their own cues) or by its deed ("strike
  kills"), or by a target as its object ("to strike drug cartels"): an air strike, never a protest.  A labour strike
  has strikers, workers, unions, "went on strike"; in French « grève » is the labour word and « frappe de
  précision », « frappes ciblées », « frappes de représailles » are strikes of war (``data/event_cues_*.tsv``).
- Gangs, cartels, cult groups and mafias are armed parties (``events/gang_violence.py``): their fights are clashes and
  their killings attacks; robbers, thieves and the police's raids on a gang stay crime.
- A model's arrest with no word of arrest in the sentence, beside a cue for a killing, is the killing
  ("Policeman gunned down by suspected militants": ``codebook._arrest_no_word_tells``).
- An arrest "in connection with" a deed dated before the news frames that deed (``frames._earlier_deed_connected``).
"""

from __future__ import annotations

import pytest

from sitrep.analyse.events.classifier import cue_hits
from sitrep.analyse.events.gang_violence import gang_violence
from sitrep.analyse.events.types import BATTLES, EXPLOSIONS, VAC

from .conftest import make_document

VIOLENT = (BATTLES, EXPLOSIONS, VAC)


@pytest.mark.parametrize("text, language", [
    ("Israeli precision strike kills two Hezbollah commanders in south Lebanon", "en"),
    ("Pakistan carried out retaliatory strikes on militant hideouts across the border on Thursday.", "en"),
    ("The army said a targeted strike destroyed a weapons depot near the town.", "en"),
    ("US strike kills al-Shabaab commander near Jilib", "en"),
    ("Une frappe de précision a tué deux chefs jihadistes près de Ménaka, selon l'état-major.", "fr"),
    ("L'armée a mené des frappes ciblées contre des positions terroristes dans la région.", "fr"),
])
def test_a_strike_of_war_is_an_air_strike_not_a_protest(text, language):
    hits = cue_hits(text, language)
    assert "AIR_STRIKE" in hits and "PEACE_PROTEST" not in hits, hits


@pytest.mark.parametrize("text, language", [
    ("Public sector workers went on strike across Lebanon on Monday to demand pay rises.", "en"),
    ("Argentina's CGT union federation held a 24-hour general strike on Wednesday.", "en"),
    ("Lawyers in Lahore observed a strike on Thursday and boycotted court proceedings.", "en"),
    ("Les enseignants sont en grève depuis lundi à Bamako pour réclamer leurs primes.", "fr"),
])
def test_a_labour_strike_stays_a_protest(text, language):
    hits = cue_hits(text, language)
    assert "PEACE_PROTEST" in hits and "AIR_STRIKE" not in hits, hits


def test_a_strike_threatened_on_a_target_is_no_protest():
    hits = cue_hits("Officials suggested sending troops across the border to strike drug cartels.")
    assert "PEACE_PROTEST" not in hits, hits


@pytest.mark.parametrize("text, gangs", [
    ("Members of the MS-13 and Barrio 18 gangs fought a gun battle in San Pedro Sula on Sunday.", True),
    ("Cartel gunmen kill three in Zacatecas bar shooting", True),
    ("Two rival cult groups clashed with guns and cutlasses in Benin City.", True),
    ("Des membres d'un gang ont abattu un chauffeur de bus à Port-au-Prince.", True),
    ("A gang of armed robbers killed a security guard during a raid on a bank in Lagos.", False),
    ("Police raided a safe house of the Santa Rosa de Lima cartel and arrested twelve men.", False),
    ("A 14-year-old girl was gang-raped by soldiers in a village in Rakhine.", False),
    ("Thieves who belonged to a car-lifting gang shot a watchman in Karachi.", False),
])
def test_a_gangs_own_deed_is_told_apart_from_robbers_and_raids(text, gangs):
    assert gang_violence(text) == gangs


@pytest.mark.parametrize("text, sub", [
    ("Members of the MS-13 and Barrio 18 gangs fought a gun battle in a neighbourhood of San Pedro Sula on Sunday, "
     "leaving four dead, police said.", "Armed clash"),
    ("Three killed as rival gangs clash in Rosario", "Armed clash"),
    # (a gang shootout was once among the everyday-news negatives; the gang convention makes it a clash)
    ("Police in Cape Town said a gang shootout in Manenberg left three men dead on Saturday night.", "Armed clash"),
    ("Gang members shot dead a bus driver who refused to pay a weekly extortion fee in Tegucigalpa, police said.", "Attack"),
    ("Cartel gunmen kill three in Zacatecas bar shooting, prosecutors say", "Attack"),
])
def test_gangs_fights_are_clashes_and_their_killings_attacks(default_analyzer, text, sub):
    events = default_analyzer.analyse(make_document(text)).events
    assert [e.sub_event_type for e in events][:1] == [sub], [(e.sub_event_type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "A gang of armed robbers shot dead a bank guard during a hold-up in Lagos on Tuesday.",
    "Colombian police dismantled a Clan del Golfo cocaine laboratory in Narino and seized 2.3 tonnes of cocaine.",
    "Police raided a safe house of a cartel in Guanajuato and arrested twelve suspected members.",
])
def test_robbers_and_raids_on_gangs_stay_crime(default_analyzer, text):
    events = default_analyzer.analyse(make_document(text)).events
    assert not [e for e in events if e.event_type in VIOLENT], [(e.sub_event_type, e.trigger) for e in events]


def test_a_killing_with_no_arrest_word_is_no_arrest(default_analyzer):
    events = default_analyzer.analyse(make_document("Policeman gunned down by suspected militants in Pulwama")).events
    assert events and events[0].event_type in VIOLENT, [(e.sub_event_type, e.trigger) for e in events]
    assert "Arrests" not in [e.sub_event_type for e in events]


@pytest.mark.parametrize("text", [
    "The National Investigation Agency arrested two men in Srinagar in connection with the grenade attack on a CRPF "
    "bunker last month.",
    "Police in Imphal arrested three men in connection with the attack on an Assam Rifles convoy in Chandel district "
    "last week.",
])
def test_an_arrest_in_connection_with_an_earlier_attack_is_the_arrest(default_analyzer, text):
    events = default_analyzer.analyse(make_document(text)).events
    assert [e.sub_event_type for e in events] == ["Arrests"], [(e.sub_event_type, e.trigger) for e in events]


def test_a_gangs_killing_is_an_attack_cue_in_french_too():
    assert "ATTACK" in cue_hits("Des membres d'un gang ont abattu un chauffeur de bus à Port-au-Prince.", "fr")


def test_an_arrest_in_connection_with_an_earlier_attack_in_french(default_analyzer):
    text = "La gendarmerie a arrêté trois hommes à Kayes en lien avec l'attaque du poste de Diboli la semaine dernière."
    events = default_analyzer.analyse(make_document(text, language="fr")).events
    assert [e.sub_event_type for e in events] == ["Arrests"], [(e.sub_event_type, e.trigger) for e in events]
