"""The perpetrator of an event read from how a report words it, where the dependency parse misses it.

Two wordings name the perpetrator whatever the parse makes of them (hedges such as "presumed" or
"suspected" are often parsed as verbs, leaving the real subject as an object or a modifier):

- the opening subject: a sentence that opens as a note does (a heading or a date) with an armed actor,
  only hedged or counted ("On 4 May, presumed JNIM militants burned…", "Looting: On 2 June, suspected
  IS Sahel or JNIM fighters seized…"), tells what that actor did — unless the verb that follows is
  passive ("… were killed") or a plan ("… will escort convoys after militants burned trucks");
- the placer of a device: "an IED planted by X", "a mine laid by X", "engin posé par X" name the
  author of an explosion even when the victims are the grammatical subject ("an army vehicle struck
  an IED … likely planted by X"); the placer is read in the event's sentence and the two after it.
  A strike or a shelling "carried out by X" (« menée par X ») names its author the same way.

Only organised actors (armed groups and state forces) are read this way: a crowd or civilians opening
a sentence are the protest's or the attack's own business (crowd_sides, the victims).
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.ambush_layer import ambush_layer
from sitrep.analyse.events.attributed_doer import attributed_doer, story_blame
from sitrep.analyse.events.args import actor_kind, allied, Sentence, sentences
from sitrep.analyse.events.communal_sides import communal_doer, communal_sides
from sitrep.analyse.events.cues import SUFFERED_ATTACK
from sitrep.analyse.events.mentions import actors_in
from sitrep.analyse.events.role_takeovers import coalition_left_or_joined, role_taker, roles_taken
from sitrep.analyse.events.struck_devices import device_opened_fight, struck_by_device
from sitrep.analyse.events.types import BATTLES, EXPLOSIONS, STRATEGIC
from sitrep.analyse.events.met_attacks import met_attack
from sitrep.analyse.events.unnamed_perpetrator import unnamed_perpetrator
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS, ORGANISED_KINDS

# hedges and counts before the opening subject ("presumed", "a group of armed", "about 50")
_HEDGES = (
    r"(?:(?:overnight|reportedly|presumed|presumably|suspected|alleged|allegedly|likely|probable|possible|"
    r"unidentified|unknown|armed|heavily|some|several|dozens|hundreds|scores|of|a|an|the|group|number|about|"
    r"around|over|more|than|at|least|\d+|présumés?|présumées?|supposés?|des|les|de|hommes|"
    # a unit's make-up ("a mixed army and gendarmerie unit", "a joint FAMa and Wagner patrol")
    r"mixed|joint|combined|composite|mixte|conjointe?)\s+)*"
)
# how a note opens before its subject: a heading ("Looting: "), a date or time adverbial
# ("On 5 May 2022, ", "Overnight, ", "Between 1 and 7 May, ", "Le 3 mars, ")
_OPENING = re.compile(
    r"^(?:[A-Z][\w/ -]{0,48}:\s+)?"
    r"(?:(?:on|in|around|about|between|during|overnight|early|late|at|since|from|le|la|dans|entre|dans la nuit)"
    r"\b[^,;]{0,70},\s*)?",
    re.IGNORECASE,
)
_HEDGED = re.compile(_HEDGES, re.IGNORECASE)
# after the actor: its conjoined partner or generic head ("JNIM or IS Sahel militants (ISGS)")
_ACTOR_TAIL = re.compile(
    r"^(?:\s*(?:\([^)]{0,40}\)|militants?|fighters?|elements?|members?|men|gunmen|combatants?|jihadists?|"
    r"forces?|troops?|soldiers?|units?|patrols?|teams?|detachments?|squads?|militiamen|militias?|hunters|"
    r"terroristes?|djihadistes?|éléments?|unités?|patrouilles?))*",
    re.IGNORECASE,
)
_JOINED = re.compile(r"^\s*(?:,|and/or|or|and|et|ou)\s+", re.IGNORECASE)
# a passive or a state after the subject, or after a thing of the subject's: the subject suffers
# ("soldiers were killed", "a FAMa post was attacked", "were wounded");
_PASSIVE = re.compile(r"^\s*(?:,[^,]{0,60},\s*)?(?:(?!(?:[\w-]+ed|and|or|et|ou|who|which|qui)\b)[\w-]+\s+){0,2}?(?:was|were|had been|has been|have been|is|are|got|came under|fell into|ran into|"
                      r"suffered|lost|a été|ont été|sont|est|"
                      # or a plan, a wish, a threat: the deed told after it ("will escort convoys after militants …")
                      r"will|would|should|could|may|might|must|plans?|planned|intends?|vowed|threatened|va|vont)\b",
                      re.IGNORECASE)
# the placer of a device ("an IED planted by", « engin posé par »), the operator of an aircraft, or the author of a strike or a
# shelling the sentence names after the deed ("drone strikes carried out by the army", « frappes menées par »)
_PLACER = re.compile(
    r"\b(?:planted|laid|placed|set|emplaced|buried|hidden|installed|posée?s?|placée?s?|dissimulée?s?|"
    r"carried out|conducted|launched|fired|menée?s?|effectuée?s?|lancée?s?|tirée?s?|"
    # the aircraft with its operator ("a drone operated by the Russian instructors", « un drone piloté par »)
    r"operated|flown|piloted|controlled|deployed|pilotée?s?|opérée?s?|déployée?s?|"
    # the strike as a noun with its author ("an air strike by the Malian Air Force", « une frappe par »)
    r"(?:air|drone|aerial)\s*strikes?|strikes?|airstrikes?|bombardments?|bombings?|shelling|frappes?(?: aériennes?)?)\s+"
    r"(?:by|par)\s+(?:the\s+|les\s+|des\s+)?"
    r"(?P<hedge>(?:presumed|suspected|alleged|unidentified|présumés?|supposés?)\s+)?",
    re.IGNORECASE,
)
# a verb whose joint subject fights itself ("X and Y clashed"), not a common enemy ("… clashed with Z")
_RECIPROCAL = re.compile(r"\b(?:clash(?:ed|es)?|fought|fight|exchanged (?:fire|gunfire)|confronted each other|"
                         r"se sont affront\w*|s'affront\w*|accroch\w*)\b(?!\s+(?:with|against|avec|contre)\b)",
                         re.IGNORECASE)
# a handover: whoever receives the place takes it ("handed over its base in X to the army", "handed it over to",
# « a rétrocédé le camp aux FAMa »); ACLED's actor 1 of a transfer of territory is the taker
_HANDOVER = re.compile(
    r"\b(?:(?:hand|turn)(?:ed|s|ing)?\s+(?:(?:it|its\s+\w+|their\s+\w+|the\s+\w+)\s+)?over|ced(?:ed|es|ing)|transferr(?:ed|ing)|"
    r"remis\w*|rétrocéd\w*|transféré\w*|cédé\w*)\b[^.;]{0,80}?\b(?:to|à|aux)\s+"
    r"(?:the\s+|la\s+|les\s+|l['’])?",
    re.IGNORECASE,
)
# a group renamed or merged into another ("announced its dissolution into a single movement, the FLA",
# "merged into", "renamed", « fondus dans »): ACLED codes the change under the new name
_RENAMED = re.compile(
    r"\b(?:dissol\w+\s+into|merg\w+\s+into|renam\w+(?:\s+as)?|rebrand\w+\s+as|transform\w+\s+into|now\s+known\s+as|"
    r"fondu\w*\s+dans|fusionn\w+\s+(?:en|dans|au\s+sein)|rebaptis\w+)\s+",
    re.IGNORECASE,
)
_NAMED_AFTER = 40  # "its dissolution into a single movement, the FLA": the name a few words after the cue
_PLACER_SENTENCES = 3  # the event's sentence and the two after it ("Two soldiers were wounded by the explosive planted by X")


def _organised(ctx: Context, actor_id: str) -> bool:
    # foreign forces and contractors (external_other) fight too: "Wagner Group forces clashed…"
    kind = actor_kind(ctx, actor_id)
    return kind in ORGANISED_KINDS or kind == "external_other" or actor_id.startswith("unidentified-armed-group")


def opening_subject(ctx: Context, s: Sentence) -> list[str]:
    """The armed actor(s) a sentence opens with as the doer ([] when it opens otherwise)."""
    text = ctx.document.text
    frame = _OPENING.match(s.text).end()
    if frame == 0:
        return []  # a report's opening, not a note's: its first actor is often background ("X's junta, which…")
    lo = s.start + frame
    hi = lo + _HEDGED.match(text[lo:s.end]).end()
    mentions = sorted(actors_in(ctx, s), key=lambda m: m.span.char_start)
    found: list[str] = []
    for m in mentions:
        # the actor may begin with its hedge ("unidentified gunmen"): anywhere from the frame's end
        if m.span.char_start < lo:
            continue
        if m.span.char_start > hi:
            break
        if not _organised(ctx, m.actor_id):
            return []
        found.append(m.actor_id)
        pos = _past_tail(text, m.span.char_end, s)
        joined = _JOINED.match(text[pos:s.end])
        if joined is None:
            break
        lo = pos + joined.end()
        hi = lo + _HEDGED.match(text[lo:s.end]).end()
    if not found or _PASSIVE.match(text[_after_actor(ctx, found, mentions, s):s.end]) or _owner_of_patient(ctx, s, mentions, found):
        return []
    return list(dict.fromkeys(found))


def _owner_of_patient(ctx: Context, s: Sentence, mentions, found: list[str]) -> bool:
    """Whether the first opening actor only owns the passive subject ("a Malian army post near X (…) was attacked",
    "a FAMa convoy … was ambushed"): the thing attacked is theirs, they are no doer."""
    m = next(m for m in mentions if m.actor_id == found[0])
    tok = s.token_at(m.span.char_start, m.span.char_end)
    while tok is not None and tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ in ("nsubjpass", "nsubj:pass"):
            return True
    return False


def _past_tail(text: str, at: int, s: Sentence) -> int:
    """Where an actor's name ending at ``at`` ends with its generic head or bracket ("JNIM militants (…)")."""
    return at + _ACTOR_TAIL.match(text[at:s.end]).end()


