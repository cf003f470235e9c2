"""Fusion cost per document as the corpus grows: it must stay flat (index queries, no all-pairs).

    .venv/bin/python bench/fuse.py --sizes 1000 10000 100000 --new 30

For each corpus size N: N synthetic documents (two event mentions each, over ten years, ten places,
ten actors) are saved with ``save_analyses`` and fused in batches of ``--batch`` documents; then
``--new`` further documents are saved and fused one at a time, as a live feed would, and the time of
``fuse_documents`` for each is reported (p50/p95, milliseconds).  The stores are in memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time

from sitrep.fuse import fuse_documents
from sitrep.model import Analysis, DateInterval, EventMention, PlaceMention, Precision, Span
from sitrep.store import Store

TYPES = [("Battles", "Armed clash"), ("Battles", "Non-state actor overtakes territory"),
         ("Violence against civilians", "Attack"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Strategic developments", "Agreement")]
ACTORS = ["fama", "jnim", "isgs", "fla", "csp-dpa", "africa-corps", "wagner", "cma", "civilians", "dozo"]
PLACES = [("gn:1", "Kidal", "Kidal", 18.44, 1.41), ("gn:2", "Gao", "Gao", 16.27, -0.04),
          ("gn:3", "Timbuktu", "Tombouctou", 16.77, -3.01), ("gn:4", "Bamako", "Bamako", 12.65, -8.0),
          ("gn:5", "Mopti", "Mopti", 14.48, -4.18), ("gn:6", "Menaka", "Menaka", 15.92, 2.4),
          ("gn:7", "Tessalit", "Kidal", 20.2, 1.01), ("gn:8", "Niono", "Segou", 14.25, -5.99),
          ("gn:9", "Segou", "Segou", 13.43, -6.26), ("gn:10", "Ansongo", "Gao", 15.66, 0.5)]
START = dt.date(2016, 1, 1)


def analysis(rng: random.Random, doc_id: str) -> Analysis:
    events = []
    for k in range(2):
        etype, sub = rng.choice(TYPES)
        pid, name, admin1, lat, lon = rng.choice(PLACES)
        day = START + dt.timedelta(days=rng.randrange(3650))
        span = Span(doc_id=doc_id, char_start=200 * k, char_end=200 * k + 120)
        events.append(EventMention(
            mention_id=f"{doc_id}:{200 * k}", span=span, event_type=etype, sub_event_type=sub,
            side1=rng.sample(ACTORS, 1), side2=rng.sample(ACTORS, rng.randint(0, 1)),
            place=PlaceMention(span=span, surface=name, place_id=pid, name=name, latitude=lat, longitude=lon,
                               country="ML", admin1=admin1),
            date=DateInterval(earliest=day, latest=day, precision=Precision.day),
        ))
    return Analysis(doc_id=doc_id, events=events)


def run(size: int, new: int, batch: int) -> dict:
    rng = random.Random(size)
    store = Store(":memory:")
    t0 = time.perf_counter()
    for start in range(0, size, batch):
        docs = [analysis(rng, f"d{i:07d}") for i in range(start, min(size, start + batch))]
        store.save_analyses(docs)
        fuse_documents(store, [a.doc_id for a in docs])
    load = time.perf_counter() - t0
    times = []
    for i in range(new):
        a = analysis(rng, f"n{i:07d}")
        store.save_analysis(a)
        t = time.perf_counter()
        fuse_documents(store, [a.doc_id])
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    result = {
        "docs": size, "events": store.count_events(), "load_s": round(load, 1),
        "load_ms_per_doc": round(load * 1000 / size, 2),
        "fuse_one_p50_ms": round(statistics.median(times), 1),
        "fuse_one_p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 1),
    }
    store.close()
    return result


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    p.add_argument("--new", type=int, default=30)
    p.add_argument("--batch", type=int, default=1000)
    args = p.parse_args()
    print(f"# bench/fuse.py {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC", flush=True)
    print("| docs | events | batch load+fuse (s) | ms/doc in batches | fuse 1 new doc p50 (ms) | p95 (ms) |")
    print("|---:|---:|---:|---:|---:|---:|", flush=True)
    for size in args.sizes:
        r = run(size, args.new, args.batch)
        print(f"| {r['docs']:,} | {r['events']:,} | {r['load_s']} | {r['load_ms_per_doc']} | "
              f"{r['fuse_one_p50_ms']} | {r['fuse_one_p95_ms']} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
