"""Cold start: wall clock of ``sitrep ingest ONE-ARTICLE`` into an existing store of 10k documents.

    .venv/bin/python bench/coldstart.py [--runs 10] [--size 10000] [--store /tmp/sitrep-coldstart] [--against OTHER/src]
    .venv/bin/python bench/coldstart.py --geonames ../shared/geonames/*.txt   # the store also holds GeoNames dumps

The store is built once and kept (``--store``, keyed by its size): ``size`` generated ~500-word
articles (bench/corpus.py) stored with ``--no-analyse``, plus the five example articles ingested,
analysed and fused, so that the new article meets stored documents (duplicate checks) and events
(fusion).  ``--geonames`` imports country dumps into that store too (``sitrep gazetteer import``), as an
analyst of the Sahel has them: the knowledge phase then builds the index over their rows.  Each run copies that store, then times a fresh ``python -m``-style process running
``sitrep ingest`` on one article the store has not seen (a paragraph mix, seed varied per run), from
process start to exit.  The process records when each phase ended (``SITREP_PHASES`` hook below),
so the median breakdown is by phase: interpreter and imports, knowledge (actor base + gazetteer),
the spaCy pipeline, the event classifier, analysis, and the writer (store, save, fuse).  The
artifact cache (``$SITREP_CACHE``) is warmed by one untimed run first, and each tree's bytecode is
written before (``compileall``, as a package's install does): the figure is the start of the twentieth
ingest of the day, not of the first after an upgrade.  Each run also reports the
process's CPU time, which a loaded machine inflates far less than the wall clock; ``--against``
runs another tree (e.g. main's) alternately with this one, so that both see the same load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

# Run in the timed child: wraps the callables of each phase and prints their summed times as JSON.
CHILD = r"""
import json, sys, time
T0 = time.perf_counter()
spent = {}
def wrap(owner, name, phase):
    fn = getattr(owner, name)
    def timed(*a, **k):
        t = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            spent[phase] = spent.get(phase, 0.0) + time.perf_counter() - t
    setattr(owner, name, timed)
