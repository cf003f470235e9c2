"""A change of hands told without a cue word and under a saying ("X forces captured on Monday the port of Y,
a journalist said"): the territory is the object of the verb of taking, not of the saying that is the
sentence's root, so the sentence keeps its event (it used to fall under the threshold as a territory
that is not the verb's object, and the article's later offensive took its place).  Texts written for
this test."""

from __future__ import annotations

import datetime as dt

import pytest

TEXTS = [
    ("Loyalist forces captured overnight the airport of Tessalit after days of fighting, a military source told "
     "AFP. Troops were clearing mines around the runway, the source added, a month after the loyalists launched "
     "an offensive against the insurgents.", "Government regains territory"),
    # (the taker named by the actor base: the territory rule reads it before the classifier)
    ("Malian troops captured on Tuesday the town of Anefis from the rebels, a security source said. Soldiers were "
     "searching the houses, a resident told reporters, two weeks after the army launched an offensive against "
     "the rebels in the region.", "Government regains territory"),
]


@pytest.mark.parametrize("text,sub_event_type", TEXTS)
def test_change_of_hands_told_by_a_source(default_analyzer, make_doc, text, sub_event_type):
    events = default_analyzer.analyse(make_doc(text, published=dt.date(2024, 5, 12))).events
    primary = max(events, key=lambda e: (e.confidence, -e.span.char_start)) if events else None
    assert primary is not None and primary.sub_event_type == sub_event_type, \
        [(e.sub_event_type, e.trigger, e.confidence) for e in events]
