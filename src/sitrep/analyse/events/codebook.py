"""ACLED's codebook rules on who fought whom, applied to the label the sentence finder chose.

The classifier reads words; the codebook decides by the parties:

- violence against civilians needs unarmed victims; an attack on soldiers, police, volunteer fighters or
  militiamen (a post, a patrol, a convoy), or one that met resistance ("repelled", "exchange of fire",
  attackers killed), is a battle between two armed, organised sides;
- the victims of a coder's note are often told in the next sentence ("Militants attacked the village of X.
  They killed one civilian."): when the sentence names none, the rest of its paragraph decides;
- violence by an unorganised crowd (youths, residents, a mob, families) is a riot: mob violence, or a violent
  demonstration when the crowd was protesting; a crowd held together by a cause (party supporters, students) that
  fights is a riot too, as is one that storms a post or wounds policemen; one that kills armed men is a militia;
- people in the perpetrators' power (executed, "the men they had arrested") are unarmed: their killing is
  violence against civilians; an arrest whose captives vanish is a forced disappearance;
- an explosive device set off as part of a gunfight (a "complex ambush") is the battle; a strike or shelling that
  delivered a poison is a chemical weapon; a short text whose demonstrators turn violent is a violent demonstration;
- a non-violent strategic development (arrest, seizure, looting) told with a killing, a wounding or torture is the
  violence; an abduction that ends in a killing is an attack; one person seized, none hurt, is an abduction.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, Sentence, sentences
from sitrep.analyse.events.classifier import Scored, without_told_apart
from sitrep.analyse.events.cues import FR_ATTACK_WHEN, rule_may_match, rules, SHORT_TEXT_SENTENCES, SPORT
from sitrep.analyse.events.circumstances import air_support_of_a_fight, without_answered_attack
from sitrep.analyse.events.codebook_developments import development_label
from sitrep.analyse.events.codebook_deeds import (attack_on_its_object, deed_and_word, property_harm_denied, raid_took_only_goods,
                                                  robbed_with_harm, shots_fired)
from sitrep.analyse.events.found_dead import bodies_found
from sitrep.analyse.events.taking_words import DISAPPEARED
from sitrep.analyse.events.codebook_protests import CROWD_MUNITION_LABELS, is_short, protest_label
from sitrep.analyse.events.codebook_presence import violence_among_presence
from sitrep.analyse.events.codebook_restrictions import measure_label
from sitrep.analyse.events.communal import communities_at_arms, communities_fighting, communities_in_reprisals, community_dead, crowds_fighting, militia_struck_the_unarmed, sized_crowd_note, unorganised_fight, village_men_struck, young_crowds_fighting
from sitrep.analyse.events.crowd_doers import (against_the_law, uprooted, armed_object, CROWD_ACTS, CROWD_VIOLENCE, crowd_beside_keepers, crowd_deed, mood_root,
                                              participle_of_its_head, misparsed_subject, raid_from_named_place, SEIZED_SUSPECTS, PARTISANS, TRADE_CROWDS, CROWD_NOUNS, civil_body_members,
                                              livelihood_crowd, pronoun_antecedent, within_itself)
from sitrep.analyse.events.defenders import ARMED_MET_HEAD_ON, CIVILIAN_CONVOY, FIRED_ON_THE_FORCES, CIVILIAN_PLACE_TARGETED, DEFENDERS_RESISTED, escort_unsaid, struck_off_guard, UNARMED
from sitrep.analyse.events.fates import dead_said_unarmed, death_by_wound, fate_of_the_taken, flogging_label, punished_by_hand, victim_killed
from sitrep.analyse.events.weapons import CONTROLLED_BLAST, HURT, poisoned, VEHICLE_BOMB_LABELS, vehicle_bomb_label, leftover_blast, weapon_disrupted, weapon_of_the_deed
from sitrep.analyse.events.mentions import folded_text, subjects_of
from sitrep.analyse.events.person_nouns import NOT_WHOSE_KIN
from sitrep.analyse.events.protest_causes import (crowd_cause, mob_set_on_a_person, fans_brawl, intervener_named, no_demonstration, PROTEST_HEADS,
                                                  rescued_from_the_law, violence_only_earlier, violence_only_protested)
from sitrep.analyse.events.struck_party import lone_victim_label, one_sided, person_harmed, struck_armed, struck_unarmed
from sitrep.analyse.events.syntax import clause_verb, deed_hung_on, label_cue_token, reported_deed, token_for_match
from sitrep.analyse.fatalities import find_fatalities
from sitrep.knowledge.actors import ORGANISED_KINDS
from sitrep.knowledge.armed_people import armed_forms

# armed, organised people who can be the target of a battle (English and French; the forces by their
# acronyms too: "attacked the FDS"), from the one list of armed people's words
_ARMED_FORMS = armed_forms("battle_target")
_ARMED_DOER = re.compile(rf"(?:{armed_forms('doer')})", re.IGNORECASE)  # armed people outside the state
_ARMED = "(?:(?:" + _ARMED_FORMS + ")" + NOT_WHOSE_KIN + ")"  # (not "four VDP relatives", "a soldier's wife")
ARMED_WORD = re.compile(r"\b" + _ARMED + r"\b", re.IGNORECASE)
_TARGETS = (
    r"(?:posts?|bases?|checkpoints?|positions?|convoys?|patrols?|garrisons?|barracks|outposts?|detachments?|"
    r"gendarmerie|police station|brigade|militias?|security forces|army|military|forces|" + _ARMED_FORMS + ")"
)
# an attack aimed at armed people or their post ("attacked a VDP position", "ambushed a military convoy")
MILITARY_TARGET = re.compile(
    r"\b(?:attack(?:ed|s|ing)?|ambush(?:ed|es)?|target(?:ed|ing)|raid(?:ed)?|storm(?:ed)?|assault(?:ed)?|"
    r"attaqu(?:é|ée|és|ent|e)|embuscade contre)\s+(?:(?:on|against|contre)\s+)?(?:(?:a|an|the|their|its|un|une|le|la|les|l'|des)\s+)?"
    r"(?:(?!by\b|par\b)[\w()'-]+\s+){0,3}?" + _TARGETS + r"\b",  # ("attacked by Dozo hunters": the agent attacked)
    re.IGNORECASE,
)
# fighters of armed groups
_FIGHTERS = r"(?:militants|jihadists|insurgents|terrorists|rebels|fighters|assailants|attackers|gunmen|combatants|jihadistes|terroristes|assaillants)"
# armed people among the dead or wounded ("killing nine soldiers", "two gendarmes were wounded", "killed 14 jihadists")
# (a clause that opens after the deed names its doers, not its victims: "passengers were killed when gunmen attacked")
MILITARY_VICTIMS = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured|neutrali[sz](?:ed|ing)|shot dead|gunned down|shot and killed)"
    r"\s+(?:(?!by\b|when\b|as\b|while\b|after\b)[\w-]+\s+){0,3}?(?:" + _ARMED + "|" + _FIGHTERS + r")\b"
    r"|\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:(?!by\b|when\b|as\b|while\b|after\b)[\w-]+\s+){1,3}?"
    r"(?:and|as well as)\s+(?:(?!of\b)[\w-]+\s+){0,2}?(?:" + _ARMED + r")\b"  # (after the civilians: "killing 3 civilians and 2 soldiers")
    # ("Ten militants and four civilians were killed in the operation": fighters among the dead)
    r"|\b(?:" + _ARMED + "|" + _FIGHTERS + r")\s+(?:[\w()-]+\s+){0,3}?(?:were|was|had been|have been|are|is)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured)\b"  # armed men who themselves met the attack ("soldiers escorting a convoy came under fire")
    r"|\b(?:" + _ARMED + r")\s+(?:[\w()-]+\s+){0,4}?(?:came|come|comes|were|was)\s+under\s+(?:heavy\s+)?(?:fire|attack|gunfire)\b",
    re.IGNORECASE,
)
_ARMED_DEAD_COUNTED = r"\b(?:killed|dead|died)\b,? (?:among them|including) (?:\w+ ){0,2}?" + _ARMED + r"\b"
# armed people among the dead ("villagers killed two policemen"): ACLED codes the killers as a
# militia, a battle; a crowd that only attacks or wounds policemen or gendarmes is still a crowd
ARMED_DEAD = re.compile(
    r"\b(?:killing|killed|neutrali[sz](?:ed|ing)|lynch(?:ed|ing))\s+(?:(?!by\b)[\w-]+\s+){0,3}?(?:"
    + _ARMED + "|" + _FIGHTERS + r")\b"
    r"|\b(?:" + _ARMED + "|" + _FIGHTERS + r")\s+(?:[\w()-]+\s+){0,3}?(?:were|was|had been|have been)\s+(?:\w+\s+)?killed\b"
    r"|" + _ARMED_DEAD_COUNTED,  # the dead counted with armed men among them ("9 people were killed, including 4 VDP")
    re.IGNORECASE,
)
# the target fought back: two sides exchanged violence
FIGHT_BACK = re.compile(
    r"\b(?:repell?(?:ed|ing)|repuls(?:ed|ing)|fought back|returned fire|exchanged? (?:of )?(?:heavy )?(?:gun)?fire|"
    r"fire ?fights?|gun ?battles?|gun ?fights?|riposte|counter-?attack(?:ed)?|(?:retaliation|reprisals?) (?:of|by) (?:the )?(?:[\w-]+ ){1,3}?(?:on|against)|(?:was|were|is|are) defended by|repoussé|ont riposté)\b"
    # a place or convoy held by armed men ("a mining site guarded by VDP", "a convoy escorted by the army")
    r"|\b(?:guarded|protected|escorted|secured|defended) by (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:army|military|" + _ARMED_FORMS + r")\b"
    # the attackers met by armed men ("attacked the village, where they were engaged by VDP")
    r"|\b(?:engaged|confronted|intercepted|pursued|chased|met|repelled) by (?:the |a |an |local )?(?:[\w-]+ ){0,2}?(?:army|military|"
    + _ARMED_FORMS + r")\b"
    r"|\b(?:assailants?|attackers?|gunm[ae]n|militants?|jihadists?|terrorists?|insurgents?|assaillants|terroristes)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:were|was|had been|have been|ont été)\s+(?:\w+\s+)?(?:killed|neutrali[sz]ed|tués|neutralisés)\b"
    r"|\bat least (?:\w+\s+){1,2}?(?:assailants?|attackers?|gunm[ae]n|militants?)\s+(?:killed|neutrali[sz]ed)\b"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several)\s+(?:assailants|attackers|gunmen|militants|"
    r"terrorists|jihadists)\s+neutrali[sz]ed\b"  # ("claimed 46 attackers neutralised": the forces fought back)
    r"|" + DEFENDERS_RESISTED  # armed defenders who resisted ("two VDP who tried to defend the village")
    + r"|" + ARMED_MET_HEAD_ON  # armed men met head-on ("police engaged kidnappers"): the other side was armed too
    + r"|" + FIRED_ON_THE_FORCES,  # the dead told as having fired on the forces first
    re.IGNORECASE,
)
# kin or neighbours: a fight between them is a brawl of unorganised people, not communities at war
KIN = re.compile(r"\b(?:famil(?:y|ies)|relatives|neighbou?rs|households?|brothers|cousins|in-laws|familles|voisins)\b", re.IGNORECASE)
# verbs of fighting each other: a crowd's fight is a riot only between kin or neighbours
_FIGHTING = frozenset(("clash", "fight", "affronter", "battre"))
# a place where unarmed people live or gather, or a civilian vehicle, as the object of an attack
# (an armed target is tested first: "attacked a military vehicle" is a battle)
CIVILIAN_TARGET = re.compile(
    r"\b(?:attack(?:ed|s|ing)?|raid(?:ed|s)?|storm(?:ed)?|shooting attack|shot at|opened fire (?:at|on)|fired (?:shots )?(?:at|on))\s+(?:(?:on|of|against)\s+)?"
    r"(?:the\s+|an?\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:village|hamlet|domicile|settlement|homes?|houses?|camp for (?:internally )?displaced|"
    r"(?:nomad(?:ic)?|herders['’]?|pastoral(?:ist)?|Fulani|Peul|Tuareg|famil(?:y|ies)) (?:camps?|encampments?)|"
    r"(?:civilian |passenger |private )?(?:vehicles?|cars?|bus(?:es)?|minibus(?:es)?|trucks?|tankers?|lorr(?:y|ies))|markets?|(?:weekly |cattle |livestock )?fairs?|mosques?|"
    r"churche?s?|schools?|hotels?|restaurants?|bars?|weddings?|funerals?|worshippers|passengers|travell?ers|(?:motor)?cyclists|motorists|pedestrians|"
    # (people at their trade: "opened fire on gold panners", "attacked traders at the market")
    r"(?:gold )?(?:panners|miners|diggers)|orpailleurs|traders|vendors|shoppers|customers|"
    # (where they work: "stormed a gold panning site", "raided an artisanal mining site", "a gold mine" worked by hand)
    r"(?:gold[- ]?(?:panning|mining|washing)|gold|(?:artisanal )?(?:mining|panning|washing)) sites?|gold mines?)\b"
    # French: "ont attaqué le village de X", "une attaque contre un marché", "ont fait irruption dans le hameau"
    # (the noun also with its participle or a relative: « l'attaque menée samedi contre le village de X », « l'attaque
    # qui a visé dimanche le marché », « ont ouvert le feu sur les populations », « une attaque à la foire »; no army camp)
    r"|\b(?:attaqu(?:é|ée|és|ées|ent|e|er)|attaques?\s+(?:(?:menée|perpétrée|lancée|conduite|commise)s?\s+" + FR_ATTACK_WHEN + r")?"
    r"(?:contre|de|du|des)|attaques?\s+qui\s+(?:a|avait)\s+(?:visé|frappé|ciblé)|fait irruption dans|pris d'assaut|tiré sur|"
    r"attaques?\s+(?:à|au|aux)|ouvert le feu sur)\s*,?\s+" + FR_ATTACK_WHEN +
    r"(?:(?:le|la|les|l'|un|une|des|du|plusieurs)\s*)?(?:[\w'-]+\s+){0,2}?(?:villages?|hameaux?|hameau|localités?|domiciles?|maisons?|"
    r"campements?(?!\s+(?:militaires?|de\s+l['’]armée|des\s+(?:FAMa|soldats|militaires|forces)))|"
    r"marchés?|foires?|mosquées?|églises?|écoles?|sites? de déplacés|camps? de déplacés|véhicules? de transport|cars?|bus|passagers|voyageurs|"
    r"fidèles|populations?|habitants|civils|orpailleurs|site d'orpaillage)\b",
    re.IGNORECASE,
)
# gunfire beside an explosion: the ambush was a fight
GUNFIRE = re.compile(r"\b(?:gunfire|gun ?fire|small arms|firearms|exchanges? of fire|fire ?fights?|gun ?battles?|échanges? de tirs|"
                     r"tirs nourris|fusillades?|armes légères)\b", re.IGNORECASE)  # (French: « suivi d'échanges de tirs »)
# men who went in on foot or on motorbikes after the device or the shells: the ground assault ACLED codes as the battle
GROUND_ASSAULT = re.compile(
    r"\b(?:storm(?:ed|ing)|assaulted|overr(?:an|un)|open(?:ed|ing) fire|(?:then|before|and) (?:attacked|raided)|"
    r"ground (?:attack|assault)|(?:donné|pris) l['’]assaut|ont ouvert le feu)\b", re.IGNORECASE)
TORTURE = re.compile(r"\b(?:tortur(?:ed|ing|e)|tortur[ée]s?)\b", re.IGNORECASE)
# people in someone's power (detainees, hostages, the men "they had arrested") are unarmed whatever
# they were before: killing them, or an execution, is violence against civilians (ACLED)
CAPTIVES = re.compile(
    r"\b(?:execut(?:ed|ing|ions?)|summar(?:y|ily) (?:execut|kill)\w*|in (?:their |police |army |military )?custody|"
    r"(?:kill|shot|shoot|murder)(?:ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:detainees|prisoners|hostages|captives)|"
    r"(?:detainees|prisoners|hostages|captives)\s+(?:[\w-]+\s+){0,3}?(?:were|was|had been)\s+(?:\w+\s+)?(?:killed|shot|executed)|"
    r"(?:they|who|it) had (?:\w+ )?(?:arrested|detained|abducted|captured|kidnapped)|exécut(?:é|és|ée|ées|ion)s?|"
    r"(?:tué|abattu)s? (?:\w+ )?(?:détenus|otages))\b",
    re.IGNORECASE,
)
KILLING = re.compile(r"\b(?:kill(?:ed|ing|s)?|execut(?:ed|ing)|shot dead|murder(?:ed)?|tué(?:e|s|es)?|exécut(?:é|és|ée|ées)|"
                     r"died (?:of|from) (?:his|her|their) (?:wounds|injuries)|succombé)\b", re.IGNORECASE)
# a noun that only counts the crowd named after "of" ("a group of youths", "a number of people")
_COLLECTIVE = frozenset("group groups number dozens dozen hundreds hundred thousands thousand scores band gang groupe nombre centaine "
                         "centaines dizaine dizaines".split())
PROTEST_LABELS = ("PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR")
_PROTESTING = ("PEACE_PROTEST", "PROTEST_WITH_INTER")
_CROWD_READ = ("ATTACK", "ARMED_CLASH", "PROPERTY_DISTRUCT", "MOB_VIOL", "ABDUCT_DISSAP")
# (a sized crowd's fight, blows or burning, which ACLED never codes as a development; its protest stays a protest)
_FIGHT_READ = ("ATTACK", "ARMED_CLASH", "MOB_VIOL", "PROPERTY_DISTRUCT")

# ACLED's strategic developments are non-violent: told with a killing or a wounding and a word
# of fighting or of violence against people, the event is the violence
NON_VIOLENT_WHEN_ALONE = ("ARREST", "DISR_WEAP", "PROPERTY_DISTRUCT")
# the labels a weapon's own word suggests (an explosion's), which a weapon taken out of use is not
EXPLOSIVE_LABELS = ("REM_EXPLOS", "ART_MISS_ATTACK", "AIR_STRIKE", "GRENADE", "SUIC_BOMB", "CHEM_WEAP")


def _arrest_no_word_tells(sc: Scored, label: str) -> str:
    """``label``, or the violent deed a cue reads where the model guessed an arrest that no word of the sentence tells
    (no arrest cue: "arrested", "detained", "in custody", "held for"): "suspected militants" are as often a deed's
    doers as the arrested, and "Policeman gunned down by suspected militants" tells the killing."""
    if label != "ARREST" or "ARREST" in sc.cues:
        return label
    violent = [lab for lab in ("ATTACK", "ARMED_CLASH") if lab in sc.cues]
    return max(violent, key=lambda lab: sc.scores.get(lab, -9.0)) if violent else label


def codebook_label(ctx: Context, s: Sentence, sc: Scored, label: str, tok) -> str:
    """``label`` (``tok``: its trigger, or None) corrected by the codebook's rules on the parties and the deed."""
    # (what the writer coded apart is not this sentence's deed: "after a brief exchange of fire … (coded separately)")
    text, rest = without_told_apart(s.text, ctx.language), _rest_of_paragraph(ctx, s)
    if (recoded := development_label(text, label, rest) or leftover_blast(text, label)) is not None:
        return recoded  # a bomb stopped before it went off, a grave found; a leftover munition that went off
    label, tok = deed_and_word(s, sc, label, tok, rest)
    if (lone := lone_victim_label(ctx, s, label, tok)) == "PROPERTY_DISTRUCT":
        return lone  # animals killed and nothing else: no victim for the rules on people killed below
    label = _arrest_no_word_tells(sc, lone or flogging_label(label, text) or label)  # one shot, seized or flogged; no arrest word
    if label in ("VIOL_DEMONSTR", "FORCE_AGAINST_PROTEST") and (violence_only_protested(s) or violence_only_earlier(s.text)):
        # "marched to denounce the burning of their granaries": the violence is what they protest
        return "PROTEST_WITH_INTER" if "PROTEST_WITH_INTER" in sc.cues and intervener_named(text) else "PEACE_PROTEST"
    if label == "VIOL_DEMONSTR" and no_demonstration(text):
        return "MOB_VIOL"
    if (riot := _crowd_riot(s, sc, label, tok, text, sized_crowd_note(ctx.document.text))) is not None:
        return riot
    label = violence_among_presence(sc, label) or _armed_arson(ctx, s, sc, label, tok) or label  # (a camp set up, then abductions: the abductions)
    civilians = _civilians(ctx, s)
    # ("after an attack on their convoy, soldiers killed five villagers"; a civilian convoy's escort is no side till it fights)
    deed = escort_unsaid(without_answered_attack(text))
    struck_civil = struck_unarmed(ctx, s, tok)  # (the trigger's own object, either voice: "shot dead a transport operator")
    off_guard = struck_off_guard(text, FIGHT_BACK.search(text + " " + rest) is not None)  # (then a civilian's like)
    armed_side = not off_guard and bool(
        MILITARY_TARGET.search(deed) or MILITARY_VICTIMS.search(deed) or FIGHT_BACK.search(deed)
        or re.search(_ARMED_DEAD_COUNTED, deed, re.I) or one_sided(tok) and struck_armed(tok)
        or person_harmed(ctx, s, tok) == "armed")  # ("shot and wounded Lieutenant Keita, a FAMa officer")
    if label in ("MOB_VIOL", "VIOL_DEMONSTR") and tok is not None and _organised_did(ctx, s, tok):
        # a riot is a crowd's violence: soldiers, militiamen or rebels who beat or burn are an armed, organised actor, whose violence on people is an attack (on protesters: excessive force; on things alone, nobody hurt: a destruction)
        if any(lab in sc.cues for lab in PROTEST_LABELS) and label == "VIOL_DEMONSTR":
            return "FORCE_AGAINST_PROTEST"
        return "PROPERTY_DISTRUCT" if property_harm_denied(text, rest) else "ARMED_CLASH" if armed_side else "ATTACK"
    if label in VEHICLE_BOMB_LABELS and (bomb := vehicle_bomb_label(text, rest, armed_side)) is not None:
        return bomb  # "a complex attack using two vehicles loaded with explosives": the means, unless men went in after
    weapon = weapon_of_the_deed(s, sc, tok) if label in ("ATTACK", "ARMED_CLASH") and not GUNFIRE.search(text) \
        and not air_support_of_a_fight(text) else None
    if weapon is not None:
        return weapon  # "a drone strike killed 12 civilians": ACLED codes the means (a strike), whoever was hit
    if (label in ("ATTACK", "ARMED_CLASH") or label in NON_VIOLENT_WHEN_ALONE and "ATTACK" in sc.cues) and village_men_struck(text) and not FIGHT_BACK.search(rest):
        return "ATTACK"  # a village's armed men who struck people that did not fight back: its militia's attack
    if label == "ATTACK":
        return _attack_or_clash(ctx, text, rest, armed_side, civilians or struck_civil or off_guard)
    if label == "ARMED_CLASH" and not armed_side and not FIGHT_BACK.search(rest) and not _armed_dead_after(ctx, rest) and (
            "ARMED_CLASH" not in sc.cues and CIVILIAN_TARGET.search(text) or CIVILIAN_CONVOY.search(text) or struck_civil and not communities_at_arms(text)
            or CIVILIAN_PLACE_TARGETED.search(text) or militia_struck_the_unarmed(text) or dead_said_unarmed(text + " " + rest) or off_guard):
        # the model's guess at a fight (or "attacked a convoy" said of civilians' trucks), where the words say a
        # village, a market or civilians' vehicles were attacked; or the trigger's own deed struck unarmed people
        # ("ambushed a passenger bus", "fired on a group of herders"), or the dead were said unarmed, or a fighter struck at his errands
        # (``off_guard``, whatever "clash" the note calls it): one side struck, none fought; an escort whose men the note counts among the dead was struck too ("Three drivers and one soldier were killed"): a battle
        return "ATTACK"
    if label in EXPLOSIVE_LABELS and (explosion := _explosion_label(s, sc, label, tok, rest)) is not None:
        return explosion
    if label in (*PROTEST_LABELS, "ARREST", *CROWD_MUNITION_LABELS) and (protest := protest_label(ctx, s, sc, label)) is not None:
        return protest
    if label in ("REM_EXPLOS", "GRENADE") and "SUIC_BOMB" in sc.cues and _same_clause(s, tok, sc.cues["SUIC_BOMB"]):
        return "SUIC_BOMB"  # "detonated a suicide vehicle-borne IED": the bomber died with the device, whatever it was
    violent = [lab for lab in ("ARMED_CLASH", "ATTACK") if lab in sc.cues]
    if label in ("ARREST", "ABDUCT_DISSAP", "OTHER") and (fate := fate_of_the_taken(label, text, rest if is_short(ctx) else "", tok)):
        return fate  # "arrested four men and shot them dead": an attack; "arrested two men who had killed": the arrest
    if label in NON_VIOLENT_WHEN_ALONE and not armed_side and not raid_took_only_goods(s, tok, rest) and (
            _people_shot(ctx, text) or victim_killed(text) and not ARMED_WORD.search(text) or _note_hurt_civilians(ctx, s, sc, rest)
            or label == "PROPERTY_DISTRUCT" and (_people_harmed_with_property(text) or _civilian_victims(ctx, text))):
        # "rounded up and shot nine men", "burned houses in X. Three civilians were killed.", "killing nine villagers and burning houses": ACLED codes the violence against the people, not the round-up or the loot
        return "ATTACK"
    if label == "PROPERTY_DISTRUCT" and armed_side and "ARMED_CLASH" in sc.cues and MILITARY_TARGET.search(deed):
        return "ARMED_CLASH"  # "attacked a FAMa convoy and burned two vehicles": the attack on the forces, not the burning
    if label in NON_VIOLENT_WHEN_ALONE or label == "ABDUCT_DISSAP":
        killed, injured = find_fatalities(text, ctx.language)
        if label == "ABDUCT_DISSAP" and ((killed and civilians) or (CAPTIVES.search(text) and KILLING.search(text))):
            return "ATTACK"  # abducted and killed: ACLED codes the killing
        if label == "ARREST" and DISAPPEARED.search(text + " " + rest):
            return "ABDUCT_DISSAP"  # taken and never accounted for: a forced disappearance
        if label == "ARREST" and civilians and TORTURE.search(text):
            return "ATTACK"  # arrested and tortured: the torture is violence against a civilian
        if violent and (killed or (injured and label != "ABDUCT_DISSAP")):
            # "attacked the village, killed ten fighters and seized arms": the fight, not the seizure
            best = max(violent, key=lambda lab: sc.scores.get(lab, -9.0))
            unarmed = civilians or CAPTIVES.search(text) is not None
            return "ATTACK" if best == "ATTACK" and unarmed and not armed_side else "ARMED_CLASH"
    return measure_label(ctx, s, text, label, tok)  # a group's blockade (its change); a junta's decree (Other)


