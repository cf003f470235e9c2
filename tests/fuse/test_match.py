"""When two mentions are the same event; the consensus of several."""

from .fuse_factory import deaths, interval, mention

from sitrep.fuse.consensus import consensus_actors, consensus_date, consensus_fatalities, consensus_place
from sitrep.fuse.match import same_event


def test_same_place_date_and_actor_merge():
    a = mention("a", 0, side1=["fama"], side2=["cma"])
    b = mention("b", 0, side1=["cma"], side2=["fama"], date="2024-07-27")  # one day of slack
    assert same_event(a, b) and same_event(b, a)


def test_type_date_place_and_actors_each_can_separate():
    a = mention("a", 0, side1=["fama"])
    assert not same_event(a, mention("b", 0, sub="Non-state actor overtakes territory", side1=["fama"]))
    assert not same_event(a, mention("b", 0, side1=["fama"], date="2024-07-30"))
    assert not same_event(a, mention("b", 0, side1=["fama"], place_id="gn:tinz"))  # 225 km away
    assert same_event(a, mention("b", 0, side1=["fama"], place_id="gn:near-kidal"))  # ~23 km
    assert not same_event(a, mention("b", 0, side1=["jnim"], side2=["isgs"]))  # no shared actor


def test_region_and_country_level_places():
    town = mention("a", 0, side1=["fama"], place_id="gn:tinz")
    assert same_event(town, mention("b", 0, side1=["fama"], place_id="gn:kidal-region"))
    assert not same_event(mention("a", 0, side1=["fama"], place_id="gn:gao"),
                          mention("b", 0, side1=["fama"], place_id="gn:kidal-region"))
    # country-level or missing place: no contradiction, but the actor must tie them
    assert same_event(town, mention("b", 0, side1=["fama"], place_id="gn:mali"))
    assert same_event(town, mention("b", 0, side1=["fama"], place_id=None))
    assert not same_event(mention("a", 0, place_id=None), mention("b", 0, place_id="gn:mali"))
    # a region ties nothing by itself: without a shared actor a town and its region stay apart
    assert not same_event(mention("a", 0, place_id="gn:tinz"), mention("b", 0, place_id="gn:kidal-region"))


def test_undated_mentions_merge_only_within_their_document():
    a = mention("a", 0, side1=["fama"], date=None)
    assert same_event(a, mention("a", 100, side1=["fama"]))
    assert not same_event(a, mention("b", 100, side1=["fama"]))


def test_consensus_date_is_the_intersection_else_the_most_precise():
    ms = [mention("a", 0, date=interval("2024-07-01", "2024-07-31")), mention("b", 0, date="2024-07-26")]
    d = consensus_date(ms)
    assert (d.earliest.isoformat(), d.latest.isoformat(), d.precision.value) == ("2024-07-26", "2024-07-26", "day")
    ms = [mention("a", 0, date="2024-07-25"), mention("b", 0, date="2024-07-26"), mention("c", 0, date="2024-07-26")]
    assert consensus_date(ms).earliest.isoformat() == "2024-07-26"  # disjoint days: the better supported


def test_consensus_place_prefers_the_most_precise():
    ms = [mention("a", 0, place_id="gn:kidal-region"), mention("b", 0, place_id="gn:tinz")]
    assert consensus_place(ms).place_id == "gn:tinz"


def test_consensus_actors_count_independent_sources():
    ms = [mention("a", 0, side1=["csp"], side2=["fama"], assoc2=["wagner"]),
          mention("a", 50, side1=["csp"], side2=["fama"]),
          mention("b", 0, side1=["jnim"], side2=["fama", "wagner"]),
          mention("c", 0, side1=["csp"], side2=["fama"])]
    actor1, assoc1, actor2, assoc2 = consensus_actors(ms, {})
    assert actor1 == "csp" and assoc1 == ["jnim"]
    assert actor2 == "fama" and assoc2 == ["wagner"]


def test_an_actor_only_ever_beside_side_ones_main_actor_joins_it():
    # the group's claim names the army and Wagner as its victims; the army's own account, read "army repelled the
    # attackers", puts the army first: Wagner, never set against the army, stands with it, not against it
    ms = [mention("a", 0, side1=["jnim"], side2=["fama", "wagner"]),
          mention("a", 50, side1=["fama"], side2=["jnim"]),
          mention("b", 0, side1=["fama"], assoc1=["africa-corps"]),
          mention("c", 0, side1=["fama"], side2=["jnim"])]
    actor1, assoc1, actor2, assoc2 = consensus_actors(ms, {})
    assert {actor1, *assoc1} == {"fama", "africa-corps", "wagner"}
    assert actor2 == "jnim" and assoc2 == []


def test_fatalities_in_the_manner_of_ucdp():
    # "at least 17", "17", "at least 15 killed and arrested", "dozens killed or captured"
    figures = [deaths(17, None, "at least 17"), deaths(17, 17, "17"),
               deaths(15, None, "at least 15", kind="killed_or_captured"),
               deaths(12, None, "dozens", kind="killed_or_captured")]
    assert consensus_fatalities(figures) == (12, 17, 17)
    assert consensus_fatalities([deaths(7, 7), deaths(20, 20), deaths(9, 9)]) == (7, 9, 20)
    assert consensus_fatalities([deaths(5, 10)]) == (5, 5, 10)
    assert consensus_fatalities([deaths(None, vague=True, phrase="heavy losses")]) == (None, None, None)
    assert consensus_fatalities([]) == (None, None, None)


def test_transfers_match_across_sub_types_by_taker_never_in_opposite_directions():
    gov = "Government regains territory"
    nsa = "Non-state actor overtakes territory"
    assert same_event(mention("a", 0, sub=gov, side1=["fama"], side2=["cma"]),
                      mention("b", 0, sub=nsa, side1=["fama"]))  # one taker: a coding difference
    assert not same_event(mention("a", 0, sub=gov, side1=["fama"], side2=["cma"]),
                          mention("b", 0, sub=nsa, side1=["cma"], side2=["fama"]))  # lost, then retaken
    assert not same_event(mention("a", 0, sub=nsa, side1=["cma"], side2=["fama"]),
                          mention("b", 0, sub=nsa, side1=["fama", "x"], side2=["cma"]))
