"""Two blind Mali measuring sticks, each of 60 notes in ACLED's Mali export format written before reading the
pipeline's code, scored as ``sitrep eval acled`` scores them with the CLI's default knowledge (no GeoNames
dump).  The floors sit a note or two under the figures reached, so that a regression on these styles fails.

``notes_mali_blind.csv`` (two rows later corrected against ACLED's codebook: looting is a strategic
development, the rebels who attacked a camp are actor 1) spreads as ACLED Mali does: JNIM and Katiba Macina,
IS Sahel in Ménaka and Gao, the army with Wagner or Africa Corps (drone strikes, executions, arrests), Dozo,
Dan Na Ambassagou and Fulani militias, CSP/FLA rebels, mines, abductions, looting, protests and riots, bases
and agreements; 11 villages absent from GeoNames coded at their commune seat (precision 2), two events known
only by region (precision 3).  On main 0760cb4 it scored found 0.967, event_type 0.883, actor1 0.650, place
0.733, fatalities 0.850, date 0.967; on 06b5364: 1.000, 1.000 (sub-type 0.967), 0.967, 0.900, 0.983, 1.000.

``notes_mali_blind_2.csv`` was written without opening the first file, at styles it did not stress: "According
to local sources," / "Reportedly," / "The army claimed" openings; "X village (Y commune, Z cercle)", "on the
outskirts of", "in the vicinity of", "X and surrounding villages", "at X market", "on the X-Y road", "near the
border with ..."; "On the night of 4 to 5 May", "On or around", "Between 3 and 5 June" (ACLED's first day);
vague and split tolls with "Fatalities coded as" sentences; actors under many names (FAMa, the military,
Russian instructors, GSIM, Katiba Macina, EIGS, ISGS, Dogon militia, Dozo hunters, CSP-PSD, GATIA, MSA); 21
violence against civilians, 18 battles, 9 remote violence, 6 strategic developments, 6 protests and riots; 10
villages absent from GeoNames at their commune seat.  Four codings were corrected against their own notes
before its baseline (an IED whose layer the note does not name is an unidentified group's, twice; a decree is
the government's; a town retaken without a fight is a non-violent transfer).  On main 516114a, before any fix
it prompted: found 1.000, event_type 1.000, sub_event_type 0.967, place 0.900, fatalities 0.900, date 0.950,
actor1 0.950; on 06b5364: 1.000, 1.000, 0.983, 0.917, 0.950, 0.983, 0.983."""

from __future__ import annotations

import pytest

from sitrep.eval.acled import evaluate_acled

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

FLOORS = {
    "notes_mali_blind.csv": {"found": 0.98, "event_type": 0.96, "sub_event_type": 0.93, "actor1": 0.93,
                             "date": 0.96, "fatalities": 0.95, "place": 0.86},
    # (actor1 0.95: its "suspected jihadists burned down a weekly fair" is coded JNIM, where the later blind sets code a
    # guessed doer with no group named as the unidentified armed group, ACLED's practice; the two cannot both hold)
    "notes_mali_blind_2.csv": {"found": 0.98, "event_type": 0.98, "sub_event_type": 0.95, "actor1": 0.95,
                               "date": 0.96, "fatalities": 0.91, "place": 0.88},
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def report(request):
    """One blind file's evaluation report, with the knowledge a new user gets from the CLI."""
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    analyzer = Analyzer(load_knowledge(None, actor_files=[]))
    return request.param, evaluate_acled(DATA / request.param, analyzer=analyzer).to_dict()


def test_every_row_is_read_and_every_actor1_label_is_known(report):
    _, scored = report
    assert (scored["rows"], scored["skipped_rows"], scored["actor1_unknown_to_base"]) == (60, [], 0)


@pytest.mark.parametrize("field", sorted(FLOORS["notes_mali_blind.csv"]))
def test_blind_mali_notes_hold_their_floor(report, field):
    name, scored = report
    assert scored["scores"][field] >= FLOORS[name][field], (name, field, scored["scores"][field])
