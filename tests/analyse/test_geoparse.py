"""evaluate_geoparse on small corpora of both formats (own fixtures; the real corpora run in bench/)."""

from __future__ import annotations

from sitrep.eval.geoparse import evaluate_geoparse, read_corpus
from sitrep.geo import haversine_km


def test_reads_both_formats(fixtures_dir):
    (text, gold), = read_corpus(fixtures_dir / "geoparse" / "mini_geovirus.xml")
    assert [g.name for g in gold] == ["Bamako", "Gao", "Timbuktu"]
    assert all(text[g.start:g.end] == g.name for g in gold)
    (text, gold), = read_corpus(fixtures_dir / "geoparse" / "mini_trnews.xml")
    assert text.startswith("Fighting near Kidal")
    assert gold[2].lat is None  # a toponym without gaztag


def test_evaluate(fixtures_dir, knowledge, analyzer):
    result = evaluate_geoparse(fixtures_dir / "geoparse" / "mini_geovirus.xml", knowledge, analyzer)
    assert result["gold_toponyms"] == 3
    assert result["recall"] == 1.0 and result["within_161km"] == 1.0
    result = evaluate_geoparse(fixtures_dir / "geoparse" / "mini_trnews.xml", knowledge, analyzer)
    assert result["gold_toponyms"] == 3 and 0.5 <= result["recall"] < 1.0  # "Nowhere" is not found
    assert result["within_161km"] == 1.0


def test_haversine():
    assert round(haversine_km(0, 0, 0, 1)) == 111
