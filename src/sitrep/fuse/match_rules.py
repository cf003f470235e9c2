"""The named rules by which two reports coded as different kinds are one incident (``type_rule``:
one change of hands, a battle and the transfer it ends in, a statement about the violence, forces
read as civilians, an undated sequel, one incident told two ways, an ambush opened by a mine, a battle's air
support), and the tests that keep two
reports apart whatever else ties them (an aircraft lost, changes of hands in opposite directions)."""

from __future__ import annotations

from sitrep.analyse.versions import DEFENDER_VICTORY
from sitrep.fuse.aftermath import aftermath_told_elsewhere
from sitrep.fuse.disputed_parties import STRIKE_SUBTYPES
from sitrep.fuse.match_actors import actor_relation, actors_of
from sitrep.fuse.match_dates import match_window, windows_meet
from sitrep.fuse.match_kinds import (
    PARTY_STATEMENT_TYPES, STATEMENT_TYPE, subtypes_compatible, TRANSFER_SUBTYPES, VIOLENT_TYPES, own_toll_claim)
from sitrep.fuse.partyless_toll import partyless_toll_of_the_deed
from sitrep.fuse.nearness import is_country_level, is_region_level, named_settlement, named_town, place_relation
from sitrep.knowledge.actor_knowledge import ActorKnowledge
from sitrep.model import EventMention, Modality


def _statement_about(a: EventMention, b: EventMention, knowledge: ActorKnowledge) -> bool:
    """Within one article, a side's statement the classifier coded as a strategic development (a
    claim of responsibility with its toll, an army communiqué) at the place of the violent event
    the article reports, on meeting dates, is a report of that event: a claim attaches to the event
    its sentence points at, not to an event of its own."""
    if a.span.doc_id != b.span.doc_id:
        return False
    kinds = (STATEMENT_TYPE, *PARTY_STATEMENT_TYPES)
    statement, event = (a, b) if a.event_type in kinds or own_toll_claim(a) else (b, a)
    if own_toll_claim(statement) and event.event_type in VIOLENT_TYPES and not own_toll_claim(event):
        # "It said in a statement that it had killed about 20 terrorists": a party's own account,
        # dated only by the article, of the strike or attack the article reports at that place
        return place_relation(statement.place, event.place) == "anchor"
    if statement.event_type not in kinds or event.event_type not in VIOLENT_TYPES:
        return False
    if statement.modality not in (Modality.claim, Modality.denied) or not statement.source_actor:
        return False
    if statement.sub_event_type in TRANSFER_SUBTYPES:
        return False
    if statement.event_type in PARTY_STATEMENT_TYPES and not any(
            knowledge.same_side(statement.source_actor, x) for x in sorted(actors_of(event))):
        return False
    return place_relation(statement.place, event.place) == "anchor"


# the actor kinds that bear arms: an attack on one of them is a fight (ACLED: violence against civilians
# targets the unarmed; a raid on an army camp, a militia checkpoint or a rebel post is a battle)
ARMED_KINDS = frozenset({"state_forces", "identity_militia", "political_militia", "rebel_group"})


def _armed_target_read_as_civilians(a: EventMention, b: EventMention, knowledge: ActorKnowledge) -> bool:
    """A report coded as violence against civilians whose only named targets bear arms ("gunmen opened fire on
    the army positions", a group's claim of "killing 17 militiamen" of a Dogon militia) tells a battle: it
    matches the battle reports."""
    vac, battle = (a, b) if a.event_type == "Violence against civilians" else (b, a)
    if vac.event_type != "Violence against civilians" or battle.event_type != "Battles":
        return False
    targets = [x for x in (*vac.side2, *vac.assoc2) if not x.startswith("unnamed:")]
    return bool(targets) and all(knowledge.kind(x) in ARMED_KINDS for x in targets)


# one-sided violence and the coding its other tellers give it: residents' "soldiers killed 16
# civilians at X" is the army's "repelled a terrorist attack at X, killing 16 assailants" or its
# "air strike on a gathering of terrorists at X"
_TOLD_TWO_WAYS = frozenset({frozenset({"Violence against civilians", "Battles"}),
                            frozenset({"Violence against civilians", "Explosions/Remote violence"}),
                            frozenset({"Battles", "Explosions/Remote violence"})})


