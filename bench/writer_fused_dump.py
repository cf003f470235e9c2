"""The fused tables of a store as text, in a fixed order, to ``cmp`` two runs of the writer.

    .venv/bin/python bench/writer_fused_dump.py STORE OUT

Written: events (every column but ``updated_at``, with their JSON), event actors and reports,
control periods, each mention's event, and the event history (version, cause and data, not the
time of the change).  Two stores filled from the same input by two versions of the code must give
the same file when a change was made for speed only.
"""

from __future__ import annotations

import sys
from pathlib import Path

QUERIES = {
    "events": "SELECT * EXCLUDE (updated_at) FROM events ORDER BY event_id",
    "event_actors": "SELECT * FROM event_actors ORDER BY ALL",
    "event_reports": "SELECT * FROM event_reports ORDER BY ALL",
    "control_periods": "SELECT * FROM control_periods ORDER BY ALL",
    "mention_events": "SELECT mention_id, event_id FROM event_mentions ORDER BY mention_id",
    "event_history": "SELECT event_id, version, cause, data FROM event_history ORDER BY event_id, version",
}


def main() -> None:
    import duckdb

    store, out = Path(sys.argv[1]), Path(sys.argv[2])
    con = duckdb.connect(str(store), read_only=True)
    with out.open("w", encoding="utf-8") as fh:
        for name, sql in QUERIES.items():
            rows = con.execute(sql).fetchall()
            fh.write(f"## {name}: {len(rows)} rows\n")
            for row in rows:
                fh.write("\t".join("" if v is None else str(v) for v in row) + "\n")
    con.close()


if __name__ == "__main__":
    main()
