"""Stage: attributed statements (who said what, on whose behalf, about which events)."""

from __future__ import annotations

from sitrep.analyse.context import Context
from sitrep.model import Claim


def find_claims(ctx: Context) -> list[Claim]:
    return []
