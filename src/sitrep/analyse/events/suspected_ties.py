"""What a crowd took its victim for is no armed side: the armed group a lynched man was accused of belonging to.

A crowd that catches, beats or burns a man "accused of being a JNIM militant", "suspected of collaborating with
terrorists", or that attacks families "they accused of complicity with militants", names an armed group only as its
victim's suspected ties.  ACLED codes such violence as mob violence (rioters against a civilian, or against the group's
member), never a battle: the armed words belong to the victim's description, and the checks that ask whether a note
names an armed side must read the note without them.

A suspicion told of the doers ("suspected JNIM militants attacked…", "VDP and presumed militants clashed") stays: the
suspicion counts only after the crowd's victim, a person's noun or pronoun or a verb of seizing or harming someone.
"""

from __future__ import annotations

import re

# the suspicion's word and what it says the victim was, up to the clause's end
_SUSPICION = re.compile(
    r"\b(?:accused|suspected|presumed|alleged|believed|suspecting|accusing|"
    r"soupçonn[ée]e?s?|accus[ée]e?s?|présum[ée]e?s?)\b[^.;,]{0,80}",
    re.IGNORECASE)
# what stands right before a victim's suspicion: the person (a noun or pronoun, "the house of"), or the crowd's deed
# on him, with the determiners and the "they accused" of a relative clause between
_VICTIM_BEFORE = re.compile(
    r"\b(?:m[ae]n|wom[ae]n|persons?|people|individuals?|famil(?:y|ies)|boys?|girls?|youths?|herders?|traders?|"
    r"thie(?:f|ves)|suspects?|him|her|them|of|"
    r"caught|seized|captured|grabbed|apprehended|lynched|beat|beaten|killed|burned|burnt|stoned|attacked|"
    r"hommes?|femmes?|individus?|personnes?|familles?|jeunes?|voleurs?|lynché\w*|tué\w*|brûlé\w*|attrapé\w*|saisi\w*)"
    r"(?:\s+(?:an?|the|two|three|four|five|several|they|whom|who|residents|villagers|locals|crowd|mob|had|was|were|"
    r"being|of|un|une|des|deux|trois|qu['’]ils|ils|avaient|ont|était|étaient)){0,4}\s*$",
    re.IGNORECASE)


def without_suspected_ties(text: str) -> str:
    """``text`` with the suspicions told of a crowd's victim blanked out ("caught a man they accused of being a JNIM
    militant" keeps "caught a man they"): what is left names the armed sides that took part, if any."""
    out, end = [], 0
    for m in _SUSPICION.finditer(text):
        before = text[max(end, m.start() - 60):m.start()]
        if _VICTIM_BEFORE.search(before) is None:
            continue
        out.append(text[end:m.start()])
        out.append(" " * (m.end() - m.start()))
        end = m.end()
    out.append(text[end:])
    return "".join(out)
