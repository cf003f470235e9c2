"""Passive arrest headlines, acid thrown, land invasions and blockades, hartals and bandhs, rocket-propelled grenades,
guns carried as cargo, partisans trading gunfire, hooligans, stones at a procession and election staff beaten (written
for this test, not taken from ``data/case_blind_styles_14.tsv`` whose classes they stand for).

A headline's "N held for X" is the arrest, X what they are held over; acid thrown on a person is an attack on the
unarmed, whoever the victim; landless families who invade an estate, and farmers or truckers who blockade a road,
protest (an armed group's blockade stays its own measure, its "armed strike" its change of activity, not a workers'
strike); forces who fire on bandh or hartal supporters use force against a protest; a rocket-propelled grenade is a
round fired in a fight, no thrown grenade; rifles a boat or a lorry carries are the weapons seized, not men under arms;
partisans who trade gunfire are armed sides; hooligans and ultras who brawl are a crowd; stones thrown at a
procession are a mob's, not the marchers' demonstration; polling staff beaten by armed men are civilians attacked.
"""

from __future__ import annotations

import pytest

from .conftest import make_document


def _sub_events(analyzer, text: str) -> list[str]:
    return [e.sub_event_type for e in analyzer.analyse(make_document(text)).events]


@pytest.mark.parametrize("text, sub_event", [
    ("Three youths held for stoning police vehicle in Baramulla", "Arrests"),
    ("Five held over arson at panchayat office in Kendrapara", "Arrests"),
    ("Unidentified men hurled acid at a woman lawyer outside the district court in Multan.", "Attack"),
    ("Two men on a motorbike splashed acid on a college student in Bahawalpur, police said.", "Attack"),
    ("Acid attack on woman journalist in Peshawar; attackers escape", "Attack"),
    ("Dozens of landless families occupied an abandoned cattle ranch near Maraba, demanding it be handed over for land"
     " reform.", "Peaceful protest"),
    ("Squatters invaded a sugar plantation outside Santa Cruz overnight, staking out plots with wooden posts.",
     "Peaceful protest"),
    ("Rice farmers kept up their blockade of the Pan-American Highway near Popayan for a third day.", "Peaceful protest"),
    ("FARC dissidents announced an armed strike in Cauca, ordering shops to close for three days.",
     "Change to group/activity"),
    ("The ELN declared an armed strike in Arauca for the weekend.", "Change to group/activity"),
    ("Police detained 30 picketers who had blocked the entrance of the refinery in Bahia Blanca.",
     "Protest with intervention"),
    ("Police opened fire on hartal supporters blocking a railway line in Sylhet, killing three.",
     "Excessive force against protesters"),
    ("Police fired on bandh supporters who were blocking a national highway in Dhemaji, killing one.",
     "Excessive force against protesters"),
    ("Gunmen armed with rocket-propelled grenades attacked an army checkpoint near Arish; soldiers returned fire,"
     " killing four attackers.", "Armed clash"),
    ("Customs officers intercepted a lorry near Kasur carrying rifles and 500 cartridges.", "Disrupted weapons use"),
    ("The navy intercepted a dhow off Socotra carrying AK-47 rifles and rocket launchers bound for Yemen.",
     "Disrupted weapons use"),
    ("Supporters of two rival candidates exchanged fire near a polling station in Kurram, killing one man.",
     "Armed clash"),
    ("Hooligans of two rival clubs fought with bottles and iron bars outside the stadium in Belgrade after the derby.",
     "Mob violence"),
    ("Ultras of the two clubs fought with flares and bottles in the streets of Marseille after the match.",
     "Mob violence"),
    ("Unidentified people pelted stones at a Muharram procession in Kishtwar, injuring six mourners.", "Mob violence"),
    ("A Ganesh procession was pelted with stones in Bhainsa, injuring four devotees.", "Mob violence"),
    ("Men armed with pistols captured a polling booth in Siwan and beat up the presiding officer.", "Attack"),
])
def test_the_event_its_words_tell(default_analyzer, text, sub_event):
    assert _sub_events(default_analyzer, text)[:1] == [sub_event]


@pytest.mark.parametrize("text, sub_event", [
    # an armed group's blockade is its own measure, not a protest
    ("Rebels kept up their blockade of the town for a third week, cutting off food supplies.", "Change to group/activity"),
    # workers on strike still strike; stones thrown by marchers still make their demonstration violent
    ("Workers went on strike at the copper mine in Antofagasta.", "Peaceful protest"),
    ("Youths pelted stones at police during a protest march in Srinagar.", "Violent demonstration"),
    # men who carry the rifles are armed men, whatever they destroy
    ("Militants carrying rifles torched a school in Shopian.", "Looting/property destruction"),
    # a grenade thrown is still a grenade
    ("A grenade exploded in a crowded market in Imphal, wounding six people.", "Grenade"),
])
def test_the_neighbouring_readings_stay(default_analyzer, text, sub_event):
    assert _sub_events(default_analyzer, text)[:1] == [sub_event]


def test_held_for_ransom_is_no_arrest(default_analyzer):
    assert "Arrests" not in _sub_events(default_analyzer, "The shop was held for ransom by the gang for two weeks.")
