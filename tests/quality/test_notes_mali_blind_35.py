"""A thirty-fifth Sahel measuring stick, on event TYPE where held-out Burkinabe notes are weakest (riots read as
something else, battles predicted for other types): 49 own notes in ACLED's export format
(``notes_mali_blind_35.csv``) from Burkina Faso, Mali and Niger, 2020-2025, written and committed with their gold
before any run.  Deliberately among them: mob violence (crowds lynching or beating suspected thieves, sorcerers,
a supposed informant; market traders and vendors setting upon tax agents; moto-taxi drivers attacking a company's
driver; villages and fishing communities fighting with machetes, sticks, spears and clubs), violent demonstrations
(youths burning a gendarmerie post and a mayor's house, students ransacking a rectorate, pupils burning tyres,
drivers fighting running battles with police, supporters setting an embassy's gate on fire), peaceful protests,
protests with intervention and excessive force; and the boundaries of Battles (raids on VDP, Koglweogo, Dozo),
violence against civilians (executions, a market shooting, women seized), strategic developments (looting, arrests,
a camp handed over, a local pact, a town hall burned) and explosions (IEDs, a vehicle suicide bomb).

Before any fix (main 28aec5d): found .980, event_type .796, sub_event_type .796, place .918, fatalities .898,
date .980, actor1 .816; per class Riots recall .632 (4 read as Battles, 2 as Protests, 1 no event), Battles precision
.556.  Misses then: traders who "set upon municipal tax collectors" and vendors who "chased away agents …, overturning
their pick-up and beating one of the agents" (read as protests; the second as a road accident, no event), youths who
"burned the gendarmerie post and the mayor's house, accusing the authorities of hiding the number of soldiers killed"
(read as the attack in the accusation), drivers who "fought running battles with police" (a battle), supporters who
"set its gate on fire" (a protest with intervention), women who "walked to the prefecture to demand news of their
husbands taken away by soldiers" (an abduction), militants who "besieged the Dozo hunters' camp" before "exchanges
of fire" (a group's restriction).

After the fixes (a crowd read as protesting whose own verb is violence riots; a crowd verb's violent participles are
its deed; the fight's other side told on its object, "battles with police"; codebook cues for people held by a trade
who beat or set upon agents and for a crowd burning the state's premises; "set X Y on fire"; a transitive
"overturning their pick-up" is no accident; a siege whose fire exchanged is told next is a battle; people walking
somewhere to demand protest): found 1.000, event_type .939, sub_event_type .939, place .939, fatalities .939, date
1.000, actor1 .939.  Still missed: two communities fighting with machetes and sticks, or spears and clubs (gold Mob
violence; the code keeps ACLED's communal-militia reading for two villages or peoples at arms, whatever the weapons),
a former minister "taken to an unknown destination" (gold Arrests; the code's forced disappearance), tolls "He died
of his burns" and a child's death that caused the lynching, and the places Ber and Teguey."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events.conftest import make_document

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_35.csv"
FLOORS = {"found": 0.98, "event_type": 0.93, "sub_event_type": 0.93, "place": 0.92, "fatalities": 0.92, "date": 0.98,
          "actor1": 0.92}


scored, test_every_row_is_read, test_thirty_fifth_blind_sahel_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=49, every_actor_known=True)


def test_riots_are_recalled_and_battles_not_overpredicted(scored):
    classes = scored["per_class"]["event_type"]
    riots = next(c for c in classes if c["class"] == "Riots")
    battles = next(c for c in classes if c["class"] == "Battles")
    assert riots["recall"] >= 0.89 and battles["precision"] >= 0.74, (riots, battles)


def _types(analyzer, text: str) -> set[tuple[str, str]]:
    events = analyzer.analyse(make_document(text, published=dt.date(2024, 6, 1))).events
    return {(e.event_type, e.sub_event_type) for e in events}


# sentences written for these checks, in the same classes of wording as the notes (not their sentences)
@pytest.mark.parametrize("text, want", [
    ("On 3 May 2024, shopkeepers of the Gourcy market set upon two municipal agents collecting the daily tax.",
     ("Riots", "Mob violence")),
    ("On 3 May 2024, hawkers at the bus station of Kaya chased the town's agents away, beating one of them.",
     ("Riots", "Mob violence")),
    # (a riot either way: the sub-type of a crowd fighting the law with no demand told is left open)
    ("On 3 May 2024, moto-taxi drivers in Dori fought running battles with gendarmes after a colleague's arrest.",
     ("Riots", None)),
    ("On 3 May 2024, young people of Gourcy torched the police station and the prefect's residence.",
     ("Riots", "Violent demonstration")),
    ("On 3 May 2024, JNIM militants surrounded the VDP post of Tougouri. Two VDP were killed in the exchange of fire.",
     ("Battles", "Armed clash")),
    ("On 3 May 2024, women of Djibo marched to the town hall to demand the release of their sons detained by the army.",
     ("Protests", "Peaceful protest")),
])
def test_crowds_and_fights_are_coded_by_what_was_done(default_analyzer, text, want):
    got = _types(default_analyzer, text)
    assert want in got or want[1] is None and want[0] in {t for t, _ in got}, got


@pytest.mark.parametrize("text, not_wanted", [
    # armed men fought off, not a crowd's violence
    ("Residents of a hamlet near Titao, armed with old rifles, repulsed gunmen on 8 June 2024, killing two of them.",
     "Riots"),
    # a road accident stays no riot and no battle
    ("On 3 May 2024, a lorry overturned on the road to Kaya, killing three passengers.", "Riots"),
    # the soldiers' abduction is what the women protest, not the note's event
    ("On 3 May 2024, women of Djibo marched to the town hall to demand the release of their sons detained by the army.",
     "Violence against civilians"),
])
def test_what_must_not_be_read(default_analyzer, text, not_wanted):
    assert not_wanted not in {t for t, _ in _types(default_analyzer, text)}
