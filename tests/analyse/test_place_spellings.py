"""A village the gazetteer lacks under the note's spelling, found under another spelling among the
villages of the commune the note pins it to ("X (Commune, Region)"), and only there.

Hand-built GeoNames-like rows for Mali, treated as an imported dump (``detailed``): the loose
spellings French and English mix ("dj"/"dy", "o"/"ou", "e"/"i") are matched near the anchor; a
near spelling far from it, or a gazetteer without the country's dump, leaves the event at the commune.
"""

from __future__ import annotations

import datetime as dt

import pytest
from rapidfuzz import fuzz

from sitrep.analyse import Analyzer
from sitrep.analyse.place_spellings import loose_key
from sitrep.knowledge import Knowledge
from sitrep.knowledge.gazetteer import build_gazetteer, name_keys
from sitrep.knowledge.names import place_key

from tests.analyse.small_world import one_paragraph

# (geonameid, name, lat, lon, country, admin1, admin2, feature class, feature code, population)
ROWS = [
    (9200001, "Mali", 17.0, -4.0, "ML", None, None, "A", "PCLI", 20000000),
    (9200002, "Mopti Region", 14.7, -3.4, "ML", "04", None, "A", "ADM1", 2000000),
    (9200003, "Ténenkou", 14.4572, -4.9169, "ML", "04", None, "P", "PPLA2", 11000),
    (9200004, "Bankass", 14.0775, -3.5159, "ML", "04", None, "P", "PPLA2", 12000),
    (9200005, "Dyafarabé", 14.15, -4.93, "ML", "04", None, "P", "PPL", 0),  # 34 km south of Ténenkou
    (9200006, "Sinkoulou", 14.20, -3.45, "ML", "04", None, "P", "PPL", 0),  # 15 km from Bankass
    (9200007, "Toguéré", 15.40, -4.50, "ML", "04", None, "P", "PPL", 0),  # 120 km north of Bankass
    (9200008, "Tanga", 13.00, -6.00, "ML", "05", None, "P", "PPL", 0),  # in Ségou region, 290 km away
    (9200009, "Tangha", 14.10, -3.40, "ML", "04", None, "P", "PPL", 0),  # 13 km from Bankass
    (9200010, "Timbara", 14.15, -3.55, "ML", "04", None, "P", "PPL", 0),  # 9 km from Bankass, another village
]
ALTERNATES = {9200002: ["Mopti"], 9200003: ["Tenenkou"]}


def _analyzer(knowledge, detailed):
    gaz = build_gazetteer([(row, name_keys(row[1], "", ALTERNATES.get(row[0], []))) for row in ROWS], world=False)
    gaz.imported = gaz.detailed = detailed
    return Analyzer(Knowledge(actors=knowledge.actors, gazetteer=gaz))


@pytest.fixture(scope="module")
def with_dump(knowledge):
    return _analyzer(knowledge, frozenset({"ML"}))


@pytest.fixture(scope="module")
def world_only(knowledge):
    return _analyzer(knowledge, frozenset())


def _place(analyzer, text):
    analysis = analyzer.analyse(one_paragraph(text, dt.date(2023, 6, 1), doc_id="c" * 16))
    assert analysis.events, f"no event in {text!r}"
    return analysis.events[0].place


def test_loose_keys_fold_the_spellings_transliterations_mix():
    assert loose_key(place_key("Diafarabe")) == loose_key(place_key("Dyafarabé"))
    assert loose_key(place_key("Sinkolo")) == loose_key(place_key("Sinkoulou"))
    # one vowel apart: alike enough to be taken near the commune (ratio over 80), not equal
    assert fuzz.ratio(loose_key(place_key("Bambofa")), loose_key(place_key("Bonbofa"))) >= 80
    assert loose_key(place_key("Tchalla")) == loose_key(place_key("Tyala"))
    assert loose_key(place_key("Bamba"))[1] == "a"


