"""Stage: sentences reporting events, coded in ACLED's taxonomy with their arguments."""

from __future__ import annotations

from sitrep.analyse.context import Context
from sitrep.model import EventMention


def find_events(ctx: Context) -> list[EventMention]:
    return []
