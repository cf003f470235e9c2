"""How a fight between armed sides is told apart from one-sided violence, on sentences written for this test (none
from the tuning, dev or blind notes), each rule with the contrast that must not move:

- a fighter struck going about a civilian's day (in his field, while fetching wood, « dans son champ ») is a civilian
  victim, as ACLED codes "killed a VDP on his farmland (assumed unarmed)"; one who fought back keeps the battle;
- armed men carried off in an assault on them or after clashes are the battle's prisoners (an armed clash); armed men
  taken unarmed, and civilians taken in a raid, are an abduction;
- a device caught while being laid, its layers killed by the forces, is an armed clash; stopped with nobody hurt, a
  disrupted weapons use; one that went off in its layers' hands, an explosion;
- armed men who came under fire or were ambushed fought, whatever device they had found; a device defused and
  nothing more is a disrupted weapons use;
- attackers who withdrew after the fight they opened left no ground the state regained;
- a toll told after a fronted "in retaliation for …," is the deed's, not the cause's.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from sitrep.analyse.events.codebook_developments import device_caught_being_laid
from sitrep.analyse.events.defenders import struck_off_guard
from sitrep.analyse.events.fight_words import armed_men_under_fire
from sitrep.analyse.events.takings import armed_taken_in_a_fight

from .conftest import first_coding, most_confident_event

_first = partial(first_coding, published=dt.date(2024, 9, 1))


@pytest.mark.parametrize("text, language, expected", [
    ("On 3 August 2024, gunmen shot dead a VDP member in his millet field near Kalo.", "en", "Attack"),
    ("On 4 August 2024, militants killed two volunteers while they were herding their goats outside Wendou.", "en",
     "Attack"),
    ("Le 5 août 2024, des hommes armés ont abattu un VDP dans son champ près de Kalo.", "fr", "Attack"),
    # controls: defenders who fought back, and a post attacked
    ("On 6 August 2024, militants attacked VDP in their fields near Kalo; the VDP fought back and two of them died.",
     "en", "Armed clash"),
    ("On 7 August 2024, militants attacked the VDP post of Wendou and killed three volunteers.", "en", "Armed clash"),
])
def test_fighters_struck_at_their_chores_are_civilians(default_analyzer, text, language, expected):
    assert _first(default_analyzer, text, language)[1] == expected


@pytest.mark.parametrize("text, language, expected", [
    ("On 8 August 2024, militants captured four soldiers during an assault on their checkpoint near Kalo.", "en",
     "Armed clash"),
    ("On 9 August 2024, gunmen took two gendarmes hostage after clashes with them near Wendou.", "en", "Armed clash"),
    ("Le 10 août 2024, des terroristes ont enlevé trois gendarmes lors d'une attaque contre leur poste près de Kalo.", "fr",
     "Armed clash"),
    # controls: armed men taken unarmed, civilians taken in a raid
    ("On 11 August 2024, militants kidnapped two unarmed soldiers on leave at a wedding in Wendou.", "en",
     "Abduction/forced disappearance"),
    ("On 12 August 2024, gunmen abducted six traders during a raid on the market of Kalo.", "en",
     "Abduction/forced disappearance"),
])
def test_armed_men_taken_in_a_fight_are_its_prisoners(default_analyzer, text, language, expected):
    assert _first(default_analyzer, text, language)[1] == expected


@pytest.mark.parametrize("text, language, expected", [
    ("On 13 August 2024, troops caught three men laying mines on the track to Kalo and shot them dead.", "en",
     "Armed clash"),
    ("Le 14 août 2024, des soldats ont surpris deux terroristes en train de poser une mine près de Wendou et les ont "
     "abattus.", "fr", "Armed clash"),
    ("On 15 August 2024, a patrol that had found an explosive device near Kalo came under fire from gunmen. One "
     "soldier was wounded.", "en", "Armed clash"),
    # controls: a device defused, and one that went off as it was laid
    ("On 16 August 2024, army engineers defused a device buried under the road to Wendou.", "en", "Disrupted weapons use"),
    ("On 17 August 2024, two militants died when the mine they were burying exploded near Kalo.", "en",
     "Remote explosive/landmine/IED"),
])
def test_devices_laid_or_found_beside_a_fight(default_analyzer, text, language, expected):
    assert _first(default_analyzer, text, language)[1] == expected


def test_attackers_who_withdrew_after_their_assault_regained_nothing(default_analyzer):
    text = ("On 18 August 2024, JNIM militants attacked the VDP post of Kalo. After an hour of fighting, the militants "
            "withdrew.")
    event = most_confident_event(default_analyzer, text, "en", dt.date(2024, 9, 1))
    assert event.sub_event_type == "Armed clash"


def test_a_toll_after_a_fronted_reprisal_is_the_deeds(default_analyzer):
    text = "On 19 August 2024, in retaliation for the arrest of a cattle thief, gunmen raided Wendou, killing 6 herders."
    event = most_confident_event(default_analyzer, text, "en", dt.date(2024, 9, 1))
    assert event.fatalities is not None and event.fatalities.low == 6


def test_the_readings_alone():
    assert struck_off_guard("killed a VDP while he was fetching water", fought_back=False)
    assert not struck_off_guard("killed a VDP while he was fetching water", fought_back=True)
    assert not struck_off_guard("killed two VDP at their checkpoint", fought_back=False)
    assert armed_taken_in_a_fight("abducted three soldiers during an attack on their patrol")
    assert not armed_taken_in_a_fight("abducted three unarmed soldiers after clashes in the area")
    assert not armed_taken_in_a_fight("abducted three traders during an attack on their convoy")
    assert device_caught_being_laid("soldiers killed two men who were planting an IED") == "ARMED_CLASH"
    assert device_caught_being_laid("gendarmes arrested two men who were planting an IED") == "DISR_WEAP"
    assert device_caught_being_laid("the IED they were planting exploded") is None
    assert armed_men_under_fire("the convoy came under heavy fire near the bridge")
    assert not armed_men_under_fire("the villagers came under fire at the market")
