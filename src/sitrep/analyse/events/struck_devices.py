"""Who a mine or an IED struck, told as the subject: "a FAMa vehicle hit an improvised explosive device",
"a military truck detonated an explosive device", "a civilian tricycle ran over a landmine", "a FAMa vehicle was
destroyed by an IED", or told as the device's own deed ("an IED exploded as a FAMa convoy passed").

The parse makes the vehicle's owner the subject, so the doer; it is the target (side 2).  ACLED codes
an explosive whose author nobody names as the country's unidentified armed group (actor 1), so in a
note the device's author is that group unless another party of the sentence is left as a doer.  An armed group
before the verb did set it off ("JNIM militants detonated a landmine against soldiers"): it stays the
doer.  A placer the sentence names ("planted by X") is read before this (perpetrator.device_placer).
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, pro_government, Sentence
from sitrep.analyse.events.mentions import actors_in
from sitrep.analyse.events.unnamed_perpetrator import unnamed_group

# a vehicle or a walker meeting a buried charge; the doer of the verb is its victim
_STRUCK = re.compile(
    r"\b(?:hit|hits|struck|strikes|ran over|runs over|drove over|drove onto|rolled over|stepped on|triggered|"
    r"set off|detonated|sauté sur|heurté|roulé sur|"
    # the same told in the passive ("a FAMa vehicle was destroyed by an IED", « a été touché par un engin explosif »)
    r"(?:was|were|had been|has been)\s+(?:hit|struck|destroyed|damaged|blown up|targeted)\s+by|"
    r"(?:a|ont|avait|avaient)\s+été\s+(?:touchée?s?|détruite?s?|endommagée?s?|ciblée?s?)\s+par)"
    r"\s+(?:(?:a|an|the|another|two|several|un|une|des)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:IEDs?|improvised explosive devices?|explosive devices?|land ?mines?|mines?|"
    r"roadside bombs?|explosive charges?|engins? explosifs?(?: improvisés?)?)\b",
    re.IGNORECASE,
)
# a device that goes off by itself as the subject ("an IED exploded as a FAMa convoy passed", "a landmine
# explosion killed a shepherd"): every party of the sentence is its target or a witness
_WENT_OFF = re.compile(
    r"\b(?:IEDs?|improvised explosive devices?|explosive devices?|land ?mines?|mines?|roadside bombs?|explosive charges?)\s+"
    r"(?:explosions?\s+|blasts?\s+)?(?:exploded|went off|blew up|detonated|killed|wounded|injured|hit|struck|destroyed|damaged|"
    r"ripped through|tore through)\b"
    # a bomber nobody names, who blew himself up at the parties' post ("a suicide bomber blew himself up at the FAMa camp")
    r"|\b(?:suicide bombers?|kamikazes?)\s+(?:blew (?:himself|herself|themselves) up|detonated|set off|exploded|rammed|drove)\b",
    re.IGNORECASE,
)
# shells or rockets told only by where they landed ("several mortar shells landed near the MINUSMA camp",
# « des obus sont tombés près du camp des FAMa »): the parties named after are the place's holders, its targets
_LANDED = re.compile(
    r"\b(?:shells?|mortar (?:shells?|rounds?|bombs?)|rockets?|projectiles?|obus|roquettes?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:landed|fell|exploded|impacted|(?:sont|est)\s+tombée?s?|se\s+sont\s+abattue?s?|ont\s+(?:atterri|explosé))\b",
    re.IGNORECASE,
)
# shells or rockets told from the place they struck, as its subject ("the MINUSMA camp in Kidal came under fire from
# several rockets", "the base was hit by mortar rounds", « le camp de la MINUSMA a été la cible de tirs de roquettes »):
# the parties named before are the place's holders, the targets
_SHELLS = r"(?:[\w'’-]+\s+){0,3}?(?:rockets?|mortars?|mortar (?:shells?|rounds?|bombs?|fire)|shells?|shelling|artillery|obus|roquettes?|mortiers?)\b"
_UNDER_FIRE = re.compile(
    r"\b(?:(?:came|comes|come|coming)\s+under\s+(?:[\w-]+\s+){0,2}?(?:fire|attack|shelling|bombardment)\s+(?:from|by)\s+"
    r"|(?:was|were|had been|has been|have been)\s+(?:hit|struck|targeted|shelled|pounded)\s+(?:by|with)\s+"
    r"|(?:a|ont|avait|avaient)\s+été\s+(?:la\s+cible|visée?s?|ciblée?s?|touchée?s?|prise?s?\s+pour\s+cible)\s+(?:de|par|d['’])\s*"
    r"(?:des\s+|plusieurs\s+)?(?:tirs\s+(?:de|d['’])\s*)?)" + _SHELLS,
    re.IGNORECASE,
)
# a party that tells of the blast ("the army said an IED exploded …") is no target
_REPORTS = re.compile(r"\W*(?:[\w'’-]+\s+){0,2}?(?:said|says|reported|announced|stated|claimed|told|indicated|confirmed)\b",
                      re.IGNORECASE)
# the targets a device strikes: the state's forces, foreign forces, civilians (and the auxiliaries on the state's
# side, ``_target``: "a VDP vehicle struck an IED")
_TARGET_KINDS = frozenset(("state_forces", "external_other", "civilians"))


def _target(ctx: Context, actor_id: str) -> bool:
    return actor_kind(ctx, actor_id) in _TARGET_KINDS or pro_government(ctx, actor_id)


def struck_by_device(ctx: Context, s: Sentence, side1: list[str], side2: list[str]) -> tuple[list[str], list[str]]:
    """(side1, side2) with the targets told as the subject of striking a device moved to side 2, and the
    country's unidentified armed group as the author when no doer is left."""
    m = _STRUCK.search(s.text)
    if m is not None:  # the parties before the verb are the ones it struck
        before = [a.actor_id for a in actors_in(ctx, s) if a.span.char_start < s.start + m.start()]
    elif _WENT_OFF.search(s.text):  # the device did it: the parties named are its targets, not its reporters
        text = ctx.document.text
        before = [a.actor_id for a in actors_in(ctx, s) if not _REPORTS.match(text, a.span.char_end)]
    elif (landed := _landed_on(ctx, s)) is not None:
        before = landed
    elif (under := _UNDER_FIRE.search(s.text)) is not None:  # the parties before are the place shelled
        before = [a.actor_id for a in actors_in(ctx, s) if a.span.char_start < s.start + under.start()]
    else:
        return side1, side2
    if any(not _target(ctx, a) for a in before if a in side1):
        return side1, side2  # an armed group set it off
    hit = [a for a in side1 if a in before] + (
        [a for a in before if _target(ctx, a)] if m is None else [])
    doers = [a for a in side1 if a not in hit]
    side2 = list(dict.fromkeys(hit + [a for a in side2 if a not in doers]))
    return (doers or unnamed_group(ctx)), side2


