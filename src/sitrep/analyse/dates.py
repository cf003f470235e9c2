"""Stage: date expressions resolved against the publication date."""

from __future__ import annotations

from sitrep.analyse.context import Context
from sitrep.model import DateInterval, DateMention, Document


def anchor_interval(document: Document) -> DateInterval | None:
    """The publication date as an interval (flagged is_estimate when it was estimated)."""
    return None


def find_dates(ctx: Context) -> list[DateMention]:
    return []
