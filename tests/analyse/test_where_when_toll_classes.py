"""The mechanisms behind ``test_notes_where_when_toll.py``, each on sentences written for this test
(other phrasings than the notes'): an area coded at its seat, a unit named after a comma or a
settlement noun, a river's name, a name as written before a transliteration near another name,
vague counts as ACLED codes them, possessive victims, both sides' dead, and the thirds of a month."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.analyse.dates import parse_dates
from sitrep.analyse.fatalities import find_fatalities
from sitrep.eval.notes import Note, note_document
from sitrep.geo import haversine_km
from sitrep.model import DateInterval, Precision

ROWS = Path(__file__).resolve().parents[1] / "fixtures" / "geonames" / "where_notes_mini.txt"


@pytest.fixture(scope="module")
def analyzer():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge
    from sitrep.knowledge.geonames_dump import import_geonames
    from sitrep.store import Store

    with Store(":memory:") as s:
        import_geonames(s, ROWS)
        knowledge = load_knowledge(s, world=False)
    knowledge.gazetteer.imported = knowledge.gazetteer.detailed = frozenset({"ML", "BF", "NE"})  # read as imported dumps
    return Analyzer(knowledge)


def _event_km(analyzer, text: str, lat: float, lon: float) -> float:
    doc = note_document(Note(row=1, notes=text, event_date=dt.date(2026, 3, 14), event_type="", sub_event_type=""), "t")
    events = analyzer.analyse(doc).events
    assert events, text
    place = events[0].place
    assert place is not None and place.latitude is not None, text
    return haversine_km(place.latitude, place.longitude, lat, lon)


@pytest.mark.parametrize("text, lat, lon", [
    # a region or province named alone: its capital, not its centroid (88 km from Mopti, 48 km from Djibo)
    ("On 3 March 2026, gunmen abducted two teachers in the region of Mopti.", 14.4843, -4.18296),
    ("Unidentified assailants killed a truck driver in Segou region on 4 March 2026.", 13.4317, -6.2157),
    ("On 5 March 2026, JNIM militants ambushed VDP in Soum province, killing 4 of them.", 14.0994, -1.62554),
    ("Le 7 mars 2026, des hommes armés ont tué deux civils dans la région de Ségou.", 13.4317, -6.2157),
    # "the X commune" is the town X and its villages, before the cercle's town in the bracket
    ("On 6 March 2026, IS Sahel militants killed two herders at a camp of the Tessit commune (Ansongo, Gao).", 15.2238, 0.2925),
    # a unit after a comma or a settlement noun chooses among homonyms
    ("Le 8 mars 2026, des hommes armés ont tué un berger à Bara, cercle de Douentza.", 14.98677, -3.27183),
    ("On 9 March 2026, gunmen killed a trader in Kandia, a hamlet in the Gourma-Rharous cercle.", 17.0264, -1.49223),
    # a river's name is no town: "the Bani river" is not a village called Bani
    ("On 11 March 2026, gunmen attacked a pirogue on the Bani river near Sofara, killing one fisherman.", 14.017, -4.233),
    # the name as written beats a transliteration lying nearer the region named with it
    ("Le 12 mars 2026, des hommes armés ont tué trois commerçants au marché de Kadiolo (région de Sikasso).", 10.55, -5.76667),
])
def test_event_is_coded_where_acled_codes_it(analyzer, text, lat, lon):
    assert _event_km(analyzer, text, lat, lon) <= 25.0


@pytest.mark.parametrize("text, lang, low, high", [
    # ACLED's FAQ on fatalities: "10 for 'tens,' 12 for 'dozens,' 100 for 'hundreds'"; its notes code "several" as 3
    ("The clashes left tens of militants dead.", "en", 10, None),
    ("Tens of civilians were killed in the raid.", "en", 10, None),
    ("Des dizaines de civils ont été tués dans le raid.", "fr", 10, None),
    ("Dozens of villagers were killed.", "en", 12, None),
    ("A dozen soldiers were killed in the ambush.", "en", 12, 12),
    ("Several civilians were killed.", "en", 3, None),
    ("Plusieurs civils ont été tués.", "fr", 3, None),
    ("L'attaque a fait une dizaine de morts.", "fr", 10, 10),
    # a possessive item: "his son" is one, "his two sons" two
    ("Gunmen killed a village chief and his son.", "en", 2, 2),
    ("The militants killed an imam and his two sons.", "en", 3, 3),
    # both sides' dead, one side told with "died"
    ("Four soldiers died and dozens of attackers were killed, the army said.", "en", 16, None),
    ("Three gendarmes died and 9 assailants were neutralised.", "en", 12, 12),
])
def test_counts_follow_acled(text, lang, low, high):
    killed, _ = find_fatalities(text, lang)
    assert killed is not None and (killed.low, killed.high) == (low, high), (text, killed)


@pytest.mark.parametrize("text, lang", [
    ("Gunmen abducted 20 passengers from a bus near Sevare.", "en"),
    ("Twelve soldiers were wounded and four are missing.", "en"),
    ("Des hommes armés ont enlevé cinq personnes.", "fr"),
])
def test_the_wounded_and_the_abducted_are_not_counted(text, lang):
    killed, _ = find_fatalities(text, lang)
    assert killed is None or not killed.low, (text, killed)


ANCHOR = DateInterval(earliest=dt.date(2026, 6, 24), latest=dt.date(2026, 6, 24), precision=Precision.day)


@pytest.mark.parametrize("text, lang, first, last", [
    ("In early June 2026, militants besieged the town.", "en", dt.date(2026, 6, 1), dt.date(2026, 6, 10)),
    ("The attacks of mid-May left the village empty.", "en", dt.date(2026, 5, 11), dt.date(2026, 5, 20)),
    ("Since late April 2026 the road has been closed.", "en", dt.date(2026, 4, 21), dt.date(2026, 4, 30)),
    ("Début juin, des hommes armés ont attaqué le village.", "fr", dt.date(2026, 6, 1), dt.date(2026, 6, 10)),
    ("À la mi-mai 2026, le camp a été attaqué.", "fr", dt.date(2026, 5, 11), dt.date(2026, 5, 20)),
    ("Fin mai, les assaillants sont revenus.", "fr", dt.date(2026, 5, 21), dt.date(2026, 5, 31)),
])
def test_a_third_of_a_month(text, lang, first, last):
    found = parse_dates(text, ANCHOR, lang)
    assert [(d.earliest, d.latest) for _, _, d in found] == [(first, last)]
