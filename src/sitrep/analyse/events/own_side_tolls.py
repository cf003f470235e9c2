"""A communiqué's figures told paragraph by paragraph after its incident, in the first person (« Nos forces ont
neutralisé une trentaine d'assaillants. » … « De notre côté, nous déplorons cinq morts »): the incident's toll, which
``tolls.fold_toll`` adds up, not another incident's."""

from __future__ import annotations

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence, sentences as sentences_of
from sitrep.analyse.events.dating import opens_next_paragraph
from sitrep.analyse.side_tolls import names_a_side
from sitrep.model import EventMention, Fatalities


def paragraph_opening(ctx: Context, s: Sentence) -> Sentence:
    """The first sentence of the paragraph of ``s``."""
    return next(p for p in sentences_of(ctx) if p.para_index == s.para_index)


def own_side_told_next(ctx: Context, s: Sentence, mention: EventMention | None, last: EventMention,
                       killed: Fatalities | None) -> bool:
    """Whether ``s``, with no deed of its own, counts dead in the first person in the paragraph right after the one
    the event was told in: a communiqué goes on with its side's figures paragraph by paragraph (« Nos forces ont
    neutralisé une trentaine d'assaillants. » … « De notre côté, nous déplorons cinq morts »); ``names_a_side``
    reads the speaker's own side, so the figure is the incident's toll, not another incident's."""
    if mention is not None or killed is None or killed.low is None or not names_a_side(s.text, ctx.language):
        return False
    first = paragraph_opening(ctx, s)
    if not opens_next_paragraph(ctx, first):
        return False
    before = paragraph_opening(ctx, sentences_of(ctx)[first.index - 1])
    return before.start <= last.span.char_end <= first.start