def _after_actor(ctx: Context, found: list[str], mentions, s: Sentence) -> int:
    return _past_tail(ctx.document.text, max(m.span.char_end for m in mentions if m.actor_id in found), s)


def _joined_after(ctx: Context, s: Sentence, actor_id: str) -> bool:
    """Whether the first mention of ``actor_id`` in the sentence is joined to another party ("X and Y")."""
    m = next(m for m in actors_in(ctx, s) if m.actor_id == actor_id)
    end = _past_tail(ctx.document.text, m.span.char_end, s)
    return re.match(r"\s*(?:and|et)\s", ctx.document.text[end:s.end], re.IGNORECASE) is not None


def device_placer(ctx: Context, s: Sentence) -> list[str]:
    """The actor who placed the device ("planted by X or Y" → [X]), in the event's sentence or the
    two after it in the same paragraph."""
    after = [x for x in sentences(ctx) if x.index >= s.index and x.para_index == s.para_index][:_PLACER_SENTENCES]
    text = ctx.document.text
    for x in after:
        for hit in _PLACER.finditer(x.text):
            at = x.start + hit.end()
            # (the actor's name may begin with the hedge the cue took in: "fired by unidentified assailants")
            m = next((m for m in actors_in(ctx, x) if m.span.char_start in (at, x.start + hit.start("hedge"))), None)
            if m is not None and _organised(ctx, m.actor_id):
                return [m.actor_id]
            if m is None and text[at:at + 1].isupper():
                return []  # a placer the base does not know: no guess
    return []