def _crowd_riot(s: Sentence, sc: Scored, label: str, tok, text: str, sized: bool = False) -> str | None:
    """A violent deed (or a crowd read as protesting: "traders set upon the tax collectors") done by an unorganised
    crowd, or told in a note that ACLED sized as a crowd's (``sized``: its "[size=…]" tag, no armed side named): a
    violent demonstration when told with demands or aimed at the state's premises, else mob violence."""
    read = label in _CROWD_READ or label in _PROTESTING and not violence_only_protested(s)
    # (a fight told as a noun has no verb to parse: "a conflict between gold miners and the owner escalated into a clash")
    if not read or tok is None and not (sized and label in _FIGHT_READ or crowds_fighting(text)) or ARMED_DEAD.search(text) and not SEIZED_SUSPECTS.search(text) or not (
            sized and label in _FIGHT_READ or tok is not None and _crowd_did(tok, KIN.search(text) is not None) or crowds_fighting(text) or young_crowds_fighting(text)):
        return None  # (no crowd did it, unless the fight is told between crowds (partisans, a trade, two creeds) or the young of two places)
    # (a brawl over a match is no demonstration, whatever the model's cue: rival fans' mob violence)
    protesting = any(lab in sc.cues for lab in PROTEST_LABELS) and not fans_brawl(text) and not mob_set_on_a_person(text) \
        or crowd_cause(text)
    return "VIOL_DEMONSTR" if protesting and not rescued_from_the_law(text) else "MOB_VIOL"


