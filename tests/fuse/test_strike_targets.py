"""A strike from the air whose outlets dispute who was hit, and the air support of a retaking.

Residents tell "a drone strike killed 11 civilians at the market of X"; the army tells "its aircraft struck
a gathering of JNIM terrorists at X": one strike whose target is disputed (``disputed_parties.strike_target_disputed``),
coded with the civilians it hit on side 2 (``build._civilians_struck``), not two events.  Within one article,
"its troops, supported by air strikes, restored state authority in X" is the retaking's air support, not a
strike of its own (``match_rules._taker_strike``).  A denial by a source whose own account is one side of a more
specific dispute (a count it plays down, who was hit) is not a second dispute
(``disputes.denials_told_otherwise``)."""

from __future__ import annotations

from .fuse_factory import deaths, interval, mention
from .test_incremental import canonical, fused_one_by_one, fused_together
from sitrep.fuse.disputes import denials_told_otherwise, victim_disputes, victims_of
from sitrep.fuse.match import same_event
from sitrep.model import Dispute, Version

STRIKE = {"etype": "Explosions/Remote violence", "sub": "Air/drone strike"}
VAC = {"etype": "Violence against civilians", "sub": "Attack"}


def _residents(doc="a", place_id="gn:village-a", **kw):
    # « Au moins onze civils ont été tués mardi lorsqu'un drone a frappé le marché de X »: no one named as the flyer
    return mention(doc, 0, side2=["civilians-mali"], place_id=place_id, date="2026-10-13",
                   fatalities=deaths(11, None, "Au moins onze civils ont été tués"), **{**STRIKE, **kw})


def _army(doc="b", place_id="gn:village-a", side2=("jnim",), **kw):
    # "the air force struck a gathering of JNIM terrorists at X; several were neutralised"
    return mention(doc, 0, side1=["malian-armed-forces"], side2=side2, place_id=place_id, date="2026-10-13",
                   modality="claim", source_actor="malian-armed-forces", **{**STRIKE, **kw})


def test_civilians_or_an_armed_group_hit_by_one_strike_is_one_strike():
    assert same_event(_residents(), _army()) and same_event(_army(), _residents())
    # residents who tell it as an attack on civilians, not as a strike
    assert same_event(_residents(**VAC), _army())


def test_a_strike_elsewhere_or_two_outlets_naming_the_same_kind_of_target_is_not_this_dispute():
    assert not same_event(_residents(place_id="gn:village-b"), _army())
    # a strike on the army itself is no disputed target
    assert not same_event(_residents(), _army(side2=["malian-armed-forces"]))
    # within one article two strikes keep their own anchors
    assert not same_event(_residents(doc="b"), mention("b", 300, side1=["malian-armed-forces"], side2=["jnim"],
                                                       place_id="gn:village-b", date="2026-10-13", **STRIKE))


def test_fusion_in_any_order_gives_one_disputed_strike_with_civilians_on_side_2():
    docs = {"a": [_residents()], "b": [_army()], "c": [_residents(doc="c")]}
    together = fused_together(docs)
    (event,) = together.list_events()
    assert event.actor1 == "malian-armed-forces"
    assert "civilians-mali" in (event.actor2, *event.assoc_actor_2)
    assert [d.kind for d in event.disputes] == ["target"]
    for order in (["a", "b", "c"], ["c", "b", "a"], ["b", "a", "c"]):
        assert canonical(fused_one_by_one(docs, order)) == canonical(together)


def test_who_a_strike_hit_is_read_in_its_sentence_when_its_toll_does_not_say():
    funeral = mention("a", 0, fatalities=deaths(14, None, "killed at least 14 people attending"), **STRIKE)
    assert victims_of(funeral) is None
    assert victims_of(funeral, "A drone strike killed at least 14 people attending a funeral near X.") == "civilians"
    army = mention("b", 0, side1=["malian-armed-forces"], **STRIKE)
    assert victims_of(army, "Les FAMa ont neutralisé samedi une dizaine de terroristes lors d'une frappe.") == "fighters"
    # a sentence naming both says nothing; an attack on the ground is not read from its sentence
    assert victims_of(army, "A strike on jihadists killed 12 villagers, residents said.") is None
    attack = mention("c", 0, side1=["jnim"], **VAC)
    assert victims_of(attack, "Jihadists attacked the village, killing 20 people.") is None
    sentences = {"a": "A drone strike killed at least 14 people attending a funeral near X.",
                 "b": "Les vecteurs aériens ont frappé une réunion de terroristes à X."}
    disputes = victim_disputes([funeral, army], {"a": "a", "b": "b"}, {"a": "Reuters", "b": "ORTM"},
                               lambda m: sentences[m.span.doc_id])
    assert [d.kind for d in disputes] == ["target"]


