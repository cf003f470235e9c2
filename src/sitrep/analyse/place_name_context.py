"""What the text right around a name says of it: a bracket of unit names after it ("Nassoumbou (Soum)"), an
administrative unit's word after it ("Soum province"), a stretch's "between" or a distance's "km from" before it.
The language model often folds such a name into a person or an organisation; these cues keep it a place."""

from __future__ import annotations

import re

# "X (Soum)", "X (Tessit, Ansongo)": a bracket of one to three capitalised unit names right after a name
UNITS_BRACKET_AFTER = re.compile(r"\s*\([A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ -][A-ZÀ-Þ][a-zà-ÿ'’-]+)?(?:,\s*[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?){0,2}\)")
# "the Gourma-Rharous cercle", "Soum province": a name the model folds into a person or organisation is
# a place when an administrative unit's word follows it
UNIT_AFTER = re.compile(r"\s+(?:cercle|region|région|province|commune|department|département|district)\b", re.IGNORECASE)

# the words opening a stretch between two places ("between X and Y", « entre X et Y »): what follows is its first end
BETWEEN_END = re.compile(r"\b(?:between|entre)\s+$", re.IGNORECASE)

_DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "kilomètres"})


def entity_after_cue(doc, i: int) -> bool:
    """Whether the model's name entity holding token ``i`` follows a locative cue: "between Toua and
    Boni" read as one person's name is two places."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    if i > 1 and doc[i - 1].lower_ in ("from", "of", "de", "du", "d'", "d’") and doc[i - 2].lower_ in _DISTANCE_UNITS:
        return True  # "15 km from Hombori towards Gossi" read as an organisation: a distance is told from a place
    return i > 0 and doc[i - 1].lower_ in ("between", "entre")