def _attack_or_clash(ctx: Context, text: str, rest: str, armed_side: bool, civilians: bool) -> str:
    """An attack's label by who met it: two armed sides fought (a battle), or unarmed people were struck
    (``civilians``: named in the sentence or as the trigger's object)."""
    if len(sentences(ctx)) <= SHORT_TEXT_SENTENCES and communities_in_reprisals(ctx.document.text):
        return "ARMED_CLASH"  # two communities killing each other in turn: communal militias fighting
    if communities_fighting(text) and not KIN.search(text) and not young_crowds_fighting(text):
        return "ARMED_CLASH"  # "a fight between herders of one village and farmers of another": communal militias
    if (CAPTIVES.search(text) or dead_said_unarmed(text + " " + rest) or punished_by_hand(text)) and not FIGHT_BACK.search(text):
        return "ATTACK"  # the victims were in the attackers' power (or flogged), or reported as civilians against fighters
    rest = without_answered_attack(rest)  # ("… in retaliation for the killing of two militants by VDP": the motive, not a foe met)
    if armed_side or (FIGHT_BACK.search(rest) and not find_fatalities(text, ctx.language)[0]) or (
            not civilians and _armed_victims_only(ctx, rest)) or _armed_dead_after(ctx, rest):
        # two armed sides, whoever else died; or the rest of the note says the attack was
        # repelled and the sentence reports no death, or that its dead were armed men
        # ("attacked the village. Seven militiamen were killed.")
        return "ARMED_CLASH"
    if civilians or CIVILIAN_TARGET.search(text) or CIVILIAN_PLACE_TARGETED.search(text) or _civilian_victims(ctx, rest) \
            or _people_shot(ctx, text) or bodies_found(text) or death_by_wound(text) or community_dead(text):
        return "ATTACK"  # (bodies found or a death by wound, none said armed: people killed, not fallen in a fight)
    return "ARMED_CLASH"  # violence against civilians needs civilian victims (ACLED)


