"""CPU time of saving analyses, in batches of 8 as the engines commit them, into a fresh store.

    .venv/bin/python bench/analysis_dump.py DUMP.jsonl [--trnews 100]
    .venv/bin/python bench/save_time.py DUMP.jsonl [--runs 3]
    PYTHONPATH=/path/to/other/src .venv/bin/python bench/save_time.py DUMP.jsonl   # another tree

The writer's share of an ingest isolated from the analysis (which a loaded machine makes too noisy to
see a few seconds in): the dump's analyses (``bench/analysis_dump.py``, timings dropped) are saved
with ``Store.save_analyses``; prints the rows written and the CPU and wall seconds of each run.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump", help="JSONL of analyses written by bench/analysis_dump.py")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=8)
    args = ap.parse_args()

    import sitrep
    from sitrep.model import Analysis
    from sitrep.store import Store

    analyses = [Analysis.model_validate({k: v for k, v in json.loads(line).items() if k != "timings"})
                for line in open(args.dump, encoding="utf-8")]
    print(f"sitrep from {Path(sitrep.__file__).parent}; {len(analyses)} analyses, {args.batch} per save")
    for run in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="sitrep-save-") as tmp:
            store = Store(os.path.join(tmp, "s.duckdb"))
            cpu, wall = time.process_time(), time.perf_counter()
            for i in range(0, len(analyses), args.batch):
                store.save_analyses(analyses[i:i + args.batch])
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            rows = store.con.execute(
                "SELECT (SELECT count(*) FROM actor_mentions), (SELECT count(*) FROM place_mentions), "
                "(SELECT count(*) FROM event_mentions), (SELECT count(*) FROM claims)").fetchone()
            store.close()
        print(f"run {run + 1}: {cpu:.2f} s CPU, {wall:.2f} s wall; rows actors/places/events/claims {rows}")


if __name__ == "__main__":
    main()
