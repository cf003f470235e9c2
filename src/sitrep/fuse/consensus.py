"""The consensus of an event's reports: one date, place, actor pair and fatality range.

Every choice depends only on the *set* of mentions (ties are broken by sorted ids, never by arrival
order), so an event built incrementally equals the one a full rebuild makes.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Sequence

from sitrep.analyse.versions import DEFENDER_VICTORY
from sitrep.fuse.disputes import coherent_side1
from sitrep.knowledge.actor_knowledge import ActorKnowledge, or_configured
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS, GENERIC_KINDS, ORGANISED_KINDS
from sitrep.knowledge.foreign_civilians import FOREIGN_CIVILIANS
from sitrep.fuse.match import TRANSFER_SUBTYPES, is_civil_government
from sitrep.fuse.nearness import REFERENCE_TOWNS
from sitrep.model import DateInterval, EventMention, Fatalities, Modality, PlaceMention, Precision

DEATH_KINDS = ("killed",)
# counts that include deaths but are not only deaths: usable as a floor, never as a best figure
LOWER_BOUND_KINDS = ("killed", "killed_or_captured")


def precision_of(earliest: dt.date, latest: dt.date) -> Precision:
    days = (latest - earliest).days
    if days <= 0:
        return Precision.day
    if days <= 7:
        return Precision.week
    if days <= 31:
        return Precision.month
    return Precision.year


def consensus_date(mentions: Sequence[EventMention], sub_event_type: str | None = None) -> DateInterval | None:
    """The intersection of all reported intervals when they share a day, else the most precise
    interval (narrowest; ties: met by the reports of most articles, then told by a report of the event's own
    ``sub_event_type``, then told earliest in its article, then earliest).  A note that tells a theft and, two days
    later, the clash with the thieves' pursuers is coded as the clash, on the clash's day, not on the theft's told
    first.  A report whose only date is its article's day ("12 civilians were
    killed", in Friday's copy) tells no day of its own: it yields to the reports whose text dates
    the event ("on the evening of 24 June")."""
    stated = [m for m in mentions if m.date is not None and not m.date_from_publication]
    # an undated relay's weekday news joined reports that date it: their days, not its estimate's
    mentions = [m for m in stated if m.told_weekday is None] or stated or mentions
    dated = [m.date for m in mentions if m.date is not None]
    if not dated:
        return None
    lo = max(d.earliest for d in dated)
    hi = min(d.latest for d in dated)
    if lo <= hi:
        evidence = sorted({d.evidence for d in dated if d.evidence})
        return DateInterval(
            earliest=lo, latest=hi, precision=precision_of(lo, hi),
            is_estimate=all(d.is_estimate for d in dated),
            evidence="; ".join(evidence)[:300],
        )

    def support(d: DateInterval) -> int:
        # one article telling the incident and its circumstances ("withdrew on Friday night",
        # "retook the town on Saturday") counts once: independent articles decide
        return len({m.span.doc_id for m in mentions if m.date is not None and m.date.overlaps(d)})

    def lead(d: DateInterval) -> int:
        # a news article states its incident's day first; later sentences tell the night before
        # or the day after
        return min(m.span.char_start for m in mentions if m.date == d)

    def of_another_kind(d: DateInterval) -> bool:
        return sub_event_type is not None and not any(m.date == d and m.sub_event_type == sub_event_type for m in mentions)

    return min(dated, key=lambda d: ((d.latest - d.earliest).days, -support(d), of_another_kind(d), lead(d),
                                     d.earliest, d.latest))


def consensus_place(mentions: Sequence[EventMention]) -> PlaceMention | None:
    """The most precise place (lowest ACLED geo_precision), then the most reported, then by id; a place some report
    located before one left without coordinates (one copy's "Banibangou" unresolved, another's "Bani Bangou" found).
    Of two places read at one precision, a settlement comes before a district's seat read for its district (« le
    cercle de Bankass », "in the Bankass area"): the village the attack struck, named by one outlet, lies in the
    district the others name."""
    places = [m.place for m in mentions if m.place is not None]
    if not places:
        return None
    counts = Counter(p.place_id or p.name.lower() for p in places)
    # a follow-up that moves the incident ("in Takabougou, and not in Markoye as first reported") outweighs the reports
    # it corrects, however many
    corrected = {id(m.place) for m in mentions if m.place is not None and m.place_corrected and m.place.latitude is not None}
    return min(
        places,
        key=lambda p: (id(p) not in corrected, p.latitude is None, p.geo_precision, _seat_for_its_district(p), p.place_id is None, -counts[p.place_id or p.name.lower()],
                       p.place_id or "", p.name, p.span.doc_id, p.span.char_start),
    )


def _seat_for_its_district(p: PlaceMention) -> bool:
    """A seat town read at a district's precision or coarser (``sitrep.fuse.nearness.REFERENCE_TOWNS``)."""
    return p.geo_precision >= 2 and (p.feature_code or "").upper() in REFERENCE_TOWNS


