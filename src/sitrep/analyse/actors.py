"""Stage: actors and persons (knowledge-base aliases, descriptive phrases, model fallback)."""

from __future__ import annotations

from sitrep.analyse.context import Context
from sitrep.model import ActorMention, PersonMention


def find_actors(ctx: Context) -> tuple[list[ActorMention], list[PersonMention], list[ActorMention]]:
    """Return (actor mentions, person mentions, unknown organisations found by the model)."""
    return [], [], []
