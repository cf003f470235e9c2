"""What a weapon's word says of the event.  ACLED codes violence by its means, and a weapon not used is
no violence: a strike or a bomb that is the subject of a killing ("a drone strike killed 12 civilians") is an
explosion whoever it hit (``weapon_of_the_deed``), and a weapon that was found, seized, defused or destroyed
was not used: a strategic development (Disrupted weapons use), whatever kind of weapon the sentence names.

The classifier reads "destroyed 342 mines and 288 IEDs" or "a stash of rockets found near the river"
by its weapon words, which are the words of explosions.  What decides is the weapon's place in the
parse: the object of a verb of taking or neutralising ("cleared landmines", « ont désamorcé un engin »),
the passive subject of one ("bombs were discovered"), a noun that such a participle qualifies ("the
mines removed from the road"), or the contents of a cache that was found ("a cache of grenades").
A weapon that is the subject of such a verb did the destroying ("a drone destroyed a truck"): no.
"""

from __future__ import annotations

import re

from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.classifier import Scored
from sitrep.analyse.events.syntax import clause_verb, token_for_match

# the lemmas of verbs whose object is a weapon taken out of use, English and French
DISRUPTING = frozenset(
    "defuse dismantle destroy clear remove seize confiscate recover find discover uncover unearth intercept "
    "neutralise neutralize disable deactivate identify locate detect impound collect hand "
    "désamorcer démanteler détruire neutraliser saisir confisquer récupérer découvrir retrouver intercepter "
    "démineur déminer localiser".split()
)
# nouns that hold weapons ("a cache of grenades", « une cache d'armes »)
CONTAINERS = frozenset("cache stash haul stockpile store depot consignment cargo shipment arsenal cachette dépôt "
                       "stock cargaison".split())
# the disposal of a device by those who found it ("destroyed it in a controlled detonation", « explosion contrôlée »,
# « pétardé »): the blast is the device taken out of use, not a device that struck
CONTROLLED_BLAST = re.compile(r"\bcontrolled (?:detonations?|explosions?|blasts?|demolitions?)\b|\b(?:explosion|destruction)s? "
                              r"contrôlées?\b|\bpétard(?:é|ée|és|ées|age)\b", re.IGNORECASE)
# the things ACLED's disrupted weapons use takes out of use: a weapon, its munitions, a device or their store
_WEAPON_WORD = re.compile(r"\b(?:weapons?|arms|armes?|ammunition|munitions?|explosi\w*|grenades?|bombs?|IEDs?|EEI|rifles?|"
                          r"guns?|pistols?|detonators?|drones?|missiles?|rockets?|roquettes?|shells?|obus|mortars?|mines?|"
                          r"devices?|engins?|caches?|stash|stockpiles?|arsenal)\b", re.IGNORECASE)
# the words for armed people that the armies' communiqués count as "neutralised"
_FIGHTERS = (r"(?:militants?|jihadists?|terrorists?|insurgents?|assailants?|attackers?|gunmen|fighters?|bandits|rebels|"
             r"combatants|terroristes?|djihadistes?|assaillants|combattants)")
# armed people "neutralised" (the Sahel armies' word for fighters killed), as the forces' communiqués tell them
_FIGHTERS_NEUTRALISED = re.compile(
    r"\b(?:elements|" + _FIGHTERS + r")\b[^.;]{0,80}?\bneutrali[sz]\w*"
    r"|\bneutrali[sz]\w*\s+(?:[\w-]+\s+){0,4}?(?:militants?|jihadists?|terrorists?|insurgents?|fighters?|combatants|"
    r"terroristes?|djihadistes?)\b", re.IGNORECASE)


def fighters_not_weapons(text: str) -> bool:
    """Whether ``text`` tells armed people "neutralised" and names no weapon: the armies' word for enemies killed
    (ACLED's armed clash), not a weapon taken out of use ("14 terrorists were neutralised in an air-ground
    operation")."""
    return _FIGHTERS_NEUTRALISED.search(text) is not None and _WEAPON_WORD.search(text) is None


# a count of armed people "neutralised" or killed ("12 terrorists were neutralised", "7 terrorists were killed",
# "neutralised about twenty assailants", « huit terroristes ont été abattus »): the fight's toll, which the weapons
# seized with it ("… and assault rifles were recovered") do not make a seizure (every verb of killing, both languages)
_COUNT = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
          r"a dozen|dozens of|several|some|about \d+|around \d+|at least \d+|more than \d+|une? dizaines? de|\d+ de|"
          r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|plusieurs|au moins \d+)")