def handover_receiver(ctx: Context, s: Sentence, cue: re.Pattern[str] = _HANDOVER) -> list[str]:
    """The organised actor a place is handed over to in the sentence ([] when none is named), or with
    ``cue`` = ``_RENAMED`` the new name a group took."""
    mentions = sorted(actors_in(ctx, s), key=lambda m: m.span.char_start)
    for hit in cue.finditer(s.text):
        at = s.start + hit.end()
        m = next((m for m in mentions if at <= m.span.char_start <= at + _NAMED_AFTER), None)
        if m is not None and _organised(ctx, m.actor_id):
            return [m.actor_id]
    return []


def perpetrator_sides(ctx: Context, s: Sentence, event_type: str, side1: list[str],
                      side2: list[str]) -> tuple[list[str], list[str]]:
    """(side1, side2) with the doer read from the wording (``_worded_sides``), then two fighting
    communities' militias where the parse found only civilians."""
    side1, side2 = _worded_sides(ctx, s, event_type, side1, side2)
    side1, side2 = communal_sides(ctx, s, event_type, side1, side2)
    return communal_doer(ctx, s, event_type, side1, side2)


def _worded_sides(ctx: Context, s: Sentence, event_type: str, side1: list[str],
                  side2: list[str]) -> tuple[list[str], list[str]]:
    """(side1, side2) with the placer of a device as the explosion's author and the opening subject
    as the doer when the parse found none (or, in a battle, put it second)."""
    if event_type == EXPLOSIONS:
        placer = device_placer(ctx, s)
        if placer and side1[:1] != placer:
            # the placer's own allies named with it stay beside it; the others were its targets
            armed = actor_kind(ctx, placer[0]) in ARMED_NON_STATE_KINDS
            hit = [a for a in side1 if a not in placer and not (armed and actor_kind(ctx, a) in ARMED_NON_STATE_KINDS)]
            return placer, list(dict.fromkeys(hit + [a for a in side2 if a not in placer]))
        if not placer:
            side1, side2 = struck_by_device(ctx, s, side1, side2)  # "a FAMa vehicle hit an IED": FAMa was hit
    if event_type == BATTLES and (opened := device_opened_fight(ctx, s, side1, side2)) is not None:
        return opened  # "a convoy hit an IED, after which militants opened fire": the convoy was struck
    if event_type == STRATEGIC:
        taker = handover_receiver(ctx, s)
        if taker:
            return taker, [a for a in dict.fromkeys(side1 + side2) if a not in taker]
        renamed = handover_receiver(ctx, s, _RENAMED)
        if renamed:
            return renamed, []  # the old name is the same group, no other party
        if roles_taken(None, s.sent) and (taker := role_taker(ctx, s) or side1[:1]):
            return taker, []  # "the Africa Corps took over the missions of the Wagner Group": the predecessor is no party
        if coalition_left_or_joined(s.text) and (named := [m.actor_id for m in sorted(
                actors_in(ctx, s), key=lambda m: m.span.char_start) if _organised(ctx, m.actor_id)]):
            # « le GATIA a annoncé son retrait du CSP-PSD »: the group named first leaves, even as the sayer
            return named[:1], [a for a in dict.fromkeys(named[1:]) if a != named[0]]
    ambush = ambush_layer(ctx, s, event_type)
    if ambush is not None:
        return ambush  # "a patrol fell into an ambush laid by X": X laid it, whatever the text's length
    opening = opening_subject(ctx, s)
    later = attributed_doer(ctx, s, event_type, side1 or opening, side2) \
        or story_blame(ctx, s, event_type, side1 or opening, side2)  # "The army blamed X" after a story's attacks
    if later is not None:
        return later  # "a FAMa post came under fire. JNIM claimed the attack": the claimer is the doer
    met = met_attack(ctx, s, event_type, side1, side2)
    if met is not None:
        return met  # « les VDP ont repoussé une attaque de présumés terroristes »: the VDP were struck
    if not opening:
        return unnamed_perpetrator(ctx, s, event_type, side1, side2)
    if not side1 and event_type == BATTLES and set(opening) <= set(side2) and SUFFERED_ATTACK.search(s.text):
        return side1, side2  # « l'état-major a reconnu que le poste … avait fait l'objet d'une attaque »: the attacked
    if not side1:
        return opening, [a for a in side2 if a not in opening]
    if (event_type == BATTLES and not side2 and len(side1) > 1 and side1[:1] == opening[:1]
            and _joined_after(ctx, s, opening[0]) and _RECIPROCAL.search(s.text)
            and not all(allied(ctx, side1[0], a) for a in side1[1:])):
        # (allies joined as the subject are one side: "soldiers and VDP clashed near X, killing ten militants")
        # "X and Y clashed": the joint subject of a reciprocal verb is both sides, not one
        return side1[:1], side1[1:]
    if event_type == BATTLES and opening[0] in side2 and not allied(ctx, opening[0], side1[0]):
        return side1, side2  # the parse put the opening subject second ("troops and VDP repelled an attack by JNIM")
    if event_type == BATTLES and opening[0] not in side1 and _joined_after(ctx, s, opening[0]):
        # "presumed IS Sahel militants and VDP clashed": the first named of a joint subject is side 1
        return opening[:1], list(dict.fromkeys(side1 + [a for a in side2 if a != opening[0]]))
    return side1, side2
