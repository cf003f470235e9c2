"""The events stage's lexicon: the rule regexes of ``data/event_rules_<lang>.tsv`` and the word
lists and phrase patterns the other event modules test sentences against.

Kept in one place so that a new language or a new wording is added here, not hunted through the
code.  Pure data and one cached loader; it imports nothing from the other event modules.
"""

from __future__ import annotations

from functools import lru_cache
import re

from sitrep.analyse.regex_gate import may_match, stored_needles
from sitrep.analyse.data_tables import table_rows
from sitrep.ingest.dateline import CREDITED_OPENING, OPENING

# a text of at most this many sentences is a note or a snippet: its first event sentence is its news,
# and the rest of it tells the same event
SHORT_TEXT_SENTENCES = 4


@lru_cache(maxsize=4)
def rules(language: str = "en") -> dict[str, re.Pattern[str]]:
    """The conflict rules of ``data/event_rules_<lang>.tsv`` by name (aircraft, gain, loss,
    diplomatic, civilian, background_control), English when the language has none."""
    return {name: re.compile(regex, re.IGNORECASE) for name, regex in table_rows("event_rules", language)}


@lru_cache(maxsize=4)
def _rule_gates(language: str) -> dict[str, frozenset[str] | None]:
    named = rules(language)
    return dict(zip(named, stored_needles(f"event-rule-needles-{language}", list(named.values()))))


def rule_may_match(language: str, name: str, folded: str) -> bool:
    """False only when rule ``name`` cannot match a text whose ``regex_gate.fold_for_gate`` is ``folded``
    (none of the literals every match contains is in it): most sentences skip most rule scans."""
    return may_match(_rule_gates(language)[name], folded)


# ---------------------------------------------------------------------------------------------
# phrase patterns read on the sentence text

# confidence of arguments borrowed from the preceding event
INHERITED_CONFIDENCE = 0.6


# "has been fighting an insurgency since 2012": a state of affairs, not an event
# (or a habit: "Jihadists regularly plant explosives on the roads of central Mali", « des jihadistes posent
# régulièrement des mines »: what a party is wont to do, the background of a story, not an incident)
ONGOING = re.compile(r"\b(?:has|have|had) been \w+ing\b[^.]*\bsince\b|\b(?:regularly|routinely|frequently|régulièrement|"
                     r"fréquemment)\b", re.IGNORECASE)

# sports news borrows the words of war ("crushed its rivals", "a massacre on the pitch", "the attack
# fired"): a sentence about a match, told with no one killed or wounded, reports no violence
SPORT = re.compile(
    r"\b(?:football|soccer|basketball|handball|volleyball|rugby|cricket|tennis|athletics|footballers?|"
    r"championships?|tournaments?|cup final|semi-?finals?|quarter-?finals?|goalkeepers?|referees?|kick-?off|"
    r"playoffs?|on the pitch|goals? to (?:nil|nothing|zero|one|two|three|\d+)|championnat|entraîneur|arbitre|"
    # a match's own words and its score ("the Istanbul derby", "a hat-trick", "through the batting line-up", "sink X 3-1")
    r"derby|derbies|hat-?tricks?|midfielders?|league (?:leaders|title|match|game|table)|batting|bowlers?|wickets?|innings|"
    r"test series|grand slam|"
    # a competition's or a fixture's own name ("clash anew in PBA Manila Clasico", "T20 World Cup clash", "IPL final")
    r"(?:super)?cl[aá]sicos?|T20s?|ODIs?|IPL|NBA|PBA|"
    # a prize fought for, a team's bowlers called its attack, a batsman's hundred ("battle for the title", "demolish
    # Pakistan attack", "blasts century")
    r"(?:battle|fight|race|bid|tussle|scrap) for the (?:title|crown|trophy|cup|pennant|championship|league|medals?)|"
    r"(?:bowling|pace|spin|seam) attack|(?:demolish(?:es|ed)?|dismantl(?:es|ed)|tore into|tear into) (?:[\w'-]+\s+){1,3}?attack|"
    r"(?:scores?|scored|smash(?:es|ed)?|blast(?:s|ed)?|hits?|slams?|slammed|struck) (?:a |his |her |an? \w+ )?"
    r"(?:century|double century|hundred|half-century|fifty)|"
    # a scoreline after a verb of winning, the headline's present tense too ("Liverpool crush Manchester United 7-0")
    r"(?:beat|beats|sink|sinks|sank|sunk|defeat|defeats|defeated|thrash|thrashes|thrashed|crush|crushes|crushed|edge|"
    r"edges|edged|rout|routs|routed|stun|stuns|stunned|down|downs|downed|hammer|hammers|hammered|"
    # (the verbs of a heavy win too, which are war's words off the pitch: "destroyed Angola 3-0", "maul", "trounce")
    r"destroy|destroys|destroyed|demolish|demolishes|demolished|trounce|trounces|trounced|whip|whips|whipped|wallop|"
    r"wallops|walloped|maul|mauls|mauled|batter|batters|battered|overpower|overpowers|overpowered|outclass|outclasses|"
    r"outclassed|humble|humbles|humbled|blank|blanks|blanked|bury|buries|buried|annihilate|annihilates|annihilated)"
    r"\s+(?:[\w'-]+\s+){1,4}?"
    r"\d{1,2}-\d{1,2})\b",
    re.IGNORECASE,
)


