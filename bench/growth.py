"""Growth: time per new document, end to end, into stores that already hold 1k, 10k and 100k documents.

    .venv/bin/python bench/growth.py --template /tmp/scalebench/store-1000-localx2.duckdb \\
        --sizes 1000,10000,100000 --new 300 --work /tmp/growth

The issue's floor: per-document time must stay flat (within 20%) as the store grows, i.e. storing
and fusion must not compare each new document with every stored one.

How the stores are made (and why that is a fair stand-in for ingesting 100k real articles):
- ``--template`` is a store of real documents with their real analyses (``bench/scale.py --keep``
  writes one; without it ``--real N`` generated articles are analysed here first, 2 workers).
  Its last ``--new`` documents are held out: they are the new batch, ingested for real.
- The base stores are filled with the other template documents re-stored under new doc ids
  (copy k of document t), each copy's analysis re-keyed to the new id and its dates (event
  mentions, date mentions, anchor) shifted in time (``shift_days``: by default copy k lives in its
  own 2-year block, so a bigger store is a longer archive with the same reports per day, and its
  text is a new recombination of real paragraphs (its own doc id and LSH band keys).  Documents go through ``sitrep.ingest.dedup.add_documents`` (LSH band keys
  and all), analyses through ``save_analyses``, and everything is fused by the real incremental
  ``fuse_documents`` in batches of 1,000.  One build grows to the largest size; the smaller sizes
  are snapshots (file copies) taken on the way.
- Analysis is the one phase that does not depend on the store (a pure function of the document),
  so the new batch's analyses are replayed from the template (``ReplayAnalyzer``) and their real
  cost is reported from the timings every ``Analysis`` records.  What can grow — reading the
  store for duplicates, near-duplicate lookup, writing analyses and index rows, fusion, corrections
  — runs for real through ``sitrep.pipeline.run``, exactly as ``sitrep ingest`` runs it.

Printed per size: ms per new document by phase (store, save analyses, fuse, other = reading inputs,
resume checks, corrections) and the ratios of the largest to the smallest size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitrep.model import Analysis, Document, Segment  # noqa: E402

SHIFT_DAYS = 1826  # ±5 years: --density growing
STRIDE_DAYS = 730  # --density constant: copy k lives in its own 2-year block


def shift_days(copy: int, rng: random.Random, density: str) -> int:
    """How far copy ``copy`` of a template document is moved in time.

    ``constant`` (the default): copies fill successive 2-year blocks alternately after and before
    the template's dates, so a bigger store is a *longer* archive with the same number of reports
    per day, as a real feed grows; what grows with the store is then only what scans or indexes
    the whole store.  ``growing``: every copy within ±5 years, so the density of reports per day
    grows with the store (100x at 100k): the harder, less realistic case.
    ``same``: no shift, as ``bench/scale.py``'s generated corpus (recombined paragraphs tell the same
    events again), so each report group grows with the store: what costs O(group) shows."""
    if density == "growing":
        return rng.randint(-SHIFT_DAYS, SHIFT_DAYS)
    if density == "same":  # copies keep the template's dates: report groups grow with the store
        return 0
    block = (copy + 1) // 2 * (1 if copy % 2 else -1)
    return block * STRIDE_DAYS + rng.randint(-STRIDE_DAYS // 2, STRIDE_DAYS // 2)


class ReplayAnalyzer:
    """Returns the template's stored analysis of a document (same doc_id): analysis is pure, so
    its cost does not depend on the store; a document it does not know is analysed for real."""

    def __init__(self, analyses: dict[str, str], fallback=None):
        self.analyses = analyses
        self.fallback = fallback
        self.missing = 0

    def analyse(self, document: Document) -> Analysis:
        data = self.analyses.get(document.doc_id)
        if data is None:
            self.missing += 1
            if self.fallback is None:
                raise KeyError(document.doc_id)
            return self.fallback.analyse(document)
        return Analysis.model_validate_json(data)

    def nlp(self, language: str):  # engines preload pipelines; nothing to load here
        return None


def _shift(interval, days: int):
    if interval is None:
        return None
    delta = dt.timedelta(days=days)
    upd = {}
    for name in ("earliest", "latest"):
        value = getattr(interval, name, None)
        if value is not None:
            try:
                upd[name] = value + delta
            except OverflowError:
                return interval
    return interval.model_copy(update=upd)


def _text_like(length: int, pool: list[str], rng: random.Random) -> tuple[str, list[Segment]]:
    """A new article of real paragraphs (recombined), at least ``length`` characters long, so the
    copy's recorded spans stay inside its text, and with its own shingles and LSH band keys."""
    parts, segments, pos = [], [], 0
    while pos < length or not parts:
        p = rng.choice(pool)
        parts.append(p)
        segments.append(Segment(char_start=pos, char_end=pos + len(p)))
        pos += len(p) + 2
    return "\n\n".join(parts), segments


