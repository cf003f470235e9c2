"""Self-defence groups in Burkina Faso, Niger and Mali (vigilantes, hunters, Koglweogo, Dozo, « groupes
d'autodéfense »), coded as ACLED's codebook does:

- a self-defence group that ambushes or fights armed men is a battle (armed clash) between two armed parties,
  not a crowd's mob violence nor an attack on unarmed people; vigilantes who lynch a thief stay a riot;
- a side's own dead told by the possessive alone ("losing 2 of their own", « perdant deux des leurs ») count;
- vigilantes or a self-defence group of no name are the country's Unidentified Communal Militia.

Sentences written for these tests, varied in wording and order.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.codebook_deeds import SELF_DEFENCE_FIGHT
from sitrep.analyse.fatalities import find_fatalities

from .conftest import make_document


def _events(analyzer, text: str):
    doc = make_document(text, dt.date(2025, 6, 20))
    return sorted(analyzer.analyse(doc).events, key=lambda e: (-e.confidence, e.span.char_start))


@pytest.mark.parametrize("text", [
    "On 14 June 2025, vigilantes from Titao set an ambush for armed bandits on the road to Ouindigui, and one bandit died.",
    "Koglweogo members fought a group of armed robbers near Boulsa (Namentenga) on 3 June 2025; two vigilantes were wounded.",
    "A self-defence group repelled gunmen who tried to enter the village of Tera (Tera, Tillaberi) on 9 June 2025.",
    "Le 11 juin 2025, des chasseurs dozos ont tendu une embuscade à des hommes armés près de Diabaly (Niono, Ségou).",
])
def test_a_self_defence_group_fighting_armed_men_is_a_battle(default_analyzer, text):
    events = _events(default_analyzer, text)
    assert events and (events[0].event_type, events[0].sub_event_type) == ("Battles", "Armed clash"), text


def test_vigilantes_lynching_a_thief_stay_a_crowd_s_violence(default_analyzer):
    events = _events(default_analyzer, "On 2 June 2025, vigilantes lynched a suspected thief at the market of Koupela.")
    assert events and events[0].event_type != "Battles"


@pytest.mark.parametrize("text, fights", [
    ("the vigilantes ambushed armed men near the river", True),
    ("hunters clashed with jihadists at dawn", True),
    ("des miliciens ont repoussé des assaillants", True),
    ("vigilantes beat a suspected thief", False),
    ("hunters ambushed a herder's cattle", False),
])
def test_the_self_defence_fight_needs_armed_opponents(text, fights):
    assert bool(SELF_DEFENCE_FIGHT.search(text)) == fights


@pytest.mark.parametrize("text, language, dead", [
    ("Dozo hunters pushed back the raiders, losing 2 of their own.", "en", 2),
    ("The self-defence group said it had lost three of its own in the fighting.", "en", 3),
    ("Les Koglweogo ont repoussé l'attaque mais ont perdu quatre des leurs.", "fr", 4),
    ("Les volontaires ont résisté, perdant deux des siens.", "fr", 2),
])
def test_a_side_s_own_dead_told_by_the_possessive_count(text, language, dead):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and (killed.low, killed.high) == (dead, dead), text


def test_their_own_without_a_count_counts_nobody():
    killed, _ = find_fatalities("The villagers defended their own fields against the raiders.", "en")
    assert killed is None


@pytest.mark.parametrize("text, militia", [
    ("On 5 June 2025, vigilantes ambushed armed bandits near Djibo (Djibo, Soum), killing one.",
     "unidentified-communal-militia-burkina-faso"),
    ("On 7 June 2025, a self-defence group clashed with gunmen near Ouallam (Ouallam, Tillaberi).",
     "unidentified-communal-militia-niger"),
])
def test_an_unnamed_self_defence_group_is_the_country_s_communal_militia(default_analyzer, text, militia):
    events = _events(default_analyzer, text)
    assert events and militia in events[0].side1, (text, events[0].side1 if events else None)