def _explosion_label(s: Sentence, sc: Scored, label: str, tok, rest: str) -> str | None:
    """An explosion's label corrected by the fight it opened, the poison it carried or the device taken out of use."""
    text = s.text
    if label == "REM_EXPLOS" and (GUNFIRE.search(text) or FIGHT_BACK.search(rest)) and (
            "ARMED_CLASH" in sc.cues or MILITARY_TARGET.search(text) or ARMED_WORD.search(text)):
        return "ARMED_CLASH"  # an explosion opening a gunfight ("a complex ambush by IED and gunfire", car bombs and an assault)
    if label in ("REM_EXPLOS", "ART_MISS_ATTACK") and GROUND_ASSAULT.search(text) and (
            "ARMED_CLASH" in sc.cues or MILITARY_TARGET.search(text) or FIGHT_BACK.search(text + " " + rest)
            or ARMED_WORD.search(text)):
        return "ARMED_CLASH"  # rockets or a device that opened an assault on armed men ("fired rockets at the camp before storming it")
    if label in ("AIR_STRIKE", "ART_MISS_ATTACK") and air_support_of_a_fight(text):
        return "ARMED_CLASH"  # "an army unit supported by air strikes (or artillery) repelled an attack": a battle with support
    if label in ("REM_EXPLOS", "ART_MISS_ATTACK", "AIR_STRIKE", "GRENADE") and poisoned(s, tok):
        return "CHEM_WEAP"  # "shelled … with mortars filled with chlorine"
    if label in EXPLOSIVE_LABELS and (weapon_disrupted(tok) or CONTROLLED_BLAST.search(text)) and not HURT.search(text):
        return "DISR_WEAP"  # "destroyed 342 mines", "a stash of rockets found": taken out of use, and nobody hurt
    return None


