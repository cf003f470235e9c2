"""Two articles that each pin their report to a different village more than 15 km apart tell two
incidents; a seat and a village near it may be one (``sitrep.fuse.match.villages_apart``).

Copy rounds an incident to a seat or a big town ("near Kidal"), never to another small village:
the deliberate merge of Kidal with a village 23 km away (test_match) holds, while two villages
20 km apart on one day, one side each, stay two events, whatever report chains them."""

from __future__ import annotations

import itertools

import pytest

from .fuse_factory import mention
from .test_incremental import canonical, fused_one_by_one, fused_together
from sitrep.fuse.match import cannot_link, same_event, villages_apart


def _village(doc: str, place_id: str, start: int = 0, **kw):
    """A report naming its village in its own sentence."""
    return mention(doc, start, side1=["jnim"], side2=["civilians"], sub="Attack",
                   etype="Violence against civilians", place_id=place_id, **kw)


def test_two_villages_20_km_apart_are_two_incidents():
    a, b = _village("a", "gn:village-a"), _village("b", "gn:village-b")
    assert villages_apart(a, b) and cannot_link(a, b)
    assert not same_event(a, b) and not same_event(b, a)


def test_a_village_and_its_hamlet_8_km_away_may_be_one():
    assert same_event(_village("a", "gn:village-a"), _village("b", "gn:hamlet"))


def test_a_seat_near_a_village_is_still_one_incident():
    # "near Kidal" (a regional seat) and the village another outlet names 23 km away
    assert same_event(_village("a", "gn:kidal"), _village("b", "gn:near-kidal"))
    assert not villages_apart(_village("a", "gn:kidal"), _village("b", "gn:near-kidal"))


def test_within_one_article_two_villages_are_left_to_the_article():
    assert not villages_apart(_village("a", "gn:village-a"), _village("a", "gn:village-b", start=300))


def chained() -> dict[str, list]:
    """Two villages' attacks and a third article at the hamlet between them, which matches both."""
    return {"a": [_village("a", "gn:village-a")], "b": [_village("b", "gn:village-b")],
            "c": [_village("c", "gn:hamlet")]}


def test_a_report_between_two_villages_never_merges_them():
    docs = chained()
    assert same_event(docs["c"][0], docs["a"][0]) and same_event(docs["c"][0], docs["b"][0])
    events = fused_together(docs).list_events()
    assert len(events) == 2
    for e in events:
        assert not {"a:0", "b:0"} <= {r.mention_id for r in e.reports}


@pytest.mark.parametrize("order", list(itertools.permutations("abc")))
def test_the_cut_between_villages_does_not_depend_on_arrival_order(order):
    docs = chained()
    assert canonical(fused_one_by_one(docs, list(order))) == canonical(fused_together(docs))


# -- one article, two towns far apart -------------------------------------------------------------


def test_one_article_telling_two_attacks_at_two_towns_37_km_apart_keeps_them_apart():
    # a radio's round-up: the post of a seat attacked at dawn, a checkpoint at a village 37 km off the same evening
    dawn = mention("r", 0, side1=["jnim"], side2=["fama"], place_id="gn:kidal")
    evening = mention("r", 400, side1=["jnim"], side2=["fama"], place_id="gn:far-village")
    assert villages_apart(dawn, evening) and cannot_link(dawn, evening)
    assert not same_event(dawn, evening)


def test_one_article_may_still_name_a_hamlet_next_to_its_village():
    assert same_event(_village("a", "gn:village-a"), _village("a", "gn:hamlet", start=300))


def test_one_article_ties_a_town_taken_to_the_place_its_defenders_fell_back_to():
    # a change of hands told at two places is one (``one_change_of_hands``), whatever the distance
    taken = mention("d", 0, sub="Non-state actor overtakes territory", side1=["jnim"], place_id="gn:kidal")
    fell_back = mention("d", 400, sub="Non-state actor overtakes territory", side1=["jnim"], place_id="gn:far-village")
    assert not villages_apart(taken, fell_back)


def test_a_background_recall_in_the_article_is_no_second_town():
    dawn = mention("r", 0, side1=["jnim"], side2=["fama"], place_id="gn:kidal")
    recalled = mention("r", 400, side1=["jnim"], side2=["fama"], place_id="gn:far-village", modality="background")
    assert not villages_apart(dawn, recalled)


def test_two_clauses_of_one_sentence_at_two_towns_are_one_deed():
    # "militants coming from X stopped a bus at Y and killed the driver": the origin read as a second place
    stopped = mention("n", 0, side1=["jnim"], side2=["civilians"], place_id="gn:kidal", length=120)
    killed = mention("n", 10, side1=["jnim"], side2=["civilians"], place_id="gn:far-village", length=110)
    assert not villages_apart(stopped, killed)
