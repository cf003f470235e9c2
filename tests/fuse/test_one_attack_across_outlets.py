"""One attack told by several outlets is one event, and two attacks of one day near each other stay two:

- a seat named as the place of an incident itself ("an army base in Gorom-Gorom") and a village about 37 km
  off named by another outlet ("a militia post in Markoye") on the same day are two incidents
  (``nearness.seat_itself_far``), even when a report of the seat's article that names no town ties both;
  a seat told at "near" precision, or a village within the seat's hinterland, keeps the neighbourhood's tie;
- "gunmen" (an unidentified armed group) leave side 1 open for the group another outlet names;
- the sentence after a strike that tells its toll with a fight's words is the strike
  (``match_rules.toll_of_the_strike``);
- a claim told in the narration ("JNIM claimed the blast") or a group's "its fighters planted the device"
  names the claimant on side 1 (``responsibility.claimant``)."""

from __future__ import annotations

from .fuse_factory import interval, mention
from .test_incremental import fused_together
from sitrep.fuse.match import cannot_link, same_event
from sitrep.fuse.match_rules import toll_of_the_strike
from sitrep.fuse.nearness import seat_itself_far
from sitrep.fuse.responsibility import claimant
from sitrep.knowledge.actor_knowledge import or_configured
from sitrep.model import Claim, Span, Stance

KNOWLEDGE = or_configured(None)
SUNDAY = interval("2026-11-08")


def _base_in_seat(doc: str = "a", start: int = 0, side1=("jnim",)):
    return mention(doc, start, side1=side1, side2=["burkina-faso-armed-forces"], place_id="gn:kidal", date=SUNDAY)


def _post_in_village(doc: str = "b", place_id: str = "gn:far-village"):
    return mention(doc, 0, side1=["unidentified-armed-group-burkina-faso"], place_id=place_id, date=SUNDAY)


def test_a_seat_itself_and_a_village_37_km_off_are_two_attacks():
    seat, village = _base_in_seat(), _post_in_village()
    assert seat_itself_far(seat, village) and seat_itself_far(village, seat)
    assert cannot_link(seat, village) and not same_event(seat, village)


def test_a_seat_told_near_or_a_village_in_its_hinterland_stays_one():
    seat = _base_in_seat()
    near = seat.model_copy(update={"place": seat.place.model_copy(update={"geo_precision": 2})})
    assert not seat_itself_far(near, _post_in_village())
    assert not seat_itself_far(seat, _post_in_village(place_id="gn:near-kidal"))  # ~23 km
    assert same_event(seat, _post_in_village(place_id="gn:near-kidal"))


def test_a_report_without_a_town_of_its_own_does_not_chain_the_two_attacks():
    seat = _base_in_seat()
    # the army's statement in the seat's article: its place is the article's town, not named in its sentence
    said = _base_in_seat(start=300, side1=())
    said = said.model_copy(update={"place": said.place.model_copy(update={"span": Span(doc_id="a", char_start=10,
                                                                                         char_end=15)})})
    docs = {"a": [seat, said], "b": [_post_in_village()]}
    events = fused_together(docs).list_events()
    assert len(events) == 2
    for e in events:
        assert not {"a:0", "b:0"} <= {r.mention_id for r in e.reports}


def test_gunmen_leave_the_perpetrator_open_for_the_named_group():
    gunmen = mention("a", 0, etype="Violence against civilians", sub="Attack",
                     side1=["unidentified-armed-group-burkina-faso"], date=SUNDAY)
    named = mention("b", 0, etype="Violence against civilians", sub="Attack", side1=["islamic-state-sahel"],
                    side2=["civilians-niger"], date=SUNDAY)
    assert same_event(gunmen, named)
    other_group = mention("c", 0, etype="Violence against civilians", sub="Attack", side1=["jnim"], date=SUNDAY)
    assert not same_event(other_group, named.model_copy(update={"side2": []}))


def _strike(start: int = 0):
    return mention("a", start, etype="Explosions/Remote violence", sub="Air/drone strike",
                   side1=["malian-armed-forces"], date=SUNDAY)


def test_the_strikes_toll_told_with_a_fights_words_is_the_strike():
    strike = _strike()
    toll = mention("a", 300, side1=["malian-armed-forces"], date=SUNDAY)
    toll = toll.model_copy(update={"place": toll.place.model_copy(update={"span": Span(doc_id="a", char_start=10,
                                                                                       char_end=15)})})
    assert toll_of_the_strike(strike, toll) and same_event(strike, toll)
    # a clash naming another party, or told before the strike, or in another article, is no toll of it
    assert not toll_of_the_strike(strike, toll.model_copy(update={"side2": ["jnim"]}))
    assert not toll_of_the_strike(_strike(start=600), toll)
    assert not toll_of_the_strike(strike, toll.model_copy(update={"span": toll.span.model_copy(update={"doc_id": "b"})}))


def _claim(speaker: str, text: str) -> Claim:
    return Claim(claim_id="b:1", span=Span(doc_id="b", char_start=0, char_end=len(text)), speaker=speaker,
                 speaker_surface=speaker, content=text, stance=Stance.asserts, event_mentions=["b:0"])


def test_a_claim_told_in_the_narration_names_the_claimant():
    blast = mention("b", 0, etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
                    side2=["niger-armed-forces"])
    for said in ("JNIM claimed the blast.", "The group said its fighters had planted the device.",
                 "Le JNIM a revendiqué l'attaque dans un message."):
        assert claimant([blast], [_claim("jnim", said)], lambda c: c.content, KNOWLEDGE) == "jnim", said
    assert claimant([blast], [_claim("jnim", "JNIM claimed 62 dead.")], lambda c: c.content, KNOWLEDGE) is None
