"""A raid's takings told with harm or threat to the people robbed: ACLED codes looting as a strategic
development only when nobody is hurt or threatened; goods or animals taken from people who are beaten,
shot, killed, wounded, tied up or held at gunpoint are violence against those civilians (an attack).

- "assailants looted the shops and shot two shopkeepers who tried to close their doors",
- "bandits tied up the occupants and stole their motorbikes after beating the household head",
- "gunmen threatened the inhabitants with their weapons and forced them to hand over their grain".
"""

from __future__ import annotations

import re

from sitrep.analyse.events.defenders import UNARMED
from sitrep.analyse.events.fight_words import fight_told
from sitrep.knowledge.armed_people import armed_forms
from sitrep.analyse.foreign_nationals import nationals_noun

# the people a raid robs or meets: named by their trade, their place, their kin or a pronoun
_PEOPLE = (r"(?:[\w'-]+\s+){0,3}?(?:him|her|them|civilians?|villagers?|residents?|inhabitants|occupants|people|"
           r"m[ae]n|wom[ae]n|boys?|girls?|children|elders?|traders?|shopkeepers?|vendors?|merchants?|drivers?|"
           r"passengers?|herders?|shepherds?|farmers?|owners?|household|family|families|heads?|chiefs?|youths?|"
           r"customers?|travell?ers?|pupils?|teachers?|nurses?|workers?|watchm[ae]n|caretakers?|patients?|worshippers?)\b")
# a harm done to people with one's hands or weapons, or their killing ("killed three men who refused to hand over
# their animals": the victims are named by a noun, which the rules on deaths by pronoun do not see)
_HARM = (r"\b(?:killed|murdered|slaughtered|shot|beat|beaten|beating|whipp(?:ed|ing)|flogg(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|"
         r"tied up|tying up|tortur(?:ed|ing)|assault(?:ed|ing)|rap(?:ed|ing)|stabb(?:ed|ing)|brutali[sz](?:ed|ing)|"
         r"manhandl(?:ed|ing)|mistreat(?:ed|ing)|molest(?:ed|ing)|hack(?:ed|ing))\s+(?:up\s+)?")
# a threat with weapons against people ("at gunpoint", "threatened the inhabitants with their weapons")
_THREAT = (r"\bat (?:gun|knife)-?point\b|\bthreaten(?:ed|ing)\s+" + _PEOPLE +
           r"[^.;]{0,60}?\bwith (?:their |his |)(?:weapons|guns|rifles|firearms|knives|machetes)\b")
HARMED_OR_THREATENED = re.compile(_HARM + _PEOPLE + "|" + _THREAT
                                  + r"|\b(?:frappée?s?|ligotée?s?|blessée?s?|battue?s?)\b|\bsous la menace (?:de leurs |des )?armes\b"
                                  # « ont abattu trois éleveurs et emporté leur bétail »: killed, then robbed
                                  + r"|\b(?:abattu|tué|assassiné|exécuté|égorgé)e?s?\s+(?:[\w'’-]+\s+){0,3}?(?:civils|villageois|habitants|"
                                  r"éleveurs?|bergers?|commerçants?|paysans?|agriculteurs?|cultivateurs?|chauffeurs?|passagers?|"
                                  r"personnes|hommes|femmes|enfants|propriétaires?)\b",
                                  re.IGNORECASE)


def takings_with_violence(text: str) -> bool:
    """Whether ``text`` (a sentence telling goods or animals taken) tells people hurt or threatened for them."""
    return HARMED_OR_THREATENED.search(text) is not None


# verbs of carrying people off (lemmas, English and French); "take" counts only with its people as object
_TAKING_PEOPLE = frozenset("seize grab snatch take carry lead kidnap abduct capture enlever emmener saisir kidnapper "
                           "capturer ravir".split())
# people by their trade, rank, kin or place: the object that makes a seizure an abduction, not a raid's loot
_PERSON_HEADS = re.compile(
    r"^(?:civilians?|villagers?|residents?|inhabitants|occupants|people|persons?|individuals?|m[ae]n|wom[ae]n|boys?|"
    r"girls?|children|child|elders?|notables?|traders?|shopkeepers?|vendors?|merchants?|drivers?|passengers?|herders?|"
    r"shepherds?|farmers?|owners?|chiefs?|youths?|customers?|travell?ers?|pupils?|students?|teachers?|nurses?|doctors?|"
    r"workers?|officials?|councill?ors?|mayors?|imams?|marabouts?|priests?|pastors?|leaders?|agents?|employees?|"
    r"contractors?|engineers?|miners?|panners?|fishermen|fisherman|herdsm[ae]n|relatives|sons?|daughters?|brothers?|"
    r"wi(?:fe|ves)|husbands?|hostages?|nationals?|journalists?|guides?|"
    # the state's civil officers, who ACLED counts among civilians ("seized the sub-prefect of Niono")
    r"(?:sub-?)?prefects?|governors?|magistrates?|judges?|ministers?|secretar(?:y|ies)|directors?|"
    r"(?:sous-)?préfets?|gouverneurs?|magistrats?|juges?|conseillers?|secrétaires?|directeurs?|"
    r"civils|villageois|habitants|personnes|hommes|femmes|enfants|commerçants?|éleveurs?|bergers?|cultivateurs?|"
    r"chauffeurs?|passagers?|notables|chefs?|élus?|maires?|imams?|enseignants?|agents?|travailleurs?)$",
    re.IGNORECASE)