def _people_harmed_with_property(text: str) -> bool:
    """Whether property was taken or destroyed with harm to people: robbed with violence ("robbed and beat the
    traders", no armed victims, or under gunfire), or the object of an attack on civilians ("attacked and burned a bus")."""
    return (robbed_with_harm(text) or shots_fired(text)) and not MILITARY_VICTIMS.search(text) \
        or CIVILIAN_TARGET.search(attack_on_its_object(text)) is not None


# verbs of a fight between sides, where each side is the other's victim: no harm one doer did to others
_FIGHTING = frozenset("clash fight affronter battre".split())
# what an organised doer does to others and no crowd list holds: shooting, executing, flogging, ambushing
_ORGANISED_DEEDS = frozenset("shoot execute whip flog torture ambush raid mitrailler exécuter fouetter torturer".split())
# verbs of harm done to others (not of rioting or protesting oneself).  Narrower than ``harm_verbs``' KILLING_VERBS and
# HURTING_VERBS (no murder, behead, abattre, blesser, tabasser…): the crowd's list is its base, as it was measured
_HARM_VERBS = CROWD_VIOLENCE - _FIGHTING | _ORGANISED_DEEDS


def _armed_arson(ctx: Context, s: Sentence, sc: Scored, label: str, tok) -> str | None:
    """Property destruction when a riot read from the words alone (no trigger of its own: "in protest against") is the
    arson an armed, organised group did ("Maoists set ablaze 12 vehicles … in protest against the road"): no crowd."""
    if label not in ("MOB_VIOL", "VIOL_DEMONSTR") or tok is not None:
        return None
    burned = label_cue_token(s, sc.cues, "PROPERTY_DISTRUCT")
    if burned is None:
        return None
    # (the doer named by the base, or by a word for armed people outside the state: "Maoists", "guerrillas")
    doer = next((c for c in clause_verb(burned).children if c.dep_ == "nsubj"), None)
    armed = doer is not None and _ARMED_DOER.fullmatch(doer.text) is not None
    return "PROPERTY_DISTRUCT" if armed or _organised_did(ctx, s, burned) else None


