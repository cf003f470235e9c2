"""The twenty-ninth blind multi-outlet wire set: ``tests/data/wires_blind_29/`` and its gold ``tests/data/gold/wires_blind_29.yaml``
(9 English articles on three incidents of May-June 2029, each told by three outlets in voices the project did not
recognise: an FLA ambush of an army and Africa Corps convoy near Tin-Essako told by Xinhua relaying the army
("Tinessako, some 110 km east of the regional capital Kidal"), Ukrinform ("As Ukrinform reported earlier", the FLA's
Telegram statement, "formerly known as Wagner", the former CSP-DPA) and a Substack newsletter (its name above the
headline, "heading east from Kidal ... short of Tin-Essako", an unnamed pro-Russian Telegram channel); a JNIM attack on
the Mansila army post told by Anadolu (named only in its subscription notice, "said on Monday it had repelled"),
AfroPulse (breadcrumb, app promo, RELATED links to this set's other incidents, "Mansilla") and The Defense Post with
AFP (a revised toll "at least 52 ..., up from 40"); a market attack at Abala told by APA News ("APA-Niamey (Niger) -"),
an undated blog quoting a Telegram channel and Xinhua ("late last month", the ministry's revised toll)), written with
its gold before any run.

Before (main): documents 0.837/0.745 (five outlets unrecognised, APA read as "Niger", a blog as "Facebook", three
mastheads as titles), events 0.167/0.333 (the Tin-Essako ambush split in three: Kidal for the convoy's origin, the
analyst's comment as a fight of its own; Mansila dated by the army's saying day), claims 0.857/0.923,
contradictions 0.143/0.250 (an outcome dispute from the FLA's seized weapons, a perpetrator and a target dispute from
a JNIM read in the story's background).  After: documents 1.000/0.982, events 0.500/0.667, event_details
1.000/0.667, claims 0.857/0.923, contradictions 0.750/0.750.  Still missed: the Abala attack stays two events (the
blog has no date at all, and the ministry's naming of the ISGS in a later sentence is not read as the attackers'
name, so the event keeps the unidentified armed group); the undated blog gets no estimated date; a pro-Russian
channel "close to the Africa Corps" is still read as an Africa Corps claim, and the Telegram channel's toll as the
civilians' claim.  Floors: what the branch that wrote it measured, less the shared tolerance — but for contradictions'
precision (0.600): the branch also read arms carried off after an ambush as no victory against the defenders'
"repelled" (0.750 here), which the older golds of wires 6 and French 17 and 19 code as a dispute; it was withdrawn at
merge, and the ambush's outcome dispute is back."""

from __future__ import annotations

import pytest

from .conftest import events_of, files_of, own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "documents": {"precision": 1.000, "recall": 0.982},
    "places": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 0.500, "recall": 0.667},
    "event_details": {"precision": 1.000, "recall": 0.667},
    "claims": {"precision": 0.857, "recall": 0.923},
    "contradictions": {"precision": 0.600, "recall": 0.750},
}

run, report, test_twenty_ninth_blind_wire_score_not_below_floor = own_wire_set("wires_blind_29", FLOORS, TOLERANCE)

AMBUSH = ("a01_tinessako_xinhua_en.txt", "a02_tinessako_ukrinform_en.txt", "a03_tinessako_substack_en.txt")
POST = ("b01_mansila_anadolu_en.txt", "b02_mansilla_afropulse_en.txt", "b03_mansila_defensepost_en.txt")


def test_each_retold_attack_is_one_event_with_one_toll(run):
    for files in (AMBUSH, POST):
        events = events_of(run, *files)
        assert len(events) == 1, [(e.location, sorted(files_of(run, e))) for e in run.view.events]
    (post,) = events_of(run, *POST)
    assert post.fatalities_high is not None and post.fatalities_high < 52 + 60 + 100  # tolls never summed across outlets


def test_the_ambush_has_no_invented_perpetrator_or_target_dispute_and_the_overrun_post_an_outcome_one(run):
    (ambush,) = events_of(run, *AMBUSH)
    assert not any(d.kind in ("perpetrator", "target") for d in ambush.disputes), [d.description for d in ambush.disputes]
    (post,) = events_of(run, *POST)
    assert any(d.kind == "outcome" for d in post.disputes)


def test_outlets_that_name_themselves_only_in_furniture_or_self_citation(run):
    outlets = {name: d.outlet for name, d in run.view.documents.items()}
    assert outlets["a02_tinessako_ukrinform_en.txt"] == "Ukrinform"
    assert outlets["b01_mansila_anadolu_en.txt"] == "Anadolu Agency"
    assert outlets["b02_mansilla_afropulse_en.txt"] == "AfroPulse"
    assert outlets["c01_abala_apa_en.txt"] == "APA News"
