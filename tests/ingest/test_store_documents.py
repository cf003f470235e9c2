"""Storing documents: exact duplicates, near-duplicates across outlets, idempotent re-runs."""

from __future__ import annotations

from sitrep import pipeline
from sitrep.ingest import read_inputs
from sitrep.ingest.build import build_document
from sitrep.ingest.dedup import add_documents
from sitrep.model import Document, IngestError


def test_ingesting_twice_stores_nothing_new(store, ingest_fixtures, examples_dir):
    inputs = [str(ingest_fixtures / "corpus"), str(examples_dir)]
    first = pipeline.run(inputs, store)
    assert first.stored == 11 and first.duplicates == 0 and first.near_duplicates == 1
    assert first.skipped == {"E_BAD_JSON": 1, "E_BAD_RECORD": 1}
    before = store.documents_summary()
    errors_before = store.list_ingest_errors()
    second = pipeline.run(inputs, store)
    assert second.stored == 0 and second.duplicates == 11
    assert store.documents_summary() == before
    assert store.list_ingest_errors() == errors_before  # skips are not logged twice
    assert first.read == second.read == first.stored + first.duplicates + sum(first.skipped.values())


def test_same_story_under_two_outlets_is_linked(store, ingest_fixtures):
    pipeline.run([str(ingest_fixtures / "corpus")], store)
    rows = {r["id"]: r for r in store.list_documents()}
    copies = [r for r in rows.values() if r["duplicate_of"]]
    assert len(copies) == 1
    original = rows[copies[0]["duplicate_of"]]
    assert {original["outlet"], copies[0]["outlet"]} >= {"Sahel Daily Monitor"}
    assert original["duplicate_of"] is None
    # unrelated articles are never linked
    assert sum(1 for r in rows.values() if r["duplicate_of"] is None) == len(rows) - 1


def test_near_duplicate_chain_points_at_first_copy(store):
    body = " ".join(f"Sentence number {i} about the convoy attacked near the town of Ber in the north." for i in range(40))
    a = build_document("Outlet A headline\n\n" + body + "\n", source="a")
    b = build_document("Outlet B headline\n\n" + body + " One more line added by B.\n", source="b")
    c = build_document("Outlet C headline\n\n" + body.replace("convoy", "column", 2) + "\n", source="c")
    assert add_documents(store, [a]) == ["stored"]
    assert add_documents(store, [b]) == ["near_duplicate"] and b.duplicate_of == a.doc_id
    assert add_documents(store, [c]) == ["near_duplicate"] and c.duplicate_of == a.doc_id
    assert add_documents(store, [a]) == ["duplicate"]


def test_document_round_trip(store, examples_dir):
    docs = [d for d in read_inputs([str(examples_dir)]) if isinstance(d, Document)]
    for d in docs:
        store.add_document(d)
    for d in docs:
        back = store.get_document(d.doc_id)
        assert back.model_dump(exclude={"fetched_at"}) == d.model_dump(exclude={"fetched_at"})
    assert store.get_document("0" * 16) is None
    listing = store.list_documents()
    assert [r["id"] for r in listing] == [d.doc_id for d in docs]
    assert set(listing[0]) == {"id", "external_id", "source", "title", "outlet", "wire", "url", "published",
                               "published_is_estimate", "published_earliest", "published_latest", "language",
                               "characters", "duplicate_of"}


def test_summary_counts_errors_by_code(store):
    store.record_ingest_error(IngestError(source="x", code="E_EMPTY", message="no text"))
    store.record_ingest_error(IngestError(source="x", code="E_EMPTY", message="no text"))
    store.record_ingest_error(IngestError(source="y", code="E_BINARY", message="png"))
    s = store.documents_summary()
    assert s["documents"] == 0 and s["errors_by_code"] == {"E_EMPTY": 1, "E_BINARY": 1}
