"""End-to-end throughput of ingest → analyse → store → fuse, by engine, against a bare spaCy pass.

    .venv/bin/python bench/scale.py --sizes 1000,2000 --workers 1,2 [--dask] [--keep DIR] [--profile]
    .venv/bin/python bench/scale.py --corpus news --workers 1,2 [--dask] [--against OTHER/src] [--repeat N]

``--corpus news``: the real articles of ../shared/dev/geoparsing (TR-News and GeoVirus, 347 texts of
~300 words), each run a fresh ``sitrep ingest --workers N`` process timed from its start to its exit
(imports, knowledge, models, analysis, store and fusion), beside a bare spaCy process (import, model
load, ``nlp.pipe`` over the same texts) timed the same way in the same run.

Otherwise (generated corpus):

For each size a corpus of ~500-word articles is generated (bench/corpus.py: real paragraphs from the
examples and ../shared/dev, recombined) into a temporary directory, then for each engine a fresh
store file is filled by ``sitrep.pipeline.run`` exactly as ``sitrep ingest`` does.  Printed per run:
seconds, documents/s, words/s, seconds per 1,000 documents, the time split (store, analyse,
save analyses, fuse), the peak memory of the whole process tree (summed PSS and RSS, and the largest
single process's RSS, sampled every 0.5 s with psutil), and the
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
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
import news  # noqa: E402
from peak_sampler import PeakSampler  # noqa: E402
from phases import writer_phases  # noqa: E402


def bare_spacy(texts: list[str]) -> float:
    """Seconds for the plain spaCy model over the texts (model load excluded)."""
    import importlib

    from sitrep.config import settings

    nlp = importlib.import_module(settings().spacy_model).load()
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - t0


SAVED: list = []  # one item per analysis the writer saved in the current run


def timed_pipeline(inputs: list[str], db: Path, analyzer, engine) -> dict:
    """``sitrep.pipeline.run`` exactly as ``sitrep ingest`` runs it (streamed: documents stored in
    batches while the engine analyses, analyses fused batch by batch as they are committed), with
    the writer's phases timed by wrapping them: store (``add_documents``), save (``save_analyses``),
    fuse (``fuse_documents``); analyse = the rest of the wall time (reading inputs, waiting for the
    workers), since the phases interleave."""
    from sitrep import pipeline
    from sitrep.store import Store

    with Store(db) as store, writer_phases(store) as spent:
        save = store.save_analyses
        SAVED.clear()

        def counted(analyses, *a, **k):  # the documents saved so far, for --trace
            SAVED.extend(None for _ in analyses)
            return save(analyses, *a, **k)

        store.save_analyses = counted
        t0 = time.perf_counter()
        summary = pipeline.run(inputs, store, analyzer=analyzer, analyse=engine)
        total = time.perf_counter() - t0
        events = store.count_events()
    return {"store": spent["store"], "save": spent["save"], "fuse": spent["fuse"],
            "analyse": total - spent["store"] - spent["save"] - spent["fuse"], "total": total,
            "stored": summary.stored, "analysed": summary.analysed, "events": events,
            "skipped": dict(summary.skipped)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000", help="comma-separated corpus sizes (documents)")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts for the local engine")
    ap.add_argument("--dask", action="store_true", help="also run the Dask engine (LocalCluster, 2 workers)")
    ap.add_argument("--words", type=int, default=500)
    ap.add_argument("--keep", default=None, help="keep the store files here (for bench/incremental.py)")
    ap.add_argument("--profile", action="store_true", help="pyinstrument profile of the 1-worker run")
    ap.add_argument("--recycle-after", type=int, default=None,
                    help="pool: documents per pool before a fresh one (0: never; default the engine's)")
    ap.add_argument("--no-host", action="store_true",
                    help="pool: fork the workers from the writer itself, as before the pool host")
    ap.add_argument("--trace", default=None, help="append per-process PSS/USS samples (every 5 s) to this file")
    ap.add_argument("--json", default=None, help="append results as JSON lines to this file")
    ap.add_argument("--no-spacy", action="store_true", help="skip the bare spaCy pass (no × spaCy ratio)")
    ap.add_argument("--corpus", choices=["generated", "news"], default="generated",
                    help="news: the TR-News and GeoVirus articles, each run a whole process (see above)")
    ap.add_argument("--repeat", type=int, default=1, help="news: runs of each engine (median reported)")
    ap.add_argument("--against", default=None, help="news: another tree's src directory, run alternately with this one")
    args = ap.parse_args()
    if args.corpus == "news":
        news.main(args, PeakSampler)
        return

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
            print("| engine | s | docs/s | words/s | s/1k docs | store s | analyse s | save s | fuse s | × bare spaCy | "
                  "peak PSS tree MiB | peak RSS tree MiB | largest process MiB | events |")
            print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|", flush=True)
            options = {} if args.recycle_after is None else {"recycle_after": args.recycle_after or None}
            if args.no_host:
                options["host"] = False
            runs = [(f"local x{w}" if w > 1 else "serial", get_engine("auto", workers=w, **(options if w > 1 else {})))
                    for w in workers]
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
                if args.trace:
                    with open(args.trace, "a", encoding="utf-8") as fh:
                        fh.write(f"# {size} docs, {name}: seconds, analyses saved, tree PSS MiB, "
                                 "PSS/USS MiB per process (writer first)\n")
                with PeakSampler(trace=args.trace, progress=SAVED.__len__) as rss:
                    r = timed_pipeline([str(src)], db, analyzer, engine)
                if prof:
                    prof.stop()
                    out = Path(__file__).resolve().parent / "figures" / f"profile-serial-{size}.txt"
                    out.write_text(prof.output_text(unicode=False, show_all=False), encoding="utf-8")
                total = r["total"]
                row = {
                    "size": size, "engine": name, "seconds": total, "docs_per_s": size / total,
                    "words_per_s": counts["words"] / total, "s_per_1k": total / size * 1000,
                    "store_s": r["store"], "analyse_s": r["analyse"], "save_s": r["save"], "fuse_s": r["fuse"],
                    "x_spacy": total / spacy_s, "peak_pss_mib": rss.peak / 2**20,
                    "peak_rss_sum_mib": rss.peak_rss / 2**20, "peak_single_mib": rss.peak_single / 2**20,
                    "peak_parent_pss_mib": rss.peak_parent / 2**20, "events": r["events"],
                    "analysed": r["analysed"], "skipped": r["skipped"], "spacy_s": spacy_s,
                }
                results.append(row)
                print(f"| {name} | {total:.1f} | {row['docs_per_s']:.1f} | {row['words_per_s']:,.0f} | "
                      f"{row['s_per_1k']:.1f} | {r['store']:.1f} | {r['analyse']:.1f} | {r['save']:.1f} | "
                      f"{r['fuse']:.1f} | {row['x_spacy']:.2f} | {row['peak_pss_mib']:.0f} | "
                      f"{row['peak_rss_sum_mib']:.0f} | {row['peak_single_mib']:.0f} | {r['events']} |", flush=True)
                print(f"<!-- {name}: at the peak this (writer) process held {row['peak_parent_pss_mib']:.0f} MiB "
                      f"PSS, its workers the rest -->", flush=True)
                if args.json:
                    with open(args.json, "a", encoding="utf-8") as fh:
                        fh.write(json.dumps(row) + "\n")
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
