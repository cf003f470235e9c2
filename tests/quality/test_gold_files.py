"""The project's gold files: well-formed, and the seeds copy never looser than the shared original."""

from __future__ import annotations

import csv

import pytest
import yaml

from sitrep.eval.goldfile import load_gold

from .conftest import ARTICLES_CORPUS, ARTICLES_GOLD, NOTES_CSV, SEEDS_CORPUS, SEEDS_GOLD, WIRES_CORPUS, WIRES_GOLD


def test_seeds_copy_contains_everything_the_shared_gold_says(shared_dir):
    if shared_dir is None:
        pytest.skip("no ../shared workplace folder on this machine: nothing to compare with")
    shared = yaml.safe_load((shared_dir / "gold" / "seeds.yaml").read_text(encoding="utf-8"))
    ours = yaml.safe_load(SEEDS_GOLD.read_text(encoding="utf-8"))
    for section, value in shared.items():
        assert section in ours, section
        if isinstance(value, dict):
            for key, entry in value.items():
                assert key in ours[section], (section, key)
                if isinstance(entry, list) and all(isinstance(x, str) for x in entry):
                    assert set(entry) <= set(ours[section][key]), (section, key)  # aliases may be added
                else:
                    assert ours[section][key] == entry, (section, key)
        else:
            for entry in value:
                assert entry in ours[section], (section, entry)


@pytest.mark.parametrize("gold_path, corpus", [(SEEDS_GOLD, SEEDS_CORPUS), (ARTICLES_GOLD, ARTICLES_CORPUS),
                                              (WIRES_GOLD, WIRES_CORPUS)])
def test_gold_files_refer_to_their_corpus(gold_path, corpus):
    gold = load_gold(gold_path)
    files = {p.name for p in corpus.iterdir()}
    assert {d.file for d in gold.documents} <= files
    assert {c.doc for c in gold.claims} <= files
    assert {s for e in gold.events for s in e.sources} <= files
    known = set(gold.actors) | set(gold.persons)
    for e in gold.events:
        assert set(e.side1 + e.side2) <= known, e.id
        assert e.location in gold.places or e.location in {"Mali", "Burkina Faso", "Niger"}, e.id
    assert {c.event for c in gold.contradictions} <= {e.id for e in gold.events}
    for c in gold.claims:
        if c.speaker.startswith("unnamed:"):  # a source described, not named: its description is in the text
            text = (corpus / c.doc).read_text(encoding="utf-8").lower()
            assert c.speaker.removeprefix("unnamed:").strip().lower() in text, c.speaker
            assert c.on_behalf_of is None
            continue
        assert c.speaker in known and (c.on_behalf_of is None or c.on_behalf_of in known)


def test_own_articles_are_news_length_and_their_phrases_occur():
    gold = load_gold(ARTICLES_GOLD)
    texts = {p.name: p.read_text(encoding="utf-8") for p in ARTICLES_CORPUS.iterdir()}
    assert len(texts) >= 3
    for name, text in texts.items():
        assert 300 <= len(text.split()) <= 500, name
    corpus = "\n".join(texts.values()).lower()
    for aliases in list(gold.actors.values()) + list(gold.persons.values()):
        for alias in aliases:
            assert alias.lower() in corpus, alias
    for place in gold.places.values():
        for variant in place.variants:
            assert variant.lower() in corpus, variant


def test_notes_csv_covers_the_sahel_and_every_event_type():
    from sitrep.eval.notes import read_notes

    notes = read_notes(NOTES_CSV)
    assert len(notes) >= 40
    assert {n.event_type for n in notes} == {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
        "Strategic developments"}
    assert all(n.latitude is not None and n.fatalities is not None for n in notes)
    with NOTES_CSV.open(newline="", encoding="utf-8") as fh:
        countries = {row["country"] for row in csv.DictReader(fh)}
    assert {"Mali", "Burkina Faso", "Niger"} <= countries
