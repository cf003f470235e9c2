"""The perpetrator read from a note's wording (events/perpetrator.py), in notes written for this test in
ACLED's style: a heading and a hedge before the armed actor, the placer of a device named after its
victims, a joint subject of a reciprocal verb, and the cases where the opening actor is no doer."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from .conftest import most_confident_event


# the most confident event of a text published on 1 March 2024
_first = partial(most_confident_event, published=dt.date(2024, 3, 1))


def test_heading_and_hedge_before_the_armed_actor(default_analyzer):
    e = _first(default_analyzer,
               "Looting: On 2 February 2024, presumed Katiba Macina militants seized motorbikes, checked identity "
               "cards, and stopped herders from grazing near Toguere Coumbe (Tenenkou, Mopti).")
    assert e.side1[:1] == ["katiba-macina"], (e.side1, e.side2)


@pytest.mark.parametrize("text, placer, victim", [
    ("On 21 May 2024, a Malian army patrol ran over a landmine between Boni and Douentza (Douentza, Mopti). "
     "Four soldiers were hurt by the device, probably buried by JNIM militants.", "jnim", "malian-armed-forces"),
    ("On 8 January 2024, an army convoy struck an IED near Djibo (Djibo, Soum). Two gendarmes were wounded by "
     "the device, which was likely planted by Ansaroul Islam militants.", "ansarul-islam", "burkina-faso-armed-forces"),
])
def test_the_placer_of_a_device_is_the_explosions_author(default_analyzer, text, placer, victim):
    e = _first(default_analyzer, text)
    assert e.event_type == "Explosions/Remote violence"
    assert e.side1 == [placer], (e.side1, e.side2)
    assert victim in e.side2


def test_joint_subject_of_a_clash_is_both_sides(default_analyzer):
    e = _first(default_analyzer,
               "On 5 May 2024, suspected JNIM militants and Wagner Group forces clashed near Niono (Niono, Segou).")
    assert (e.side1, e.side2) == (["jnim"], ["wagner-group"])


def test_allies_clashing_with_an_enemy_stay_together(default_analyzer):
    e = _first(default_analyzer,
               "On 19 November 2023, FAMa and Wagner forces clashed with JNIM militants near Farabougou (Niono, Segou).")
    assert set(e.side1) == {"malian-armed-forces", "wagner-group"}
    assert e.side2 == ["jnim"]


def test_an_opening_actor_that_suffers_is_no_doer(default_analyzer):
    e = _first(default_analyzer,
               "On 2 April 2024, FAMa soldiers were killed in an ambush near Diafarabe (Tenenkou, Mopti).")
    assert "malian-armed-forces" not in e.side1


def test_an_opening_actor_that_only_plans_is_no_doer(default_analyzer, make_doc):
    events = default_analyzer.analyse(make_doc(
        "On 3 March 2024, FAMa troops will escort fuel convoys to Bamako after militants set fire to four "
        "tankers near Kati (Kati, Koulikoro).", published=dt.date(2024, 3, 3))).events
    burning = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert burning and "malian-armed-forces" not in burning[0].side1, [(e.sub_event_type, e.side1) for e in events]
