"""A short text's lead incident that names no party and no town (an unnamed crowd's brawl in a village the
gazetteer lacks) and a deed told as its aftermath ("Police have been deployed in the village"): the aftermath names a
party, but it is no incident that makes the lead a detail of the article, so the lead stays an event.  A lead that
is weak beside an anchored incident of the article (not an aftermath) is still that incident's detail."""

from __future__ import annotations

from .fuse_factory import add_doc, analysis, mention

from sitrep.fuse import fuse_documents
from sitrep.fuse.aftermath import is_aftermath
from sitrep.fuse.match import is_weak


def _brawl():
    return mention("d1", 0, sub="Mob violence", etype="Riots", place_id=None)


def _deployment():
    return mention("d1", 160, sub="Change to group/activity", etype="Strategic developments",
                   side1=["india-police"], place_id=None)


def test_a_weak_lead_is_no_detail_of_the_aftermath_told_after_it(store):
    add_doc(store, "d1")
    brawl, deployed = _brawl(), _deployment()
    assert is_weak(brawl) and is_aftermath(deployed) and not is_weak(deployed)
    store.save_analysis(analysis("d1", [brawl, deployed]))
    fuse_documents(store, ["d1"])
    assert "Mob violence" in {e.sub_event_type for e in store.list_events()}


def test_a_weak_sentence_beside_an_anchored_incident_of_another_kind_is_still_dropped(store):
    add_doc(store, "d1")
    attack = mention("d1", 0, sub="Attack", etype="Violence against civilians", side1=["jnim"],
                     side2=["civilians-mali"], place_id="gn:gao")
    brawl = _brawl().model_copy(update={"mention_id": "d1:300",
                                        "span": _brawl().span.model_copy(update={"char_start": 300, "char_end": 340})})
    assert is_weak(brawl) and not is_aftermath(attack)
    store.save_analysis(analysis("d1", [attack, brawl]))
    fuse_documents(store, ["d1"])
    assert [e.sub_event_type for e in store.list_events()] == ["Attack"]
