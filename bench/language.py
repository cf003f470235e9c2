"""Language detection: the function-word gate against langdetect, decisions and CPU time.

    .venv/bin/python bench/language.py

Texts: every article or note of ../shared/dev (TR-News, GeoVirus, CASE snippets, the Burkina Faso
notes, the wire articles), ../shared/seeds, the examples and test articles, 300 generated articles,
and pieces of each (the first three paragraphs, the text from a random point on) so that short and
cut texts are tried too.  Prints how many the gate decided, how many it left to langdetect, every
disagreement (there must be none: a speed change may not change a document's language), and the CPU
seconds of both over the 347 news articles (TR-News + GeoVirus).
"""

from __future__ import annotations

import collections
import csv
import random
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))


def _texts() -> list[tuple[str, str]]:
    texts = []
    for name in ("TR-News.xml", "GeoVirus.xml"):
        path = SHARED / "dev" / "geoparsing" / name
        if path.exists():
            texts += [("news", t) for a in ET.parse(path).getroot().iter("article")
                      if (t := (a.findtext("text") or "").strip())]
    case = SHARED / "dev" / "case2021" / "task2_dev_half.tsv"
    if case.exists():
        texts += [("case", row[1]) for row in csv.reader(case.open(encoding="utf-8"), delimiter="\t") if len(row) > 1]
    notes = SHARED / "dev" / "acled_bf" / "burkina_faso_sample.csv"
    if notes.exists():
        texts += [("notes", row.get("notes") or "") for row in csv.DictReader(notes.open(encoding="utf-8"))]
    for folder in (SHARED / "dev" / "wires" / "articles", SHARED / "seeds", ROOT / "examples", ROOT / "tests" / "data"):
        texts += [("files", p.read_text(encoding="utf-8", errors="replace")) for p in sorted(folder.rglob("*.txt"))]
    import corpus

    texts += [("generated", r["text"]) for r in corpus.articles(300)]
    rng = random.Random(1)
    pieces = []
    for kind, text in texts:
        pieces += [(f"{kind} paragraph", p) for p in [p for p in text.split("\n") if p.strip()][:3]]
        if len(text) > 400:
            pieces.append((f"{kind} cut", text[rng.randrange(0, len(text) - 200):]))
    return texts + pieces


def main() -> None:
    from sitrep.ingest import language

    counts: collections.Counter = collections.Counter()
    disagree = []
    for kind, text in _texts():
        sample = text[: language.SAMPLE_CHARS]
        if sum(ch.isalpha() for ch in sample) < 20:
            continue
        gate = language._by_function_words(sample)
        counts[(kind, "gate" if gate else "langdetect")] += 1
        if gate is not None and gate != (slow := language._by_langdetect(sample)):
            disagree.append((kind, gate, slow, sample[:120]))
    for (kind, how), n in sorted(counts.items()):
        print(f"{kind:22s} {how:10s} {n:5d}")
    print(f"decided by the gate: {sum(n for (_, how), n in counts.items() if how == 'gate')}; disagreements with "
          f"langdetect: {len(disagree)}")
    for row in disagree:
        print("  ", row)
    news = [text for kind, text in _texts() if kind == "news"]
    t = time.process_time()
    old = [language._by_langdetect(x[: language.SAMPLE_CHARS]) for x in news]
    slow_s = time.process_time() - t
    t = time.process_time()
    new = [language.detect_language(x)[0] for x in news]
    fast_s = time.process_time() - t
    print(f"{len(news)} news articles: langdetect {slow_s:.2f} s CPU (its profiles loaded on the way), "
          f"gate then langdetect for the rest {fast_s:.2f} s; same languages: {old == new}")


if __name__ == "__main__":
    main()
