"""Mali's regions of its administrative reform (Nara, Kita, Nioro du Sahel, Bougouni, Koutiala, San, Douentza,
Bandiagara, Dioïla, Ménaka, Taoudénit; ``knowledge/data/sahel_added.tsv``) end ACLED's brackets: "(Nara, Nara)" is
Mali's Nara, not Nara city in Nara prefecture, and a village written without its accent inside it is found there
(sentences written for this test, English and French)."""

from __future__ import annotations

import pytest


def _analyse(analyzer, text: str, language: str = "en"):
    import datetime as dt

    from sitrep.model import Published

    from .seeds import make_document

    published = Published(date=dt.date(2025, 5, 21), is_estimate=False)
    return analyzer.analyse(make_document("f" * 16, text, published, language))


@pytest.mark.parametrize("text, language, name", [
    ("On 21 May 2025, JNIM militants stormed the village of Balle (Nara, Nara), killing 4 civilians.", "en", "Ballé"),
    ("On 2 May 2025, JNIM militants burned a truck in Nara (Nara, Nara).", "en", "Nara"),
    ("Le 21 mai 2025, des éléments du JNIM ont attaqué le village de Balle (cercle de Nara, région de Nara), tuant "
     "quatre civils.", "fr", "Ballé"),
])
def test_a_bracket_ending_on_a_new_region_stays_in_mali(default_analyzer, text, language, name):
    events = _analyse(default_analyzer, text, language).events
    assert events and events[0].place is not None, events
    assert (events[0].place.country, events[0].place.name) == ("ML", name), events[0].place


@pytest.mark.parametrize("region", ["Nara", "Kita", "Nioro du Sahel", "Bougouni", "Koutiala", "San", "Douentza",
                                    "Bandiagara", "Dioïla", "Ménaka", "Taoudénit"])
def test_each_new_region_is_a_first_level_unit_of_mali(default_analyzer, region):
    found = default_analyzer.knowledge.gazetteer.lookup(region)
    assert any(c.country == "ML" and c.feature_code == "ADM1" for c in found), [(c.name, c.feature_code) for c in found]
