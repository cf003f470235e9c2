"""Analyst corrections: recorded once, re-applied after every fusion so they survive re-analysis.

A correction is its own record (who, when, what, why) in the ``corrections`` table.  Event
corrections are anchored to the *mentions* an event was made of when the analyst corrected it, not
only to its event id: fusion may rebuild events (and their ids) when documents are re-ingested or
re-analysed, while a mention id (``doc_id:char_start``) is stable for the same text.  Applying a
correction finds the event that now holds those mentions and sets what the analyst said; applying
it twice changes nothing the second time.  Every change to an event first stores the previous
version in ``event_history``.

Kinds (``payload`` fields):

* ``move_place``   – target event; place_id and/or location, latitude, longitude, country, admin1, admin2, geo_precision
* ``change_type``  – target event; event_type, sub_event_type (ACLED taxonomy)
* ``merge``        – target event (kept); other: the event merged into it
* ``split``        – target event; mention_ids: the reports that become a new event
* ``detach_report``– target event; mention_id: a report that is not about this event
* ``add_alias``    – target actor; alias

``apply_corrections(store, event_ids=None)`` is what the pipeline calls after fusion.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Iterator
from typing import Any

import duckdb

from sitrep.analyse.events.types import EVENT_TYPES, SUB_EVENT_TYPES
from sitrep.correction_payloads import parse_payload
from sitrep.errors import ErrorCode, SitrepError
from sitrep.knowledge.names import alias_key
from sitrep.model import DateInterval, Event, Report
from sitrep.store import Store

log = logging.getLogger(__name__)

EVENT_KINDS = ("move_place", "change_type", "merge", "split", "detach_report")
KINDS = EVENT_KINDS + ("add_alias",)
PLACE_FIELDS = ("place_id", "location", "latitude", "longitude", "country", "admin1", "admin2", "geo_precision")


def _invalid(message: str) -> SitrepError:
    return SitrepError(ErrorCode.invalid, message)


def _need_event(store: Store, event_id: str, con=None) -> Event:
    event = store.get_event(event_id, con=con)
    if event is None:
        raise SitrepError(ErrorCode.not_found_record, f"no event {event_id!r}")
    return event


def _mentions(event: Event) -> list[str]:
    return [r.mention_id for r in event.reports]


# ------------------------------------------------------------------------------ creating


def validate(store: Store, kind: str, target: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Check a correction against the store as it is now; return the payload to record, with the
    mention anchors that let it be re-applied after events are rebuilt."""
    payload = parse_payload(kind, payload)  # the kind's typed model: wrong types never get further
    if kind == "add_alias":
        alias = payload["alias"].strip()
        if not alias or len(alias) > 200:
            raise _invalid("add_alias needs an 'alias' of 1 to 200 characters")
        if store.serve_actor(target) is None:
            raise SitrepError(ErrorCode.not_found_record, f"no actor {target!r}")
        return {"alias": alias}
    event = _need_event(store, target)
    anchored: dict[str, Any] = {"mentions": _mentions(event)}
    if kind == "move_place":
        fields = {k: payload.get(k) for k in PLACE_FIELDS if payload.get(k) is not None}
        if fields.get("place_id"):
            gaz = store.serve_gazetteer_place(str(fields["place_id"]))
            if gaz:  # fill what the analyst did not type from the gazetteer
                for key, col in (("location", "name"), ("latitude", "latitude"), ("longitude", "longitude"),
                                 ("country", "country"), ("admin1", "admin1"), ("admin2", "admin2")):
                    fields.setdefault(key, gaz[col])
        if fields.get("latitude") is None or fields.get("longitude") is None or not fields.get("location"):
            raise _invalid("move_place needs location, latitude and longitude (or a known gazetteer place_id)")
        try:
            lat, lon = float(fields["latitude"]), float(fields["longitude"])
        except (TypeError, ValueError) as exc:
            raise _invalid("latitude and longitude must be numbers") from exc
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise _invalid("latitude must lie in [-90, 90] and longitude in [-180, 180]")
        fields["latitude"], fields["longitude"] = lat, lon
        if "geo_precision" in fields and fields["geo_precision"] not in (1, 2, 3):
            raise _invalid("geo_precision is 1, 2 or 3")
        fields["location"] = str(fields["location"])[:200]
        anchored["place"] = fields
    elif kind == "change_type":
        etype, sub = payload.get("event_type"), payload.get("sub_event_type")
        if etype not in EVENT_TYPES:
            raise _invalid(f"event_type must be one of: {', '.join(EVENT_TYPES)}")
        subs = [s.name for s in SUB_EVENT_TYPES if s.event_type == etype]
        if sub not in subs:
            raise _invalid(f"sub_event_type of {etype} must be one of: {', '.join(subs)}")
        anchored.update(event_type=etype, sub_event_type=sub)
    elif kind == "merge":
        other_id = payload.get("other")
        if not other_id or other_id == target:
            raise _invalid("merge needs 'other': the id of a different event")
        other = _need_event(store, str(other_id))
        anchored.update(other=other.event_id, other_mentions=_mentions(other))
    elif kind == "split":
        moved = [str(m) for m in payload.get("mention_ids") or []]
        have = set(_mentions(event))
        if not moved or not set(moved) <= have or set(moved) == have:
            raise _invalid("split needs 'mention_ids': some, but not all, of the event's reports")
        anchored["mention_ids"] = sorted(set(moved))
    elif kind == "detach_report":
        mention_id = payload.get("mention_id")
        if mention_id not in set(_mentions(event)):
            raise _invalid("detach_report needs 'mention_id': one of the event's reports")
        anchored["mention_id"] = mention_id
    return anchored


