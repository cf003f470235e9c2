"""The doubts the classifier's scores raise about a sentence's label: an unsure model with no cue word,
a weak cue, a rival "no event" or non-ACLED label close behind (a claim or accusation told as an aside on
the deed is no rival), each a factor on the mention's confidence (``sentence_doubts.DOUBTS``)."""

from __future__ import annotations

from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.classifier import is_acled, NONE, Scored, TERRITORY
from sitrep.analyse.events.decision import event_type_of
from sitrep.analyse.events.protest_causes import causes_protested
from sitrep.analyse.events.syntax import clause_verb, cue_token
from sitrep.analyse.events.types import STRATEGIC


# a classifier label with no cue behind it is sure at this margin (below: the "unsure_model" doubt)
MIN_MODEL_SCORE = 0.35


# a classifier decision is sure with a cue of at least this weight, or a model margin this strong
MIN_CUE_WEIGHT = 0.8


STRONG_MODEL_SCORE = 1.0

# a non-event label (NONE, or a CASE type outside ACLED) within this of the chosen label is a rival
RIVAL_MARGIN = 0.3


# clauses that hang on a deed: participles and modifiers ("…, accusing the authorities"), and a
# clause coordinated after it ("militants ambushed a convoy, and JNIM claimed responsibility")
_ASIDE_CLAUSES = frozenset(("advcl", "acl", "relcl", "xcomp", "conj"))


def asides(s: Sentence, sc: Scored, label: str) -> frozenset[str]:
    """The labels outside ACLED whose words are an aside on the sentence's deed: a claim or accusation
    told in a clause under the main verb ("… set fire to the depot, accusing the authorities of hoarding"),
    not as the main verb ("X claimed responsibility for the bombing"), unless its matter is a change of
    hands (« a revendiqué la reprise de Boni »: a place claimed is a gain announced, coded as the gain)."""
    gain = cue_token(s, sc.cues[label]) if label in TERRITORY and label in sc.cues else None
    toks = {lab: cue_token(s, sc.cues[lab]) for lab in _ABOUT_AN_EVENT if lab in sc.cues}
    return causes_protested(s, sc.cues, label) | frozenset(lab for lab, tok in toks.items() if tok is not None and (
        clause_verb(tok).dep_ in _ASIDE_CLAUSES or gain is not None and clause_verb(gain).i == tok.i))


def model_doubts(sc: Scored, label: str, lead: bool = False, about: frozenset[str] = frozenset()) -> list[str] | None:
    """The doubts the scores raise about ``label``; None when the model hesitates between it and
    "no ACLED event" and no cue word says which, unless the sentence is a short text's ``lead``
    (``_short_text_lead``): then the hesitation is a doubt."""
    doubts: list[str] = []
    weights = sc.cue_weights or {}
    # a claim or accusation told as an aside on the deed (``asides``): no rival to a label a cue word names
    about = about if label in sc.cues else frozenset()
    rival = max((v for lab, v in sc.scores.items() if not is_acled(lab) and lab not in about), default=-9.0)
    other_kind = max((v for lab, v in sc.scores.items() if not is_acled(lab) and lab != NONE), default=-9.0)
    if other_kind > sc.scores.get(label, 0.0) and not (label in sc.cues and _claims_only(sc, label, about)):
        doubts.append("other_kind")
    elif rival >= sc.scores.get(label, 0.0) - RIVAL_MARGIN:
        if label not in sc.cues and not lead:
            return None
        doubts.append("rival_non_event")
    if label not in sc.cues and sc.scores.get(label, 0.0) < MIN_MODEL_SCORE:
        doubts.append("unsure_model")
        if event_type_of(label) == STRATEGIC:
            doubts.append("unsure_strategic")  # no word names the development: the weakest evidence there is
    elif weights.get(label, 0.0) < MIN_CUE_WEIGHT and sc.scores.get(label, 0.0) < STRONG_MODEL_SCORE:
        doubts.append("weak_cue")  # only a weak word ("drones") and an unsure model
    return doubts


# labels outside ACLED that tell of an ACLED event rather than another kind (a claim of authorship, an accusation)
_ABOUT_AN_EVENT = frozenset(("ATTRIB",))


def _claims_only(sc: Scored, label: str, about: frozenset[str]) -> bool:
    """Whether every non-ACLED label ahead of ``label`` is an aside on the deed (``asides``): it
    names the event, not another."""
    return bool(about) and all(lab in about for lab, v in sc.scores.items()
               if not is_acled(lab) and lab != NONE and v > sc.scores.get(label, 0.0))


def unsure_factor(score: float) -> float:
    """The further an unsupported model margin lies below zero, the less it says: 1.0 at 0 and
    above, halved at -0.5, down to 0.2."""
    return max(0.2, min(1.0, 1.0 + score))
