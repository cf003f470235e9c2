"""Stage: place mentions resolved against the gazetteer."""

from __future__ import annotations

from sitrep.analyse.context import Context
from sitrep.model import PlaceMention


def find_places(ctx: Context) -> list[PlaceMention]:
    return []
