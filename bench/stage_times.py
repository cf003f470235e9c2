"""Where analysis time goes: the per-stage timings every Analysis records, summed over a store.

    .venv/bin/python bench/stage_times.py STORE.duckdb
"""

from __future__ import annotations

import sys
from collections import Counter


def main(path: str) -> None:
    from sitrep.store import Store

    totals: Counter = Counter()
    n = 0
    with Store(path, read_only=True) as store:
        for doc_id in store.list_analysed():
            analysis = store.get_analysis(doc_id)
            totals.update(analysis.timings)
            n += 1
    whole = sum(totals.values())
    print(f"{n} analyses, {whole:.1f} s of analysis in total ({whole / max(n, 1) * 1000:.0f} ms per document)")
    print("| stage | s | share | ms/doc |\n|---|---|---|---|")
    for stage, secs in totals.most_common():
        print(f"| {stage} | {secs:.1f} | {secs / whole:.0%} | {secs / max(n, 1) * 1000:.0f} |")


if __name__ == "__main__":
    main(sys.argv[1])
