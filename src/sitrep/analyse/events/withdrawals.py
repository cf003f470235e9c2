"""Withdrawals that lose no territory: the attackers pulling back after their assault, a retreat told only by
its way (a quarter of the compass, an escape route) or into the leavers' own base.  ``outcomes`` asks these
before it reads a withdrawal as a place lost."""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, sentences
from sitrep.analyse.events.cues import SHORT_TEXT_SENTENCES
from sitrep.analyse.events.journey_ends import ends_on, text_before
from sitrep.analyse.events.mentions import subjects_of
from sitrep.analyse.events.types import BATTLES
from sitrep.analyse.lang import vocab
from sitrep.analyse.place_offsets import QUARTERS
from sitrep.model import PlaceMention


# the attackers of an assault told before, as the subject of their withdrawal ("The assailants, … withdrew")
_ATTACKERS = re.compile(r"\b(?:attackers|assailants|raiders|assaillants|agresseurs)\b", re.IGNORECASE)


# a withdrawal told by its way only, a quarter of the compass ("pulled back to the north", « se sont retirés vers le nord »)
TOWARDS_A_QUARTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:vers|towards?|to|en\s+direction\s+d[ue]|in\s+the\s+direction\s+of)\s+"
                               rf"(?:le\s+|l['’]|the\s+)?(?:{QUARTERS})\b", re.IGNORECASE)


# into the leavers' own base ("pulled back to its camp in X", « se sont repliés sur leur camp de X »)
BACK_TO_OWN_BASE = re.compile(r"\s*(?:\w+\s+){0,2}?(?:to|towards?|into|sur|vers|dans|à)\s+(?:its|their|his|leurs?|sa|son|ses)\s+"
                              r"(?:[\w-]+\s+)?(?:camps?|bases?|barracks|garrisons?|posts?|positions|headquarters|casernes?|postes?|"
                              r"quartiers?)\b", re.IGNORECASE)


def attackers_left(before: str) -> bool:
    """Whether those who withdrew are named as the attackers of the battle told before ("The assailants, … withdrew"):
    attackers that pull back after an assault held no place, so their leaving is no loss of territory.  (Being
    the earlier battle's side 1 is not enough: a report's attacker may later leave a town it held.)"""
    return _ATTACKERS.search(before) is not None


def side_that_attacked(ctx: Context, losers: list[str]) -> bool:
    """Whether those who withdrew, with no place named as left, are the side that attacked in a battle a short text
    (a note, which tells one event) told before ("JNIM militants attacked the VDP post … After two hours of fighting,
    the militants withdrew"): their assault ended, the state regained nothing.  (In a longer report the attacker may
    later leave a town it held; ``attackers_left`` then needs the attackers named as such.)"""
    return bool(losers) and len(sentences(ctx)) <= SHORT_TEXT_SENTENCES and any(
        e.event_type == BATTLES and e.side1 and set(losers) <= set(e.side1) for e in ctx.events_so_far)


def goal_of_flight(ctx: Context, p: PlaceMention) -> bool:
    """Whether ``p`` is where those who left were heading ("fled towards X", "withdrew in the direction of X",
    « ont pris la fuite en direction de X », « se sont repliés vers X »: the language's ``JOURNEY_BEFORE``): an
    escape route, not the place left, so the leaving loses no territory."""
    return ends_on(text_before(ctx, p), vocab(ctx.language), "JOURNEY_BEFORE")


# the verbs of leaving a place, English and French lemmas
LEAVING_LEMMAS = frozenset("withdraw pull leave abandon evacuate retreat flee vacate depart desert "
                           "retirer quitter abandonner évacuer replier fuir partir".split())


# the adverbs that open a clause telling when (the parser's "advmod", not a "mark")
_WHEN_ADVERBS = frozenset(("when", "whenever", "quand", "lorsque"))


def main_verb_past_leaving(verb):
    """The main clause's verb when ``verb`` is a leaving told in a subordinate clause ("MNLA rebels entered X after
    the garrison pulled out": the model's trigger "pulled out"), or a gain the parser coordinated with such a leaving
    ("…, and took control of the town": "took" hangs on "pulled"); else None.  Those who left took nothing: the
    taker is the main clause's subject."""
    leave = verb if verb.lemma_.lower() in LEAVING_LEMMAS else verb.head if verb.dep_ == "conj" else None
    if leave is None or leave.lemma_.lower() not in LEAVING_LEMMAS:
        return None
    while leave.dep_ == "conj" and leave.head.i != leave.i:
        leave = leave.head
    if leave.dep_ != "advcl" or leave.head.i == leave.i or not any(
            c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ in _WHEN_ADVERBS for c in leave.children):
        return None  # ("after", "once", « après que »; "when", an adverb to the parser: a clause that tells when)
    return leave.head


def taker_past_leaving(ctx: Context, s, verb) -> tuple[list[str], list[str]]:
    """(takers, leavers) of a place changing hands told by a leaving under a main clause (``main_verb_past_leaving``),
    ``verb`` the leaving, the gain coordinated with it or the main verb: the main clause's organised subjects took the
    place, the leaving verb's subjects left it; ([], []) when not so told."""
    main = main_verb_past_leaving(verb) if verb is not None else None
    if main is None and verb is not None:
        # the main verb itself, a leaving told under it (« sont entrés à X après que la garnison s'est retirée »)
        left = next((c for c in verb.children if main_verb_past_leaving(c) is verb), None)
        main, verb = (verb, left) if left is not None else (None, verb)
    if main is None:
        return [], []
    takers = [a for a in subjects_of(ctx, s, main)[0] if actor_kind(ctx, a) != "civilians"]
    leavers = [a for a in subjects_of(ctx, s, verb)[0] if a not in takers]
    return (takers, leavers) if takers else ([], [])
