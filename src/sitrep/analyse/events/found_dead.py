"""The dead found, and the day they were killed: "The bodies of three herders were found on Saturday in the bush,
two days after unidentified gunmen seized and killed them", « les corps ont été retrouvés samedi, deux jours après
que des hommes armés les ont tués ».  ACLED codes a killing told by its dead found as an attack on them (``codebook``:
``bodies_found``), dated the killing's day when the text gives it, the finding's only when it does not
(``events.dating``: ``killing_before_finding``)."""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.fatality_words import vocab as casualty_vocab
from sitrep.analyse.told_offsets import counted_back_to_clause
from sitrep.model import DateInterval

# bodies or a corpse found, recovered or discovered (« les corps de … ont été retrouvés »): ACLED codes the killing
# as an attack on the dead, dated the finding, whoever they were unless they were armed
_BODIES_FOUND = re.compile(
    r"\b(?:bod(?:y|ies)|corpses?|remains|cadavres?|corps)\b[^.;]{0,80}?\b(?:found|discovered|recovered|retrieved|"
    r"retrouvés?|découverts?)\b"
    r"|\b(?:found|discovered|recovered|retrieved|retrouvé|découvert)\s+(?:the\s+|les\s+|le\s+)?(?:lifeless\s+|dead\s+)?"
    r"(?:bod(?:y|ies)|corpses?|remains|cadavres?|corps)\b"
    # (or a person found dead: "a jeweller was found dead in his workshop", « retrouvé mort », « retrouvée sans vie »)
    r"|\b(?:found|retrouvée?s?)\s+(?:dead|morte?s?|sans\s+vie)\b", re.IGNORECASE)


def bodies_found(text: str) -> bool:
    """Whether ``text`` tells of bodies found ("villagers discovered the bodies of two brothers", "the corpse of
    a shepherd was found near the well")."""
    return _BODIES_FOUND.search(text) is not None


def killing_before_finding(ctx: Context, s: Sentence, here: list) -> DateInterval | None:
    """The day of a killing told after the finding of its dead, counted back from the finding's day ("The bodies of
    three herders were found on Saturday, two days after gunmen seized and killed them"): ACLED codes the killing's
    day when the text gives it, the finding's only when it does not.  None when the sentence tells no such thing."""
    kill_words = re.compile(casualty_vocab(ctx.language)[0]["kill_words"], re.IGNORECASE)
    for d in here:
        if not counted_back_to_clause(d.interval):
            continue
        start, end = d.span.char_start - s.start, d.span.char_end - s.start
        clause = re.split(r"[,;:.]", s.text[end:], maxsplit=1)[0]
        if bodies_found(s.text[:start]) and kill_words.search(clause):
            return d.interval
    return None
