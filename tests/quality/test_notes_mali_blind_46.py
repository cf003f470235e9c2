"""The forty-sixth Mali blind notes set (``notes_mali_blind_46.csv``, 30 notes in ACLED's export format, written with
their gold before any run): the boundary between Battles, Violence against civilians and Riots for Mali's communal
militias (Dan Na Ambassagou, Dozo hunters, Fulani self-defence groups) fighting each other or JNIM against raiding
villages; FAMa with Wagner or the Africa Corps executing or disappearing civilians against clashing with JNIM; the
CSP-PSD, CSP-DPA and FLA fighting FAMa; soldiers and militiamen taken prisoner in an ambush against civilians
abducted; lynchings and a gendarmerie burned after a death in custody; IEDs spotted and destroyed against IEDs that
killed.  Two notes in French typed without accents.

Measured by the branch that wrote it, main before (after one objective gold fix: ACLED files Disrupted weapons use
under Strategic developments): found 0.967, event_type 0.900, sub_event_type 0.867, place 0.933, fatalities 0.900,
date 0.933, actor1 0.733; after: 0.967, 0.900, 0.867, 0.933, 0.933, 0.967, 0.867.  Still missed: French without
accents (« ont enleve », « ont execute »), Dozo hunters "surrounded" and taken hostage (read as an abduction of
civilians), "soldiers and white men believed to be Wagner fighters" (the bare "soldiers" dropped beside Wagner),
a toll sentence's "withdrew" read as a territory change, Gossi placed at its cercle's seat."""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_46.csv"
FLOORS = {"found": 0.96, "event_type": 0.89, "sub_event_type": 0.86, "place": 0.93, "fatalities": 0.93, "date": 0.96,
          "actor1": 0.86}


scored, test_every_row_is_read, test_notes_mali_blind_46_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=30, every_actor_known=True)


def _failing(scored) -> dict[int, set[str]]:
    return {f["row"]: {x["field"] for x in f["failures"]} for f in scored.get("failures", [])}


def test_militias_fighting_each_other_and_blamed_later_are_named(scored):
    """"Fighting broke out on <date> between Dan Na Ambassagou militiamen and a Fulani self-defence group" names both
    (row 25); "Survivors … blamed militiamen of Dan Na Ambassagou" names the raid's doer (row 2)."""
    failing = _failing(scored)
    for row in (2, 25):
        assert "actor1" not in failing.get(row, set()), (row, failing.get(row))


def test_a_later_death_keeps_the_deeds_day_and_toll(scored):
    """"beat him unconscious; he died in hospital the following day": 2 September, one dead (row 17)."""
    assert not {"date", "fatalities"} & _failing(scored).get(17, set())
