"""``bench/scale.py --corpus news``: whole ``sitrep ingest`` processes over real news articles.

The TR-News and GeoVirus articles of ../shared/dev/geoparsing are written to a JSONL file; each run
starts a fresh process, so the figure includes what an analyst waits for (interpreter start,
imports, knowledge and model loading, analysis, store, fusion), and the bare spaCy pass is a process
too (import spaCy, load the model, ``nlp.pipe`` the same texts, exit).  Runs alternate between the
engines so that the machine's load (shared, noisy) falls on all of them alike.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

SOURCES = ("TR-News.xml", "GeoVirus.xml")
DEV = Path(__file__).resolve().parents[2] / "shared" / "dev" / "geoparsing"

BARE_SPACY = r"""
import json, sys
from sitrep.config import settings
import importlib
nlp = importlib.import_module(settings().spacy_model).load()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in nlp.pipe(texts, batch_size=64):
    pass
"""


def write_corpus(path: Path) -> dict:
    """One JSONL record per article (its text only: no outlet or date to lean on)."""
    n = words = 0
    with path.open("w", encoding="utf-8") as fh:
        for name in SOURCES:
            for node in ET.parse(DEV / name).getroot().iter("text"):
                text = (node.text or "").strip()
                if not text:
                    continue
                fh.write(json.dumps({"id": f"{Path(name).stem}-{n}", "title": " ".join(text.split()[:10]),
                                     "text": text}, ensure_ascii=False) + "\n")
                n += 1
                words += len(text.split())
    return {"documents": n, "words": words}


def _timed(cmd: list[str], peak_cls, env: dict | None = None) -> tuple[float, int, float]:
    """Wall clock, peak PSS of the process tree, and CPU seconds (user + system) of the tree: on a
    loaded machine the CPU time is the steadier figure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with peak_cls() as peak:
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
        wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, peak.peak, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(args, peak_cls) -> None:
    workers = [int(w) for w in args.workers.split(",") if w]
    print(f"# sitrep news bench {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; {platform.platform()}; "
          f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}; SITREP_CACHE={os.environ.get('SITREP_CACHE', '')}",
          flush=True)
    # the `sitrep` command's own entry point (``run``: no interpreter teardown), or ``main`` in a tree without it
    cli = [sys.executable, "-c", "import sys, sitrep.cli as c; c.run() if hasattr(c, 'run') else sys.exit(c.main())"]
    with tempfile.TemporaryDirectory(prefix="sitrep-news-") as tmp:
        tmp = Path(tmp)
        src = tmp / "news.jsonl"
        counts = write_corpus(src)
        engines = [("bare spaCy", None)]
        for w in workers:
            engines.append((f"sitrep ×{w}", ["--workers", str(w)]))
            if args.against:
                engines.append((f"against ×{w}", ["--workers", str(w)]))
        if args.dask:
            engines.append(("sitrep dask ×2", ["--workers", "2", "--engine", "dask"]))
        other = {**os.environ, "PYTHONPATH": args.against} if args.against else None
        times: dict[str, list[float]] = {name: [] for name, _ in engines}
        peaks: dict[str, int] = dict.fromkeys(times, 0)
        cpus: dict[str, list[float]] = {name: [] for name in times}
        loads: list[float] = []
        for _ in range(args.repeat):
            for name, extra in engines:
                if extra is None:
                    cmd = [sys.executable, "-c", BARE_SPACY, str(src)]
                else:
                    db = tmp / "store.duckdb"
                    for p in (db, Path(str(db) + ".wal")):
                        p.unlink(missing_ok=True)
                    cmd = [*cli, "--db", str(db), "ingest", *extra, str(src)]
                loads.append(os.getloadavg()[0])
                seconds, peak, cpu = _timed(cmd, peak_cls, other if name.startswith("against") else None)
                times[name].append(seconds)
                cpus[name].append(cpu)
                peaks[name] = max(peaks[name], peak)
                print(f"  {name}: {seconds:.1f} s, cpu {cpu:.1f} s (load {loads[-1]:.1f})", flush=True)
        bare = statistics.median(times["bare spaCy"])
        print(f"\n## {counts['documents']} news articles, {counts['words']:,} words; median of {args.repeat} run(s); "
              f"load average {min(loads):.1f}–{max(loads):.1f}")
        bare_cpu = statistics.median(cpus["bare spaCy"])
        print("| process | s | docs/s | × bare spaCy | CPU s | CPU × bare spaCy | peak PSS tree MiB |\n"
              "|---|---|---|---|---|---|---|")
        for name in times:
            s, c = statistics.median(times[name]), statistics.median(cpus[name])
            print(f"| {name} | {s:.1f} | {counts['documents'] / s:.1f} | {s / bare:.2f} | {c:.1f} | {c / bare_cpu:.2f} "
                  f"| {peaks[name] / 2**20:.0f} |")
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")
