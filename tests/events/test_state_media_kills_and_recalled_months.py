"""State media's "eliminated"/« éliminé » tell a fight with the enemies killed; a month named half a year or
more before the publication ("retook Menaka in March 2024") is the story's background, not its news."""
import datetime as dt

import pytest

from sitrep.model import Modality


@pytest.mark.parametrize(("language", "text", "toll"), [
    ("en", "Malian troops, supported by Russian instructors, eliminated more than 25 terrorists near the "
           "village of Anefis on Tuesday, the army's General Staff said.", 25),
    ("fr", "Les FAMa ont éliminé plus d'une vingtaine de terroristes mardi près de Tessit, selon l'état-major.", 20),
])
def test_eliminated_enemies_are_a_clash_with_their_toll(first_event, language, text, toll):
    event = first_event(text, published=dt.date(2026, 4, 9), language=language)
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities is not None and (event.fatalities.low, event.fatalities.high) == (toll, None)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Soldiers and their Russian allies have patrolled the area since the army retook the town of "
           "Menaka from the rebels in March 2024."),
    ("fr", "L'armée avait repris la ville de Ménaka aux rebelles en mars 2024, avec l'appui de ses alliés russes."),
])
def test_a_month_long_before_the_publication_is_background(default_analyzer, make_doc, language, text):
    events = default_analyzer.analyse(make_doc(text, dt.date(2026, 4, 9), language)).events
    dated = [e for e in events if e.date is not None and e.date.latest.year == 2024]
    assert dated and all(e.modality == Modality.background for e in dated)


def test_last_month_stays_news(default_analyzer, make_doc):
    text = "Gunmen killed four traders near Niono in March 2026, residents said."
    events = default_analyzer.analyse(make_doc(text, dt.date(2026, 4, 9))).events
    assert events and events[0].modality != Modality.background
