"""Does analysis depend on the interpreter's string-hash seed?  (It must not: Dask workers and
spawned pool workers each have their own seed, so such a dependence makes results vary by engine.)

    .venv/bin/python bench/determinism.py --docs 30 --seeds 1,2

Analyses the same generated articles (bench/corpus.py) in one subprocess per PYTHONHASHSEED and
prints, per stage field, how many documents differ between the seeds, with one example.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import corpus
from sitrep.analyse import Analyzer
from sitrep.knowledge import load_knowledge
from sitrep.model import Document, Segment
analyzer = Analyzer(load_knowledge())
out = {}
for rec in corpus.articles(int(sys.argv[2]), seed=11):
    text = rec["text"]
    segs, pos = [], 0
    for para in text.split("\n\n"):
        segs.append(Segment(char_start=pos, char_end=pos + len(para)))
        pos += len(para) + 2
    doc = Document(doc_id=rec["id"], source="bench", text=text, segments=segs, language="en")
    a = analyzer.analyse(doc).model_dump(mode="json")
    a.pop("timings")
    out[rec["id"]] = a
json.dump(out, open(sys.argv[3], "w"))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=30)
    ap.add_argument("--seeds", default="1,2")
    args = ap.parse_args()
    seeds = args.seeds.split(",")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds:
            out = Path(tmp) / f"{seed}.json"
            env = {**os.environ, "PYTHONHASHSEED": seed}
            subprocess.run([sys.executable, "-c", CHILD, str(HERE), str(args.docs), str(out)], env=env, check=True,
                           stderr=subprocess.DEVNULL)
            results[seed] = json.loads(out.read_text())
    base = results[seeds[0]]
    for seed in seeds[1:]:
        other = results[seed]
        differing: dict[str, list[str]] = {}
        for doc_id, a in base.items():
            for field, value in a.items():
                if other[doc_id][field] != value:
                    differing.setdefault(field, []).append(doc_id)
        print(f"PYTHONHASHSEED {seeds[0]} vs {seed}: {args.docs} documents")
        if not differing:
            print("  identical")
        for field, docs in sorted(differing.items()):
            d = docs[0]
            x = [json.dumps(v, sort_keys=True) for v in base[d][field]] if isinstance(base[d][field], list) else [json.dumps(base[d][field])]
            y = [json.dumps(v, sort_keys=True) for v in other[d][field]] if isinstance(other[d][field], list) else [json.dumps(other[d][field])]
            only_x = sorted(set(x) - set(y))[:1]
            only_y = sorted(set(y) - set(x))[:1]
            kind = "order only" if sorted(x) == sorted(y) else "content"
            print(f"  {field}: {len(docs)} documents differ ({kind}); e.g. {d}:")
            for item in only_x:
                print(f"    seed {seeds[0]}: {item[:400]}")
            for item in only_y:
                print(f"    seed {seed}:  {item[:400]}")


if __name__ == "__main__":
    main()
