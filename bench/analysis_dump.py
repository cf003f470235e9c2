"""Analyses of a fixed corpus as JSONL (timings dropped), to check that a speed change changed no result.

    .venv/bin/python bench/analysis_dump.py OUT.jsonl [--docs N] [--trnews N]
    PYTHONPATH=/path/to/other/src .venv/bin/python bench/analysis_dump.py BASE.jsonl   # another tree
    cmp BASE.jsonl OUT.jsonl

Run both with the same PYTHONHASHSEED (e.g. PYTHONHASHSEED=0): with the generated and TR-News
articles a few fuzzy place resolutions still follow set order ("Sarit" resolved in one process and
not in another), so two processes with different seeds can differ on the same code.

Corpus: the example articles, tests/data/articles, the French test articles, N generated ~500-word
articles (bench/corpus.py, seed 7), the first N TR-News articles (--trnews, from
../shared/dev/geoparsing/TR-News.xml when present), the articles of the --texts folders and the notes of the
--notes CSVs (as `sitrep eval acled` reads them: a document a note, its language detected) and a few long or hostile texts from the fuzz suite (long
paragraphs, a 30 KB unpunctuated line, zero-width and bidi characters).  Knowledge: the shipped actor
base, the world gazetteer and the GeoNames dumps of ../shared/geonames when present.  Prints the
per-stage time totals (Analysis.timings) of the run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))


def _hostile_documents():
    from reliability.adversarial import NASTY, NEWS

    from sitrep.model import Document, Published, Segment

    texts = [" ".join(NEWS * 30), "\n\n".join(NEWS * 20),
             ("Gunmen attacked Kidal and killed 12 people on Monday " * 2000)[:30000],
             " ".join(NEWS + NASTY), "\u200b".join("Gunmen attacked Kidal on Monday, killing 12 civilians."),
             "\u202eGunmen attacked Kidal on Monday\u202c, killing 12 \u2067civilians\u2069."]
    docs = []
    for i, text in enumerate(texts):
        segs, pos = [], 0
        for part in text.split("\n\n"):
            if part.strip():
                segs.append(Segment(char_start=pos, char_end=pos + len(part)))
            pos += len(part) + 2
        day = dt.date(2024, 12, 31)
        docs.append(Document(doc_id=f"hostile{i}", source="bench", text=text, segments=segs, language="en",
                             published=Published(date=day, earliest=day, latest=day)))
    return docs


def _trnews_articles(limit: int) -> list[tuple[str, str]]:
    """(name, text) of the first `limit` TR-News articles, none when the dev set is absent."""
    path = ROOT.parent / "shared" / "dev" / "geoparsing" / "TR-News.xml"
    if limit <= 0 or not path.exists():
        return []
    named = []
    for article in ET.parse(path).getroot().iter("article"):
        text = (article.findtext("text") or "").strip()
        if text:
            named.append((f"trnews-{article.get('docid')}", text))
        if len(named) == limit:
            break
    return named


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=60, help="generated articles added to the fixed ones")
    parser.add_argument("--trnews", type=int, default=0,
                        help="TR-News articles added (../shared/dev/geoparsing/TR-News.xml, when present)")
    parser.add_argument("--texts", type=Path, action="append", default=[],
                        help="a folder whose .txt articles are added (wires: tests/data/wires_blind_fr9); repeatable")
    parser.add_argument("--notes", type=Path, action="append", default=[],
                        help="an ACLED notes CSV whose notes are added, as `sitrep eval acled` reads them; repeatable")
    parser.add_argument("--batch", type=int, default=1,
                        help="documents per spaCy pass (Analyzer.parse), as the engines batch them")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import corpus

    from sitrep.analyse import Analyzer
    from sitrep.eval.notes import note_document, read_notes
    from sitrep.ingest import build_document
    from sitrep.knowledge import load_knowledge
    from sitrep.knowledge.geonames_dump import import_geonames
    from sitrep.store import Store

    store = Store(":memory:")
    for f in sorted((ROOT.parent / "shared" / "geonames").glob("*.txt")):
        import_geonames(store, f)
    analyzer = Analyzer(load_knowledge(store))
    named = []
    for d in ("examples/mali", "tests/data/articles", "tests/data/fr/articles"):
        named += [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / d).glob("*.txt"))]
    named += [(r["id"], r["text"]) for r in corpus.articles(args.docs)]
    named += _trnews_articles(args.trnews)
    for folder in args.texts:
        named += [(f"{folder.name}/{p.name}", p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    docs = [d for d in (build_document(t, source=n) for n, t in named) if hasattr(d, "doc_id")]
    for path in args.notes:
        docs += [note_document(note, path.name) for note in read_notes(path)]
    docs += _hostile_documents()
    analyzer.analyse(docs[0])  # warm up (models loaded, classifier fitted)
    totals: dict[str, float] = {}
    t0 = time.perf_counter()
    with args.out.open("w", encoding="utf-8") as fh:
        for i in range(0, len(docs), args.batch):
            batch = docs[i:i + args.batch]
            parsed = analyzer.parse(batch) if args.batch > 1 else [None] * len(batch)
            for doc, p in zip(batch, parsed):
                analysis = analyzer.analyse(doc, p) if p is not None else analyzer.analyse(doc)
                for stage, secs in analysis.timings.items():
                    totals[stage] = totals.get(stage, 0.0) + secs
                record = json.loads(analysis.model_dump_json())
                record.pop("timings", None)
                fh.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents in {time.perf_counter() - t0:.1f} s; stages: "
          + ", ".join(f"{k} {v:.2f} s" for k, v in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
