"""The doer of a deed a note tells in the passive without naming who did it.

"Three civilians were shot dead near X", "a FAMa post was attacked", « deux civils ont été tués par
des hommes armés non identifiés »: the grammatical subject is the victim, and ACLED codes the deed to
the country's unidentified armed group, the victims second.  A note that names the perpetrator in
another sentence ("The killings were attributed to JNIM") keeps that party.  Only short texts (notes,
snippets) are read this way: in a long report an unnamed doer is often named paragraphs away.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, Sentence, sentences
from sitrep.analyse.events.cues import SHORT_TEXT_SENTENCES
from sitrep.analyse.events.fates import DEATH_BY_WOUND
from sitrep.analyse.events.mentions import actors_in, dominant_country
from sitrep.analyse.events.types import BATTLES, EXPLOSIONS, VAC
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS, is_civil_government

# attackers told by what they are, not who (« des hommes armés », « des présumés terroristes », "gunmen")
UNNAMED_WORDS = (r"(?:assailants|attackers|gunmen|armed men|raiders|militants|assaillants|agresseurs|hommes armés|"
                  r"individus armés|(?:groupes? )?(?:armés? )?terroristes|(?:dj|j)ihadistes|bandits armés|groupes armés)\b")
# a violent deed told in the passive: the auxiliary, then the participle of a deed verb
_PASSIVE_DEED = re.compile(
    r"\b(?:was|were|has been|have been|had been|being|got|a été|ont été|avait été|avaient été)\s+"
    r"(?:\w+ly\s+)?(?:shot|killed|gunned down|slain|murdered|executed|attacked|ambushed|abducted|kidnapped|targeted|stabbed|"
    r"beheaded|assassinated|hacked|burned|burnt|raided|fired upon|fired on|seized|taken hostage|"
    r"tuée?s?|abattue?s?|assassinée?s?|exécutée?s?|attaquée?s?|enlevée?s?|kidnappée?s?|ciblée?s?|"
    r"pris(?:es)? pour cible|prise?s? à partie|accrochée?s?|égorgée?s?|thrown|lobbed|hurled|lancée?s?)\b"
    # fighters "neutralised" by a force the sentence names as the agent (without one, "15 assailants were neutralised"
    # tells the attackers' losses, not a deed of an unnamed doer)
    r"|\b(?:was|were|has been|have been|had been|a été|ont été)\s+['‘’\"]?neutrali(?:[sz]ed|sée?s?)['‘’\"]?(?=\s+(?:\w+\s+){0,3}?(?:by|par)\b)"
    # a death told without a deed verb ("eight soldiers lost their lives", « ont péri », « ont perdu la vie »)
    r"|\b(?:lost\s+their\s+lives|perished)\b|\b(?:ont|a|avaient|avait)\s+(?:perdu\s+la\s+vie|péri|trouvé\s+la\s+mort)\b"
    # falling into an ambush is suffering one ("a patrol fell into an ambush", « est tombée jeudi dans une embuscade »)
    r"|\b(?:fell|fallen|ran|run)\s+into\s+an?\s+ambush\b|\b(?:est|sont)\s+tombée?s?\s+(?:\w+\s+){0,4}?dans\s+une\s+embuscade\b"
    # a killing told after the seizure it ended ("were taken from their homes and executed", "were rounded up and shot")
    r"|\b(?:was|were|had been|have been)\s+(?:\w+\s+){1,6}?and\s+(?:then\s+|later\s+)?(?:shot|killed|executed|murdered|"
    r"beheaded|slain|gunned down)\b"
    # coming under attack is suffering one ("a VDP unit came under attack", "the post came under heavy fire")
    r"|\b(?:came|come|comes|coming)\s+under\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:attack|fire|gunfire|assault)\b",
    re.IGNORECASE,
)
# a vehicle or a man that set off a hidden device ("their motorbike triggered a landmine", "a patrol struck an IED",
# « a sauté sur une mine »): a device's victims, whoever laid it unnamed
_SET_OFF_DEVICE = re.compile(
    r"\b(?:struck|hit|triggered|ran over|drove over|stepped on|set off|detonated|sauté sur|heurté|déclenché)\s+"
    r"(?:an?|the|une?|la|le)\s+(?:[\w-]+\s+){0,2}?(?:IEDs?|(?:land)?mines?|explosive devices?|roadside bombs?|"
    r"engins? explosifs?(?: improvisés?)?)\b", re.IGNORECASE)
# the agent of the passive ("were killed on Tuesday by …", « ont été tués mardi par des … »)
# an agent that is the weapon, not the doer ("targeted by gunfire", « tués par balles »)
_WEAPON = re.compile(r"(?:\w+\s+){0,2}?(?:gunfire|fire|shots|gunshots|bullets|explosives?|IEDs?|mines?|rockets?|mortars?|"
                     r"shells?|grenades?|tirs?|balles?|coups de feu|engins? explosifs?)\b", re.IGNORECASE)
# a force's own action told before the deaths: its operation, raid or patrol (« opération », « ratissage »)
_OPERATION = re.compile(r"\b(?:operations?|raids?|patrols?|sweeps?|offensive|search(?:es)?|opérations?|ratissages?|"
                        r"patrouilles?|fouilles?)\b", re.IGNORECASE)
# a hidden device as the agent ("killed by an IED", « tués par une mine »): whoever laid it is unnamed;
# an air strike or shelling as the agent names no such doer (a state fires them), so it is left alone
_DEVICE = re.compile(r"(?:\w+\s+){0,2}?(?:IEDs?|(?:land)?mines?|explosive devices?|explosives?|roadside bombs?|"
                     r"engins? explosifs?(?: improvisés?)?)\b", re.IGNORECASE)
# a thrown or hidden device as the passive's subject ("a grenade was thrown", « une grenade a été lancée »)
_THROWN_DEVICE = re.compile(r"\b(?:grenades?|IEDs?|explosive devices?|bombs?|engins? explosifs?)\s+(?:\w+\s+){0,2}?$",
                            re.IGNORECASE)
_FORCES = {"state_forces", "external_other"}
# an agent told only as attackers ("by assailants whose identity is unknown", "by gunmen", « par des assaillants »)
UNNAMED_AGENT = re.compile(r"(?:(?:several|some|dozens of|a group of|about|around|\d+|[\w-]+)\s+){0,3}?"
                            + UNNAMED_WORDS,
                            re.IGNORECASE)
_AGENT_HEDGE = 30  # "by suspected armed men": the agent's mention may start after a hedge
_AGENT = re.compile(r"^[^.;]{0,30}?\b(?:by|par)\s+(?:the\s+|les\s+|des\s+|an?\s+)?", re.IGNORECASE)


def unnamed_perpetrator(ctx: Context, s: Sentence, event_type: str, side1: list[str],
                        side2: list[str]) -> tuple[list[str], list[str]]:
    """(side1, side2) with the unnamed doer of a passive deed: the armed group the note names
    elsewhere, else the country's unidentified armed group; the passive subjects become side 2."""
    if event_type not in (VAC, BATTLES, EXPLOSIONS) or len(sentences(ctx)) > SHORT_TEXT_SENTENCES \
            or ctx.events_so_far:
        return side1, side2  # after an event, "two people were killed" tells its toll, not a new deed
    # a death told by its wound ("died of gunshot wounds", « a succombé » after shots) names no doer either
    set_off = _SET_OFF_DEVICE.search(s.text)
    deed = _PASSIVE_DEED.search(s.text) or DEATH_BY_WOUND.search(s.text) or set_off
    if deed is None:
        return side1, side2
    at = s.start + deed.end()
    before = {m.actor_id for m in actors_in(ctx, s) if m.span.char_start < s.start + deed.start()}
    if _toll_after_told_deed(ctx, s, deed.start(), side1):
        return side1, side2
    agent = None if deed is set_off else _AGENT.match(ctx.document.text[at:s.end])
    device = deed is set_off or agent is not None and _DEVICE.match(ctx.document.text[at + agent.end():s.end]) is not None \
        or _THROWN_DEVICE.search(s.text[:deed.start()]) is not None  # "a grenade was thrown into a bar": its thrower unnamed
    if event_type == EXPLOSIONS and not device:
        return side1, side2  # only a device's victims leave its layer unnamed
    if agent is not None and not device and not _WEAPON.match(ctx.document.text[at + agent.end():s.end]):
        # "killed by JNIM militants": the agent is the doer, whatever the parse made of it; an agent
        # the base does not know ("par des militaires maliens") is no unnamed doer either
        by = at + agent.end()
        named = [m.actor_id for m in actors_in(ctx, s) if by <= m.span.char_start <= by + _AGENT_HEDGE
                 and actor_kind(ctx, m.actor_id) != "civilians"]
        # those named before the passive verb are its patients ("five herders were shot by …", "a FAMa post was
        # attacked by assailants"); an agent the base does not name is the unidentified group ("by assailants")
        patients = [a for a in side1 if a in before]
        doers = [a for a in side1 if a not in patients] or named[:1] or (
            unnamed_group(ctx) if UNNAMED_AGENT.match(ctx.document.text[by:s.end]) else [])
        if not doers:
            return side1, side2
        return doers, [a for a in dict.fromkeys(patients + side2) if a not in doers]
    if side1 and not set(side1) <= before:
        return side1, side2  # a doer named after the deed ("… were killed when X opened fire")
    victims = list(dict.fromkeys(side1 + side2)) or _fallen_forces(ctx, s.text[:deed.start()])
    doer = unnamed_doer(ctx, s, victims)
    if not doer:
        return side1, side2
    return doer, [a for a in victims if a not in doer]


