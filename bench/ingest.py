"""Ingest throughput: documents/second for read + clean + metadata + store (no analysis).

Generates a corpus of N documents (default 2,000) by recombining paragraphs of the bundled seed
articles and the ingest test fixtures — and, when the workplace's ../shared/dev geoparsing sets are
present, paragraphs of their news articles (read at bench time only, never written into the repo).
Each generated file gets a headline, sometimes a byline/date line/boilerplate, and the corpus
contains exact duplicates (5%) and near-duplicates (10%: the same body under another header), so
the dedup paths are exercised. Then runs ``pipeline.run(..., analyzer=None)`` into a fresh DuckDB
file and prints the figures. With ``--estimate-check`` it also scores publication-date estimation
on the dev articles that carry a download date (TR-News ``dltime``): share of estimates whose range
contains it.

    .venv/bin/python bench/ingest.py [--docs 2000] [--seed 1] [--estimate-check]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_DEV = REPO.parent / "shared" / "dev" / "geoparsing"
sys.path.insert(0, str(REPO / "src"))

from sitrep import pipeline  # noqa: E402
from sitrep.ingest import read_inputs  # noqa: E402
from sitrep.ingest.clean import layout  # noqa: E402
from sitrep.ingest.text import is_prose  # noqa: E402
from sitrep.store import Store  # noqa: E402

BOILER = ["Join us on Telegram", "Related Stories", "2 min read", "Updated on", "No stories found.",
          "Follow our war coverage at @Kyivpost_official.", "Related article: [Another story](#)"]


def dev_articles() -> list[dict]:
    out = []
    for name in ("TR-News.xml", "GeoVirus.xml"):
        path = SHARED_DEV / name
        if not path.exists():
            continue
        for art in ET.parse(path).getroot().iter("article"):
            text = (art.findtext("text") or "").strip()
            if text:
                out.append({"text": text, "title": (art.findtext("title") or "").strip(),
                            "dltime": (art.findtext("dltime") or "").strip(), "domain": (art.findtext("domain") or "").strip()})
    return out


def paragraph_pool() -> tuple[list[str], list[str]]:
    paragraphs, titles = [], []
    sources = sorted((REPO / "examples" / "mali").glob("*.txt")) + sorted((REPO / "tests" / "fixtures" / "ingest").rglob("*.txt"))
    for f in sources:
        lay = layout(f.read_text("utf-8"))
        paragraphs += [ln.text for ln in lay.body if is_prose(ln.text)]
        if lay.title:
            titles.append(lay.title.text)
    for art in dev_articles():
        paragraphs += [p.strip() for p in art["text"].split("\n") if is_prose(p.strip())]
        if art["title"]:
            titles.append(" ".join(art["title"].split()))
    return paragraphs, titles


def generate(n: int, out: Path, seed: int) -> dict:
    rng = random.Random(seed)
    paragraphs, titles = paragraph_pool()
    bodies: list[str] = []
    kinds = {"original": 0, "exact": 0, "near": 0}
    for i in range(n):
        roll = rng.random()
        header = [rng.choice(titles)]
        if rng.random() < 0.5:
            header.append(f"By {rng.choice(['AFP', 'Reuters', 'Staff Reporter'])}")
        if rng.random() < 0.6:
            header.append(dt.date(2020, 1, 1).fromordinal(dt.date(2020, 1, 1).toordinal() + rng.randrange(2000)).strftime("%B %d, %Y"))
        if bodies and roll < 0.05:
            text = (out / f"doc{rng.randrange(i):05d}.txt").read_text("utf-8")  # exact duplicate
            kinds["exact"] += 1
        else:
            if bodies and roll < 0.15:
                body = rng.choice(bodies)  # the same story under another outlet's header
                kinds["near"] += 1
            else:
                body = "\n\n".join(rng.sample(paragraphs, rng.randint(4, 10)))
                kinds["original"] += 1
            bodies.append(body)
            footer = rng.sample(BOILER, rng.randint(0, 3))
            text = "\n\n".join(header) + "\n\n" + body + "\n\n" + "\n".join(footer) + "\n"
        (out / f"doc{i:05d}.txt").write_text(text, "utf-8")
    return kinds


def estimate_check() -> None:
    arts = [a for a in dev_articles() if re.fullmatch(r"\d{4}-\d\d-\d\d", a["dltime"])]
    if not arts:
        print("estimate check: ../shared/dev not present")
        return
    from sitrep.ingest.build import build_document

    inside = estimated = 0
    errors = []
    for a in arts:
        doc = build_document(a["text"], source="dev")
        p = doc.published
        if not p.is_estimate:
            continue
        estimated += 1
        truth = dt.date.fromisoformat(a["dltime"])
        inside += p.earliest <= truth <= p.latest
        errors.append(abs((p.date - truth).days))
    errors.sort()
    median = errors[len(errors) // 2] if errors else None
    print(f"date estimates on {len(arts)} dated dev articles: {estimated} estimated, "
          f"{inside}/{estimated} ranges contain the download date, median |error| {median} days")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--estimate-check", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        t0 = time.perf_counter()
        kinds = generate(args.docs, corpus, args.seed)
        print(f"generated {args.docs} documents in {time.perf_counter() - t0:.1f}s: {kinds}")
        t0, c0 = time.perf_counter(), time.process_time()
        n_read = sum(1 for _ in read_inputs([str(corpus)]))
        t_read, c_read = time.perf_counter() - t0, time.process_time() - c0
        print(f"read+clean+metadata only: {n_read} documents in {t_read:.1f}s wall = {n_read / t_read:.1f} docs/s "
              f"({c_read:.1f}s CPU = {n_read / c_read:.1f} docs per CPU-second)")
        with Store(Path(tmp) / "bench.duckdb") as store:
            t0, c0 = time.perf_counter(), time.process_time()
            summary = pipeline.run([str(corpus)], store, analyzer=None)
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"ingest (read+clean+metadata+store, no analysis): {summary.read} documents in {elapsed:.1f}s wall "
              f"= {summary.read / elapsed:.1f} docs/s ({cpu:.1f}s CPU = {summary.read / cpu:.1f} docs per CPU-second); stored {summary.stored}, duplicates {summary.duplicates}, "
              f"near-duplicates {summary.near_duplicates}, skipped {dict(summary.skipped)}")
    if args.estimate_check:
        estimate_check()


if __name__ == "__main__":
    main()
