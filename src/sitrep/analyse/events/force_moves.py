"""A force's own change told in the words of territory or of weapons, by ACLED's codebook: a change to a group's
activity (CASE's CHANGE_TO_GROUP_ACT).

- Troops moved, sent or deployed somewhere ("moved two brigades with tanks and heavy weapons to the border",
  "hundreds of troops with heavy equipment had moved to the town", « a déployé des renforts »): the weapons are the
  column's own, carried, not seized, defused or found, so no disrupted weapons use; so are arms delivered to a force
  ("a convoy of trucks carrying weapons and armoured vehicles entered the region"), and a force that takes its own
  arms away ("will remove its Patriot missile batteries from Jordan").
- A force that pulls out of a base or its positions and nobody is told taking them ("US forces have withdrawn from a
  key base", "pulled out of their positions around the airport and moved to a base in Hasakah"): ACLED's non-violent
  transfer needs an actor that acquires the place ("leaving it in the hands of opposition fighters", "allowed Daesh
  to seize it"); a withdrawal alone is the force's change of posture.
- Fighters who defect or switch sides ("defected and joined Hayat Tahrir al-Sham, handing over their weapons",
  « ont fait défection »): a change of the group, whatever they handed over.
"""

from __future__ import annotations

import re

# forces moved, sent, deployed or massed somewhere (not a place taken: "moved into the town" is kept apart below)
_MOVED = re.compile(
    r"\b(?:deploy(?:ed|s|ing)?|redeploy\w*|dispatch(?:ed|es|ing)?|sen[dt]s?|mov(?:ed|es|ing)|relocat\w*|reinforc\w*|"
    r"mass(?:ed|ing)|amass\w*|reposition\w*|rushed|arriv(?:ed|ing)|station(?:ed|ing)|re-?enter(?:ed|ing)|brought\s+in|"
    r"déploy\w*|dépêch\w*|envoy(?:é|ée|és|ées)|achemin\w*|renforts?|redéploy\w*)\b", re.IGNORECASE)
# ... and the troops so moved
_TROOPS = re.compile(
    r"\b(?:troops|soldiers|forces|brigades?|battalions?|units?|reinforcements|contingents?|divisions?|regiments?|"
    r"tanks|armou?red\s+vehicles|militiamen|fighters|police(?:men)?|warplanes|fighter\s+jets|warships|"
    r"(?:missile|rocket|artillery)\s+(?:batter(?:y|ies)|systems?|units?)|air[- ]defen[cs]e\s+systems?|"
    r"troupes|soldats|forces|militaires|bataillons?|unités|renforts|blindés)\b", re.IGNORECASE)
# what disrupts a weapon: seized, found, defused, destroyed, shot down, intercepted
_DISRUPTED = re.compile(
    r"\b(?:seiz\w*|confiscat\w*|recover\w*|found|discover\w*|unearth\w*|defus\w*|dismantl\w*|destroy\w*|"
    r"detonat\w*|intercept\w*|shot\s+down|cleared|removed|disarm\w*|cache|stash|"
    r"saisi\w*|découv\w*|désamorc\w*|détrui\w*|neutralis\w*|abattu|intercept\w*)\b", re.IGNORECASE)
# a force that leaves a place
_LEFT = re.compile(
    r"\b(?:withdr(?:ew|awn|awing|aws|aw)|pull(?:ed|ing|s)?\s+(?:out|back)|evacuat(?:ed|es|ing)\s+(?:their|its|the)\s+"
    r"(?:bases?|positions?|posts?|camps?)|vacat(?:ed|es|ing)|"
    r"(?:se\s+sont|s['’]est|ont)\s+retiré\w*|retrait|évacué\s+(?:leurs?|la|le|les)\s+(?:bases?|positions?|postes?|camps?))\b",
    re.IGNORECASE)
