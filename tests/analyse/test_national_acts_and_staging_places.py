"""Places of notes told at a country's scale or across two places (``events.national_place``,
``place_clauses``): a national act naming no place, its country told by an adjective, is at the capital; a
violent deed naming no place stays unplaced; the place a deed clause follows wins over a staging place even
with the date between them; a market's town the victims were returning from is not where they were hit."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.national_place import adjective_country
from sitrep.analyse.lang import vocab
from sitrep.eval.notes import primary_event

from .seeds import make_document


@pytest.fixture(scope="module")
def analyzer():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return Analyzer(load_knowledge(None, actor_files=[]))


def _place(analyzer, text: str, language: str = "en"):
    doc = make_document("t", text)
    doc = doc.model_copy(update={"language": language})
    event = primary_event(analyzer.analyse(doc))
    return event.place if event is not None else None


@pytest.mark.parametrize("text, language, expected", [
    ("The Malian transitional authorities dissolved all political parties.", "en", "ML"),
    ("Le gouvernement burkinabè a décrété la mobilisation générale.", "fr", "BF"),
    ("Les autorités nigériennes ont suspendu les ONG.", "fr", "NE"),
    ("Malian and Nigerien ministers signed a pact.", "en", None),  # two countries: neither
    ("Gunmen killed a herder.", "en", None),
])
def test_the_country_an_adjective_names(text, language, expected):
    assert adjective_country(text, vocab(language)) == expected


@pytest.mark.parametrize("text, language, capital", [
    ("The Malian transitional authorities dissolved all political parties by decree on 2 December 2025.", "en",
     "Bamako"),
    ("Nigerien authorities suspended the activities of all foreign NGOs operating in the country on 19 December "
     "2025.", "en", "Niamey"),
    ("Les syndicats de la santé ont observé le 19 décembre 2025 une grève de 72 heures sur toute l'étendue du "
     "territoire malien.", "fr", "Bamako"),
])
def test_a_national_act_naming_no_place_is_at_the_capital(analyzer, text, language, capital):
    place = _place(analyzer, text, language)
    assert place is not None and place.name == capital and place.geo_precision == 3


def test_a_killing_naming_no_place_is_not_put_at_the_capital(analyzer):
    place = _place(analyzer, "Malian soldiers killed three civilians on 2 December 2025.")
    assert place is None or place.name != "Bamako"


def test_a_national_act_in_a_note_naming_a_town_stays_there(analyzer):
    place = _place(analyzer, "On 2 December 2025 Malian authorities closed the market of Douentza by decree.")
    assert place is not None and place.name == "Douentza"


@pytest.mark.parametrize("text, language, name", [
    # the deed clause follows its place after the date
    ("JNIM militants who had camped near Dinangourou moved on to Mondoro on 15 December 2025, where they killed "
     "three civilians.", "en", "Mondoro"),
    ("Des hommes armés partis de Mopti sont arrivés à Konna le 3 mai 2025, où ils ont enlevé trois commerçants.", "fr",
     "Kona"),
    # where the attackers camped is their staging place, not the deed's
    ("On 15 December 2025 JNIM militants camped near Dinangourou attacked Mondoro and killed three civilians.", "en",
     "Mondoro"),
    # the market the victims were returning from is behind them
    ("Traders returning from the weekly market at Bankilaré were ambushed near Téra on 17 December 2025; three "
     "were killed.", "en", "Téra"),
])
def test_the_deed_place_beats_a_staging_place_or_a_market_left(analyzer, text, language, name):
    place = _place(analyzer, text, language)
    assert place is not None and place.name == name


def test_a_place_and_its_clause_apart_by_more_than_a_date_are_not_joined(analyzer):
    # "on the road to Mopti" is no date: the clause is read as usual (no figure, no aside)
    from sitrep.analyse.place_clauses import _deed_clause

    assert _deed_clause("en").match(" on the road to Mopti, where", 0) is None
    assert _deed_clause("en").match(" on 3 May 2025, where", 0) is not None


@pytest.mark.parametrize("text, seat", [
    ("JNIM militants killed four civilians in the Liptako region on 7 December 2025.", "Dori"),
    ("Unidentified gunmen killed three people in the Kuilsé region on 6 December 2025.", "Kaya"),
    ("Two soldiers died when their vehicle hit a mine in the Yaadga region on 6 December 2025.", "Ouahigouya"),
])
def test_a_region_by_its_2025_name_is_at_its_capital(analyzer, text, seat):
    # Burkina Faso renamed its regions in July 2025: the new name is the old region's, coded at its capital
    place = _place(analyzer, text)
    assert place is not None and place.name == seat and place.geo_precision == 3