def told_two_ways(a: EventMention, b: EventMention, knowledge: ActorKnowledge) -> bool:
    """Two outlets code one incident as two kinds of violence: one calls it an attack on civilians,
    the other a battle or a strike on fighters (who the dead were is what they dispute).  They are
    one incident when each names the same town or its area in its own sentence (the army's pursuit
    of the attackers a few kilometres away is an event of its own), their days overlap without
    slack, no party of one is foreign to the other's camps, and the fight or strike is not one on a
    state's forces; a clash and a massacre a day apart at one town stay two events."""
    if a.span.doc_id == b.span.doc_id or frozenset((a.event_type, b.event_type)) not in _TOLD_TWO_WAYS:
        return False
    if a.modality == Modality.background or b.modality == Modality.background or a.separate or b.separate:
        return False
    if a.sub_event_type in TRANSFER_SUBTYPES or b.sub_event_type in TRANSFER_SUBTYPES:
        return False
    if any(m.event_type == "Explosions/Remote violence" and m.sub_event_type not in STRIKE_SUBTYPES for m in (a, b)):
        return False
    if not same_town_on_overlapping_days(a, b):
        return False
    # the other telling fights or strikes at someone other than a state's forces: a battle whose
    # target is the army is the attackers' assault, and villagers killed beside it are another event
    other = b if a.event_type == "Violence against civilians" or b.event_type == "Battles" else a
    if any(knowledge.kind(x) == "state_forces" for x in (*other.side2, *other.assoc2) if not x.startswith("unnamed:")):
        return False
    return actor_relation(a, b, knowledge) != "no"


def same_town_on_overlapping_days(a: EventMention, b: EventMention) -> bool:
    """Both tellings name the same settlement in their own sentence and their days overlap without slack."""
    if not (named_settlement(a) and named_settlement(b)) or a.place.place_id != b.place.place_id:
        return False
    return windows_meet(a, b) is True


MINE_SUBTYPE = "Remote explosive/landmine/IED"


def ambush_opened_by_a_mine(a: EventMention, b: EventMention, knowledge: ActorKnowledge) -> bool:
    """An ambush that opens with a mine ("the lead vehicle struck a mine, then the assailants opened fire") is
    coded by one outlet as the explosive and by another as the fight: a mine and an armed clash of two outlets,
    each naming the same town in its own sentence, on days that overlap without slack, with a state's forces
    among each one's parties and no party of one foreign to the other, are one incident.  A mine on a convoy
    and an ambush a day later on the same road stay two events (their days do not overlap)."""
    if a.span.doc_id == b.span.doc_id or (pair := _mine_and_clash(a, b)) is None:
        return False
    if not same_town_on_overlapping_days(a, b):
        return False
    if not all(any(knowledge.kind(x) == "state_forces" for x in actors_of(m)) for m in (a, b)):
        return False
    # the fight names no armed group the mine's telling lacks: the army's raid on a named group the same
    # day (« les FAMa ont neutralisé des terroristes de JNIM ») is its own incident beside a mine on its convoy
    mine, clash = pair
    if any(knowledge.kind(x) != "state_forces" for x in actors_of(clash) - actors_of(mine) if not x.startswith("unnamed:")):
        return False
    return actor_relation(a, b, knowledge) != "no"


def mine_told_in_its_ambush_story(a: EventMention, b: EventMention, _known: ActorKnowledge | None = None) -> bool:
    """The article that tells an ambush goes on with how it opened ("The convoy was hit by an explosive device and then
    came under heavy fire"): that sentence names no town, so it took the ambush's own (the place span lies in the
    ambush's sentence), and its days meet the ambush's.  One incident, as across outlets (``ambush_opened_by_a_mine``)."""
    if a.span.doc_id != b.span.doc_id or (pair := _mine_and_clash(a, b)) is None:
        return False
    mine, clash = pair
    if not named_settlement(clash) or mine.place is None or mine.place.span != clash.place.span \
            or mine.span.char_start < clash.span.char_end:
        return False
    return windows_meet(a, b) is True


