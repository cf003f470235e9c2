"""Two groups' fights with one army in one region on one day stay two events; each one's reports still fuse.

A region's army fights most of its incidents, so sharing it ties nothing when each report names an armed group
the other lacks, of foreign camps (the Islamic State's ambush south-east of a seat, the separatists' attack on a
patrol near a village 80 km east, the same afternoon), unless one place ties the two reports (then the group told
two ways is the outlets' dispute).  A statement placing its fight only in the region, naming the army alone, can
match both; the chain it makes is cut (``rival_towns``), and it stays with the reports its ties bind firmest."""

from __future__ import annotations

from .fuse_factory import PLACES, mention
from .test_incremental import fused_one_by_one, fused_together
from sitrep.fuse.match import cannot_link, same_event
from sitrep.fuse.match_actors import rival_groups
from sitrep.knowledge.actor_knowledge import or_configured

PLACES.setdefault("gn:seat-m", ("Seat M", 15.918, 2.402, "Gao", 1, "PPLA2"))
PLACES.setdefault("gn:seat-m-area", ("Seat M", 15.918, 2.402, "Gao", 3, "PPLA2"))     # "in the Seat M region"
PLACES.setdefault("gn:village-i", ("Village I", 15.959, 3.141, "Gao", 1, "PPL"))     # ~79 km east of Seat M


def _fight(doc: str, place_id: str, group: str | None, start: int = 0, road: bool = True):
    side1 = [group] if group else []
    m = mention(doc, start, side1=side1, side2=["malian-armed-forces"], place_id=place_id, date="2027-03-03")
    return m.model_copy(update={"on_road": road})


def test_two_groups_fighting_one_army_apart_are_rivals_not_one_incident():
    known = or_configured(None)
    issp = _fight("afp", "gn:seat-m", "islamic-state-sahel")
    fla = _fight("fla", "gn:village-i", "azawad-liberation-front")
    assert rival_groups(issp, fla, known)
    # road ends 79 km apart and the army shared: no longer one fight
    assert not same_event(issp, fla)
    assert cannot_link(issp, fla)
    # the same group, or a report naming no group, is no rival
    assert not rival_groups(issp, _fight("r", "gn:village-i", "islamic-state-sahel"), known)
    assert not rival_groups(issp, _fight("r", "gn:village-i", None), known)


def test_one_place_keeps_a_group_told_two_ways_as_one_incident():
    a = _fight("afp", "gn:seat-m", "islamic-state-sahel")
    b = _fight("tass", "gn:seat-m", "jnim")
    assert same_event(a, b)
    assert not cannot_link(a, b)


def test_a_region_statement_does_not_chain_the_two_fights():
    docs = {
        "afp": [_fight("afp", "gn:seat-m", "islamic-state-sahel")],
        "ukr": [_fight("ukr", "gn:seat-m", None)],
        "tass": [_fight("tass", "gn:seat-m-area", "islamic-state-sahel")],
        "fla": [_fight("fla", "gn:village-i", "azawad-liberation-front")],
        "rtr": [_fight("rtr", "gn:village-i", "azawad-liberation-front")],
        # the army's word on the second fight, its place borrowed at region precision
        "ria": [_fight("ria", "gn:seat-m-area", None, road=False)],
    }
    for store in (fused_together(docs), fused_one_by_one(docs, ["fla", "ria", "afp", "tass", "ukr", "rtr"])):
        assert sorted(_groups(store, list(docs))) == [["afp", "tass", "ukr"], ["fla", "ria", "rtr"]] \
            or sorted(_groups(store, list(docs))) == [["afp", "ria", "tass", "ukr"], ["fla", "rtr"]]


def _groups(store, doc_ids: list[str]) -> list[list[str]]:
    by_event: dict[str, list[str]] = {}
    for m, event_id in store.event_mentions_of_docs(doc_ids):
        by_event.setdefault(event_id, []).append(m.span.doc_id)
    return [sorted(ds) for ds in by_event.values()]
