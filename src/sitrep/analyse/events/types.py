"""ACLED's event taxonomy (6 event types, 25 sub-event types) with mappings to CASE 2021 and PLOVER.

Spellings follow the ACLED codebook exactly, because exports and users compare them verbatim.
CASE 2021 task 2 labels the same 25 sub-event types with short codes and adds five types outside
ACLED (``ORG_CRIME``, ``NATURAL_DISASTER``, ``MAN_MADE_DISASTER``, ``DIPLO``, ``ATTRIB``); the
classifier speaks CASE codes, and this module translates them to ACLED (type, sub-type) pairs.
PLOVER (the ontology of POLECAT) is coarser: each sub-type maps to an (event, mode) pair.
"""

from __future__ import annotations

from dataclasses import dataclass

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

EVENT_TYPES: tuple[str, ...] = (BATTLES, EXPLOSIONS, VAC, PROTESTS, RIOTS, STRATEGIC)
# the types of armed violence (a riot is a crowd's): the ones whose scope, frame and attribution are doubted
VIOLENT: tuple[str, ...] = (BATTLES, EXPLOSIONS, VAC)


@dataclass(frozen=True)
class SubEventType:
    event_type: str  # ACLED event type
    name: str  # ACLED sub-event type, verbatim
    case: str  # CASE 2021 label
    plover: str  # PLOVER event type
    plover_mode: str = ""  # PLOVER mode, when one fits


SUB_EVENT_TYPES: tuple[SubEventType, ...] = (
    SubEventType(BATTLES, "Armed clash", "ARMED_CLASH", "ASSAULT", "firearms"),
    SubEventType(BATTLES, "Government regains territory", "GOV_REGAINS_TERIT", "ASSAULT", "firearms"),
    SubEventType(BATTLES, "Non-state actor overtakes territory", "NON_STATE_ACTOR_OVERTAKES_TER", "ASSAULT", "firearms"),
    SubEventType(EXPLOSIONS, "Air/drone strike", "AIR_STRIKE", "ASSAULT", "aerial"),
    SubEventType(EXPLOSIONS, "Shelling/artillery/missile attack", "ART_MISS_ATTACK", "ASSAULT", "explosives"),
    SubEventType(EXPLOSIONS, "Remote explosive/landmine/IED", "REM_EXPLOS", "ASSAULT", "explosives"),
    SubEventType(EXPLOSIONS, "Suicide bomb", "SUIC_BOMB", "ASSAULT", "suicide"),
    SubEventType(EXPLOSIONS, "Grenade", "GRENADE", "ASSAULT", "explosives"),
    SubEventType(EXPLOSIONS, "Chemical weapon", "CHEM_WEAP", "ASSAULT", "cbrn"),
    SubEventType(VAC, "Attack", "ATTACK", "ASSAULT", "kill"),
    SubEventType(VAC, "Abduction/forced disappearance", "ABDUCT_DISSAP", "ASSAULT", "abduct"),
    SubEventType(VAC, "Sexual violence", "SEX_VIOL", "ASSAULT", "sexual"),
    SubEventType(PROTESTS, "Peaceful protest", "PEACE_PROTEST", "PROTEST", "demo"),
    SubEventType(PROTESTS, "Protest with intervention", "PROTEST_WITH_INTER", "PROTEST", "demo"),
    SubEventType(PROTESTS, "Excessive force against protesters", "FORCE_AGAINST_PROTEST", "COERCE", "crowd-control"),
    SubEventType(RIOTS, "Violent demonstration", "VIOL_DEMONSTR", "PROTEST", "riot"),
    SubEventType(RIOTS, "Mob violence", "MOB_VIOL", "ASSAULT", "beat"),
    SubEventType(STRATEGIC, "Agreement", "AGREEMENT", "AGREE", ""),
    SubEventType(STRATEGIC, "Arrests", "ARREST", "COERCE", "arrest"),
    SubEventType(STRATEGIC, "Change to group/activity", "CHANGE_TO_GROUP_ACT", "MOBILIZE", ""),
    SubEventType(STRATEGIC, "Disrupted weapons use", "DISR_WEAP", "COERCE", "seize"),
    SubEventType(STRATEGIC, "Headquarters or base established", "HQ_ESTABLISHED", "MOBILIZE", "military"),
    SubEventType(STRATEGIC, "Looting/property destruction", "PROPERTY_DISTRUCT", "COERCE", "destroy"),
    SubEventType(STRATEGIC, "Non-violent transfer of territory", "NON_VIOL_TERRIT_TRANSFER", "RETREAT", "military"),
    SubEventType(STRATEGIC, "Other", "OTHER", "", ""),
)

# CASE 2021 labels outside ACLED's taxonomy (subtasks 2 and 3); the classifier may return them,
# but they never become ACLED events.
NON_ACLED_CASE_LABELS: tuple[str, ...] = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB")
# the two of them that tell harm with a natural or accidental cause
DISASTER_LABELS = frozenset(("NATURAL_DISASTER", "MAN_MADE_DISASTER"))

BY_CASE: dict[str, SubEventType] = {s.case: s for s in SUB_EVENT_TYPES}
BY_NAME: dict[str, SubEventType] = {s.name: s for s in SUB_EVENT_TYPES}
CASE_LABELS: tuple[str, ...] = tuple(s.case for s in SUB_EVENT_TYPES) + NON_ACLED_CASE_LABELS


def acled_of(case_label: str) -> tuple[str, str] | None:
    """(event_type, sub_event_type) for a CASE label; None for labels outside ACLED."""
    sub = BY_CASE.get(case_label)
    return (sub.event_type, sub.name) if sub else None


def case_of(sub_event_type: str) -> str:
    """The CASE label of an ACLED sub-event type (raises KeyError on a misspelling)."""
    return BY_NAME[sub_event_type].case


def plover_of(sub_event_type: str) -> tuple[str, str]:
    """(PLOVER event, mode) for an ACLED sub-event type; ("", "") for "Other"."""
    sub = BY_NAME[sub_event_type]
    return sub.plover, sub.plover_mode


def is_valid(event_type: str, sub_event_type: str) -> bool:
    sub = BY_NAME.get(sub_event_type)
    return sub is not None and sub.event_type == event_type