def _side_scores(mentions: Sequence[EventMention], source_of: dict[str, str],
                 knowledge: ActorKnowledge) -> dict[str, Counter]:
    """Per side, each actor's weight summed over independent sources (a main-side actor weighs 2,
    an associated one 1; one source counts once)."""
    side_votes: dict[str, Counter] = {"1": Counter(), "2": Counter()}
    for m in mentions:
        src = source_of.get(m.span.doc_id, m.span.doc_id)
        side1, assoc1 = coherent_side1(m, knowledge.same_side)
        for side, ids, weight in (("1", side1, 2), ("1", assoc1, 1), ("2", m.side2, 2), ("2", m.assoc2, 1)):
            for a in ids:
                side_votes[side][(a, src)] = max(side_votes[side][(a, src)], weight)
    score: dict[str, Counter] = {"1": Counter(), "2": Counter()}
    for side in ("1", "2"):
        for (a, _src), w in side_votes[side].items():
            score[side][a] += w
    return score


def consensus_actors(mentions: Sequence[EventMention], source_of: dict[str, str],
                     sub_event_type: str | None = None, knowledge: ActorKnowledge | None = None,
                     ) -> tuple[str | None, list[str], str | None, list[str]]:
    """(actor1, assoc1, actor2, assoc2): the main actor of each side is the one named on that side
    by most independent sources; the other actors of the side become associated actors.  An actor
    named on both sides (sources disagree on who attacked) stays on the side most sources put it;
    a report's side-1 actors of its own side 2's camp are ignored (``coherent_side1``).
    With ``sub_event_type``, the reports coded so rank their actors first: in a transfer merged with
    the fighting around it, the taker is who the transfer reports name, not the loudest fighter."""
    knowledge = or_configured(knowledge)
    # a source described but not named ("security sources") is a speaker, never a party
    ordered = [m.model_copy(update={k: [a for a in getattr(m, k) if not a.startswith("unnamed:")]
                                    for k in ("side1", "side2", "assoc1", "assoc2")})
               for m in sorted(mentions, key=lambda m: m.mention_id)]
    first_seen: dict[str, str] = {}
    for m in ordered:
        for a in (*sum(coherent_side1(m, knowledge.same_side), []), *m.side2, *m.assoc2):
            first_seen.setdefault(a, m.mention_id)
    score = _side_scores(ordered, source_of, knowledge)
    own = _side_scores([m for m in ordered if m.sub_event_type == sub_event_type], source_of, knowledge) \
        if sub_event_type else score
    # ties between sources (one says the army attacked, one that it fled) go to the side more
    # reports put the actor on, then to side 1
    reports: dict[str, Counter] = {"1": Counter(), "2": Counter()}
    for m in ordered:
        reports["1"].update(set(sum(coherent_side1(m, knowledge.same_side), [])))
        reports["2"].update({*m.side2, *m.assoc2})
    # the surest report an actor is named in on each side: between actors one report puts on each side equally
    # ("militants attacked the army", then "the army claimed to have killed militants"), the sure report's doer
    # leads the side, not the claim's
    surest: dict[str, Counter] = {"1": Counter(), "2": Counter()}
    for m in ordered:
        for a in coherent_side1(m, knowledge.same_side)[0]:
            surest["1"][a] = max(surest["1"][a], m.confidence)
        for a in m.side2:
            surest["2"][a] = max(surest["2"][a], m.confidence)
    sides: dict[str, list[str]] = {"1": [], "2": []}
    # a crowd a report puts on both sides of its mob violence (two crowds that fought each other) leads side 1
    both = {a for m in ordered if m.sub_event_type == "Mob violence" for a in m.side1 if a in m.side2}
    for a in sorted(first_seen):
        one = (score["1"][a], reports["1"][a])
        two = (score["2"][a], reports["2"][a])
        sides["1" if one >= two or a in both else "2"].append(a)
    if sides["1"]:
        # a report that sets an actor against side 1's main actor ("the army said it repelled the
        # attack" against "militants stormed the base") makes them opponents, not allies: that
        # actor goes to side 2; an actor of side 2 that reports only ever put beside side 1's main
        # actor ("JNIM killed 40 soldiers and Wagner mercenaries" beside "the army repelled the
        # assault") is its ally, whichever side the votes gave it: it joins side 1
        main = min(sides["1"], key=lambda a: (a not in both, -own["1"][a], -score["1"][a], -surest["1"][a], first_seen[a], a))
        against, allied = set(), set()
        for m in ordered:
            one_side, other_side = set(sum(coherent_side1(m, knowledge.same_side), [])), {*m.side2, *m.assoc2}
            if main in both and main in other_side:
                continue  # (two crowds' fight: whoever stands beside the crowd is no opponent of it)
            if main in one_side:
                against |= other_side
                allied |= one_side
            if main in other_side:
                against |= one_side
                allied |= other_side
        moved = [a for a in sides["1"] if a != main and a in against]
        # (only against an opponent some report names: with none, side 2's actors are the ones struck, "the army
        # and its partners were attacked", and the unnamed attacker is filled in later on side 1)
        joined = [a for a in sides["2"] if a in allied and a not in against] if against else []
        sides["1"] = [a for a in sides["1"] if a not in moved] + joined
        sides["2"] = [a for a in sides["2"] if a not in joined] + moved
    out: list = []
    for side in ("1", "2"):
        ranked = sorted(sides[side], key=lambda a: (a not in both, -own[side][a], -score[side][a], -surest[side][a], first_seen[a], a))
        out += [ranked[0] if ranked else None, ranked[1:]]
    # two crowds that fought each other are ACLED's rioters on both sides (« des orpailleurs de deux villages se sont
    # affrontés »): that crowd fills the side 2 the votes left empty
    if out[2] is None and out[0] in both:
        out[2] = out[0]
    return out[0], out[1], out[2], out[3]


