"""A thirty-ninth Sahel measuring stick, on event TYPE at its boundaries: 43 own notes in ACLED's export format
(``notes_mali_blind_39.csv``) from Mali and Niger, 2023-2024, three of them in French, written and committed with
their gold before any run.  Deliberately among them: mob violence (crowds lynching or stoning suspected thieves and a
supposed kidnapper, villagers beating a herder, two communities or two villages' miners fighting with sticks,
machetes, clubs and bows, a mob storming a police station), violent demonstrations (students against police, residents
burning a gendarmerie post, youths burning a mayor's house or a town hall), two protests; battles against violence
against civilians (a village defended by Dozo, a Dozo or a self-defence member killed in his field, a convoy escorted
by soldiers, executions, a bus hold-up, a raid on a Fulani camp); explosions (drone strikes, mortars on a camp and a
town, an IED, a landmine under a cart); strategic developments (a curfew, a ban, a local pact, arrests, looting of
deserted shops, a weapons cache, a command post moved, a town left to JNIM without a fight).

Before any fix (main bee6f8c): found 1.000, event_type .884, sub_event_type .837, place .884, fatalities .977, date
1.000, actor1 .837; per class Riots recall .667 (three communal fights with hand weapons read as Battles, a
stoning read as an attack because the victim was "accused of trying to kidnap a child"), Battles precision .70
(the same fights), and the escorted convoy whose soldier died read as an attack.

After the fixes (two communities, or the people of two villages, who fight with hand weapons only are a brawl: mob
violence, ``communal.communities_brawling``; a note's "(Admin2, Admin1)" bracket no longer cuts a side; "stoned and
burned alive a man" is mob justice; an escort whose men the note counts among the dead fought; people named by their
livelihood who beat one person with no firearm are a crowd; « se sont affrontés » is a fight): event_type 1.000,
sub_event_type .954, actor1 .930.  Still missed: places Macina (read as Ké-Macina), Tessit, Bandiagara (read as
Sévaré, the road's other end) and Goundam (read as Timbuktu, where the post came from), a curfew's sub-type (Other
for Change to group/activity), a command post moved (Change to group/activity for Headquarters), and the toll of
« les ont exécutés » with the count told before."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_39.csv"
FLOORS = {"found": 0.98, "event_type": 0.97, "sub_event_type": 0.93, "place": 0.86, "fatalities": 0.95, "date": 0.98,
          "actor1": 0.9}


scored, test_every_row_is_read, test_thirty_ninth_blind_sahel_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=43, every_actor_known=True)


def test_riots_are_recalled_and_battles_not_overpredicted(scored):
    classes = scored["per_class"]["event_type"]
    riots = next(c for c in classes if c["class"] == "Riots")
    battles = next(c for c in classes if c["class"] == "Battles")
    assert riots["recall"] >= 0.9 and battles["precision"] >= 0.85, (riots, battles)
