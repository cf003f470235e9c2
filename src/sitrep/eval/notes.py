"""``sitrep eval notes``: event coding scored on ACLED-style notes.

Input: a CSV with the ACLED columns ``notes, event_date, event_type, sub_event_type, actor1, actor2,
location, latitude, longitude, fatalities`` (extra columns are ignored).  Each note becomes one
document published on its event date (so "on Tuesday" resolves as ACLED's coder read it; an optional
``published`` column gives a later day, for a report that tells "Tuesday's attack" on Thursday) and goes
through the per-document analysis (``Analyzer.analyse``: actors, places, dates, events).  Notes are
independent reports of different events, so they are not fused across documents.

The note's event is the system's most confident event mention (earliest in the text on ties),
read together with the note's other mentions of the same event type (a note reports one event: its
actors, first place and largest killed figure count).  Per note, each field is checked, and a
field's score is the share of notes where it is right:

- event_type, sub_event_type: equal (case-insensitive); no event at all fails both.
- actor1, actor2 (when the row has one): the ACLED actor name is resolved with the knowledge base
  (whole name, then without its "(2021-)" period, then each side of "JNIM: Jama'at ..."; a country
  qualifier such as "Civilians (Niger)" is kept), and the id
  must be among the event's actors, either side.  A name the knowledge base does not know fails.
- place: the event's place within 25 km of the row's coordinates.
- date: the event's date interval contains the row's event_date.
- fatalities: no figure means 0; otherwise the row's number equals the low figure or lies in the
  stated closed range ("between 10 and 15").

``accuracy`` (the quality gate's notes floor) is the event_type score.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import ErrorCode, SitrepError
from sitrep.geo import haversine_km
from sitrep.model import Analysis, Document, EventMention, FieldSource, Published, Segment

log = logging.getLogger(__name__)

PLACE_TOLERANCE_KM = 25.0
FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "place", "date", "fatalities")
REQUIRED_COLUMNS = ("notes", "event_date", "event_type", "sub_event_type")


@dataclass
class Note:
    row: int  # 1-based data row number in the CSV (header excluded)
    notes: str
    event_date: dt.date
    event_type: str
    sub_event_type: str
    actor1: str = ""
    actor2: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int | None = None
    published: dt.date | None = None  # the report's day when it is not the event's


@dataclass
class NoteScore:
    row: int
    checks: dict[str, tuple[bool, Any, Any]] = field(default_factory=dict)  # field → (ok, expected, got)

    @property
    def all_ok(self) -> bool:
        return all(ok for ok, _, _ in self.checks.values())

    def failures(self) -> list[tuple[str, Any, Any]]:
        return [(k, e, g) for k, (ok, e, g) in self.checks.items() if not ok]


@dataclass
class NotesResult:
    path: str
    notes: list[NoteScore] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # field → notes where it was checked
    seconds: float = 0.0

    def scores(self) -> dict[str, float]:
        out = {}
        for name in FIELDS:
            checked = [n.checks[name][0] for n in self.notes if name in n.checks]
            self.counts[name] = len(checked)
            out[name] = round(sum(checked) / len(checked), 4) if checked else 0.0
        out["all_fields"] = round(sum(n.all_ok for n in self.notes) / len(self.notes), 4) if self.notes else 0.0
        return out

    @property
    def accuracy(self) -> float:
        return self.scores()["event_type"]

    def to_dict(self) -> dict[str, Any]:
        scores = self.scores()
        return {
            "path": self.path,
            "notes": len(self.notes),
            "accuracy": scores["event_type"],
            "scores": scores,
            "checked": dict(self.counts),
            "seconds": round(self.seconds, 2),
            "failures": [
                {"row": n.row, "failures": [{"field": k, "expected": _plain(e), "got": _plain(g)} for k, e, g in n.failures()]}
                for n in self.notes if not n.all_ok
            ],
        }


def _plain(v: Any) -> Any:
    return v.isoformat() if hasattr(v, "isoformat") else v


# ---------------------------------------------------------------------------------------------


def read_notes(path: str | Path) -> list[Note]:
    """Parse the CSV; a row without a usable date or note is skipped with a warning."""
    path = Path(path)
    if not path.is_file():
        raise SitrepError(ErrorCode.not_found, f"no notes CSV at {path}")
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise SitrepError(ErrorCode.invalid, f"{path}: missing columns {', '.join(missing)}")
        notes = []
        for i, row in enumerate(reader, start=1):
            try:
                notes.append(
                    Note(
                        row=i,
                        notes=row["notes"].strip(),
                        event_date=parse_event_date(row["event_date"]),
                        event_type=row["event_type"].strip(),
                        sub_event_type=row["sub_event_type"].strip(),
                        actor1=(row.get("actor1") or "").strip(),
                        actor2=(row.get("actor2") or "").strip(),
                        location=(row.get("location") or "").strip(),
                        latitude=_float(row.get("latitude")),
                        longitude=_float(row.get("longitude")),
                        fatalities=int(row["fatalities"]) if (row.get("fatalities") or "").strip() else None,
                        published=parse_event_date(row["published"]) if (row.get("published") or "").strip() else None,
                    )
                )
            except (ValueError, KeyError) as exc:
                log.warning("%s row %d skipped: %s", path, i, exc)
            else:
                if not notes[-1].notes:
                    log.warning("%s row %d skipped: empty note", path, i)
                    notes.pop()
    return notes


EXPORT_DATE_FORMATS = ("%d %B %Y", "%d-%b-%y", "%d-%b-%Y", "%d %b %Y")  # "12 March 2025", "16-Feb-21"


def parse_event_date(text: str) -> dt.date:
    """An ACLED event_date: ISO, or one of the export tool's styles (EXPORT_DATE_FORMATS)."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    for fmt in EXPORT_DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unreadable event_date {text!r}")


