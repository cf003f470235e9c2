"""The people the forces killed, told as having fired on them first ("the army said the dead were rebels who had fired
at soldiers", "shot dead after they were challenged and opened fire"), make the forces' killing a clash
(``defenders.FIRED_ON_THE_FORCES`` in ``codebook.FIGHT_BACK``); gunmen who fired on a bus still attacked civilians."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 9, 6)


def _subtypes(analyzer, make_doc, text: str, language: str = "en") -> list[str]:
    return [e.sub_event_type for e in analyzer.analyse(make_doc(text, published=DAY, language=language)).events]


@pytest.mark.parametrize("text", [
    "Troops killed five people during an operation in the hills above Medellin on Friday; the army said the dead were "
    "rebels who had fired at soldiers.",
    "Two infiltrators were shot dead by troops near the border fence after they were challenged and opened fire, an "
    "army spokesman said.",
])
def test_the_dead_told_as_having_fired_on_the_forces_make_a_clash(default_analyzer, make_doc, text):
    assert _subtypes(default_analyzer, make_doc, text)[:1] == ["Armed clash"]


def test_gunmen_who_fired_on_a_bus_still_attacked_civilians(default_analyzer, make_doc):
    text = "Gunmen who opened fire on a bus killed five passengers near Quetta on Sunday, police said."
    assert _subtypes(default_analyzer, make_doc, text)[:1] == ["Attack"]


def test_the_french_words_of_the_dead_who_fired_first():
    import re

    from sitrep.analyse.events.defenders import FIRED_ON_THE_FORCES
    assert re.search(FIRED_ON_THE_FORCES, "trois hommes qui avaient ouvert le feu sur les policiers", re.IGNORECASE)
    assert not re.search(FIRED_ON_THE_FORCES, "des hommes qui ont ouvert le feu sur les passants", re.IGNORECASE)
