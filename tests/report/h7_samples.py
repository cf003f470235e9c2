"""Hand-built documents and fused events for the report and export tests.

The documents are the bundled example articles (examples/mali) read verbatim; the events are made
up for the tests, each report pointing at a real paragraph of a real document, so a test can check
that every citation resolves to the quoted text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from sitrep.model import (
    ControlPeriod, DateInterval, Dispute, Document, Event, Fatalities, Precision, Published, Report, Segment,
    Version,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "mali"


def seed_documents() -> list[Document]:
    docs = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        segments, pos = [], 0
        for para in text.split("\n"):
            if para.strip():
                segments.append(Segment(char_start=pos, char_end=pos + len(para)))
            pos += len(para) + 1
        docs.append(Document(
            doc_id=hashlib.sha256(text.encode()).hexdigest()[:16], source=str(path), text=text,
            segments=segments, title=text.strip().splitlines()[0][:120], outlet=f"Outlet {path.name[:3]}",
            language="en", published=Published(date=dt.date(2026, 4, 29)),
        ))
    return docs


def report_of(doc: Document, k: int, **extra) -> Report:
    """A report quoting the k-th kept paragraph of ``doc`` (longest paragraphs first, for stable picks)."""
    segs = sorted(doc.segments, key=lambda s: -(s.char_end - s.char_start))
    seg = segs[k % len(segs)]
    return Report(
        mention_id=f"{doc.doc_id}:{seg.char_start}", doc_id=doc.doc_id, outlet=doc.outlet, url=doc.url,
        char_start=seg.char_start, char_end=seg.char_end, quote=doc.text[seg.char_start : seg.char_end], **extra,
    )


def sample_events(docs: list[Document]) -> list[Event]:
    """Four events over three periods: a disputed battle with a fatality range, a clash, a takeover, a
    strategic development with no location; titles and quotes carry the articles' own punctuation."""
    d0, d1, d2, d3 = docs[0], docs[1], docs[2], docs[3]
    battle_reports = [report_of(d2, 0, version="fled"), report_of(d1, 1, version="pullback")]
    return [
        Event(
            event_id="ev-battle", event_type="Battles", sub_event_type="Non-state actor overtakes territory",
            actor1="csp-dpa", assoc_actor_1=["jnim"], actor2="fama", assoc_actor_2=["wagner"],
            country="ML", admin1="Kidal", location="Tinzaouaten", place_id="gn:1", latitude=19.95, longitude=2.92,
            geo_precision=1,
            date=DateInterval(earliest=dt.date(2024, 7, 25), latest=dt.date(2024, 7, 27), precision=Precision.day),
            fatalities_low=15, fatalities_best=17, fatalities_high=None, disputed=True, source_count=2,
            reports=battle_reports,
            disputes=[Dispute(kind="outcome", description="how the army left", versions=[
                Version(label="fled", mention_ids=[battle_reports[0].mention_id], outlets=[d2.outlet], source_actor="csp-dpa"),
                Version(label="pullback", mention_ids=[battle_reports[1].mention_id], outlets=[d1.outlet], source_actor="fama"),
            ])],
        ),
        Event(
            event_id="ev-clash", event_type="Battles", sub_event_type="Armed clash",
            actor1="fama", actor2="cma", country="ML", admin1="Kidal", location="Kidal", place_id="gn:2",
            latitude=18.44, longitude=1.41, geo_precision=2,
            date=DateInterval(earliest=dt.date(2023, 10, 1), latest=dt.date(2023, 10, 31), precision=Precision.month,
                              is_estimate=True),
            fatalities_low=7, fatalities_best=7, fatalities_high=7, source_count=1,
            reports=[report_of(d3, 2)],
        ),
        Event(
            event_id="ev-retake", event_type="Battles", sub_event_type="Government regains territory",
            actor1="fama", actor2="cma", country="ML", admin1="Kidal", location="Kidal", place_id="gn:2",
            latitude=18.44, longitude=1.41, geo_precision=1,
            date=DateInterval(earliest=dt.date(2023, 11, 14), latest=dt.date(2023, 11, 14), precision=Precision.day),
            source_count=1, reports=[report_of(d3, 0)],
        ),
        Event(
            event_id="ev-exit", event_type="Strategic developments", sub_event_type="Change to group/activity",
            actor1="wagner", country="ML",
            date=DateInterval(earliest=dt.date(2025, 6, 1), latest=dt.date(2025, 6, 30), precision=Precision.month),
            source_count=1, reports=[report_of(d1, 0)], notes="Wagner <b>leaves</b> Mali",
        ),
    ]


def sample_control() -> list[ControlPeriod]:
    return [
        ControlPeriod(place_id="gn:2", place_name="Kidal", holder="cma", start=dt.date(2014, 5, 21),
                      end=dt.date(2023, 11, 14), evidence=[]),
        ControlPeriod(place_id="gn:2", place_name="Kidal", holder="fama", start=dt.date(2023, 11, 14),
                      end=None, evidence=["ev-retake"]),
        ControlPeriod(place_id="gn:1", place_name="Tinzaouaten", holder="csp-dpa", start=dt.date(2024, 7, 27),
                      end=None, evidence=["ev-battle"]),
    ]
