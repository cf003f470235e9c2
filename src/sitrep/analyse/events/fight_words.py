"""The words that tell a fight between two sides as a deed, in English and French.

ACLED's battles are two armed, organised sides fighting.  Whether a sentence tells such a fight, and not only
names one as a topic ("the reason behind the clashes is a land dispute", « la cause des affrontements »), is read
from its deed words: fire exchanged ("in the exchange of fire", « des échanges de tirs », a firefight, a gun battle),
an attack fought back ("the VDP repelled the attackers", "returned fire", « les VDP ont riposté », « repoussé »),
fighting told with what it did ("clashed with", "after clashing with", "after an hour of fighting", "fighting lasted", « se sont
affrontés », « les combats ont duré »), or an assault on armed men ("stormed the post", "ambushed", « une
embuscade », « ont ouvert le feu », « pris d'assaut »).  A sentence that says there was none ("No clash was
reported", "no exchange of fire", « aucun accrochage », « sans échange de tirs ») tells no fight.
"""

from __future__ import annotations

import re

# fire exchanged between the sides
_EXCHANGE = (r"exchang(?:ed|ing|es?) (?:of )?(?:heavy |intense )?(?:gun)?fire|fire ?fights?|gun ?battles?|gun ?fights?|"
             r"returned fire|shoot-?outs?|échanges? de (?:coups de feu|tirs)|tirs nourris|fusillades?")
# an attack fought back by those it struck
_FOUGHT_BACK = (r"repell?(?:ed|ing)|repuls(?:ed|ing)|fought (?:back|off)|fight back|counter-?attack(?:ed)?|riposté|"
                r"ont riposté|a riposté|repoussé(?:e|s|es)?|ont résisté|"
                # an attack on a held place foiled by those holding it ("foiled an attack on their base", « ont déjoué
                # une attaque contre le détachement »): met and beaten, not a weapon stopped before use
                r"(?:foiled|thwarted) (?:an?|the) (?:attack|assault|ambush)s? (?:on|against) (?:their |the |a |an )?"
                r"(?:[\w-]+ )?(?:base|post|camp|position|detachment|garrison|village|town)|"
                r"déjoué(?:e|s|es)? (?:une|l['’]|la|les) ?(?:attaques?|assauts?|offensives?|embuscades?) (?:contre|sur|visant) "
                r"(?:le|la|les|l['’]|leur|un|une) ?(?:[\w-]+ )?(?:poste|détachement|camp|base|position|garnison|village|localité)")
# fighting told as a deed (its verb, or its noun with what it did), and assaults on armed men
_FOUGHT = (r"clashed|clashing with|fought (?:with|against)|(?:hours?|minutes|day) of (?:fighting|combat)|fighting (?:with|against|lasted|"
           r"ensued|continued|raged|broke out|followed)|(?:clashes|fighting|combat) (?:broke out|erupted|ensued|followed|"
           r"took place|lasted)|engaged (?:them|the|in (?:combat|a (?:gun)?fight))|(?:se sont |s['’]est )?"
           r"affronté(?:e|s|es)?|ont combattu|accrochages? (?:a|ont) (?:eu lieu|opposé)|combats? (?:a|ont) "
           r"(?:eu lieu|opposé|duré|suivi)")
# armed men fired on or fallen upon ("soldiers on patrol came under fire", "the patrol was ambushed", « la patrouille
# a essuyé des tirs », « sont tombés dans une embuscade »): the assault told from the side it struck
UNDER_FIRE = (r"c(?:a|o)me under (?:heavy |intense |sustained )?(?:(?:gun|small[- ]arms )?fire|attack)|(?:was|were) ambushed|"
              r"fell into an ambush|(?:a|ont) essuyé (?:des|de) (?:tirs|coups de feu)|tomb\w* dans une embuscade")
