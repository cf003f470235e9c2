"""A story of several incidents: a partyless toll update, and a follow-up that moves the incident to another place
(``sitrep.fuse.partyless_toll``, ``sitrep.fuse.consensus.consensus_place``)."""

from __future__ import annotations

from sitrep.fuse.consensus import consensus_place
from sitrep.fuse.match import same_event
from sitrep.fuse.partyless_toll import partyless_toll_of_the_deed

from .fuse_factory import deaths, mention


def test_a_partyless_toll_update_joins_the_deed_of_its_article_only():
    deed = mention("live", 0, sub="Attack", etype="Violence against civilians", side1=["jnim"],
                   side2=["civilians-mali"], fatalities=deaths(34))
    update = mention("live", 300, fatalities=deaths(27))  # "The toll from the attack in Kidal has risen to 27"
    assert partyless_toll_of_the_deed(deed, update) and partyless_toll_of_the_deed(update, deed)
    assert same_event(deed, update)
    # another article's partyless clash, an update with no toll, or one at another town stays apart
    assert not partyless_toll_of_the_deed(deed, mention("other", 0, fatalities=deaths(27)))
    assert not partyless_toll_of_the_deed(deed, mention("live", 300))
    assert not partyless_toll_of_the_deed(deed, mention("live", 300, place_id="gn:gao", fatalities=deaths(27)))


def test_a_follow_up_that_moves_the_incident_outweighs_the_reports_it_corrects():
    first = [mention(d, 0, place_id="gn:kidal") for d in ("a", "b", "c")]
    moved = mention("d", 0, place_id="gn:near-kidal").model_copy(update={"place_corrected": True})
    assert consensus_place([*first, moved]).place_id == "gn:near-kidal"
    plain = mention("d", 0, place_id="gn:near-kidal")
    assert consensus_place([*first, plain]).place_id == "gn:kidal"  # without the correction the majority holds
