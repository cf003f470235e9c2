"""A French and an English report of the same event merge into one event citing both
(fusion works on canonical actor ids, place ids and dates, not on words)."""

from __future__ import annotations

from sitrep import pipeline
from sitrep.store import Store


def test_french_and_english_reports_merge(analyzer, fr_dir):
    files = [str(fr_dir / "articles" / name) for name in
             ("201_niafunke_attaque_studio_tamani.txt", "206_niafunke_attack_english.txt")]
    with Store(":memory:") as store:
        pipeline.run(files, store, analyzer)
        languages = {d["id"]: d["language"] for d in store.list_documents()}
        clashes = [e for e in store.list_events() if e.sub_event_type == "Armed clash"]
    assert sorted(v[:2] for v in languages.values()) == ["en", "fr"]
    assert len(clashes) == 1, [(e.event_id, e.date, e.location) for e in clashes]
    event = clashes[0]
    assert {r.doc_id for r in event.reports} == set(languages)
    assert event.source_count == 2
    assert event.location.startswith("Niafunk")
    assert event.date.earliest.isoformat() == "2025-10-07"
    # each report quotes its own document in its own language
    quotes: dict[str, str] = {}
    for r in event.reports:
        quotes[languages[r.doc_id][:2]] = quotes.get(languages[r.doc_id][:2], "") + " " + r.quote
    assert "soldats" in quotes["fr"] and "soldiers" in quotes["en"]
    assert "soldiers" not in quotes["fr"]
