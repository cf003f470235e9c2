"""Measure the event classifier on a CASE 2021 task 2 file and print the figures.

Usage: python bench/case.py [TSV]   (default: ../shared/dev/case2021/task2_dev_half.tsv)
The file is only read to measure; training uses sitrep's own snippets (analyse/data/event_train_en.tsv).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sitrep.eval.case import evaluate_case

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "dev" / "case2021" / "task2_dev_half.tsv"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    r = evaluate_case(path)
    print(f"file: {path}")
    print(f"snippets: {r['n']}  fit: {r['fit_seconds']}s  classify: {r['classify_seconds']}s")
    print(f"accuracy: {r['accuracy']:.4f}  weighted F1: {r['weighted_f1']:.4f}  macro F1: {r['macro_f1']:.4f}")
    print("per-label F1:")
    for label, f1 in sorted(r["per_label_f1"].items(), key=lambda kv: kv[1]):
        print(f"  {label:32s} {f1:.3f}")
    print("worst confusions (gold -> predicted: count):")
    for c in r["worst_confusions"]:
        print(f"  {c['gold']} -> {c['predicted']}: {c['count']}")
    if "--json" in sys.argv:
        print(json.dumps(r, indent=2))


if __name__ == "__main__":
    main()