def _mine_and_clash(a: EventMention, b: EventMention) -> tuple[EventMention, EventMention] | None:
    """(the mine, the armed clash) when ``a`` and ``b`` are one of each, both told as facts of their day (no
    background, neither set apart by its text); else None."""
    if {a.sub_event_type, b.sub_event_type} != {MINE_SUBTYPE, "Armed clash"}:
        return None
    if Modality.background in (a.modality, b.modality) or a.separate or b.separate:
        return None
    return (a, b) if a.sub_event_type == MINE_SUBTYPE else (b, a)


# what an attack takes beside the lives: a sentence that tells both ("about thirty people killed … granaries
# burned", « une trentaine de personnes tuées … et de greniers incendiés ») may be read as the taking
_TAKINGS = frozenset(("Looting/property destruction", "Abduction/forced disappearance"))


def killing_read_as_its_takings(a: EventMention, b: EventMention, _known: ActorKnowledge | None = None) -> bool:
    """One outlet's attack on civilians and another's report of the same killing read as the burning, looting
    or abduction its sentence also tells: the taking's report tells people killed in its own sentence, so it
    is the killing (ACLED codes people killed and their granaries burned as the attack).  A taking with no
    dead, a background recall or a report set apart stays apart."""
    attack, taking = (a, b) if a.event_type == "Violence against civilians" else (b, a)
    if attack.event_type != "Violence against civilians" or attack.sub_event_type in _TAKINGS \
            or taking.sub_event_type not in _TAKINGS:
        return False
    if Modality.background in (a.modality, b.modality) or a.separate or b.separate:
        return False
    dead = taking.fatalities
    return dead is not None and dead.kind == "killed" and (dead.low or 0) > 0


def _same_transfer(a: EventMention, b: EventMention) -> bool:
    return (a.sub_event_type in TRANSFER_SUBTYPES and b.sub_event_type in TRANSFER_SUBTYPES
            and bool(set(a.side1) & set(b.side1)))


def opposite_transfers(a: EventMention, b: EventMention) -> bool:
    """Two changes of hands in opposite directions (one's taker is the other's loser): two events,
    e.g. a town lost and retaken within days."""
    return (a.sub_event_type in TRANSFER_SUBTYPES and b.sub_event_type in TRANSFER_SUBTYPES
            and bool(set(a.side1) & set(b.side2) or set(b.side1) & set(a.side2)))


# outcome labels that only an aircraft can have: its loss is an incident of its own
AIRCRAFT_VERSIONS = frozenset({"accident", "shot_down"})


def aircraft_apart(a: EventMention, b: EventMention) -> bool:
    """One mention tells of an aircraft lost (shot down, or an accident) and the other does not:
    two events.  A helicopter downed during a battle is an incident of its own (ACLED codes it
    apart), and its accident-vs-shoot-down dispute belongs to it, not to the battle around it."""
    return (a.version in AIRCRAFT_VERSIONS) != (b.version in AIRCRAFT_VERSIONS)


def _same_episode(a: EventMention, b: EventMention) -> bool:
    """A battle (or the taker's air support, ``_taker_strike``) and the change of hands it ends in,
    told in one article at the same town named in both sentences ("fighting broke out in X" ... "fighters control X"),
    or in the fight's sentence only by the article (``_fight_at_the_articles_town``), on overlapping dates: one event, which ACLED
    codes as the transfer.  Across articles a clash and a transfer stay apart (an offensive on
    many towns is not the loss of one of them)."""
    if a.span.doc_id != b.span.doc_id:
        return False
    transfer, clash = (a, b) if a.sub_event_type in TRANSFER_SUBTYPES else (b, a)
    if transfer.sub_event_type not in TRANSFER_SUBTYPES or clash.sub_event_type in TRANSFER_SUBTYPES:
        return False
    if not (clash.event_type == "Battles" or _taker_strike(clash, transfer)) or not named_town(transfer):
        return False
    if not (named_town(clash) or _fight_at_the_articles_town(clash, transfer)):
        return False
    # on overlapping dates, without the retelling slack: an attack on Saturday and the town taken
    # on Tuesday are two events, as ACLED codes them
    if a.date is None or b.date is None or not a.date.overlaps(b.date):
        return False
    return place_relation(a.place, b.place) == "anchor"


