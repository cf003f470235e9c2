"""``sitrep eval acled``: the whole pipeline scored against an ACLED export.

An analyst checks sitrep against their own ACLED export for their region before trusting it.  Each
row's note becomes one document published on the row's event date with the row's ``source`` as its
outlet, and goes through ingest → analyse → store → fuse (``sitrep.eval.endtoend``).  The note's
event is the fused event holding the note's most confident event mention.  Per row:

- found: the note produced at least one event;
- event_type, sub_event_type: equal to the row's (ACLED spellings, case-insensitive);
- place: the event's coordinates within 25 km of the row's;
- fatalities: the event's best figure (else its low one; none = 0) equal to the row's (exact), or
  within ±20% of it (``fatalities_20``; a row of 0 needs 0);
- date: the event's date interval contains the row's event_date and is no wider than the row's
  time_precision allows (1: the day, 2: a week, 3: a month);
- actor1: the row's actor1, resolved through the knowledge base's actor resolver (whole name,
  without its "(2021-)" period, each side of "JNIM: ..."), is the event's actor1 or one of its
  associated side-1 actors.  A name the base does not know fails (and is counted as unknown).

A row whose note yields no event fails every field.  Scores are given over all rows and over the
rows whose note yielded an event.  Per-class precision and recall (event types and sub-event types,
"(none)" standing for no event), the most frequent confusions and the notes that yielded nothing
are listed, and the place misses by class (``sitrep.eval.place_misses``: a village the gazetteer
lacks, a note that never names ACLED's location, a homonym, a coarser area...).  Accepted columns: ACLED's export (``event_date`` as "16-Feb-21", "16 February 2021" or
ISO; ``notes``, ``event_type``, ``sub_event_type``, ``actor1``, ``latitude``, ``longitude``,
``fatalities``, ``source``, ``time_precision``); extra columns are ignored.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import ErrorCode, SitrepError
from sitrep.eval.endtoend import TextRecord, TextResult, run_texts
from sitrep.eval.notes import PLACE_TOLERANCE_KM, acled_name_variants, actor_resolver, parse_event_date
from sitrep.eval.place_misses import classify_place_miss
from sitrep.geo import haversine_km

log = logging.getLogger(__name__)

FIELDS = ("found", "event_type", "sub_event_type", "place", "fatalities", "fatalities_20", "date", "actor1")
REQUIRED_COLUMNS = ("notes", "event_date", "event_type", "sub_event_type")
NO_EVENT = "(none)"
FATALITY_TOLERANCE = 0.20
DATE_WIDTH_DAYS = {1: 1, 2: 7, 3: 31}  # ACLED time_precision → widest acceptable date interval
TOP_CONFUSIONS = 10


@dataclass
class AcledRow:
    row: int  # 1-based data row of the CSV
    notes: str
    event_date: dt.date
    event_type: str
    sub_event_type: str
    actor1: str = ""
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int | None = None
    source: str = ""
    time_precision: int = 1
    location: str = ""


@dataclass
class RowScore:
    row: AcledRow
    found: bool
    got_type: str
    got_sub: str
    checks: dict[str, tuple[bool, Any, Any]] = field(default_factory=dict)  # field → (ok, expected, got)
    actor_known: bool = True
    place_miss: str | None = None  # why the place check failed (``sitrep.eval.place_misses``)


@dataclass
class AcledResult:
    path: str
    rows: list[RowScore]
    skipped: list[str] = field(default_factory=list)  # rows the reader could not use, with the reason
    seconds: float = 0.0
    pipeline: dict[str, Any] = field(default_factory=dict)

    def scores(self, only_found: bool = False) -> dict[str, float]:
        rows = [r for r in self.rows if r.found] if only_found else self.rows
        out: dict[str, float] = {}
        for name in FIELDS:
            checked = [r.checks[name][0] for r in rows if name in r.checks]
            out[name] = round(sum(checked) / len(checked), 4) if checked else 0.0
        return out

    def checked(self) -> dict[str, int]:
        return {name: sum(name in r.checks for r in self.rows) for name in FIELDS}

    def per_class(self, level: str) -> list[dict[str, Any]]:
        """Precision and recall of each class at ``level`` ("event_type" or "sub_event_type")."""
        pairs = [_pair(r, level) for r in self.rows]
        labels = sorted({g for g, _ in pairs} | {p for _, p in pairs if p != NO_EVENT})
        out = []
        for label in labels:
            tp = sum(g == label and p == label for g, p in pairs)
            predicted = sum(p == label for _, p in pairs)
            gold = sum(g == label for g, _ in pairs)
            out.append({"class": label, "gold": gold, "predicted": predicted,
                        "precision": round(tp / predicted, 3) if predicted else 0.0,
                        "recall": round(tp / gold, 3) if gold else 0.0})
        return out

    def confusions(self, level: str, top: int = TOP_CONFUSIONS) -> list[dict[str, Any]]:
        counts = Counter(pair for pair in (_pair(r, level) for r in self.rows) if pair[0] != pair[1])
        return [{"gold": g, "predicted": p, "count": c} for (g, p), c in counts.most_common(top)]

    def place_miss_counts(self) -> dict[str, int]:
        """How many place misses fall in each class of ``sitrep.eval.place_misses`` (most first)."""
        return dict(Counter(r.place_miss for r in self.rows if r.place_miss).most_common())

    def misses(self) -> list[dict[str, Any]]:
        """Rows whose note yielded no event, with the note."""
        return [{"row": r.row.row, "event_type": r.row.event_type, "sub_event_type": r.row.sub_event_type,
                 "notes": r.row.notes} for r in self.rows if not r.found]

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "rows": len(self.rows),
            "skipped_rows": self.skipped,
            "scores": self.scores(),
            "scores_when_found": self.scores(only_found=True),
            "checked": self.checked(),
            "actor1_unknown_to_base": sum(not r.actor_known for r in self.rows),
            "per_class": {level: self.per_class(level) for level in ("event_type", "sub_event_type")},
            "worst_confusions": {level: self.confusions(level) for level in ("event_type", "sub_event_type")},
            "misses": self.misses(),
            "place_misses": self.place_miss_counts(),
            "failures": [
                {"row": r.row.row, "notes": r.row.notes, **({"place_miss": r.place_miss} if r.place_miss else {}),
                 "failures": [{"field": k, "expected": _plain(e), "got": _plain(g)}
                              for k, (ok, e, g) in r.checks.items() if not ok]}
                for r in self.rows if r.found and not all(ok for ok, _, _ in r.checks.values())
            ],
            "pipeline": self.pipeline,
            "seconds": round(self.seconds, 2),
        }


def _pair(r: RowScore, level: str) -> tuple[str, str]:
    gold = r.row.event_type if level == "event_type" else r.row.sub_event_type
    got = r.got_type if level == "event_type" else r.got_sub
    return gold, got


def _plain(v: Any) -> Any:
    return v.isoformat() if hasattr(v, "isoformat") else v


# ---------------------------------------------------------------------------------------------
# reading


def read_acled(path: str | Path) -> tuple[list[AcledRow], list[str]]:
    """The usable rows of an ACLED export, and one line per row skipped (bad date, empty note...)."""
    path = Path(path)
    if not path.is_file():
        raise SitrepError(ErrorCode.not_found, f"no ACLED CSV at {path}")
    rows: list[AcledRow] = []
    skipped: list[str] = []
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise SitrepError(ErrorCode.invalid, f"{path}: missing columns {', '.join(missing)}")
        for i, raw in enumerate(reader, start=1):
            try:
                row = _row(i, raw)
            except (ValueError, TypeError) as exc:
                skipped.append(f"row {i}: {exc}")
                continue
            if not row.notes:
                skipped.append(f"row {i}: empty note")
                continue
            rows.append(row)
    if not rows:
        raise SitrepError(ErrorCode.empty, f"{path}: no usable rows" + (f" ({skipped[0]})" if skipped else ""))
    return rows, skipped


def _row(i: int, raw: dict[str, str | None]) -> AcledRow:
    def text(key: str) -> str:
        return (raw.get(key) or "").strip()

    def number(key: str) -> float | None:
        return float(text(key)) if text(key) else None

    fatalities = number("fatalities")
    precision = number("time_precision")
    return AcledRow(
        row=i,
        notes=text("notes"),
        event_date=parse_event_date(text("event_date")),
        event_type=text("event_type"),
        sub_event_type=text("sub_event_type"),
        actor1=text("actor1"),
        latitude=number("latitude"),
        longitude=number("longitude"),
        fatalities=int(fatalities) if fatalities is not None else None,
        source=text("source"),
        time_precision=int(precision) if precision in DATE_WIDTH_DAYS else 1,
        location=text("location"),
    )


def sample_rows(rows: list[AcledRow], n: int | None, seed: int = 0) -> list[AcledRow]:
    """``n`` rows drawn at random with ``seed`` (in file order), or all of them."""
    if n is None or n >= len(rows):
        return rows
    if n < 1:
        raise SitrepError(ErrorCode.invalid, f"--sample must be at least 1, got {n}")
    chosen = set(random.Random(seed).sample(range(len(rows)), n))
    return [r for k, r in enumerate(rows) if k in chosen]


# ---------------------------------------------------------------------------------------------
# running and scoring


def evaluate_acled(path: str | Path, sample: int | None = None, seed: int = 0,
                   geonames: list[str] | None = None, analyzer=None) -> AcledResult:
    """Run the pipeline on the export's notes and score each row (the ``sitrep eval acled`` job)."""
    rows, skipped = read_acled(path)
    rows = sample_rows(rows, sample, seed)
    from sitrep.eval.notes import note_language

    # ACLED writes its notes in English, but an export of notes written elsewhere may hold French ones:
    # each is read in its own language, as ``sitrep eval notes`` reads it
    records = [TextRecord(key=f"row-{r.row}", text=r.notes, outlet=r.source or None, published=r.event_date,
                          language=note_language(r.notes)) for r in rows]
    run = run_texts(records, geonames=geonames, analyzer=analyzer)
    from sitrep.eval.gold import default_analyzer

    knowledge = analyzer.knowledge if analyzer is not None else default_analyzer().knowledge
    resolve = actor_resolver(knowledge)
    parent = getattr(knowledge.actors, "acled_parent", None)
    scored = [score_row(r, result, resolve, knowledge.gazetteer, parent) for r, result in zip(rows, run.results)]
    return AcledResult(str(path), scored, skipped, run.seconds, run.summary)


