"""Phrases that tell a deed's circumstances, not the deed: ACLED codes the deed.

- **Air support of a ground fight**: "an army unit supported by air strikes repelled an attack", "troops backed
  by helicopters clashed with militants", « appuyés par des drones »: the aircraft helped a battle, which ACLED
  codes as an armed clash, not as an air strike;
- **The attack a reprisal answers**: "soldiers entered the village after an attack on their convoy and killed
  five villagers": the attack on the convoy is why they came, not whom they fought; who the deed's victims
  were is read with that phrase left out.
"""

from __future__ import annotations

import re

from sitrep.knowledge.armed_people import armed_forms

# aircraft, or the guns behind a ground force ("backed by drones and artillery", "supported by mortar fire"): fire that
# helps men who go in keeps the battle's type; shelling on its own is coded by its means elsewhere
_AIR = (r"(?:air ?strikes?|air support|aircraft|helicopters?|drones?|(?:the )?air force|planes|jets|gunships?|"
        r"artillery|mortars?(?: fire| rounds| shells)?|rocket(?: fire|s)|heavy weapons|shelling)")
AIR_SUPPORT = re.compile(
    r"\b(?:supported|backed|assisted|aided|helped|covered|reinforced|accompanied) by (?:\w+ ){0,2}?" + _AIR + r"\b"
    r"|\bwith (?:the )?(?:support|help|backing|cover|assistance) of (?:\w+ ){0,2}?" + _AIR + r"\b"
    r"|\b(?:with|under) (?:\w+ )?air (?:support|cover)\b"
    # the aircraft named first, their role after ("with helicopter gunships in support", "drones providing cover")
    r"|\bwith (?:the )?(?:\w+ ){0,2}?" + _AIR + r" (?:in|as|for|providing) (?:close )?(?:support|cover|backup)\b"
    # strikes told as one part of a ground operation ("an operation against militants, including airstrikes")
    r"|\b(?:including|as well as|combined with|alongside) (?:\w+ ){0,2}?air ?strikes?\b"
    r"|\b(?:appuyée?s?|soutenue?s?|épaulée?s?) par (?:des |l['’]|les |de l['’])?(?:drones?|hélicoptères?|aéronefs|avions|l['’]aviation|vecteurs aériens|"
    r"artillerie|tirs (?:d['’]obus|de mortiers?|de roquettes)|mortiers)\b",
    re.IGNORECASE,
)
# a ground fight's words in the same sentence
GROUND_FIGHT = re.compile(
    r"\b(?:repell?(?:ed|ing)|repuls(?:ed|ing)|clash(?:ed|es)?|fought|fighting|engag(?:ed|ing)|exchang(?:ed|ing) fire|"
    r"gun ?battles?|firefights?|ambush(?:ed)?|embuscades?|combats?|accrochages?|affrontements?|repoussé)\b"
    # men going in on the ground ("stormed the detachment", "a ground offensive against", « ont attaqué le camp »)
    r"|\b(?:storm(?:ed|ing)|assault(?:ed|ing)?|overr(?:an|un)|ground (?:offensive|assault|operation|attack)s?|"
    r"attack(?:ed|ing)? (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:camp|base|post|position|outpost|detachment|garrison|barracks|checkpoint)s?|"
    r"attaqu(?:é|ée|és|ées|ent) (?:le |la |les |un |une )?(?:camp|base|poste|position|détachement|garnison)s?)\b"
    # a ground operation by soldiers or volunteers ("soldiers and VDP carried out a two-day operation against …")
    r"|\b(?:army|" + armed_forms("battle_target") + r")\b[^.;]{0,60}?\b(?:operations?|offensive|sweep)\s+against\b",
    re.IGNORECASE,
)
# the earlier attack a deed answers ("after an attack on their convoy", "in retaliation for an ambush against VDP"),
# or the earlier killing it avenges ("in retaliation for the killing of two militants by a self-defence group")
ANSWERED_ATTACK = re.compile(
    r"\b(?:after|following|in (?:retaliation|reprisal|response) (?:for|to)|to avenge|après|suite à|en représailles? (?:à|de))\s+"
    r"(?:an?|the|une?|l['’]|la|le)\s*(?:[\w-]+\s+){0,2}?(?:attacks?|ambush(?:es)?|assaults?|raids?|attaques?|embuscades?)\s+"
    r"(?:on|against|contre|de|du|des)\s+[^,.;]*"
    r"|\b(?:in (?:retaliation|reprisal|revenge) (?:for|of)|to avenge|en représailles? (?:à|de))\s+(?:the\s+|l['’]|la\s+|le\s+)?"
    r"(?:recent\s+)?(?:killings?|murders?|deaths?|lynching|execution|assassinat|meurtre|mort)\s+(?:of|de|du|des)\s+[^,.;]*"
    # an earlier deed dated from this one ("a day after VDP killed two militants in the area", "hours after clashing
    # with soldiers"): what happened before, not whom this deed struck
    r"|\b(?:(?:a|one|two|three|four|five|several|a few|\d+)\s+(?:days?|hours?|weeks?|months?)|the\s+day|days|hours|weeks)"
    r"\s+(?:after|following)\s+[^,.;]*",
    re.IGNORECASE,
)


def air_support_of_a_fight(text: str) -> bool:
    """Whether ``text`` (one sentence) tells aircraft supporting a ground fight it also tells."""
    m = AIR_SUPPORT.search(text)
    return m is not None and GROUND_FIGHT.search(text[: m.start()] + " " + text[m.end() :]) is not None


def without_answered_attack(text: str) -> str:
    """``text`` with the earlier attack a deed answers left out (its victims are not the deed's)."""
    return ANSWERED_ATTACK.sub(" ", text)


# the nouns and verbs of a deed done in answer to an earlier one ("in reprisal for", "to avenge", « en représailles »)
_ANSWERING = frozenset("reprisal reprisals retaliation revenge response avenge représailles représaille venger".split())


def in_answered_deed(tok) -> bool:
    """Whether the trigger ``tok`` lies in the phrase that names the earlier deed a deed answers ("in apparent
    reprisal for the killing of two of their fighters by local vigilantes", "to avenge the lynching of a herder"):
    that deed is the motive, its doers and victims are not the event's."""
    if tok is None:
        return False
    head = tok.head
    while head.i != tok.i and head is not head.head:
        if head.lemma_.lower() in _ANSWERING or head.lower_ in _ANSWERING:
            return True
        tok, head = head, head.head
    return head.lemma_.lower() in _ANSWERING and head.i != tok.i
