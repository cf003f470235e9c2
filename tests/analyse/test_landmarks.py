"""A town's landmark named by an adjective and its noun ("the Grand Market", « la Grande mosquée »)
is no place of its own: a gazetteer's hamlet called "Grand" is not where the crowd gathered."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Published

from .seeds import make_document, run_stages


@pytest.mark.parametrize("text, language, town", [
    # without the veto "Grand" resolves to a Malian hamlet and "Market" to Marquette (US)
    ("Women traders walked from the Grand Market to the Labour Exchange in Bamako on Saturday, carrying empty cans.",
     "en", "Bamako"),
    ("The protesters left the Petit Marché and walked towards the centre of Mopti.", "en", "Mopti"),
])
def test_a_landmark_adjective_is_no_place(text, language, town):
    # the world gazetteer (not the session's small one): it holds the hamlet called "Grand"
    from sitrep.eval.gold import default_analyzer

    analyzer = default_analyzer()
    doc = make_document("lm", text, Published(date=dt.date(2026, 11, 2)), language=language)
    places = run_stages(analyzer, doc).places
    surfaces = [(p.surface, p.place_id) for p in places]
    # not resolved to a gazetteer's "Grand" or to a "Market…" elsewhere (an unresolved name places nothing)
    assert not any(p.place_id and p.surface.lower().startswith(("grand", "petit", "market", "march"))
                   for p in places), surfaces
    assert any(town.lower() in (p.name + " " + p.surface).lower() for p in places if p.place_id), surfaces


@pytest.mark.parametrize("text, quarter, town", [
    ("Gunmen shot dead a trader in the Hamdallaye neighbourhood of Gao town on Monday.", "hamdallaye", "Gao"),
    ("A grenade was thrown into a crowd in the Sikoro quarter in Mopti on Friday.", "sikoro", "Mopti"),
])
def test_a_neighbourhood_is_part_of_the_town_after_it(text, quarter, town):
    from sitrep.eval.gold import default_analyzer

    doc = make_document("nb", text, Published(date=dt.date(2026, 11, 2)), language="en")
    places = run_stages(default_analyzer(), doc).places
    surfaces = [(p.surface, p.place_id) for p in places]
    assert not any(p.place_id and p.surface.lower() == quarter for p in places), surfaces
    assert any(p.place_id and p.name == town for p in places), surfaces


@pytest.mark.parametrize("text, language, field, town", [
    ("Traders protested outside the Ministry of Economy in Ouagadougou on Monday.", "en", "economy", "Ouagadougou"),
    ("Teachers marched to the Ministry of the Interior in Niamey to demand their wages.", "en", "interior", "Niamey"),
])
def test_a_ministrys_field_is_no_town(text, language, field, town):
    from sitrep.eval.gold import default_analyzer

    doc = make_document("of", text, Published(date=dt.date(2026, 11, 2)), language=language)
    places = run_stages(default_analyzer(), doc).places
    surfaces = [(p.surface, p.place_id) for p in places]
    assert not any(p.place_id and p.surface.lower() == field for p in places), surfaces
    assert any(p.place_id and p.name == town for p in places), surfaces


@pytest.mark.parametrize("word, count", [("Four", True), ("trois", True), ("Twenty-three", True), ("Gao", False),
                                         ("Four Corners", False)])
def test_a_bare_number_word_is_a_count(word, count):
    from sitrep.analyse.landmarks import is_count_word

    assert is_count_word(word) is count