def claimed_outcome_of_the_fight(a: EventMention, b: EventMention, _known: ActorKnowledge | None = None) -> bool:
    """Within one article, a change of hands told only as a side's claim, beside the other side's word that
    the attack was repelled ("the army said it repelled the attack, but the militants said they had taken
    control of the base"), and a fight at the same place on a day the claim's dates hold ("Tuesday's
    assault on the camp began before dawn"): the claim is that side's version of the fight's outcome, which
    the dispute keeps beside the defender's, not a second event.  A claim with a day of its own, at another
    place, or a fight on a day outside the claim's window, stays apart."""
    if a.span.doc_id != b.span.doc_id:
        return False
    transfer, clash = (a, b) if a.sub_event_type in TRANSFER_SUBTYPES else (b, a)
    if transfer.sub_event_type not in TRANSFER_SUBTYPES or clash.event_type != "Battles" \
            or clash.sub_event_type in TRANSFER_SUBTYPES:
        return False
    if transfer.modality != Modality.claim or Modality.background in (clash.modality, transfer.modality) \
            or clash.separate or transfer.separate:
        return False
    if clash.place is None or transfer.place is None or not clash.place.place_id \
            or clash.place.place_id != transfer.place.place_id:
        return False
    # the claim dates nothing itself (its days are only "on or before it was reported"): a claim with
    # a day of its own may be a later capture after the fight ("on 25 April the rebels took the town")
    if transfer.date is None or not transfer.date.is_estimate:
        return False
    # and its own sentence tells the other side's account that the attack failed ("the army said it had
    # repelled the attack, but the militants said they had taken the base"): one outcome, disputed
    if transfer.version != DEFENDER_VICTORY:
        return False
    wc, wt = match_window(clash), match_window(transfer)
    return wc is not None and wt is not None and wt[0] <= wc[0] and wc[1] <= wt[1]


def _fight_at_the_articles_town(clash: EventMention, transfer: EventMention) -> bool:
    """A fight told in a sentence that names no place of its own (« nos combattants sont entrés dans
    le camp après plusieurs heures de combats », "killed eight soldiers before entering the camp")
    and takes its town from the takeover's own sentence (the very occurrence of the name), dated by
    its own text to the one day the town changed hands: the fighting that took the town.  A town taken
    from any other sentence, or a window of days, is no such evidence (an offensive's fighting elsewhere)."""
    pc, pt = clash.place, transfer.place
    if pc is None or pt is None or not pc.place_id or pc.place_id != pt.place_id or named_settlement(clash):
        return False
    if (pc.span.char_start, pc.span.char_end) != (pt.span.char_start, pt.span.char_end) or not named_town(transfer):
        return False
    if clash.date_from_publication or clash.modality == Modality.background or clash.separate:
        return False
    # one stated day, the takeover's: a window ("in late April", a year) may hold another fight
    if clash.date is None or transfer.date is None or clash.date.earliest != clash.date.latest:
        return False
    return (clash.date.earliest, clash.date.latest) == (transfer.date.earliest, transfer.date.latest)


def _taker_strike(strike: EventMention, transfer: EventMention) -> bool:
    """A strike from the air by the side that takes the town ("its troops, supported by air strikes,
    restored state authority in X", « une opération aéroterrestre »): the air support of the
    operation that changed hands, told in its article, not a strike of its own."""
    return (strike.event_type == "Explosions/Remote violence" and strike.sub_event_type in STRIKE_SUBTYPES
            and bool(set(strike.side1) & set(transfer.side1)))