_KILLED = (r"(?:neutrali[sz]\w*|killed|eliminated|shot dead|gunned down|tués|abattus|éliminés|neutralisés)")
_COUNTED_NEUTRALISED = re.compile(
    r"\b" + _COUNT + r"\s+(?:[\w-]+\s+)?" + _FIGHTERS + r"\s+(?:were|had been|have been|was|ont été|ont|sont)?\s*" + _KILLED
    + r"|\b(?:neutrali[sz]\w*|killed|killing|eliminated|tué|abattu|éliminé|neutralisé)\s+(?:[\w-]+\s+){0,2}?" + _COUNT
    + r"\s+(?:[\w-]+\s+)?" + _FIGHTERS + r"\b", re.IGNORECASE)


def fighters_counted_neutralised(text: str) -> bool:
    """Whether ``text`` counts armed people "neutralised" ("12 terrorists were neutralised and rifles were seized"):
    the armies' report of a fight, whose loot of weapons is its detail, not a weapon taken out of use."""
    return _COUNTED_NEUTRALISED.search(text) is not None


# a weapon that went off in someone's hands still hurt them: the explosion is the event
HURT = re.compile(r"\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ies|y|ing)|died|dead|hurt|maimed|"
                  r"tuée?s?|blessée?s?|blessures?|morts?)\b", re.IGNORECASE)
_OBJECT = frozenset(("dobj", "obj", "nsubjpass", "nsubj:pass"))
_NOUN_LINKS = frozenset(("compound", "amod", "conj", "nummod", "appos", "nmod"))


def weapon_disrupted(tok) -> bool:
    """Whether the weapon word ``tok`` (the trigger of an explosion label) names a weapon that was taken,
    found or neutralised rather than used."""
    if tok is None:
        return False
    noun = tok
    for _ in range(4):  # "improvised explosive devices" → devices; "mines and IEDs" → mines
        if noun.dep_ not in _NOUN_LINKS or noun.head.i == noun.i or noun.head.pos_ not in ("NOUN", "PROPN"):
            break
        noun = noun.head
    if noun.dep_ in ("pobj", "nmod") and noun.head.i != noun.i:
        holder = noun.head.head if noun.head.pos_ == "ADP" else noun.head
        if holder.lemma_.lower() in CONTAINERS:
            noun = holder  # "a stash of projectiles": the stash was found
    if any(c.dep_ == "acl" and c.lemma_.lower() in DISRUPTING for c in noun.children):
        return True  # "bombs discovered on Wednesday night"
    return noun.dep_ in _OBJECT and noun.head.lemma_.lower() in DISRUPTING


# a weapon named by a cue this strong is the means of the deed (not "drones" overhead, weight 0.4)
STRONG_WEAPON_CUE = 1.5


