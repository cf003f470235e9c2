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


# how long before the finding of the dead their killing's day may lie (as ``deed_day`` allows a later sentence)
_FINDING_LAG_DAYS = 31


def killing_before_finding(ctx: Context, s: Sentence, here: list) -> DateInterval | None:
    """The day of a killing told after the finding of its dead, counted back from the finding's day ("The bodies of
    three herders were found on Saturday, two days after gunmen seized and killed them") or given in full in a clause
    after it ("On 22 November, the bodies of three drivers were recovered; they had been shot dead on 20 November"):
    ACLED codes the killing's day when the text gives it, the finding's only when it does not.  None when the sentence
    tells no such thing."""
    kill_words = re.compile(casualty_vocab(ctx.language)[0]["kill_words"], re.IGNORECASE)
    text = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), s.text)  # (ACLED's "(Gossi, Gao)": no clause end)
    for d in here:
        start, end = d.span.char_start - s.start, d.span.char_end - s.start
        if counted_back_to_clause(d.interval):
            clause = re.split(r"[,;:.]", text[end:], maxsplit=1)[0]
            if bodies_found(text[:start]) and kill_words.search(clause):
                return d.interval
        elif _killed_on(d, text[:start], here, kill_words):
            return d.interval
    return None


def _killed_on(d, before: str, here: list, kill_words: re.Pattern) -> bool:
    """Whether day ``d`` closes a clause of killing told after a clause of finding the dead dated a later day."""
    clause = re.split(r"[,;:]", before)[-1]
    found = before[:len(before) - len(clause)]
    if not clause or not bodies_found(found) or not kill_words.search(clause):
        return False
    finding = [x for x in here if x.span.char_end <= d.span.char_start - len(clause)]
    return any(0 < (x.interval.earliest - d.interval.latest).days <= _FINDING_LAG_DAYS for x in finding)