def air_support_of_the_clash(a: EventMention, b: EventMention, _known: ActorKnowledge | None = None) -> bool:
    """A strike from the air by one side of an armed clash at the same town on the same day, with
    no target of its own beyond the clash's other side ("the attack was repelled by our forces,
    supported by aircraft", « appuyées par les vecteurs aériens »): the air support of the battle,
    which ACLED codes as the battle, not a strike of its own.  A strike on another target, at
    another place or on another day stays apart."""
    strike, clash = (a, b) if a.event_type == "Explosions/Remote violence" else (b, a)
    if strike.sub_event_type not in STRIKE_SUBTYPES or clash.event_type != "Battles" \
            or clash.sub_event_type in TRANSFER_SUBTYPES:
        return False
    if Modality.background in (a.modality, b.modality) or a.separate or b.separate:
        return False
    # the clash names the town in its own sentence; the support sentence often names none (its
    # article's town is its place: « appuyées par les vecteurs aériens, les FDS ont repoussé… »)
    if not named_settlement(clash) or strike.place is None or not (
            strike.place.place_id == clash.place.place_id or _area_of_the_town(strike, clash)):
        return False
    if a.date is None or b.date is None or not a.date.overlaps(b.date):
        return False
    for own, other in ((clash.side1, clash.side2), (clash.side2, clash.side1)):
        if set(strike.side1) & set(own) and set(strike.side2) <= set(other):
            return True
    return False


def _area_of_the_town(strike: EventMention, clash: EventMention) -> bool:
    """Another outlet's strike placed only in the province or region that holds the clash's town (a state
    agency's « une unité … stationnée dans la province du Séno … appuyés par des vecteurs aériens », told the
    day a wire names the town): the area is all that outlet gives, so it holds the town's fight."""
    area, town = strike.place, clash.place
    return (strike.span.doc_id != clash.span.doc_id and is_region_level(area) and not is_country_level(area)
            and bool(area.admin1) and area.admin1 == town.admin1 and area.country == town.country)


def fire_support_of_the_assault(a: EventMention, b: EventMention, _known: ActorKnowledge | None = None) -> bool:
    """Within one article, rockets or shells fired at the post the article's assault targets, at the same place on
    meeting days ("overran parts of an army camp … The assailants … fired rockets at the camp shortly after dawn
    and fought the garrison for several hours"): the assault's own fire, which ACLED codes as the battle.  The
    fire must strike no party the assault does not fight, and come from its attackers or from unnamed ones."""
    if a.span.doc_id != b.span.doc_id:
        return False
    fire, assault = (a, b) if a.sub_event_type == "Shelling/artillery/missile attack" else (b, a)
    if fire.sub_event_type != "Shelling/artillery/missile attack" or assault.event_type != "Battles":
        return False
    if Modality.background in (a.modality, b.modality) or a.separate or b.separate:
        return False
    if fire.place is None or assault.place is None or fire.place.place_id != assault.place.place_id:
        return False
    if a.date is None or b.date is None or not a.date.overlaps(b.date):
        return False
    struck, fought = set(fire.side2), set(assault.side2) | set(assault.side1)
    firing = {x for x in fire.side1 if not x.startswith("unnamed:")}
    return bool(struck) and struck <= fought and firing <= fought


def toll_of_the_strike(a: EventMention, b: EventMention, _known: ActorKnowledge | None = None) -> bool:
    """Within one article, the sentence after a strike that tells what it did with a fight's words
    (« ces frappes ont permis de neutraliser une quinzaine de terroristes », "the strikes killed about
    twenty fighters"), coded as a clash: it names no town of its own (the strike's is its place), no
    party beyond the strike's sides, and its days meet the strike's.  It is the strike's toll, not a
    battle of its own; a clash that names its own town, or another party, stays apart."""
    if a.span.doc_id != b.span.doc_id:
        return False
    strike, clash = (a, b) if a.event_type == "Explosions/Remote violence" else (b, a)
    if strike.sub_event_type not in STRIKE_SUBTYPES or clash.event_type != "Battles" \
            or clash.sub_event_type in TRANSFER_SUBTYPES or clash.span.char_start < strike.span.char_end:
        return False
    if Modality.background in (a.modality, b.modality) or a.separate or b.separate or named_settlement(clash):
        return False
    if strike.place is None or clash.place is None or strike.place.place_id != clash.place.place_id:
        return False
    if a.date is None or b.date is None or not a.date.overlaps(b.date):
        return False
    striker = set(strike.side1) | set(strike.assoc1)
    return bool(striker & set(clash.side1)) and set(clash.side1) | set(clash.assoc1) <= striker \
        and set(clash.side2) | set(clash.assoc2) <= set(strike.side2) | set(strike.assoc2)