def weapon_of_the_deed(s: Sentence, sc: Scored, tok) -> str | None:
    """The explosion label whose weapon is the subject of the killing told by ``tok`` ("a drone strike by the army
    killed 12 civilians", "an airstrike killed…"): ACLED's type is the means of violence, its target a detail."""
    if tok is None:
        return None
    weights = sc.cue_weights or {}
    found = [(sc.scores.get(lab, -9.0), lab) for lab in ("AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "SUIC_BOMB", "GRENADE")
             if weights.get(lab, 0.0) >= STRONG_WEAPON_CUE and _subject_of_clause(s, tok, sc.cues[lab])]
    return max(found)[1] if found else None


def _subject_of_clause(s: Sentence, tok, phrase: str) -> bool:
    """Whether the cue ``phrase`` is (inside) the subject of the trigger's clause."""
    at = s.text.find(phrase)
    t = token_for_match(s, at) if at >= 0 else None
    verb = clause_verb(tok)
    for _ in range(6):
        if t is None or t.head.i == t.i:
            return False
        if t.dep_ in ("nsubj", "nsubj:pass", "csubj") and t.head.i == verb.i:
            return True
        t = t.head
    return False


# a vehicle driven into its target with a charge aboard: ACLED's suicide bomb (a vehicle-borne IED is driven by a
# bomber who dies with it), whatever the sentence calls the attack ("a complex attack using two vehicles loaded with
# explosives", "rammed an explosives-laden truck into the camp", « des véhicules bourrés d'explosifs »)
_VEHICLES = r"(?:vehicles?|cars?|trucks?|pick-?ups?|lorr(?:y|ies)|tankers?|motorbikes?|motorcycles?|ambulances?)"
DRIVEN_BOMB = re.compile(
    r"\b" + _VEHICLES + r"\s+(?:(?:packed|loaded|laden|filled|rigged|stuffed|booby-trapped)\s+with\s+(?:[\w-]+\s+)?explosives?"
    r"|(?:packed|loaded|laden|filled|rigged|stuffed)\s+with\s+(?:bombs|(?:improvised\s+)?explosive devices))\b"
    r"|\bexplosives?-(?:laden|packed|filled|loaded|rigged)\s+(?:[\w-]+\s+)?" + _VEHICLES + r"\b"
    r"|\b(?:S-?)?VBIEDs?\b|\bvehicle[- ]borne (?:improvised )?explosive devices?\b"
    r"|\b(?:drove|driven|driving|rammed|ramming|crashed)\b[^.;]{0,40}?\b(?:car|truck) bombs?\b"
    r"|\b(?:car|truck) bombs?\b[^.;]{0,40}?\b(?:driven|drove|rammed|crashed)\b"
    r"|\b(?:véhicules?|voitures?|camions?|motos?)\s+(?:bourrée?s?|chargée?s?|remplie?s?)\s+d['’]explosifs\b",
    re.IGNORECASE)
# a vehicle bomb that was not driven at anyone, or never went off: parked and set off from afar, or found
NOT_DRIVEN = re.compile(r"\b(?:parked|remote(?:ly)?[- ]?(?:detonated|controlled|control)|found|discovered|defused|seized|"
                        r"intercepted before|dismantled|garée?s?|découverte?s?|désamorcée?s?)\b", re.IGNORECASE)


# a vehicle laden with explosives was driven at its target only when the text says it moved or was the means of
# an assault ("drove … into the gate", "towards the entrance", "an attack using two vehicles", a suicide bomber):
# one that "blew up near a market" or "went off outside a bank" was parked and set off, a remote explosive
DRIVEN_AT = re.compile(r"\b(?:dr[oi]ve|driven|driving|drives|rammed|ramming|rams?|crash(?:ed|ing)|smash(?:ed|ing)|"
                       r"plough(?:ed|ing)|plow(?:ed|ing)|slamm(?:ed|ing)|into|towards?|using|used|suicide|kamikazes?|"
                       r"S-?VBIEDs?|foncée?s?|lancée?s?|conduite?s?|précipitée?s?)\b", re.IGNORECASE)


def driven_bomb(text: str) -> bool:
    """Whether ``text`` tells of a vehicle bomb driven at its target (ACLED's suicide bomb), not one parked and
    set off from afar or found before it went off."""
    return DRIVEN_BOMB.search(text) is not None and NOT_DRIVEN.search(text) is None and DRIVEN_AT.search(text) is not None


# men who went in after the vehicle bomb (on foot, on motorbikes, firing): the ground assault that makes it a battle
ASSAULT_FOLLOWED = re.compile(
    r"\b(?:storm(?:ed|ing)|assault(?:ed|ing)|overr(?:an|un)|opened fire|exchanges? of fire|exchanged fire|gunfire|gun ?fire|"
    r"gun ?battles?|fire ?fights?|(?:fighters|assailants|militants|gunmen|attackers) on (?:motorbikes|motorcycles|foot)|"
    r"fighting (?:lasted|continued|ensued|raged|broke out)|(?:heavy |intense )?fighting for|clashes (?:ensued|followed|lasted)|"
    r"(?:then|before|and) (?:attacked|raided)|ground (?:attack|assault)|(?:donné|pris) l['’]assaut|ont ouvert le feu|"
    r"(?:des )?combats (?:ont duré|ont suivi|se sont poursuivis)|échanges? de tirs)\b", re.IGNORECASE)
# labels a vehicle bomb's sentence may get from its words: an attack, a fight, a device, a bomb
VEHICLE_BOMB_LABELS = ("ATTACK", "ARMED_CLASH", "REM_EXPLOS", "SUIC_BOMB")


# an assault said not to have happened ("No ground assault followed.", "without any attack on foot")
_NO_ASSAULT = re.compile(r"\b(?:no|without(?: any)?|not followed by(?: an?| any)?)\s+(?:further\s+|other\s+)?"
                         r"(?:ground\s+)?(?:assault|attack|fighting|gunfire|exchange of fire)s?\b[^.;]*", re.IGNORECASE)


def vehicle_bomb_label(text: str, rest: str, armed_target: bool) -> str | None:
    """The label of an attack told with a vehicle bomb driven at its target (``rest``: the rest of the note):
    a suicide bomb, unless men went in after it against armed people (a ground assault: the battle ACLED codes);
    None when no driven vehicle bomb is told."""
    if not driven_bomb(text):
        return None
    if ASSAULT_FOLLOWED.search(_NO_ASSAULT.sub(" ", text + " " + rest)):
        return "ARMED_CLASH" if armed_target else None
    return "SUIC_BOMB"


# a weapon that poisons: ACLED codes its use as a chemical weapon whatever delivered it
CHEMICAL = re.compile(r"\b(?:chemical (?:weapons?|agents?|munitions?)|chlorine|sarin|mustard (?:gas|agents?)|(?:nerve|blister) (?:agents?|gas)|phosgene|"
                      r"(?<!tear )(?:toxic|poison(?:ous)?) gas|chemically armed)\b", re.IGNORECASE)


# clauses that tell another event than their head's ("… groups it accused of carrying out a chlorine attack")
_OTHER_CLAUSE = frozenset(("relcl", "ccomp", "advcl", "pcomp", "csubj", "parataxis"))


def poisoned(s: Sentence, tok) -> bool:
    """Whether the strike or shelling told by ``tok`` delivered a chemical agent: the agent's words
    hang on the trigger's own clause ("shelled troops with mortars filled with chlorine"), not on a
    clause that tells another event."""
    if tok is None:
        return False
    verb = clause_verb(tok)
    for m in CHEMICAL.finditer(s.text):
        t = token_for_match(s, m.start())
        for _ in range(12):
            if t is None or t.i == verb.i or t.i == tok.i:
                break
            if t.dep_ in _OTHER_CLAUSE or t.head.i == t.i:
                t = None
                break
            t = t.head
        if t is not None:
            return True
    return False


# a munition left over from earlier fighting, or found and handled by people who did not lay it ("a grenade they had
# found in a field", "an unexploded mortar shell he was handling", « un engin non explosé ramassé par des enfants »)
_MUNITION = r"(?:grenades?|shells?|mortar\s+(?:rounds?|bombs?|shells?)|rockets?|ordnance|munitions?|bombs?|devices?|obus|roquettes?|engins?)"
_LEFTOVER = re.compile(
    r"\b(?:unexploded|leftover|dud|remnants?\s+of\s+war|non\s+explosée?s?)\b|\bUXOs?\b"
    # (left behind or abandoned only said of the munition: "an abandoned shell", "a grenade left behind by the army")
    r"|\babandoned\s+(?:[\w-]+\s+)?" + _MUNITION + r"\b|\b" + _MUNITION + r"\s+(?:[\w-]+\s+){0,2}?(?:left\s+behind|abandonnée?s?)\b"
    r"|\b(?:found|picked\s+up|handling|handled|playing\s+with|played\s+with|tampering\s+with|collected|discovered|"
    r"ramassée?s?|manipulée?s?|manipulait|manipulaient|trouvée?s?)\s+(?:(?:a|an|the|un|une|l['’])\s*)?(?:[\w-]+\s+){0,2}?"
    + _MUNITION + r"\b"
    r"|\b" + _MUNITION + r"\s+(?:that\s+|which\s+|qu['’]\s*)?(?:(?:they|he|she|the\s+\w+|ils|il|elle)\s+)?(?:had\s+|avaient\s+|avait\s+)?"
    r"(?:found|picked\s+up|collected|discovered|been\s+handling|was\s+handling|were\s+handling|trouvée?s?|ramassée?s?)\b",
    re.IGNORECASE)
# the labels a leftover munition's blast is read with: its weapon's own (a grenade's, a shell's), an attack's, or a
# find's ("a shell he found"; the find alone, nobody hurt, stays disrupted weapons use)
_LEFTOVER_READINGS = frozenset(("GRENADE", "ART_MISS_ATTACK", "AIR_STRIKE", "ATTACK", "MAN_MADE_DISASTER", "DISR_WEAP"))
# nobody hurt ("no one was injured", "without casualties", « sans faire de victimes »)
_NOBODY_HURT = re.compile(r"\b(?:no(?:\s+one|body)?|without|none|sans|aucune?)\b[^.;]{0,30}?\b(?:hurt|injur\w*|wounded|"
                          r"casualt\w*|killed|victimes?|blessée?s?)\b", re.IGNORECASE)


def leftover_blast(text: str, label: str) -> str | None:
    """A remote explosive when ``text`` tells a munition left over or found by others that went off and hurt someone:
    ACLED codes the blast of unexploded ordnance as a remote explosive, whatever the munition was (no one threw the
    grenade, no one fired the shell); None otherwise."""
    if label in _LEFTOVER_READINGS and _LEFTOVER.search(text) and HURT.search(text) and not _NOBODY_HURT.search(text):
        return "REM_EXPLOS"
    return None
