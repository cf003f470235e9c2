"""The one mapping from a fused ``Event`` to ACLED's field names (CLI, API and exports share it),
and the countries ACLED names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitrep.knowledge.actor_names import ActorNames
from sitrep.model import Event
from sitrep.store import Store

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

# ISO 3166 alpha-2 → (numeric code, English name, ACLED region) for the countries of the Sahel
# theatre; other countries keep their alpha-2 code as the name and a blank numeric code.
COUNTRIES = {
    "ML": (466, "Mali", "Western Africa"),
    "BF": (854, "Burkina Faso", "Western Africa"),
    "NE": (562, "Niger", "Western Africa"),
    "MR": (478, "Mauritania", "Northern Africa"),
    "DZ": (12, "Algeria", "Northern Africa"),
    "SN": (686, "Senegal", "Western Africa"),
    "GN": (324, "Guinea", "Western Africa"),
    "CI": (384, "Ivory Coast", "Western Africa"),
    "TD": (148, "Chad", "Middle Africa"),
    "LY": (434, "Libya", "Northern Africa"),
    "NG": (566, "Nigeria", "Western Africa"),
    "BJ": (204, "Benin", "Western Africa"),
    "TG": (768, "Togo", "Western Africa"),
    "GH": (288, "Ghana", "Western Africa"),
}

# ISO 3166 alpha-2 → alpha-3, the prefix of ACLED's event_id_cnty ("MLI1234")
ALPHA3 = {"ML": "MLI", "BF": "BFA", "NE": "NER", "MR": "MRT", "DZ": "DZA", "SN": "SEN", "GN": "GIN",
          "CI": "CIV", "TD": "TCD", "LY": "LBY", "NG": "NGA", "BJ": "BEN", "TG": "TGO", "GH": "GHA"}


def acled_fields(event: Event, name: Callable[[str | None], str]) -> dict[str, Any]:
    """The ACLED fields every output gives an event alike, in ACLED's order then sitrep's, with actor
    names from ``name`` (an actor id → display name); associated actors are joined with "; " as
    ACLED does.  The CLI's and the API's row (``event_to_acled``) is these fields; the export's
    ACLED row (``sitrep.export.acled``) takes them and adds ACLED's remaining columns."""
    fatalities = event.fatalities_best if event.fatalities_best is not None else event.fatalities_low
    return {
        "event_date": event.date.best.isoformat() if event.date else None,
        "time_precision": event.date.precision.acled_code if event.date else None,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": name(event.actor1) or None,
        "assoc_actor_1": "; ".join(name(a) for a in event.assoc_actor_1),
        "actor2": name(event.actor2) or None,
        "assoc_actor_2": "; ".join(name(a) for a in event.assoc_actor_2),
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
    }


def event_to_acled(event: Event, store: Store | None = None, names: ActorNames | None = None) -> dict[str, Any]:
    """The event as an ACLED-style row with actor *names* (``acled_fields``); ``reports`` lists
    every source's doc, outlet, url, span and quote.

    Pass one ``names`` (an ``ActorNames``) when converting many events, so lookups are cached."""
    names = names or ActorNames(store)
    names.prime([event.actor1, event.actor2, *event.assoc_actor_1, *event.assoc_actor_2])
    return {
        "event_id": event.event_id,
        **acled_fields(event, names),
        "reports": [
            {
                "doc_id": r.doc_id, "external_id": r.external_id, "outlet": r.outlet, "url": r.url,
                "char_start": r.char_start, "char_end": r.char_end, "quote": r.quote,
            }
            for r in event.reports
        ],
    }
