"""A toll told side by side, as the armies' communiqués give it: « Bilan : côté ami, quatre morts et six blessés ;
côté terroriste, plus d'une trentaine de corps », « dans nos rangs, deux morts ; dans les rangs de l'ennemi, une
vingtaine de morts ».  Each side's figure stands under its own label; ACLED sums both sides' dead, so the event's
toll is their sum (34), not the largest figure alone.

The labels are per-language words (``side_label`` in ``data/fatalities_<lang>.tsv``, and ``own_side`` for the
speaker's own: « nos combattants déplorent deux martyrs »); a language without them has no side-by-side toll.  A
sentence that opens with a label, or names the speaker's own side, told after a toll gives another side's dead
(``names_a_side``): the event's toll adds them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from sitrep.analyse.fatality_words import vocab
from sitrep.model import Fatalities

Finder = Callable[[str, str], tuple[Fatalities | None, Fatalities | None]]


@lru_cache(maxsize=8)
def _words(language: str, key: str) -> re.Pattern[str] | None:
    """The language's words of ``key`` in the casualty vocabulary (``fatality_words.vocab``), None without them."""
    regex = vocab(language)[0].get(key)
    return re.compile(regex, re.IGNORECASE) if regex is not None else None


def _side_label(language: str) -> re.Pattern[str] | None:
    return _words(language, "side_label")


def names_a_side(text: str, language: str) -> bool:
    """Whether the sentence opens with a side's label (« côté terroriste, plus d'une trentaine de corps ») or names
    the speaker's own side (« Nos combattants déplorent deux martyrs »): its dead are one side's."""
    label, own = _side_label(language), _words(language, "own_side")
    return bool(label is not None and label.match(text.lstrip()) or own is not None and own.search(text))


def summed_by_side(text: str, language: str, find: Finder) -> Fatalities | None:
    """The dead of two or more sides each told under its label, summed; None unless at least two sides give a
    figure.  ``find`` reads one side's words ((killed, injured), as ``fatalities._stated_fatalities``)."""
    label = _side_label(language)
    if label is None:
        return None
    starts = list(label.finditer(text))
    if len(starts) < 2:
        return None
    sides = []
    for here, after in zip(starts, [*starts[1:], None]):
        killed = find(text[here.end():after.start() if after is not None else len(text)], language)[0]
        if killed is not None and killed.low is not None and killed.kind == "killed":
            sides.append(killed)
    if len(sides) < 2:
        return None
    high = None if any(s.high is None for s in sides) else sum(s.high for s in sides)
    return Fatalities(low=sum(s.low for s in sides), high=high, phrase="; ".join(s.phrase for s in sides), kind="killed")
