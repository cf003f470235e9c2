"""Two tellings that disagree on who was killed count different people ("at least 18 herders" against
« une dizaine de terroristes »): one dispute on who was killed, not a second one on the toll."""

from __future__ import annotations

from sitrep.fuse.disputes import tolls_of_other_victims
from sitrep.model import Dispute, Version


def _target(civilians: list[str], fighters: list[str]) -> Dispute:
    return Dispute(kind="target", description="Sources disagree on who was killed",
                   versions=[Version(label="target: civilians", mention_ids=civilians),
                             Version(label="target: fighters", mention_ids=fighters)])


def _tolls(*groups: list[str]) -> Dispute:
    return Dispute(kind="fatalities", description="Sources give incompatible death tolls",
                   versions=[Version(label=f"toll {i}", mention_ids=g) for i, g in enumerate(groups)])


def test_tolls_of_the_two_victim_versions_are_the_target_dispute():
    kept = tolls_of_other_victims([_target(["r:1", "r:2"], ["army:1"]), _tolls(["r:1"], ["army:1"])])
    assert [d.kind for d in kept] == ["target"]


def test_two_tolls_of_one_side_stay_a_dispute():
    kept = tolls_of_other_victims([_target(["r:1", "r:2"], ["army:1"]), _tolls(["r:1"], ["r:2"])])
    assert sorted(d.kind for d in kept) == ["fatalities", "target"]


def test_without_a_target_dispute_the_tolls_stay():
    assert [d.kind for d in tolls_of_other_victims([_tolls(["a:1"], ["b:1"])])] == ["fatalities"]


def test_a_toll_outside_the_target_versions_stays():
    kept = tolls_of_other_victims([_target(["r:1"], ["army:1"]), _tolls(["r:1"], ["ngo:1"])])
    assert sorted(d.kind for d in kept) == ["fatalities", "target"]
