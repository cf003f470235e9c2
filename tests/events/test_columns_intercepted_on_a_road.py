"""Fighters who intercept an army column fight it (an armed clash, not the disrupted weapons use of a cargo
intercepted), and a spot told by its distance and direction from a town on a road named by its two ends is at
that town ("on the road between Menaka and Inekar, about ten kilometres west of Inekar"); the lead of a printed
communiqué ("… a communiqué on fighting in the Menaka area, signed by …:") is no report of its own when the
communiqué tells the fight.  Texts written for this test."""

from __future__ import annotations

import datetime as dt

from .conftest import make_document


def _events(analyzer, text):
    return analyzer.analyse(make_document(text, dt.date(2026, 10, 20))).events


def test_fighters_intercepting_an_army_column_clash_with_it(analyzer):
    (e,) = _events(analyzer, "Rebel fighters intercepted a column of the Malian army near Gao on Monday.")
    assert e.sub_event_type == "Armed clash"


def test_a_cargo_intercepted_stays_a_disrupted_weapon(analyzer):
    (e,) = _events(analyzer, "Soldiers intercepted a truck loaded with explosives near Gao on Monday.")
    assert e.sub_event_type == "Disrupted weapons use"


def test_a_spot_by_distance_and_direction_on_a_road_is_at_the_town_measured_from(analyzer):
    (e,) = _events(analyzer, "Gunmen ambushed an army convoy on the road between Menaka and Inekar, about ten "
                             "kilometres west of Inekar, on Monday.")
    assert e.place is not None and e.place.name.startswith("In"), e.place


def test_a_communique_lead_gives_way_to_the_communique(analyzer):
    events = _events(analyzer, "The Coordination of Azawad Movements sent a communiqué on fighting in the Menaka area, "
                               "signed by its spokesman, Almou Ag Mohamed:\n\n\"On Monday our units ambushed an army "
                               "convoy about ten kilometres west of Inekar and killed four soldiers.\"\n")
    assert [e.place.name[:2] for e in events if e.event_type == "Battles"] == ["In"], [e.place for e in events]
