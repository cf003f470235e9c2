"""The quotes a toll's words may stand in, taken off before the toll is read: a figure a claim's relay quotes, and a
kill verb the writer sets in scare quotes (``sitrep.analyse.fatalities``)."""

from __future__ import annotations

import re

# a figure a claim's relay quotes ('killed "more than 20" soldiers', « tué "plus de 30" militaires »), or the figure
# with its victims ('aircraft killed "about 15 terrorists"', « neutralisé "une quinzaine de terroristes" », 'killed "more
# than 60 soldiers and militiamen"'): read as
# unquoted
_QUOTED_FIGURE = re.compile(
    r"[\"“”«»]\s?(?:(?:more\s+than|over|at\s+least|about|around|nearly|almost|plus\s+de|au\s+moins|près\s+de|environ)\s+)?"
    # the victims may be two kinds joined ('"more than 60 soldiers and militiamen"', « "plus de 60 soldats et supplétifs" »)
    r"\d[\d,.]*(?:\s+[^\W\d][\w'’-]*){0,2}(?:\s+(?:and|et)\s+[^\W\d][\w'’-]*)?\s?[\"“”«»]", re.IGNORECASE)


def _unquoted(m: re.Match[str]) -> str:
    return re.sub(r"[\"“”«»]", " ", m.group(0))


# a word set in scare quotes, the writer keeping its distance from an army's own word ("the army said it 'neutralised'
# five terrorists", « a "neutralisé" huit jihadistes »): the deed is still told, and its count still follows it, so the
# word is read as unquoted (one word between quotes that open after a space and close before a space or a stop);
# the quotes are dropped, so the phrase read is no longer a quote of the text: read only when the text told no toll
_QUOTED_WORD = re.compile(r"(?:(?<=\s)|^)[\"“”«'‘’]\s?[^\W\d][\w-]*\s?[\"“”»'‘’](?=[\s.,;:]|$)")


def _unquoted_word(m: re.Match[str]) -> str:
    # the quotes go with the spaces inside them, so the word keeps one space on each side (the French
    # readings want « a neutralisé huit », one space apart)
    return re.sub(r"[\"“”«»'‘’]\s?|\s?[\"“”«»'‘’]", "", m.group(0))


def unquoted_figures(text: str) -> str:
    """``text`` with its quoted figures read as unquoted (same length)."""
    return _QUOTED_FIGURE.sub(_unquoted, text)


def scare_quotes_dropped(text: str) -> str:
    """``text`` without the quotes around its scare-quoted single words (shorter: no quote of the text)."""
    return _QUOTED_WORD.sub(_unquoted_word, text)
