"""« L'ennemi a été mis en déroute » / "the enemy was routed and fled": the attackers withdraw, so nothing
the text tells makes them the holder of the place they attacked."""
import datetime as dt

import pytest

from sitrep.fuse.control import WITHDRAWAL_LABELS

TRANSFERS = {"Non-state actor overtakes territory", "Government regains territory", "Non-violent transfer of territory"}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Des terroristes lourdement armés ont attaqué dimanche le camp militaire de Boni. Grâce à la riposte "
           "des FAMa, l'ennemi a été mis en déroute et a fui en abandonnant des motos, selon l'état-major."),
    ("en", "Militants attacked the army camp at Boni on Sunday. The enemy was routed and fled, leaving behind "
           "motorbikes and weapons, the army's General Staff said."),
])
def test_routed_attackers_take_nothing(default_analyzer, make_doc, language, text):
    events = default_analyzer.analyse(make_doc(text, dt.date(2026, 2, 10), language)).events
    assert events
    assert not any(e.sub_event_type in TRANSFERS for e in events)
    assert not any(e.version in WITHDRAWAL_LABELS for e in events)
