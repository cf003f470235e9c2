"""The doer of an attack that a note names only in a later sentence.

A note often tells the attack from the side of those attacked ("the army post in X came under heavy fire",
"a patrol was ambushed", "attackers on motorbikes targeted a checkpoint") and says who attacked only after it:
"JNIM later claimed the assault", "The attack was claimed by IS Sahel", "Local sources attributed the attack to
X", "The attackers, presumed members of Katiba Macina (JNIM), …".  ACLED codes the named attacker as actor 1
and those attacked second.  Only short texts (notes, snippets) are read this way: in a long report a claim
several paragraphs on may concern another attack.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, is_government_side, PARENT_BEFORE, Sentence, sentences
from sitrep.analyse.events.cues import SHORT_TEXT_SENTENCES
from sitrep.analyse.events.mentions import actors_in, places_in
from sitrep.analyse.events.types import BATTLES, EXPLOSIONS, VAC
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS

# the deed as a noun ("the assault", "the ambush", « l'attaque »), or its means and its harm ("attributed the device to
# X", "the killings were blamed on Y", « l'enlèvement a été imputé à … »)
_DEED = r"(?:attacks?|assaults?|ambush(?:es)?|raids?|offensive|operation|shelling|bombings?|bombardments?|strikes?|" \
        r"shootings?|attaque|embuscade|assaut|frappes?|bombardements?|" \
        r"killings?|murders?|abductions?|kidnappings?|explosions?|blasts?|(?:explosive\s+)?devices?|(?:land)?mines?|IEDs?|" \
        r"bombs?|incident|enlèvements?|meurtres?|assassinats?|explosion|engins?(?:\s+explosifs?)?)"
# the group told through its men ("members of X", "militiamen of X", « des miliciens de X »): the group is the doer
_MEMBERS_OF = r"(?:members|elements|fighters|militants|militiamen|combatants|men) of\s+(?:the\s+)?|" \
              r"(?:des\s+)?(?:éléments|membres|miliciens|combattants|hommes) (?:de|du|des|d['’])\s*"
_HEDGE_WORDS = r"(?:presumed|suspected|alleged|reportedly|likely|probably|believed to be|identified as|said to be|" \
               r"thought to be|présumés?|supposés?)"
_HEDGE = r"(?:" + _HEDGE_WORDS + r"\s+)*(?:" + _MEMBERS_OF + ")?"
# a hedge that says something (a hedge word or the group's men), not the empty one
_HEDGE_SOME = r"(?:(?:" + _HEDGE_WORDS + r"\s+)+(?:" + _MEMBERS_OF + ")?|(?:" + _MEMBERS_OF + "))"
# a claim or an attribution whose doer comes AFTER the cue ("claimed by X", "attributed the attack to X",
# "The attackers, presumed members of X")
_DOER_AFTER = re.compile(
    r"\b" + _DEED + r"\b[^.;]{0,40}?\b(?:was|were|has been|had been|is|a été)\s+(?:\w+\s+)?"
    r"(?:claimed|attributed|blamed|imputed|revendiquée?)\s+(?:by|to|on|par|à)\s+(?:the\s+|les\s+|l['’])?" + _HEDGE
    + r"|\b(?:attributed|blamed|imputed)\s+(?:the\s+)?" + _DEED + r"\b[^.;]{0,30}?\s+(?:to|on)\s+(?:the\s+)?" + _HEDGE
    # the attackers given a name in apposition, after a hedge or when identified; never "15 assailants neutralised,
    # while JNIM said …", where the group named next is another clause's subject
    + r"|\b(?:the\s+)?(?:attackers|assailants|raiders|gunmen|perpetrators|assaillants|agresseurs)(?:\s*,\s*" + _HEDGE
    # ("The assailants were later identified as JNIM militants")
    + r"|\s+(?:were|are|have been)\s+(?:later\s+|subsequently\s+|reportedly\s+)?(?=identified|believed|said|thought)"
    + _HEDGE + r"|\s+" + _HEDGE_SOME + r")",
    re.IGNORECASE,
)
# the deed told as done by a party named after it ("the strike was carried out by a Burkinabe army drone", « la frappe a
# été menée par l'armée »): the doer whoever he is, the state's forces too (a drone, an air strike, a killing by troops)
_DONE_BY = re.compile(
    r"\b" + _DEED + r"\b[^.;]{0,40}?\b(?:was|were|has been|had been|is|a été)\s+(?:\w+\s+)?"
    r"(?:carried\s+out|conducted|perpetrated|committed|launched|menée?|perpétrée?|commise?)\s+(?:by|par)\s+(?:the\s+|an?\s+|les\s+|l['’])?"
    + _HEDGE, re.IGNORECASE)
# the means of a strike told as a party's ("residents said the drone belonged to the Malian army", "the aircraft was
# operated by the Burkinabe air force", « le drone appartenait à l'armée »): its owner is the doer, the state's forces too
_OWNED_MEANS = re.compile(
    r"\b(?:drones?|aircraft|(?:war)?planes?|jets?|helicopters?|gunships?|avions?|hélicoptères?)\b[^.;]{0,30}?"
    r"\b(?:belong(?:ed|s)?\s+to|belonging\s+to|(?:was|were)\s+(?:operated|flown)\s+by|appartenai(?:t|en)t\s+à|appartenant\s+à)\s+"
    r"(?:the\s+|l['’]|la\s+|le\s+|les\s+)?", re.IGNORECASE)
# the fire or the deed qualified by a participle of attribution, in the event's own sentence or a later one ("mortar fire
# attributed to the FLA", « des tirs d'obus attribués au FLA », « l'embuscade imputée aux jihadistes »)
_ATTRIBUTED_PARTICIPLE = re.compile(
    r"\b(?:" + _DEED[3:-1] + r"|fire|gunfire|shells|mortar\s+(?:fire|rounds|shells)|rockets?|tirs|obus|roquettes?)\b[^.;]{0,30}?"
    r"\b(?:(?:attributed|blamed|imputed|attribué(?:e|s|es)?|imputé(?:e|s|es)?)\s+(?:to|on|à|aux|au)|"
    # ("a mine claimed by JNIM", « une embuscade revendiquée par le JNIM »)
    r"(?:claimed|revendiqué(?:e|s|es)?)\s+(?:by|par))\s+(?:the\s+|les\s+|le\s+|l['’])?"
    + _HEDGE, re.IGNORECASE)
# a claim whose doer is the subject BEFORE the cue ("JNIM later claimed the assault", « X a revendiqué l'attaque »)
_DOER_BEFORE = re.compile(
    r"\b(?:later\s+|subsequently\s+|has\s+|have\s+|a\s+)?(?:claimed|claims|revendiqué)\s+(?:responsibility\s+for\s+)?"
    r"(?:the\s+|this\s+|l['’]\s*|cette\s+)" + _DEED + r"\b"
    # the suspect told as the subject ("JNIM was suspected", « le JNIM est soupçonné »), not what he is suspected of
    r"|\b(?:was|were|is|are|est|sont)\s+(?:widely\s+|strongly\s+)?(?:suspected|soupçonnée?s?)\b(?!\s+(?:of|d['’]|de)\b)"
    # or as the one the deed is laid at ("JNIM, which besieges the town, was held responsible", « tenu pour responsable »)
    r"|\b(?:was|were|is|are|est|sont|a\s+été|ont\s+été)\s+(?:widely\s+|later\s+|also\s+)?(?:held|tenue?s?\s+pour)\s+respons[ai]bles?\b",
    re.IGNORECASE,
)
# a relative clause told between the claimer and his claim ("JNIM, which has besieged the town for a year, is
# suspected", « le JNIM, qui contrôle la zone, a revendiqué l'attaque »): skipped back over to find the subject
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who|that|qui)\b[^,;.]{0,120},\s*$", re.IGNORECASE)
_NAMED_WITHIN = 45  # the doer's name a few words after the cue ("… to Islamic State Sahel fighters")
_SUBJECT_WITHIN = 45  # the claimer's name just before the claim


def attributed_doer(ctx: Context, s: Sentence, event_type: str, side1: list[str],
                    side2: list[str]) -> tuple[list[str], list[str]] | None:
    """(side1, side2) with the attacker a later sentence of the note names as actor 1, the parties the event's
    sentence named (those attacked) second; None when no later sentence names an armed attacker, or when the
    event's side 1 is already an armed group other than the state's (told as the doer)."""
    if event_type not in (BATTLES, EXPLOSIONS, VAC) or len(sentences(ctx)) > SHORT_TEXT_SENTENCES \
            or ctx.events_so_far:
        return None
    unnamed_beside_named = side1 and not all(is_government_side(ctx, a) or a.startswith("unidentified-") for a in side1)
    if unnamed_beside_named and not any(a.startswith("unidentified-armed-group") for a in side1):
        return None
    if not side1 and (owner := _owner_told_before(ctx, s)) is not None:
        return [owner], [a for a in side2 if a != owner]
    for x in sentences(ctx)[s.index:]:
        doer = _doer_named(ctx, x, own=x.index == s.index)
        if doer is None or doer in side1 and not doer.startswith("unidentified-"):
            continue
        if unnamed_beside_named:
            # "Dozo hunters and armed men traded fire … The assailants were later identified as JNIM militants":
            # the later sentence names the unnamed party, the named one keeps its place
            if doer.startswith("unidentified-") or doer in side2:
                return None
            return [doer if a.startswith("unidentified-armed-group") else a for a in side1], side2
        if side1 and not doer.startswith("unidentified-") and is_government_side(ctx, doer):
            continue  # the state claiming its own operation: the event's sides stand
        others = [a for a in dict.fromkeys(side1 + side2) if a != doer and not a.startswith("unidentified-")]
        return [doer], others
    return None


# the doers told as the men of a group named before ("its fighters executed four herders", "their men stormed the
# post"): the possessive points back to the armed group the earlier sentence told of
_OWN_MEN = re.compile(r"^\W*(?:[^.;,]{0,40},\s*)?(?:its|their)\s+(?:own\s+)?(?:fighters|men|militants|members|combatants|"
                      r"elements|gunmen|troops|forces|units)\b", re.IGNORECASE)


def _owner_told_before(ctx: Context, s: Sentence) -> str | None:
    """The armed group the sentence before ``s`` named (its last such mention), when ``s`` opens on that group's men
    told by a possessive ("Since 2023, IS Sahel has taxed herders. On 10 May, its fighters executed four of them")."""
    if s.index == 0 or _OWN_MEN.search(s.text) is None:
        return None
    before = sorted(actors_in(ctx, sentences(ctx)[s.index - 1]), key=lambda m: m.span.char_start)
    armed = [m.actor_id for m in before if _armed(ctx, m.actor_id) and not m.actor_id.startswith("unidentified-")]
    return armed[-1] if armed else None


def _named_right_after(ctx: Context, x: Sentence, mentions: list, pattern: re.Pattern, may_do) -> str | None:
    """The first actor named right after a match of ``pattern`` in ``x`` (within ``_NAMED_WITHIN`` characters) that
    ``may_do(ctx, actor_id)`` accepts as a doer."""
    for hit in pattern.finditer(x.text):
        at = x.start + hit.end()
        for m in mentions:
            if at - 1 <= m.span.char_start <= at + _NAMED_WITHIN and may_do(ctx, m.actor_id):
                return m.actor_id
    return None


def _doer_named(ctx: Context, x: Sentence, own: bool = False) -> str | None:
    """The armed actor sentence ``x`` names as an attack's author, if any (in the event's ``own`` sentence, only
    as a participle of attribution: a claim told there is the event's own telling)."""
    mentions = sorted(actors_in(ctx, x), key=lambda m: m.span.char_start)
    text = ctx.document.text
    found = _named_right_after(ctx, x, mentions, _ATTRIBUTED_PARTICIPLE, _armed)
    if found or own:
        return found
    found = _named_right_after(ctx, x, mentions, _DOER_AFTER, _armed) \
        or _named_right_after(ctx, x, mentions, _DONE_BY, _armed_or_state_force) \
        or _named_right_after(ctx, x, mentions, _OWNED_MEANS, _armed_or_state_force)
    if found:
        return found
    for hit in _BLAMED.finditer(x.text):
        at = x.start + hit.end()
        first = next((m for m in mentions if m.span.char_start >= at - 1), None)
        if first is not None and first.span.char_start <= at + _BLAMED_WITHIN and _armed_or_state_force(ctx, first.actor_id):
            return first.actor_id  # (residents who "blamed the Malian army" for a strike name its doer)
    for m in mentions:
        if not m.actor_id.startswith("unidentified-") and _armed(ctx, m.actor_id) \
                and _SUSPECTED_BEFORE.search(text[max(0, m.span.char_start - 40):m.span.char_start]):
            return m.actor_id
    for hit in _DOER_BEFORE.finditer(x.text):
        at = x.start + hit.start()
        if relative := _RELATIVE_BEFORE.search(text[x.start:at]):
            at = x.start + relative.start()
        before = [m for m in mentions if at - _SUBJECT_WITHIN <= m.span.char_end <= at and _armed(ctx, m.actor_id)
                  and not PARENT_BEFORE.search(text[max(0, m.span.char_start - 40):m.span.char_start])]
        if before:
            return before[-1].actor_id
    return None


