"""A restrictive practice an armed group imposes: ACLED's "Change to group/activity".

ACLED's codebook records under "Change to group/activity" a significant change in what an armed group does, and
codes a group's new restrictive practice there: a blockade or siege laid on a town without a fight told ("imposed a
blockade on X, preventing traders from entering", "began besieging the village", « imposent un blocus à », « ont
assiégé »), roads cut off or traffic forbidden (« interdisent la circulation »), a curfew, a ban or a levy the group
imposes on the people ("banned the sale of fuel", "imposed zakat").  The same measures ordered by the state (a
governor's curfew, the authorities' ban on motorbikes) stay "Other": the state's measures are no change to an armed
group.  Violence told with the practice is coded as the violence by the rules before this one.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, Sentence
from sitrep.analyse.events.mentions import actors_in, subjects_of
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS

# the practice's words, English and French; « siège » alone also names a headquarters, so only its verbs count
_RESTRICTION = re.compile(
    r"\bblockad\w*|\bbesieg\w*|\b(?:laid|lay|laying|lays)\s+siege\b|\bsiege\s+(?:of|on)\b|\bcurfews?\b"
    r"|\b(?:cut(?:ting|s)?\s+off|clos(?:ed|ing)|block(?:ed|ing))\s+(?:all\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:roads?|routes?|access|axes?)\b"
    r"|\b(?:bann(?:ed|ing|s)?|prohibit\w*|forb(?:ade|id|ids|idden|idding)|outlaw\w*)\b"
    r"|\bimpos\w*\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:zakat|tax(?:es)?|levy|levies|restrictions)\b"
    r"|\bcollect\w*\s+(?:the\s+|a\s+)?(?:zakat|islamic\s+tax)\b"
    r"|\bblocus\b|\bassi[eéè]g\w*|\b(?:mis|mettent|met|mettre|fait|font|faire)\s+le\s+siège\b|\bcouvre-feux?\b"
    r"|\binterdi\w*\b|\b(?:coup\w*|ferm\w*|bloqu\w*)\s+(?:toutes?\s+|les?\s+|la\s+|l['’])?(?:[\w-]+\s+){0,2}?(?:routes?|axes?|accès|voies?)\b"
    r"|\b(?:impos|prélev|collect)\w*\s+(?:la\s+|une\s+|des\s+|l['’])?(?:zakat|taxes?|impôts?)\b",
    re.IGNORECASE)
# a coder's own heading that has decided on "Other" ("Other:", "Non-violent activity:"); read on the words, as the
# summed weight of the cues can reach a heading's without one (a blockade told with traffic forbidden)
_OTHER_HEADING = re.compile(r"^\s*(?:non-violent activity|other)\s*:", re.IGNORECASE)


def restriction_by_group(ctx: Context, s: Sentence, text: str, label: str, tok) -> bool:
    """Whether a sentence read as "Other" tells a restrictive practice imposed by an armed non-state group (a coder's
    own heading, "Other:", « Non-violent activity: », has decided and stands)."""
    if label != "OTHER" or _RESTRICTION.search(text) is None or _OTHER_HEADING.search(s.text):
        return False
    doers = subjects_of(ctx, s, tok)[0] if tok is not None else []
    if not doers:  # (no parsed subject: the sentence's first actor, as a note names its actor first)
        doers = [m.actor_id for m in actors_in(ctx, s)][:1]
    return bool(doers) and actor_kind(ctx, doers[0]) in ARMED_NON_STATE_KINDS
