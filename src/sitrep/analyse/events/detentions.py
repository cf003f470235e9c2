"""Who held people decides what the holding was: ACLED's "Arrests" are the state's (its forces, police,
gendarmes, intelligence, and the foreign forces operating with it); people seized and held by anyone else
(a self-defence group, volunteers, hunters, an ethnic militia, an armed group, unidentified gunmen) are
abducted, whatever verb the note uses ("Koglweogo members detained three men", "Dozo hunters arrested two
herders at a checkpoint", "VDP apprehended a trader").

The words cannot tell the two apart (the same verbs serve both); the taker's kind in the actor base can,
so the recoding is done once the sides are known.
"""

from __future__ import annotations

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind
from sitrep.analyse.events.types import STRATEGIC, VAC
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS

ARRESTS = "Arrests"
ABDUCTION = "Abduction/forced disappearance"
# the takers whose arrests are the state's (foreign forces and contractors act beside it)
_STATE_KINDS = frozenset(("state_forces", "external_other"))


def coded_by_taker(ctx: Context, event_type: str, sub_event_type: str, side1: list[str]) -> tuple[str, str]:
    """(event_type, sub_event_type) of an event once its doers (``side1``) are known: an arrest made by an
    armed actor outside the state, with no state force among its takers, is an abduction."""
    if (event_type, sub_event_type) != (STRATEGIC, ARRESTS) or not side1:
        return event_type, sub_event_type
    kinds = [actor_kind(ctx, a) for a in side1]
    if any(k in _STATE_KINDS for k in kinds) or kinds[0] not in ARMED_NON_STATE_KINDS:
        return event_type, sub_event_type
    return VAC, ABDUCTION
