"""A protest's label corrected by what the crowd and the forces did (ACLED's peaceful protest, protest with
intervention, excessive force, violent demonstration, or a rival crowd's mob violence).

A protest whose dispersal a note tells in another sentence is ACLED's protest with intervention.

A coder's note often tells the march first and the forces' answer after it ("Students marched in X to demand
Y. Police dispersed them with tear gas."): the march's sentence alone reads as a peaceful protest, the note
as a whole is one with intervention.  Only a short text (one event) is read whole, and only an act of the
forces against the crowd counts (dispersed, broke up, tear gas, arrests), told with who did it: "the crowd
dispersed in the afternoon" names nobody who intervened.  Harm to the crowd is left to the rules on force.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence, sentences
from sitrep.analyse.events.classifier import cue_hits, Scored
from sitrep.analyse.events.codebook_deeds import only_threatened
from sitrep.analyse.events.crowd_doers import crowd_caught_and_harmed, crowd_violence_as_participle
from sitrep.analyse.events.cues import SHORT_TEXT_SENTENCES
from sitrep.analyse.events.protest_causes import (crowd_at_the_state, CROWD_PURPOSE, crowd_turned_violent, intervener_named,
                                                 only_the_forces_riot, ORDER_WORD, protested_cause, RIVAL_CROWD,
                                                 violence_only_protested, without_earlier_deeds)
from sitrep.analyse.events.syntax import label_cue_token, token_for_match
from sitrep.analyse.events.weapons import HURT
from sitrep.analyse.fatalities import find_fatalities

# what forces do to a crowd: disperse it, break it up, gas it, charge it
_CROWD_CONTROL = (r"dispers(?:ed|ing|e)|broke up|break up|broken up|scattered by|tear ?-?gas\w*|water cannons?|baton[- ]charg\w*|"
                  r"(?:lathi|cane)[- ]?charg\w*|charged (?:the|them|at)|dispersé\w*|disperser|gaz lacrymogènes?")
CROWD_CONTROL = re.compile(r"\b(?:" + _CROWD_CONTROL + r")\b", re.IGNORECASE)
# ... or stop its march where it stood ("Police stop lawyers' march to Parliament", "troops blocked the procession",
# « la police a empêché la marche »): the forces' intervention, with no gas or baton told
HALTED_CROWD = re.compile(
    r"\b(?:stop(?:ped|s)?|halt(?:ed|s)?|block(?:ed|s)?|foil(?:ed|s)?|thwart(?:ed|s)?|barr(?:ed|ing)|prevent(?:ed|s)?|"
    r"empêch(?:é|ée|e|ent)|bloqu(?:é|ée|e|ent))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:march(?:es)?|rall(?:y|ies)|processions?|protests?|demonstrations?|sit-ins?|marches?|manifestations?|"
    r"rassemblements?|sit-in)\b", re.IGNORECASE)
# ... or arrest some of it (arrests alone do not make a crowd: the police arrest people who gathered for nothing)
DISPERSAL = re.compile(r"\b(?:" + _CROWD_CONTROL + r"|arrest(?:ed|ing)|detain(?:ed|ing)|interpell(?:é|és|ée|ées|ations?))\b",
                       re.IGNORECASE)
# munitions made for crowds ("fired tear gas shells at farmers", "lobbed stun grenades", « grenades lacrymogènes »):
# the model reads the shell or the grenade as a weapon of war, ACLED codes forces using them on a crowd
CROWD_MUNITION = re.compile(r"\b(?:tear[- ]?gas|stun|sound|pepper)\s+(?:shells?|canisters?|grenades?|rounds?|cartridges?)\b"
                            r"|\bgrenades?\s+(?:lacrymogènes?|assourdissantes?)\b", re.IGNORECASE)
CROWD_MUNITION_LABELS = ("ART_MISS_ATTACK", "GRENADE")
# people gathered, marching or protesting, somewhere in the note
GATHERED = re.compile(r"\b(?:gather(?:ed|ing)|crowds?|rall(?:y|ied)|march(?:ed)?|processions?|protest\w*|demonstrat\w*|sit-in|"
                      r"supporters|rassembl\w*|manifest\w*)\b", re.IGNORECASE)

# armed attackers (not the forces of order) and a crowd told as protesting: force on a crowd by the first, without the
# second, is an attack on civilians (ACLED's excessive force is the state's, on protesters)
_ARMED_ATTACKERS = re.compile(r"\b(?:attackers|assailants|gunmen|militants|jihadists|terrorists|insurgents|raiders|armed\s+men|"
                              r"assaillants|hommes\s+armés|(?:d)?jihadistes|terroristes)\b", re.IGNORECASE)
_PROTESTED = re.compile(r"\b(?:protest\w*|demonstrat\w*|march(?:ed|ers|ing)?|rall(?:y|ied|ies)|sit-in|manifest\w*|"
                        r"march(?:e|aient|ent)|grév\w*|strik(?:e|ers|ing)|"
                        # (people "gathered peacefully" are a protest's crowd, whatever the report calls them)
                        r"gathered peacefully|peacefully gathered|rassemblée?s? pacifiquement|pacifiquement rassemblée?s?)\b",
                        re.IGNORECASE)

# people arrested at a gathering told as a protest ("arrested ten people at a sit-in", "during a march against …",
# « lors d'une manifestation »): the arrests are the protest's intervention
ARRESTED_AT_PROTEST = re.compile(
    r"\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|rounded up|interpell(?:é|és|ée|ées)|arrêté(?:e|s|es)?)\b[^.;]{0,80}?"
    r"\b(?:at|during|in the course of|lors d['’]une?|pendant|au cours d['’]une?)\s+(?:(?:a|an|the|their|its|une?|la|le|leur)\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:sit-ins?|protests?|demonstrations?|marche?s?|rall(?:y|ies)|manifestations?|rassemblements?)\b",
    re.IGNORECASE)
# ... or held as the people who gathered ("detained dozens of party workers who gathered on Mall Road to protest",
# « interpellé des jeunes qui s'étaient rassemblés »), or while they gathered ("arrested 14 union members as they
# picketed the company's offices", « alors qu'ils manifestaient »): the gathering the arrests broke up
_GATHERING_ACTS = r"(?:gathered|assembled|marched|rallied|picketed|protested|demonstrated|staged|took to the streets)"
_GATHERING_NOW = r"(?:protesting|demonstrating|marching|rallying|picketing|gathering)"
ARRESTED_WHO_GATHERED = re.compile(
    r"\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|rounded up|interpell(?:é|és|ée|ées)|arrêté(?:e|s|es)?)\b[^.;]{0,60}?"
    r"\b(?:who\s+(?:had\s+)?" + _GATHERING_ACTS + r"|who\s+tried to (?:hold|stage|march|gather|protest|rally)|"
    r"who\s+were\s+" + _GATHERING_NOW + r"|(?:as|while|when)\s+they\s+(?:" + _GATHERING_ACTS + r"|were\s+"
    + _GATHERING_NOW + r")|while\s+" + _GATHERING_NOW + r"|"
    r"(?:qui|alors qu['’]ils|alors qu['’]elles|pendant qu['’]ils)\s+(?:s['’]étaient\s+rassemblé(?:e|s|es)?|manifestaient|"
    r"marchaient|tentaient de manifester|protestaient))\b", re.IGNORECASE)
# arrests as a practice, not a gathering's dispersal: the forces that "continue to detain people who organise or take
# part in the demonstrations", arrests "in anticipation of" or "ahead of" protests (« continuent d'arrêter », « en
# prévision des manifestations »): ACLED's arrests, made where no crowd stood
ARRESTS_AS_A_PRACTICE = re.compile(
    r"\bcontinu(?:e|es|ed|ing) to (?:arrest|detain|round up|jail)\b|"
    r"\b(?:ahead of|in anticipation of|to prevent|to pre-?empt)\s+(?:[\w-]+\s+){0,3}?(?:protests?|demonstrations?|marche?s?|"
    r"rall(?:y|ies)|gatherings?)\b|\bcontinuent d['’](?:arrêter|interpeller)\b|"
    r"\ben prévision d(?:es|e la|u)\s+(?:[\w-]+\s+){0,2}?(?:manifestations?|marches?|rassemblements?)\b", re.IGNORECASE)
# harm told as slight ("a few teachers suffered minor injuries", « légèrement blessés »): a crowd's bruises from its
# dispersal, no excessive force
MINOR_HARM = re.compile(r"\b(?:minor|slight|light|superficial) (?:injur\w*|bruises|wounds|cuts)\b|"
                        r"\bslightly (?:injured|hurt|wounded)\b|\blégèrement bless\w*|\bblessures? légères?\b", re.IGNORECASE)


# many hurt, or some hurt gravely ("dozens were injured", "leaving more than 40 of them injured, several critically",
# "Dozens hurt as police charge …", « des dizaines de blessés », « grièvement blessés »): force that does serious harm
_MANY = (r"(?:dozens|scores|hundreds|several\s+dozen|(?:more\s+than|over|at\s+least|some|about|nearly|around)\s+[1-9]\d+|"
         r"(?<![.:/])\b[1-9]\d+(?![.:/]\d)|des\s+dizaines|plusieurs\s+dizaines|des\s+centaines|"
         r"une\s+(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine))")
_HURT_WORD = r"(?:hurt|injur(?:ed|ies|ing)|wounded|wounding|blessé\w*|blessures)"
MANY_HURT = re.compile(
    rf"\b{_MANY}\b(?:\s+[\w'’-]+){{0,5}}?\s+{_HURT_WORD}\b"
    rf"|\b(?:injur(?:ed|ing)|wound(?:ed|ing)|hurt|leaving)\s+(?:[\w'’-]+\s+){{0,2}}?{_MANY}\b"
    r"|\b(?:seriously|critically|severely|grievously|badly)\s+(?:injured|hurt|wounded)\b"
    r"|\b(?:injured|hurt|wounded)\b[^.;]{0,40}?\b(?:critically|seriously|severely)\b"
    r"|\bgrièvement\s+bless\w*", re.IGNORECASE)


# the forces' act on the crowd beside the crowd control words ("police charge peaceful march", "fired rubber bullets")
_FORCE_ON_CROWD = re.compile(r"\b(?:charg(?:e|es|ed|ing)|rubber\s+bullets?|pellets?|batons?|beat(?:en|ing|s)?|"
                             r"balles\s+en\s+caoutchouc|matraqu\w*|chargé\w*)\b", re.IGNORECASE)


def force_hurt_many(text: str) -> bool:
    """Whether ``text`` tells a crowd's harm beyond a dispersal's bruises: many hurt, or some gravely (ACLED's
    excessive force is force likely to cause serious injury, not only lethal force)."""
    return MANY_HURT.search(MINOR_HARM.sub(" ", text)) is not None


def _hurt_beyond_bruises(text: str) -> bool:
    """Whether ``text`` tells people hurt beyond the slight harm of a dispersal."""
    return HURT.search(MINOR_HARM.sub(" ", text)) is not None


def dispersed_in_another_sentence(sentence_texts: list[str], own: str) -> bool:
    """Whether a sentence of a short text other than the protest's own (``own``) tells forces dispersing,
    gassing or arresting the crowd, and nobody hurt (a note's "Police dispersed them with tear gas.")."""
    others = [t for t in sentence_texts if t != own]
    return any(DISPERSAL.search(t) and ORDER_WORD.search(t) for t in others) and not any(HURT.search(t) for t in others)


def is_short(ctx: Context) -> bool:
    """Whether the document is a short text (a note, a snippet: one event)."""
    return len(sentences(ctx)) <= SHORT_TEXT_SENTENCES


# a protester who burns or harms himself ("set himself on fire to protest", "self-immolated", and the burns he
# suffered): ACLED's peaceful protest, the only violence being to his own body
SELF_HARM = re.compile(r"\bself-immolat\w*|\bimmolat(?:ed|ing|es) (?:himself|herself|themselves)\b|"
                       r"\bset (?:himself|herself|themselves) (?:on fire|ablaze|alight)\b|"
                       r"\b(?:suffer(?:ed|ing|s)|sustain(?:ed|ing|s)|with|received) (?:[\w-]+ ){0,2}?burns?(?: injuries)?\b",
                       re.IGNORECASE)


def _only_self_harm(text: str, language: str) -> bool:
    """Whether the violence ``text`` tells is only a protester's harm to himself: with it taken out, no riot's cue."""
    if not SELF_HARM.search(text):
        return False
    return "VIOL_DEMONSTR" not in cue_hits(SELF_HARM.sub(" ", text), language)


def protest_label(ctx: Context, s: Sentence, sc: Scored, label: str) -> str | None:
    """A protest's label corrected by what the crowd and the forces did (None: unchanged)."""
    text = s.text
    if label in CROWD_MUNITION_LABELS:  # shells or grenades that are crowd control: force on the crowd, lethal or not
        if not CROWD_MUNITION.search(text):
            return None
        return "FORCE_AGAINST_PROTEST" if HURT.search(text) else "PROTEST_WITH_INTER"
    if label == "ARREST" and crowd_caught_and_harmed(label_cue_token(s, sc.cues, label)):
        return "MOB_VIOL"  # "residents caught a suspected thief … and set fire to his motorbike": no arrest, a mob's violence
    if label == "ARREST":  # arrests told with tear gas in a note of people gathered, or made at a protest: its dispersal
        told = ctx.document.text
        short = is_short(ctx)
        return "PROTEST_WITH_INTER" if (short and CROWD_CONTROL.search(text) and GATHERED.search(told)
                                        or ARRESTED_AT_PROTEST.search(text) or ARRESTED_WHO_GATHERED.search(text)
                                        or _crowd_then_arrested(s, sc)) and not _hurt_beyond_bruises(told) else None
    if label == "PROTEST_WITH_INTER" and "ARREST" in sc.cues and ARRESTS_AS_A_PRACTICE.search(text) \
            and not CROWD_CONTROL.search(text):
        return "ARREST"  # "police continue to arrest activists in anticipation of mass protests": no crowd to disperse
    if label == "FORCE_AGAINST_PROTEST" and not GATHERED.search(ctx.document.text if is_short(ctx) else text) \
            and not any(lab in sc.cues for lab in ("PEACE_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR")):
        return "ATTACK"  # "soldiers beat a shopkeeper who refused to sell them fuel": force on one man, no crowd
    if label == "FORCE_AGAINST_PROTEST" and _ARMED_ATTACKERS.search(text) \
            and not _PROTESTED.search(ctx.document.text if is_short(ctx) else text):
        return "ATTACK"  # "the attackers surrounded the market and fired on the crowd": armed men on a market crowd
    if label in ("PEACE_PROTEST", "PROTEST_WITH_INTER") and "FORCE_AGAINST_PROTEST" in sc.cues \
            and "VIOL_DEMONSTR" not in sc.cues and not _short_text_turned_violent(ctx) \
            and any(find_fatalities(without_earlier_deeds(text), ctx.language)):
        # a protest dispersed with people killed or wounded: ACLED's excessive force (lethal or injuring);
        # not when the crowd's own violence is told (in this sentence or, in a note, another: the rule below), nor
        # when the dead are those of an earlier deed that brought the crowd out ("marched a day after gunmen killed two")
        return "FORCE_AGAINST_PROTEST"
    told = ctx.document.text if is_short(ctx) else text
    if label in ("PEACE_PROTEST", "PROTEST_WITH_INTER") and (CROWD_CONTROL.search(text) or _FORCE_ON_CROWD.search(text)) \
            and intervener_named(text) and force_hurt_many(text) and "VIOL_DEMONSTR" not in sc.cues \
            and not _short_text_turned_violent(ctx) and not crowd_turned_violent(told):
        # "Dozens hurt as police charge peaceful march of nurses", "security forces fired rubber bullets and tear gas to
        # disperse them; dozens were injured": a peaceful crowd's dispersal that hurt many, ACLED's excessive force
        return "FORCE_AGAINST_PROTEST"
    if label in ("PEACE_PROTEST", "PROTEST_WITH_INTER") and (crowd := label_cue_token(s, sc.cues, label)) is not None \
            and crowd_violence_as_participle(crowd) and not violence_only_protested(s):
        return "VIOL_DEMONSTR"  # "youths marched through the town, setting fire to the town hall": the crowd's own violence
    if label == "PEACE_PROTEST" and _crowd_then_arrested(s, sc) and not HURT.search(told):
        return "PROTEST_WITH_INTER"  # "students gathered … to demand their grants, and police arrested five of them"
    if label == "PEACE_PROTEST" and (CROWD_CONTROL.search(text) or HALTED_CROWD.search(text)) and intervener_named(text) \
            and not HURT.search(told) \
            and not _intervention_protested(s) and not crowd_turned_violent(told):
        # "residents who had assembled calmly to demand … were scattered by gendarmes firing tear gas": a gathering told
        # without a word of protest, dispersed by the forces in the same sentence (not one that burned or stoned first)
        return "PROTEST_WITH_INTER"
    if label == "PEACE_PROTEST" and is_short(ctx) and dispersed_in_another_sentence([x.text for x in sentences(ctx)], text):
        return "PROTEST_WITH_INTER"  # "Students marched in X. Police dispersed them with tear gas.": the note's one protest
    if label == "FORCE_AGAINST_PROTEST" and RIVAL_CROWD.search(told) and not ORDER_WORD.search(told):
        return "MOB_VIOL"  # protesters set on by another crowd, no police or soldier named: a crowd's violence, a riot
    if label == "FORCE_AGAINST_PROTEST" and crowd_turned_violent(told):
        return "VIOL_DEMONSTR"  # force on a crowd that burned or stoned: a violent demonstration, however lethal
    if label in ("PEACE_PROTEST", "PROTEST_WITH_INTER") and ("VIOL_DEMONSTR" in sc.cues or _short_text_turned_violent(ctx)) \
            and not violence_only_protested(s) and not only_the_forces_riot(told) and not _only_self_harm(told, ctx.language):
        # demonstrators who barricade, burn or stone: no longer a peaceful protest, whether or not the police
        # intervened; ACLED codes a demonstration that turned violent once, as the violent one
        return "VIOL_DEMONSTR"
    if label == "VIOL_DEMONSTR" and _DISPUTE.search(told) and not GATHERED.search(told) and not CROWD_PURPOSE.search(told) \
            and not crowd_at_the_state(told):
        # "a dispute between farmers and herders led to riots where property was burned": a quarrel between people,
        # no demonstration, no demand, nothing aimed at the state: ACLED's mob violence
        return "MOB_VIOL"
    if label == "PROTEST_WITH_INTER" and (not intervener_named(told) or _intervention_protested(s)):
        # "the crowd dispersed in the afternoon": nobody intervened; "protested against the arrest of their husbands":
        # the arrest is the crowd's grievance, not done to it
        return "PEACE_PROTEST"
    return None


# the labels of a crowd that protests, whose own arrests are the forces' answer to it
_PROTESTING_LABELS = ("PEACE_PROTEST", "PROTEST_WITH_INTER")
# those an arrest holds, named as the crowd told before it ("12 of them", "several demonstrators", "its organisers")
_CROWD_HELD = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:of them|among them|them|(?:the\s+|its\s+|their\s+)?(?:protesters|protestors|"
                         r"demonstrators|marchers|participants|organi[sz]ers|strikers|rioters|manifestants))\b", re.IGNORECASE)
_HELD_REACH = 60


def _crowd_then_arrested(s: Sentence, sc: Scored) -> bool:
    """Whether the sentence tells a protest and then arrests among its crowd ("supporters gathered in Bamako despite
    a ban to demand a shorter transition; police arrested 12 of them", "… and detained several demonstrators"): ACLED
    codes arrests made at a protest as its intervention, a protest with intervention.  Not when the arrest is what
    the crowd protests ("protested the arrest of their leader"), nor when those held are not named as the crowd."""
    arrest = label_cue_token(s, sc.cues, "ARREST")
    if arrest is None or protested_cause(arrest):
        return False
    held = s.text[arrest.idx - s.sent.start_char + len(arrest.text):][:_HELD_REACH]
    if not _CROWD_HELD.match(held):
        return False
    return any((crowd := label_cue_token(s, sc.cues, lab)) is not None and crowd.i < arrest.i
               for lab in _PROTESTING_LABELS)


# a quarrel between people (a land dispute, a feud between two villages, « un différend foncier »), or a fight among
# them that grew into the riot ("a fight between two groups of inmates degenerated into a riot", « une rixe »)
_DISPUTE = re.compile(r"\b(?:disputes?|quarrels?|feuds?|altercations?|rivalr(?:y|ies)|disagreements?|différends?|litiges?|"
                      r"querelles?|fights?\s+(?:broke out\s+)?(?:between|among)|brawls?|scuffles?|bagarres?|rixes?)\b",
                      re.IGNORECASE)
# the forces' acts on a crowd as verbs or nouns ("the arrest of their husbands", "detentions")
_INTERVENTION_WORDS = re.compile(r"\b(?:" + _CROWD_CONTROL + r"|arrest\w*|detain\w*|detentions?|interpell\w*)\b", re.IGNORECASE)


def _intervention_protested(s: Sentence) -> bool:
    """Whether every word of the forces' intervention (dispersal, gas, arrests) sits in what the crowd protests: its
    cause, an earlier deed."""
    toks = [token_for_match(s, m.start()) for m in _INTERVENTION_WORDS.finditer(s.text)]
    return bool(toks) and all(t is not None and protested_cause(t) for t in toks)


def _short_text_turned_violent(ctx: Context) -> bool:
    """Whether a short text (a note, a snippet: one event) tells of its demonstrators' violence in
    any of its sentences ("Protests in the capital. Later, the scene of escalating violence")."""
    if len(sentences(ctx)) > SHORT_TEXT_SENTENCES:
        return False
    told = " ".join(x.text for x in sentences(ctx) if not only_threatened(x.text))  # not what they threatened
    return "VIOL_DEMONSTR" in cue_hits(" ".join(told.split()), ctx.language)
