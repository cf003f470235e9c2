"""Hand-built documents, places and event mentions for the fusion tests."""

from __future__ import annotations

import datetime as dt
import hashlib

from sitrep.model import (
    Analysis,
    Claim,
    DateInterval,
    EventMention,
    Fatalities,
    Modality,
    PlaceMention,
    Precision,
    Span,
)

# place_id → (name, lat, lon, admin1, geo_precision, feature_code)
PLACES = {
    "gn:kidal": ("Kidal", 18.441, 1.408, "Kidal", 1, "PPLA"),
    "gn:near-kidal": ("Near Kidal", 18.60, 1.55, "Kidal", 1, "PPL"),  # ~23 km away
    "gn:tinz": ("Tinzaouaten", 19.96, 2.86, "Kidal", 1, "PPL"),  # ~225 km from Kidal
    "gn:kidal-region": ("Kidal Region", 19.5, 1.5, "Kidal", 3, "ADM1"),
    "gn:gao": ("Gao", 16.272, -0.045, "Gao", 1, "PPLA"),
    "gn:mali": ("Mali", 17.0, -4.0, None, 3, "PCLI"),
    # three villages (no seat): B ~20 km from A, a hamlet ~8 km from A
    "gn:village-a": ("Village A", 18.80, 1.60, "Kidal", 1, "PPL"),
    "gn:village-b": ("Village B", 18.98, 1.60, "Kidal", 1, "PPL"),
    "gn:hamlet": ("Hamlet", 18.87, 1.60, "Kidal", 1, "PPL"),
    "gn:far-village": ("Far Village", 18.77, 1.41, "Kidal", 1, "PPL"),  # ~37 km north of Kidal (a seat)
    "gn:seat-east": ("Seat East", 18.441, 1.85, "Kidal", 1, "PPLA2"),  # another seat, ~47 km east of Kidal
}


def place(place_id: str | None, doc_id: str = "d", start: int = 0, surface: str | None = None) -> PlaceMention | None:
    if place_id is None:
        return None
    name, lat, lon, admin1, prec, code = PLACES[place_id]
    return PlaceMention(span=Span(doc_id=doc_id, char_start=start, char_end=start + len(name)),
                        surface=surface or name, place_id=place_id, name=name, latitude=lat, longitude=lon,
                        country="ML", admin1=admin1, geo_precision=prec, feature_code=code)


def interval(earliest: str, latest: str | None = None, precision: str | None = None) -> DateInterval:
    e = dt.date.fromisoformat(earliest)
    l = dt.date.fromisoformat(latest or earliest)
    if precision is None:
        precision = "day" if e == l else ("month" if (l - e).days <= 31 else "year")
    return DateInterval(earliest=e, latest=l, precision=Precision(precision))


def deaths(low: int | None, high: int | None = None, phrase: str = "", kind: str = "killed",
           vague: bool = False) -> Fatalities:
    return Fatalities(low=low, high=high, phrase=phrase, kind=kind, vague=vague)


def mention(doc_id: str, start: int, sub: str = "Armed clash", etype: str = "Battles",
            side1=(), side2=(), assoc1=(), assoc2=(), place_id: str | None = "gn:kidal",
            date: DateInterval | str | None = "2024-07-26", fatalities: Fatalities | None = None,
            version: str = "", modality: str = "fact", source_actor: str | None = None,
            length: int = 40) -> EventMention:
    if isinstance(date, str):
        date = interval(date)
    return EventMention(
        mention_id=f"{doc_id}:{start}", span=Span(doc_id=doc_id, char_start=start, char_end=start + length),
        event_type=etype, sub_event_type=sub, side1=list(side1), side2=list(side2),
        assoc1=list(assoc1), assoc2=list(assoc2), place=place(place_id, doc_id, start),
        date=date, fatalities=fatalities, version=version, modality=Modality(modality),
        source_actor=source_actor,
    )


def add_doc(store, doc_id: str, outlet: str | None = None, text: str | None = None,
            duplicate_of: str | None = None, url: str | None = None) -> str:
    """Insert a document row directly (the ingest stage is not under test here)."""
    text = text or f"Document {doc_id}. " + "x" * 2000
    store.con.execute(
        "INSERT INTO documents (doc_id, source, text, segments, outlet, url, field_sources, duplicate_of, n_chars) "
        "VALUES (?, ?, ?, '[]', ?, ?, '{}', ?, ?)",
        [doc_id, f"test:{doc_id}", text, outlet, url, duplicate_of, len(text)],
    )
    return doc_id


def analysis(doc_id: str, events: list[EventMention], claims: list[Claim] | None = None) -> Analysis:
    return Analysis(doc_id=doc_id, events=events, claims=claims or [])


def doc_id_of(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()[:16]
