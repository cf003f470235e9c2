"""Burkina Faso and Mali blind notes set 12 (``notes_bf_blind_12.csv``, 40 notes in ACLED's export format, some in
French, written with their gold before any run) as contrastive pairs on who the fighters are: gold miners who clash (a
few hunting rifles among them) beside VDP who clash with JNIM; residents who lynch a suspected thief, a crowd that
lynches a suspected jihadist, and « la justice populaire » beside militants or VDP who execute or beat a suspect to
death; two families fighting with machetes beside Dozo fighting a Fulani militia; a VDP shot at his errands at a
market beside a VDP patrol ambushed; a fight whose weapons, motorbikes or defused IED are told in the next sentence
beside the same seizure with no fight; a fight whose abductions are told after it beside abductions alone; traders,
youths, residents of two neighbourhoods, « des commerçants », « des jeunes » and farmers and herders named in a
sized note (ACLED's "[size=…]", a crowd's) beside Dozo, Dan Na Ambassagou, Koglweogo and FAMa fighting armed
groups.  The first 32 notes were measured before the last 8 (a clash "broke out between" gold panners, « des
affrontements ont opposé » residents or VDP, a suspect killed by mob justice, "fighting between" Mossi farmers and
Fulani herders, each beside its armed contrast) were written, still before any run on them.

Gold follows ACLED's codebook (riots/mob violence: violence by an unorganised crowd, with Rioters as actor, whoever
died and whatever the weapon; battles: two organised, armed sides; violence against civilians: an organised armed
group striking people who could not fight back; a fighter at his errands is off guard); where it is silent the
Burkina Faso tune notes decide (spoils of a fight are the battle's; a VDP at his farmland is "assumed unarmed").

Before any fix it measured found 1.000, event_type 0.950, sub_event_type 0.950, place 1.000, fatalities 0.900, date
1.000, actor1 1.000: both VDP shot at their errands at a market (English "had come to buy food at", French « faisait
ses courses au ») read as battles.  Most crowd notes of the set held already; the fixes come from the classes the
set's misses and held3's traced paths point to (``defenders`` errands; the off-guard reading in the codebook's
ARMED_CLASH branch; ``communal`` brawl nouns, a crowd against one person, sides "opposed" to each other, a plain crowd
among itself; ``crowd_doers`` mob justice on a suspect; ``note_register`` a size tag alone tells no event).  After:
event_type 0.975, sub_event_type 0.975, fatalities 0.900, the rest 1.000.  Still missed: the English market VDP
note, whose next sentence "The gunmen fled after the clash" is read as a fight that outranks the attack (the note
calls it a clash; the gold keeps the attack), and three tolls told in French (« Un mort et trois blessés », « l'ont
battu à mort », « un VDP … ainsi qu'un commerçant »).  Floors sit just under."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_bf_blind_12.csv"
FLOORS = {"found": 0.98, "event_type": 0.96, "sub_event_type": 0.96, "place": 0.98,
          "fatalities": 0.88, "date": 0.98, "actor1": 0.98}


scored, test_every_row_is_read, test_notes_bf_blind_12_holds_its_floor = own_notes_set(NAME, FLOORS, rows=40)


def _failed(scored, row: int) -> set[str]:
    return {x["field"] for f in scored["failures"] if f["row"] == row for x in f["failures"]}


def test_crowds_and_armed_sides_keep_their_types(scored):
    # the gold miners, the lynchings, the families, the French market VDP, the spoils and the abductions, each pair
    for row in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 33, 34, 35, 36, 37, 38):
        assert not {"event_type", "sub_event_type"} & _failed(scored, row), row


def test_riots_are_told_apart_from_battles_and_attacks(scored):
    per_class = {c["class"]: c for c in scored["per_class"]["event_type"]}
    assert per_class["Riots"]["precision"] >= 0.99 and per_class["Riots"]["recall"] >= 0.99
    assert per_class["Battles"]["recall"] >= 0.99
