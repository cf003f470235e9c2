"""Scoring a run against a gold file: every section of ``SECTIONS``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.eval.gold.actors import score_aliases, score_lineage
from sitrep.eval.gold.claims import score_claims, score_contradictions
from sitrep.eval.gold.control import score_control
from sitrep.eval.gold.documents import score_documents
from sitrep.eval.gold.events import score_events
from sitrep.eval.gold.names import map_names
from sitrep.eval.gold.places import score_places
from sitrep.eval.goldfile import Gold
from sitrep.eval.scoring import GoldReport

if TYPE_CHECKING:  # run.py imports score to evaluate; the run is only read here
    from sitrep.eval.gold.run import Run


SECTIONS = (
    "documents",
    "actors",
    "persons",
    "lineage",
    "places",
    "events",
    "event_details",
    "claims",
    "contradictions",
    "control",
)


def score(gold: Gold, run: Run) -> GoldReport:
    """Score one run against one gold file (pure: the run is not modified)."""
    view = run.view
    ids = map_names(gold, view)
    report = GoldReport(gold_file=gold.path, corpus=run.corpus)
    report.sections.append(score_documents(gold, view))
    report.sections.append(score_aliases("actors", gold.actors, ids, view, persons=False))
    report.sections.append(score_aliases("persons", gold.persons, ids, view, persons=True))
    report.sections.append(score_lineage(gold, ids, view))
    report.sections.append(score_places(gold, view))
    events, details, matches = score_events(gold, ids, view)
    report.sections += [events, details]
    report.sections.append(score_claims(gold, ids, view))
    report.sections.append(score_contradictions(gold, matches, view))
    report.sections.append(score_control(gold, ids, view))
    report.run = {
        "summary": run.summary,
        "seconds": round(run.seconds, 2),
        "documents": len(view.documents),
        "events_extracted": len(view.events),
        "claims_extracted": len(view.claims),
        "mapping": {k: v for k, v in ids.items()},
        "warnings": list(view.warnings),
    }
    return report
