"""One incident that outlets code as two kinds of violence, and a toll that rises across days.

Residents tell "soldiers killed 16 civilians at X"; the army tells "repelled an attack at X, killing 16
assailants", or "an air strike on a gathering of terrorists at X": one incident whose dead are
disputed (``sitrep.fuse.match.told_two_ways``), not two events.  A wire's provisional "at least 12"
the day after, and the local press's « le bilan s'est alourdi à 27 morts » two days later, are one
toll as it rose (``sitrep.fuse.counts.risen_toll``), not two accounts."""

from __future__ import annotations

from .fuse_factory import deaths, mention
from .test_incremental import canonical, fused_one_by_one, fused_together
from sitrep.fuse.counts import count_disputes, risen_toll
from sitrep.fuse.disputes import victim_disputes
from sitrep.fuse.match import same_event

VAC = {"etype": "Violence against civilians", "sub": "Attack"}
STRIKE = {"etype": "Explosions/Remote violence", "sub": "Air/drone strike"}


def _residents(doc="a", place_id="gn:village-a", date="2026-12-01", side1=()):
    return mention(doc, 0, side1=side1, side2=["civilians"], place_id=place_id, date=date,
                   fatalities=deaths(16, None, "at least 16 civilians were killed"), modality="claim", **VAC)


def _army(doc="b", place_id="gn:village-a", date="2026-12-01", side2=(), start=0, **kw):
    return mention(doc, start, side1=["malian-armed-forces"], side2=side2, place_id=place_id, date=date,
                   fatalities=deaths(16, 16, "killing 16 assailants"), **kw)


def test_an_attack_on_civilians_and_the_armys_clash_at_that_town_that_day_are_one_incident():
    assert same_event(_residents(), _army()) and same_event(_army(), _residents())
    assert same_event(_residents(side1=["malian-armed-forces"]), _army())
    assert same_event(_residents(), _army(**STRIKE))  # "a strike on a gathering of terrorists"


def test_the_dispute_is_who_the_dead_were():
    ms = [_residents(), _army()]
    disputes = victim_disputes(ms, {m.span.doc_id: m.span.doc_id for m in ms}, {"a": "Local", "b": "Reuters"})
    assert [d.kind for d in disputes] == ["target"]


def test_a_clash_on_another_day_or_at_another_village_stays_apart():
    assert not same_event(_residents(), _army(date="2026-12-03"))
    assert not same_event(_residents(), _army(place_id="gn:hamlet"))  # a pursuit 8 km away: its own event
    assert not same_event(_residents(place_id="gn:kidal-region"), _army(place_id="gn:kidal-region"))


def test_an_assault_on_the_army_beside_a_massacre_stays_apart():
    # jihadists attack the army camp and kill villagers: two events, as ACLED codes them
    on_villagers = _residents(side1=["jnim"])
    assault = _army(side2=["malian-armed-forces"])
    assault.side1 = ["jnim"]
    assert not same_event(on_villagers, assault)


def test_within_one_article_two_codings_stay_two_reports():
    assert not same_event(_residents(doc="a"), _army(doc="a", start=300))


def test_fusion_in_any_order_gives_one_event():
    docs = {"a": [_residents()], "b": [_army()], "c": [_residents(doc="c", side1=["malian-armed-forces"])]}
    together = fused_together(docs)
    assert len(together.list_events()) == 1
    for order in (["a", "b", "c"], ["c", "b", "a"], ["b", "a", "c"]):
        assert canonical(fused_one_by_one(docs, order)) == canonical(together)


WIRE = "OUAGADOUGOU, Nov 23 (AFP) - Gunmen killed at least 12 civilians in the village of Solanga on Sunday."
LOCAL = ("Le bilan de l'attaque perpétrée dimanche dans la commune s'est alourdi à 27 morts, a-t-on appris.\n\n"
         "Des individus armés ont ouvert le feu sur les habitants, selon un élu local.")
HRW = "Nairobi - Human Rights Watch said that an armed Islamist group killed at least 27 civilians in Solanga."


def test_a_toll_said_to_have_risen_is_read_in_either_language():
    assert risen_toll([LOCAL]) == 27
    assert risen_toll(["The death toll from Sunday's attack has risen to at least thirty, officials said."]) == 30
    assert risen_toll([WIRE, HRW]) is None


def _toll_disputes(texts, speakers):
    ms = [mention(d, 0, side1=["unidentified-armed-group"], side2=["civilians"], source_actor=speakers.get(d), **VAC)
          for d in texts]
    root_of = {d: d for d in texts}
    return count_disputes(ms, [], texts, root_of, {d: d for d in texts}, "Violence against civilians")