def _undated_sequel(a: EventMention, b: EventMention, knowledge: ActorKnowledge) -> bool:
    """Within one article, a sentence of the same event type that dates nothing itself ("after the
    blast, the soldiers came under fire") and names a party of the other tells the same incident,
    whatever sub-event the classifier gave it, and so does one of another violent type told after
    the dated report (``_sequel_of_dated``); a sentence with a date of its own may be another
    incident of a round-up."""
    if a.span.doc_id != b.span.doc_id or not {a.event_type, b.event_type} <= set(VIOLENT_TYPES):
        return False
    if not (a.date_from_publication or b.date_from_publication):
        return False
    if a.sub_event_type in TRANSFER_SUBTYPES or b.sub_event_type in TRANSFER_SUBTYPES:
        return False
    if a.event_type != b.event_type and not _sequel_of_dated(a, b):
        return False
    return actor_relation(a, b, knowledge) == "anchor"


def _sequel_of_dated(a: EventMention, b: EventMention) -> bool:
    """Of two reports of different violent types in one article, the one that dates nothing comes
    after the dated one ("The blast struck a military escort … and the soldiers then came under
    fire"): the next act of the incident already told (an IED and the ambush after it), not another
    incident; told before it, it may be a round-up's earlier story."""
    undated, dated = (a, b) if a.date_from_publication else (b, a)
    return not dated.date_from_publication and undated.span.char_start > dated.span.char_start


def one_change_of_hands(a: EventMention, b: EventMention) -> bool:
    """Within one article, two changes of hands by the same taker on the same stated day in one
    region are one: the second place is where the losers went or a landmark ("the soldiers fell
    back to Boni"), not a second town taken (a round-up names its towns in one sentence)."""
    if a.span.doc_id != b.span.doc_id or not _same_transfer(a, b):
        return False
    if a.date_from_publication or b.date_from_publication or a.date is None or b.date is None:
        return False
    if not (a.date.earliest == b.date.earliest and a.date.latest == b.date.latest):
        return False
    pa, pb = a.place, b.place
    return (pa is not None and pb is not None and bool(pa.admin1) and pa.admin1 == pb.admin1
            and pa.country == pb.country)


def type_rule(a: EventMention, b: EventMention, known: ActorKnowledge) -> str | None:
    """The name of the rule that lets two mentions' types meet, None when none does (the first of
    ``same_event``'s tests; ``sitrep.fuse.why_apart`` names it to an analyst)."""
    if subtypes_compatible(a.sub_event_type, b.sub_event_type) and a.event_type == b.event_type:
        return "compatible_subtypes"
    # tried in this order; a plain loop over module-level rules (fusion asks this of every candidate
    # pair, and most pairs of different kinds meet none of them)
    for name, holds in _TYPE_RULES:
        if holds(a, b, known):
            return name
    return None


_TYPE_RULES = (("same_transfer", lambda a, b, _k: _same_transfer(a, b)),
               ("same_episode", lambda a, b, _k: _same_episode(a, b)),
               ("armed_target_read_as_civilians", _armed_target_read_as_civilians), ("statement_about", _statement_about),
               ("undated_sequel", _undated_sequel), ("told_two_ways", told_two_ways),
               ("ambush_opened_by_a_mine", ambush_opened_by_a_mine), ("mine_told_in_its_ambush_story", mine_told_in_its_ambush_story),
               ("killing_read_as_its_takings", killing_read_as_its_takings),
               ("air_support_of_the_clash", air_support_of_the_clash), ("toll_of_the_strike", toll_of_the_strike),
               ("fire_support_of_the_assault", fire_support_of_the_assault),
               ("claimed_outcome_of_the_fight", claimed_outcome_of_the_fight),
               ("aftermath_told_elsewhere", lambda a, b, _k: aftermath_told_elsewhere(a, b)),
               ("partyless_toll_of_the_deed", lambda a, b, _k: partyless_toll_of_the_deed(a, b)))