import sitrep.cli
getattr(sitrep.cli, "prepare_process", lambda: None)()  # as the `sitrep` command does before its imports
import sitrep.knowledge, sitrep.analyse, sitrep.analyse.nlp, sitrep.store, sitrep.fuse
from sitrep.analyse.events import classifier
from sitrep.cli import ingest as cli_ingest
spent["imports"] = time.perf_counter() - T0
wrap(cli_ingest, "load_knowledge", "knowledge") if hasattr(cli_ingest, "load_knowledge") else wrap(sitrep.knowledge, "load_knowledge", "knowledge")
wrap(sitrep.analyse.nlp, "load_pipeline", "spacy model")
wrap(classifier, "model", "event classifier")
wrap(sitrep.analyse.Analyzer, "analyse", "analyse")
wrap(sitrep.analyse.Analyzer, "parse", "spacy parse")
wrap(sitrep.store.Store, "add_documents", "store")
wrap(sitrep.store.Store, "save_analyses", "save")
wrap(sitrep.fuse, "fuse_documents", "fuse")
code = sitrep.cli.main(sys.argv[1:])
spent["total in process"] = time.perf_counter() - T0
print("PHASES " + json.dumps(spent), file=sys.stderr)
getattr(sitrep.cli, "end_process", sys.exit)(code)  # ends as the `sitrep` command does (a tree without it: sys.exit)
"""


def build_store(path: Path, size: int, geonames: list[str] = ()) -> None:
    """``size`` generated articles stored without analysis, then the examples analysed and fused
    (after the ``geonames`` dumps were imported, when given)."""
    tmp = path.with_suffix(".building.duckdb")
    tmp.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "corpus.jsonl"
        corpus.write_jsonl(src, size)
        cli = [sys.executable, "-c", "from sitrep.cli import main; raise SystemExit(main())", "--db", str(tmp)]
        subprocess.run([*cli, "ingest", "--no-analyse", str(src)], check=True, stdout=subprocess.DEVNULL)
        if geonames:
            subprocess.run([*cli, "gazetteer", "import", *geonames], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([*cli, "ingest", str(ROOT / "examples" / "mali")], check=True, stdout=subprocess.DEVNULL)
    tmp.rename(path)


def one_article(directory: Path, seed: int) -> Path:
    text = next(iter(corpus.articles(1, words=400, seed=1000 + seed)))
    path = directory / f"today-{seed}.txt"
    path.write_text(text if isinstance(text, str) else text["text"], encoding="utf-8")
    return path


def timed_ingest(db: Path, article: Path, src: str | None = None) -> tuple[float, dict]:
    """Wall clock of one ingest process and its phases; ``spent["cpu"]`` is the CPU time (user +
    system) the process used, which a loaded machine inflates far less than the wall clock.
    ``src``: another tree's ``src`` directory to run instead of this one's (``--against``)."""
    env = {**os.environ, "PYTHONPATH": src} if src else None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, "--db", str(db), "ingest", str(article)],
                          capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    line = [ln for ln in done.stderr.splitlines() if ln.startswith("PHASES ")][-1]
    spent = json.loads(line[len("PHASES "):])
    spent["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, spent


def _compile_bytecode(src: Path) -> None:
    """Write the tree's bytecode, as installing a package does: with PYTHONDONTWRITEBYTECODE set (as on
    the shared machine) an editable tree is otherwise compiled from source in every run, ~0.2 s of
    CPU for sitrep's ~110 modules that no installed copy pays."""
    import compileall

    compileall.compile_dir(str(src / "sitrep"), quiet=1)
    print(f"bytecode written for {src / 'sitrep'}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--store", default="/tmp/sitrep-coldstart", help="directory keeping the built store")
    ap.add_argument("--against", default=None, help="another tree's src directory, run alternately with this one")
    ap.add_argument("--geonames", nargs="*", default=[], metavar="FILE", help="GeoNames dumps imported into the store")
    args = ap.parse_args()
    keep = Path(args.store)
    keep.mkdir(parents=True, exist_ok=True)
    dumps = "-".join(Path(f).stem for f in args.geonames)
    base = keep / (f"store-{args.size}-gn-{dumps}.duckdb" if dumps else f"store-{args.size}.duckdb")
    plain = keep / f"store-{args.size}.duckdb"
    if dumps and plain.exists() and not base.exists():  # the same documents, and the dumps imported
        tmp = base.with_suffix(".building.duckdb")
        shutil.copy(plain, tmp)
        cli = [sys.executable, "-c", "from sitrep.cli import main; raise SystemExit(main())", "--db", str(tmp)]
        subprocess.run([*cli, "gazetteer", "import", *args.geonames], check=True, stdout=subprocess.DEVNULL)
        tmp.rename(base)
    if not base.exists():
        t = time.perf_counter()
        build_store(base, args.size, args.geonames)
        print(f"built {base} in {time.perf_counter() - t:.0f} s", flush=True)
    trees = {"this tree": None} | ({"against": args.against} if args.against else {})
    for src in trees.values():
        _compile_bytecode(Path(src) if src else ROOT / "src")
    walls: dict[str, list[float]] = {name: [] for name in trees}
    phases: dict[str, list[dict]] = {name: [] for name in trees}
    loads = []
    with tempfile.TemporaryDirectory(prefix="sitrep-cold-") as d:
        d = Path(d)
        # run 0 warms the artifact cache and the page cache, and leaves each tree a store that holds
        # its own actor base: an analyst's store has it after the first ingest, while the kept store
        # may be older than the tree's base (re-saving it costs ~1 s and pandas' import each run)
        warmed = {name: d / f"warmed-{i}.duckdb" for i, name in enumerate(trees)}
        for run in range(args.runs + 1):
            for name, src in trees.items():  # alternated, so that the machine's load falls on both alike
                db = d / "store.duckdb"
                shutil.copy(warmed[name] if run else base, db)
                wall, spent = timed_ingest(db, one_article(d, run), src)
                if not run:
                    shutil.copy(db, warmed[name])
                else:
                    walls[name].append(wall)
                    phases[name].append(spent)
                    loads.append(os.getloadavg()[0])
                    print(f"run {run} {name}: {wall:.2f} s, cpu {spent['cpu']:.2f} s (load {loads[-1]:.1f})", flush=True)
    for name in trees:
        _report(name, args, walls[name], phases[name], loads)


def _report(name: str, args, walls: list[float], phases: list[dict], loads: list[float]) -> None:
    dumps = f" with GeoNames dumps {', '.join(Path(f).stem for f in args.geonames)}" if args.geonames else ""
    print(f"\n{name}: sitrep ingest 1 article into a store of {args.size:,} documents{dumps}: median {statistics.median(walls):.2f} s "
          f"over {len(walls)} runs (min {min(walls):.2f}, max {max(walls):.2f}); load average {min(loads):.1f}–{max(loads):.1f}")
    print("| phase | median s |\n|---|---|")
    print(f"| process wall clock | {statistics.median(walls):.2f} |")
    for phase in phases[0]:
        print(f"| {phase} | {statistics.median(p.get(phase, 0.0) for p in phases):.2f} |")


if __name__ == "__main__":
    main()
