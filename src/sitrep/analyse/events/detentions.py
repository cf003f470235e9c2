"""Who held people decides what the holding was: ACLED's "Arrests" are the state's (its forces, police,
gendarmes, intelligence, and the foreign forces operating with it); people seized and held by anyone else
(a self-defence group, volunteers, hunters, an ethnic militia, unidentified gunmen) are abducted, whatever
verb the note uses ("Koglweogo members detained three men", "Dozo hunters arrested two
herders at a checkpoint", "VDP apprehended a trader").

The words cannot tell the two apart (the same verbs serve both); the taker's kind in the actor base can,
so the recoding is done once the sides are known.  A rebel movement's arrests are left as told: where it
rules a town (the CMA in Kidal) ACLED codes them as arrests, and jihadists' captures are told as abductions.
Men a militia holds and then hands over to the state ("VDP detained three men and handed them over to the
gendarmerie") were arrested on the state's behalf: no one vanished, their holding ended in the state's custody.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind
from sitrep.knowledge.armed_people import armed_forms
from sitrep.knowledge.actors import is_civil_government
from sitrep.analyse.events.syntax import clause_verb
from sitrep.analyse.events.types import STRATEGIC, VAC

ARRESTS = "Arrests"
ABDUCTION = "Abduction/forced disappearance"
# the takers whose arrests are the state's (foreign forces and contractors act beside it)
_STATE_KINDS = frozenset(("state_forces", "external_other"))
# militias (a community's, the volunteers, unidentified armed men): no authority to arrest
_MILITIA_KINDS = frozenset(("identity_militia", "political_militia"))
# armed men outside the state described, not named ("a self-defence group", "armed men", "vigilantes")
_ARMED_DOERS = re.compile(r"\b(?:" + armed_forms("doer") + r")\b", re.IGNORECASE)
_SUBJECTS = frozenset(("nsubj", "nsubj:pass", "csubj"))
# captives delivered to the state's custody ("handed them over to the gendarmerie", « remis à la police »)
_STATE_CUSTODY = (r"(?:gendarmerie|gendarmes|police|policemen|authorities|army|soldiers|security forces|defen[cs]e and security forces|"
                  r"FDS|FAMa|prosecutor|justice|courts?|autorités|armée|militaires|forces de défense et de sécurité|parquet)")
_DELIVERED_TO_THE_STATE = re.compile(
    r"\b(?:(?:hand(?:ed|ing|s)?|turn(?:ed|ing|s)?)\s+(?:(?:them|him|her|the\s+\w+)\s+)?over\s+to"
    r"|(?:handed|delivered|transferred)\s+(?:(?:them|him|her)\s+)?to"
    r"|(?:remis|remise|remises|remettre|remettent|remet|livrés?|livrées?|conduits?)\s+(?:\w+\s+)?(?:à|aux))"
    r"\s+(?:the\s+|la\s+|l['’]\s*|les\s+)?(?:[\w-]+\s+){0,2}?" + _STATE_CUSTODY + r"\b", re.IGNORECASE)
# officialdom named by its office rather than by a force or a regime
# (not the regime named by its transition, nor its courts: "the transitional authorities detained an economist" stays
# the government, as "the junta" does)
_AUTHORITIES = re.compile(r"\b(?<!transitional )(?<!military )(?<!judicial )authorities\b"
                          r"|\bautorités\b(?! (?:de (?:la )?transition|militaires|judiciaires))", re.IGNORECASE)


def coded_by_taker(ctx: Context, event_type: str, sub_event_type: str, side1: list[str], trig=None,
                   text: str = "") -> tuple[str, str]:
    """(event_type, sub_event_type) of an event once its doers (``side1``) are known: an arrest made by a
    militia, with no state force among its takers, is an abduction; so is one whose unnamed takers the
    trigger's subject describes as armed men outside the state ("a self-defence group arrested four men").
    Captives the sentence (``text``) tells handed over to the state stay arrested."""
    if (event_type, sub_event_type) != (STRATEGIC, ARRESTS) or _DELIVERED_TO_THE_STATE.search(text):
        return event_type, sub_event_type
    if not side1:
        return (VAC, ABDUCTION) if _described_armed_takers(trig) else (event_type, sub_event_type)
    kinds = [actor_kind(ctx, a) for a in side1]
    if any(k in _STATE_KINDS for k in kinds) or kinds[0] not in _MILITIA_KINDS:
        return event_type, sub_event_type
    return VAC, ABDUCTION


def _described_armed_takers(trig) -> bool:
    """Whether the subject of the arrest's verb (``trig``: its trigger token) describes armed men outside the state."""
    if trig is None:
        return False
    subject = next((c for c in clause_verb(trig).children if c.dep_ in _SUBJECTS), None)
    words = subject.doc[subject.left_edge.i:subject.right_edge.i + 1].text if subject is not None else ""
    return _ARMED_DOERS.search(words) is not None


def arresting_force(ctx: Context, event_type: str, sub_event_type: str, side1: list[str], text: str) -> list[str]:
    """The takers of an arrest as ACLED names them: an arrest told of "the authorities" (« les autorités ont
    interpellé », "Malian authorities detained …"; ``text``: the sentence) was made by the state's police, ACLED's
    arresting force when no army, gendarmerie or intelligence unit is named.  A regime named as such ("the junta
    had him arrested") stays the government, and so does one with no police in the base."""
    if (event_type, sub_event_type) != (STRATEGIC, ARRESTS) or not side1 or not _AUTHORITIES.search(text):
        return side1
    base = getattr(ctx.knowledge, "actors", None)
    actors = getattr(base, "actors", None)
    if not isinstance(actors, dict):
        return side1
    police = base.police_by_country
    governments = [actors[a] for a in side1 if a in actors and is_civil_government(a)]
    if len(governments) != len(side1) or any(g.country not in police for g in governments):
        return side1
    return list(dict.fromkeys(police[g.country] for g in governments))


def coded_holding(ctx: Context, event_type: str, sub_event_type: str, side1: list[str], trig, text: str
                  ) -> tuple[str, str, list[str]]:
    """(event_type, sub_event_type, side1) of a holding once its takers are known: ``coded_by_taker``, then
    ``arresting_force`` on the sentence ``text``."""
    event_type, sub_event_type = coded_by_taker(ctx, event_type, sub_event_type, side1, trig, text)
    return event_type, sub_event_type, arresting_force(ctx, event_type, sub_event_type, side1, text)
