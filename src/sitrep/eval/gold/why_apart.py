"""For each gold event with more than one stored event near it (passing two of its four checks: an
incident fusion may have left in pieces, ``events.events_at_gold``), why each pair of those events stayed apart: the fusion tests that parted their reports, by rule
name and count (``sitrep.fuse.why_apart``).  Rule names and numbers only, never article text, so
it can be run on a held-out gold without reading it."""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from typing import TYPE_CHECKING

from sitrep.eval.gold.events import events_at_gold
from sitrep.eval.gold.names import map_names
from sitrep.eval.goldfile import Gold
from sitrep.fuse.why_apart import explain_stored
from sitrep.knowledge.actor_knowledge import ActorKnowledge

if TYPE_CHECKING:
    from sitrep.eval.gold.run import Run


def gold_why_apart(gold: Gold, run: Run) -> list[dict]:
    """One record per pair of stored events near one gold event: the gold id, the two event ids, the
    tally of each report pair's first failing test, the cannot-link rules that fire, and which gold
    checks each event fails."""
    knowledge = ActorKnowledge(run.knowledge.actors)
    out = []
    for gold_id, events in events_at_gold(gold, map_names(gold, run.view), run.view).items():
        failed = {e.event_id: fails for e, fails in events}
        for a, b in combinations(sorted(failed), 2):
            found = explain_stored(run.store, a, b, knowledge)
            out.append({"gold": gold_id, "event_a": a, "event_b": b, "reasons": dict(found.reasons),
                        "cannot_link": dict(Counter(found.cannot_link)), "detail": _numbers(found),
                        "gold_checks_failed": [failed[a], failed[b]]})
    return out


def _numbers(found) -> list[str]:
    """Each failing test's numbers (distances, gaps, relations), without quotes from the articles."""
    out = set()
    for t in (t for p in found.pairs for t in p.tests if not t.ok):
        if t.rule in ("dates", "villages_apart", "anchor", "types"):
            out.add(f"{t.rule}: {t.detail}")
        elif t.rule == "place":  # distance and relation; the names are the articles' places
            out.add(f"place: {t.detail.split('; ', 1)[-1]}")
        else:
            out.add(t.rule)
    return sorted(out)


def tally(records: list[dict]) -> Counter:
    """The reasons over every pair of every split gold event."""
    total: Counter = Counter()
    for r in records:
        total.update(r["reasons"])
        total.update({f"cannot_link:{k}": v for k, v in r["cannot_link"].items()})
    return total
