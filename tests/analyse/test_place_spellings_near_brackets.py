"""A village spelled otherwise than GeoNames spells it, which the model or the gazetteer misreads before it
reaches the near-spelling search among its cercle's villages: a person's name to the model ("in Nouh Bozo
(Kareri, Tenenkou)"), a foreign namesake of its first word ("Hore" of "Hore Niwa (Bandiagara, Mopti)"), or no
entity at all when only "not far from Y" ties it to a known town."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.place_name_context import near_named, placed_by_bracket
from sitrep.analyse.lang import vocab
from sitrep.model import Published

from .seeds import make_document


@pytest.fixture(scope="module")
def analyzer():
    from sitrep.eval.gold import default_analyzer

    return default_analyzer()


def _event_place(analyzer, text: str):
    doc = make_document(f"sn{abs(hash(text)) % 10**8}", text, Published(date=dt.date(2022, 5, 1)), language="en")
    analysis = analyzer.analyse(doc)
    return analysis.events[0].place if analysis.events else None


def test_a_name_after_a_preposition_and_before_units_is_placed_by_them():
    text = "gunmen shot a trader in Sama Kourou (Tominian, Segou) at dawn"
    s = text.index("Sama")
    assert placed_by_bracket(text, s, s + len("Sama Kourou"))
    told = "a statement by Sama Kourou on Monday"
    assert not placed_by_bracket(told, told.index("Sama"), told.index("Sama") + len("Sama Kourou"))


def test_at_x_not_far_from_y_names_x():
    pattern = near_named(vocab("en").PIN_NEAR)
    assert pattern.search("gunmen abducted two women at Mohabundu, not far from Bankass").group("name") == "Mohabundu"
    assert near_named(vocab("fr").PIN_NEAR).search("un berger tué à Woudourare, près de Ténenkou").group("name") == "Woudourare"
    assert pattern.search("gunmen abducted two women at dawn, not far from Bankass") is None


def test_a_w_for_v_spelling_before_a_bracket_is_the_cercles_village(analyzer):
    place = _event_place(analyzer, "On 2 May 2022, armed men burned several huts in Woudourare (Tenenkou, Mopti).")
    assert place is not None and place.name == "Voudouraré"


def test_a_village_near_a_town_under_another_spelling_is_placed(analyzer):
    place = _event_place(analyzer, "On 2 May 2022, unidentified gunmen abducted two women at Mohabundu, not far from Bankass (Mopti).")
    assert place is not None and place.name == "Mohaboundou"


def test_a_two_word_village_before_near_is_read_whole(analyzer):
    # "Sunga" alone has a namesake in Niger; the whole name is the Niafunke village spelled "Sounga Loré"
    place = _event_place(analyzer, "On 2 May 2022, gunmen killed a herder in Sunga Lore, near Niafunke.")
    assert place is not None and place.name == "Sounga Loré"