# one side's assault: a fight when a note tells it beside a clash, not by itself ("stormed a construction site")
_ASSAULT = (UNDER_FIRE + r"|ambush(?:ed|ing)?|storm(?:ed|ing)|overr(?:an|un)|assault(?:ed|ing) (?:the|a|an|their)|opened fire on|"
            r"embuscades?|ont ouvert le feu|(?:pris|donné) d['’]assaut|l['’]assaut")
TWO_SIDED = re.compile(r"\b(?:" + _EXCHANGE + "|" + _FOUGHT_BACK + "|" + _FOUGHT + r")\b", re.IGNORECASE)
# the armed men or held places an assault must be aimed at to be a fight's (not "opened fire on farmers threshing
# millet", « ont ouvert le feu sur des paysans »: one side's blows on the unarmed).  Not the armed-people table's:
# an aim is a target, the state's bodies by name (army, FDS, forces) and the places and bodies of men it holds (a
# post, a patrol, a convoy), where the table names armed people, and takes the state's and volunteers' side only
_ARMED_AIM = (r"soldiers?|troops|army|military|gendarmes?|gendarmerie|police(?:men)?|VDPs?|volunteers|FAMa|FDS|FAN|"
              r"koglweogos?|dozos?|militiam[ae]n|militias?|posts?|bases?|positions?|convoys?|patrols?|checkpoints?|"
              r"garrisons?|barracks|soldats|militaires|armée|forces|postes?|détachements?|patrouilles?|convois?|"
              r"casernes?|brigades?")
_ASSAULT_ON_ARMED = (r"(?:" + _ASSAULT + r")\b[^.;]{0,80}?\b(?:" + _ARMED_AIM + ")"  # ("ambushed a patrol")
                     r"|(?:" + _ARMED_AIM + r")\b[^.;]{0,60}?\b(?:" + _ASSAULT + ")")  # ("a convoy fell into an ambush")
FIGHT_DEED = re.compile(r"\b(?:" + _EXCHANGE + "|" + _FOUGHT_BACK + "|" + _FOUGHT + "|" + _ASSAULT_ON_ARMED + r")\b",
                        re.IGNORECASE)
# a fight said not to have happened
NO_FIGHT = re.compile(
    r"\b(?:no|without(?: any)?|not followed by(?: an?| any)?)\s+(?:further\s+)?(?:fighting|clash(?:es)?|combat|resistance|"
    r"exchange of fire|gunfire|firefight)\b"
    r"|\b(?:aucun|aucune|sans)\s+(?:accrochage|échanges? de tirs|combat|affrontement|riposte|résistance)\b", re.IGNORECASE)


def fight_told(sentence: str, two_sided: bool = False) -> bool:
    """Whether ``sentence`` tells a fight between sides as a deed, and says nothing of one that did not happen;
    ``two_sided``: only by words that say both sides fought (not an assault, which may have struck unarmed people)."""
    return (TWO_SIDED if two_sided else FIGHT_DEED).search(sentence) is not None and NO_FIGHT.search(sentence) is None


# ... or, named first, fired on or fallen upon by a pronoun that takes them up ("soldiers were defusing two IEDs when
# militants opened fire on them", « les militaires … quand des hommes armés ont ouvert le feu sur eux »)
_ON_THEM = (r"(?:opened fire|fired|shot) (?:on|at) (?:them|him)|(?:attacked|ambushed) (?:them|him)|"
            r"(?:ouvert le feu|tiré) sur (?:eux|lui)|les ont (?:attaqués|pris pour cible)")
_ARMED_UNDER_FIRE = re.compile(r"\b(?:" + _ARMED_AIM + r")\b[^.;]{0,120}?\b(?:" + UNDER_FIRE + "|" + _ON_THEM + r")\b",
                               re.IGNORECASE)


def armed_men_under_fire(sentence: str) -> bool:
    """Whether ``sentence`` tells armed men (soldiers, a patrol, VDP) coming under fire or ambushed ("a patrol that had
    found an IED came under fire from militants"): a fight with whoever fired, whatever else the men were doing."""
    return _ARMED_UNDER_FIRE.search(sentence) is not None and NO_FIGHT.search(sentence) is None
