"""Past references are background: "since the April offensive", "after the 2012 rebellion"."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.background import past_reference
from sitrep.model import DateInterval, Precision

ANCHOR = DateInterval(earliest=dt.date(2026, 8, 20), latest=dt.date(2026, 8, 20), precision=Precision.day,
                      evidence="published")


@pytest.mark.parametrize("text, window", [
    ("The leader has not appeared in public since the April offensive.", (dt.date(2026, 4, 1), dt.date(2026, 4, 30))),
    ("The north has been unstable after the 2012 rebellion.", (dt.date(2012, 1, 1), dt.date(2012, 12, 31))),
    ("The attack last month killed twelve soldiers.", (dt.date(2026, 7, 1), dt.date(2026, 7, 31))),
    ("Plusieurs étrangers ont été enlevés au Niger depuis le début de l'année 2025.",
     (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
    ("Le chef n'est plus apparu en public depuis l'offensive d'avril.", None),
])
def test_past_references_are_background_with_their_window(text, window):
    past, found = past_reference(text, ANCHOR)
    assert past
    if window is not None:
        assert (found.earliest, found.latest) == window


@pytest.mark.parametrize("text", [
    "JNIM fighters attacked the army base in Titao on Saturday.",
    "Gunmen killed twelve people on Saturday after the attack on the base.",
])
def test_news_is_not_background(text):
    assert past_reference(text, ANCHOR) == (False, None)


def test_an_agencys_recap_of_its_earlier_news_is_told_as_past():
    from sitrep.analyse.background import recaps_earlier_news

    assert recaps_earlier_news("Earlier, Malian authorities announced that the army had restored control of the region.")
    assert recaps_earlier_news("Auparavant, l'armée avait annoncé la reprise de la ville.")
    assert not recaps_earlier_news("Earlier this week, gunmen attacked the village.")  # a date, not a recap
    assert not recaps_earlier_news("The attack came earlier than expected.")
