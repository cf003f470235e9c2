"""Civilians read on side 1 of political violence are its victims: the event codes them on side 2,
and they make no perpetrator dispute (``sitrep.fuse.build._victims_off_side1``)."""

from __future__ import annotations

from .fuse_factory import mention
from .test_incremental import fused_together

VAC = "Violence against civilians"


def test_civilians_on_side_1_are_the_victims():
    docs = {
        # "Gunmen … killed at least 12 civilians", the victims read as the doers
        "a": [mention("a", 0, sub="Attack", etype=VAC, side1=["civilians-mali"], date="2024-07-26")],
        "b": [mention("b", 0, sub="Attack", etype=VAC, side1=["jnim"], side2=["civilians-mali"], date="2024-07-26")],
    }
    events = fused_together(docs).list_events()
    assert len(events) == 1
    e = events[0]
    assert e.actor1 == "jnim" and "civilians-mali" in (e.actor2, *e.assoc_actor_2)
    assert not any(d.kind == "perpetrator" for d in e.disputes), [d.kind for d in e.disputes]


def test_a_protest_keeps_its_crowd_on_side_1():
    docs = {"a": [mention("a", 0, sub="Peaceful protest", etype="Protests", side1=["protesters-mali"])]}
    e = fused_together(docs).list_events()[0]
    assert e.actor1 == "protesters-mali"
