"""Three codings of news copy, on sentences written for this test (none from the tuning, dev or blind sets), each rule
with the contrast that must not move:

- one member of the forces singled out and shot down ("gunned down", "shot dead", « abattu »), nothing told of his
  unit, a post or a fight, is an assassination (an attack); a post attacked, a patrol ambushed, shots returned, or
  several soldiers killed stay a battle;
- two sides that "shot at each other" or « se sont tiré dessus » fought (an armed clash);
- a crowd that burns a police outpost, a chowki or a thana is a violent demonstration, as for a police station;
- a house blown up or razed (« fait sauter la maison ») is a destruction of property, whoever did it;
- a heavy win told with a scoreline ("destroyed Angola 3-0") is a match, no destruction.
"""

from __future__ import annotations

import pytest

from sitrep.analyse.events.cues import over_a_match
from sitrep.analyse.events.lone_officer import lone_member_shot
from sitrep.analyse.events.protest_causes import crowd_at_the_state

from .conftest import first_coding


@pytest.mark.parametrize("text, expected", [
    ("Constable gunned down by unidentified assailants in Quetta", True),
    ("Gunmen shot dead a police inspector outside a mosque in Sialkot on Friday.", True),
    ("A soldier was shot dead by suspected rebels in Bamenda on Monday.", False),  # (a soldier: a combatant; CASE codes it a clash)
    ("Des hommes armés ont abattu un policier devant son domicile à Niamey.", True),
    # controls: a unit or a post, a fight, other armed dead, a plain "killed"
    ("Militants shot dead a policeman guarding a checkpoint in Quetta.", False),
    ("Gunmen shot dead a soldier during an ambush on a patrol near Bamenda.", False),
    ("Rebels shot dead a soldier and two policemen in Bamenda.", False),
    ("Militants killed a soldier in Bamenda.", False),
])
def test_one_officer_singled_out_and_shot(text, expected):
    assert lone_member_shot(text) is expected


@pytest.mark.parametrize("text, language, expected", [
    ("Policeman gunned down by suspected militants in Baramulla", "en", "Attack"),
    ("Unidentified gunmen shot dead a police constable in Kohat on Sunday evening, police said.", "en", "Attack"),
    # control: a post attacked, its policeman killed
    ("Militants attacked a police post in Kohat on Sunday, killing a policeman.", "en", "Armed clash"),
    ("Gunmen from two rival clans shot at each other near Galkayo on Monday, leaving four people dead.", "en",
     "Armed clash"),
    ("Des membres de deux milices se sont tiré dessus près de Ménaka lundi, faisant quatre morts.", "fr", "Armed clash"),
    ("A mob torched a police outpost in Balasore after a youth died in police custody.", "en", "Violent demonstration"),
    ("Militiamen blew up the house of a village elder in Marib province on Sunday.", "en", "Looting/property destruction"),
    ("Des miliciens ont fait sauter la maison d'un notable à Marib dimanche.", "fr", "Looting/property destruction"),
    # control: people killed beside the houses blown up: the attack on them
    ("Gunmen stormed the village, killed three men and blew up their houses.", "en", "Attack"),
])
def test_codings(default_analyzer, text, language, expected):
    assert first_coding(default_analyzer, text, language)[1] == expected


def test_police_outposts_and_thanas_are_the_states_premises():
    assert crowd_at_the_state("Villagers set fire to a police outpost after the death of a youth.")
    assert crowd_at_the_state("An angry crowd torched the thana and two jeeps.")
    assert not crowd_at_the_state("An angry crowd torched two buses and a shop.")


def test_a_heavy_win_with_its_scoreline_is_a_match():
    assert over_a_match("Ghana's Black Stars destroyed Angola 3-0 in Kumasi.")
    assert over_a_match("Senegal trounce Gambia 4-1 in Dakar")
    assert not over_a_match("Militants destroyed three telecom masts in Mandera.")