def recast(doc: Document, analysis_json: str, copy: int, rng: random.Random, pool: list[str],
           density: str = "constant") -> tuple[Document, Analysis]:
    """Copy ``copy`` of a template document: a new text of recombined real paragraphs (so its own
    doc id and near-duplicate fingerprint), the template's analysis re-keyed to it, dates shifted."""
    from sitrep.ingest.build import doc_id_for

    text, segments = _text_like(len(doc.text), pool, rng)
    new_id = doc_id_for(text)
    days = shift_days(copy, rng, density)
    analysis = Analysis.model_validate_json(analysis_json.replace(doc.doc_id, new_id))
    analysis.anchor = _shift(analysis.anchor, days)
    analysis.events = [m.model_copy(update={"date": _shift(m.date, days)}) for m in analysis.events]
    analysis.dates = [d.model_copy(update={"interval": _shift(d.interval, days)}) for d in analysis.dates]
    published = doc.published.model_copy(update={
        "date": doc.published.date + dt.timedelta(days=days) if doc.published.date else None})
    new_doc = doc.model_copy(update={"doc_id": new_id, "text": text, "segments": segments, "raw": None,
                                     "external_id": f"{doc.external_id}~{copy}",
                                     "source": f"growth:{copy}:{doc.source}", "published": published,
                                     "duplicate_of": None})
    return new_doc, analysis


def load_template(path: Path) -> list[tuple[Document, str]]:
    from sitrep.store import Store

    with Store(path, read_only=True) as store:
        pairs = []
        for doc in store.iter_documents():
            row = store.con.execute("SELECT analysis FROM analyses WHERE doc_id = ?", [doc.doc_id]).fetchone()
            if row:
                pairs.append((doc, row[0]))
    return pairs


def build_template(work: Path, n: int) -> Path:
    """``n`` generated articles analysed for real (2 workers) into a template store."""
    import corpus

    from sitrep import pipeline
    from sitrep.analyse import Analyzer
    from sitrep.engine import get_engine
    from sitrep.knowledge import load_knowledge
    from sitrep.store import Store

    db = work / f"template-{n}.duckdb"
    if db.exists():
        return db
    src = work / f"template-{n}.jsonl"
    corpus.write_jsonl(src, n, seed=11)
    with Store(db) as store:
        pipeline.run([str(src)], store, analyzer=Analyzer(load_knowledge(store)), analyse=get_engine("local", workers=2))
    return db


def grow(work: Path, base: list[tuple[Document, str]], sizes: list[int], batch: int = 1000,
         density: str = "constant") -> dict[int, Path]:
    """Fill one store to max(sizes), snapshotting at each size; returns size → snapshot file."""
    from sitrep.fuse import fuse_documents
    from sitrep.ingest import dedup
    from sitrep.store import Store

    snapshots = {s: work / f"base-{density}-{s}.duckdb" for s in sizes}
    if all(p.exists() for p in snapshots.values()):
        return snapshots
    db = work / "growing.duckdb"
    for p in (db, Path(f"{db}.wal")):
        p.unlink(missing_ok=True)
    import corpus

    pool = corpus.paragraphs()
    rng = random.Random(5)
    spent: dict[str, float] = {}
    t0 = time.perf_counter()
    with Store(db) as store:
        done = 0
        for target in sorted(sizes):
            while done < target:
                n = min(batch, target - done)
                docs, analyses = [], []
                t = time.perf_counter()
                for i in range(done, done + n):
                    d, a = recast(*base[i % len(base)], copy=i // len(base), rng=rng, pool=pool,
                                  density=density)
                    docs.append(d)
                    analyses.append(a)
                t = _lap(spent, "recast", t)
                dedup.add_documents(store, docs)
                t = _lap(spent, "store", t)
                store.save_analyses(analyses)
                t = _lap(spent, "save", t)
                fuse_documents(store, [a.doc_id for a in analyses])
                _lap(spent, "fuse", t)
                done += n
                if done % 10000 == 0 or done == target:
                    print(f"  built {done:,} documents in {time.perf_counter() - t0:.0f} s ("
                          + ", ".join(f"{k} {v:.0f} s" for k, v in spent.items()) + ")", flush=True)
            store.con.execute("CHECKPOINT")
            shutil.copy(db, snapshots[target])
    return snapshots


def _lap(spent: dict[str, float], key: str, since: float) -> float:
    now = time.perf_counter()
    spent[key] = spent.get(key, 0.0) + now - since
    return now


