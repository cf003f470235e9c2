"""Outcomes that do not contradict "repelled": an ambush's spoils (arms, vehicles, beasts carried off) are the
taker's success but no ground taken; and a statement re-read at fusion names groups whose names carry an outcome
word ("Azawad Liberation Front"), which tell no liberation."""

from __future__ import annotations

import pytest

from sitrep.analyse.versions import conflicting, version_of, version_outside_names
from sitrep.fuse.disputes import outcome_disputes
from sitrep.model import EventMention, Span


@pytest.mark.parametrize("text, language", [
    ("The rebels said they killed 12 enemies, destroyed four vehicles and seized weapons and ammunition.", "en"),
    ("The attackers made off with dozens of motorbikes and cattle before dawn.", "en"),
    ("Les assaillants ont tué neuf soldats et emporté des armes et des munitions.", "fr"),
    ("Les jihadistes se sont emparés d'armes et de véhicules.", "fr"),
])
def test_spoils_are_no_ground_taken(text, language):
    label = version_of(text, language)
    assert label == "spoils_taken"
    assert not conflicting(label, "defender_victory")


@pytest.mark.parametrize("text, language", [
    ("Militants seized the army camp after a four-hour battle.", "en"),
    ("The jihadists overran the post and captured the base.", "en"),
    ("Les jihadistes se sont emparés du camp militaire.", "fr"),
])
def test_a_place_taken_stays_the_attackers_victory(text, language):
    assert version_of(text, language) == "attacker_victory"


def test_a_groups_name_tells_no_outcome_in_a_statement():
    said = "Mohamed Ag Ahmed, spokesman for the Azawad Liberation Front (FLA), said in a post on X."
    assert version_of(said) == "attacker_victory"  # what a reading without the names blanked would say
    assert version_outside_names(said) == ""
    assert version_outside_names("The Azawad Liberation Front said it had liberated the town.") == "attacker_victory"


def _mention(doc: str, version: str, speaker: str, trigger: str = "attack") -> EventMention:
    return EventMention(mention_id=f"{doc}:0", span=Span(doc_id=doc, char_start=0, char_end=10), trigger=trigger,
                        event_type="Battles", sub_event_type="Armed clash", version=version, source_actor=speaker)


def test_an_ambushs_tally_against_repelled_is_no_outcome_dispute():
    ms = [_mention("a", "spoils_taken", "fla", "ambushed"), _mention("b", "defender_victory", "malian-armed-forces")]
    assert outcome_disputes(ms, {}, {}, lambda x: x or "") == []
    ms[0] = _mention("a", "attacker_victory", "fla", "ambushed")
    assert outcome_disputes(ms, {}, {}, lambda x: x or "")


def test_spoils_taken_in_an_attacked_base_are_the_attackers_victory():
    # "stormed the base … its fighters had killed 60 soldiers and seized weapons" against "repelled the attack":
    # the arms of a base are taken inside it
    ms = [_mention("a", "spoils_taken", "jnim", "stormed"), _mention("b", "defender_victory", "army")]
    (dispute,) = outcome_disputes(ms, {}, {}, lambda x: x or "")
    assert {v.label for v in dispute.versions} == {"attacker_victory", "defender_victory"}
