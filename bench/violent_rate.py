"""Violent events per 100 articles on news that is not about armed conflict (precision of recall).

Usage: python bench/violent_rate.py [XML...]   (default: ../shared/dev/geoparsing/TR-News.xml and GeoVirus.xml)
Each article (disease, disaster and politics news) goes through ingest → analyse → fuse as its own
document (``sitrep.eval.endtoend``); the figure is the number of fused events of a violent type
(Battles, Explosions/Remote violence, Violence against civilians) per 100 articles, with the share of
articles yielding at least one.  The files are only read to measure.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sitrep.eval.case import VIOLENT_TYPES
from sitrep.eval.endtoend import TextRecord, run_texts
from sitrep.eval.geoparse import read_corpus

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "dev" / "geoparsing"


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or [DEV / "TR-News.xml", DEV / "GeoVirus.xml"]
    for path in paths:
        texts = [text for text, _ in read_corpus(path)]
        run = run_texts([TextRecord(key=f"article-{i}", text=t, language="en") for i, t in enumerate(texts, 1)])
        violent = [sum(e.event_type in VIOLENT_TYPES for e in r.events) for r in run.results]
        n = len(texts)
        print(f"{path.name}: {n} articles, {sum(violent)} violent events = {100 * sum(violent) / n:.1f} per 100 articles; "
              f"{sum(v > 0 for v in violent) / n:.1%} of articles yield one ({run.seconds:.0f} s)")


if __name__ == "__main__":
    main()
