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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    from sitrep.analyse import Analyzer
    from sitrep.engine.dask import AnalyzerPlugin, PLUGIN_NAME, dask_client, worker_startup_seconds
    from sitrep.knowledge import load_knowledge

    print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    t = time.perf_counter()
    analyzer = Analyzer(load_knowledge())
    print(f"knowledge in the client process: {time.perf_counter() - t:.2f} s", flush=True)
    t = time.perf_counter()
    with dask_client(workers=args.workers) as client:
        cluster_s = time.perf_counter() - t
        t = time.perf_counter()
        client.register_plugin(AnalyzerPlugin(analyzer, ("en",)), name=PLUGIN_NAME)
        plugin_s = time.perf_counter() - t
        per_worker = worker_startup_seconds(client)
    print(f"cluster of {args.workers} processes up: {cluster_s:.2f} s; analyzer installed and warmed on all: "
          f"{plugin_s:.2f} s; per worker setup: " + ", ".join(f"{s:.2f} s" for s in per_worker.values()))
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
