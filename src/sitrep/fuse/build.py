"""Building one fused ``Event`` from the set of mentions that report it.

Besides the consensus (``sitrep.fuse.consensus``) and the disputes (``sitrep.fuse.disputes``), an
event keeps why its reports are one (``merge_reasons``: one line per article joined, the place,
actors, date windows and types that tie it), the rule its fatality range came from, and per report
who gave its figure (``Report.source_kind``: army, official, armed group, residents, ...).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence

from sitrep.fuse.aftermath import is_aftermath
from sitrep.fuse.consensus import (
    coded_sides,
    consensus_actors,
    consensus_date,
    consensus_fatalities,
    fatality_rule,
    consensus_modality,
    consensus_place,
    consensus_subtype,
)
from sitrep.analyse.events.types import STRATEGIC
from sitrep.analyse.vague_enemy_toll import ENEMY_DEAD
from sitrep.fuse.body_text import bodies, languages_of
from sitrep.fuse.counts import count_disputes, reports_of_tolls_beside, tolls_beside_reports
from sitrep.fuse.fates import fate_disputes
from sitrep.fuse.disputes import Names, denials_told_otherwise, find_disputes, tolls_of_other_victims, victims_of
from sitrep.fuse.match import STRIKE_SUBTYPES, TRANSFER_SUBTYPES, VIOLENT_TYPES, merge_reason, own_camp_statement, same_event
from sitrep.fuse.responsibility import claimant, claimant_as_author, with_claimant
from sitrep.fuse.revisions import earlier_tolls_named
from sitrep.fuse.sources import independent_source, source_kind
from sitrep.fuse.strike_teller import strike_teller
from sitrep.fuse.unnamed_side import with_unnamed_attacker
from sitrep.knowledge.actor_knowledge import ActorKnowledge, or_configured
from sitrep.model import Claim, DateInterval, Event, EventMention, Modality, Precision, Report

MAX_REASONS = 30  # articles whose merge reason an event keeps (the history of a huge event stays small)
ARTICLE_LOOKBACK = dt.timedelta(days=7)  # an article's undated event: the week before it


def makes_event(mentions: Sequence[EventMention]) -> bool:
    """Whether these reports are an event: not when all are background references ("since the
    April offensive"), which only attach to an event reported as news; a background statement of
    who has held a place since a year ("a rebel stronghold since 2014", a transfer dated to that year)
    is kept, control needs it.  A change of hands the text recalls on its own earlier day or month
    ("In November 2023, the army retook Kidal", told after the news) is a past event, not this
    corpus's: it stays a reference like any other recall."""
    return any(m.modality != Modality.background or _held_since(m) for m in mentions)


def _held_since(m: EventMention) -> bool:
    return m.sub_event_type in TRANSFER_SUBTYPES and m.date is not None and m.date.precision == Precision.year


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def articles_window(mentions: Sequence[EventMention], docs: dict[str, dict]) -> DateInterval | None:
    """For reports no text dates: the week before their articles' publication (stated or
    estimated), an estimate; None when no article is dated either."""
    lows, highs = [], []
    for d in {m.span.doc_id for m in mentions}:
        doc = docs.get(d) or {}
        lo = _as_date(doc.get("published_earliest")) or _as_date(doc.get("published"))
        hi = _as_date(doc.get("published_latest")) or _as_date(doc.get("published"))
        if lo and hi:
            lows.append(lo)
            highs.append(hi)
    if not lows:
        return None
    lo, hi = min(lows) - ARTICLE_LOOKBACK, max(highs)
    return DateInterval(earliest=lo, latest=hi, precision=Precision.week if (hi - lo).days <= 7 else Precision.month,
                        is_estimate=True, evidence="no date in the text: the week before the article")


def denials_about(store, mention_ids: list[str]) -> list[Claim]:
    """The claims about these mentions (one read per batch): denials, statements that characterise
    the outcome ("a tactical withdrawal", "left of their own will") and statements that give a
    figure (``sitrep.fuse.counts``); ``find_disputes`` picks what each dispute reads."""
    return list(store.claims_for_mentions(mention_ids))


def _sentence(doc: dict | None, c: Claim | EventMention) -> str:
    """The words of a claim or report in its document ("" when the document is not at hand)."""
    return ((doc or {}).get("text") or "")[c.span.char_start:c.span.char_end]



def claims_of_event(store, event: Event) -> list[Claim]:
    """The claims about ``event``: those whose sentence is one of its reports told as news.  A
    report that only recalls the event as background ("since the 2014 offensive") passes on no
    claim: a 2023 quote beside a mention of 2014 is about 2023, not about that event."""
    news = [r.mention_id for r in event.reports if r.modality != Modality.background]
    return store.claims_for_mentions(news) if news else []


def merge_reasons(mentions: Sequence[EventMention], docs: dict[str, dict],
                  knowledge: ActorKnowledge | None = None) -> list[str]:
    """Why the reports of each further article belong to this event: the first pair (in id order)
    that ties it to an article before it."""
    knowledge = or_configured(knowledge)
    by_doc: dict[str, list[EventMention]] = {}
    for m in sorted(mentions, key=lambda m: m.mention_id):
        by_doc.setdefault(m.span.doc_id, []).append(m)
    order = sorted(by_doc)
    out: list[str] = []
    for i, doc_id in enumerate(order[1:MAX_REASONS], start=1):
        pair = next(((a, b) for b in by_doc[doc_id] for prev in order[:i] for a in by_doc[prev]
                     if same_event(a, b, knowledge)), None)
        label = _outlet(docs.get(doc_id), doc_id)
        if pair is None:  # joined through reports of its own article (a chain)
            out.append(f"{label}: joined through another report of the event")
            continue
        a, b = pair
        out.append(f"{label} joins {_outlet(docs.get(a.span.doc_id), a.span.doc_id)}: {merge_reason(a, b, knowledge)}")
    return out


def _toll_figures(ms: Sequence[EventMention], docs: dict[str, dict]) -> list:
    """The figures of the dead the event's reports give, and those told beside them (``tolls_beside_reports``)."""
    own = [m.fatalities for m in ms if m.fatalities is not None and not _recalled_beside_news(m, ms)]
    return own + tolls_beside_reports(ms, docs)


# a share of one side's people ("seven of its officers were killed", « dont trois soldats »): a part of the dead
_PART_OF_A_SIDE = re.compile(r"\b\w+\s+of\s+(?:its|their|our)\s+\w+|\bdont\b", re.IGNORECASE)


def _earlier_tolls_named(root_of: dict[str, str], docs: dict[str, dict]) -> dict[str, list[int]]:
    """The earlier tolls each story (by its root document) names in sentences of their own
    (``revisions.earlier_tolls_named``)."""
    out: dict[str, list[int]] = {}
    for doc_id, root in root_of.items():
        doc = docs.get(doc_id) or {}
        if named := earlier_tolls_named(doc.get("text") or ""):
            out.setdefault(root, []).extend(named)
    return out


def _own_dead_beside(ms: Sequence[EventMention], docs: dict[str, dict]) -> list[EventMention]:
    """The tolls told beside the reports (``counts.reports_of_tolls_beside``) that count the struck side's dead: a
    count of enemy fighters killed ("more than 20 terrorists were eliminated") is no account of the same dead, nor
    is a share of one side's people ("seven of its officers"), which another outlet's whole toll holds."""
    return [m for m in reports_of_tolls_beside(ms, docs)
            if not ENEMY_DEAD.search(m.fatalities.phrase or "") and not _PART_OF_A_SIDE.search(m.fatalities.phrase or "")]


def news_of_their_articles(ms: Sequence[EventMention]) -> list[EventMention]:
    """The reports whose parties code the event: not a background recall joined to the incident its own article
    tells as news ("Fighters from the al Qaeda-linked JNIM have repeatedly targeted army positions in the area" after
    "Militants stormed an army camp on Tuesday"): the groups a copy names as active in the area are its framing, not
    the attackers of its news."""
    return [m for m in ms if not _recalled_beside_news(m, ms)]


def _recalled_beside_news(m: EventMention, mentions: Sequence[EventMention]) -> bool:
    """A background recall joined to an incident its own article tells as news ("Thousands of civilians
    have been killed since then" after "killed at least 26 civilians on Sunday night"): its toll is the
    past campaign's, not the incident's (a recall in an article that tells no news of the event keeps it)."""
    return m.modality == Modality.background and any(
        o.span.doc_id == m.span.doc_id and o.modality != Modality.background for o in mentions)


def make_event_id(first_mention_id: str) -> str:
    """A stable id derived from the event's first mention (corrections point at it)."""
    return "ev_" + hashlib.sha1(first_mention_id.encode("utf-8")).hexdigest()[:12]


def _outlet(doc: dict | None, doc_id: str) -> str:
    if not doc:
        return f"document {doc_id[:8]}"
    if doc.get("outlet"):
        return doc["outlet"]
    url = doc.get("url") or ""
    if "://" in url:
        return url.split("://", 1)[1].split("/", 1)[0]
    return f"document {doc_id[:8]}"


# event types whose side 1 is an armed party: ACLED's civilians are only ever their victims
_ARMED_SIDE1_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _victims_off_side1(m: EventMention, knowledge: ActorKnowledge) -> EventMention:
    """A report of political violence with civilians on side 1 ("Gunmen … killed at least 12
    civilians" read with the victims as the doers) has them back on side 2: civilians are never a
    perpetrator in ACLED's political violence, and they must not make a perpetrator dispute."""
    if m.event_type not in _ARMED_SIDE1_TYPES:
        return m
    victims = [a for a in m.side1 if knowledge.kind(a) == "civilians"]
    if not victims:
        return m
    return m.model_copy(update={"side1": [a for a in m.side1 if a not in victims],
                                "side2": list(dict.fromkeys([*m.side2, *victims]))})


def _civilians_struck(m: EventMention, sentence: str, knowledge: ActorKnowledge) -> EventMention:
    """A strike that names no target but whose report says civilians were hit ("a drone strike
    killed at least 18 herders at a cattle market") has the country's civilians on side 2, as
    ACLED codes the victims of a strike; the army's "terrorists" name no group and leave it open."""
    if knowledge.base is None or m.place is None or [a for a in (*m.side2, *m.assoc2) if not a.startswith("unnamed:")]:
        return m
    if not (m.sub_event_type in STRIKE_SUBTYPES and victims_of(m, sentence) == "civilians" or _mine_under_travellers(m, sentence)):
        return m
    civilians = knowledge.base.generic_actor("civilians", m.place.country)
    return m.model_copy(update={"side2": [*m.side2, civilians]}) if civilians else m


# a vehicle that carries travellers, not troops: « un car de transport en commun », "a passenger bus", "a minibus"
_CIVILIAN_VEHICLE = re.compile(
    r"\b(?:passenger|civilian|commercial|public transport)\s+(?:bus|vehicle|minibus|truck|car)|\b(?:bus|minibus|coach)(?:es)?\b|"
    r"\b(?:car|véhicule|camion|minibus)s?\s+(?:de\s+transport\s+(?:en\s+commun|de\s+(?:passagers|voyageurs))|civils?)\b|"
    r"\b(?:passengers|travell?ers|passagers|voyageurs)\b", re.IGNORECASE)
_TROOPS = re.compile(r"\b(?:convoy|patrol|military|army|troops|soldiers|escort|convoi|patrouille|militaires?|soldats|armée|escorte)\b",
                     re.IGNORECASE)


def _mine_under_travellers(m: EventMention, sentence: str) -> bool:
    """A mine or a roadside bomb a bus or travellers struck, with no troops in the sentence: its victims are the
    civilians on board, the side 2 ACLED codes ("a passenger bus struck a landmine near Diapaga")."""
    return m.sub_event_type == "Remote explosive/landmine/IED" and bool(_CIVILIAN_VEHICLE.search(sentence)) \
        and not _TROOPS.search(sentence)


def _statement_sides_off(m: EventMention) -> EventMention:
    """A party's statement about the event (``match.own_camp_statement``: "the General Staff
    described reports of a blockade as propaganda") names its speaker's camp, not the event's
    parties: it keeps its words, claims and figures, but votes on no side."""
    if not own_camp_statement(m):
        return m
    return m.model_copy(update={"side1": [], "side2": [], "assoc1": [], "assoc2": []})


def _aftermath_sides_off(ms: list[EventMention]) -> list[EventMention]:
    """In an event that holds a violent report, an aftermath deed (the army's reinforcement after a
    mine, the looting during an attack: ``sitrep.fuse.aftermath``) keeps its words and figures but
    votes on no side: the unit sent to secure the road is no party to the blast."""
    if not any(m.event_type in VIOLENT_TYPES for m in ms):
        return ms
    return [m.model_copy(update={"side1": [], "side2": [], "assoc1": [], "assoc2": []}) if is_aftermath(m) else m
            for m in ms]


def build_event(event_id: str, mentions: Sequence[EventMention], docs: dict[str, dict], names: Names,
                linked: Sequence[EventMention] = (), denials: Sequence[Claim] = (),
                knowledge: ActorKnowledge | None = None) -> Event:
    """The consensus event of ``mentions`` (any order: the result depends on the set only).

    ``linked``: reports of another event that bear on this one's outcome (``sitrep.fuse.episodes``):
    they count in the outcome dispute only, never as reports.  ``denials``: claims that deny
    something (those about one of ``mentions`` make a denial dispute).  ``knowledge``: the actor base
    (categories, camps; default: the configured files')."""
    knowledge = or_configured(knowledge)
    ms = sorted((_statement_sides_off(_civilians_struck(_victims_off_side1(m, knowledge),
                                                        _sentence(docs.get(m.span.doc_id), m), knowledge))
                 for m in mentions), key=lambda m: m.mention_id)
    ms = _aftermath_sides_off(ms)
    all_docs = {m.span.doc_id for m in (*ms, *linked)}
    root_of = {d: (docs.get(d) or {}).get("duplicate_of") or d for d in all_docs}
    outlet_of = {d: _outlet(docs.get(d), d) for d in root_of}
    reports = []
    for m in ms:
        doc = docs.get(m.span.doc_id) or {}
        text = doc.get("text") or ""
        reports.append(Report(
            mention_id=m.mention_id, doc_id=m.span.doc_id, external_id=doc.get("external_id"),
            outlet=doc.get("outlet"), url=doc.get("url"),
            char_start=m.span.char_start, char_end=m.span.char_end,
            quote=text[m.span.char_start:m.span.char_end],
            fatalities=m.fatalities, version=m.version, modality=m.modality, source_actor=m.source_actor,
            independent_of=doc.get("duplicate_of"),
            source_kind=source_kind(m.source_actor, names, knowledge),
        ))
    sub_event_type = consensus_subtype(ms)
    event_type = next(m.event_type for m in ms if m.sub_event_type == sub_event_type)
    date = consensus_date(ms, sub_event_type) or articles_window(ms, docs)
    place = consensus_place(ms)
    actor1, assoc1, actor2, assoc2 = coded_sides(
        event_type, sub_event_type,
        place.country if place else None, consensus_actors(news_of_their_articles(ms), root_of, sub_event_type, knowledge), knowledge)
    if sub_event_type not in TRANSFER_SUBTYPES:
        # a group's claim of the attack names the "gunmen" of the reports (``sitrep.fuse.responsibility``)
        group = claimant(ms, denials, lambda c: _sentence(docs.get(c.span.doc_id), c), knowledge)
        actor1, assoc1, actor2, assoc2 = claimant_as_author((actor1, assoc1, actor2, assoc2), group, knowledge)
        actor1, assoc1 = with_claimant(actor1, assoc1, group if group not in (actor2, *assoc2) else None)
        # the attackers no outlet named are the country's unidentified armed group (``sitrep.fuse.unnamed_side``)
        actor1, assoc1, actor2, assoc2 = with_unnamed_attacker(event_type, sub_event_type, place.country if place else None,
                                                               (actor1, assoc1, actor2, assoc2), knowledge, strike_teller(ms, denials, knowledge))
    body = bodies(docs, {*all_docs, *root_of.values()})  # (figures are read in the kept body, not in a cut teaser)
    figures = _toll_figures(ms, body)
    low, best, high, rule = _coded_toll(event_type, figures)
    disputes = find_disputes(ms, root_of, outlet_of, names, linked, denials,
                             lambda c: _sentence(docs.get(c.span.doc_id), c), knowledge,
                             lambda m: _sentence(docs.get(m.span.doc_id), m), _own_dead_beside(ms, body),
                             _earlier_tolls_named(root_of, docs))
    texts = {d: (body.get(d) or {}).get("text") or "" for d in root_of}
    disputes += count_disputes(ms, denials, texts, root_of, outlet_of, event_type, languages=languages_of(body, root_of),
                               skip=("killed",) if any(d.kind == "fatalities" for d in disputes) else ())
    disputes = tolls_of_other_victims(denials_told_otherwise(disputes)) + fate_disputes(ms, denials, texts, root_of, outlet_of)
    event = Event(
        event_id=event_id,
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor1=actor1, assoc_actor_1=assoc1, actor2=actor2, assoc_actor_2=assoc2,
        country=place.country if place else None,
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        location=place.name if place else None,
        place_id=place.place_id if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else None,
        date=date,
        fatalities_low=low, fatalities_best=best, fatalities_high=high, fatalities_rule=rule,
        disputed=bool(disputes), disputes=disputes,
        source_count=len({independent_source(docs.get(m.span.doc_id), m.span.doc_id, docs) for m in ms}),
        merge_reasons=merge_reasons(ms, docs, knowledge),
        reports=reports,
        modality=consensus_modality(ms),
        confidence=round(max(m.confidence for m in ms), 3),
    )
    event.notes = notes(event, ms, names)
    return event


def _coded_toll(event_type: str, figures) -> tuple:
    """(low, best, high, rule) of the event's toll from its reports' figures; a strategic development no report gives
    a toll for (a curfew, a general mobilisation, a deal) is coded 0, as ACLED codes it: it is no violence whose dead
    are unknown."""
    low, best, high = consensus_fatalities(figures)
    rule = fatality_rule(figures, (low, best, high))
    if low is None and high is None and event_type == STRATEGIC:
        return 0, 0, 0, "no figure: a strategic development is coded 0"
    return low, best, high, rule


def notes(event: Event, mentions: Sequence[EventMention], names: Names) -> str:
    """An ACLED-style summary: when, who, what, where, toll, sources and disagreements."""
    when = "On an unknown date"
    if event.date:
        d = event.date
        when = (f"On {d.earliest:%-d %B %Y}" if d.earliest == d.latest
                else f"Between {d.earliest:%-d %B %Y} and {d.latest:%-d %B %Y}")
    side1 = " and ".join(names(a) for a in [event.actor1, *event.assoc_actor_1] if a) or "unidentified actors"
    side2 = " and ".join(names(a) for a in [event.actor2, *event.assoc_actor_2] if a)
    where = ""
    if event.location:
        where = f" in {event.location}" + (f" ({event.admin1})" if event.admin1 and event.admin1 != event.location else "")
    text = f"{when}, {side1}: {event.sub_event_type.lower()}"
    if side2:
        text += f" against {side2}"
    text += where + "."
    if event.fatalities_low is not None:
        if event.fatalities_low == event.fatalities_high:
            text += f" Fatalities: {event.fatalities_low}."
        else:
            text += f" Fatalities: {event.fatalities_low}-{event.fatalities_high} (best {event.fatalities_best})."
    elif any(m.fatalities and m.fatalities.vague for m in mentions):
        text += " Unquantified losses reported."
    if event.modality.value != "fact":
        text += f" Reported as {event.modality.value}."
    text += f" Sources: {event.source_count} independent."
    for d in event.disputes:
        text += f" {d.description}."
    return text
