"""A communiqué's figures told paragraph by paragraph after its incident, in the first person (« Nos forces ont
neutralisé une trentaine d'assaillants. » … « De notre côté, nous déplorons cinq morts »): the incident's toll, which
``tolls.fold_toll`` adds up, not another incident's."""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence, sentences as sentences_of
from sitrep.analyse.events.dating import opens_next_paragraph, same_paragraph
from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.side_tolls import names_a_side
from sitrep.knowledge.actor_knowledge import ActorKnowledge
from sitrep.model import EventMention, Fatalities, Modality


def paragraph_opening(ctx: Context, s: Sentence) -> Sentence:
    """The first sentence of the paragraph of ``s``."""
    return next(p for p in sentences_of(ctx) if p.para_index == s.para_index)


# a line of a list (« - côté ami : trois (03) morts ; »), and the heading a list hangs from (« Bilan provisoire : »)
_LIST_LINE = re.compile(r"^\s*[-–—•*·]\s")
_HEADING = re.compile(r":\s*$")


def block_opening(ctx: Context, s: Sentence) -> Sentence:
    """The first sentence of the paragraph of ``s``; for a line of a list written one item a line (a communiqué's
    « Bilan provisoire : » then « - côté ami : … » and « - côté ennemi : … »), the heading the list hangs from, so
    that its lines read as one paragraph."""
    sents = sentences_of(ctx)
    first = paragraph_opening(ctx, s)
    while _LIST_LINE.match(first.text) and first.index > 0:
        before = paragraph_opening(ctx, sents[first.index - 1])
        if _HEADING.search(sents[first.index - 1].text):
            return before
        if not _LIST_LINE.match(before.text):
            break
        first = before
    return first


def after_how_it_went(ctx: Context, first: Sentence, last: EventMention) -> bool:
    """Whether the paragraph that ``first`` opens follows, right after the event's paragraph, one paragraph that tells
    how the fight went and counts no dead (« La riposte vigoureuse des FAMa a permis de repousser les assaillants. »):
    the toll told then is still the event's."""
    sents = sentences_of(ctx)
    between = paragraph_opening(ctx, sents[first.index - 1])
    if between.index == 0 or not opens_next_paragraph(ctx, between):
        return False
    # (« l'ennemi a subi de lourdes pertes » counts nobody: losses without a figure still tell how the fight went)
    return same_paragraph(ctx, last, sents[between.index - 1]) \
        and all(_no_figure(find_fatalities(p.text, ctx.language)[0]) for p in sents[between.index:first.index])


def _no_figure(killed: Fatalities | None) -> bool:
    """Whether a reading of the dead gives no figure (none, or losses told without a number)."""
    return killed is None or (killed.low is None and killed.high is None)


def own_side_told_next(ctx: Context, s: Sentence, mention: EventMention | None, last: EventMention,
                       killed: Fatalities | None) -> bool:
    """Whether ``s``, with no deed of its own, counts dead in the first person in the paragraph right after the one
    the event was told in: a communiqué goes on with its side's figures paragraph by paragraph (« Nos forces ont
    neutralisé une trentaine d'assaillants. » … « De notre côté, nous déplorons cinq morts »); ``names_a_side``
    reads the speaker's own side, so the figure is the incident's toll, not another incident's."""
    if mention is not None or killed is None or killed.low is None or not names_a_side(s.text, ctx.language):
        return False
    return _in_next_paragraph(ctx, s, last)


def party_counts_next(ctx: Context, s: Sentence, mention: EventMention | None, last: EventMention,
                      killed: Fatalities | None) -> bool:
    """Whether ``s``, with no deed of its own, is the party the event was told from going on with its figures in the
    paragraph right after the event's: "The army said it had repelled an attack on its camp in X, killing about 20
    terrorists." … "Three soldiers were killed and five wounded, it said." (« Trois soldats ont été tués, a-t-elle
    ajouté »).  The same statement's count of the other side's dead is the incident's (``tolls.fold_toll`` adds it
    when the sides differ), not a second incident's; another teller's figure stays a rival version."""
    if mention is not None or killed is None or killed.low is None or last.fatalities is None \
            or last.fatalities.low is None:
        return False
    told = ctx.attributions.get(s.index)
    if told is None or not (one_camp(ctx, told.speaker, _tellers(ctx, last)) or asserts_what_is_denied(told.speaker, last)):
        return False
    return _in_next_paragraph(ctx, s, last)


def _in_next_paragraph(ctx: Context, s: Sentence, last: EventMention) -> bool:
    """Whether ``s`` opens or stands in the paragraph right after the one ``last`` was told in."""
    first = paragraph_opening(ctx, s)
    if not opens_next_paragraph(ctx, first):
        return False
    before = paragraph_opening(ctx, sentences_of(ctx)[first.index - 1])
    return before.start <= last.span.char_end <= first.start


def _tellers(ctx: Context, last: EventMention) -> set[str]:
    """Who told the event: its source, and the speaker its lead sentence is attributed to (a lead the other side
    denies, "The army said it had repelled an attack by the rebels, but the rebels denied it", has the denier as its
    source and the army as its teller)."""
    lead = next((p for p in sentences_of(ctx) if p.start <= last.span.char_start < p.end), None)
    told = ctx.attributions.get(lead.index) if lead is not None else None
    return {a for a in (last.source_actor, told.speaker if told is not None else None) if a}


def asserts_what_is_denied(speaker: str, last: EventMention) -> bool:
    """Whether ``speaker`` is a named party other than the one denying the event (a lead "The army said it had repelled
    an attack by the rebels, but the rebels denied it" keeps the denier as its source): who counts the dead of a
    denied deed is who tells it."""
    return last.modality == Modality.denied and speaker != last.source_actor and not speaker.startswith("unnamed:")


def one_camp(ctx: Context, speaker: str, tellers: set[str]) -> bool:
    """Whether ``speaker`` is one of ``tellers`` or of their camp (the army's lead, its defence ministry's statement)."""
    if speaker in tellers:
        return True
    camp = ActorKnowledge(ctx.knowledge.actors)
    return any(camp.same_side(speaker, t) for t in tellers)
