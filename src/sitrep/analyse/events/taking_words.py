"""The words that tell people taken, people missing and people whose fate is hidden, in one place.

Three rules ask about them and must read the same words:

- ``missing_people`` drops an abduction read only from people missing after an attack (``MISSING``): unless a word
  of a taking (``TAKEN``) stands in the sentence, nobody is said to have taken them;
- the codebook's arrest becomes a forced disappearance when the taken's fate is hidden (``DISAPPEARED``: their
  whereabouts unknown, « porté disparu »);
- the abduction cues of ``data/event_cues_en.tsv`` and ``event_cues_fr.tsv`` (label ``ABDUCT_DISSAP``) read an
  abduction from the words of both kinds ("kidnapped", "went missing", « porté disparu »); the two rules above then
  decide which it is.  A word added to a cue there belongs in one of the lists here.
"""

from __future__ import annotations

import re

# « porté disparu », "reported missing" in French: missing after an attack, a hidden fate after an arrest
_REPORTED_MISSING_FR = r"porté(?:e|s|es)?\s+disparu"

# the words that only say people are unaccounted for, in both languages
MISSING = re.compile(
    rf"\b(?:{_REPORTED_MISSING_FR}(?:e|s|es)?|(?:sont|est|restent|reste|demeurent|demeure)\s+(?:toujours\s+|encore\s+)?"
    r"(?:introuvables?|disparu(?:e|s|es)?)|went\s+missing|(?:are|is|remain|remains|remained|were|was)\s+(?:still\s+)?"
    r"(?:missing|unaccounted\s+for)|missing\s+in\s+action)\b", re.IGNORECASE)

# a word that someone took them: then the sentence tells an abduction, whatever else it says
TAKEN = re.compile(
    r"\b(?:enlev\w*|kidnap\w*|emmen\w*|rapt|otages?|séquestr\w*|captur\w*|capti\w*|abduct\w*|hostages?|"
    r"seized|taken\s+away|forcibly|enforced|forcée?s?)\b", re.IGNORECASE)

# people taken whose fate is hidden: a forced disappearance, not an arrest (ACLED)
DISAPPEARED = re.compile(
    r"\b(?:disappeared|(?:forcibly|forced) disappear\w*|whereabouts (?:are |remain |is )?unknown|unknown (?:location|destination)|"
    r"held incommunicado|(?:no|without) news (?:of|from) (?:him|her|them)|never (?:seen|heard from) again|"
    r"(?:has|have|had) not been (?:seen|heard (?:from|of))(?: since| again)|"
    rf"(?:a|une) destination inconnue|{_REPORTED_MISSING_FR}\w*|sans nouvelles?)\b",
    re.IGNORECASE,
)
