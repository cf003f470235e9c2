"""Where one process's memory goes: private memory (USS) after each thing an ingest loads.

    .venv/bin/python bench/memory.py

Prints MiB of USS after the imports, the knowledge (actor base + gazetteer), the English spaCy
pipeline and the warm-up analysis (fitted event classifiers, compiled lexicons), and the size of
the pickled analyzer (what the same knowledge takes serialised).  Every pool worker starts as a
fork of a process holding all of this; see bench/figures/scale.md ("Memory").  The pages of the
memory-mapped gazetteer index count as private (USS) while this process alone maps them; RSS and
the file's size show what every other process would share instead of copying.
"""

from __future__ import annotations

import pickle


def main() -> None:
    import psutil

    me = psutil.Process()

    def uss() -> int:
        return me.memory_full_info().uss >> 20

    def mapped_index() -> int:
        """MiB of this process's RSS that are pages of the gazetteer index file."""
        try:
            return sum(m.rss for m in me.memory_maps() if m.path.endswith(".gazetteer")) >> 20
        except Exception:
            return 0

    steps = [("start", uss())]
    import duckdb  # noqa: F401
    import sitrep.pipeline  # noqa: F401
    import sitrep.store  # noqa: F401

    steps.append(("imports", uss()))
    from sitrep.knowledge import load_knowledge

    knowledge = load_knowledge()
    steps.append(("knowledge", uss()))
    index_rss = mapped_index()
    from sitrep.analyse import Analyzer

    analyzer = Analyzer(knowledge)
    analyzer.nlp("en")
    steps.append(("spaCy pipeline (en)", uss()))
    analyzer.warm_up("en")
    steps.append(("warm-up analysis", uss()))
    print("| after | USS MiB | added |\n|---|---|---|")
    last = 0
    for name, value in steps:
        print(f"| {name} | {value} | {value - last:+d} |")
        last = value
    print(f"\nof which pages of the mapped gazetteer index (shared between processes): {index_rss} MiB after "
          f"the knowledge, {mapped_index()} MiB at the end")
    print(f"\npickled analyzer (knowledge, no model): {len(pickle.dumps(analyzer)) >> 20} MiB")


if __name__ == "__main__":
    main()
