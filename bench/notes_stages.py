"""Where the time of ``sitrep eval acled`` on a few notes goes: GeoNames import, knowledge, analysis
stage by stage (``Analysis.timings``), store, save and fusion, with CPU seconds (the machine is shared).

    PYTHONPATH=TREE/src .venv/bin/python bench/notes_stages.py NOTES.csv [--sample 60] [--geonames FILE...]

Run it from two trees (``PYTHONPATH``) to see which stage a change made slower; the script uses only
interfaces both have (``pipeline.run``, ``Analyzer``, the eval's GeoNames import).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from phases import writer_phases  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("notes")
    ap.add_argument("--sample", type=int, default=60, help="the first N notes")
    ap.add_argument("--geonames", nargs="*", default=[])
    ap.add_argument("--profile", default=None, help="write a cProfile of the notes' pipeline phase to this file")
    args = ap.parse_args()
    import sitrep
    from sitrep import pipeline
    from sitrep.analyse import Analyzer
    from sitrep.eval.acled import read_acled
    from sitrep.eval.gold.run import import_geonames
    from sitrep.knowledge import load_knowledge
    from sitrep.store import Store

    rows = read_acled(args.notes)[0][: args.sample]
    wall, cpu = {}, {}

    def phase(name, fn):
        t, c = time.perf_counter(), time.process_time()
        out = fn()
        wall[name], cpu[name] = time.perf_counter() - t, time.process_time() - c
        return out

    store = Store(":memory:")
    phase("geonames import", lambda: import_geonames(store, args.geonames))
    analyzer = phase("knowledge", lambda: Analyzer(load_knowledge(store)))
    phase("spaCy model + warm-up", lambda: analyzer.warm_up("en"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "notes.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps({"id": f"row-{r.row}", "text": r.notes, "outlet": r.source or None,
                                     "published": r.event_date.isoformat() if r.event_date else None,
                                     "language": "en"}) + "\n")
        import cProfile

        profiler = cProfile.Profile() if args.profile else None
        with writer_phases(store) as spent:
            profiler and profiler.enable()
            phase("pipeline", lambda: pipeline.run([str(path)], store, analyzer, actors=analyzer.knowledge.actors))
            profiler and profiler.disable()
        if profiler:
            profiler.dump_stats(args.profile)
    stages: Counter = Counter()
    for a in store.iter_analyses() if hasattr(store, "iter_analyses") else []:
        stages.update(a.timings)
    if not stages:
        for d in store.iter_documents():
            a = store.get_analysis(d.doc_id)
            if a is not None:
                stages.update(a.timings)
    print(f"# {sitrep.__file__}; {len(rows)} notes")
    for name in wall:
        print(f"{name}: {wall[name]:.2f} s wall, {cpu[name]:.2f} s CPU")
    print("pipeline phases (wall): " + ", ".join(f"{k} {v:.2f}" for k, v in spent.items()))
    print("analysis stages (wall, summed over notes): " + ", ".join(f"{k} {v:.2f}" for k, v in stages.most_common()))


if __name__ == "__main__":
    main()
