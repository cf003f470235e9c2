"""A side told first as the one that met an attack: the attack's author is actor 1.

« les VDP ont repoussé une attaque de présumés terroristes », « le camp a fait face à une attaque d'hommes armés »,
« le poste a résisté à l'assaut de terroristes de l'EIGS », "VDP fought off an assault by gunmen",
"soldiers fought off gunmen who attacked the town": the subject was struck.  ACLED codes the attacker first, as when the sentence
says "X attacked the post".  The author is the armed group named in the attack's phrase (the parse often hangs it
on a date or a verb of its own), else — told only by what it is, or not at all — the group the note names in another
sentence or the country's unidentified armed group.  Read in short notes only, as the unnamed doer of a passive
(``unnamed_perpetrator``).
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, Sentence, sentences
from sitrep.analyse.events.cues import SHORT_TEXT_SENTENCES
from sitrep.analyse.events.types import BATTLES, VAC
from sitrep.analyse.events.doer_phrases import UNNAMED_DOER
from sitrep.analyse.events.unnamed_perpetrator import unnamed_doer
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS

_ATTACK_NOUNS = r"(?:attaques?|assauts?|tirs|embuscades?|incursions?|offensives?|raids?|attacks?|assaults?|ambush(?:es)?)"
# the meeting verb (or noun) and the attack it met, with the words between them the parse may put anywhere
# (« a résisté le 5 novembre à l'assaut », "repelled a large-scale attack")
_MET_ATTACK = re.compile(
    r"\b(?:repoussée?s?|subie?s?|essuyée?s?|déjouée?s?|contrée?s?|résistée?|victimes?|(?:fait|faisant)\s+face|"
    r"repelled|repulsed|fought\s+off|beat\s+back|beaten\s+back|fended\s+off|foiled|thwarted|withstood|resisted)\s+"
    r"(?:(?:[\w'’-]+\s+){0,5}?(?:à\s+|an?\s+|the\s+|une?\s+|l['’]|des\s+|les\s+)?(?:[\w-]+\s+){0,2}?" + _ATTACK_NOUNS + r"\b"
    # or the attackers themselves driven off ("fought off gunmen who attacked the town", « repoussé les assaillants »)
    r"|(?P<people>(?:the\s+|des\s+|les\s+|a\s+group\s+of\s+)?(?:(?:suspected|presumed|présumés|armed|heavily)\s+){0,2})"
    r"(?=" + UNNAMED_DOER.pattern + r"))",
    re.IGNORECASE)
# what names the attack's author after it (« de », « d' », « des », "by", "from", "launched by"), and an author so
# named told only by what it is (« d'hommes armés », "by suspected gunmen")
_AUTHOR_LINK = (r"^\s*(?:(?:launched|carried\s+out|mounted|led|staged|lancée?s?|menée?s?)\s+)?"
                r"(?:by|from|de|d['’]|des|du|par)")
_AUTHOR = re.compile(_AUTHOR_LINK + r"\b", re.IGNORECASE)
_UNNAMED = re.compile(_AUTHOR_LINK + r"\s*(?:(?:the|an?|des|les|plusieurs|[\w-]+)\s+){0,3}?"
                      r"(?:présumée?s?\s+|supposée?s?\s+|suspected\s+|presumed\s+|unidentified\s+|unknown\s+)?"
                      + UNNAMED_DOER.pattern, re.IGNORECASE)
# where the attack's phrase ends: the clause's end or the toll told after it ("…, killing 14 attackers")
_PHRASE_END = re.compile(r"[.;]|,\s*(?:killing|leaving|tuant|faisant|neutralisant|and|et)\b", re.IGNORECASE)


def met_attack(ctx: Context, s: Sentence, event_type: str, side1: list[str],
               side2: list[str]) -> tuple[list[str], list[str]] | None:
    """(the attack's author, the struck) when a short note tells a side meeting an attack (``_MET_ATTACK``), else
    None.  The author is the armed group named in the attack's phrase; an author told only by what it is makes the
    deed the country's unidentified armed group's; an attack told without author is left to the parse (the
    defender's own account: "the army repelled an attack on its positions")."""
    if event_type not in (VAC, BATTLES) or len(sentences(ctx)) > SHORT_TEXT_SENTENCES or ctx.events_so_far:
        return None
    # the attack met may be told in a sentence before the event's own (« Le camp a fait face à une attaque d'hommes
    # armés. Les FAMa ont riposté »: the riposte is the event the note's second sentence triggers)
    told = [(x, hit) for x in sentences(ctx) if x.index <= s.index and (hit := _MET_ATTACK.search(x.text))]
    if not told:
        return None
    s, met = told[-1]
    rest = s.text[met.end():]
    end = _PHRASE_END.search(rest)
    phrase = rest[:end.start()] if end else rest
    lo, hi = s.start + met.end(), s.start + met.end() + len(phrase)
    inside = [m.actor_id for m in ctx.actors if s.start + met.start() < m.span.char_start < lo]
    if inside:  # "JNIM repelled an army offensive", « a repoussé une attaque jihadiste du JNIM »: read by the parse
        return None
    named = [m.actor_id for m in sorted(ctx.actors, key=lambda m: m.span.char_start)
             if lo <= m.span.char_start < hi and actor_kind(ctx, m.actor_id) in ARMED_NON_STATE_KINDS
             and not m.actor_id.startswith("unidentified-")]
    if named and _AUTHOR.match(phrase):
        doer = named[:1]  # « à l'assaut de plusieurs dizaines de terroristes de l'EIGS »
    elif met.group("people") is not None or _UNNAMED.match(phrase):
        # "fought off gunmen who …", « une attaque d'hommes armés »: the group the note names in another sentence
        # ("… The Islamic State Sahel Province claimed the attack"), else the country's unidentified armed group
        doer = unnamed_doer(ctx, s, list(dict.fromkeys(side1 + side2)))
    else:
        # an author the base does not know, or none at all ("the army repelled an attack on its positions"): the
        # defender's own account, coded as it tells it
        return None
    if not doer:
        return None
    return doer, [a for a in dict.fromkeys(side1 + side2) if a not in doer]
