"""Analyst corrections: the ``corrections`` log (who, when, what, why, in the order they are
re-applied in) and the aliases a correction teaches.

Every version of an event an analyst changed is kept in ``event_history`` by the event writes of
fusion (``sitrep.store.events``: ``save_event``, ``delete_events``, ``event_history``), which applying
a correction goes through too.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

import duckdb

from sitrep.store.core import StoreBase, rows_of, where_given


class CorrectionsStore(StoreBase):
    """The corrections log; mixed into sitrep.store.Store."""

    # ------------------------------------------------------------------ corrections log

    def add_correction(self, who: str, kind: str, target: str, payload: dict, why: str | None = None,
                       made_at: dt.datetime | None = None) -> dict:
        record = {
            "correction_id": uuid.uuid4().hex[:16],
            "who": who,
            "made_at": made_at or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
            "kind": kind,
            "target": target,
            "payload": payload,
            "why": why,
        }
        self.con.execute(
            "INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?)",
            [record["correction_id"], who, record["made_at"], kind, target, json.dumps(payload), why],
        )
        return record

    def list_corrections(self, target: str | None = None, kind: str | None = None,
                         con: duckdb.DuckDBPyConnection | None = None) -> list[dict]:
        """Corrections in the order they were made (the order they are re-applied in)."""
        of_target = ("(target = ? OR payload::VARCHAR LIKE ?)", [target, f'%"{target}"%']) if target else None
        where, params = where_given(of_target, ("kind = ?", [kind]) if kind else None)
        rows = rows_of(con or self.con, f"SELECT * FROM corrections{where} ORDER BY made_at, correction_id", params)
        for r in rows:
            r["payload"] = json.loads(r["payload"]) if isinstance(r["payload"], str) else r["payload"]
        return rows

    def add_correction_alias(self, actor_id: str, alias: str, alias_key: str, origin: str = "correction") -> None:
        self.con.execute("INSERT OR REPLACE INTO actor_aliases VALUES (?, ?, ?, ?)", [alias_key, actor_id, alias, origin])
