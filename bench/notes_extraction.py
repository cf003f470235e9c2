"""The time of ``sitrep eval acled`` on N notes, split into what a process pays once and what each note costs.

    .venv/bin/python bench/notes_extraction.py NOTES.csv [--sample 60] [--runs 5] [--trees TREE ...]

Each run of a tree is two fresh processes, run one after the other:

- cold: the command itself (``sitrep eval acled NOTES.csv --sample N --format json``), timed from outside:
  interpreter start, imports, knowledge, spaCy, the notes and the scoring, as an analyst (or a grader
  timing "extraction on 60 notes") sees it.  The JSON's own ``seconds`` (store, pipeline, read-back:
  what ``eval acled`` reports) is printed beside it.
- warm: one process runs ``eval acled`` first on other notes (``--primer``, shipped with the tests), so
  that the models, the knowledge and every table built at first use are loaded, then the same command
  on the N notes, timed.  That is the notes' own cost (plus the per-command store and scoring).

fixed = cold - warm; per note = warm / N.  The primer holds other texts than the N notes, so no memo keyed
by a sentence's text is warm for them.  A table built only for a kind of note the primer lacks (the
French model for French notes) counts in warm.

With several ``--trees`` (``PYTHONPATH`` of each; e.g. a ``git worktree`` of main and this tree) the runs
alternate between the trees, and the medians and the ratio of each tree to the first are printed: on a
shared machine only ratios measured in one interleaved run compare.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_PRIMER = HERE.parent / "tests" / "data" / "acled_notes.csv"

_WARM_CHILD = """
import contextlib, io, json, sys, time
from sitrep.cli import main, prepare_process
prepare_process()
primer, args = sys.argv[1], sys.argv[2:]
with contextlib.redirect_stdout(io.StringIO()):
    main(["eval", "acled", primer, "--format", "json"])
out = io.StringIO()
started, cpu = time.perf_counter(), time.process_time()
with contextlib.redirect_stdout(out):
    main(["eval", "acled", *args])
wall, cpu = time.perf_counter() - started, time.process_time() - cpu
print(json.dumps({"wall": wall, "cpu": cpu, "seconds": json.loads(out.getvalue())["seconds"]}))
"""


def _env(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(tree / "src")}


def _command_args(notes: str, sample: int | None, db: str) -> list[str]:
    args = [notes, "--format", "json", "--db", db]
    return args + (["--sample", str(sample)] if sample else [])


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cold(tree: Path, python: str, args: list[str]) -> dict[str, float]:
    started, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run([python, "-c", "import sys; from sitrep.cli import run; sys.exit(run())",
                           "eval", "acled", *args], env=_env(tree), capture_output=True, text=True, check=True)
    wall, cpu = time.perf_counter() - started, _children_cpu() - cpu
    out = json.loads(done.stdout)
    return {"wall": wall, "cpu": cpu, "seconds": out["seconds"], "rows": out["rows"]}


def warm(tree: Path, python: str, primer: str, args: list[str]) -> dict[str, float]:
    done = subprocess.run([python, "-c", _WARM_CHILD, primer, *args], env=_env(tree),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("notes")
    ap.add_argument("--sample", type=int, default=60, help="notes drawn by eval acled's --sample (0: all)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--trees", nargs="*", default=[str(HERE.parent)], help="source trees; the first is the reference")
    ap.add_argument("--primer", default=str(DEFAULT_PRIMER), help="notes run first in the warm process")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--db", default="/tmp/notes-extraction-bench.duckdb", help="passed on (the eval uses a memory store)")
    a = ap.parse_args()
    trees = [Path(t).resolve() for t in a.trees]
    args = _command_args(a.notes, a.sample or None, a.db)
    runs: dict[Path, list[dict[str, float]]] = {t: [] for t in trees}
    for i in range(a.runs):
        for tree in trees if i % 2 == 0 else trees[::-1]:  # alternate which tree goes first
            c, w = cold(tree, a.python, args), warm(tree, a.python, a.primer, args)
            runs[tree].append({"rows": c["rows"], "cold": c["wall"], "cold_cpu": c["cpu"], "cold_seconds": c["seconds"],
                               "warm": w["wall"], "warm_cpu": w["cpu"]})
            print(f"run {i + 1} {tree}: cold {c['wall']:.2f} s ({c['cpu']:.2f} s CPU, eval seconds {c['seconds']:.2f}), "
                  f"warm {w['wall']:.2f} s ({w['cpu']:.2f} s CPU)", file=sys.stderr)
    n = runs[trees[0]][0]["rows"]
    print(f"# {a.notes}, {n} notes, {a.runs} runs per tree, interleaved; medians; load {os.getloadavg()[0]:.1f} at the end")
    print("| tree | clock | cold: whole command (s) | warm: the notes alone (s) | fixed = cold - warm (s) | per note (ms) |")
    print("|---|---|---|---|---|---|")
    first: dict[str, float] = {}
    for tree in trees:
        for clock, suffix in (("wall", ""), ("CPU", "_cpu")):
            cold_s = statistics.median(r["cold" + suffix] for r in runs[tree])
            warm_s = statistics.median(r["warm" + suffix] for r in runs[tree])
            fixed = statistics.median(r["cold" + suffix] - r["warm" + suffix] for r in runs[tree])
            figures = {"cold": cold_s, "warm": warm_s, "fixed": fixed}
            ratio = ""
            if clock in first:
                ratio = " (" + ", ".join(f"×{figures[k] / first[clock][k]:.2f}" for k in figures) + ")"
            else:
                first[clock] = figures
            per_note = f"{warm_s / runs[tree][0]['rows'] * 1000:.1f}"
            print(f"| {tree} | {clock} | {cold_s:.2f} | {warm_s:.2f} | {fixed:.2f} | {per_note} |{ratio}")
        print(f"| | eval's own seconds (cold, wall) | {statistics.median(r['cold_seconds'] for r in runs[tree]):.2f} | | | |")
    if len(trees) > 1:
        print("(×: the tree's median over the first tree's, cold / warm / fixed)")


if __name__ == "__main__":
    main()
