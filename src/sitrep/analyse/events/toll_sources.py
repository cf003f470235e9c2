"""Who tells a toll, told beside it: the subject of a verb that gives it, an actor or its command ("the ministry
announced 71 soldiers killed", "The AES command reported 23 terrorists killed"), or a capital speaking for its
government ("Niamey reported 31 terrorists neutralised").  The toll's source is no one acting in the incident and
no new scene of it (``events.tolls``)."""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.mentions import actors_in
from sitrep.analyse.pronoun_tolls import kills_them, previous_sentence, pronoun_toll_told_before
from sitrep.knowledge.actor_knowledge import ActorKnowledge
from sitrep.model import EventMention, Fatalities, Modality

# the subject of a verb that gives a toll ("The government put the toll at 58", "the ministry announced 71 soldiers
# killed", "the army gave a toll of 12"): the toll's source, not someone acting
# (the actor's own voice may stand between: "The AES command reported 23 terrorists killed", "the FLA's spokesman announced")
TOLL_SOURCE = re.compile(r"(?:['’]s)?(?:\s+(?:high\s+)?(?:command|general\s+staff|headquarters|spokes(?:man|person|woman)|"
                         r"leadership|communiqu[ée]|statement|état-major|porte-parole))?"
                         r"\s*(?:(?:later|also|officially|initially|then)\s+)?(?:put|puts|gave|gives|placed|places|set|"
                         r"announced|announces|reported|reports|counted|counts|recorded|records|tallied|"
                         r"a\s+(?:fait\s+état|annoncé|établi|donné)|fait\s+état)\b", re.IGNORECASE)


# a capital speaking for its government ("Niamey reported 31 terrorists neutralised", "Bamako said", « Ouagadougou a
# annoncé »): the toll's source, no new scene
CAPITAL_SPEAKS = re.compile(r"\s+(?:said|says|claimed|claims|stated|announced|announces|reported|reports|put|gave|"
                            r"a\s+(?:annoncé|affirmé|fait\s+état|indiqué|revendiqué)|annonce|affirme)\b", re.IGNORECASE)


def dead_named(ctx: Context, s: Sentence, killed: Fatalities | None) -> set[str]:
    """The actors named inside the words counting the dead (« Six civils ont perdu la vie », "Seven soldiers lost their
    lives"): a death told without a deed verb has the dead for its subject, who are its victims, never its doer."""
    span = phrase_span(s, killed.phrase if killed is not None else None)
    if span is None:
        return set()
    start, end = span
    return {a.actor_id for a in actors_in(ctx, s) if start <= a.span.char_start and a.span.char_end <= end}


def phrase_span(s: Sentence, phrase: str | None) -> tuple[int, int] | None:
    """Where the toll's phrase lies in the document, when the sentence holds it."""
    at = s.text.find(phrase) if phrase else -1
    return (s.start + at, s.start + at + len(phrase)) if at >= 0 else None


def own_dead_admitted(ctx: Context, s: Sentence, mention: EventMention, last: EventMention, killed: Fatalities | None) -> bool:
    """Whether a claim counts the speaker's own dead ("Seven soldiers lost their lives in the assault, the defence ministry
    said"): a party admitting its losses in the incident told just before gives its toll, which ACLED codes; a party
    counting its enemies' dead stays a claim apart, weighed against the other versions."""
    source, dead = mention.source_actor, dead_named(ctx, s, killed)
    if mention.modality != Modality.claim or last.fatalities is not None or source is None or not dead or mention.side2:
        return False
    camp = ActorKnowledge(ctx.knowledge.actors)
    parties = {*last.side1, *last.side2}
    return set(mention.side1) <= dead and all(camp.same_side(source, a) for a in dead) \
        and any(camp.same_side(source, p) for p in parties)


def told_before_toll(ctx: Context, s: Sentence) -> Fatalities | None:
    """The dead of a killing of "them" in ``s`` whose people the sentence before it counted ("armed men seized four
    herders. They were later found dead.", « Ils les ont exécutés »)."""
    if not kills_them(s.text, ctx.language):
        return None  # (most sentences: the one before need not be cut out of the document)
    before = previous_sentence(ctx.document.text, s.start)
    return pronoun_toll_told_before(s.text, before, ctx.language) if before else None


def rival_teller(ctx: Context, s: Sentence, last: EventMention) -> bool:
    """Whether sentence ``s`` is told by a named party other than the one the event's toll came from ("The army said
    it had neutralised 12 terrorists in X on Friday. JNIM said in a statement that 15 civilians had been killed."): a
    rival version of the same dead, never more dead to add."""
    told = ctx.attributions.get(s.index)
    return (told is not None and last.source_actor is not None and not told.speaker.startswith("unnamed:")
            and told.speaker != last.source_actor)