def _organised_did(ctx: Context, s: Sentence, tok) -> bool:
    """Whether the trigger's verb was done (active voice) by an armed, organised actor the sentence
    names or describes ("FAMa soldiers beat two men to death", "Dozo hunters burned a hamlet")."""
    verb = reported_deed(clause_verb(tok), _HARM_VERBS) or clause_verb(tok)  # (what the residents said soldiers did)
    if verb.lemma_.lower() not in _HARM_VERBS and not deed_hung_on(verb, _HARM_VERBS) \
            or any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in verb.children):
        return False  # "soldiers rioted over pay": the soldiers are the rioting crowd
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in CROWD_NOUNS for c in verb.children):
        return False  # "police dispersed them, and the protesters set fire to …": the joined verb's own crowd did it
    doers, _ = subjects_of(ctx, s, verb)
    return bool(doers) and actor_kind(ctx, doers[0]) in ORGANISED_KINDS


def _same_clause(s: Sentence, tok, phrase: str) -> bool:
    """Whether the cue ``phrase`` is told in the clause of the trigger ``tok`` (not a clause about another event)."""
    at = s.text.find(phrase)
    other = token_for_match(s, at) if at >= 0 else None
    return tok is not None and other is not None and clause_verb(other).i == clause_verb(tok).i