# the doer as the object of blame, right after the verb ("The mission blamed al-Qaeda-linked militants"); not a party
# named further on ("accused the mission of siding with the Platform")
_BLAMED = re.compile(r"\bblam(?:ed|es)\s+(?:the\s+)?" + _HEDGE, re.IGNORECASE)
_BLAMED_WITHIN = 2
# a named group given as the suspect of the deed ("Suspected JNIM militants had mined the road", « des éléments présumés
# du JNIM »): the hedge word right before the group's name
_SUSPECTED_BEFORE = re.compile(r"\b(?:suspected|presumed|alleged|présumés?|supposés?)\s+(?:(?:members|elements|fighters|militants)"
                               r"\s+of\s+|(?:éléments|membres|combattants)\s+(?:de|du|d['’])\s*)?(?:the\s+|l['’])?$", re.IGNORECASE)


def _state_force(ctx: Context, actor_id: str) -> bool:
    """A state's own armed forces (army, police, gendarmerie), whom a note may name as the doer by blame or a passive."""
    return actor_kind(ctx, actor_id) == "state_forces" and not actor_id.startswith("government-")


def _armed_or_state_force(ctx: Context, actor_id: str) -> bool:
    return _armed(ctx, actor_id) or _state_force(ctx, actor_id)


def _armed(ctx: Context, actor_id: str) -> bool:
    return actor_kind(ctx, actor_id) in ARMED_NON_STATE_KINDS or actor_id.startswith("unidentified-armed-group")


