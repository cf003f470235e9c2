"""A place changing hands told by its holder's leaving under a main clause: who moved in took it.

"MNLA rebels entered Dire after the FAMa garrison pulled out towards Niafunke" was coded as a non-violent
transfer with FAMa as actor 1: the model's trigger is the leaving ("pulled out"), whose subject is the garrison;
with "…, and took control of the town" the parser hangs "took" on "pulled", lending it the garrison as subject;
"fighters moved into Goundam when the Malian army abandoned the town" made the army the actor through the rule
that reads a holder's leaving.  ACLED's actor 1 of a transfer is who took the place; who left is actor 2
(``events.withdrawals.taker_past_leaving``).  A holder that leaves with nobody named moving in stays actor 1.
English and French snippets written for this test; on main at c9b6fa71 the first four had FAMa as actor 1.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events.conftest import most_confident_event

TRANSFER = ("Strategic developments", "Non-violent transfer of territory")


@pytest.mark.parametrize("language, text, taker, leaver", [
    ("en", "On 1 April 2012, MNLA rebels entered Dire after the FAMa garrison pulled out towards Niafunke.",
     "mnla", "malian-armed-forces"),
    ("en", "On 1 April 2012, MNLA rebels entered Dire after the FAMa garrison pulled out, and took control of the town "
           "without a fight.", "mnla", "malian-armed-forces"),
    ("en", "On 1 April 2012, Ansar Dine fighters moved into Goundam when the Malian army abandoned the town.",
     "ansar-dine", "malian-armed-forces"),
    ("fr", "Le 1er avril 2012, les rebelles du MNLA sont entrés à Diré après que les soldats des FAMa ont quitté la "
           "ville, et ont pris le contrôle du camp sans combat.", "mnla", "malian-armed-forces"),
])
def test_who_moved_in_is_actor_one(default_analyzer, language, text, taker, leaver):
    e = most_confident_event(default_analyzer, text, language=language, published=dt.date(2012, 4, 1))
    assert e is not None and (e.event_type, e.sub_event_type) == TRANSFER, e
    assert e.side1 == [taker] and leaver in e.side2, (e.side1, e.side2)


def test_a_holder_leaving_with_nobody_moving_in_stays_actor_one(default_analyzer):
    e = most_confident_event(default_analyzer, "On 1 April 2012, FAMa soldiers withdrew from Dire without a fight.",
                             published=dt.date(2012, 4, 1))
    assert e is not None and (e.event_type, e.sub_event_type) == TRANSFER, e
    assert e.side1 == ["malian-armed-forces"], e.side1
