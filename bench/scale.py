"""End-to-end throughput of ingest → analyse → store → fuse, by engine, against a bare spaCy pass.

    .venv/bin/python bench/scale.py --sizes 1000,2000 --workers 1,2 [--dask] [--keep DIR] [--profile]

For each size a corpus of ~500-word articles is generated (bench/corpus.py: real paragraphs from the
examples and ../shared/dev, recombined) into a temporary directory, then for each engine a fresh
store file is filled by ``sitrep.pipeline.run`` exactly as ``sitrep ingest`` does.  Printed per run:
seconds, documents/s, words/s, seconds per 1,000 documents, the time split (store, analyse+write,
fuse), the peak memory of the whole process tree (summed PSS, sampled every 0.5 s with psutil), and the
ratio to a bare spaCy pass (the same model, ``nlp.pipe`` over the same texts, in this process).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402


class PeakRSS:
    """Samples the summed PSS (proportional set size) of this process and its children until stopped."""

    def __init__(self, interval: float = 0.5):
        import psutil

        self.proc = psutil.Process()
        self.interval = interval
        self.peak = 0
        self.peak_single = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                rss = []
                for p in procs:
                    try:  # PSS: shared (forked, copy-on-write) pages counted once across the tree
                        rss.append(p.memory_full_info().pss)
                    except (psutil.Error, AttributeError):
                        try:
                            rss.append(p.memory_info().rss)
                        except psutil.Error:
                            pass
                self.peak = max(self.peak, sum(rss))
                self.peak_single = max(self.peak_single, max(rss or [0]))
            except Exception:
                pass
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def bare_spacy(texts: list[str]) -> float:
    """Seconds for the plain spaCy model over the texts (model load excluded)."""
    import importlib

    from sitrep.config import settings

    nlp = importlib.import_module(settings().spacy_model).load()
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - t0


def timed_pipeline(inputs: list[str], db: Path, analyzer, engine) -> dict:
    """pipeline.run, with each phase timed (store / analyse+write / fuse)."""
    from sitrep import pipeline
    from sitrep.fuse import fuse_documents
    from sitrep.ingest import read_inputs
    from sitrep.store import Store

    phases = {}
    with Store(db) as store:
        summary = pipeline.Summary()
        t0 = time.perf_counter()
        documents = pipeline.store_documents(store, read_inputs(inputs), summary)
        t1 = time.perf_counter()
        engine(store, analyzer, documents, summary)
        t2 = time.perf_counter()
        summary.events_touched = fuse_documents(store, [d.doc_id for d in documents])
        t3 = time.perf_counter()
        phases = {"store": t1 - t0, "analyse": t2 - t1, "fuse": t3 - t2, "total": t3 - t0,
                  "stored": summary.stored, "analysed": summary.analysed, "events": store.count_events(),
                  "skipped": dict(summary.skipped)}
    return phases


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000", help="comma-separated corpus sizes (documents)")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts for the local engine")
    ap.add_argument("--dask", action="store_true", help="also run the Dask engine (LocalCluster, 2 workers)")
    ap.add_argument("--words", type=int, default=500)
    ap.add_argument("--keep", default=None, help="keep the store files here (for bench/incremental.py)")
    ap.add_argument("--profile", action="store_true", help="pyinstrument profile of the 1-worker run")
    ap.add_argument("--json", default=None, help="append results as JSON lines to this file")
    ap.add_argument("--no-spacy", action="store_true", help="skip the bare spaCy pass (no × spaCy ratio)")
    args = ap.parse_args()

    from sitrep.analyse import Analyzer
    from sitrep.engine import get_engine
    from sitrep.knowledge import load_knowledge

    sizes = [int(s) for s in args.sizes.split(",")]
    workers = [int(w) for w in args.workers.split(",") if w]
    print(f"# sitrep scale bench {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; {platform.platform()}; "
          f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}", flush=True)
    knowledge = load_knowledge()
    analyzer = Analyzer(knowledge)
    analyzer.nlp("en")
    pool = corpus.paragraphs()
    keep = Path(args.keep) if args.keep else None
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        tmp = Path(tmp)
        for size in sizes:
            src = tmp / f"corpus-{size}.jsonl"
            counts = corpus.write_jsonl(src, size, words=args.words, pool=pool)
            texts = [json.loads(line)["text"] for line in src.open(encoding="utf-8")]
            spacy_s = float("nan") if args.no_spacy else bare_spacy(texts)
            print(f"\n## {size} documents, {counts['words']:,} words; bare spaCy pass {spacy_s:.1f} s "
                  f"({size / spacy_s:.1f} docs/s)", flush=True)
            print("| engine | s | docs/s | words/s | s/1k docs | store s | analyse s | fuse s | × bare spaCy | peak PSS tree MiB | events |")
            print("|---|---|---|---|---|---|---|---|---|---|---|", flush=True)
            runs = [(f"local x{w}" if w > 1 else "serial", get_engine("auto", workers=w)) for w in workers]
            if args.dask:
                runs.append(("dask x2", get_engine("dask", workers=2)))
            for name, engine in runs:
                db = (keep or tmp) / f"store-{size}-{name.replace(' ', '')}.duckdb"
                for p in (db, Path(str(db) + ".wal")):
                    p.unlink(missing_ok=True)
                prof = None
                if args.profile and name == "serial":
                    from pyinstrument import Profiler

                    prof = Profiler()
                    prof.start()
                with PeakRSS() as rss:
                    r = timed_pipeline([str(src)], db, analyzer, engine)
                if prof:
                    prof.stop()
                    out = Path(__file__).resolve().parent / "figures" / f"profile-serial-{size}.txt"
                    out.write_text(prof.output_text(unicode=False, show_all=False), encoding="utf-8")
                total = r["total"]
                row = {
                    "size": size, "engine": name, "seconds": total, "docs_per_s": size / total,
                    "words_per_s": counts["words"] / total, "s_per_1k": total / size * 1000,
                    "store_s": r["store"], "analyse_s": r["analyse"], "fuse_s": r["fuse"],
                    "x_spacy": total / spacy_s, "peak_rss_mib": rss.peak / 2**20, "events": r["events"],
                    "analysed": r["analysed"], "skipped": r["skipped"], "spacy_s": spacy_s,
                }
                results.append(row)
                print(f"| {name} | {total:.1f} | {row['docs_per_s']:.1f} | {row['words_per_s']:,.0f} | "
                      f"{row['s_per_1k']:.1f} | {r['store']:.1f} | {r['analyse']:.1f} | {r['fuse']:.1f} | "
                      f"{row['x_spacy']:.2f} | {row['peak_rss_mib']:.0f} | {r['events']} |", flush=True)
                if args.json:
                    with open(args.json, "a", encoding="utf-8") as fh:
                        fh.write(json.dumps(row) + "\n")
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
