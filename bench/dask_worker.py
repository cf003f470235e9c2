"""Start-up of a Dask worker: how long before it can analyse its first document.

    .venv/bin/python bench/dask_worker.py [--workers 2]

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
        print(f"  worker {address}: process up {before[address]['age']:.2f} s before the plugin; plugin CPU {cpu:.2f} s; "
              f"setup " + ", ".join(f"{k} {v:.2f} s" for k, v in phases.items())
              + f"; unpickling the analyzer (its imports) ~{plugin_s - phases['total']:.2f} s; "
              f"fitted on the worker: {sorted(after[address]['fitted'])}")
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
