"""One-sided violence told beside armed men who were not its victims, on sentences written for this test (none from
the tuning or dev notes), with the contrast that must not move:

- the motive a note tells after the killing ("in retaliation for the killing of two militants by a self-defence
  group", "to avenge the death of three fighters") names earlier dead, not a foe the attackers met: an attack on
  civilians; attackers repelled by armed men, whatever their motive, fought a battle;
- gold panners, diggers and a mining site are civilians and a civilian place; one guarded by armed men who fought
  back is a battle;
- the kin of armed men ("four VDP relatives", "the wives of soldiers") are civilians; an earlier deed the sentence
  dates its killing from ("a day after VDP killed two militants") is no fight of this one; soldiers counted among the
  dead after civilians ("killing three civilians and two soldiers"), or a clash with fighters whose stray bullets
  killed civilians, make a battle; soldiers who fired on motorcyclists they took for attackers attacked civilians;
- a "military drone" named without its country is the army of the country the note is about, Nigeria's and Chad's
  as much as Mali's.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from sitrep.analyse.events.circumstances import without_answered_attack

from .conftest import most_confident_event


VAC, BATTLE = ("Violence against civilians", "Attack"), ("Battles", "Armed clash")


# the most confident event of a text published on 1 June 2024
_first = partial(most_confident_event, published=dt.date(2024, 6, 1))


@pytest.mark.parametrize("text, expected", [
    ("On 2 May 2024, suspected militants killed 23 villagers in Wara. The massacre was reportedly in retaliation for "
     "the killing of four militants by local hunters.", VAC),
    ("On 3 May 2024, gunmen killed 6 farmers near Siby. It came in revenge for the killing of two bandits by a "
     "vigilance committee.", VAC),
    ("On 4 May 2024, armed men attacked a gold mining site near Gassan, killing 7 panners and taking their generators.",
     VAC),
    ("On 5 May 2024, unidentified gunmen opened fire on gold diggers at a panning site near Wara; 3 were killed.", VAC),
    ("On 8 May 2024, gunmen killed 3 VDP relatives near Siby, two days after VDP killed 4 militants in the area.", VAC),
    ("On 9 May 2024, militants shot dead the wives and children of 2 soldiers in Wara.", VAC),
    ("On 14 May 2024, soldiers fired on a group of motorcyclists near Wara, killing 3, after mistaking them for "
     "attackers.", VAC),
    # the contrasts: armed men met the attackers
    ("On 15 May 2024, troops clashed with ISWAP fighters near Siby, killing 8 of them; 2 civilians were killed by stray "
     "bullets.", BATTLE),
    ("On 10 May 2024, militants attacked Gassan, killing 4 civilians and 3 soldiers.", BATTLE),
    ("On 11 May 2024, soldiers killed 6 militants near Siby, a day after militants attacked their post.", BATTLE),
    ("On 6 May 2024, militants attacked Siby in retaliation for the killing of their commander; volunteers repelled "
     "them, killing 5 attackers.", BATTLE),
    ("On 7 May 2024, militants attacked a gold mining site near Gassan guarded by VDP; the VDP fought back and 4 of them "
     "were killed.", BATTLE),
])
def test_coded_by_the_victims_not_the_motive(default_analyzer, text, expected):
    event = _first(default_analyzer, text)
    assert event is not None and (event.event_type, event.sub_event_type) == expected, text


def test_a_killing_avenged_is_left_out_of_the_deed():
    told = without_answered_attack("The attack was in retaliation for the killing of two militants by a local militia.")
    assert "militants" not in told
    told = without_answered_attack("Militants killed two soldiers in an ambush.")
    assert "soldiers" in told


@pytest.mark.parametrize("text, army", [
    ("On 8 May 2024, a military drone bombed a village market in Tsafe (Tsafe, Zamfara), Nigeria, killing 9 civilians.",
     "nigeria-armed-forces"),
    ("On 9 May 2024, a military drone struck a cattle market near Bol (Mamdi, Lac), Chad, killing 4 herders.",
     "chad-armed-forces"),
])
def test_a_military_drone_is_the_countrys_army(default_analyzer, text, army):
    event = _first(default_analyzer, text)
    assert event is not None and event.sub_event_type == "Air/drone strike"
    assert army in event.side1, event.side1


@pytest.mark.parametrize("text, not_a_party", [
    ("On 12 May 2024, gunmen killed 4 VDP relatives in Wara.", "vdp"),
    ("On 13 May 2024, militants shot dead the wives of two soldiers in Siby.", "burkina-faso-armed-forces"),
])
def test_the_armed_whose_kin_were_killed_are_no_party(default_analyzer, text, not_a_party):
    event = _first(default_analyzer, text)
    assert event is not None and event.event_type == VAC[0]
    assert not_a_party not in event.side1 + event.side2, (event.side1, event.side2)