def consensus_fatalities(figures: Sequence[Fatalities]) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) in the manner of UCDP.

    low: the most conservative figure any source gives (the smallest lower bound, counting
    "killed or captured" figures as floors); best: the median of exact death figures, or failing
    those the highest "at least" death figure (every such source agrees on it); high: the largest
    figure stated (an upper bound when one is given, else the highest lower bound).  A codebook
    estimate (dead told without a figure, coded 3) counts only when no source states a figure."""
    figures = stated_or_estimated(figures)
    floors = [f.low for f in figures if f.kind in LOWER_BOUND_KINDS and f.low is not None and not f.vague]
    if not floors:  # "up to 40 people may have been killed" alone: the one figure given is the toll ACLED codes
        ceilings = [f.high for f in figures if f.kind in DEATH_KINDS and f.low is None and f.high is not None and not f.vague]
        return (min(ceilings), min(ceilings), max(ceilings)) if ceilings else (None, None, None)
    deaths = [f for f in figures if f.kind in DEATH_KINDS and f.low is not None and not f.vague]
    if not floors:
        return None, None, None
    exact = [f.low for f in deaths if f.high == f.low]
    if exact:
        best = int(statistics.median_low(exact))
    elif deaths:
        best = max(f.low for f in deaths)
    else:
        best = None
    stated = [f.high for f in figures if f.kind in LOWER_BOUND_KINDS and f.high is not None and not f.vague]
    high = max(stated + floors)
    low = min(floors)
    if best is not None:
        best = max(low, min(best, high))
    return low, best, high


def stated_or_estimated(figures: Sequence[Fatalities]) -> list[Fatalities]:
    """The figures the sources state; the codebook's estimates only when no source states one."""
    stated = [f for f in figures if not f.estimate and f.low is not None and not f.vague]
    return [f for f in figures if not f.estimate] if stated else list(figures)


