"""Start-up of a Dask worker: how long before it can analyse its first document.

    .venv/bin/python bench/dask_worker.py [--workers 2]
    .venv/bin/python bench/dask_worker.py --compare 600 [--rounds 2]   # Dask x2 against the pool x2

``--compare N``: N generated articles (bench/corpus.py, as bench/scale.py) go through
``sitrep.pipeline.run`` into a fresh store with the pool x2 and with Dask x2, alternately (pool
first in odd rounds, Dask first in even ones, so a change of the machine's load does not favour
one), all in this one run.  The cluster is started and the analyzer installed once, before the
rounds, and timed on its own: that is the Dask start-up a long ingest pays once (the pool's start,
forking its workers, is inside its runs).

Starts a LocalCluster, installs the analyzer plugin (``sitrep.engine.dask``: the knowledge shipped
once, then on each worker the spaCy pipeline loaded and one warm-up analysis, which loads the event
classifier from its artifact), and prints the wall clock of the whole registration and each
worker's own setup time.  With the artifact cache warm, no worker fits anything; the first run after
a change of the training data fits once (in whichever process gets there first).
"""

from __future__ import annotations

import argparse
import os
import time


def _worker_state(dask_worker=None) -> dict:
    """How long this worker process has lived, its CPU seconds, and which artifacts it built
    (rather than loaded) so far: a worker must load the classifier, never fit it."""
    import time as _time

    import psutil

    from sitrep import artifacts

    me = psutil.Process()
    cpu = me.cpu_times()
    return {"age": _time.time() - me.create_time(), "cpu": cpu.user + cpu.system, "fitted": list(artifacts.built_here())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--compare", type=int, default=0, help="also run N generated documents with the pool and Dask")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    from sitrep.analyse import Analyzer
    from sitrep.engine.dask import AnalyzerPlugin, PLUGIN_NAME, dask_client, worker_startup_phases
    from sitrep.knowledge import load_knowledge

    print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    t = time.perf_counter()
    analyzer = Analyzer(load_knowledge())
    print(f"knowledge in the client process: {time.perf_counter() - t:.2f} s", flush=True)
    t = time.perf_counter()
    with dask_client(workers=args.workers) as client:
        cluster_s = time.perf_counter() - t
        before = client.run(_worker_state)
        t = time.perf_counter()
        client.register_plugin(AnalyzerPlugin(analyzer, ("en",)), name=PLUGIN_NAME)
        plugin_s = time.perf_counter() - t
        after = client.run(_worker_state)
        per_worker = worker_startup_phases(client)
        print(f"cluster of {args.workers} processes up: {cluster_s:.2f} s; analyzer installed and warmed on all: "
              f"{plugin_s:.2f} s")
        for address, phases in per_worker.items():
            cpu = after[address]["cpu"] - before[address]["cpu"]
            print(f"  worker {address}: process up {before[address]['age']:.2f} s before the plugin; plugin CPU "
                  f"{cpu:.2f} s; setup " + ", ".join(f"{k} {v:.2f} s" for k, v in phases.items())
                  + f"; unpickling the analyzer (its imports) ~{plugin_s - phases['total']:.2f} s; "
                  f"fitted on the worker: {sorted(after[address]['fitted'])}", flush=True)
        if args.compare:
            compare(client, analyzer, args)
    print(f"load average {os.getloadavg()[0]:.1f}")


def compare(client, analyzer, args) -> None:
    """Pool x``workers`` and Dask x``workers`` over one generated corpus, alternately (module docstring)."""
    import json
    import sys
    import tempfile
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import corpus
    import scale
    from peak_sampler import PeakSampler

    from sitrep.engine import get_engine
    from sitrep.engine import dask as engine_dask

    # the plugin main() registered is this analyzer's: the engine must not register it again
    engine_dask._INSTALLED[id(client)] = (id(analyzer), ("en",))
    engines = {f"pool x{args.workers}": lambda: get_engine("auto", workers=args.workers),
               f"dask x{args.workers}": lambda: engine_dask.make_dask_engine(workers=args.workers, client=client)}
    with tempfile.TemporaryDirectory(prefix="sitrep-dask-compare-") as tmp:
        src = Path(tmp) / "corpus.jsonl"
        counts = corpus.write_jsonl(src, args.compare, pool=corpus.paragraphs())
        print(f"\n{args.compare} documents, {counts['words']:,} words; load average {os.getloadavg()[0]:.1f}")
        print("| round | engine | s | docs/s | fuse s | peak PSS tree MiB | events | load |")
        print("|---|---|---|---|---|---|---|---|", flush=True)
        rates: dict[str, list[float]] = {name: [] for name in engines}
        for rnd in range(args.rounds):
            for name in (list(engines) if rnd % 2 == 0 else list(engines)[::-1]):
                db = Path(tmp) / f"store-{rnd}-{name.replace(' ', '')}.duckdb"
                with PeakSampler() as mem:
                    r = scale.timed_pipeline([str(src)], db, analyzer, engines[name]())
                rates[name].append(args.compare / r["total"])
                print(f"| {rnd + 1} | {name} | {r['total']:.1f} | {rates[name][-1]:.2f} | {r['fuse']:.1f} | "
                      f"{mem.peak / 2**20:.0f} | {r['events']} | {os.getloadavg()[0]:.1f} |", flush=True)
        print(json.dumps({name: round(sum(v) / len(v), 2) for name, v in rates.items()}))


if __name__ == "__main__":
    main()
