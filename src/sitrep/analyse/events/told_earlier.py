"""Whether a sentence's event is told as an earlier one: the time reference of its main clause ("a week
after fighters killed…", "following the abduction of…") or dated a month or more before the
publication on plain words ("In March, gunmen killed…"): recalled, not new (the ``earlier_event`` doubt)."""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.cues import DEFINITE, OCCURRENCE_VERBS
from sitrep.analyse.events.syntax import clause_verb


# the conjunctions that make a clause the time reference of the main one
EARLIER = frozenset(("after", "since", "before", "following"))


def told_as_earlier(tok) -> bool:
    """Whether the trigger's clause is the time reference of the sentence's main clause ("the
    attack comes a week after fighters killed…"), or the trigger a known incident the main clause
    is dated from ("no incident was reported this week, after the FLA ambush near X")."""
    verb = clause_verb(tok)
    return verb.dep_ in ("advcl", "pcomp") and (
        any(c.dep_ in ("mark", "prep") and c.lower_ in EARLIER for c in verb.children)
        or (verb.dep_ == "pcomp" and verb.head.lower_ in EARLIER)
    ) or known_incident_as_time(tok)


def known_incident_as_time(tok) -> bool:
    """A definite incident noun after "after", "since", "following", dated apart from the main clause
    ("after the FLA ambush near X in October", "since the raid on Y last month"), whose sentence's main
    verb tells no deed nor toll of its own ("was reported", "has been calm"): the incident is a landmark
    the reader knows, recalled, not the news.  ("Five soldiers were killed after the ambush" keeps its
    event: killing is the ambush's toll; an undated "after the attack" in a snippet is often its news.)"""
    if not after_noun(tok) or tok.dep_ != "pobj":
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in tok.children):
        return False
    if not _dated_apart(tok):
        return False
    main = tok.head.head  # the preposition's head: the verb the incident dates
    while main.dep_ not in ("ROOT",) and main.head is not main and main.pos_ != "VERB":
        main = main.head
    return main.pos_ in ("VERB", "AUX") and main.lemma_.lower() not in OCCURRENCE_VERBS \
        and main.lemma_.lower() not in _DEED_VERBS


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


# main verbs that tell a deed of their own, after which a definite incident is its cause, not a landmark
_DEED_VERBS = frozenset(("attack", "kill", "retaliate", "strike", "raid", "abduct", "kidnap", "flee", "clash", "fight",
                         "storm", "ambush", "shoot", "burn", "loot", "arrest", "seize", "capture", "bomb"))


def _dated_apart(tok) -> bool:
    """Whether the incident's own phrase carries a time (a date after the noun, before the next verb)."""
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
            return False
        if t.ent_type_ == "DATE":
            return True
    return False


# the auxiliary of a past perfect ("had halted", « avaient interrompu »): an act before the time the text tells
_PAST_PERFECT = frozenset(("had", "avait", "avaient"))


def background_before_dated_news(ctx: Context, s: Sentence, tok) -> bool:
    """Whether the trigger's clause is told in the past perfect, in an undated sentence of a short text whose later
    sentence dates its news to the day: a note's background ("Transporters had halted traffic in protest. On 16
    September, militants intercepted…"), the state of things before the event ACLED codes, not a second event."""
    from sitrep.analyse.events.args import sentences
    from sitrep.analyse.events.cues import SHORT_TEXT_SENTENCES

    if tok is None:
        return False
    verb = clause_verb(tok)
    if not any(c.dep_ in ("aux", "aux:tense") and c.lower_ in _PAST_PERFECT for c in verb.children):
        return False
    sents = sentences(ctx)
    if len(sents) > SHORT_TEXT_SENTENCES:
        return False
    day_dated = [d.span.char_start for d in ctx.dates if d.interval.precision.value == "day"]
    if any(s.start <= at < s.end for at in day_dated):
        return False
    return any(at >= s.end for at in day_dated)


# a sequence told in the passive, the earlier deed its subject ("The killing of two VDP on 3 May was followed on 4 May
# by a reprisal raid", « L'attaque du 3 mai a été suivie le 5 mai d'une opération ») or the later one ("The raid of 4 May
# was preceded on 3 May by the killing of two VDP"): the earlier deed is told for the later one, the sentence's news
_FOLLOWED_BY_LATER = re.compile(r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:then\s+|soon\s+|quickly\s+)?followed\b"
                       r"|\b(?:a|ont|avait|avaient)\s+été\s+(?:ensuite\s+|rapidement\s+)?suivie?s?\b", re.IGNORECASE)
_PRECEDED_BY_EARLIER = re.compile(r"\b(?:was|were|(?:has|have|had)\s+been)\s+preceded\b"
                       r"|\b(?:a|ont|avait|avaient)\s+été\s+précédée?s?\b", re.IGNORECASE)


def earlier_of_sequence(s: Sentence, d, dates: list) -> bool:
    """Whether date ``d`` dates the earlier deed of a passive sequence (``_FOLLOWED_BY_LATER``,
    ``_PRECEDED_BY_EARLIER``) in which another of the sentence's ``dates`` dates the later one."""
    start = d.span.char_start - s.start
    after = lambda m: any(x.span.char_start - s.start >= m.end() for x in dates if x is not d)  # noqa: E731
    before = lambda m: any(x.span.char_end - s.start <= m.start() for x in dates if x is not d)  # noqa: E731
    if (m := _FOLLOWED_BY_LATER.search(s.text)) is not None and start < m.start() and after(m):
        return True
    return (m := _PRECEDED_BY_EARLIER.search(s.text)) is not None and start >= m.end() and before(m)
