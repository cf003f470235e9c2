"""Months by their names, English and French, and the one test that a text's month is not the news' month.

Analysis (a report dated only by an earlier month, told after the news, is background) and fusion (a toll
told in a sentence naming another month than the incident's is an older deed's) ask the same question of
different evidence; ``another_month`` is that question, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Hashable

_NAMES = ("january february march april may june july august september october november december "
          "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre").split()
_NUMBER = {name: i % 12 + 1 for i, name in enumerate(_NAMES)}
_FOLD = str.maketrans("éèêûù", "eeeuu")
# a month's name: English ones capitalised ("May" not "may"), French ones as written (« en octobre »); a pattern
# other patterns embed (compiled case-insensitive: its English names keep their capital by an inline flag)
MONTH_NAME = (r"\b(?:(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
              r"|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b")
_MONTH_NAMES = re.compile(MONTH_NAME, re.IGNORECASE)


def month_number(name: str) -> int | None:
    """1-12 for a month's English or French name in any case, with or without its accents ("Février" → 2)."""
    return _NUMBER.get(name.lower().translate(_FOLD))


def months_named(sentence: str) -> set[int]:
    """The months (1-12) a sentence names by name."""
    return {_NUMBER[m.group(0).lower().translate(_FOLD)] for m in _MONTH_NAMES.finditer(sentence)}


def another_month(told: Iterable[Hashable], news: Iterable[Hashable]) -> bool:
    """Whether the months a text tells (``told``) are all other than the news' months (``news``): another
    month's deed.  Either side unknown (empty) says nothing.  The months are any keys both sides share: 1-12
    for names read without a year, (year, month) for dates."""
    told, news = set(told), set(news)
    return bool(told and news) and not told & news