def fatality_rule(figures: Sequence[Fatalities], chosen: tuple[int | None, int | None, int | None]) -> str:
    """The rule ``consensus_fatalities`` applied, in words, for the event's record."""
    low, best, high = chosen
    figures = stated_or_estimated(figures)
    estimates = sorted({f.estimate for f in figures if f.estimate and f.low is not None})
    if low is not None and estimates:
        return f"{'; '.join(estimates)} (no source gives a figure)"
    if low is None:
        vague = [f.phrase for f in figures if f.vague and f.phrase]
        return f"no figure (unquantified: {', '.join(sorted(set(vague)))})" if vague else ""
    deaths = [f for f in figures if f.kind in DEATH_KINDS and f.low is not None and not f.vague]
    exact = [f for f in deaths if f.high == f.low]
    n = len([f for f in figures if f.low is not None and not f.vague])
    if exact:
        how = f"best = median of {len(exact)} exact death figure(s)"
    elif deaths:
        how = "best = highest 'at least' death figure (every such source agrees on it)"
    else:
        how = "no death figure for a best estimate"
    return f"low = smallest figure of {n} source figure(s); high = largest stated; {how}"


def consensus_modality(mentions: Sequence[EventMention]) -> Modality:
    """Fact when any source states it as fact; else the strongest of claim, background, denied."""
    present = {m.modality for m in mentions}
    for mod in (Modality.fact, Modality.claim, Modality.background, Modality.denied):
        if mod in present:
            return mod
    return Modality.fact


def consensus_subtype(mentions: Sequence[EventMention]) -> str:
    """The most reported sub-event type; a battle that ends in a change of hands is coded as the
    transfer (ACLED), so a reported (not denied) transfer wins over the fighting around it."""
    # a change of hands told with "the attack was repelled" in its own sentence is not established
    transfers = [m for m in mentions if m.sub_event_type in TRANSFER_SUBTYPES and m.modality != Modality.denied
                 and m.version != DEFENDER_VICTORY]
    # a side's statement joined to the violent event it is about does not recode the event
    violent = [m for m in mentions if m.event_type not in ("Strategic developments", "Protests", "Riots")]
    if _outlying(transfers, violent):
        transfers = []
    counts = Counter(m.sub_event_type for m in (transfers or violent or mentions))
    best = max(counts.values())
    tied = {s for s, n in counts.items() if n == best}
    # told as many times as an attack on civilians, a battle or a strike is the other side's telling of
    # who the dead were (residents' "soldiers executed 16 civilians", the army's "repelled an attack,
    # 16 assailants killed"): ACLED codes a disputed killing of civilians as violence against civilians
    on_civilians = {m.sub_event_type for m in violent if m.sub_event_type in tied and _on_civilians(m)}
    tied = on_civilians or tied
    # a tie between the killing and the abduction, looting or arrest told beside it ("killed three villagers … two
    # women were abducted"): ACLED codes the deadly telling, as it codes people abducted and killed as the killing
    deadly = {m.sub_event_type for m in violent if m.sub_event_type in tied and _deaths_told(m)}
    if deadly and tied - deadly and tied - deadly <= _TAKINGS:
        return min(deadly)
    # told as often, the reading the texts give with more confidence: a toll sentence without a deed verb ("eleven
    # soldiers lost their lives") guesses a clash at low confidence beside the bomb the article tells outright
    weight = {sub: sum(m.confidence for m in mentions if m.sub_event_type == sub) for sub in tied}
    return min(sub for sub in tied if weight[sub] == max(weight.values()))


# what violence takes beside a killing (people, goods): never a rival reading of who fought whom, as a strike and
# the army's toll of the same gathering are
_TAKINGS = frozenset(("Abduction/forced disappearance", "Looting/property destruction", "Arrests"))


def _deaths_told(m: EventMention) -> bool:
    """Whether ``m`` tells people killed (a figure above zero)."""
    return m.fatalities is not None and m.fatalities.kind == "killed" and (m.fatalities.low or 0) > 0


# how many outlets telling the fighting, per outlet telling a change of hands, make that telling an outlier
OUTLIER_RATIO = 3


def _outlying(transfers: Sequence[EventMention], violent: Sequence[EventMention]) -> bool:
    """Whether the change of hands is one outlet's reading against many: one report in four that reads "overran a
    checkpoint" as a post taken, while three outlets tell the same attack as fighting, does not recode it."""
    told = {m.span.doc_id for m in transfers}
    others = {m.span.doc_id for m in violent if m.sub_event_type not in TRANSFER_SUBTYPES} - told
    return bool(told) and len(others) >= OUTLIER_RATIO * len(told)


def _on_civilians(m: EventMention) -> bool:
    """An attack on civilians whose named targets, if any, are civilians (the actor base's generic
    ``civilians-<country>``), not a state's forces read as the victims."""
    return m.event_type == "Violence against civilians" and all(
        x.startswith(("civilians", "unnamed:")) for x in (*m.side2, *m.assoc2))