# a game's own place or occasion, beside the sport's words: a brawl "after a match", "at the stadium", between "two clubs"
_MATCH = re.compile(r"\b(?:matche?s|match|stadium|stade|derby|(?:rival |two )?clubs)\b", re.IGNORECASE)


def over_a_match(text: str) -> bool:
    """Whether ``text`` tells a game (a sport's words, a match, a stadium, rival clubs): a crowd's violence there is
    its fans' brawl (ACLED's mob violence), not a demonstration."""
    return SPORT.search(text) is not None or _MATCH.search(text) is not None
# an aircraft lost to an accident, not to fire ("crashed during a training flight", "a technical failure")
AIR_ACCIDENT = re.compile(
    r"\b(?:training (?:flight|mission|exercise)|technical (?:failure|fault|problem|incident)|mechanical (?:failure|fault|problem)|"
    r"engine (?:failure|fault|trouble)|bad weather|poor visibility|on (?:take-?off|landing)|while (?:landing|taking off)|"
    r"accident|panne technique|vol d['’]entraînement|mauvais temps|au décollage|à l['’]atterrissage)\b",
    re.IGNORECASE,
)
# drones or missiles sent at a party and brought down by its air defence ("shot down two drones launched towards its
# positions", "intercepted a missile"): the weapon was stopped (ACLED's disrupted weapons use), no aircraft lost in combat
INCOMING_MUNITION = re.compile(
    r"\bintercept\w*|\bair[- ]defen[cs]es?\b|\b(?:drones?|missiles?|rockets?|roquettes?)\s+(?:[\w-]+\s+){0,2}?(?:launched|fired|sent|"
    r"lancée?s?|tirée?s?)\s+(?:at|towards?|against|on|into|sur|contre|vers|en direction)\b|\bdéfense (?:anti-?)?aérienne\b",
    re.IGNORECASE,
)
# ordinary theft (a burglar's loot) is crime, which ACLED does not code as looting
PETTY_CRIME = re.compile(
    r"\b(?:thie(?:f|ves)|burglars?|burglary|robbers?|pickpockets?|shoplifters?|fraudsters?|housebreakers?|"
    r"voleurs?|cambrioleurs?|cambriolage)\b",
    re.IGNORECASE,
)