# the attackers described as a group's men by those who saw them ("They described the men as members of X", "residents
# identified the gunmen as X fighters", « ils les ont décrits comme des éléments de X »)
_DESCRIBED_AS = re.compile(r"\b(?:described|identified|presented|décrit(?:e|s|es)?|présenté(?:e|s|es)?)\s+"
                           r"(?:them|the\s+(?:men|attackers|assailants|gunmen|raiders)|les\s+(?:hommes|assaillants)\s+)?\s*"
                           r"(?:as|comme)\s+(?:des\s+|the\s+)?" + _HEDGE, re.IGNORECASE)
_STORY_BLAME = (_BLAMED, _DESCRIBED_AS)


def story_blame(ctx: Context, s: Sentence, event_type: str, side1: list[str],
                side2: list[str]) -> tuple[list[str], list[str]] | None:
    """(side1, side2) with the group a later sentence of a longer story blames for its attacks as actor 1 ("No group
    has claimed either attack.  The army blamed the Islamic State Sahel Province"), when the event's own sentence names
    no doer (or only an unidentified one).  The blame counts only when it names no place of its own: a blame told with
    a place is another incident's ("residents blamed JNIM for the killings in X")."""
    if event_type not in (BATTLES, EXPLOSIONS, VAC) or len(sentences(ctx)) <= SHORT_TEXT_SENTENCES:
        return None
    if not all(a.startswith("unidentified-") for a in side1):
        return None
    for x in sentences(ctx)[s.index + 1:]:
        if places_in(ctx, x):
            continue
        mentions = sorted(actors_in(ctx, x), key=lambda m: m.span.char_start)
        for pattern in _STORY_BLAME:
            for hit in pattern.finditer(x.text):
                at = x.start + hit.end()
                first = next((m for m in mentions if m.span.char_start >= at - 1), None)
                if first is not None and first.span.char_start <= at + _BLAMED_WITHIN and _armed(ctx, first.actor_id) \
                        and not first.actor_id.startswith("unidentified-"):
                    return [first.actor_id], [a for a in side2 if a != first.actor_id]
    return None
