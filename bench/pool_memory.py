"""Summed PSS of a pool ×2 whose writer grows and rewrites its memory, with and without the pool host.

    PYTHONPATH=src .venv/bin/python bench/pool_memory.py [--docs 4000] [--grow-mib 400] [--recycle 1000]

What it isolates: a forked worker shares its parent's pages until one side writes them.  The writer
of a long ingest grows (DuckDB's buffers and indexes, ~700 MiB at 10k documents) and keeps rewriting
what it holds; a pool forked from it late in the run starts as a copy of all that, and every page the
writer rewrites afterwards stays behind in the workers as a page nobody else maps.  Here the writer
grows by ``--grow-mib`` over the run (bytearrays, rewritten whole at every batch, as a buffer pool
churns), the analysis is a trivial stand-in (no spaCy: seconds, not hours, on a shared machine) and
the pool is recycled every ``--recycle`` documents.  Printed per variant: the peak of the tree's
summed PSS and each process's PSS at that moment.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from peak_sampler import PeakSampler  # noqa: E402


class _Analyzer:
    """A stand-in analysis: a few milliseconds of work and a small result per document."""

    def nlp(self, language):
        return None

    def warm_up(self, language):
        return None

    def analyse(self, document):
        from sitrep.model import Analysis

        t = time.process_time()
        while time.process_time() - t < 0.002:
            pass
        return Analysis(doc_id=document.doc_id, timings={"pid": float(os.getpid())})


def run(host: bool, docs: int, grow_mib: int, recycle: int) -> dict:
    from sitrep.engine.local import analyse_documents_pool
    from sitrep.ingest.build import build_document
    from sitrep.pipeline import Summary
    from sitrep.store import Store

    ballast: list[bytearray] = []
    step = max(1, docs // max(1, grow_mib))  # documents per MiB grown

    def stream():
        for i in range(docs):
            if i % step == 0 and len(ballast) < grow_mib:
                ballast.append(bytearray(1 << 20))
            if i % 8 == 0:
                for b in ballast:  # the writer rewrites what it holds (a buffer pool churning)
                    b[::4096] = bytes([i % 251]) * len(b[::4096])
            yield build_document(f"Headline {i}\n\nReport {i} on the convoy near village {i}.\n", source=f"d{i}")

    summary = Summary()
    t0 = time.perf_counter()
    with PeakSampler(interval=0.2) as sampler, Store(":memory:") as store:
        for _ in analyse_documents_pool(store, _Analyzer(), stream(), summary, workers=2, batch_size=8,
                                        recycle_after=recycle, start_method="fork", host=host):
            pass
    ballast.clear()
    return {"host": host, "peak_mib": sampler.peak >> 20, "seconds": time.perf_counter() - t0,
            "analysed": summary.analysed, "at_peak": [(pid, p >> 20) for pid, p in sampler.at_peak]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=4000)
    ap.add_argument("--grow-mib", type=int, default=400)
    ap.add_argument("--recycle", type=int, default=1000)
    args = ap.parse_args()
    print(f"# {args.docs} documents, writer grows by {args.grow_mib} MiB, pool recycled every {args.recycle}; "
          f"load {os.getloadavg()[0]:.1f}")
    print("| pool forked by | peak summed PSS MiB | PSS per process at the peak (writer first) MiB | s |")
    print("|---|---|---|---|")
    for host in (False, True):
        r = run(host, args.docs, args.grow_mib, args.recycle)
        print(f"| {'pool host' if host else 'writer'} | {r['peak_mib']} | "
              f"{' / '.join(str(p) for _, p in r['at_peak'])} | {r['seconds']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
