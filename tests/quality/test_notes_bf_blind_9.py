"""Burkina, Niger and Mali blind notes set 9 (``notes_bf_blind_9.csv``, 32 notes in ACLED's export format, written with
their gold before any run) on the boundary between riots and battles, in shapes set 8 left out: crowds that catch, beat
or burn a man they accuse of being a JNIM or Islamic State militant or of collaborating with terrorists, and residents
who attack Fulani families accused of complicity with militants (mob violence: the armed group is the victim's
description); a burial where two families fight, Dogon and Fulani traders at a market, Burkinabe and Guinean miners
over a pit, two neighbourhoods over a water point, butchers and cattle dealers, football supporters, two villages' teams,
partisans of two claimants to a chieftaincy, residents against the Koglweogo (told with the militia first and the
residents after "clashed with"), gold miners from elsewhere, villagers against gendarmes, a crowd that pours petrol on
a thief and sets him alight, rioters who burn a suspect's house and kill him and his son (mob violence, with and
without ACLED's "[size=…]" tag); youths who stone a VDP post or a police station, who storm a mine or the electricity
company's offices (violent demonstrations); and controls that stay battles: VDP and Dozo against JNIM, Dan Na Ambassagou
against armed Fulani, gunmen at a gendarmerie post, Fulani and Zarma villagers with hunting rifles, and farmers and
herders who clash with no size tag.

Gold follows ACLED's codebook (battles need two organised armed sides; a crowd's violence is a violent demonstration
when it presses a grievance or strikes the state's premises, mob violence otherwise).  Where the codebook is silent the
Burkina Faso tune notes decide: farmers and herders, or the people of two villages, who fight in a note without a size
tag are communal militias ("farmers clashed over a land dispute between the villages of K and B", an armed clash),
while a note ACLED sized is a crowd's ("a number of people from two families clashed over a land dispute … [size=no
report]", mob violence), whatever its sticks and machetes.

Before any fix it measured found 1.000, event_type 0.906, sub_event_type 0.844, place 0.969, fatalities 0.969, date
1.000, actor1 0.875 (Riots recall 0.885, Mob violence recall 0.773): the lynched Islamic State militant and the Fulani
families accused of complicity read as armed groups' attacks on civilians (the suspected ties counted as an armed side),
the thief set alight as property destruction, the families' fight at the burial and the rioters who killed a suspect
and his son as violent demonstrations, and the mob's victim told after a long description counted no dead.  After (a
victim's suspected ties blanked before a sized note is asked for an armed side, ``suspected_ties``; a sized note's
burning is a crowd's, ``codebook``; a mob's petrol joined to its burning, ``crowd_doers``; kin who fight as the subject
and a killing told by its death are no demonstration, ``protest_causes``; the side after "clashed with" and partisans
of two camps, ``communal``; a mob's victim with a bracket in his description, ``fatality_words``) it measures event_type
and sub_event_type 1.000 (Battles precision and Riots recall 1.000), fatalities 1.000, actor1 0.969.  Still missed:
Boussouma (Sanmatenga) is placed at a homonym 59 km away, and the farmers' communal militia of Nouna is read as the
Fulani one (the side told second).  Floors sit just under what the branch measured."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_bf_blind_9.csv"
FLOORS = {"found": 0.98, "event_type": 0.98, "sub_event_type": 0.98, "place": 0.94,
          "fatalities": 0.98, "date": 0.98, "actor1": 0.94}


scored, test_every_row_is_read, test_notes_bf_blind_9_holds_its_floor = own_notes_set(NAME, FLOORS, rows=32)


def _failed(scored, row: int) -> set[str]:
    return {x["field"] for f in scored["failures"] if f["row"] == row for x in f["failures"]}


def test_lynched_suspects_burned_thieves_and_kin_fights_are_mob_violence(scored):
    # the lynched militant, the families accused of complicity, the thief set alight, the burial's fight, the Dori rioters
    for row in (9, 24, 23, 6, 30):
        assert not {"event_type", "sub_event_type"} & _failed(scored, row), row


def test_riots_are_all_found_and_battles_all_real(scored):
    per_class = {c["class"]: c for c in scored["per_class"]["event_type"]}
    assert per_class["Riots"]["recall"] >= 0.99
    assert per_class["Battles"]["precision"] >= 0.99
