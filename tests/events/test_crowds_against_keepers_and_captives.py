"""Unorganised people against those who keep order, and the suspects a crowd seizes (ACLED's riots):

- a trade's crowd (gold panners, diggers, miners) or a prison's inmates who fight gendarmes, guards or the self-defence
  groups that police a village or a mining site (Koglweogo, VDP) riot: the crowd against its police is no communal
  militia, whichever side died;
- a fight told between partisans (party supporters, students) is a riot, not two militias;
- people a crowd catches, drags or lynches are its captives, whatever armed group it suspects them of: their killing is
  mob violence, not a fight with armed men;
- organised groups keep their reading: Koglweogo or Dozo who kill the men they hold attack civilians, militiamen who
  clash with jihadists fight a battle, villagers who repulse armed men are a militia, two villages at arms fight a battle.
"""

from __future__ import annotations

import pytest

from sitrep.analyse.events.crowd_doers import armed_object


@pytest.mark.parametrize("text, coded", [
    ("On 20 January 2024, artisanal gold miners clashed with Koglweogo members at the gold-mining site near Kalsaka "
     "after the Koglweogo tried to collect a levy. Two miners were killed.", ("Riots", "Mob violence")),
    ("On 7 April 2023, gold diggers clashed with VDP at the mining site of Essakane after the VDP closed it. "
     "One digger was killed.", ("Riots", "Mob violence")),
    ("On 30 June 2021, gold panners at a site near Gaoua clashed with gendarmes who had come to close the site. "
     "One panner was shot dead.", ("Riots", "Mob violence")),
    ("On 10 July 2022, detainees of the prison of Koutiala mutinied, setting mattresses on fire and attacking the "
     "guards with iron bars. One inmate was killed.", ("Riots", "Mob violence")),
    ("On 19 June 2023, prisoners at the Bobo-Dioulasso central prison rioted, taking two guards hostage and burning "
     "the kitchens.", ("Riots", "Violent demonstration")),
    ("On 6 August 2021, Koglweogo members and residents of Zorgho clashed after the Koglweogo arrested a trader; three "
     "people were injured.", ("Riots", "Mob violence")),
    ("On 14 September 2021, gold miners and Koglweogo fought at the Kalsaka mining site, leaving two miners dead.",
     ("Riots", "Mob violence")),
    ("On 10 June 2020, street fighting erupted between supporters of two candidates in Kombissiri; several people were "
     "wounded.", ("Riots", "Mob violence")),
    ("On 7 July 2022, villagers caught and killed a suspected terrorist near Pissila.", ("Riots", "Mob violence")),
    ("On 2 November 2022, villagers in Gayeri caught two men they suspected of being jihadists and beat them to death.",
     ("Riots", "Mob violence")),
    ("On 3 June 2023, youths of Kaya caught a man they accused of being a terrorist informant and burned him alive.",
     ("Riots", "Mob violence")),
])
def test_a_crowd_against_its_police_or_its_captives_riots(first_event, text, coded):
    e = first_event(text)
    assert (e.event_type, e.sub_event_type) == coded
    assert e.side1 and e.side1[0].startswith("rioters-")


@pytest.mark.parametrize("text, coded, doer", [
    ("On 10 March 2022, Koglweogo members in Tenkodogo beat to death a man they had detained on suspicion of theft.",
     ("Violence against civilians", "Attack"), "koglweogo"),
    ("On 7 April 2023, Dozo hunters caught two men they suspected of being jihadists near Djenne and shot them dead.",
     ("Violence against civilians", "Attack"), "dozo-militia"),
    ("On 5 May 2023, Koglweogo militiamen clashed with JNIM militants near Dablo. Three Koglweogo were killed.",
     ("Battles", "Armed clash"), "koglweogo"),
    ("On 4 March 2024, residents of Seytenga repulsed suspected jihadists who tried to enter the village, killing two "
     "of them.", ("Battles", "Armed clash"), "unidentified-communal-militia-burkina-faso"),
    ("On 19 June 2023, JNIM militants stormed the market of Pama, taking ten traders hostage.",
     ("Violence against civilians", "Abduction/forced disappearance"), "jnim"),
    ("On 3 April 2023, soldiers and residents of Djibo clashed with JNIM militants who attacked the town. Three soldiers "
     "were killed.", ("Battles", "Armed clash"), None),
    ("On 7 July 2022, villagers caught and killed two jihadists near Pissila.", ("Battles", "Armed clash"),
     "unidentified-communal-militia-burkina-faso"),
    ("On 7 July 2022, Koglweogo caught and killed a suspected thief near Pissila.", ("Violence against civilians", "Attack"),
     "koglweogo"),
    ("On 9 February 2022, farmers of the villages of Kangounadeni and Boussara clashed over a land dispute near "
     "Tiefora. Four people were killed.", ("Battles", "Armed clash"), "unidentified-communal-militia-burkina-faso"),
])
def test_organised_groups_keep_their_reading(first_event, text, coded, doer):
    e = first_event(text)
    assert (e.event_type, e.sub_event_type) == coded
    assert doer is None or e.side1 == [doer]
    assert not any(s.startswith("rioters-") for s in e.side1 + e.side2)


@pytest.mark.parametrize("text, verb, armed", [
    ("Villagers caught two men they suspected of being jihadists.", "caught", False),
    ("Villagers repulsed two men they suspected of being jihadists.", "repulsed", True),
    ("Villagers caught two jihadists.", "caught", True),
])
def test_suspects_are_armed_men_only_when_met_not_seized(text, verb, armed):
    from sitrep.analyse.nlp import _load_model
    from sitrep.config import Settings

    doc = _load_model(Settings().spacy_model)(text)
    assert armed_object(next(t for t in doc if t.text == verb)) is armed


def test_a_crowd_fighting_among_itself_is_no_two_communities(first_event):
    e = first_event("On 9 September 2022, gold miners clashed among themselves at the Bouda mining site over a gold vein; "
                    "two were killed with machetes.")
    assert (e.event_type, e.sub_event_type) == ("Riots", "Mob violence")