# "NIAMEY (Reuters) - …": where the story was filed, not where anything happened
DATELINE = OPENING  # the grammar is ``ingest.dateline``
# a credited opening, with its day or its country ("OUAGADOUGOU, Feb 20 (Reuters) -", "DAKAR, Senegal (AP) —"): filing
# furniture the sentence classifier must not read as words of the news
CREDITED_DATELINE = CREDITED_OPENING


# a sentence that opens on the doers of the event just told ("The attackers also took…", « Les assaillants, arrivés à
# moto, ont également emporté… »): what it tells is how they went about that event
THE_DOERS_AGAIN = re.compile(
    r"^\W*(?:les\s+(?:assaillants|attaquants|agresseurs|hommes\s+armés|individus\s+armés|terroristes|jihadistes|djihadistes)"
    r"|the\s+(?:attackers|assailants|gunmen|militants|raiders|armed\s+men)"
    # (the group that claimed the attack, named again: « Le groupe affirme avoir … incendié des véhicules »)
    r"|le\s+groupe|the\s+group)\b", re.IGNORECASE)


# "the attacks", "the offensive": the sentence refers back to an event told before
ANAPHORA = re.compile(
    r"\b(?:the|this|these|that|those)\s+(?:\w+\s+)?(?:attacks?|offensive|fighting|clashes|battle|assault|operation|raid|"
    r"ambush|town|city|area|village|base|incident|violence)\b|\bfollowing the\b|\bthere\b",
    re.IGNORECASE,
)


# a place told before, referred back to by its kind ("took control of the camp", « le camp »): in a short text (a note
# tells one event) the territory a change of hands names this way is the one the note already named
PLACE_BACK_REFERENCE = re.compile(
    r"\b(?:the|this|that|its|their|le|la|ce|cette|leur)\s+(?:\w+\s+)?(?:camp|base|post|garrison|town|city|village|locality|"
    r"position|barracks|stronghold|ville|localité|poste|garnison)\b", re.IGNORECASE)


# the subset of ``ANAPHORA`` that names an event (not "the town", "there")
EVENT_ANAPHORA = re.compile(
    r"\b(?:the|this|these|that|those)\s+(?:\w+\s+)?(?:attacks|offensive|fighting|clashes|battle|assault|raid|ambush)\b",
    re.IGNORECASE,
)


# "Since the deployment, the government has retaken…": a history told in the perfect, undated
# ("since Wednesday evening", "since dawn": a count of the last hours or days is news, not history)
_SINCE = r"\bsince\b(?!\s+(?:(?:early|late)\s+)?(?:yesterday|last night|this (?:morning|week)|dawn|midnight|the weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
SINCE_PERFECT = re.compile(_SINCE + r".*\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en|ne|wn|ught|ook)\b|\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en|ne|wn|ught|ook)\b.*" + _SINCE
    # French states held "since": « impose un blocus à la ville depuis août 2023 », « contrôlent la zone depuis 2012 »
    + r"|\b(?:impose|imposent|contrôle|contrôlent|occupe|occupent|assiège|assiègent|tient|tiennent|encercle|encerclent)\b.*\bdepuis\b",
    re.IGNORECASE,
)


# "In response, …": the sentence follows from the event just told (dated after it)
RESPONSE_OPENING = re.compile(
    r"(?:In (?:response|retaliation|reaction)|Following (?:this|that|the (?:attack|ambush|incident))|Shortly (?:after|afterwards)|Days later|In the aftermath)\b",
    re.IGNORECASE,
)