def create_correction(store: Store, kind: str, target: str, payload: dict[str, Any], who: str,
                      why: str | None = None) -> dict[str, Any]:
    """Validate, record and apply one correction in one transaction; return the record and the
    ids of the events it changed."""
    who = (who or "").strip()[:100] or "analyst"
    with store.transaction():
        anchored = validate(store, kind, target, payload)
        record = store.add_correction(who=who, kind=kind, target=target, payload=anchored, why=why)
        changed = _apply_one(store, record)
    log.info("correction %s (%s on %s) by %s changed %s", record["correction_id"], kind, target, who, changed)
    return {**record, "changed": changed}


# ------------------------------------------------------------------------------ applying


def apply_corrections(store: Store, event_ids: list[str] | None = None) -> int:
    """Re-apply every recorded correction, oldest first; return how many changed something.

    Call it at the end of fusion (``event_ids`` = the events fusion touched, or None for all): a
    correction whose events are not among ``event_ids`` is skipped, the others are re-applied and
    are no-ops when already in effect."""
    wanted = set(event_ids) if event_ids is not None else None
    changed = 0
    with _transaction(store):
        for record in store.list_corrections():
            if wanted is not None and record["kind"] in EVENT_KINDS:
                p = record["payload"]
                anchors = list(p.get("mentions") or []) + list(p.get("other_mentions") or [])
                current = set(store.serve_events_with_mentions(anchors)) | {record["target"]}
                if not current & wanted:
                    continue
            try:
                changed += bool(_apply_one(store, record))
            except SitrepError as exc:  # a correction whose events are gone is kept, not fatal
                log.warning("correction %s not applied: %s", record["correction_id"], exc.message)
    return changed


@contextlib.contextmanager
def _transaction(store: Store) -> Iterator[None]:
    """Our own transaction, or the caller's when fusion calls us inside one (DuckDB does not nest)."""
    try:
        store.con.execute("BEGIN")
    except duckdb.TransactionException:
        yield  # already inside the caller's transaction: it commits or rolls back for us
        return
    try:
        yield
    except BaseException:
        store.con.execute("ROLLBACK")
        raise
    store.con.execute("COMMIT")


def _locate(store: Store, event_id: str, mentions: list[str]) -> Event | None:
    """The event now holding ``mentions`` (fusion may have renamed it), else ``event_id`` itself."""
    for found in store.serve_events_with_mentions(mentions):
        return store.get_event(found)
    return store.get_event(event_id)


def _save(store: Store, event: Event, cause: str) -> None:
    """Save through fusion's writer (it keeps the index tables and appends the version to
    event_history) and point the event's mentions at it."""
    store.save_event(event, cause=cause)
    store.assign_mentions({r.mention_id: event.event_id for r in event.reports})


