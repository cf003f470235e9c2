"""One new article into a big store: analysed, fused and visible through the API, median of 20.

    .venv/bin/python bench/incremental.py --db /tmp/scalebench/store-1000-localx2.duckdb [--runs 20]
    .venv/bin/python bench/incremental.py --db /tmp/growth/base-constant-100000.duckdb   # bench/growth.py's store

The store file is copied (the original is untouched).  Each run POSTs one new ~500-word article to
the API (``POST /api/documents``, in-process through Starlette's TestClient, with the analyzer already
loaded as a long-running server has it), then reads it back: ``GET /api/documents/{id}`` and, when the
article produced events, ``GET /api/events/{id}`` for one of them.  The time is from the POST to the
last GET.  Articles are synthetic recombinations of real paragraphs (bench/corpus.py), each new.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
from phases import PhaseClock  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="the big store (copied, not modified)")
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()

    from fastapi.testclient import TestClient

    from sitrep.analyse import Analyzer
    from sitrep.api.app import create_app
    from sitrep.knowledge import load_knowledge
    from sitrep.store import Store

    with tempfile.TemporaryDirectory(prefix="sitrep-incr-") as tmp:
        db = Path(tmp) / "big.duckdb"
        shutil.copy(args.db, db)
        if Path(args.db + ".wal").exists():
            shutil.copy(args.db + ".wal", str(db) + ".wal")
        store = Store(db)
        n_docs, n_events = store.count_documents(), store.count_events()
        analyzer = Analyzer(load_knowledge(store))
        analyzer.nlp("en")
        # where each request's time goes: wrap the writer path's steps (the API calls them inside)
        import sitrep.corrections
        import sitrep.fuse

        clock = PhaseClock()
        timed, spent = clock.wrap, clock.spent
        store.add_documents = timed("store", store.add_documents)
        store.save_analyses = timed("save", store.save_analyses)
        analyzer.analyse = timed("analyse", analyzer.analyse)
        sitrep.fuse.fuse_documents = timed("fuse", sitrep.fuse.fuse_documents)
        sitrep.corrections.apply_corrections = timed("corrections", sitrep.corrections.apply_corrections)
        phases: dict[str, list[float]] = {}
        app = create_app(store=store, token="bench-token", analyzer=analyzer, serve_dashboard=False)
        headers = {"Authorization": "Bearer bench-token"}
        # spare articles: a synthetic article made of one long paragraph may already be stored verbatim
        articles = list(corpus.articles(args.runs * 3 + 1, seed=99))
        skipped = 0
        times, with_events = [], 0
        with TestClient(app, base_url="http://127.0.0.1") as client:  # a Host the app answers to
            for i, art in enumerate(articles):
                body = {"documents": [{"text": art["text"], "title": art["title"], "outlet": art["outlet"],
                                       "published": art["published"], "external_id": art["id"]}]}
                spent.clear()
                t0 = time.perf_counter()
                r = client.post("/api/documents", json=body, headers=headers)
                r.raise_for_status()
                if not r.json()["doc_ids"]:  # already stored (an exact duplicate): not a new article
                    skipped += 1
                    continue
                doc_id = r.json()["doc_ids"][0]
                assert client.get(f"/api/documents/{doc_id}").status_code == 200
                events = store.events_of_docs([doc_id])
                if events:
                    assert client.get(f"/api/events/{events[0]}").status_code == 200
                elapsed = time.perf_counter() - t0
                if i == 0:
                    continue  # warm-up (first-use initialisation of lazily loaded parts)
                times.append(elapsed)
                for key in ("analyse", "store", "save", "fuse", "corrections"):
                    phases.setdefault(key, []).append(spent.get(key, 0.0))
                phases.setdefault("rest (HTTP, reads)", []).append(elapsed - sum(spent.values()))
                with_events += bool(events)
                if len(times) == args.runs:
                    break
        store.close()
    times.sort()
    print(f"# incremental ingest via the API, {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"store: {n_docs:,} documents, {n_events:,} events; {len(times)} new articles ({with_events} produced events; {skipped} generated articles skipped as already stored)")
    print(f"median {statistics.median(times) * 1000:.0f} ms, min {times[0] * 1000:.0f} ms, "
          f"p90 {times[int(0.9 * (len(times) - 1))] * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms")
    print("median ms by phase: " + ", ".join(f"{k} {statistics.median(v) * 1000:.0f}" for k, v in phases.items()))


if __name__ == "__main__":
    main()
