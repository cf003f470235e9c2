"""State media's "eliminated"/« éliminé » tell a fight with the enemies killed, with the toll they give."""
import datetime as dt

import pytest


@pytest.mark.parametrize(("language", "text", "toll"), [
    ("en", "Malian troops, supported by Russian instructors, eliminated more than 25 terrorists near the "
           "village of Anefis on Tuesday, the army's General Staff said.", 25),
    ("fr", "Les FAMa ont éliminé plus d'une vingtaine de terroristes mardi près de Tessit, selon l'état-major.", 20),
])
def test_eliminated_enemies_are_a_clash_with_their_toll(first_event, language, text, toll):
    event = first_event(text, published=dt.date(2026, 4, 9), language=language)
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities is not None and (event.fatalities.low, event.fatalities.high) == (toll, None)
