"""An event as an ACLED-compatible row: ACLED's column names, filled where sitrep knows the value.

ACLED's columns come first in ACLED's order; sitrep adds its event id, the fatality range, the
dispute flag, the count of independent sources, the extraction confidence and, given the event's
coverage (``sitrep.coverage``), who reported it: the outlets and their kinds, the perspective
summary and whether one perspective carries the event.  ACLED's ``source_scale`` comes from the
outlet base's profiles of the reporting outlets (else from the reports' web hosts).  admin2/admin3
come from the imported GeoNames dumps (``sitrep.export.admin``); values sitrep does not have stay
blank rather than guessed.  The fields the CLI's and the API's row (``sitrep.query.acled``) also has
come from the one mapping there (``acled_fields``); this module adds the columns it lacks (year, inter
codes, interaction, iso, region, disorder type, sources, tags), ACLED's country name and admin areas.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from typing import TYPE_CHECKING, Any

from sitrep.export.admin import admin_areas, bare_name
from sitrep.model import Event
from sitrep.query.acled import ALPHA3, COUNTRIES, acled_fields
from sitrep.knowledge.actor_names import ActorNames

if TYPE_CHECKING:
    from sitrep.coverage import Coverage

log = logging.getLogger(__name__)

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]
# sitrep's own columns after ACLED's: the event id (event_id_cnty is ACLED's form of it) first
EXTRA_COLUMNS = ["event_id", "fatalities_low", "fatalities_high", "disputed", "source_count", "confidence",
                 "reported_by", "reported_by_kinds", "perspective", "single_perspective"]
# ACLED writes a source_scale made of several scales lowest first ("New media-National")
SCALE_ORDER = ["Local partner", "Other", "New media", "Subnational", "National", "Regional", "International"]
COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS

def event_id_cnty(event: Event, alpha2: str | None) -> str:
    """ACLED's form, country code then number ("MLI48213397"): the number comes from the event id,
    so an event keeps it across re-runs and re-exports."""
    digits = int(hashlib.sha1(event.event_id.encode("utf-8")).hexdigest()[:12], 16) % 100_000_000
    return f"{ALPHA3.get(alpha2 or '', 'XXX')}{digits}"


def scale_from_hosts(event: Event, alpha2: str | None) -> str:
    """ACLED's source scale from the reports' web hosts, for outlets the outlet base does not
    profile: an outlet under the event country's domain is National, any other International;
    both give "National-International"."""
    from urllib.parse import urlsplit

    scales = set()
    for report in event.reports:
        if not (report.url or report.outlet):
            continue
        host = (urlsplit(report.url).hostname or "") if report.url else ""
        national = bool(alpha2) and host.endswith("." + alpha2.lower())
        scales.add("National" if national else "International")
    if not scales:
        return "Other"  # ACLED's value for a source of unknown reach
    return "National-International" if len(scales) == 2 else scales.pop()


DISORDER_TYPES = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def _country_code(event: Event) -> str | None:
    code = (event.country or "").strip()
    if len(code) == 2:
        return code.upper()
    for alpha2, (_, name, _) in COUNTRIES.items():  # a country stored by name
        if code.casefold() == name.casefold():
            return alpha2
    return None


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: the lower inter code first (1 and 2 → 12; 2 alone → 20)."""
    if inter1 is None and inter2 is None:
        return None
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def source_scale(coverage: Coverage | None) -> str | None:
    """ACLED's source_scale from the reporting outlets' profiles ("National-International")."""
    if coverage is None:
        return None
    scales = {o["source_scale"] for o in coverage.outlets if o.get("source_scale")}
    return "-".join(s for s in SCALE_ORDER if s in scales) or None


def acled_area_name(name: str | None) -> str | None:
    """An admin area's name as ACLED's columns write it, without the word for its kind."""
    return bare_name(name) if name else name


def acled_row(event: Event, names: ActorNames, timestamp: int | None = None,
              coverage: Coverage | None = None) -> dict[str, Any]:
    """One event as a dict with exactly ``COLUMNS`` keys (None for blanks)."""
    date = event.date
    alpha2 = _country_code(event)
    iso, country, region = COUNTRIES.get(alpha2, (None, event.country, None)) if alpha2 else (None, event.country, None)
    shared = acled_fields(event, names.name)
    parent = names.acled_parent(event.actor1)
    if parent is not None:
        # ACLED codes a katiba's deed under its coalition and may name the unit beside it; the
        # event itself keeps the unit the reports named
        assoc = [names(a) for a in [event.actor1, *event.assoc_actor_1] if a != parent]
        shared["actor1"], shared["assoc_actor_1"] = names(parent), "; ".join(assoc)
    inter1, inter2 = names.inter(parent or event.actor1), names.inter(event.actor2)
    areas = admin_areas(names.store)
    admin2, admin3 = areas.of(event) if areas is not None else (event.admin2, None)
    outlets = []
    for report in event.reports:
        outlet = report.outlet or report.doc_id
        if outlet not in outlets:
            outlets.append(outlet)
    tags = []
    if event.disputed:
        tags.append("disputed")
    if date is not None and date.is_estimate:
        tags.append("date estimated")
    if event.modality.value != "fact":
        tags.append(event.modality.value)
    row: dict[str, Any] = {
        "event_id_cnty": event_id_cnty(event, alpha2),
        "event_date": shared["event_date"],
        "year": date.best.year if date else None,
        "time_precision": shared["time_precision"],
        "disorder_type": DISORDER_TYPES.get(event.event_type),
        "event_type": shared["event_type"],
        "sub_event_type": shared["sub_event_type"],
        "actor1": shared["actor1"],
        "assoc_actor_1": shared["assoc_actor_1"] or None,
        "inter1": inter1,
        "actor2": shared["actor2"],
        "assoc_actor_2": shared["assoc_actor_2"] or None,
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if event.event_type == "Violence against civilians" else None,
        "iso": iso,
        "region": region,
        "country": country,
        "admin1": acled_area_name(shared["admin1"]),
        "admin2": acled_area_name(admin2),
        "admin3": acled_area_name(admin3),
        "location": shared["location"],
        "latitude": shared["latitude"],
        "longitude": shared["longitude"],
        "geo_precision": shared["geo_precision"],
        "source": "; ".join(outlets) or None,
        "source_scale": source_scale(coverage) or scale_from_hosts(event, alpha2),
        "notes": shared["notes"] or (event.reports[0].quote if event.reports else None),
        "fatalities": shared["fatalities"],
        "tags": "; ".join(tags) or None,
        "timestamp": timestamp if timestamp is not None else int(dt.datetime.now(dt.timezone.utc).timestamp()),
        "event_id": event.event_id,
        "fatalities_low": shared["fatalities_low"],
        "fatalities_high": shared["fatalities_high"],
        "disputed": shared["disputed"],
        "source_count": shared["source_count"],
        "confidence": shared["confidence"],
        "reported_by": "; ".join(o["name"] for o in coverage.outlets) if coverage else None,
        "reported_by_kinds": "; ".join(coverage.by_kind) if coverage else None,
        "perspective": coverage.summary if coverage else None,
        "single_perspective": coverage.single_perspective if coverage else None,
    }
    return row
