"""Where a note's event happened when its brackets, a neighbourhood or a road between two towns say so
(``tests/data/notes_place_brackets_between.csv``, notes written for this test in ACLED's style):

- "X (Commune, Cercle)" where the dump files one homonym of the commune inside the cercle by its codes and
  leaves the other, nearer one without a cercle code: the nearer one (Malian villages carry no cercle code);
- "X (Commune, Province)": the province is the area, never a village of that name elsewhere, so a village
  X the codes put in another province is not X, and the event is coded at the commune;
- "the X neighbourhood of the city of Y", "the X village in Y commune": inside Y, not an X far away;
- "on the road between Y and Z": at Y (precision 2), before a place named only as an origin, but after a
  place the note locates with "in";
- "the commune of X (A, Province)": X is a commune of the province, not a village of commune A;
- "between X and Y (A, B)" that the language model reads as one person's name: still two places.

The gazetteer is built by hand (real names, coordinates and codes chosen for each case), so the
result can only come from these rows.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from tests.analyse.small_world import analyzer_over, one_paragraph

NOTES = Path(__file__).resolve().parents[1] / "data" / "notes_place_brackets_between.csv"

# (geonameid, name, lat, lon, country, admin1, admin2, feature class, feature code, population)
ROWS = [
    (9100001, "Mali", 17.0, -4.0, "ML", None, None, "A", "PCLI", 20000000),
    (9100002, "Mopti Region", 14.7, -3.4, "ML", "04", None, "A", "ADM1", 2000000),
    (9100003, "Koro", 14.06, -3.07, "ML", "04", "KR", "A", "ADM2", 400000),  # the cercle
    (9100004, "Koro", 14.064, -3.0754, "ML", "04", "KR", "P", "PPLA2", 60000),  # its seat
    (9100010, "Madougou", 14.3992, -3.0788, "ML", "04", None, "P", "PPL", 0),  # the commune, no cercle code
    (9100011, "Madougou", 14.7874, -3.7808, "ML", "04", "KR", "P", "PPL", 0),  # coded in Koro, far off
    (9100020, "Bamako", 12.65, -8.0, "ML", "00", None, "P", "PPLC", 1800000),
    (9100021, "Sebenikoro", 14.4, -10.9, "ML", "03", None, "P", "PPL", 0),  # a village of Kayes
    (9100022, "Douentza", 15.0, -2.95, "ML", "04", "DZ", "A", "ADM2", 250000),
    (9100023, "Douentza", 15.0016, -2.9498, "ML", "04", "DZ", "P", "PPLA2", 25000),
    (9100030, "Boni", 15.0766, -2.2198, "ML", "04", None, "P", "PPL", 0),
    (9100031, "Hombori", 15.279, -1.7004, "ML", "04", None, "P", "PPL", 0),
    (9100040, "Anderamboukane", 15.4275, 3.0175, "ML", "09", None, "P", "PPL", 18688),
    (9100041, "Inekar", 15.9594, 3.1411, "ML", "09", None, "P", "PPL", 8714),
    (9100042, "Menaka", 16.6617, 2.7023, "ML", "09", "MK", "A", "ADM2", 0),  # the cercle
    (9100043, "Menaka", 15.9182, 2.4022, "ML", "09", "MK", "P", "PPLA2", 9110),
    (9100050, "Dinangourou", 14.451, -2.2442, "ML", "04", None, "P", "PPL", 0),
    (9100051, "Kondo", 11.7774, -7.4227, "ML", "06", None, "P", "PPL", 0),  # a village of Sikasso
    (9200001, "Burkina Faso", 12.5, -1.5, "BF", None, None, "A", "PCLI", 20000000),
    (9200002, "Loroum", 13.85, -2.2, "BF", "13", "LO", "A", "ADM2", 140000),  # the province
    (9200003, "Loroum", 13.3, -2.9, "BF", "10", "YA", "P", "PPL", 0),  # a village of that name elsewhere
    (9200004, "Titao", 13.77, -2.07, "BF", "13", "LO", "P", "PPLA2", 30000),
    (9200005, "Bouna", 13.77, -2.47, "BF", "10", "YA", "P", "PPL", 0),  # near Titao, in another province
    (9200006, "Bouna", 14.2, -1.75, "BF", "13", "LO", "P", "PPL", 0),  # in Loroum, beyond a commune's reach
    (9200007, "Tapoa", 12.0, 1.75, "BF", "08", "TA", "A", "ADM2", 260000),
    (9200010, "Logobou", 11.95, 1.95, "BF", "08", "TA", "P", "PPL", 5000),
    (9200011, "Tansarga", 11.435, 1.487, "BF", "08", "TA", "P", "PPL", 4000),
]


def _notes() -> list[dict[str, str]]:
    with NOTES.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def small_analyzer(knowledge):
    return analyzer_over(ROWS, knowledge.actors)


@pytest.mark.parametrize("row", _notes(), ids=lambda r: r["case"])
def test_the_event_is_placed_where_the_note_says(small_analyzer, row):
    analysis = small_analyzer.analyse(one_paragraph(row["note"], dt.date(2024, 6, 30), doc_id="b" * 16))
    assert analysis.events, "each note tells a violent event"
    place = analysis.events[0].place
    assert place is not None and place.place_id == f"gn:{row['expected_id']}", (place and place.name, row["note"])
    assert place.geo_precision == int(row["precision"])


def test_a_neighbourhood_word_links_its_name_to_the_city():
    from sitrep.analyse.place_anchors import link_between

    assert link_between(" quarter in the capital of ", ".", [], "en").kind == "near"
    assert link_between(" neighbourhood of the city of ", ".", [], "en").kind == "near"
    assert link_between(" in the capital of ", ".", [], "en").kind == "near"
    assert link_between(" village in ", " commune (", [], "en").kind == "near"
    assert link_between(" quarter ", ".", [], "en") is None
    assert link_between(" village of ", ".", [], "en") is None  # "the X village of Y" may name Y's people