def _landed_on(ctx: Context, s: Sentence) -> list[str] | None:
    """The parties named after shells told only by where they landed, when no one is named before them as their
    firer (the firer told first, "FAMa fired shells that landed on JNIM positions", keeps the parse's sides)."""
    m = _LANDED.search(s.text)
    if m is None:
        return None
    named = actors_in(ctx, s)
    if any(a.span.char_start < s.start + m.start() for a in named):
        return None
    text = ctx.document.text
    return [a.actor_id for a in named if not _REPORTS.match(text, a.span.char_end)]


def device_opened_fight(ctx: Context, s: Sentence, side1: list[str], side2: list[str]) -> tuple[list[str], list[str]] | None:
    """(side1, side2) of a battle a device opened ("a military convoy hit an IED, after which JNIM militants opened
    fire on it"): the parties told as striking the device were struck, so the other side is the doer; None when the
    sentence tells no party striking a device first, or the other side names no one."""
    m = _STRUCK.search(s.text)
    if m is None:
        return None
    named = actors_in(ctx, s)
    before = {a.actor_id for a in named if a.span.char_start < s.start + m.start()}
    hit = [a for a in side1 if a in before]
    if not all(_target(ctx, a) for a in hit):
        return None  # an armed group set it off
    # the doers: the rest of side 1, else the armed parties of side 2, else those the sentence names after the
    # device ("…, after which JNIM militants opened fire", a clause the parse gave no side)
    after = [a.actor_id for a in named if a.span.char_start >= s.start + m.end()]
    others = [a for a in side1 if a not in hit] or [a for a in side2 if not _target(ctx, a)] or [
        a for a in dict.fromkeys(after) if not _target(ctx, a)]
    if not others:
        return None
    return others, list(dict.fromkeys(hit + [a for a in side2 if a not in others]))