def score_row(row: AcledRow, result: TextResult, resolve, gazetteer=None, parent=None) -> RowScore:
    event = result.primary_event()
    score = RowScore(row, found=event is not None,
                     got_type=event.event_type if event else NO_EVENT, got_sub=event.sub_event_type if event else NO_EVENT)
    score.checks["found"] = (event is not None, "an event", f"{len(result.events)} events")
    score.checks["event_type"] = (score.got_type.lower() == row.event_type.lower(), row.event_type, score.got_type)
    score.checks["sub_event_type"] = (score.got_sub.lower() == row.sub_event_type.lower(), row.sub_event_type, score.got_sub)
    if row.latitude is not None and row.longitude is not None:
        if event is None or event.latitude is None or event.longitude is None:
            score.checks["place"] = (False, row.location, event.location if event else None)
        else:
            km = haversine_km(row.latitude, row.longitude, event.latitude, event.longitude)
            score.checks["place"] = (km <= PLACE_TOLERANCE_KM, row.location, f"{event.location} ({km:.0f} km)")
        if event is not None and not score.checks["place"][0]:
            score.place_miss = classify_place_miss(row.location, row.latitude, row.longitude, row.notes, event,
                                                   gazetteer, PLACE_TOLERANCE_KM)
    if row.fatalities is not None:
        got = _fatalities(event)
        score.checks["fatalities"] = (got == row.fatalities, row.fatalities, got)
        near = got is not None and abs(got - row.fatalities) <= FATALITY_TOLERANCE * row.fatalities
        score.checks["fatalities_20"] = (near, row.fatalities, got)
    interval = event.date if event else None
    width = DATE_WIDTH_DAYS[row.time_precision]
    ok = (interval is not None and interval.earliest <= row.event_date <= interval.latest
          and (interval.latest - interval.earliest).days < width)
    score.checks["date"] = (ok, row.event_date, f"{interval.earliest}..{interval.latest}" if interval else None)
    if row.actor1:
        ids = [i for i in (resolve(v) for v in acled_name_variants(row.actor1)) if i]
        score.actor_known = bool(ids)
        side1 = {event.actor1, *event.assoc_actor_1} - {None} if event else set()
        if event is not None and parent is not None:
            # ACLED codes a katiba's deed under its coalition (Katiba Macina → JNIM), as the export does
            side1 |= {parent(event.actor1)} - {None}
        score.checks["actor1"] = (any(i in side1 for i in ids),
                                  f"{row.actor1} ({ids[0] if ids else 'unknown to the actor base'})", sorted(side1))
    return score


def _fatalities(event) -> int | None:
    """The event's figure as ACLED would code it: the best estimate, else the low one; none = 0."""
    if event is None:
        return None
    for value in (event.fatalities_best, event.fatalities_low):
        if value is not None:
            return value
    return 0
