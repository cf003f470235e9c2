"""Places of notes from beyond the Sahel that name no country, only their units or a town of note: Nigeria's
"X community in Y LGA of Z state", a first-level unit told with its word ("Borno state", "Kanem province"),
Pakistan's "tehsil", a second-level unit ("Khyber district", "Bol (Mamdi)"), and a
country's alpha-3 code written as a name ("Bol" is no Bolivia).  Such a note was read in
the Sahel first and its towns fell on Sahel hamlets spelled nearly so, or on nothing.  The sentences are written
for these tests; what must not move is there too: a compass-named region of the Sahel, a word after "in" that only
looks like a town abroad, a code written in capitals."""

from __future__ import annotations

import pytest

from sitrep.analyse.place_codes import without_code_readings
from sitrep.analyse.place_unit_countries import unit_countries
from sitrep.geo import haversine_km

from .dated_notes import note_place

GWOZA = (11.0831, 13.6959)
BOKKOS = (9.2992, 8.9947)
BOL = (13.4673, 14.7135)
JAMRUD = (34.0015, 71.3801)
BANNU = (32.9889, 70.6056)


@pytest.mark.parametrize("text,town", [
    ("On 2 June 2026, bandits stormed Ngoshe community in Gwoza LGA of Borno state and killed a farmer.", GWOZA),
    ("On 2 June 2026, gunmen killed two herders in Mushu community, Bokkos Local Government Area, Plateau state.", BOKKOS),
    ("On 2 June 2026, ISWAP fighters burned houses in Gwoza LGA.", GWOZA),
])
def test_a_community_of_an_lga_falls_on_the_lga_s_town_in_nigeria(default_analyzer, text, town):
    p = note_place(default_analyzer, text)
    assert p.country == "NG", p.name
    assert haversine_km(*town, p.latitude, p.longitude) < 25, p.name


@pytest.mark.parametrize("text,town", [
    ("On 2 June 2026, unidentified gunmen killed a fisherman outside Bol (Lac province).", BOL),
    # a second-level unit the shipped table holds beyond the Sahel pins its town ("Bol (Mamdi)": Chad's department),
    # and tells its country with its unit word ("Khyber district", "Bannu district"); these three were read in the
    # Sahel first until the units were shipped (a rule reading the country from the town alone moved world news)
    ("On 2 June 2026, gunmen abducted a trader outside Bol (Mamdi).", BOL),
    ("On 2 June 2026, a bomb killed a shopkeeper in the Jamrud area of Khyber district.", JAMRUD),
    ("On 2 June 2026, a landmine wounded two policemen in the Bannu area, Bannu district.", BANNU),
])
def test_a_town_of_note_abroad_is_that_town(default_analyzer, text, town):
    p = note_place(default_analyzer, text)
    assert haversine_km(*town, p.latitude, p.longitude) < 25, p.name


def test_units_tell_their_country_and_compass_words_tell_none(default_analyzer):
    gaz = default_analyzer.knowledge.gazetteer
    nlp = default_analyzer.nlp("en")

    class Para:  # the two attributes ``unit_countries`` reads
        def __init__(self, text):
            self.text = text
            self.doc = nlp(text)

    assert unit_countries([Para("Gunmen raided Kirawa in Borno state.")], gaz).get("NG") == 1.0
    assert unit_countries([Para("Militants attacked a post in Salarzai tehsil.")], gaz).get("PK", 0) >= 0.75
    # a plural unit word is the same word (it raised a KeyError and lost the document's analysis)
    assert unit_countries([Para("Bandits raided villages in three local government areas of Zamfara.")], gaz).get("NG", 0) >= 0.75
    assert unit_countries([Para("Curfews were imposed in four LGAs.")], gaz).get("NG", 0) >= 0.75
    assert unit_countries([Para("Gunmen burned a school in the North region.")], gaz) == {}
    assert unit_countries([Para("Gunmen burned a school in the Far North region.")], gaz) == {}
    # the Sahel's own countries are read first anyway: told by nothing here
    assert unit_countries([Para("Gunmen killed a herder in the Mopti region.")], gaz) == {}
    # a word after a preposition that the text does not make a place tells nothing
    assert unit_countries([Para("Gunmen killed a trader in Sector 4 of Ouahigouya.")], gaz) == {}
    # nor does a village sharing an alternate name of a town abroad ("Mushu" is one of Muş's)
    assert "TR" not in unit_countries([Para("Gunmen killed two herders in Mushu community, Bokkos LGA.")], gaz)


def test_a_country_code_written_as_a_name_is_no_country(default_analyzer):
    gaz = default_analyzer.knowledge.gazetteer
    assert not any(c.is_country for c in without_code_readings("Bol", gaz.lookup("Bol")))
    assert any(c.is_country and c.country == "BO" for c in without_code_readings("BOL", gaz.lookup("BOL")))


def test_a_sahel_note_keeps_its_compass_region(default_analyzer):
    p = note_place(default_analyzer, "On 2 June 2026, gunmen burned a school in the North region.")
    assert p.country == "BF", p.name


# notes from the Lake Chad basin and Pakistan's tribal districts: a department told with its unit word, a town of
# conflict note the shipped table beyond the Sahel lists, and a town "in the Lake Chad region" (a region across
# borders that bounds nothing)
@pytest.mark.parametrize("text,country,town", [
    ("On 2 June 2026, gunmen raided a village in the Mayo-Tsanaga department of the Far North region.", "CM",
     (10.7424, 13.8023)),
    ("On 2 June 2026, Boko Haram militants killed three villagers in Mamdi department of Lac province.", "TD", BOL),
    ("On 2 June 2026, Boko Haram fighters killed eight fishermen near Baga Sola, a town in the Lake Chad region.",
     "TD", (13.533, 14.317)),
    ("On 2 June 2026, suspected Boko Haram militants abducted six people on the Mora-Kolofata axis, some 10 km "
     "from Mora.", "CM", (11.0461, 14.1401)),
    ("On 2 June 2026, militants attacked a police post in Mir Ali, killing two policemen.", "PK", (32.97, 70.27)),
])
def test_a_department_or_a_listed_town_tells_its_country(default_analyzer, text, country, town):
    p = note_place(default_analyzer, text)
    assert p.country == country, p.name
    assert haversine_km(*town, p.latitude, p.longitude) < 25, p.name


def test_a_listed_town_tells_its_country_only_as_written(default_analyzer):
    gaz = default_analyzer.knowledge.gazetteer
    nlp = default_analyzer.nlp("en")

    class Para:
        def __init__(self, text):
            self.text = text
            self.doc = nlp(text)

    assert unit_countries([Para("Gunmen attacked Kolofata.")], gaz).get("CM") == 1.0
    assert unit_countries([Para("Gunmen attacked a post in the Mayo-Sava department.")], gaz).get("CM") == 1.0
    # a common word is no town; a department word after a compass name tells nothing
    assert unit_countries([Para("Police in the waza area said nothing.")], gaz) == {}
    assert unit_countries([Para("Gunmen attacked a post in the North department.")], gaz) == {}