def _apply_one(store: Store, record: dict[str, Any]) -> list[str]:
    kind, target, p = record["kind"], record["target"], record["payload"]
    cause = f"correction {record['correction_id']}: {kind} by {record['who']}"
    if kind == "add_alias":
        store.add_correction_alias(target, p["alias"], alias_key(p["alias"]))
        return []
    if kind == "detach_report":
        found = store.serve_events_with_mentions([p["mention_id"]])
        if not found:
            return []
        event = store.get_event(found[0])
        keep = [r for r in event.reports if r.mention_id != p["mention_id"]]
        store.assign_mentions({p["mention_id"]: None})
        if not keep:
            store.delete_events([event.event_id], cause=cause)
        else:
            _save(store, _with_reports(event, keep), cause)
        return [event.event_id]
    event = _locate(store, target, p.get("mentions") or [])
    if event is None:
        raise SitrepError(ErrorCode.not_found_record, f"event {target} no longer exists")
    if kind == "move_place":
        updated = event.model_copy(update=p["place"])
        return _save_if_changed(store, event, updated, cause)
    if kind == "change_type":
        updated = event.model_copy(update={"event_type": p["event_type"], "sub_event_type": p["sub_event_type"]})
        return _save_if_changed(store, event, updated, cause)
    if kind == "merge":
        other = _locate(store, p["other"], p.get("other_mentions") or [])
        if other is None or other.event_id == event.event_id:
            return []
        store.delete_events([other.event_id], cause=f"{cause} (merged into {event.event_id})")
        _save(store, _merge(event, other), cause)
        return [event.event_id, other.event_id]
    if kind == "split":
        moved_ids = set(p["mention_ids"])
        moved = [r for r in event.reports if r.mention_id in moved_ids]
        keep = [r for r in event.reports if r.mention_id not in moved_ids]
        if not moved or not keep:
            return []  # already split (or nothing left to split off)
        new_id = f"{event.event_id}~{hashlib.sha256('|'.join(sorted(moved_ids)).encode()).hexdigest()[:8]}"
        _save(store, _with_reports(event, keep), cause)
        _save(store, _with_reports(event, moved).model_copy(
            update={"event_id": new_id, "notes": f"split from {event.event_id} by correction {record['correction_id']}"}),
            cause)
        return [event.event_id, new_id]
    raise _invalid(f"unknown correction kind {kind!r}")


def _save_if_changed(store: Store, old: Event, new: Event, cause: str) -> list[str]:
    if new.model_dump() == old.model_dump():
        return []
    _save(store, new, cause)
    return [old.event_id]


# ------------------------------------------------------------------------------ event arithmetic


def _figures(reports: list[Report]) -> dict[str, int | None]:
    """Fatality figures over reports: lowest and highest stated, best the lowest (ACLED is conservative)."""
    lows = [r.fatalities.low for r in reports if r.fatalities and r.fatalities.low is not None]
    highs = [r.fatalities.high or r.fatalities.low for r in reports
             if r.fatalities and (r.fatalities.high or r.fatalities.low) is not None]
    if not lows:
        return {"fatalities_low": None, "fatalities_best": None, "fatalities_high": None}
    return {"fatalities_low": min(lows), "fatalities_best": min(lows), "fatalities_high": max(highs or lows)}


def _source_count(reports: list[Report]) -> int:
    """Independent sources: documents, a syndicated copy counting with its original."""
    return len({r.independent_of or r.doc_id for r in reports})


def _with_reports(event: Event, reports: list[Report]) -> Event:
    """The event restricted to ``reports``: figures, source count and disputes follow them."""
    ids = {r.mention_id for r in reports}
    disputes = []
    for d in event.disputes:
        versions = [v for v in d.versions if ids & set(v.mention_ids)]
        if len(versions) >= 2:
            disputes.append(d.model_copy(update={"versions": versions}))
    figures = _figures(reports) if any(r.fatalities for r in event.reports) else {}
    return event.model_copy(update={"reports": reports, "source_count": _source_count(reports),
                                    "disputes": disputes, "disputed": bool(disputes), **figures})


def _merge(keep: Event, other: Event) -> Event:
    """``other`` folded into ``keep``: reports and disputes joined, dates and figures widened."""
    have = {r.mention_id for r in keep.reports}
    reports = keep.reports + [r for r in other.reports if r.mention_id not in have]
    date = keep.date or other.date
    if keep.date and other.date:
        coarse = max((keep.date, other.date), key=lambda d: (d.latest - d.earliest))
        date = DateInterval(
            earliest=min(keep.date.earliest, other.date.earliest),
            latest=max(keep.date.latest, other.date.latest),
            precision=coarse.precision,
            is_estimate=keep.date.is_estimate or other.date.is_estimate,
            evidence=keep.date.evidence,
        )
    disputes = keep.disputes + [d for d in other.disputes if d not in keep.disputes]
    figures = _figures(reports) if any(r.fatalities for r in reports) else {
        "fatalities_low": keep.fatalities_low if keep.fatalities_low is not None else other.fatalities_low,
        "fatalities_best": keep.fatalities_best if keep.fatalities_best is not None else other.fatalities_best,
        "fatalities_high": keep.fatalities_high if keep.fatalities_high is not None else other.fatalities_high,
    }
    return keep.model_copy(update={
        "reports": reports,
        "date": date,
        "actor1": keep.actor1 or other.actor1,
        "actor2": keep.actor2 or other.actor2,
        "assoc_actor_1": sorted(set(keep.assoc_actor_1) | set(other.assoc_actor_1)),
        "assoc_actor_2": sorted(set(keep.assoc_actor_2) | set(other.assoc_actor_2)),
        "disputes": disputes,
        "disputed": bool(disputes) or keep.disputed or other.disputed,
        "source_count": _source_count(reports),
        **figures,
    })
