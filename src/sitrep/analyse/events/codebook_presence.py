"""Violence told inside a note about an armed group's presence: ACLED codes the violence.

A note that tells militants moving into a village, setting up camp, blockading a road or ordering people
to leave is a strategic development only when nobody was harmed; one that also tells them shooting,
beating to death or carrying off people in the same sentence ("set up camp near X and abducted two young
men", "who were blockading X beat a driver to death") is violence against civilians, as the codebook
codes a strategic development told with a killing (see ``codebook.NON_VIOLENT_WHEN_ALONE``).
"""

from __future__ import annotations

from sitrep.analyse.events.classifier import Scored

# the non-violent codes of an armed group's presence, movements and orders
PRESENCE_LABELS = ("HQ_ESTABLISHED", "OTHER", "CHANGE_TO_GROUP_ACT", "NON_VIOL_TERRIT_TRANSFER")
# the violence against people that outweighs them, with the cue weight that names harm done to a person
# ("shot five men", "beat to death a driver", "abducted"), not a bare "attacked" (0.75: a post, a past raid)
HARM_CUE_WEIGHT = {"ATTACK": 0.9, "ABDUCT_DISSAP": 1.0}
# a coder's own heading ("Non-violent activity:", "Other:") weighs this much: the coder has decided
CODER_HEADING_WEIGHT = 3.0


def violence_among_presence(sc: Scored, label: str) -> str | None:
    """The violent label a presence note's sentence also tells (None: the label stands)."""
    weights = sc.cue_weights or {}
    if label not in PRESENCE_LABELS or weights.get(label, 0.0) >= CODER_HEADING_WEIGHT:
        return None
    told = [lab for lab, floor in HARM_CUE_WEIGHT.items() if lab in sc.cues and weights.get(lab, 0.0) >= floor]
    return max(told, key=lambda lab: weights[lab]) if told else None