def ingest_new(snapshot: Path, run_db: Path, new_jsonl: Path, replay: ReplayAnalyzer, workers: int) -> dict:
    """pipeline.run of the new batch into a copy of ``snapshot``, with each phase timed."""
    from phases import writer_phases
    from sitrep import pipeline
    from sitrep.engine import get_engine
    from sitrep.store import Store

    for p in (run_db, Path(f"{run_db}.wal")):
        p.unlink(missing_ok=True)
    shutil.copy(snapshot, run_db)
    with Store(run_db) as store, writer_phases(store) as spent:
        n_before = store.count_documents()
        engine = get_engine("auto", workers=workers)
        t0 = time.perf_counter()
        summary = pipeline.run([str(new_jsonl)], store, analyzer=replay, analyse=engine)
        total = time.perf_counter() - t0
        events = store.count_events()
    spent["other"] = total - spent["store"] - spent["save"] - spent["fuse"]
    spent["total"] = total
    return {"base": n_before, "stored": summary.stored, "analysed": summary.analysed, "events": events, **spent}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--template", default=None, help="a store with real documents and analyses")
    ap.add_argument("--real", type=int, default=400, help="without --template: articles to analyse for one")
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--new", type=int, default=300, help="new documents ingested into each base store")
    ap.add_argument("--work", default=None, help="directory for the stores (kept: snapshots are reused)")
    ap.add_argument("--workers", type=int, default=1, help="engine for the new batch (replayed analyses)")
    ap.add_argument("--density", choices=("constant", "growing"), default="constant",
                    help="reports per day in the base stores: constant (a longer archive) or growing")
    args = ap.parse_args()

    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="sitrep-growth-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"# bench/growth.py {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; load average "
          f"{os.getloadavg()[0]:.1f}; work dir {work}", flush=True)
    template = Path(args.template) if args.template else build_template(work, args.real)
    pairs = load_template(template)
    if len(pairs) <= args.new:
        raise SystemExit(f"the template has {len(pairs)} analysed documents: fewer than --new {args.new} + 1")
    base, held_out = pairs[: len(pairs) - args.new], pairs[len(pairs) - args.new:]
    print(f"template {template}: {len(pairs)} analysed documents; {len(base)} re-stored as the base, "
          f"{len(held_out)} held out as the new batch", flush=True)
    # the new batch as a JSONL input, read and cleaned for real
    new_jsonl = work / "new.jsonl"
    with new_jsonl.open("w", encoding="utf-8") as fh:
        for doc, _ in held_out:
            fh.write(json.dumps({"id": doc.external_id, "title": doc.title, "outlet": doc.outlet,
                                 "published": doc.published.date.isoformat() if doc.published.date else None,
                                 "text": doc.text}, ensure_ascii=False) + "\n")
    replay = ReplayAnalyzer({doc.doc_id: a for doc, a in held_out})
    analyse_ms = statistics.mean(sum(json.loads(a).get("timings", {}).values()) for _, a in held_out) * 1000
    t = time.perf_counter()
    snapshots = grow(work, base, sizes, density=args.density)
    print(f"base stores ready in {time.perf_counter() - t:.0f} s", flush=True)

    print(f"\nanalysis (pure, replayed; its real cost from the recorded timings): {analyse_ms:.0f} ms/doc, "
          f"the same at every store size")
    print("| base docs | new docs | events after | store ms/doc | save analyses ms/doc | fuse ms/doc | "
          "other ms/doc | writer path ms/doc | + analysis ms/doc |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|", flush=True)
    from sitrep.store import Store

    for size in sizes:  # one-time maintenance a big store gets on its first ingest (store/layout.py)
        with Store(snapshots[size]) as store:
            if hasattr(store, "maybe_cluster_events"):
                t = time.perf_counter()
                done = store.maybe_cluster_events()
                print(f"base {size:,}: events clustering {done} ({time.perf_counter() - t:.1f} s, not counted)", flush=True)
    rows = {}
    # warm-up (first imports: datasketch, the fusion and correction modules), not counted
    ingest_new(snapshots[min(sizes)], work / "run.duckdb", new_jsonl, replay, args.workers)
    for size in sizes:
        r = ingest_new(snapshots[size], work / "run.duckdb", new_jsonl, replay, args.workers)
        n = max(1, r["stored"])
        per = {k: r[k] * 1000 / n for k in ("store", "save", "fuse", "other", "total")}
        rows[size] = per
        print(f"| {r['base']:,} | {r['stored']} | {r['events']:,} | {per['store']:.1f} | {per['save']:.1f} | "
              f"{per['fuse']:.1f} | {per['other']:.1f} | {per['total']:.1f} | {per['total'] + analyse_ms:.0f} |",
              flush=True)
    if replay.missing:
        print(f"warning: {replay.missing} documents were not in the template (analysed for real)")
    lo, hi = min(sizes), max(sizes)
    ratio = {k: rows[hi][k] / rows[lo][k] if rows[lo][k] else float("nan") for k in rows[lo]}
    print(f"\nratio {hi:,} / {lo:,}: writer path {ratio['total']:.2f}x (store {ratio['store']:.2f}x, save "
          f"{ratio['save']:.2f}x, fuse {ratio['fuse']:.2f}x); end to end with analysis "
          f"{(rows[hi]['total'] + analyse_ms) / (rows[lo]['total'] + analyse_ms):.2f}x")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