Sides = tuple[str | None, list[str], str | None, list[str]]


def _generic_of(kind: str, country: str | None, knowledge: ActorKnowledge) -> str | None:
    # an unreadable actor base (no actors) leaves the sides as the reports gave them
    return knowledge.base.generic_actor(kind, country) if knowledge.base is not None else None


# generic actors are named after a country: "traders", "residents" and "demonstrators" are the people
# of the place the event happened in, whatever country the resolver guessed
VIOLENT_EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _localised(actor_id: str, country: str | None, knowledge: ActorKnowledge) -> str:
    actor = knowledge.get(actor_id)
    if actor is None or actor.kind not in GENERIC_KINDS or not country or actor.country in (None, country):
        return actor_id
    if knowledge.base is not None and knowledge.base.origins.get(actor_id) == FOREIGN_CIVILIANS:
        return actor_id  # foreigners named by their nationality ("two Italian aid workers") stay their country's
    return _generic_of(actor.kind, country, knowledge) or actor_id


# who can turn on a crowd with excessive force: the state's forces and the armed men who stand in for them (VDP)
FORCES_ON_A_CROWD = ORGANISED_KINDS


def coded_sides(event_type: str, sub_event_type: str, country: str | None, sides: Sides,
                knowledge: ActorKnowledge | None = None) -> Sides:
    """ACLED's coding conventions over the sides the reports gave:

    - generic actors (civilians, protesters, rioters) are those of the event's country;
    - in political violence a civil government ("Government of Niger") is no perpetrator: ACLED
      codes a state's violence with its forces, and a government read on side 1 is a country
      name or a speaker ("in Niger's Tillaberi region", "Nigerien security sources");
    - violence against civilians targets civilians: a side 2 left empty is the country's civilians;
      so does an armed group's looting or property destruction that names no owner;
    - a protest's side 1 is the crowd, never the state: a government or force a report put there
      is whom the crowd addressed, dropped from a peaceful protest, side 2 of one the state
      intervened in; a side 1 left empty is the country's protesters."""
    knowledge = or_configured(knowledge)
    actor1, assoc1, actor2, assoc2 = sides
    one = [_localised(a, country, knowledge) for a in (actor1, *assoc1) if a]
    two = [_localised(a, country, knowledge) for a in (actor2, *assoc2) if a]
    if event_type in VIOLENT_EVENT_TYPES:
        one = [a for a in one if not is_civil_government(a)]
    civilians = _generic_of("civilians", country, knowledge) if event_type == "Violence against civilians" else None
    if sub_event_type == "Looting/property destruction" and one and all(
            knowledge.kind(a) in ARMED_NON_STATE_KINDS for a in one):
        # an armed group's looting or burning with no owner named destroys civilians' property
        civilians = _generic_of("civilians", country, knowledge)
    if event_type == "Violence against civilians":
        # an armed group is never the target of violence against civilians: one on side 2 is a version the
        # event's consensus did not keep (the army's "neutralised 12 terrorists" where residents and the other
        # outlets tell men executed), which the target dispute keeps
        two = [a for a in two if knowledge.kind(a) not in ARMED_NON_STATE_KINDS]
    if civilians and not two:
        # ACLED: the target of violence against civilians is always civilians; reports that name
        # them only as "engineers", "a driver" or "villagers" leave side 2 to the event's country's
        two = [civilians]
    if sub_event_type == "Excessive force against protesters" and (
            state := [a for a in one + two if knowledge.kind(a) in FORCES_ON_A_CROWD]):
        # ACLED codes the force that turned on the crowd as actor 1 and the crowd as actor 2
        crowd = [a for a in one + two if a not in state]
        one, two = state, crowd or [a for a in [_generic_of("protesters", country, knowledge)] if a]
    elif event_type == "Protests":
        state = [a for a in one if knowledge.kind(a) == "state_forces"]
        one = [a for a in one if a not in state]
        if sub_event_type != "Peaceful protest":
            two += [a for a in state if a not in two]
        if not one and (protesters := _generic_of("protesters", country, knowledge)):
            one = [protesters]
    # (two crowds' fight keeps its rioters on both sides: ``consensus_actors``)
    one, two = list(dict.fromkeys(one)), [a for a in dict.fromkeys(two) if a not in one or sub_event_type == "Mob violence"]
    return (one[0] if one else None, one[1:], two[0] if two else None, two[1:])
