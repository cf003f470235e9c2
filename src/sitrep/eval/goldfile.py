"""Reading a gold file (the format of ``seeds.yaml``) into typed records.

The format: ``documents`` (per-file metadata expectations), ``actors`` and ``persons`` (canonical
name → aliases), ``actor_lineage``, ``places`` (canonical → variants, point, country, tolerance),
``events``, ``claims``, ``contradictions`` and ``control``.  Every section is optional, so a gold
file for a handful of new articles can say only what it knows.  Partial dates (``2023``,
``2025-06``) are kept as intervals.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sitrep.errors import ErrorCode, SitrepError

DEFAULT_TOLERANCE_KM = 25.0


def parse_partial(value: Any) -> tuple[dt.date, dt.date] | None:
    """``2023`` → (2023-01-01, 2023-12-31); ``"2025-06"`` → the month; a date → itself; None → None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date(), value.date()
    if isinstance(value, dt.date):
        return value, value
    text = str(value).strip()
    parts = text.split("-")
    try:
        if len(parts) == 1:
            year = int(parts[0])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        day = dt.date.fromisoformat(text)
        return day, day
    except ValueError as exc:
        raise SitrepError(ErrorCode.invalid, f"not a date: {value!r}") from exc


@dataclass
class GoldDocument:
    file: str
    title: str | None = None
    outlet: str | None = None
    wire: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_estimate: tuple[dt.date, dt.date] | None = None
    published_is_estimate: bool | None = None
    boilerplate: list[str] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # the fields the gold states (absent ≠ null)


@dataclass
class GoldPlace:
    name: str
    variants: list[str]
    lat: float | None
    lon: float | None
    country: str | None
    tolerance_km: float = DEFAULT_TOLERANCE_KM


@dataclass
class GoldEvent:
    id: str
    event_type: str
    sub_event_type: str | None
    earliest: dt.date
    latest: dt.date
    location: str
    side1: list[str]
    side2: list[str]
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    disputed: bool = False
    sources: list[str] = field(default_factory=list)


@dataclass
class GoldClaim:
    doc: str
    speaker: str
    on_behalf_of: str | None
    gist: str


@dataclass
class GoldContradiction:
    event: str
    a: str
    b: str


@dataclass
class GoldPeriod:
    holder: str
    start: tuple[dt.date, dt.date] | None  # partial dates stay intervals
    end: tuple[dt.date, dt.date] | None


@dataclass
class GoldLineage:
    source: str
    target: str
    date: str | None


@dataclass
class Gold:
    path: str
    documents: list[GoldDocument] = field(default_factory=list)
    actors: dict[str, list[str]] = field(default_factory=dict)
    persons: dict[str, list[str]] = field(default_factory=dict)
    lineage: list[GoldLineage] = field(default_factory=list)
    places: dict[str, GoldPlace] = field(default_factory=dict)
    events: list[GoldEvent] = field(default_factory=list)
    claims: list[GoldClaim] = field(default_factory=list)
    contradictions: list[GoldContradiction] = field(default_factory=list)
    control: dict[str, list[GoldPeriod]] = field(default_factory=dict)
    sections_present: set[str] = field(default_factory=set)


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def load_gold(path: str | Path) -> Gold:
    """Parse a gold YAML file; a malformed file raises ``SitrepError(E_INVALID)`` naming the problem."""
    path = Path(path)
    if not path.is_file():
        raise SitrepError(ErrorCode.not_found, f"no gold file at {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise SitrepError(ErrorCode.invalid, f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise SitrepError(ErrorCode.invalid, f"{path}: expected a mapping of sections")
    gold = Gold(path=str(path), sections_present=set(data))
    try:
        _fill(gold, data)
    except (KeyError, TypeError, ValueError) as exc:
        raise SitrepError(ErrorCode.invalid, f"{path}: malformed gold entry: {exc!r}") from exc
    return gold


def _fill(gold: Gold, data: dict) -> None:
    for d in data.get("documents") or []:
        est = d.get("published_estimate")
        published = parse_partial(d.get("published"))
        gold.documents.append(
            GoldDocument(
                file=str(d["file"]),
                title=_str_or_none(d.get("title")),
                outlet=_str_or_none(d.get("outlet")),
                wire=_str_or_none(d.get("wire")),
                url=_str_or_none(d.get("url")),
                published=published[0] if published else None,
                published_estimate=(
                    (parse_partial(est["earliest"])[0], parse_partial(est["latest"])[1]) if est else None
                ),
                published_is_estimate=d.get("published_is_estimate"),
                boilerplate=[str(b) for b in d.get("boilerplate") or []],
                keys=set(d),
            )
        )
    for section in ("actors", "persons"):
        for canonical, aliases in (data.get(section) or {}).items():
            getattr(gold, section)[str(canonical)] = [str(a) for a in aliases or []]
    for e in data.get("actor_lineage") or []:
        gold.lineage.append(GoldLineage(str(e["from"]), str(e["to"]), _str_or_none(e.get("date"))))
    for name, p in (data.get("places") or {}).items():
        gold.places[str(name)] = GoldPlace(
            name=str(name),
            variants=[str(v) for v in p.get("variants") or [name]],
            lat=p.get("lat"),
            lon=p.get("lon"),
            country=p.get("country"),
            tolerance_km=float(p.get("tolerance_km") or DEFAULT_TOLERANCE_KM),
        )
    for e in data.get("events") or []:
        window = e.get("date") or {}
        earliest = parse_partial(window.get("earliest"))
        latest = parse_partial(window.get("latest"))
        fat = e.get("fatalities") or {}
        gold.events.append(
            GoldEvent(
                id=str(e["id"]),
                event_type=str(e["event_type"]),
                sub_event_type=_str_or_none(e.get("sub_event_type")),
                earliest=earliest[0],
                latest=latest[1],
                location=str(e["location"]),
                side1=[str(a) for a in e.get("side1") or []],
                side2=[str(a) for a in e.get("side2") or []],
                fatalities_min=fat.get("min"),
                fatalities_max=fat.get("max"),
                disputed=bool(e.get("disputed", False)),
                sources=[str(s) for s in e.get("sources") or []],
            )
        )
    for c in data.get("claims") or []:
        gold.claims.append(
            GoldClaim(str(c["doc"]), str(c["speaker"]), _str_or_none(c.get("on_behalf_of")), str(c.get("gist", "")))
        )
    for c in data.get("contradictions") or []:
        gold.contradictions.append(GoldContradiction(str(c["event"]), str(c.get("a", "")), str(c.get("b", ""))))
    for place, periods in (data.get("control") or {}).items():
        gold.control[str(place)] = [
            GoldPeriod(str(p["holder"]), parse_partial(p.get("from")), parse_partial(p.get("to")))
            for p in periods or []
        ]