# "in 2012": a year named in the sentence (background when before the publication year)
YEAR_PHRASE = re.compile(r"\b(?:in|during|by|of|throughout)\s+((?:19|20)\d\d)\b", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# word lists read on the dependency parse

# auxiliaries of plans, threats and possibilities ("will attack", "could retake")
MODAL_AUX = frozenset(("will", "would", "could", "might", "may", "should", "must", "shall", "'ll"))


# heads under which an infinitive still reports something that happened ("was forced to retreat")
FACTIVE_INF_HEADS = frozenset(("force", "manage", "begin", "start", "continue", "succeed", "proceed", "go", "compel", "oblige", "decide", "decision", "choose",
                               "allow", "enable", "permit"))  # "allowed the rebels to seize it": it happened


# conjunctions that open a subordinate clause ("after the army said…"): not the main news
SUBORDINATORS = frozenset("after when before since as while because until once if although though whereas".split())


# verbs under which a definite trigger noun still reports the event ("the fighting broke out")
OCCURRENCE_VERBS = frozenset(
    "break erupt continue begin start intensify rage kill die wound injure launch resume spread escalate "
    "occur happen take leave result cause".split()
    # French lemmas (fr_core_news_sm): « l'attaque a fait 17 morts », « les combats ont éclaté »
    + "éclater continuer commencer débuter reprendre intensifier tuer mourir blesser lancer survenir "
    "produire faire causer provoquer coûter".split()
)


# determiners that make a trigger noun definite ("the offensive"), English and French
DEFINITE = frozenset("the this these that those its their le la les l' l’ ce cet cette ces son sa ses leur leurs".split())


# quantifiers that make a trigger noun a pattern, not an event ("several drone strikes", « plusieurs frappes »)
PATTERN_WORDS = frozenset(
    "several many repeated multiple numerous frequent past previous such "
    "nombreux nombreuses multiples répétées répétés fréquentes précédentes".split()
)


# prepositional attachments where a definite trigger still reports the event ("killed in the attack"):
# "pobj" in the English model, "obl"/"nmod" (Universal Dependencies) in the French one
PREP_OBJECT_DEPS = frozenset(("pobj", "obl", "obl:mod", "obl:arg", "nmod"))


# prepositions that attach a place to a verb of taking or leaving ("withdrew from Kidal")
PLACE_PREPS = frozenset(("from", "of", "out", "in", "into", "at", "near", "around", "over", "inside", "within"))

# nouns that stand for a place told before ("left the stronghold town")
PLACE_NOUNS = frozenset("town city village base camp area region stronghold district locality garrison post".split())


# how a statement was made: "by telephone from Kidal" is where the speaker was
MEDIUM_NOUNS = frozenset(
    "telephone phone statement interview video message conference radio television broadcast briefing communique".split()
)


# when, told between a French verb of attack and the place or the people it struck (the codebook's civilian
# targets): « lundi soir », « samedi dernier », « dimanche 4 mai », « dans la nuit de samedi à dimanche »
FR_ATTACK_WHEN = (r"(?:(?:(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|avant-hier|hier)"
                  r"(?:\s+(?:soir|matin|après-midi|dernier|\d{1,2}(?:er)?\s+\w+(?:\s+\d{4})?))?"
                  r"|dans la nuit d[eu]\s+\w+\s+(?:à|au)\s+\w+"
                  # (a weekend or a week told whole: « l'attaque perpétrée le week-end dernier contre la foire »)
                  r"|(?:le|ce)\s+week-end(?:\s+dernier)?|la\s+semaine\s+derni[èe]re)\s*,?\s+)?")


# an attack told from its target's end, the attacked post or unit as the subject ("the base came under attack",
# « le poste avait fait l'objet d'une attaque », « l'unité a été prise à partie », « est tombé dans une embuscade »)
SUFFERED_ATTACK = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+fait\s+l['’]objet\s+d['’]une?\s+(?:\w+\s+)?(?:attaque|assaut|embuscade|incursion)|"
    r"\b(?:a|ont|avait|avaient)\s+été\s+(?:violemment\s+)?(?:attaquée?s?|pris(?:e|es)?\s+à\s+partie|pris(?:e|es)?\s+pour\s+cibles?)|"
    r"\btomb(?:é|ée|és|ées)\s+dans\s+une\s+embuscade|"
    r"\b(?:was|were|had\s+been)\s+(?:attacked|ambushed)\b|\bcame\s+under\s+(?:attack|fire)\b", re.IGNORECASE)
