"""The control section: who held a place on probe days inside each gold period."""

from __future__ import annotations

import datetime as dt

from sitrep.eval.gold.places import _place_ids_of
from sitrep.eval.goldfile import Gold
from sitrep.eval.scoring import Section
from sitrep.eval.system import SystemView


def _probe_days(start: tuple[dt.date, dt.date] | None, end: tuple[dt.date, dt.date] | None) -> list[dt.date]:
    """Days surely inside a period whose ends may be partial dates (a year, a month)."""
    first = start[1] + dt.timedelta(days=1) if start else None
    last = end[0] - dt.timedelta(days=1) if end else None
    if first is None and last is None:
        return []
    if first is None:
        return [last]
    if last is None:
        return [first, first + dt.timedelta(days=7)]
    if last < first:
        return [first]
    middle = first + (last - first) / 2
    return sorted({first, middle, last})


def score_control(gold: Gold, ids: dict[str, str | None], view: SystemView) -> Section:
    section = Section("control")
    for place_name, periods in gold.control.items():
        gp = gold.places.get(place_name)
        place_ids = _place_ids_of(gp, view) if gp else []
        for period in periods:
            expected = ids.get(period.holder)
            for day in _probe_days(period.start, period.end):
                key = f"{place_name} on {day}: {period.holder}"
                if not place_ids:
                    section.add(key, "miss", period.holder, None, "place not resolved in the corpus")
                    continue
                if view.holder_on is None:
                    section.add(key, "miss", period.holder, None, "no control functions")
                    continue
                try:
                    holder = view.holder_on(place_ids[0], day)
                except Exception as exc:  # a failing query is a miss, not a crash
                    view.warn(f"control query failed: {exc!r}")
                    holder = None
                if holder is None:
                    section.add(key, "miss", period.holder, None, "no holder known")
                elif holder == expected:
                    section.add(key, "ok", period.holder, holder)
                else:
                    section.add(key, "wrong", period.holder, holder, "another holder")
    return section
