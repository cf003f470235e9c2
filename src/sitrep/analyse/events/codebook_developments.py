"""Strategic developments that a note tells in the words of violence, by ACLED's codebook.

- A bomb stopped before it went off ("opened fire on a vehicle packed with explosives and killed its driver before
  the charge could go off", "intercepted a suicide bomber before he could detonate his vest", « a été neutralisé
  avant d'avoir pu actionner sa ceinture »): disrupted weapons use, whoever was shot to stop it (the bomber's death
  is counted on it); the shooting is the means of the disruption, not an attack on a driver.
- A mass grave found ("herders discovered a mass grave containing at least 12 bodies", « la découverte d'un
  charnier »): Other.  The killings happened on days nobody can tell, so the discovery carries no dead of its own,
  and those who found it are no party to it.
- A coup ("detained the president and announced that they had ousted him", "named their commander head of a
  junta"): Other, whatever its acts look like (an arrest, a group's change); a coup plotted or foiled is not one.
- A mutiny that fights nobody ("soldiers of the camp mutinied over unpaid bonuses, firing into the air and looting
  shops", "soldiers fired into the air through the night to demand their bonuses"): soldiers pressing a grievance
  with their arms, ACLED's violent demonstration (the Burkina Faso tune notes code "soldiers rioted in the streets to
  make pay demands" and "new instances of mutinying and soldiers leaving their barracks … demanding better living
  conditions" so), whatever the looting, the arms taken or the word of a clash the model guessed; mutineers who
  exchange fire with loyal troops fight a battle, those who seize power make a coup, and inmates who mutiny riot
  (a prison riot, mob violence).
- A development that is non-violent by definition (an agreement, a base set up, a place handed over without a
  fight, a group's change of activity) carries no dead either: a toll the note gives beside it ("the deal ends a
  siege during which 20 people were killed") is the context that led to it, not its own.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind
from sitrep.analyse.events.codebook_deeds import property_harm_denied
from sitrep.analyse.events.fates import freed_in_a_deal
from sitrep.analyse.events.harm_verbs import KILLED_PARTICIPLES
from sitrep.analyse.events.role_takeovers import coalition_left_or_joined
from sitrep.analyse.events.fight_words import fight_told
from sitrep.analyse.events.force_moves import force_change_label
from sitrep.analyse.events.unnamed_perpetrator import unnamed_group
from sitrep.knowledge.actor_knowledge import in_revolt
from sitrep.knowledge.armed_people import armed_forms

# the explosive a stopped attack carried ("a vehicle packed with explosives", "a suicide vest", « une ceinture »)
_EXPLOSIVE = re.compile(r"\b(?:explosi\w*|bombs?|bomber|VBIEDs?|IEDs?|suicide|kamikaze|charges?|vests?|belts?|grenades?|"
                        r"ceintures?|engins?)\b", re.IGNORECASE)
# the device stopped before it was set off: "before the charge could go off", "before he could detonate his vest",
# "before it could reach the camp"; "foiled a suicide attack", "thwarted a car bomb attack"
_STOPPED = re.compile(
    r"\bbefore\s+(?:(?:he|she|they|it|the\s+(?:[\w-]+\s+){0,2}?(?:charge|device|bomb|explosives?|vest|belt|vehicle|car|"
    r"truck|bomber|attacker|assailant|kamikaze|driver))\s+)?(?:could|was able to|were able to|had time to|managed to)\s+"
    r"(?:be\s+)?(?:detonat\w*|explod\w*|go off|blow|set off|trigger\w*|activat\w*|reach)\b"
    r"|\b(?:foiled|thwarted|averted|prevented)\s+(?:an?\s+|the\s+)?(?:planned\s+|attempted\s+)?"
    r"(?:suicide|car[- ]bomb|truck[- ]bomb|bomb(?:ing)?|VBIED|IED)\w*"
    r"|\bavant\s+qu['’](?:il|elle|ils|elles)\s+(?:ne\s+)?(?:puisse|puissent|n['’]ait|n['’]aient)\s+(?:eu\s+le\s+temps\s+d['’e]\s*)?"
    r"(?:déclench|actionn|explos|fair\w*\s+exploser|atteindre)\w*"
    r"|\bavant\s+d['’]avoir\s+pu\s+(?:déclench|actionn|fair\w*\s+exploser|atteindre)\w*"
    r"|\b(?:attentat|attaque)\s+(?:kamikaze|suicide|à\s+la\s+voiture\s+piégée)\s+déjouée?\b",
    re.IGNORECASE)
# the device went off after all ("the car exploded at the gate", "the bomber blew himself up")
_WENT_OFF = re.compile(r"\b(?:exploded|detonated|went off|blew\s+(?:himself|herself|themselves|itself)\s+up|"
                       r"a\s+explosé|ont\s+explosé|s['’]est\s+fait\s+exploser)\b", re.IGNORECASE)

# a mass grave told as found: "discovered a mass grave", "a common grave was unearthed", « un charnier a été découvert »
_GRAVE = r"(?:mass|common)\s+graves?|charniers?|fosses?\s+communes?"
_FOUND = r"(?:discover\w*|found|find(?:ing|s)?|uncover\w*|unearth\w*|exhum\w*|locat\w*|découv\w*|retrouv\w*|mis\w*\s+au\s+jour)"
_GRAVE_FOUND = re.compile(rf"\b{_FOUND}\b[^.;]{{0,60}}?\b(?:{_GRAVE})\b|\b(?:{_GRAVE})\b[^.;]{{0,60}}?\b{_FOUND}\b",
                          re.IGNORECASE)

# a coup told as done: power seized, the head of state ousted (« ont pris le pouvoir »; not « un coup de feu »)
_COUP = re.compile(
    r"\bcoup(?!\s+de\b)(?:\s+d['’]état)?\b|\bputsch\b|\b(?:seiz\w*|tak\w*|took|grabb\w*|assum\w*)\s+power\b"
    r"|\b(?<!the\s)(?<!a\s)(?:ousted|overthrew|overthrown|deposed|toppled)\s+(?:him\b|her\b|(?:the\s+)?(?:[\w-]+\s+)?(?:president|government|"
    r"head\s+of\s+state|regime|junta|transition))"
    r"|\b(?:pris|prise)\s+(?:du|le)\s+pouvoir\b|\b(?:renvers|destitu)\w*\s+(?:le|la)\s+(?:président|régime|gouvernement|chef)",
    re.IGNORECASE)
# a coup told as the time of the news, not the news ("a week after the coup", "since the July 2023 coup"): dropped
# before a sentence is read for one (the verbal "ousted the president" is the deed; "the deposed government" only
# names who they were, which the look-behinds of ``_COUP`` leave out)
_COUP_AS_TIME = re.compile(r"\b(?:after|since|following|before|ahead\s+of|depuis|après|avant)\s+(?:the\s+|le\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:coup|putsch)(?!\s+de\b)(?:\s+d['’]état)?\b", re.IGNORECASE)
# ... and not one plotted, feared or foiled ("arrested officers accused of plotting a coup"): that is the arrest's cause
_COUP_NOT_DONE = re.compile(r"\b(?:plot\w*|attempt\w*|plann\w*|alleged|accus\w*|suspect\w*|foil\w*|thwart\w*|fail\w*|"
                            r"tentative|complot\w*|présumée?|déjouée?)\b", re.IGNORECASE)
# the labels a coup's own acts are read with (the head of state detained, a junta named: "changes" to the state)
_COUP_ACTS = frozenset(("ARREST", "CHANGE_TO_GROUP_ACT", "ABDUCT_DISSAP"))

# the labels a stopped bomb or a found grave is told with (the violence they were read as)
_VIOLENT_READINGS = frozenset(("ATTACK", "ARMED_CLASH", "SUIC_BOMB", "REM_EXPLOS", "GRENADE", "ART_MISS_ATTACK",
                               "MOB_VIOL", "ABDUCT_DISSAP"))
# ACLED's sub-event types that are non-violent by definition, whose events carry no dead
NO_DEAD_DEVELOPMENTS = frozenset(("Agreement", "Headquarters or base established", "Non-violent transfer of territory",
                                  "Change to group/activity"))
# a peaceful protest has no dead by ACLED's definition either (deaths make it another event), but it is kept out of
# ``carries_no_dead``, which stage asks of the sentence that tells an event: a protest's own sentence still reads its
# toll there; only a toll told in a later sentence is never given to it (tolls)
NO_DEAD_PROTESTS = frozenset({"Peaceful protest"})

# a base or headquarters burned, blown up or razed ("burned down the municipal police headquarters", « incendié le
# siège »): its destruction, not one set up (the model reads "headquarters" as the base established)
_BASE_DESTROYED = re.compile(r"\b(?:burn(?:ed|t|s|ing)(?:\s+down)?|torch(?:ed|es|ing)|set\s+(?:fire\s+to|ablaze)|"
                             r"blew\s+up|blown\s+up|raz(?:ed|ing)|demolish\w*|destroy(?:ed|ing|s)|ransack\w*|"
                             r"incendi(?:é|ée|és|ées)|détrui\w*|saccag\w*|mis\s+le\s+feu)\b", re.IGNORECASE)
_PEOPLE_HARMED = re.compile(r"\b(?:kill(?:ed|ing)|dead|died|wounded|injured|tués?|morts?|blessés?)\b", re.IGNORECASE)


def bomb_stopped(text: str) -> bool:
    """Whether ``text`` tells an explosive attack stopped before the device went off."""
    m = _STOPPED.search(text)
    if m is None or _EXPLOSIVE.search(text) is None:
        return False
    return _WENT_OFF.search(text[:m.start()] + " " + text[m.end():]) is None


# a device caught while it was being laid ("surprised militants who were planting an IED", "while they were laying
# mines", « en train de poser des engins explosifs », « qui posaient une mine »), which never went off
_BEING_LAID = re.compile(
    r"\b(?:planting|laying|placing|burying|installing|plant|lay|place|bury|install)\s+(?:an?\s+|the\s+|some\s+|two\s+|three\s+|"
    r"several\s+)?(?:[\w-]+\s+){0,2}?(?:IEDs?|mines?|landmines?|explosives?|devices?|bombs?|charges?)\b"
    r"|\b(?:en\s+train\s+de\s+|qui\s+)(?:pos|plac|enfou|install|dissimul)\w*\s+(?:une?|des|les|l['’])\s*"
    r"(?:[\w-]+\s+){0,2}?(?:EEI|IED|engins?|mines?|explosifs?|bombes?|charges?)\b", re.IGNORECASE)
# the layers met: killed, shot or wounded by those who caught them
_LAYERS_STRUCK = re.compile(r"\b(?:killed|neutrali[sz]ed|shot|wounded|injured|tués?|abattus?|neutralisés?|blessés?)\b",
                            re.IGNORECASE)
# the readings such a device is told with: its blast (the model's guess from the device's name) or a fight
_DEVICE_OR_FIGHT_READINGS = frozenset(("REM_EXPLOS", "GRENADE", "ARMED_CLASH", "DISR_WEAP"))


def device_caught_being_laid(text: str, around: str = "") -> str | None:
    """The label of a device caught while being laid and never set off: ACLED codes the men who laid it met by
    armed force (killed, shot, wounded, or a fight told there or in ``around``, the rest of its paragraph: "In the
    exchange of fire, 3 militants were killed") as an armed clash, and the device stopped with nobody hurt as
    disrupted weapons use; None when no device is told being laid, or one went off."""
    if _BEING_LAID.search(text) is None or _WENT_OFF.search(text + " " + around) is not None:
        return None
    met = _LAYERS_STRUCK.search(text + " " + around) or fight_told(text + " " + around, two_sided=True)
    return "ARMED_CLASH" if met else "DISR_WEAP"


def grave_found(text: str) -> bool:
    """Whether ``text`` tells a mass grave found."""
    return _GRAVE_FOUND.search(text) is not None


# shots fired at nobody, in the air ("soldiers fired into the air during a dispute over their pay"),
# with no heavy weapon named and nobody hit: a show of force or a mutiny's noise, no shelling nor fight
_FIRED_IN_THE_AIR = re.compile(r"\b(?:fir(?:ed|ing)\s+(?:(?:warning\s+)?(?:shots|volleys|rounds|bullets)\s+)?(?:in|into)\s+the\s+air|(?:shots|volleys|rounds)\s+(?:in|into)\s+the\s+air|tir(?:é|ant|s)?\s+en\s+l['’]air)\b",
                               re.IGNORECASE)
_HEAVY_OR_HIT = re.compile(r"\b(?:shell\w*|mortars?|rockets?|artillery|missiles?|bombs?|obus|roquettes?|killed|wounded|injured|"
                           r"dead|hit|struck|tués?|blessés?)\b", re.IGNORECASE)


# a place that changed hands: shots fired in the air as it did are its handover's noise
_PLACE_CHANGED = re.compile(r"\b(?:withdr\w*|handed|took control|taken control|entered|evacuat\w*|abandon\w*|retook|seiz\w*|"
                            r"occup\w*|repli\w*|retir\w*|pris le contrôle|investi)\b", re.IGNORECASE)


def shots_at_nobody(text: str) -> bool:
    """Whether ``text`` tells shots fired in the air, no heavy weapon and nobody hit (shots only heard may be an
    assault's noise, told in the next sentence: "gunfire was heard around the camp. Sources attributed the attack …")."""
    return _FIRED_IN_THE_AIR.search(text) is not None and _HEAVY_OR_HIT.search(text) is None


def development_label(text: str, label: str, around: str = "") -> str | None:
    """The strategic development a sentence read as violence or as another development (``label``) tells, or
    None: a bomb stopped (disrupted weapons use), a mass grave found, captives freed in a deal or a swap (agreement),
    a coup (Other), property burned or taken with harm to anyone denied (looting); or a mutiny that fought nobody
    (``around``: the rest of its paragraph, where a fight with loyal troops may be told), a violent demonstration."""
    if label in _MUTINY_READINGS and mutiny_fighting_nobody(text, around):
        return "VIOL_DEMONSTR"
    if label in _VIOLENT_READINGS and bomb_stopped(text):
        return "DISR_WEAP"
    if label in _DEVICE_OR_FIGHT_READINGS and (laid := device_caught_being_laid(text, around)) is not None:
        return laid  # "surprised militants planting an IED and killed five of them": no blast, the planters met
    if label in _VIOLENT_READINGS | {"DISR_WEAP", "PROPERTY_DISTRUCT"} and grave_found(text):
        return "OTHER"  # (a grave "uncovered" reads like a cache found)
    if label in ("AGREEMENT", "NON_VIOL_TERRIT_TRANSFER") and coalition_left_or_joined(text):
        # "GATIA … was leaving the CSP-PSD coalition and would remain committed to the accord", « son retrait du CSP »:
        # the group's own change, neither the accord it keeps to nor a place left
        return "CHANGE_TO_GROUP_ACT"
    if label == "HQ_ESTABLISHED" and _BASE_DESTROYED.search(text) and not _PEOPLE_HARMED.search(text):
        return "PROPERTY_DISTRUCT"  # "armed men burned down the police headquarters": a building destroyed, nobody hurt
    if (moved := force_change_label(text, label)) is not None:
        return moved  # troops moved with their arms, a base left to nobody, fighters who defected: the force's change
    if label in _VIOLENT_READINGS and freed_in_a_deal(text):
        return "AGREEMENT"  # "freed 40 fighters in exchange for a police officer and three soldiers": no fight told
    if label in ("ATTACK", "ARMED_CLASH", "PROPERTY_DISTRUCT") and property_harm_denied(text, around):
        return "PROPERTY_DISTRUCT"  # "burned houses …; no one was killed as the inhabitants had fled"
    if label in _COUP_ACTS and _COUP.search(_COUP_AS_TIME.sub(" ", text)) and not _COUP_NOT_DONE.search(text):
        return "OTHER"  # a coup: ACLED codes the seizure of power, not the president's detention or the junta named
    if (label in ("ART_MISS_ATTACK", "ARMED_CLASH", "ATTACK", "OTHER") or label == "NON_VIOL_TERRIT_TRANSFER"
            and not _PLACE_CHANGED.search(text)) and shots_at_nobody(text):
        if MUTINIED.search(text) and not _COUP.search(_COUP_AS_TIME.sub(" ", text)):
            # soldiers mutinying in their barracks, firing into the air, no one fired at: no battle (ACLED's needs two
            # armed sides at each other) but a grievance pressed with arms, a violent demonstration of the mutiny
            return "VIOL_DEMONSTR"
        return "OTHER"  # "shots were heard at the camp; soldiers had fired in the air": no target, no battle
    return None


def carries_no_dead(sub_event_type: str, text: str) -> bool:
    """Whether an event of ``sub_event_type`` told in ``text`` carries no dead of its own (a non-violent development,
    or a mass grave's discovery)."""
    return sub_event_type in NO_DEAD_DEVELOPMENTS or (sub_event_type == "Other" and grave_found(text))


# soldiers told in revolt ("soldiers of the barracks mutinied", "a mutiny over unpaid bonuses", « se sont mutinés »)
MUTINIED = re.compile(r"\b(?:mutin(?:ied|y|ying|ies|eers?|ous)|(?:se sont |s['’]est )?mutinés?|mutineries?)\b", re.IGNORECASE)


_LOYAL = re.compile(r"\b(?:loyal\w*|loyalistes?|fidèles?)\b", re.IGNORECASE)

# what a mutiny is read as by the words of its deeds: a clash or an attack guessed from the arms, the shops looted, the
# armoury emptied, a protest (its demand), a group's change (soldiers leaving their barracks)
_MUTINY_READINGS = frozenset(("ARMED_CLASH", "ATTACK", "ART_MISS_ATTACK", "OTHER", "PROPERTY_DISTRUCT", "DISR_WEAP",
                              "PEACE_PROTEST", "PROTEST_WITH_INTER", "CHANGE_TO_GROUP_ACT", "MOB_VIOL"))
# the state's armed men ("presidential guards", « des militaires »), whose shots in the air with a demand are a mutiny's
# even when the word is not written
_SERVICEMEN = armed_forms("servicemen")
_SHOTS_PRESSING = re.compile(r"\b(?:" + _SERVICEMEN + r")\b[^.;]{0,100}?" + _FIRED_IN_THE_AIR.pattern, re.IGNORECASE)
# a demand pressed with the shots ("to demand their bonuses", "in protest at unpaid pay", « pour réclamer leurs primes »); shots
# fired "during a dispute over allowances" press nothing: a show of force (Other), not a mutiny's demonstration
_GRIEVANCE = re.compile(r"\b(?:to (?:demand|claim|protest|press for)|demanding|in protest|protesting|pour (?:réclamer|exiger|protester)|"
                        r"réclamant|exigeant)\b", re.IGNORECASE)
# a prison's mutiny is its inmates' riot; shots in the air at a crowd (to scatter protesters) are the forces' answer to it
_INMATES_OR_CROWD_CONTROL = re.compile(r"\b(?:inmates?|prisoners?|detainees?|prisons?|jails?|cells?|détenus?|prisonniers?|"
                                       r"dispers\w*|disperser|scatter\w*|tear ?-?gas|gaz lacrymogènes?|protesters|demonstrators|"
                                       r"crowds?|manifestants|foules?)\b", re.IGNORECASE)
# people the mutineers killed or shot ("killed their commander"): more than a demonstration's harm (stray bullets aside)
# (the participles of killing of ``harm_verbs`` but a bare "shot": shots fired in the air are the mutiny itself)
_SHOT_PEOPLE = re.compile(rf"\b(?:(?!shot\b)(?:{KILLED_PARTICIPLES})|shot dead|killing|tués?|tuant|abattu\w*)\b", re.IGNORECASE)


def mutiny_fighting_nobody(text: str, around: str = "") -> bool:
    """Whether ``text`` tells servicemen in revolt who fought nobody: a mutiny (the word, or shots in the air with a
    grievance), no coup, no loyal troops, no fight told with it in ``text`` or ``around`` (the rest of its note), no one
    killed, and no prison's inmates nor a crowd dispersed (see the module's docstring)."""
    told = text + " " + around
    mutiny = MUTINIED.search(text) is not None or (_SHOTS_PRESSING.search(text) is not None and _GRIEVANCE.search(told) is not None)
    return mutiny and _COUP.search(_COUP_AS_TIME.sub(" ", told)) is None and _LOYAL.search(told) is None \
        and not fight_told(told, two_sided=True) and _INMATES_OR_CROWD_CONTROL.search(told) is None \
        and _SHOT_PEOPLE.search(text) is None


def mutineers_apart(ctx: Context, text: str, side1: list[str], side2: list[str]) -> list[str]:
    """Side 1 of an event told as a mutiny, with the country's army among its doers replaced by the army's mutiny (ACLED's
    "Mutiny of Military Forces of X"): the soldiers in revolt are not their command ("soldiers of the barracks of
    Ouahigouya mutinied, firing volleys into the air").  Where the mutineers are already named, or loyal troops told,
    the army is the loyal one ("loyalist troops retook the camp from the mutineers")."""
    base = ctx.knowledge.actors
    named = any(in_revolt(base.get(a)) for a in side1 + side2)
    if MUTINIED.search(text) is None or named or _LOYAL.search(text):
        return side1
    out = []
    for a in side1:
        name = getattr(base.get(a), "name", "") or ""
        mutiny = base.resolve("Mutiny of " + name) if name.startswith("Military Forces of ") else None
        out.append(mutiny[0] if mutiny else a)
    return list(dict.fromkeys(out))


def grave_finders_apart(ctx: Context, sub_event_type: str, text: str, side1: list[str]) -> list[str]:
    """Side 1 of an event: for a mass grave found by unarmed people (the herders who came upon it), the country's
    unidentified armed group, since those who found a grave are no party to it and its dead's killers are unknown."""
    if sub_event_type == "Other" and grave_found(text) and all(actor_kind(ctx, a) == "civilians" for a in side1):
        return unnamed_group(ctx)
    return side1