# someone told taking what was left, or a fight for it: a transfer of territory, or a battle
_TAKER = re.compile(
    r"\bin\s+the\s+hands\s+of\b|\ballow\w*\s+(?:[\w-]+\s+){1,3}?to\s+(?:seize|take|enter|capture|occupy)|"
    r"\b(?:took|taken|taking|takes|seiz\w*|captur\w*|overr?a[nn]\w*|occup\w*|entered|moved\s+in(?:to)?|retook|"
    r"hand(?:ed|ing|s)?\s+(?:over\s+)?(?:control|the\s+(?:town|city|village|base|camp|post|district|area|positions?))|"
    r"handover|under\s+the\s+control\s+of|without\s+(?:a\s+fight|resistance|a\s+shot)|fight\w*|clash\w*|"
    r"aux\s+mains\s+d\w*|pris\s+le\s+contrôle|remis\w*|sans\s+(?:combat|résistance))\b", re.IGNORECASE)
# arms delivered to a force ("a convoy of 100 trucks carrying weapons and armoured vehicles entered the region",
# "sent a new shipment of weapons to the SDF", « un convoi d'armes »): the force's supply, no weapon seized or defused
_DELIVERED = re.compile(r"\b(?:convoys?|shipments?|consignments?|deliver(?:ed|ies|y|ing)|suppl(?:ied|ies|ying)|"
                        r"transport(?:ed|ing)|convois?|livr(?:é|ée|és|ées|aison\w*))\b", re.IGNORECASE)
_ARMS = re.compile(r"\b(?:weapons|arms|ammunition|munitions|military\s+(?:equipment|hardware|aid|supplies)|"
                   r"armou?red\s+vehicles|missiles|armes|matériel\s+militaire|blindés)\b", re.IGNORECASE)
# a force taking away its own arms ("will remove its Patriot missile batteries from Jordan", "withdrew their heavy
# weapons from the line", « retire ses missiles »): the possessive tells they are the force's own, not a cache cleared
_OWN_ARMS_TAKEN_AWAY = re.compile(
    r"\b(?:remov\w*|withdr(?:ew|awn|awing|aws|aw)|pull(?:ed|ing|s)?\s+(?:out|back)|relocat\w*|redeploy\w*|"
    r"retir\w*|déplac\w*)\s+(?:(?:all|some|[\w-]+)\s+(?:of\s+)?)?(?:its|their|ses|leurs)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:missiles?|batter(?:y|ies)|systems?|weapons|arms|tanks|artillery|aircraft|jets|warplanes|warships|"
    r"armes|blindés|avions)\b", re.IGNORECASE)
# fighters who changed sides
_DEFECTED = re.compile(r"\b(?:defect(?:ed|ing|s|ions?)|switch(?:ed|ing)\s+sides|"
                       r"(?:fait|font|faire)\s+défection|chang(?:é|er)\s+de\s+camp)\b", re.IGNORECASE)

# the readings a force's own change is mistaken for: a weapon's disruption, a place handed over, a deal, a base set up
_WEAPON_READINGS = frozenset(("DISR_WEAP",))
_TERRITORY_READINGS = frozenset(("NON_VIOL_TERRIT_TRANSFER", "AGREEMENT", "HQ_ESTABLISHED"))


def troops_moved(text: str) -> bool:
    """Whether ``text`` tells troops moved or deployed, and no weapon seized, found, defused or destroyed."""
    if _OWN_ARMS_TAKEN_AWAY.search(text):
        return True
    return bool(_MOVED.search(text) and _TROOPS.search(text) or _DELIVERED.search(text) and _ARMS.search(text)) \
        and not _DISRUPTED.search(text)


def withdrawal_without_taker(text: str) -> bool:
    """Whether ``text`` tells a force leaving a place and nobody taking it, nor any fight for it."""
    return _LEFT.search(text) is not None and _TAKER.search(text) is None


def force_change_label(text: str, label: str) -> str | None:
    """CHANGE_TO_GROUP_ACT when ``text``, read as ``label`` (a weapon disrupted, a place handed over, a deal), tells a
    force's own change: troops moved with their weapons, a withdrawal nobody took over, fighters who defected."""
    if label in _WEAPON_READINGS | _TERRITORY_READINGS and _DEFECTED.search(text):
        return "CHANGE_TO_GROUP_ACT"
    if label in _WEAPON_READINGS and troops_moved(text):
        return "CHANGE_TO_GROUP_ACT"
    if label == "NON_VIOL_TERRIT_TRANSFER" and withdrawal_without_taker(text):
        return "CHANGE_TO_GROUP_ACT"
    return None
