"""The writer path: documents stored in batched transactions, analysis pulled lazily from the
stream, analyses fused batch by batch as they are committed — with the same results as one
document at a time."""

from __future__ import annotations

import json

from sitrep import pipeline
from sitrep.ingest import dedup
from sitrep.ingest.build import build_document
from sitrep.ingest.dedup import add_documents
from sitrep.model import Analysis
from sitrep.store import Store


def _story(i: int) -> str:
    return " ".join(f"Report {i} sentence {k} on the convoy near the well of the village number {i}." for k in range(30))


def _docs():
    """Originals, a same-body copy under another headline, and an exact duplicate of an original."""
    bodies = [_story(i) for i in range(6)]
    docs = [build_document(f"Headline {i}\n\n{b}\n", source=f"s{i}") for i, b in enumerate(bodies)]
    docs.append(build_document(f"Another outlet's headline\n\n{bodies[2]} One line added.\n", source="copy2"))
    docs.append(build_document(f"Headline 4\n\n{bodies[4]}\n", source="dup4"))
    return docs


def test_batch_store_gives_what_one_by_one_gives():
    with Store(":memory:") as one, Store(":memory:") as batch:
        singles = [add_documents(one, [d])[0] for d in _docs()]
        batched = add_documents(batch, _docs())
        assert singles == batched == ["stored"] * 6 + ["near_duplicate", "duplicate"]
        cols = ["id", "source", "duplicate_of", "title"]
        listing = [{c: r[c] for c in cols} for r in batch.list_documents()]
        assert listing == [{c: r[c] for c in cols} for r in one.list_documents()]
        # ingest order is input order inside a batch too (not doc_id order)
        assert [r["source"] for r in listing] == [f"s{i}" for i in range(6)] + ["copy2"]
        copy = next(r for r in listing if r["source"] == "copy2")
        assert copy["duplicate_of"] == next(r["id"] for r in listing if r["source"] == "s2")
        # a later batch links to the stored first copy and skips stored texts
        again = _docs()
        assert add_documents(batch, [again[2], build_document(f"Third outlet\n\n{_story(2)}\n", source="copy3")]) == [
            "duplicate", "near_duplicate"]
        assert batch.rows("SELECT duplicate_of FROM documents WHERE source = 'copy3'")[0]["duplicate_of"] == copy["duplicate_of"]
        assert batch.count_documents() == 8


class _EmptyAnalyzer:
    """Analyses nothing (an empty Analysis): enough to follow the writer path without spaCy."""

    def __init__(self, store: Store, log: list):
        self.store, self.log = store, log

    def analyse(self, document):
        self.log.append((document.doc_id, self.store.count_documents()))
        return Analysis(doc_id=document.doc_id)


def test_run_streams_documents_to_the_engine(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(7):
        (folder / f"{i}.txt").write_text(f"Headline {i}\n\n{_story(i)}\n", encoding="utf-8")
    seen: list = []
    saved: list[list[str]] = []
    with Store(":memory:") as store:
        def engine(store_, analyzer, documents, summary):
            assert not isinstance(documents, list), "the engine must get a lazy stream, not a list"
            from sitrep.engine.base import Writer, analyse_one

            writer = Writer(store_, summary, batch_size=2)
            for d in documents:
                if committed := writer.add([analyse_one(analyzer, d)]):
                    saved.append(committed)
                    yield committed
            if committed := writer.flush():
                saved.append(committed)
                yield committed

        summary = pipeline.run([str(folder)], store, analyzer=_EmptyAnalyzer(store, seen), analyse=engine,
                               store_batch=3)
        assert summary.stored == summary.analysed == 7
        # the first document was analysed while only the first batch of 3 was stored
        assert seen[0][1] == 3 and seen[-1][1] == 7
        assert [len(b) for b in saved] == [2, 2, 2, 1]
        assert store.analysed_among([d for d, _ in seen]) == {d for d, _ in seen}


def test_fusion_in_small_batches_gives_the_same_events(engine_analyzer, examples_dir):
    with Store(":memory:") as whole, Store(":memory:") as pieces:
        pipeline.run([str(examples_dir)], whole, analyzer=engine_analyzer)
        s = pipeline.run([str(examples_dir)], pieces, analyzer=engine_analyzer, store_batch=2, fuse_batch=1)
        assert s.analysed == 5
        events = [json.loads(e.model_dump_json(exclude={"updated_at"})) for e in whole.list_events()]
        assert events, "the seeds must give events"
        assert events == [json.loads(e.model_dump_json(exclude={"updated_at"})) for e in pieces.list_events()]
        assert pieces.unfused_among(pieces.list_analysed()) == set()


def test_rerun_finishes_what_a_dead_run_left(engine_analyzer, examples_dir):
    """Documents stored by a run that never analysed them, and analyses never fused, are finished
    by the next run of the same inputs (without re-reading the whole store)."""
    with Store(":memory:") as store:
        pipeline.run([str(examples_dir)], store)  # stored only (like a run killed after storing)
        first = store.list_documents()[0]["id"]
        doc = store.get_document(first)
        store.save_analysis(engine_analyzer.analyse(doc))  # analysed, never fused
        assert store.unfused_among([first]) == ({first} if store.event_mentions_of_docs([first]) else set())
        summary = pipeline.run([str(examples_dir)], store, analyzer=engine_analyzer)
        assert summary.stored == 0 and summary.duplicates == 5
        assert summary.analysed == 4  # the four never analysed; the fifth was only fused
        assert len(store.list_analysed()) == 5
        assert store.unfused_among(store.list_analysed()) == set()


def test_many_stored_copies_still_link_to_the_first(monkeypatch):
    """More candidates than are verified (MAX_CANDIDATES): a new copy still points at the first."""
    monkeypatch.setattr(dedup, "MAX_CANDIDATES", 3)
    body = _story(9)
    with Store(":memory:") as store:
        first = build_document(f"Original\n\n{body}\n", source="first")
        assert add_documents(store, [first]) == ["stored"]
        copies = [build_document(f"Copy {i}\n\n{body} Added line {i}.\n", source=f"c{i}") for i in range(8)]
        assert add_documents(store, copies[:4]) == ["near_duplicate"] * 4
        for c in copies[4:]:
            assert add_documents(store, [c]) == ["near_duplicate"]
        rows = store.rows("SELECT source, duplicate_of FROM documents WHERE source LIKE 'c%'")
        assert {r["duplicate_of"] for r in rows} == {first.doc_id}


class _PidAnalyzer:
    """Records which process analysed a document (in the Analysis's timings)."""

    def nlp(self, language):
        return None

    def analyse(self, document):
        import os

        return Analysis(doc_id=document.doc_id, timings={"pid": float(os.getpid())})


def test_pool_is_recycled_and_loses_nothing():
    """A long stream is analysed by successive fresh pools (bounded worker memory), every document once."""
    from sitrep.engine.local import analyse_documents_pool

    docs = [build_document(f"Headline {i}\n\n{_story(i)}\n", source=f"r{i}") for i in range(9)]
    summary = pipeline.Summary()
    with Store(":memory:") as store:
        store.add_documents(docs)
        committed = list(analyse_documents_pool(store, _PidAnalyzer(), iter(docs), summary, workers=2,
                                                batch_size=1, recycle_after=3, start_method="fork"))
        assert summary.analysed == 9 and not summary.errors
        # every analysis is handed on once, as committed
        assert sorted(d for batch in committed for d in batch) == sorted(d.doc_id for d in docs)
        pids = {store.get_analysis(d.doc_id).timings["pid"] for d in docs}
    # three pools of at most two workers each: more processes than one pool has
    assert len(pids) > 2
