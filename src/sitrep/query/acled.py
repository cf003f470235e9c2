"""The one mapping from a fused ``Event`` to ACLED's field names (CLI, API and exports share it)."""

from __future__ import annotations

from typing import Any

from sitrep.query.names import ActorNames
from sitrep.model import Event

# the flat columns, in ACLED's order, then sitrep's additions (CSV header order)
ACLED_FIELDS: tuple[str, ...] = (
    "event_id", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
    "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "fatalities", "notes",
)
EXTRA_FIELDS: tuple[str, ...] = ("date_earliest", "date_latest", "fatalities_low", "fatalities_high", "disputed",
                                  "source_count", "confidence")
FIELDS: tuple[str, ...] = ACLED_FIELDS + EXTRA_FIELDS + ("reports",)


def event_to_acled(event: Event, store=None, names: ActorNames | None = None) -> dict[str, Any]:
    """The event as an ACLED-style row with actor *names*; associated actors are joined with "; "
    as ACLED does; ``reports`` lists every source's doc, outlet, url, span and quote.

    Pass one ``names`` (an ``ActorNames``) when converting many events, so lookups are cached."""
    names = names or ActorNames(store)
    names.prime([event.actor1, event.actor2, *event.assoc_actor_1, *event.assoc_actor_2])
    fatalities = event.fatalities_best if event.fatalities_best is not None else event.fatalities_low
    return {
        "event_id": event.event_id,
        "event_date": event.date.best.isoformat() if event.date else None,
        "time_precision": event.date.precision.acled_code if event.date else None,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": names(event.actor1) or None,
        "assoc_actor_1": "; ".join(names(a) for a in event.assoc_actor_1),
        "actor2": names(event.actor2) or None,
        "assoc_actor_2": "; ".join(names(a) for a in event.assoc_actor_2),
        "country": event.country,
        "admin1": event.admin1,
        "admin2": event.admin2,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "fatalities": fatalities or 0,
        "notes": event.notes,
        # the range the event's date may lie in (event_date is the best day inside it)
        "date_earliest": event.date.earliest.isoformat() if event.date else None,
        "date_latest": event.date.latest.isoformat() if event.date else None,
        "fatalities_low": event.fatalities_low,
        "fatalities_high": event.fatalities_high,
        "disputed": event.disputed,
        "source_count": event.source_count,
        "confidence": event.confidence,
        "reports": [
            {
                "doc_id": r.doc_id, "external_id": r.external_id, "outlet": r.outlet, "url": r.url,
                "char_start": r.char_start, "char_end": r.char_end, "quote": r.quote,
            }
            for r in event.reports
        ],
    }
