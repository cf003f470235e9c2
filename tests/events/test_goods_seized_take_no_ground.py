"""A verb of seizing whose object is goods takes no ground: police who seize kilos of meat or tonnes of cannabis at a
market or a port have not regained territory, whatever place the goods were found in; a town seized is still one.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.goods import GOODS

from .conftest import make_document


@pytest.mark.parametrize("text", [
    # (the market's place hangs on the goods in the parse: the old reading took it for the ground the police gained)
    'Local police has also arrested three traders and seized their 2,000 kilos of "double dead" pork at Pasig Market '
    "in Mandaluyong, Metro Manila Tuesday evening.",
    "Police arrested four vendors and seized 3,000 kilos of rotten meat at the central market in Kayes on Wednesday.",
])
def test_goods_seized_at_a_place_are_no_territory_regained(default_analyzer, text):
    events = default_analyzer.analyse(make_document(text)).events
    assert not any(e.sub_event_type == "Government regains territory" for e in events), \
        [(e.event_type, e.sub_event_type) for e in events]


def test_a_town_seized_is_still_territory(first_event):
    ev = first_event("Malian troops seized the town of Anefis from the rebels on 14 November 2023 after heavy fighting.")
    assert ev.sub_event_type == "Government regains territory", ev.sub_event_type


def test_goods_counted_by_their_measure_are_goods():
    assert {"kilos", "tonnes", "cannabis"} <= GOODS and "town" not in GOODS