def _float(text: str | None) -> float | None:
    return float(text) if text and text.strip() else None


def note_language(text: str) -> str:
    """The note's language: French when the detector says so, else English.  ACLED's notes (and the
    notes written here) are English or French, and the detector misreads a short English note now and
    then ("Gunmen killed a gendarme in Dori on Monday." reads as Turkish)."""
    from sitrep.ingest.language import english_or_french

    return english_or_french(text)


def note_document(note: Note, source: str) -> Document:
    """The note as a one-paragraph document published on its event date (or its ``published`` day)."""
    text = note.notes
    return Document(
        doc_id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        external_id=f"row-{note.row}",
        source=f"{source}#row-{note.row}",
        text=text,
        segments=[Segment(char_start=0, char_end=len(text))],
        # a French note is read as French, as ``sitrep eval acled`` reads it through ingest
        language=note_language(text),
        published=Published(date=note.published or note.event_date, is_estimate=False),
        field_sources={"published": FieldSource(source="given", evidence="published column" if note.published else "event_date column")},
    )


# ---------------------------------------------------------------------------------------------


def evaluate_notes(path: str | Path, analyzer=None) -> NotesResult:
    """Analyse every note and score its coding against the row (see the module docstring)."""
    import time

    from sitrep.eval.gold import default_analyzer

    notes = read_notes(path)
    t0 = time.perf_counter()
    if analyzer is None:
        analyzer = default_analyzer()
    resolver = actor_resolver(analyzer.knowledge)
    result = NotesResult(path=str(path))
    for note in notes:
        doc = note_document(note, str(path))
        try:
            analysis = analyzer.analyse(doc)
        except Exception as exc:  # one failing note is scored as "no event", never aborts the run
            log.warning("analysis failed on note row %d: %r", note.row, exc)
            analysis = Analysis(doc_id=doc.doc_id)
        result.notes.append(score_note(note, analysis, resolver, getattr(analyzer.knowledge.actors, "acled_parent", None)))
    result.seconds = time.perf_counter() - t0
    result.scores()
    return result


def actor_resolver(knowledge):
    actors = getattr(knowledge, "actors", None)
    if actors is None or not hasattr(actors, "resolve"):
        return lambda name: None

    def resolve(name: str) -> str | None:
        try:
            answer = actors.resolve(name)
        except Exception:  # noqa: BLE001 - an unresolvable name is a failed check
            return None
        if isinstance(answer, (tuple, list)):
            return answer[0] if answer else None
        return getattr(answer, "actor_id", answer)

    return resolve


