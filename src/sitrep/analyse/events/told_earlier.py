"""Whether a sentence's event is told as an earlier one: the time reference of its main clause ("a week
after fighters killed…", "following the abduction of…") or dated a month or more before the
publication on plain words ("In March, gunmen killed…"): recalled, not new (the ``earlier_event`` doubt)."""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.syntax import clause_verb


# the conjunctions that make a clause the time reference of the main one
EARLIER = frozenset(("after", "since", "before", "following"))


def told_as_earlier(tok) -> bool:
    """Whether the trigger's clause is the time reference of the sentence's main clause ("the
    attack comes a week after fighters killed…")."""
    verb = clause_verb(tok)
    return verb.dep_ in ("advcl", "pcomp") and (
        any(c.dep_ in ("mark", "prep") and c.lower_ in EARLIER for c in verb.children)
        or (verb.dep_ == "pcomp" and verb.head.lower_ in EARLIER)
    )


# a cue at least this heavy names the event's kind ("ambush", "suicide bomber"); lighter ones are plain
# verbs ("gunmen killed"), which a sentence dated well before the publication uses to recall
NAMING_CUE_WEIGHT = 1.0
# how long before the publication a month or a year named in the sentence makes it a recollection
EARLIER_DAYS = 31


def dated_well_before(ctx: Context, s: Sentence) -> bool:
    """Whether the sentence names a month or a year that ended more than a month before the
    publication ("In March, gunmen killed…" in an October article): told on weak words only, a
    recollection (a state held "since 2022" is ``background``'s)."""
    anchor, text = ctx.anchor, ctx.document.text
    if anchor is None:
        return False
    for d in ctx.dates:
        if s.start <= d.span.char_start < s.end and d.interval.precision.value in ("month", "year") \
                and (anchor.earliest - d.interval.latest).days > EARLIER_DAYS \
                and not re.search(r"\b(?:since|depuis)\s*$", text[max(s.start, d.span.char_start - 8):d.span.char_start].lower()) \
                and not re.match(r"(?:since|depuis)\b", d.surface.lower()):
            return True
    return False


def after_noun(tok) -> bool:
    """Whether the cue is a noun told as the time of the main clause ("residents attacked a patrol
    after an arrest", "following the abduction of …"): the earlier event, not the sentence's news."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    # "the operation followed an ambush", "the raid avenged the killing of …": the deed named as the object
    # of following or avenging came before the sentence's own
    return (tok.dep_ == "pobj" and tok.head.lower_ in EARLIER) or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in _FOLLOWED)


# verbs whose object is the earlier deed: "came in the wake of", told as a verb
_FOLLOWED = frozenset(("follow", "avenge"))