def _civilians(ctx: Context, s: Sentence) -> bool:
    return rule_may_match(ctx.language, "civilian", folded_text(ctx, s)) and bool(rules(ctx.language)["civilian"].search(s.text))


def _civilian_victims(ctx: Context, text: str) -> bool:
    """Whether ``text`` (the rest of a paragraph) names unarmed people among the dead or wounded."""
    if not text:
        return False
    killed, injured = find_fatalities(text, ctx.language)
    # ("Most victims were civilians executed after being rounded up": a killing with no count)
    return bool(killed or injured or KILLING.search(text)) and bool(rules(ctx.language)["civilian"].search(text)) \
        and not MILITARY_VICTIMS.search(text)


def _note_hurt_civilians(ctx: Context, s: Sentence, sc: Scored, rest: str) -> bool:
    """Whether a short text (a note: one event) tells of unarmed people killed or wounded after the
    sentence, or the sentence itself tells of harm done to named civilians ("… and beat the teachers")."""
    if len(sentences(ctx)) > SHORT_TEXT_SENTENCES:
        return False
    harmed = (sc.cue_weights or {}).get("ATTACK", 0.0) >= 0.9 and _civilians(ctx, s)
    return harmed or _civilian_victims(ctx, rest)


def _armed_dead_after(ctx: Context, rest: str) -> bool:
    """Whether a short text (a note) counts armed people among its dead after the attack's sentence
    ("… the village, defended by VDP. Five VDP and three civilians were killed."): armed men met
    the attackers, a battle whoever else died (ACLED counts the civilians among its fatalities)."""
    return len(sentences(ctx)) <= SHORT_TEXT_SENTENCES and ARMED_DEAD.search(rest) is not None \
        and not UNARMED.search(rest) and not CAPTIVES.search(rest)


# people shot or killed, counted but not described ("shot four men", "killed three people", "two men were
# shot dead by militants"), in the active and the passive
_PEOPLE = (r"(?<!armed )(?:m[ae]n|people|persons|herders?|farmers?|villagers?|traders?|passengers?|wom[ae]n|residents?|"
           r"motorcyclists?|drivers?|shepherds?|fisherm[ae]n|miners?|youths?|boys?|girls?|pupils?|students?)")
