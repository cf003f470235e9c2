"""Wire story shapes read by their mechanisms (the wires_blind_33 branch): a credited dateline is no word of the news,
a trigger that opens on its doers is read at its verb, a pursuer is no party to the deed, a lead's unnamed village
takes the name the story gives it later, an undated deed after a lead that dates it as a topic takes the lead's day,
a timeline's list items are background, "fled to the regional capital, X" is a journey's end."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Modality

from .conftest import make_document

pytestmark = pytest.mark.xdist_group("wire_story_shapes")


def _events(analyzer, text: str, published=dt.date(2030, 2, 20), language: str = "en"):
    return analyzer.analyse(make_document(text, published, language=language)).events


def test_a_credited_dateline_with_its_country_does_not_hide_the_lead(default_analyzer):
    lead = ("DAKAR, Senegal (AP) — Gunmen killed dozens of people in an attack on a village in northern Burkina Faso "
            "on Tuesday, residents said, in the latest violence to hit the country's Sahel region.")
    (event,) = _events(default_analyzer, lead)
    assert event.confidence >= 0.5, event.confidence
    assert event.fatalities is not None and event.fatalities.low == 12


@pytest.mark.parametrize("opening", ["", "OUAGADOUGOU, July 13 (Reuters) - "])
def test_doers_opening_the_trigger_leave_the_victims_their_side(default_analyzer, opening):
    text = opening + "Gunmen on motorcycles killed at least 14 volunteer fighters in an attack on Sunday in north-central " \
                     "Burkina Faso, two security sources said."
    (event,) = _events(default_analyzer, text)
    assert event.side2 == ["vdp"], (event.side1, event.side2)


@pytest.mark.parametrize("text, language", [
    ('Government spokesman Abdoul Karim Sawadogo said in a statement on Thursday that 23 civilians had been killed and '
     'that the army was hunting down the "terrorists" responsible.', "en"),
    ("Le porte-parole du gouvernement a indiqué jeudi que 23 civils avaient été tués et que l'armée traquait les "
     "terroristes responsables.", "fr"),
])
def test_the_force_hunting_the_killers_is_no_party_to_the_killing(default_analyzer, text, language):
    (event,) = _events(default_analyzer, text, language=language)
    assert not any("armed-forces" in a for a in event.side1), event.side1
    assert event.fatalities is not None and event.fatalities.low == 23


AP_STORY = """DAKAR, Senegal (AP) — Gunmen killed dozens of people in an attack on a village in northern Burkina Faso on Tuesday, residents said, in the latest violence to hit the country's Sahel region.

The attackers arrived on motorbikes in the afternoon and went from house to house in Gorgadji, shooting men and setting fire to shops and granaries, two residents told The Associated Press.

"We buried dozens of people on Wednesday morning," one of them said by phone from Dori, where he fled with his children."""


def test_the_unnamed_village_of_the_lead_is_the_one_named_later(default_analyzer):
    lead = _events(default_analyzer, AP_STORY)[0]
    assert lead.place is not None and lead.place.name == "Gorgadji", lead.place


def test_a_village_named_only_in_a_dated_recall_is_not_the_unnamed_one(default_analyzer):
    text = ("BAMAKO, Mali (AP) — Gunmen on motorcycles attacked a village in central Mali's Mopti region on Friday "
            "evening, killing at least 30 people, local officials said Saturday.\n\n"
            "Central Mali has seen a string of massacres since 2019, when more than 150 Fulani herders were killed in the "
            "village of Ogossagou, near the town of Bandiagara.")
    lead = _events(default_analyzer, text, published=dt.date(2027, 6, 19))[0]
    assert lead.place is None or lead.place.name not in ("Ogossagou", "Ogossogou"), lead.place


def test_a_town_named_only_in_recalls_of_last_year_is_not_the_unnamed_village(default_analyzer):
    text = ("BAMAKO, Mali (AP) — Gunmen killed at least 12 civilians in an attack on a village in central Mali's Mopti "
            "region on Friday, a local official said.\n\n"
            "Last year, jihadists besieged the town of Boni for months.")
    lead = _events(default_analyzer, text, published=dt.date(2027, 6, 19))[0]
    assert lead.place is None or lead.place.name != "Boni", lead.place


FEATURE = """Survivors of an attack on the village of Gorgadji in northern Burkina Faso earlier this week say the gunmen gave them no warning.

"They came on motorbikes and shot at everyone they saw," said Aissata, a mother of four who fled to the regional capital, Dori, with her children.

Humanitarian workers in Dori said more than 3,000 people had arrived in the town since the attack."""


def test_an_undated_deed_after_a_lead_dating_its_attack_takes_the_lead_day_and_village(default_analyzer):
    published = dt.date(2030, 2, 22)
    first = _events(default_analyzer, FEATURE, published=published)[0]
    assert first.place is not None and first.place.name == "Gorgadji", first.place  # (Dori: where she fled)
    assert first.date is not None and first.date.earliest < published, first.date


TIMELINE = """Nine soldiers were killed in an attack on a military post in Makalondi, in southwestern Niger, on Monday, the army said on Tuesday.

The attack is the latest in a series that has hit the Tillaberi region in recent weeks:

- On Jan. 20, seven soldiers were killed when their patrol was ambushed near Torodi.

- On Jan. 4, gunmen killed 12 civilians at a market in Tera."""


def test_a_timeline_list_under_the_news_is_background(default_analyzer):
    events = _events(default_analyzer, TIMELINE, published=dt.date(2030, 2, 12))
    listed = [e for e in events if e.date is not None and e.date.latest < dt.date(2030, 2, 1)]
    assert listed and all(e.modality == Modality.background for e in listed), \
        [(e.date, e.modality) for e in events]
    news = [e for e in events if e.modality != Modality.background]
    assert news and news[0].place is not None and news[0].place.name == "Makalondi"
