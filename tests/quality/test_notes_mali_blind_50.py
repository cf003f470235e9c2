"""The fiftieth Mali blind notes set (``notes_mali_blind_50.csv``, 28 notes in ACLED's export format, two in French,
written with their gold before any run, coordinates from the GeoNames dump of Mali): Mali 2015-2023 in registers the
earlier sets leave out: election days (a polling station stormed and its ballot boxes burned, an election official
shot, a campaigning opposition leader and election agents abducted, voting material seized on referendum day),
humanitarians (an ICRC vehicle stopped and its staff taken, a nun abducted from a mission, WFP trucks looted, a health
centre raided, NGO staff abducted in French), the Niger river (rockets on a passenger boat, a pinasse robbed by gunmen
in a pirogue), explosions of unknown origin (a market blast that may be leftover ordnance, « un engin explosif de
nature indéterminée », rockets of unknown origin on a MINUSMA camp), strikes and sit-ins (teachers in Bamako,
magistrates in Kayes, health workers in Ségou in French, traders in Nioro, soldiers' wives in Kati, supporters of the
imam Dicko in Sikasso, students rioting in San), the 2015 Platform-CMA war (Ménaka taken, Anefis), AQIM ambushing a
MINUSMA convoy, Ansar Dine at Nampala, Dan Na Ambassagou burning a Fulani hamlet's granaries, and Barkhane fighting
the ISGS (a foreign army as actor 1).  Homonyms on purpose: Kati (Koulikoro / Timbuktu), San (Ségou / Mopti),
Bourem (Gao / Timbuktu), Léré (Timbuktu / Mopti), Sikasso (Sikasso / Kayes), Karangasso (two in Sikasso).

Before (main 62a0822): found 1.000, event_type 0.929, sub_event_type 0.929, place 1.000, fatalities 1.000, date
1.000, actor1 0.964: a polling station stormed and its ballot boxes burned, "No one was hurt." told in the next
sentence, read as an attack on civilians; "entered Mondoro (Douentza, Mopti), seized the voting material" read as a
town overtaken.  After (the denial of harm read in the sentences after the deed and in more wordings, « Il n'y a pas eu
de blessé », "causing no casualties"; armed doers read as a crowd whose destruction hurt no one; an office's or a
poll's things as goods; a raid's deed hung on it as a complement): every field 1.000 but actor1, 0.964.  Still
missed: row 22, "fighters of the Platform, led by GATIA" coded here with GATIA as actor 1 (the coalition's leading
member named); the system answers the Platform, and the codebook does not settle which of the two ACLED would write.
"""

from __future__ import annotations

import pytest

from .conftest import own_notes_set

pytestmark = pytest.mark.xdist_group("quality")

NAME = "notes_mali_blind_50.csv"
FLOORS = {"found": 0.99, "event_type": 0.99, "sub_event_type": 0.99, "place": 0.99, "fatalities": 0.99, "date": 0.99,
          "actor1": 0.95}


scored, test_every_row_is_read, test_notes_mali_blind_50_holds_its_floor = own_notes_set(
    NAME, FLOORS, rows=28, every_actor_known=True)


def _failing(scored) -> dict[int, set[str]]:
    return {f["row"]: {x["field"] for x in f["failures"]} for f in scored.get("failures", [])}


def test_things_destroyed_or_taken_with_no_one_hurt_are_looting(scored):
    """Row 1 (ballot boxes burned, "No one was hurt." in the next sentence) and row 5 (voting material seized after
    the town's bracket) are looting/property destruction, not an attack nor a town taken."""
    failing = _failing(scored)
    for row in (1, 5):
        assert not {"event_type", "sub_event_type"} & failing.get(row, set()), (row, failing.get(row))


def test_homonyms_fall_in_the_bracketed_region(scored):
    """Kati (Koulikoro), San (Ségou), Bourem (Gao), Léré (Timbuktu), Sikasso and Karangasso are placed by their
    brackets, not at their namesakes."""
    failing = _failing(scored)
    for row in (7, 10, 18, 21, 28, 17):
        assert "place" not in failing.get(row, set()), (row, failing.get(row))
