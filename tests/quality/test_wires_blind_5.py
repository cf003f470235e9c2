"""A fifth blind multi-outlet wire set: ``tests/data/wires_blind_5/`` (a01-a03, b01-b03) and its gold
``tests/data/gold/wires_blind_5.yaml``, two invented incidents at real Sahel towns (an attack on the Abala
army post, Niger, in November 2026; an attack on a VDP position at Kongoussi, Burkina, in December 2025),
written before reading the claim or fusion code, in outlet styles no other set uses: Anadolu Agency (ISTANBUL
dateline, dotted day stamp, subscriber boilerplate), Le Sahel (Niger's state daily relaying a ministry
communiqué), VOA (an Amaq claim, a resident who asked not to be named), Al Jazeera ("Published On"), Sidwaya
(no date on the masthead, a weekday and day without a year) and DW (a US-order numeric stamp, a JNIM claim
relayed by SITE).

Measured on main (22e2491) before any change: documents 0.833/0.833, events P/R 0.2/0.5, claims 0.538/0.875
(five of the six extras anonymous sources: "security sources", a resident), contradictions 0.333/0.5.  With
unnamed sources no longer claims: claims 0.875/0.875.  Still weak (outside this branch's modules): DW's
"12/18/2025" stamp is read as another day and Kongoussi's reports split in two events; "Le Sahel s'incline"
is read as a place; Le Sahel's relayed ministry communiqué yields no Government of Niger claim.  The floors
sit a little under the figures reached.  Wire-ingest round: DW's stamp under its standfirst dates the page
(2025-12-18) and Anadolu's subscriber note is boilerplate: documents 1.0, events 0.5/1.0, contradictions 0.667/1.0.  With the outlet names ingest finds kept from the
place readers ("Le Sahel" is no Léhé): Le Sahel's report joins the Abala event, events 0.667/1.0."""

from __future__ import annotations

import pytest

from .conftest import own_wire_set

pytestmark = pytest.mark.xdist_group("quality")

TOLERANCE = 0.02
FLOORS = {
    "actors": {"precision": 1.000, "recall": 1.000},
    "places": {"precision": 1.000, "recall": 1.000},
    "events": {"precision": 0.667, "recall": 1.000},
    "claims": {"precision": 0.850, "recall": 0.850},
    "contradictions": {"precision": 0.667, "recall": 1.000},
}


run, report, test_fifth_blind_wire_score_not_below_floor = own_wire_set("wires_blind_5", FLOORS, TOLERANCE)


def test_anonymous_sources_make_no_claim(run):
    # "security sources have told Al Jazeera", "a resident ... told VOA": the sourcing of a report, not a claim
    assert not [c for c in run.view.claims if c.speaker.startswith("unnamed:")]


def test_the_claimants_statements_are_claims(run):
    file_of = {d.doc_id: name for name, d in run.view.documents.items()}
    by_doc = {(file_of.get(c.span.doc_id), c.speaker) for c in run.view.claims}
    assert ("a03_abala_voa_en.txt", "islamic-state-sahel") in by_doc or any(
        f == "a03_abala_voa_en.txt" and s.startswith("islamic-state") for f, s in by_doc)
    assert ("b03_kongoussi_dw_en.txt", "jnim") in by_doc


def test_the_outlet_named_in_its_own_copy_is_no_place(run):
    # Le Sahel's copy names its own masthead; the gazetteer's Léhé must not stand for it
    places = {e.location for e in run.view.events}
    assert "Abala" in places
    assert not any(p and p.lower().startswith("léhé") for p in places), places
