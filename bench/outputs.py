"""Time of the outputs on a store: situation report (md, html, pdf) and each export format.

    .venv/bin/python bench/outputs.py --db STORE [--limit-report-events N]

Prints seconds, events and output size per format.  Exports stream events (Parquet in row groups of
10,000), so their memory stays bounded; the report narrates the top events and tabulates all.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--since", type=dt.date.fromisoformat, default=None)
    ap.add_argument("--until", type=dt.date.fromisoformat, default=None)
    ap.add_argument("--skip-report", action="store_true")
    args = ap.parse_args()

    from sitrep.export import FORMATS, export_events
    from sitrep.report import build_report, render
    from sitrep.store import Store

    print(f"# outputs bench {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, load average {os.getloadavg()[0]:.1f}")
    with Store(args.db, read_only=True) as store, tempfile.TemporaryDirectory() as tmp:
        print(f"store: {store.count_events():,} events; period {args.since} to {args.until}")
        print("| output | s | events | bytes |\n|---|---|---|---|")
        for fmt in FORMATS:
            out = Path(tmp) / f"out.{fmt}"
            t = time.perf_counter()
            n = export_events(store, fmt, out, since=args.since, until=args.until)
            print(f"| export {fmt} | {time.perf_counter() - t:.2f} | {n:,} | {out.stat().st_size:,} |", flush=True)
        if not args.skip_report:
            t = time.perf_counter()
            data = build_report(store, since=args.since, until=args.until)
            built = time.perf_counter() - t
            print(f"| report: build | {built:.2f} | {data.n_events:,} | {len(data.footnotes)} notes |")
            for fmt in ("md", "html", "pdf"):
                t = time.perf_counter()
                content = render(data, fmt)
                print(f"| report: render {fmt} | {time.perf_counter() - t:.2f} | {data.n_events:,} | {len(content):,} |",
                      flush=True)


if __name__ == "__main__":
    sys.exit(main())
