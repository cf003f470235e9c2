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

After the fixes ("stoned and burned alive a man" is mob justice, whatever the accusation names; an escort whose
men the note counts among the dead fought; people named by their livelihood who beat one person with no firearm
are a crowd): event_type .930, sub_event_type .884, actor1 .861; Riots recall .750, Battles precision .727.  A rule
that made two communities fighting with hand weapons only a brawl (mob violence) took all three remaining type
misses, but ACLED's own Burkinabe notes code such a fight as a battle of communal militias ("a Fulani herder was
hit in the head by a machete … before other Fulani drove off Bombore attackers"): it cost a real note in the tuning
set and one in a held-out set, so it was dropped and this file's gold for those three rows (Bozo fishermen and
Bambara farmers, Zarma farmers and Fulani herders, gold miners of two villages: Mob violence) stays a known
disagreement.  Also missed: places Macina (read as Ké-Macina), Tessit, Bandiagara (read as Sévaré, the road's
other end) and Goundam (read as Timbuktu, where the post came from), a curfew's sub-type (Other for Change to
group/activity), a command post moved (Change to group/activity for Headquarters), the actor of a Niger patrol
ambushed, and the toll of « les ont exécutés » with the count told before."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_39.csv"
FLOORS = {"found": 0.98, "event_type": 0.92, "sub_event_type": 0.86, "place": 0.86, "fatalities": 0.95, "date": 0.98,
          "actor1": 0.84}


scored, test_every_row_is_read, test_thirty_ninth_blind_sahel_notes_hold_their_floor = own_notes_set(
    NAME, FLOORS, rows=43, every_actor_known=True)


def test_riots_are_recalled_and_violence_against_civilians_kept_apart(scored):
    classes = {c["class"]: c for c in scored["per_class"]["event_type"]}
    riots, attacks = classes["Riots"], classes["Violence against civilians"]
    assert riots["recall"] >= 0.74 and riots["precision"] >= 0.95, riots
    assert attacks["precision"] >= 0.95 and attacks["recall"] >= 0.95, attacks