@pytest.mark.parametrize("text, expected", [
    ("On 2 January 2023, FAMa soldiers clashed with JNIM militants in Diafarabe (Tenenkou, Mopti), killing five.",
     "gn:9200005"),
    ("On 2 January 2023, Dozo militiamen killed three Fulani civilians in the village of Sinkolo (Bankass, Mopti).",
     "gn:9200006"),
    ("On 2 January 2023, unidentified gunmen killed a herder near Sinkolo (Bankass, Mopti).", "gn:9200006"),
    # the Fulani quarter of the village, which the gazetteer lists under the village's bare name
    ("On 2 January 2023, Dogon militiamen killed 20 Fulani civilians in Sinkolo Peulh (Bankass, Mopti).", "gn:9200006"),
    ("On 2 January 2023, militiamen burned the hamlet of Sinkolo-Peul (Bankass, Mopti), killing two civilians.", "gn:9200006"),
])
def test_a_near_spelling_among_the_communes_villages_is_the_village(with_dump, text, expected):
    place = _place(with_dump, text)
    assert place is not None and place.place_id == expected


def test_a_near_spelling_far_from_the_commune_is_not_taken(with_dump):
    """"Toguere" is spelled like the gazetteer's Toguéré, but 120 km from Bankass: not the village of
    Bankass the note means, which the gazetteer lacks: the event is coded at Bankass, precision 2."""
    place = _place(with_dump, "On 2 January 2023, gunmen killed two civilians in Toguerre (Bankass, Mopti).")
    assert place is not None and place.place_id == "gn:9200004" and place.geo_precision == 2


def test_without_the_countrys_dump_the_event_stays_at_the_commune(world_only):
    place = _place(world_only, "On 2 January 2023, Dozo militiamen killed three Fulani civilians in the village of "
                               "Sinkolo (Bankass, Mopti).")
    assert place is not None and place.place_id == "gn:9200004" and place.geo_precision == 2


def test_a_homonym_the_units_rule_out_gives_way_to_a_spelling_near_the_commune(with_dump):
    """The gazetteer's Tanga lies 290 km away, in another region: not the village of Bankass the note
    names; its Tangha 13 km from Bankass is (an exact name elsewhere does not stop the search)."""
    place = _place(with_dump, "On 2 January 2023, gunmen killed two civilians in Tanga (Bankass, Mopti).")
    assert place is not None and place.place_id == "gn:9200009"


def test_a_changed_consonant_names_another_village(with_dump):
    """"Tenfara" and the gazetteer's Timbara near Bankass differ in their consonants (f/b): another
    village, not a spelling of it.  The event stays at Bankass, precision 2."""
    place = _place(with_dump, "On 2 January 2023, gunmen killed two civilians in Tenfara (Bankass, Mopti).")
    assert place is not None and place.place_id == "gn:9200004" and place.geo_precision == 2


def test_no_near_spelling_is_searched_around_a_region(with_dump):
    """"Sinkolo, Mopti region": a region's centre says nothing about which of its villages a loose
    spelling is; only a town or commune the text pins the name to is searched around."""
    analysis = with_dump.analyse(one_paragraph("On 2 January 2023, Dozo militiamen killed three Fulani civilians in "
                                               "Sinkolo, Mopti region.", dt.date(2023, 6, 1), doc_id="c" * 16))
    assert not any(p.place_id == "gn:9200006" for p in analysis.places)


def test_a_derived_table_is_built_once_and_never_pickled():
    """``Gazetteer.derived`` memoises what other stages build from the gazetteer (the villages of a
    country) apart from its fuzzy memo, and a pickled gazetteer (sent to a worker) carries none of it."""
    import pickle

    from sitrep.knowledge.gazetteer import Gazetteer

    gaz, built = Gazetteer(), []
    assert gaz.derived(("villages", "ML"), lambda: built.append(1) or "table") == "table"
    assert gaz.derived(("villages", "ML"), lambda: built.append(1) or "other") == "table"
    assert built == [1]
    assert "_country_tables" not in pickle.loads(pickle.dumps(gaz)).__dict__
