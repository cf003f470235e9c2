"""Which place an event told "between X and Y" gets, and how close "a few kilometres from X" puts it.

- "between X and Y (Y, Province)", « entre X et Y (Y, Province) »: the bracket after the second end opens
  with that end's own name and a unit below the region: the note's coder located Y (its commune), so the
  event is at Y, not at the first end;
- "between X and Y (Y, Region)": Y, unless the gazetteer knows a cercle or department Y or the ends lie within
  25 km (then a cercle holding both ends); a bracket after each end, or no bracket at all: the first end;
- « à quelques kilomètres de X », « à plusieurs km de X », "a few kilometres outside X": near X, ACLED's
  geo-precision 2, as « à une dizaine de kilomètres de X » already was.

Sentences written for this test (real places of Burkina Faso and Mali, their GeoNames coordinates). On
main at cc57f55 four of the seven cases failed: both commune brackets were placed at the first end
(Arbinda, 40 km from Gorgadji; Kaya, 29 km from Pissila) and both French wires at precision 1; with this
change all seven pass.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.analyse.small_world import analyzer_over, one_paragraph

# (geonameid, name, lat, lon, country, admin1, admin2, feature class, feature code, population)
ROWS = [
    (2100224, "Burkina Faso", 12.5, -1.67, "BF", None, None, "A", "PCLI", 20000000),
    (6930713, "Sahel", 14.0335, -0.0457, "BF", "12", None, "A", "ADM1", 1000000),
    (6930706, "Centre-Nord", 13.0983, -1.0855, "BF", "05", None, "A", "ADM1", 1500000),
    (6930709, "Est", 12.0631, 0.3635, "BF", "08", None, "A", "ADM1", 1500000),
    (2355737, "Province du Seno", 13.964, 0.012, "BF", "12", "71", "A", "ADM2", 260000),
    (2355914, "Province du Sanmatenga", 13.25, -1.0833, "BF", "05", "70", "A", "ADM2", 600000),
    (2354771, "Province de la Tapoa", 12.0, 1.75, "BF", "08", "42", "A", "ADM2", 400000),
    (2360385, "Gorgadji", 14.0328, -0.5195, "BF", "12", "71", "P", "PPL", 0),
    (2360960, "Arbinda", 14.2308, -0.8681, "BF", "12", "73", "P", "PPLA3", 10000),
    (2359608, "Kaya", 13.0917, -1.0844, "BF", "05", "70", "P", "PPLA", 66000),
    (2356467, "Pissila", 13.1642, -0.8225, "BF", "05", "70", "P", "PPL", 0),
    (2359723, "Kantchari", 12.4756, 1.5116, "BF", "08", "42", "P", "PPL", 0),
    (2361373, "Diapaga", 12.0731, 1.7884, "BF", "08", "42", "P", "PPLA2", 30000),
    (2453866, "Mali", 17.0, -4.0, "ML", None, None, "A", "PCLI", 20000000),
    (2453347, "Mopti Region", 14.7, -3.4, "ML", "04", None, "A", "ADM1", 2000000),
    (2460489, "Bandiagara", 14.35, -3.6104, "ML", "04", None, "P", "PPL", 20000),
    (2458213, "Dourou", 14.3027, -3.4286, "ML", "04", None, "P", "PPL", 0),
]

CASES = [
    # (case, language, text, expected geonameid, expected precision or None)
    ("commune bracket of the second end (en)", "en",
     "On 9 June 2024, suspected JNIM militants ambushed a gendarmerie escort on the stretch between Arbinda "
     "and Gorgadji (Gorgadji, Seno), killing three gendarmes.", 2360385, None),
    ("commune bracket of the second end (fr)", "fr",
     "Le 11 juin 2024, des hommes armés non identifiés ont tendu une embuscade à une patrouille de VDP entre "
     "Kaya et Pissila (Pissila, Sanmatenga), tuant deux VDP.", 2356467, None),
    ("no bracket: the first end", "en",
     "On 13 June 2024, JNIM fighters clashed with VDP between Gorgadji and Arbinda, killing four VDP.",
     2360385, None),
    ("a cercle and its region hold both ends: the first end", "en",
     "On 15 June 2024, suspected Dan Na Ambassagou militiamen clashed with JNIM militants between Dourou and "
     "Bandiagara (Bandiagara, Mopti), killing two militiamen.", 2458213, None),
    ("a few kilometres from a town (fr wire)", "fr",
     "Des hommes armés ont tué cinq civils jeudi à quelques kilomètres de Kantchari, dans l'est du Burkina "
     "Faso, selon des sources locales.", 2359723, 2),
    ("several kilometres from a town (fr wire)", "fr",
     "Une patrouille de l'armée est tombée dans une embuscade mardi à plusieurs kilomètres de Diapaga, "
     "faisant trois morts parmi les soldats, a indiqué une source sécuritaire.", 2361373, 2),
    ("a few kilometres outside a town (en wire)", "en",
     "Gunmen killed four herders on Friday a few kilometres outside Diapaga, in eastern Burkina Faso, a "
     "local official said.", 2361373, 2),
]


@pytest.fixture(scope="module")
def small_analyzer(knowledge):
    return analyzer_over(ROWS, knowledge.actors)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0])
def test_the_event_is_placed_at_the_located_end_or_near_the_town(small_analyzer, case):
    _, language, text, expected_id, precision = case
    doc = one_paragraph(text, dt.date(2024, 6, 30), doc_id="c" * 16).model_copy(update={"language": language})
    analysis = small_analyzer.analyse(doc)
    assert analysis.events, "each text tells a violent event"
    place = analysis.events[0].place
    assert place is not None and place.place_id == f"gn:{expected_id}", (place and place.name, text)
    if precision is not None:
        assert place.geo_precision == precision


def test_only_a_commune_bracket_of_the_second_end_moves_the_event():
    from sitrep.analyse.events.between_bracket import bracketed_second_end
    from sitrep.model import PlaceMention, Span

    def mention(text: str, name: str, lat: float, lon: float, admin1: str) -> PlaceMention:
        at = text.index(name)
        return PlaceMention(span=Span(doc_id="d" * 16, char_start=at, char_end=at + len(name)), surface=name, place_id="gn:1",
                            name=name, latitude=lat, longitude=lon, country="ML", admin1=admin1)

    def second_wins(text: str) -> bool:
        first = mention(text, "Boni", 15.0766, -2.2198, "Mopti Region")
        second = mention(text, "Hombori", 15.279, -1.7004, "Mopti Region")
        return bracketed_second_end(text, first, second)

    assert second_wins("between Boni and Hombori (Hombori, Douentza), killing two")
    # the second end and its region, the ends 58 km apart: the bracket locates Hombori (a cercle holding both
    # ends would be one around a nearer pair, as "between Dourou and Bandiagara (Bandiagara, Mopti)")
    assert second_wins("between Boni and Hombori (Hombori, Mopti), killing two")
    assert not second_wins("between Boni and Hombori (Douentza, Mopti), killing two")  # not the second's commune
    assert not second_wins("between Boni (Boni, Douentza) and Hombori (Hombori, Douentza)")  # each its own bracket
    assert not second_wins("between Boni and Hombori, killing two")
