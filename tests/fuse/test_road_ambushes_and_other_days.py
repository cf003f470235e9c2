"""An ambush told under either end of its road, and a deed of another day told beside an incident.

- An ambush on a convoy happens between two towns, and outlets round it to the end each knows ("on the road
  between Sevare and Bandiagara" coded at the first end, "a few kilometres from Bandiagara, on the RN15"): two
  reports each told on a road (``EventMention.on_road``), on one day, at two towns within a road's reach, are one
  ambush when a party ties them; the same two towns without a road in either sentence stay two incidents.
- A story's recall of another day's deed ("On Monday, four passengers were killed when their bus hit a bomb" in
  Tuesday's ambush story) gives its dead to no dispute of the ambush, and borrows none of its parties."""

from __future__ import annotations

from .fuse_factory import PLACES, mention
from .test_incremental import fused_together
from sitrep.analyse.road_incidents import told_on_road
from sitrep.analyse.undated_news import deed_weekdays, told_another_day, weekdays_of
from sitrep.fuse.counts import count_disputes
from sitrep.fuse.match import same_event
from sitrep.fuse.nearness import road_ends, villages_apart

PLACES.setdefault("gn:road-end-a", ("Road End A", 12.4756, 1.5116, "Est", 1, "PPL"))
PLACES.setdefault("gn:road-end-b", ("Road End B", 12.0731, 1.7884, "Est", 1, "PPLA2"))   # ~54 km from A
PLACES.setdefault("gn:far-town", ("Far Town", 13.30, 2.60, "Est", 1, "PPL"))              # ~150 km from A


def _ambush(doc: str, place_id: str, on_road: bool = True, side1=("jnim",), side2=("malian-armed-forces",),
            date: str = "2027-09-07"):
    m = mention(doc, 0, side1=list(side1), side2=list(side2), place_id=place_id, date=date)
    return m.model_copy(update={"on_road": on_road})


def test_an_ambush_told_at_either_end_of_its_road_is_one_ambush():
    reuters = _ambush("r", "gn:road-end-a")
    local = _ambush("l", "gn:road-end-b", side1=(), side2=("malian-armed-forces",))
    assert road_ends(reuters, local) and not villages_apart(reuters, local)
    assert same_event(reuters, local)
    assert len(fused_together({"r": [reuters], "l": [local]}).list_events()) == 1


def test_two_towns_without_a_road_or_days_apart_or_too_far_stay_two_incidents():
    a = _ambush("r", "gn:road-end-a", on_road=False)
    assert not same_event(a, _ambush("l", "gn:road-end-b", on_road=False))
    assert not same_event(_ambush("r", "gn:road-end-a"), _ambush("l", "gn:road-end-b", on_road=False))
    assert not same_event(_ambush("r", "gn:road-end-a"), _ambush("l", "gn:road-end-b", date="2027-09-10"))
    assert not road_ends(_ambush("r", "gn:road-end-a"), _ambush("l", "gn:far-town"))
    # a road's ambush and a mine on the same road are two kinds: the road leaves neither open to the other
    mine = mention("m", 0, etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
                   place_id="gn:road-end-b", date="2027-09-07")
    assert not road_ends(_ambush("r", "gn:road-end-a"), mine)


def test_road_cues_by_language():
    assert told_on_road("Militants ambushed a supply convoy between Sevare and Bandiagara on Tuesday.", "en")
    assert told_on_road("A convoy came under attack on the road to Bandiagara.", "en")
    assert told_on_road("Le convoi est tombé dans une embuscade sur l'axe Sévaré-Bandiagara.", "fr")
    assert not told_on_road("Jihadists attacked the army camp in Tessit on Tuesday.", "en")
    assert not told_on_road("Des jihadistes ont attaqué le camp de Tessit mardi.", "fr")


def test_deed_weekdays_leave_out_the_day_someone_spoke():
    assert deed_weekdays("On Monday, four passengers were killed when their bus hit a roadside bomb.") == {0}
    assert deed_weekdays("Six soldiers were killed, the army said on Wednesday.") == set()
    tuesday = weekdays_of([_ambush("r", "gn:road-end-a").date])   # 7 September 2027 is a Tuesday
    assert tuesday == {1}
    assert told_another_day("On Monday, four passengers were killed when their bus hit a bomb.", tuesday)
    assert not told_another_day("Six soldiers were killed on Tuesday, the army said on Wednesday.", tuesday)
    assert not told_another_day("On Monday, four passengers were killed.", None)   # an undated event: any day fits


def test_another_days_toll_beside_the_ambush_is_no_count_dispute():
    text = ("Militants ambushed an army convoy between Sevare and Bandiagara on Tuesday, killing six soldiers, "
            "the army said.\n\nJNIM claimed the attack.\n\nOn Monday, four passengers were killed when their bus "
            "hit a roadside bomb near Koro, residents said.")
    lead = mention("r", 0, side1=["jnim"], side2=["malian-armed-forces"], place_id="gn:road-end-a",
                   date="2027-09-07", length=text.index("\n\n"), modality="claim",
                   source_actor="malian-armed-forces")
    claim_at = text.index("JNIM")
    claim = mention("r", claim_at, side1=["jnim"], place_id="gn:road-end-a", date="2027-09-07", length=21)
    disputes = count_disputes([lead, claim], [], {"r": text}, {"r": "r"}, {"r": "Reuters"}, "Battles")
    assert not disputes
    # told the ambush's own day, the same figure is another account of the ambush's dead
    told_same_day = text.replace("On Monday, four passengers were killed when their bus hit a roadside bomb",
                                 "On Tuesday, four soldiers were killed in the ambush")
    assert count_disputes([lead, claim], [], {"r": told_same_day}, {"r": "r"}, {"r": "Reuters"}, "Battles")