def test_a_provisional_toll_and_the_toll_it_rose_to_are_no_dispute():
    texts = {"wire": WIRE, "hrw": HRW}
    assert [d.kind for d in _toll_disputes(texts, {})] == ["count"]  # 12 against 27, nothing said it rose
    assert _toll_disputes({**texts, "local": LOCAL}, {}) == []


def test_a_partys_lower_figure_stays_a_dispute_when_the_toll_rose():
    army = "The army said in a statement that seven civilians were killed in Solanga."
    texts = {"army": army, "hrw": HRW, "local": LOCAL}
    disputes = _toll_disputes(texts, {"army": "unidentified-armed-group"})
    assert [d.kind for d in disputes] == ["count"]


def test_a_killing_blamed_on_soldiers_by_one_outlet_and_on_jihadists_by_another_is_one():
    soldiers = mention("a", 0, side1=["burkina-faso-armed-forces"], **VAC)  # "residents accuse soldiers"
    jihadists = mention("b", 0, side1=["jnim"], side2=["civilians-burkina-faso"], **VAC)
    assert same_event(soldiers, jihadists) and same_event(jihadists, soldiers)
    # two armed groups of unrelated camps blamed for one day's killings stay two incidents
    assert not same_event(mention("a", 0, side1=["islamic-state-sahel"], **VAC), jihadists)


def test_a_killing_told_once_as_an_attack_on_civilians_and_once_as_a_clash_is_coded_as_the_attack():
    from sitrep.fuse.consensus import consensus_subtype
    assert consensus_subtype([_residents(), _army()]) == "Attack"
    assert consensus_subtype([_army(), _residents()]) == "Attack"
    # more tellings of the clash win; an attack whose named target is the army is the clash too
    assert consensus_subtype([_residents(), _army(), _army(doc="c")]) == "Armed clash"
    on_army = mention("a", 0, side1=["jnim"], side2=["malian-armed-forces"], **VAC)
    assert consensus_subtype([on_army, _army()]) == "Armed clash"


def test_the_towns_area_and_the_town_are_one_place_for_two_codings():
    # « des frappes aériennes … dans la zone de Dioura » (the town's place, coarser) / "killed 20 civilians in Dioura"
    strike = _army(**STRIKE)
    strike.place = strike.place.model_copy(update={"geo_precision": 3})
    assert same_event(_residents(), strike)
    region = _army(place_id="gn:kidal-region", **STRIKE)
    assert not same_event(_residents(place_id="gn:kidal-region"), region)


def test_the_armys_operation_and_the_strike_residents_describe_are_one_incident():
    # "a drone strike killed 20 herders at X" / « les FAMa ont neutralisé une vingtaine de terroristes à X »
    strike = mention("a", 0, side2=["civilians"], fatalities=deaths(20, None, "killed at least 20 herders"),
                     place_id="gn:village-a", date="2026-12-01", **STRIKE)
    operation = _army()
    assert same_event(strike, operation) and same_event(operation, strike)
    # a roadside bomb and a clash another outlet tells are not folded this way
    ied = mention("a", 0, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence",
                  place_id="gn:village-a", date="2026-12-01", side2=["malian-armed-forces"])
    assert not same_event(ied, _army(side2=["jnim"]))


def test_a_killing_and_the_abduction_told_beside_it_are_coded_as_the_killing():
    from sitrep.fuse.consensus import consensus_subtype
    # « … tuant trois personnes » and « deux femmes ont été enlevées » in one story: one telling each
    killing = mention("a", 0, side2=["civilians-niger"], fatalities=deaths(3), **VAC)
    abduction = mention("a", 200, side2=["civilians-niger"], etype="Violence against civilians",
                        sub="Abduction/forced disappearance")
    assert consensus_subtype([abduction, killing]) == "Attack"
    assert consensus_subtype([killing, abduction]) == "Attack"
    # without a death the tie stays as before
    assert consensus_subtype([abduction, mention("a", 0, side2=["civilians-niger"], **VAC)]) == "Abduction/forced disappearance"


def test_a_strike_and_the_armys_toll_of_it_are_not_recoded_by_the_toll():
    from sitrep.fuse.consensus import consensus_subtype
    # "drones struck a gathering of militants. The army reported eight militants killed.": the toll's own reading
    # (a clash) carries the dead, but it is a rival reading of the deed, not what the deed took beside it
    strike = mention("a", 0, side1=["malian-armed-forces"], etype="Explosions/Remote violence", sub="Air/drone strike")
    toll = mention("a", 90, side1=["malian-armed-forces"], fatalities=deaths(8))
    assert consensus_subtype([strike, toll]) == "Air/drone strike"