PEOPLE_SHOT = re.compile(
    rf"\b(?:shot|executed|murdered|gunned down|killed)\s+(?:and\s+\w+\s+)?(?:\w+\s+){{1,2}}?(?:of (?:the|them|their)\s+)?{_PEOPLE}\b"
    rf"|\b{_PEOPLE}\s+(?:were|was|had been|have been)\s+(?:\w+\s+)?(?:shot|executed|murdered|gunned down|killed)\b",
    re.IGNORECASE)


def _people_shot(ctx: Context, text: str) -> bool:
    """Whether the sentence's victims are people shot or executed whom it does not call armed:
    ACLED assumes unarmed victims are civilians unless the source says otherwise."""
    return PEOPLE_SHOT.search(text) is not None and not MILITARY_VICTIMS.search(text)


def _armed_victims_only(ctx: Context, text: str) -> bool:
    """Whether ``text`` (the rest of a note) counts armed people among the dead or wounded and no
    unarmed ones: the attack met armed, organised people."""
    return bool(text) and MILITARY_VICTIMS.search(text) is not None and not rules(ctx.language)["civilian"].search(text)


# a sentence that continues the one before: it opens by referring back ("The militants killed…", "They…")
CONTINUATION = re.compile(r"\s*(?:the|they|their|it|its|he|she|this|these|those|les|ils|elles|ce|ces|cette)\b", re.IGNORECASE)


def _rest_of_paragraph(ctx: Context, s: Sentence, limit: int = 2) -> str:
    """Up to ``limit`` sentences after ``s`` in its paragraph that continue it (a note's victims
    and outcome: "The militants killed one civilian."); a sentence that opens on something new
    ends the story, except in a short text (a note tells one event: "Seven militiamen were killed.")."""
    following = []
    short = len(sentences(ctx)) <= SHORT_TEXT_SENTENCES
    for x in sentences(ctx)[s.index + 1 : s.index + 1 + limit]:
        if x.para_index != s.para_index or not (short or CONTINUATION.match(x.text)):
            break
        following.append(x.text)
    return " ".join(following)


def _reciprocal(verb) -> bool:
    """Whether the verb's object is "each other" / "one another" ("youths attacked each other"): a fight."""
    return any(c.dep_ in ("dobj", "obj") and c.lower_ in ("other", "another") for c in verb.children)


def _crowd_did(tok, kin: bool) -> bool:
    """Whether the trigger's verb (or the verb it hangs on) was done by an unorganised crowd, in
    the active voice: "a group of youths vandalized a church", "residents lynched a thief"; a
    fight counts only between kin or neighbours (``kin``): villages or communities that fight
    each other are communal militias (a battle)."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    if not crowd_deed(verb):
        return False  # ("repulsed armed men, killing two": a fight; "marched peacefully": no violence)
    fighting = verb.lemma_.lower() in _FIGHTING or _reciprocal(verb)
    v = mood_root(verb) or verb
    for _ in range(3):  # "clashed and burned": the subject sits on the first verb of the chain
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None) or misparsed_subject(v)
        if subj is not None:
            break
        if participle_of_its_head(v):
            v = v.head  # "took to the streets, torching the police station": the participle's doer is its clause's
            continue
        if v.dep_ not in ("conj", "xcomp") or v.head.i == v.i or v.head.lemma_.lower() not in CROWD_VIOLENCE | CROWD_ACTS:
            return False  # "residents lamented … after hoodlums attacked them": not the same doer
        v = v.head
    if subj is None or subj.dep_ in ("nsubjpass", "nsubj:pass") or any(c.dep_ in ("auxpass", "aux:pass") for c in v.children) \
            or armed_object(v):
        return False  # (people who "repulsed gunmen …, killing two of them" fought armed men: a militia)
    # ("Koglweogo members and residents clashed": the residents; "drivers rioted …; they beat the driver": the drivers)
    head = (beside := crowd_beside_keepers(subj := pronoun_antecedent(subj))) or subj
    if head.lemma_.lower() in _COLLECTIVE:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "de")), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        head = pobj if pobj is not None else next((c for c in head.children if c.dep_ == "nmod"), head)
    if any(c.lower_ in ("armed", "armés", "armées") for c in head.subtree):
        return False  # "armed youths": an organised militia's fighters
    if raid_from_named_place(verb, head):
        return False  # "locals from Kantchari attacked a Fulani camp": a village's men raiding, its communal militia
    if fighting and not kin and not {head.lower_, head.lemma_.lower()} & (PARTISANS | TRADE_CROWDS) and not civil_body_members(head) \
            and not against_the_law(verb) and beside is None and not within_itself(verb) and not SPORT.search(verb.sent.text) \
            and not unorganised_fight(verb.sent.text):
        # villages or communities that fight each other are communal militias; people who fight over a match
        # ("youths from two neighbourhoods clashed after a football match") are its rival fans, a riot
        return False
    # people told with what they demand ("apprentices demanding unpaid wages") are a crowd, whatever their trade
    demanding = any(c.dep_ == "acl" and c.lemma_.lower() in PROTEST_HEADS for c in head.children)
    return head.lower_ in CROWD_NOUNS or head.lemma_.lower() in CROWD_NOUNS or demanding or uprooted(head) or livelihood_crowd(verb, head) \
        or civil_body_members(head)
