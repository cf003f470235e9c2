"""A restrictive practice an armed group imposes: ACLED's "Change to group/activity".

ACLED's codebook records under "Change to group/activity" a significant change in what an armed group does, and
codes a group's new restrictive practice there: a blockade or siege laid on a town without a fight told ("imposed a
blockade on X, preventing traders from entering", "began besieging the village", « imposent un blocus à », « ont
assiégé »), roads cut off or traffic forbidden (« interdisent la circulation »), a curfew, a ban or a levy the group
imposes on the people ("banned the sale of fuel", "imposed zakat").  The same measures ordered by the state (a
governor's curfew, the authorities' ban on motorbikes) stay "Other": the state's measures are no change to an armed
group.  Violence told with the practice is coded as the violence by the rules before this one.

A government's own measure is no change to an armed group either: a junta that dissolves parties or associations,
suspends a broadcaster, expels an ambassador, leaves a regional body or names governors ("Mali's military
authorities dissolved all political parties", « a annoncé le retrait du Burkina Faso de la CEDEAO ») is read with
the words of a group's change or of a place left, but ACLED codes such state decisions "Other".  Only what changes
the state's forces stays their change (a general mobilisation, a recruitment, a deployment, an operation launched),
and only a camp or a base handed over stays a transfer of territory.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, Sentence
from sitrep.analyse.events.mentions import actors_in, subjects_of
from sitrep.analyse.events.perpetrator import handover_receiver
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS, is_civil_government

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


# the state's forces changed by the measure: they stay "Change to group/activity" whoever decreed it
_FORCES_CHANGED = re.compile(
    r"\b(?:mobili[sz]\w*|recruit\w*|conscri\w*|requisition\w*|réquisition\w*|enrol\w*|enrôl\w*|deploy\w*|déploi\w*|"
    r"redeploy\w*|reservists?|réservistes?|volunteers?|volontaires?)\b"
    r"|\b(?:launch\w*|lanc\w*)\s+(?:a\s+|an\s+|the\s+|une\s+|l['’])?(?:[\w-]+\s+){0,2}?(?:operation|offensive|opération)\b",
    re.IGNORECASE)
# a military place handed over: the transfer of territory a government may tell as well
_MILITARY_PLACE = re.compile(r"\b(?:camps?|bases?|garrisons?|barracks|posts?|positions?|airbases?|caserne|postes?|"
                             r"garnisons?)\b", re.IGNORECASE)
# the decision a government takes on its own (a body dissolved or suspended, a diplomat expelled, a treaty or a
# regional body left, governors named, a ban lifted): told without such a verb, the government's "change" is none of
# its decisions ("the junta has turned away from France")
_DECISION = re.compile(
    r"\b(?:dissol\w*|dissous\w*|suspen\w*|expel\w*|expuls\w*|withdr[ae]w\w*|retrait|retir\w*|quitt\w*|leav(?:e|es|ing)|left|"
    r"appoint\w*|nomm\w*|named|lift\w*|levé\w*|terminat\w*|annul\w*|revok\w*|abrog\w*|decree\w*|décret\w*)\b", re.IGNORECASE)


def state_measure(ctx: Context, s: Sentence, label: str, tok) -> bool:
    """Whether a sentence read as a group's change or a place handed over tells a government's own decision
    (ACLED's "Other"): its doer is a country's government and the measure changes none of its forces, nor hands a
    military place over."""
    if label not in ("CHANGE_TO_GROUP_ACT", "NON_VIOL_TERRIT_TRANSFER"):
        return False
    text = s.text
    if not _DECISION.search(text) or _FORCES_CHANGED.search(text) or label == "NON_VIOL_TERRIT_TRANSFER" and _MILITARY_PLACE.search(text):
        return False
    if any(actor_kind(ctx, m.actor_id) in ARMED_NON_STATE_KINDS for m in actors_in(ctx, s)):
        return False  # an armed group dissolved or banned by the state: that group's change (ACLED)
    doers = _doers(ctx, s, tok)
    return bool(doers) and all(is_civil_government(d) for d in doers)


def restriction_by_group(ctx: Context, s: Sentence, text: str, label: str, tok) -> bool:
    """Whether a sentence read as "Other" tells a restrictive practice imposed by an armed non-state group (a coder's
    own heading, "Other:", « Non-violent activity: », has decided and stands)."""
    if label != "OTHER" or _RESTRICTION.search(text) is None or _OTHER_HEADING.search(s.text):
        return False
    doers = _doers(ctx, s, tok)
    return bool(doers) and actor_kind(ctx, doers[0]) in ARMED_NON_STATE_KINDS


def _doers(ctx: Context, s: Sentence, tok) -> list[str]:
    """Who imposed the measure: the trigger's parsed subjects, else the sentence's first actor (a note names its
    actor first)."""
    doers = subjects_of(ctx, s, tok)[0] if tok is not None else []
    return doers or [m.actor_id for m in actors_in(ctx, s)][:1]


def measure_label(ctx: Context, s: Sentence, text: str, label: str, tok) -> str:
    """``label`` as ACLED codes who imposed the measure: a group's restrictive practice is its change of activity,
    a government's own decision (not one that changes its forces) is "Other"; a force's departure that hands a
    military place over to a named force is that place's transfer."""
    if state_measure(ctx, s, label, tok):
        return "OTHER"
    if label == "CHANGE_TO_GROUP_ACT" and _MILITARY_PLACE.search(text) and handover_receiver(ctx, s):
        return "NON_VIOL_TERRIT_TRANSFER"  # "left their camp and handed it over to the army, as part of its withdrawal"
    return "CHANGE_TO_GROUP_ACT" if restriction_by_group(ctx, s, text, label, tok) else label