def test_the_air_support_of_a_retaking_is_part_of_it_in_its_article():
    retaken = mention("a", 0, sub="Government regains territory", side1=["malian-armed-forces"], side2=["jnim"],
                      place_id="gn:gao", date="2026-08-22")
    support = mention("a", 200, side1=["malian-armed-forces"], side2=["jnim"], place_id="gn:gao",
                      date=interval("2026-08-16", "2026-08-23"), **STRIKE)
    assert same_event(retaken, support) and same_event(support, retaken)
    # the loser's strike, or a strike another outlet tells, is no air support of this retaking
    theirs = mention("a", 200, side1=["jnim"], side2=["malian-armed-forces"], place_id="gn:gao",
                     date="2026-08-22", **STRIKE)
    assert not same_event(retaken, theirs)
    assert not same_event(retaken, mention("b", 0, side1=["malian-armed-forces"], side2=["jnim"],
                                           place_id="gn:gao", date="2026-08-22", **STRIKE))


def _dispute(kind, description, *outlets):
    return Dispute(kind=kind, description=description,
                   versions=[Version(label=f"v{i}", mention_ids=[f"m{i}"], outlets=[o]) for i, o in enumerate(outlets)])


def test_a_denial_by_a_source_whose_account_is_another_dispute_is_not_a_second_dispute():
    denial = _dispute("denial", "Denied by the General Staff", "TASS", "Reuters")
    played_down = _dispute("count", "A source plays down the vehicles: only a few trucks", "TASS", "Journal du Mali")
    target = _dispute("target", "Sources disagree on who was killed", "Reuters", "ORTM")
    assert denials_told_otherwise([denial, played_down]) == [played_down]
    assert denials_told_otherwise([_dispute("denial", "Denied by the army", "ORTM", "Reuters"), target]) == [target]
    # a different count dispute, or a denial from an outlet with no account of its own, stays
    counts = _dispute("count", "Sources give different counts of the dead", "TASS", "Reuters")
    assert denials_told_otherwise([denial, counts]) == [denial, counts]
    assert denials_told_otherwise([_dispute("denial", "Denied by JNIM", "Al-Zallaqa", "Reuters"), target])[0].kind == "denial"


def test_a_denial_by_the_party_of_an_outcome_version_is_not_a_second_dispute():
    # the army says it repelled the attack (an outcome version told by AFP and Reuters) and, in a third outlet's relay of
    # its communiqué, denies that the camp fell: one disagreement, held by the outcome dispute
    outcome = Dispute(kind="outcome", description="Sources disagree on the outcome", versions=[
        Version(label="attacker_victory", mention_ids=["m0"], outlets=["Reuters"], source_actor="unnamed:security-sources"),
        Version(label="defender_victory", mention_ids=["m1"], outlets=["AFP", "Reuters"], source_actor="malian-armed-forces")])
    denial = Dispute(kind="denial", description="Denied by Malian Armed Forces", versions=[
        Version(label="denied", mention_ids=["c0"], outlets=["L'Essor"], source_actor="malian-armed-forces"),
        Version(label="reported", mention_ids=["m2"], outlets=["AFP"], source_actor="jnim")])
    assert denials_told_otherwise([outcome, denial]) == [outcome]
    # another party's denial stays
    other = denial.model_copy(update={"versions": [denial.versions[0].model_copy(update={"source_actor": "jnim"}),
                                                   denial.versions[1]]})
    assert denials_told_otherwise([outcome, other]) == [outcome, other]
