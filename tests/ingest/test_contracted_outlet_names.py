"""A French outlet whose name opens on « Le » is written contracted after « à »/« de » (« a indiqué au Monde »): marked
as the outlet a source spoke to when a verb of telling stands before it, never « au Sahel » told of the region."""

from __future__ import annotations

from sitrep.ingest.build import build_document
from sitrep.ingest.outlet_mentions import document_outlet_mentions


def _marked(body: str) -> list[str]:
    doc = build_document(f"Un village attaqué\n\n{body}\n", source="x.txt", givens=[])
    return [doc.text[m.start:m.end] for m in document_outlet_mentions(doc)]


def test_the_outlet_told_contracted_after_a_verb_of_telling_is_marked():
    assert "au Monde" in _marked("Douze civils ont été tués, a indiqué mardi au Monde un élu de la commune.")


def test_the_region_after_au_is_no_outlet():
    assert not any(m.endswith("Sahel") for m in _marked("Les attaques se multiplient au Sahel depuis 2012, "
                                                       "et la région reste sous tension."))
