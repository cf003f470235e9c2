"""Violence named by its year: "the scene of a deadly 2017 chemical weapons attack", "the 2015 hotel siege".

A year set before the event's noun, with no day or month, names a past incident the sentence recalls (news of
the day tells its date as "on Monday" or "on 16 February 2021", never "the 2021 attack"); its mention is an
earlier event, not the sentence's news.
"""

from __future__ import annotations

import re

from sitrep.analyse.lang import vocab

_YEAR = re.compile(r"(?:19|20)\d\d")
# the month names the date reader knows, in every language (a year after one is a date, not a name)
_MONTHS = frozenset(vocab("en").MONTHS) | frozenset(vocab("fr").MONTHS)
# how the trigger reaches the noun that heads its phrase ("chemical weapons attack": weapons → attack)
_NOUN_LINKS = frozenset(("compound", "amod"))


def named_by_a_past_year(tok) -> bool:
    """Whether the trigger's noun (``tok`` or the noun its compound heads) carries a bare year before it."""
    if tok is None:
        return False
    noun = tok
    for _ in range(3):
        if noun.dep_ not in _NOUN_LINKS or noun.head.i == noun.i or noun.head.pos_ != "NOUN":
            break
        noun = noun.head
    if noun.pos_ != "NOUN":
        return False
    for c in noun.children:
        if c.i < noun.i and c.dep_ in ("nummod", "compound", "amod", "npadvmod") and _YEAR.fullmatch(c.text) \
                and not any(g.lower_ in _MONTHS for g in c.children) \
                and (c.i == 0 or c.doc[c.i - 1].lower_ not in _MONTHS):
            return True
    return False
