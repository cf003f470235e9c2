"""A count of one side's dead is no whole toll beside a source that sums both sides'.

An army's communiqué sums its own dead and the enemy's (« cinq soldats tombés … une vingtaine de terroristes
neutralisés »: 25), as ACLED codes a battle's toll.  Another source's « au moins neuf morts parmi les soldats », a
group's « plusieurs dizaines de soldats » or « trois martyrs dans ses rangs » counts one side only: it is an account
of that side's part (which a dispute still sets against the army's), not a smaller toll of the whole fight, so it sets
no lower bound of the event's range below the sum.  A count of no side (« quinze corps », civilians) is whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sitrep.analyse.fatality_words import vocab
from sitrep.model import Fatalities

# how far after a figure's words its victims may be named (« neuf morts parmi les soldats », « martyrs dans ses rangs »)
_AFTER = 30


@lru_cache(maxsize=8)
def _sides(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = vocab(language)[0]
    own, enemy = words.get("own_forces"), words.get("enemy_side")
    if own is None or enemy is None:
        return None
    return re.compile(own, re.IGNORECASE), re.compile(enemy, re.IGNORECASE)


def _summed(f: Fatalities) -> bool:
    """The figure adds several counts (``side_tolls.summed``: their phrases joined by "; ")."""
    return f.kind == "killed" and f.low is not None and "; " in (f.phrase or "")


def one_side(f: Fatalities, sentence: str, language: str) -> bool:
    """The figure counts the dead of one side only: its words and those just after them name the state's forces or
    their enemy, not both (the sentence is its report's)."""
    sides = _sides(language)
    if sides is None or _summed(f) or not f.phrase:
        return False
    at = sentence.find(f.phrase)
    window = f.phrase if at < 0 else sentence[at:at + len(f.phrase) + _AFTER]
    own, enemy = (p.search(window) is not None for p in sides)
    return own != enemy


def whole_tolls(told: Sequence[tuple[Fatalities, str, str]]) -> list[Fatalities]:
    """The figures of ``told`` ((figure, its report's sentence, language)) that may bound the toll from below: a
    one-side count under a summed figure of another report is left out."""
    sums = [f.low for f, _, _ in told if _summed(f)]
    if not sums:
        return [f for f, _, _ in told]
    top = max(sums)
    return [f for f, sentence, language in told
            if not (f.low is not None and f.low < top and one_side(f, sentence, language))]
