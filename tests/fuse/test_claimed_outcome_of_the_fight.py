"""A side's claim to have taken the post a fight was about, told beside the defender's word that the attack was
repelled, is that fight's disputed outcome, not a second event (``claimed_outcome_of_the_fight``).

"Mali's army said its troops had repelled an attack on their camp in Goundam, but the militants said they had
taken control of the base" dates nothing itself; "Tuesday's assault on the camp began before dawn" is the fight.
A claim with a day of its own (a capture after the offensive), one without the defender's denial, one at another
place or one whose window misses the fight's day stays apart."""

from __future__ import annotations

from .fuse_factory import interval, mention
from sitrep.fuse.match import same_event
from sitrep.fuse.match_rules import claimed_outcome_of_the_fight

TAKEN = "Non-state actor overtakes territory"


def _claim(doc="a", place_id="gn:gao", date=None, version="defender_victory", modality="claim"):
    window = date or interval("2026-04-01", "2026-04-08", "week")
    if date is None:
        window.is_estimate = True  # dated only by when it was reported
    return mention(doc, 100, sub=TAKEN, side1=["jnim"], side2=["malian-armed-forces"], place_id=place_id,
                   date=window, version=version, modality=modality)


def _fight(doc="a", place_id="gn:gao", date="2026-04-07"):
    return mention(doc, 400, side1=["unidentified-armed-group-mali"], side2=["malian-armed-forces"],
                   place_id=place_id, date=date, modality="claim")


def test_the_attackers_claimed_capture_beside_the_defenders_denial_is_the_fight():
    assert claimed_outcome_of_the_fight(_claim(), _fight()) and claimed_outcome_of_the_fight(_fight(), _claim())
    assert same_event(_claim(), _fight())


def test_a_claim_with_its_own_day_or_without_a_denial_stays_apart():
    assert not claimed_outcome_of_the_fight(_claim(date=interval("2026-04-07")), _fight())
    assert not claimed_outcome_of_the_fight(_claim(version=""), _fight())
    assert not claimed_outcome_of_the_fight(_claim(modality="fact"), _fight())


def test_another_place_another_article_or_a_day_outside_the_window_stays_apart():
    assert not claimed_outcome_of_the_fight(_claim(place_id="gn:kidal"), _fight())
    assert not claimed_outcome_of_the_fight(_claim(doc="b"), _fight())
    assert not claimed_outcome_of_the_fight(_claim(), _fight(date="2026-04-10"))
