"""Two attacks of one day at two seats about 47 km apart stay two events, and a raid on armed men that one
outlet codes as violence against civilians joins the battle the others tell:

- a seat named as the incident's own place (town precision: "the camp in the town of Bankass") and another town
  named by another outlet between ``SEAT_ROUNDING_KM`` and ``NEAR_KM`` off, itself or "near" it (a checkpoint
  near the next cercle seat), are two incidents (``nearness.seat_itself_far``); two reports at "near" precision
  keep the neighbourhood's tie;
- a report coded as violence against civilians whose only named targets bear arms (a militia, not only a
  state's forces: a group's claim of "killing 17 militiamen") matches the battle reports
  (``match_rules`` rule ``armed_target_read_as_civilians``); one whose target is civilians does not."""

from __future__ import annotations

from .fuse_factory import interval, mention
from sitrep.fuse.match import cannot_link, same_event
from sitrep.fuse.match_rules import type_rule
from sitrep.fuse.nearness import seat_itself_far
from sitrep.knowledge.actor_knowledge import or_configured

KNOWLEDGE = or_configured(None)
SUNDAY = interval("2026-11-08")


def _camp_in_seat(doc: str = "a"):
    return mention(doc, 0, side1=["jnim"], side2=["malian-armed-forces"], place_id="gn:kidal", date=SUNDAY)


def _checkpoint_at_next_seat(doc: str = "b", precision: int = 1):
    m = mention(doc, 0, side1=["unidentified-armed-group-mali"], side2=["dan-na-ambassagou"],
                place_id="gn:seat-east", date=SUNDAY)
    return m.model_copy(update={"place": m.place.model_copy(update={"geo_precision": precision})})


def test_two_seats_each_the_incidents_own_place_47_km_apart_are_two_attacks():
    camp, checkpoint = _camp_in_seat(), _checkpoint_at_next_seat()
    assert seat_itself_far(camp, checkpoint) and seat_itself_far(checkpoint, camp)
    assert cannot_link(camp, checkpoint) and not same_event(camp, checkpoint, KNOWLEDGE)


def test_a_seat_itself_and_a_report_near_the_next_seat_are_two_attacks():
    assert seat_itself_far(_camp_in_seat(), _checkpoint_at_next_seat(precision=2))


def test_two_reports_near_two_seats_keep_the_neighbourhoods_tie():
    near_camp = _camp_in_seat()
    near_camp = near_camp.model_copy(update={"place": near_camp.place.model_copy(update={"geo_precision": 2})})
    assert not seat_itself_far(near_camp, _checkpoint_at_next_seat(precision=2))


def test_a_seat_and_a_town_in_its_hinterland_are_not_parted_by_distance():
    near = mention("b", 0, side1=["jnim"], side2=["malian-armed-forces"], place_id="gn:near-kidal", date=SUNDAY)
    assert not seat_itself_far(_camp_in_seat(), near)  # ~23 km: copy may round the village to the seat


def test_a_claimed_raid_on_a_militia_coded_as_violence_against_civilians_joins_the_battle():
    clash = _checkpoint_at_next_seat()
    claim = mention("c", 0, etype="Violence against civilians", sub="Attack", side1=["jnim"],
                    side2=["dan-na-ambassagou"], place_id="gn:seat-east", date=SUNDAY, modality="claim",
                    source_actor="jnim")
    assert type_rule(claim, clash, KNOWLEDGE) == "armed_target_read_as_civilians"
    assert same_event(claim, clash, KNOWLEDGE)


def test_an_attack_on_civilians_is_not_read_as_the_battle():
    clash = _checkpoint_at_next_seat()
    massacre = mention("c", 0, etype="Violence against civilians", sub="Attack", side1=["jnim"],
                       side2=["civilians-mali"], place_id="gn:seat-east", date=SUNDAY)
    assert type_rule(massacre, clash, KNOWLEDGE) != "armed_target_read_as_civilians"


def test_a_report_ties_firmer_to_its_own_towns_reports_than_to_the_next_towns():
    from sitrep.fuse.match import link_strength
    claim = mention("c", 0, side1=["jnim"], side2=["dan-na-ambassagou"], place_id="gn:seat-east", date=SUNDAY)
    own_town = _checkpoint_at_next_seat()
    next_town = mention("a", 0, side1=["jnim"], side2=["dan-na-ambassagou"], place_id="gn:kidal", date=SUNDAY)
    assert link_strength(claim, own_town, KNOWLEDGE) < link_strength(claim, next_town, KNOWLEDGE)