# armed men of either side as the object of a taking: a fight's prisoners or an arrest, left to the other rules (the
# armed-people table's ``held_armed``; its ``captive`` are only those whose carrying off makes the fight's outcome)
_ARMED_PEOPLE = re.compile(r"\b(?:" + armed_forms("held_armed") + r")\b", re.IGNORECASE)


def names_people(tok) -> bool:
    """Whether the noun ``tok`` names people by their trade, rank or kin ("the village chief", "three herders")."""
    return _PERSON_HEADS.match(tok.text) is not None


def people_taken(sent) -> bool:
    """Whether a verb of the sentence (``sent``: its spaCy span) carries people off ("seized a health worker on the
    road", "took away three farmers", "grabbed the imam from his home"): ACLED codes seizing people as an
    abduction, whatever the model made of "seized" (a raid's loot, a town taken, a checkpoint set up). People are
    the verb's object by their noun (a trade, a rank, kin); armed men taken are a fight's prisoners
    and left to the other rules."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TAKING_PEOPLE:
            continue
        # the people carried off: the object, or the subject of the passive ("The two Italians were seized")
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass")):
            heads = [obj, *obj.conjuncts]
            words = " ".join(t.text for t in obj.subtree)
            if _ARMED_PEOPLE.search(words):
                continue
            # (by a noun only: the parser names towns as persons, "took Bourem"; or by a nationality, "two Italians")
            if any(_PERSON_HEADS.match(h.text) or nationals_noun(h.text) for h in heads):
                return True
    return False


# armed men carried off ("abducted 3 VDP", "kidnapped two gendarmes", "took 6 VDP hostage", « ont enlevé deux
# gendarmes »), or told taken in the passive ("two soldiers were captured"): the armed-people table's captives
_ARMED_TAKEN_WORDS = armed_forms("captive")
_ARMED_TAKEN = re.compile(
    r"\b(?:abduct\w*|kidnapp?\w*|captur\w*|took|taken|seiz\w*|carried off|enlev\w*|kidnapp\w*)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:" + _ARMED_TAKEN_WORDS + r")\b"
    r"|\b(?:" + _ARMED_TAKEN_WORDS + r")\s+(?:were|was|had been|have been|ont été|a été)\s+(?:abducted|kidnapped|captured|"
    r"taken (?:hostage|captive|prisoner)|enlevée?s?|capturée?s?|pris en otages?)\b", re.IGNORECASE)
# the fight they were taken in, told by its noun or as an assault on their post ("during an attack on their position",
# "after clashes with them", « lors d'une attaque contre leur poste »)
_TAKEN_IN_A_FIGHT = re.compile(
    r"\b(?:clash(?:es)?|fighting|combats?|exchanges? of fire|firefights?|gun ?battles?|affrontements?|accrochages?|"
    r"échanges? de tirs)\b"
    r"|\b(?:attacks?|assaults?|raids?|ambush(?:es)?|attaques?|assauts?|embuscades?)\s+(?:on|against|contre|sur)\s+"
    r"(?:their|the|a|an|its|leur|le|la|les|un|une)\s+(?:[\w-]+\s+){0,2}?(?:positions?|posts?|bases?|camps?|patrols?|"
    r"convoys?|checkpoints?|detachments?|vehicles?|postes?|patrouilles?|convois?|détachements?|véhicules?)\b",
    re.IGNORECASE)


def armed_taken_in_a_fight(text: str) -> bool:
    """Whether ``text`` tells armed men (soldiers, gendarmes, VDP) carried off in a fight or an assault on them ("abducted
    3 VDP during an attack on their position", "kidnapped two gendarmes after ambushing their vehicle"): ACLED codes
    the battle, its prisoners are its outcome; armed men taken off guard (unarmed, off duty) stay an abduction."""
    return _ARMED_TAKEN.search(text) is not None and UNARMED.search(text) is None \
        and (fight_told(text) or _TAKEN_IN_A_FIGHT.search(text) is not None)
