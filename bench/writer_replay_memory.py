"""The writer's memory over a long ingest, without the workers: what it keeps per document.

    .venv/bin/python bench/writer_replay_memory.py TEMPLATE --docs 10000 [--python 1000,3000] [--every 500]

``TEMPLATE`` is a store with analysed documents (``bench/scale.py --keep DIR`` writes one; a killed
scale run's store will do).  Its documents are re-stored as new ones (``growth.recast``: recombined
real paragraphs, the analysis re-keyed and moved in time) and go through the writer's path exactly
as ``pipeline.run`` drives it: stored ``STORE_BATCH`` at a time (``dedup.add_documents``), analyses
saved in the pool writer's batches, fused ``FUSE_BATCH`` documents at a time with one actor base.
Analysis is replayed, so the process holds no spaCy model: what grows is the writer's.

Printed every ``--every`` documents: this process's RSS, its peak RSS so far (sampled every 50 ms:
fusion's working set comes and goes within a batch) and PSS, the Python heap that tracemalloc
counts (with ``--python``), and DuckDB's own accounting (``duckdb_memory()``, by tag).  At each size
of ``--python`` a tracemalloc snapshot is taken; the growth between the first two is printed by line
(``compare_to``), which splits what Python keeps from what DuckDB keeps.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import growth  # noqa: E402
from peak_sampler import PeakSampler  # noqa: E402

MIB = 1 << 20
SAVE_BATCH = 64  # the pool writer's analyses per transaction (engine.base)


def duckdb_tags(store) -> str:
    rows = store.con.execute("SELECT tag, memory_usage_bytes FROM duckdb_memory() "
                             "WHERE memory_usage_bytes > 0 ORDER BY 2 DESC").fetchall()
    return ", ".join(f"{tag} {size / MIB:.0f}" for tag, size in rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("template", help="a store with analysed documents")
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--every", type=int, default=1000, help="print a line every this many documents")
    ap.add_argument("--python", default="", help="sizes at which to snapshot the Python heap (tracemalloc)")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--density", default="constant", choices=["constant", "growing", "same"],
                    help="how copies move in time (growth.shift_days); same: report groups grow with the store")
    ap.add_argument("--profile", default=None, help="cProfile the whole replay into this file (pstats)")
    ap.add_argument("--out", default=None, help="keep the filled store here (to compare fused tables)")
    ap.add_argument("--set", action="append", default=[],
                    help="a DuckDB setting for the writer's connection, e.g. --set memory_limit=256MB")
    args = ap.parse_args()

    import psutil

    import corpus
    from sitrep.fuse import fuse_documents
    from sitrep.ingest import dedup
    from sitrep.knowledge import load_actors
    from sitrep.knowledge.actor_knowledge import ActorKnowledge
    from sitrep.pipeline import FUSE_BATCH, STORE_BATCH
    from sitrep.store import Store

    snaps_at = sorted(int(s) for s in args.python.split(",") if s)
    if snaps_at:
        tracemalloc.start(1)
    base = growth.load_template(Path(args.template))
    pool, rng = corpus.paragraphs(), random.Random(5)
    me = psutil.Process()
    actors = load_actors()
    knowledge = ActorKnowledge(actors)
    snaps = []
    print(f"# {len(base)} template documents; settings {args.set or 'default'}; "
          f"load average {os.getloadavg()[0]:.1f}")
    print("| docs | s | docs/s in the window | RSS MiB | peak RSS so far MiB | PSS MiB | Python MiB | "
          "DuckDB by tag (MiB) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---|", flush=True)
    prof = None
    if args.profile:
        import cProfile

        prof = cProfile.Profile()
    with (tempfile.TemporaryDirectory(prefix="sitrep-writer-") as tmp,
          Store(Path(args.out) if args.out else Path(tmp) / "w.duckdb") as store,
          PeakSampler(interval=0.05, tree=False, pss=False) as mem):
        if prof:
            prof.enable()
        for setting in args.set:
            name, value = setting.split("=", 1)
            store.con.execute(f"SET {name} = '{value}'")
        store.save_actor_base(actors)
        t0, done, unfused = time.perf_counter(), 0, []
        window = (t0, 0)
        while done < args.docs:
            pairs = [growth.recast(*base[i % len(base)], copy=i // len(base) + 1, rng=rng, pool=pool,
                                   density=args.density)
                     for i in range(done, min(done + STORE_BATCH, args.docs))]
            dedup.add_documents(store, [d for d, _ in pairs])
            analyses = [a for _, a in pairs]
            for i in range(0, len(analyses), SAVE_BATCH):
                store.save_analyses(analyses[i:i + SAVE_BATCH])
            unfused += [a.doc_id for a in analyses]
            if len(unfused) >= FUSE_BATCH:
                fuse_documents(store, unfused, knowledge)
                unfused = []
            done += len(pairs)
            if done % args.every == 0 or done == args.docs:
                info = me.memory_full_info()
                heap = tracemalloc.get_traced_memory()[0] / MIB if snaps_at else float("nan")
                now = time.perf_counter()
                rate, window = (done - window[1]) / (now - window[0]), (now, done)
                print(f"| {done:,} | {now - t0:.0f} | {rate:.1f} | {info.rss / MIB:.0f} | {mem.peak_rss / MIB:.0f} | "
                      f"{info.pss / MIB:.0f} | "
                      f"{heap:.0f} | {duckdb_tags(store)} |", flush=True)
            if snaps_at and done in snaps_at:
                snaps.append((done, tracemalloc.take_snapshot()))
        if unfused:
            fuse_documents(store, unfused, knowledge)
        if prof:
            prof.disable()
            prof.dump_stats(args.profile)
    for (n0, s0), (n1, s1) in zip(snaps, snaps[1:]):
        print(f"\nPython heap growth from {n0:,} to {n1:,} documents, top {args.top} lines:")
        for stat in s1.compare_to(s0, "lineno")[:args.top]:
            print(f"  {stat.size_diff / 1024:+,.0f} KiB ({stat.count_diff:+,} blocks) {stat.traceback}")


if __name__ == "__main__":
    main()
