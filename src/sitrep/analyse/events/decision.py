"""The ``Decision`` record that the sentence finder hands to the argument builder (a sentence's event
label, trigger and the sides a rule already knows), and the label → ACLED (event type, sub-event
type) coding used by both."""

from __future__ import annotations

from dataclasses import dataclass, field

from sitrep.analyse.events.types import acled_of, STRATEGIC


@dataclass
class Decision:
    label: str  # CASE label (or DIPLO, coded as Strategic developments / Other)
    trigger: str
    trigger_offset: int  # document offset of the trigger
    side1: list[str] = field(default_factory=list)  # when the rule already knows them
    side2: list[str] = field(default_factory=list)
    rule: str = "classifier"
    confidence: float = 1.0  # lowered by each check the sentence fails (event_sentences), never below the floor
    doubts: list[str] = field(default_factory=list)  # the checks it failed, for debugging and tests


def acled_coding(label: str) -> tuple[str, str] | None:
    if label == "DIPLO":  # diplomatic ruptures: ACLED codes them as strategic developments
        return (STRATEGIC, "Other")
    return acled_of(label)


def event_type_of(label: str) -> str:
    """The ACLED event type ``label`` is coded as; "" for a label outside ACLED."""
    return (acled_coding(label) or ("",))[0]
