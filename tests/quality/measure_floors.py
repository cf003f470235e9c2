"""Print the current quality scores as floors.yaml entries and as the markdown tables of
bench/figures/quality.md.  Run: ``.venv/bin/python tests/quality/measure_floors.py [--case-dev]``
(``--case-dev`` adds CASE 2021 on ../shared/dev when present).

Setting floors from this output is how the gate is (re)pinned; see README.md for when that is allowed.
"""

from __future__ import annotations

import datetime as dt
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import (  # noqa: E402
    ARTICLES_CORPUS, ARTICLES_GOLD, CASE_TSV, NOTES_CSV, SEEDS_CORPUS, SEEDS_GOLD)

from sitrep.eval.case import evaluate_case, evaluate_case_end_to_end  # noqa: E402
from sitrep.eval.gold import default_analyzer, score, shared_run  # noqa: E402
from sitrep.eval.goldfile import load_gold  # noqa: E402
from sitrep.eval.notes import evaluate_notes  # noqa: E402


def _down(x: float) -> str:
    """Three decimals, rounded down: a floor must never sit above the score it was measured from."""
    return f"{math.floor(x * 1000 + 1e-9) / 1000:.3f}"


def main() -> None:
    t0 = time.perf_counter()
    reports = {
        "seeds": score(load_gold(SEEDS_GOLD), shared_run(SEEDS_CORPUS)),
        "articles": score(load_gold(ARTICLES_GOLD), shared_run(ARTICLES_CORPUS)),
    }
    notes = evaluate_notes(NOTES_CSV, analyzer=default_analyzer())
    case = evaluate_case(CASE_TSV)
    end_to_end = evaluate_case_end_to_end(CASE_TSV, analyzer=default_analyzer())
    print("# floors (measured", dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), ")")
    for name, report in reports.items():
        print(f"{name}:")
        for s in report.sections:
            if s.items:
                print(f"  {s.name}: {{precision: {_down(s.precision)}, recall: {_down(s.recall)}}}")
    print(f"case:\n  own_snippets: {{weighted_f1: {_down(case['weighted_f1'])}}}")
    print(f"case_end_to_end:\n  own_snippets: {{weighted_f1: {_down(end_to_end['end_to_end_weighted_f1'])}}}")
    print(f"notes:\n  own_notes: {{accuracy: {_down(notes.accuracy)}}}")
    print()
    print("| suite | section | precision | recall | f1 | ok/gold | answered |")
    print("|---|---|---|---|---|---|---|")
    for name, report in reports.items():
        for s in report.sections:
            if s.items:
                print(f"| {name} | {s.name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
                      f"{s.count('ok')}/{s.gold} | {s.answered} |")
    print()
    print("| notes field | score |")
    print("|---|---|")
    for k, v in notes.scores().items():
        print(f"| {k} | {v:.3f} |")
    print(f"\nCASE own snippets: weighted F1 {case['weighted_f1']:.3f}, accuracy {case['accuracy']:.3f} (n={case['n']})")
    dev = Path(__file__).resolve().parents[2].parent / "shared" / "dev" / "case2021" / "task2_dev_half.tsv"
    if "--case-dev" in sys.argv and dev.exists():
        full = evaluate_case(dev)
        print(f"CASE 2021 dev half: weighted F1 {full['weighted_f1']:.3f}, macro F1 {full['macro_f1']:.3f}, "
              f"accuracy {full['accuracy']:.3f} (n={full['n']}); worst: {full['worst_confusions'][:3]}")
    print(f"\n({time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