def _toll_after_told_deed(ctx: Context, s: Sentence, deed_at: int, side1: list[str]) -> bool:
    """Whether the passive at ``deed_at`` opens a clause after a semicolon whose first clause names the doer in the
    active ("JNIM fighters attacked the gendarmerie post at X; two gendarmes were killed"): the deaths are
    that deed's toll, not the deed of another, unnamed doer."""
    cut = s.text.rfind(";", 0, deed_at)
    if cut < 0 or not side1:
        return False
    return any(m.actor_id in side1 for m in actors_in(ctx, s) if m.span.char_start < s.start + cut)


# the dead told only as soldiers ("eight soldiers were killed", « huit militaires ont perdu la vie »): no name the base
# resolves by itself (« militaires » is also an adjective), but the country's forces all the same
_SOLDIERS = re.compile(r"\b(?:soldiers|troops|servicemen|soldats|militaires)\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)


def _fallen_forces(ctx: Context, subject: str) -> list[str]:
    """The document's country's armed forces when ``subject`` (the words before the deed) ends on soldiers as its
    victims, else []."""
    country = dominant_country(ctx)
    if not country or not _SOLDIERS.search(subject):
        return []
    found = ctx.knowledge.actors.resolve("soldiers", countries={country})
    actor_id = found[0] if found else None
    return [actor_id] if actor_id and actor_kind(ctx, actor_id) == "state_forces" else []


# a sentence that frames the area by a standing state, not a deed (« La région est en proie depuis des années aux
# violences de la katiba Macina », "The area has for years been plagued by JNIM"): the groups it names are the area's,
# not the doer of the deed told
_STANDING_STATE = re.compile(
    r"\ben\s+proie\b|\bdepuis\s+(?:des|plusieurs|de\s+nombreuses|quelques)\s+(?:années|mois|décennies)\b|"
    r"\b(?:plagued|wracked|racked)\s+by\b|\bfor\s+(?:years|decades|several\s+years)\b", re.IGNORECASE)


def _named_elsewhere(ctx: Context, s: Sentence, victims: list[str]) -> str | None:
    """An armed non-state group the note names in another sentence ("attributed to JNIM"), else the
    force whose operation an earlier sentence tells ("FAMa troops conducted an operation in X. Fourteen
    men were killed"): the deaths are the operation's."""
    for x in sentences(ctx):
        if x.index == s.index or _STANDING_STATE.search(x.text):
            continue
        for m in actors_in(ctx, x):
            if m.actor_id not in victims and actor_kind(ctx, m.actor_id) in ARMED_NON_STATE_KINDS \
                    and not m.actor_id.startswith("unidentified-"):
                return m.actor_id
    for x in sentences(ctx):
        if x.index >= s.index or not _OPERATION.search(x.text):
            continue
        for m in actors_in(ctx, x):
            if m.actor_id not in victims and actor_kind(ctx, m.actor_id) in _FORCES \
                    and not is_civil_government(m.actor_id):
                return m.actor_id
    return None


def unnamed_doer(ctx: Context, s: Sentence, victims: list[str]) -> list[str]:
    """Who an attacker told only by what it is ("terrorists", « des jihadistes ») stands for: the armed group the
    note names in another sentence, else the country's unidentified armed group ([] when neither)."""
    named = _named_elsewhere(ctx, s, victims)
    return [named] if named else unnamed_group(ctx)


def unnamed_group(ctx: Context) -> list[str]:
    """The document's country's unidentified armed group, in a note or a snippet ([] when the base has
    none for it).  An article leaves the author empty: its other reports may name it, and fusion must
    not read two blasts' unnamed authors as one party ("in a separate explosion near Ansongo")."""
    if len(sentences(ctx)) > SHORT_TEXT_SENTENCES:
        return []
    country = dominant_country(ctx)
    found = ctx.knowledge.actors.resolve("unidentified armed men", countries={country}) if country else None
    actor_id = found[0] if found else None
    return [actor_id] if actor_id and actor_id.startswith("unidentified-armed-group") else []