def acled_name_variants(name: str) -> list[str]:
    """"JNIM: Jama'at Nusrat ..." → [whole, "JNIM", "Jama'at Nusrat ..."]; a "(2021-)" period is
    dropped, a country qualifier ("Civilians (Niger)") is kept: it is part of the actor's identity.
    A unit named after the period ("Military Forces of Mali (2021-) Air Force") also tries the force
    it belongs to: ACLED names the unit, a note usually names the force."""
    variants = [name]
    period = re.search(r"\s*\(\d{4}-\d{0,4}\)\s*", name)
    bare = re.sub(r"\s+", " ", name.replace(period.group(0), " ")).strip() if period else name
    if bare and bare != name:
        variants.append(bare)
    if period and period.end() < len(name):
        variants.append(name[:period.start()].strip())
    for part in bare.split(":"):
        part = part.strip()
        if part and part not in variants:
            variants.append(part)
    return variants


def primary_event(analysis: Analysis) -> EventMention | None:
    if not analysis.events:
        return None
    return max(analysis.events, key=lambda e: (e.confidence, -e.span.char_start))


def same_event(analysis: Analysis, primary: EventMention | None) -> list[EventMention]:
    """The primary mention and the note's other mentions of the same event type: a note reports one
    event, so its sentences are read together, as fusion would merge them ("militants attacked a
    post ... 9 soldiers were killed")."""
    if primary is None:
        return []
    return [primary] + [e for e in analysis.events if e is not primary and e.event_type == primary.event_type]


def score_note(note: Note, analysis: Analysis, resolve, parent=None) -> NoteScore:
    score = NoteScore(note.row)
    e = primary_event(analysis)
    got_type = e.event_type if e else None
    got_sub = e.sub_event_type if e else None
    score.checks["event_type"] = (bool(e) and got_type.lower() == note.event_type.lower(), note.event_type, got_type)
    score.checks["sub_event_type"] = (
        bool(e) and got_sub.lower() == note.sub_event_type.lower(), note.sub_event_type, got_sub)
    group = same_event(analysis, e)
    actors = {a for m in group for a in m.parties()}
    if parent is not None:  # a katiba is coded under its coalition, as the ACLED export codes it
        actors |= {parent(a) for a in actors} - {None}
    for column in ("actor1", "actor2"):
        name = getattr(note, column)
        if not name:
            continue
        ids = [i for i in (resolve(v) for v in acled_name_variants(name)) if i]
        ok = any(i in actors for i in ids)
        score.checks[column] = (ok, f"{name} ({ids[0] if ids else 'unknown to the knowledge base'})", sorted(actors))
    if note.latitude is not None and note.longitude is not None:
        place = next((m.place for m in group if m.place is not None), None)
        if place is None or place.latitude is None:
            score.checks["place"] = (False, note.location, place.name if place else None)
        else:
            d = haversine_km(note.latitude, note.longitude, place.latitude, place.longitude)
            score.checks["place"] = (d <= PLACE_TOLERANCE_KM, note.location, f"{place.name} ({d:.0f} km)")
    interval = e.date if e else None
    score.checks["date"] = (
        interval is not None and interval.earliest <= note.event_date <= interval.latest,
        note.event_date,
        f"{interval.earliest}..{interval.latest}" if interval else None,
    )
    if note.fatalities is not None:
        figures = [m.fatalities for m in group if m.fatalities and (m.fatalities.low or m.fatalities.high)]
        fat = max(figures, key=lambda f: f.low or 0) if figures else None
        if fat is None or (fat.low is None and fat.high is None):
            ok, got = note.fatalities == 0 and e is not None, None
        else:
            low = fat.low or 0
            ok = low == note.fatalities or (fat.high is not None and low <= note.fatalities <= fat.high)
            got = (fat.low, fat.high)
        score.checks["fatalities"] = (ok, note.fatalities, got)
    return score
