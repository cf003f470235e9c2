"""Violence outside ACLED's scope: who or what did the harm, and in which frame the words are used.

ACLED codes political violence: armed, organised parties (forces, rebels, militias, jihadists, communal
militias, "gunmen" and "bandits" who raid villages) and what they do to each other and to civilians.  News uses
the same words for harm that is not that: a robbery, a carjacking, a man who shot his neighbour, police against
criminals (crime; a gang's own fights and killings are an armed party's, ``gang_violence``); a flood, a quake,
lightning, a disease that "has killed" people, a bus that collided with a lorry, a tanker that exploded, a gas
cylinder's blast (nature and accidents); "fought the project in court", "the fight against malaria", hackers
who "attacked" websites (figures of speech); a court that upholds a conviction for an old bombing (a verdict, not the bombing).

Each is a doubt on a violent label (``scope_doubts``, read by the sentence finder like ``event_frames``'s): it
drops the mention unless other evidence holds it, and a short text's last resort does not overrule it.  The
signal is who acted and what the words govern, checked against the absence of any armed or political party:
a gang that attacks a village, gunmen who kill a trader, a bomb in a market, militants who attack a cholera
centre stay violent events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, Sentence
from sitrep.analyse.events.claimed_deed_words import CLAIMED_DEED_OF_PEOPLE, DEED_DAY
from sitrep.knowledge.armed_people import armed_forms
from sitrep.analyse.events.communal import communities_fighting
from sitrep.analyse.events.gang_violence import gang_violence
from sitrep.analyse.events.diplomacy import under_diplomacy
from sitrep.analyse.events.mentions import actors_in
from sitrep.analyse.events.syntax import clause_verb, cue_token, in_main_clause
from sitrep.analyse.events.types import acled_of, VIOLENT
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS


# what each doubt costs on the mention's confidence (one alone puts a violent label under the floor)
SCOPE_DOUBTS = {
    "crime": 0.3,  # robbers, a drug deal, a carjacking, police against a suspect: no armed or political party
    "natural_cause": 0.3,  # a flood, a disease, a crash, a blast of gas: nobody's violence
    "figurative": 0.3,  # violence words whose object is a plan, a project, a disease, a website
    "verdict": 0.4,  # the violence is the matter of a conviction, a charge, a jury's finding
    "diplomatic": 0.4,  # the violence is the matter of talks, sanctions, a summons (``event_diplomacy``)
}

# armed, organised doers outside the state ("a gang of armed men", "bandits" who raid villages, militants)
ARMED_DOERS = armed_forms("doer")  # from the one list of armed people's words
# the state's soldiers (the police are not here: police against a suspect is ordinary policing)
MILITARY = r"soldiers?|troops|army|military|gendarmes?|jawans?|border guards?|soldats|militaires"
# weapons of war and their acts: a bomb in a market is an explosion whatever else the sentence says
WAR_WEAPONS = (r"bombs?|bombings?|bomber|IEDs?|explosive devices?|landmines?|grenades?|mortars?|shells|shelling|rockets?|"
               r"missiles?|drones?|air ?strikes?|airstrikes?|warplanes?|chemical weapons?|nerve agents?|"
               r"engins? explosifs?|bombes?|obus|roquettes?|frappes? aériennes?|bombardements?|kamikazes?")
WEAPONS = rf"{WAR_WEAPONS}|ambush(?:ed)?"
# a community as the target: a gang that attacks a village is violence against civilians
COMMUNITY = r"villages?|villagers|hamlets?|villageois"
ARMED_PARTY = re.compile(rf"\b(?:{ARMED_DOERS}|{MILITARY}|{WEAPONS})\b", re.IGNORECASE)
# an armed party anywhere in the text, the word "ambush" aside (robbers ambush cash vans)
ARMED_IN_TEXT = re.compile(rf"\b(?:{ARMED_DOERS}|{MILITARY}|{WAR_WEAPONS})\b", re.IGNORECASE)
# robbers who "ambushed" a cash van are still robbers: an ambush alone does not make the doer an armed party
NOT_CRIME = re.compile(rf"\b(?:{ARMED_DOERS}|{MILITARY}|{WAR_WEAPONS}|{COMMUNITY})\b", re.IGNORECASE)
NOT_NATURE = re.compile(rf"\b(?:{ARMED_DOERS}|{WEAPONS})\b", re.IGNORECASE)

# ordinary crime: its doers, its motives and the police and court words that tell of it (a bare "dealer" is
# left out: cattle, arms and car dealers are victims of armed groups as often as anyone; drug dealers are named)
CRIME = re.compile(
    r"\b(?:robber(?:s|y|ies)?|robbed|hold-?ups?|heists?|carjack(?:ing|ers?|ed)|burglar(?:s|y|ies)?|thie(?:f|ves)|"
    r"drug (?:gangs?|dealers?|dens?|lords?|traffickers?|cartels?|deals?)|cartels?|street gangs?|gang (?:members?|feud|war)|"
    r"drive-by|smugglers?|poachers?|muggers?|mugging|hackers?|cyber-?attacks?|suspects?|detectives?|homicide|"
    r"suspected (?:of|in) (?:the )?(?:stealing|theft|robbery|burglary|a (?:theft|robbery|burglary)|car theft)|"
    r"(?:an? |the )(?:argument|quarrel|brawl|row) (?:over|about|with)|after (?:an? |the )(?:argument|quarrel|brawl)|"
    r"feud|neighbou?rs?|(?:football |soccer |rival )?(?:fans|hooligans|ultras)|rival gangs?|inmates|"
    r"braqueurs?|voleurs?|cambrioleurs?|trafiquants? de drogue)\b",
    re.IGNORECASE,
)

# organised crime that is not an armed political party: mafias and their hitmen, extortion, and kidnappers who hold
# someone for a ransom ("kidnappers" without a ransom, or jihadists who ask one, stay an abduction)
ORGANISED_CRIME = re.compile(
    r"\b(?:gangsters?|mafia\w*|mafiosi|mobsters?|hitm[ae]n|contract killers?|hired (?:killers|assassins)|"
    r"crime (?:boss(?:es)?|lords?|famil(?:y|ies)|syndicates?|rings?|clans?)|criminal (?:gangs?|networks?|rings?|syndicates?)|"
    r"organi[sz]ed crime|extortion\w*|protection money|racket(?:eers?|eering|s)?|loan sharks?|"
    r"kidnap(?:ping)? (?:gangs?|rings?|syndicates?)|"
    r"(?:kidnappers|abductors|ravisseurs)\b[^.;]{0,150}?\b(?:ransom|rançon)|(?:ransom|rançon)\b[^.;]{0,150}?\b(?:kidnappers|abductors|ravisseurs))\b",
    re.IGNORECASE,
)
# a lone killer's own grievance: a partner or a former one, a workplace he was sacked from, his mind (a man who
# "killed his estranged wife", "shot dead two of his former colleagues", "a shooter with a history of mental illness")
PERSONAL_MOTIVE = re.compile(
    r"\b(?:estranged|ex-(?:wife|husband|girlfriend|boyfriend|partner|lover|employee|colleague|pupil|student)s?|"
    r"ex-(?:épouse|époux|compagne|compagnon|femme|mari)|"
    r"former (?:colleagues?|co-workers?|employer|boss|supervisor|classmates?|students?|pupils?|partner|boyfriend|"
    r"girlfriend|husband|wife|lover)|(?:his|her) (?:co-workers?|supervisor|boss|employer)|jealous\w*|grudge|disgruntled|crime of passion|"
    r"(?:sacked|dismissed|fired|laid off) (?:from (?:his|her|the) (?:job|work|post)|the (?:week|day|month) before)|"
    r"(?:had been|was|were) (?:sacked|laid off)|mental (?:illness|health|disorder)|psychiatric|domestic (?:dispute|violence|row)|"
    r"shooters?|turned the (?:gun|weapon|rifle|pistol) on (?:himself|herself))\b",
    re.IGNORECASE,
)

# a crime story's procedure, anywhere in the text: the violence its sentences tell is that crime's
# ("… was arrested on suspicion of attempted murder", "two counts of attempted homicide")
CRIME_STORY = re.compile(
    r"\b(?:attempted (?:murder|homicide)|on suspicion of|charged with (?:murder|manslaughter|assault|attempted)|"
    r"murder charges?|counts? of (?:murder|assault|attempted)|manslaughter|pleaded (?:not )?guilty|"
    r"found guilty of|homicide (?:detectives|unit|squad)|the suspect|suspect was)\b",
    re.IGNORECASE,
)

# where goods are made or kept
_WORKS = r"factory|plant|refinery|warehouse|depot|pipeline|mill|workshop|petrol station|fuel station"
# harm with a natural or accidental cause: disasters, diseases, crashes, collapses, blasts of gas or fuel
NATURAL_CAUSE = re.compile(
    r"\b(?:floods?|flooded|flooding|flash floods?|earthquakes?|quakes?|tremors?|landslides?|mudslides?|storms?|"
    r"cyclones?|hurricanes?|typhoons?|tornado(?:es)?|lightning|heatwaves?|droughts?|avalanches?|tsunamis?|volcano(?:es)?|"
    r"drown(?:ed|ing|s)?|swept away|caved in|collaps(?:e|ed|es|ing)|crash(?:ed|es|ing)?|collid(?:es|ed|ing)|collisions?|"
    # (a headline's present tense too: "bus plunges into gorge", "ferry capsizes", "train derails")
    r"capsiz(?:es|ed|ing)|derail(?:s|ed|ment)|overturn(?:s|ed|ing)|stampedes?|fire broke out|blaze|short circuit|"
    r"gas (?:cylinders?|leaks?|explosions?|tanks?)|boilers?|"
    # a vehicle off the road, a poison that leaked (not one spread by anyone: a hostile act or doer rules this out)
    r"plung(?:es|ed|ing) (?:into|off|down)|veered off|skidded|lost control|"
    r"(?:leak(?:ed|ing|age)?|spill(?:ed)?) (?:of |from )?(?:an? |the )?(?:\w+ )?(?:gas|chlorine|ammonia|chemicals?|tank|pipe|cylinder)s?|fireworks|tankers?|chemical (?:plant|factory|spill|leak)s?|"
    # a blast where goods are made or kept, no weapon named: an industrial accident
    rf"(?:{_WORKS}) (?:blast|explosion|fire)s?|"
    rf"(?:blast|explosion|fire)s?\b[^.;]{{0,30}}?\b(?:at|in|ripped through|tore through) (?:an? |the )?(?:\w+ )?(?:{_WORKS})|"
    r"(?:tree|wall|roof|bridge|crane)s? (?:fell|collapsed)|"
    r"cholera|measles|malaria|meningitis|ebola|virus(?:es)?|flu|influenza|covid(?:-19)?|coronavirus|pandemic|"
    r"epidemics?|outbreaks?|diseases?|fever|tuberculosis|polio|diphtheria|mpox|dengue|plague|H\dN\d|"
    r"inondations?|séisme|tremblement de terre|noyés?|effondrement|accident de la route|éboulement|épidémie|"
    # the same accidents told in French: a blast in a works, gas bottles, a tanker lorry, a boat or train lost
    r"(?:explosion|incendie|déflagration)s?\b[^.;]{0,30}?\b(?:dans|à|d[’']) ?(?:une |un |l[’']|la |le )?"
    r"(?:usine|raffinerie|entrepôt|dépôt|station-service|atelier|mine)|feux d[’']artifice|"
    r"(?:bonbonnes?|bouteilles?) de gaz|camions?-citernes?|fuite de (?:gaz|produits?)|naufrage|chavir\w+|déraill\w+)\b",
    re.IGNORECASE,
)
# wild animals as the doers ("trampled by an elephant", "their pirogue was attacked by a hippopotamus"): nature,
# whatever verb of attack the sentence uses
ANIMALS = re.compile(
    r"\b(?:hippopotam(?:us|i|uses)|hippos?|elephants?|crocodiles?|lions?|leopards?|hyenas?|snakes?|cobras?|"
    r"wild (?:animals?|boars?|dogs)|swarms? of bees|buffalo(?:es)?|sharks?|stray dogs)\b")  # (lower case: "Lions Gate",
# "Buffalo state" are names; ``_animal_doer`` lowers a sentence's first letter)

# the hostile words that a natural cause does not explain away ("an attack on a cholera centre")
HOSTILE = re.compile(
    r"\b(?:attack(?:ed|s|ers)?|ambush(?:ed|es)?|stormed|raid(?:ed|s)?|abduct(?:ed|ion)|kidnapp(?:ed|ing)|gunfire|gunshots?|"
    r"shot|shooting|opened fire|fired on|fight(?:ing|s)?|fought|clash(?:es|ed)?|battles?|violence|"
    r"attaqu(?:e|é|ée|és|ent)|tirs?|combats?)\b",
    re.IGNORECASE,
)

# objects that no violence can reach: a violent verb governing one is a figure of speech
# ("fought the project in court", "attacked the budget", "fighting AIDS", "hacked official emails")
FIGURATIVE_OBJECTS = frozenset(
    "plan plans project projects policy policies proposal proposals decision decisions budget budgets bill bills law "
    "laws idea ideas ruling rulings case claims allegations reform reforms tax taxes ban deal deals record records "
    "corruption poverty hunger inflation unemployment disease diseases malaria aids hiv cancer virus epidemic "
    "pandemic emails email website websites account accounts server servers network "
    "networks system systems computer computers data database election results charges charge verdict "
    "sentence appeal lawsuit battles battle "
    # an economy's ills ("the central bank battles dollar scarcity", "fighting rising prices")
    "scarcity shortage shortages shortfall shortfalls deficit deficits debt debts prices costs recession slump "
    "volatility headwinds".split()
)
# the same in French: the English words above are no figure there (« incendié les cases »: a hut is a « case »), nor
# is a website (« un site aurifère » is a gold-mining site)
FIGURATIVE_OBJECTS_FR = frozenset(
    "plan plans projet projets politique politiques proposition propositions décision décisions budget budgets loi "
    "lois idée idées réforme réformes taxe taxes impôt impôts corruption pauvreté faim inflation chômage maladie "
    "maladies paludisme sida vih cancer virus épidémie pandémie courriel courriels compte comptes serveur "
    "serveurs système systèmes ordinateur ordinateurs données élection résultats accusation accusations verdict peine "
    "appel procès charge charges".split()  # (« pris en charge »)
)
_FIGURATIVE = {"en": FIGURATIVE_OBJECTS, "fr": FIGURATIVE_OBJECTS_FR}
# a fire is a figure's object only for a fight word ("firefighters fought the blaze"): "exchanged fire", "opened
# fire", "returned fire" are gunfire
FIRE_OBJECTS = frozenset("fire fires blaze blazes flames wildfire wildfires".split())
FIRE_FIGHTS = frozenset("fight battle combat tackle".split())
# nouns of courts and lawsuits that make a "battle", a "fight" a figure ("a legal battle with the company")
FIGURATIVE_MODIFIERS = frozenset("legal court judicial political electoral uphill lonely long-running".split())

# words of a court's or a jury's finding, and of charges: the violence under them is their matter
VERDICT_VERBS = frozenset("uphold overturn quash jail convict charge plead testify sue".split())
VERDICT_NOUNS = frozenset(
    "conviction convictions appeal appeals ruling judgment judgement jury jurors charge charges "
    "guilty murder inquest coroner lawsuit".split()
)
_MAX_DEPTH = 8


@dataclass(frozen=True)
class DocumentScope:
    """What the whole text says about scope, read once per document (``DocumentCache.scope``) instead of once
    per violent mention: a crime story's procedure, an armed party or a political motive anywhere, an accident
    said, and a hostile act left in the text once the words that rule one out are set aside."""

    crime_story: bool
    armed_party: bool
    political_motive: bool
    accident_said: bool
    hostile_beyond_accident: bool

    @classmethod
    def read(cls, document: str) -> "DocumentScope":
        accident_said = ACCIDENT_SAID.search(document) is not None
        return cls(crime_story=CRIME_STORY.search(document) is not None,
                   armed_party=ARMED_IN_TEXT.search(document) is not None,
                   political_motive=POLITICAL_MOTIVE.search(document) is not None,
                   accident_said=accident_said,
                   hostile_beyond_accident=accident_said and HOSTILE.search(ACCIDENT_SAID.sub(" ", document)) is not None)


def _document_scope(ctx: Context) -> DocumentScope:
    if ctx.cache.scope is None:
        ctx.cache.scope = DocumentScope.read(ctx.document.text)
    return ctx.cache.scope


def scope_doubts(ctx: Context, s: Sentence, tok, event_type: str) -> list[str]:
    """The doubts a violent label of ``event_type`` takes when sentence ``s`` tells harm outside ACLED's scope;
    ``tok``: the trigger token (or None).  A crime reading needs no armed party in the sentence (words, or an
    organised actor of the base other than the police) nor in the whole text (a story about an insurgency that
    mentions a suspect), and a crime's words in the sentence or a crime story's procedure in the text; a natural
    cause needs no armed doer, weapon or hostile act in the sentence (a wild animal as the doer, no armed one)."""
    if event_type not in VIOLENT:
        return []
    text, doubts = s.text, []
    whole = _document_scope(ctx)
    # two communities fighting over a field or a well are ACLED's communal militias, whatever quarrel began it
    if (CRIME.search(text) or ORGANISED_CRIME.search(text) or PERSONAL_MOTIVE.search(text) or whole.crime_story) \
            and not NOT_CRIME.search(text) and not communities_fighting(text) \
            and not whole.armed_party and not organised_actor(ctx, s) and not gang_violence(text):
        doubts.append("crime")  # (a gang's own deed is an armed party's: ``gang_violence``)
    if not NOT_NATURE.search(text) and (NATURAL_CAUSE.search(text) and not HOSTILE.search(text) or _animal_doer(text)) \
            or _said_accident(text, whole):
        doubts.append("natural_cause")
    if "crime" not in doubts and tok is not None and private_doer(tok) and not whole.armed_party \
            and not communities_fighting(text) \
            and not whole.political_motive and not organised_actor(ctx, s):
        doubts.append("crime")
    if tok is not None and figurative(tok, ctx.language):
        doubts.append("figurative")
    if tok is not None and under_verdict(tok):
        doubts.append("verdict")
    if tok is not None and under_diplomacy(tok):
        doubts.append("diplomatic")
    return doubts


# kinds of event outside ACLED an armed doer's hostile deed is not (bandits who attack a village, fighters who ambush a convoy)
CRIME_AND_DISASTERS = frozenset(("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER"))


def armed_deed(text: str, label: str) -> frozenset[str]:
    """The labels outside ACLED (crime, disasters) that do not rival the violent ``label`` in sentence ``text``
    because it names an armed doer or a weapon of war and a hostile act ("Armed bandits attacked the village…",
    "Soldiers clashed with traffickers…"): who acted decides, not the model's reading of "bandits" or "flood"."""
    coded = acled_of(label)
    if coded is None or coded[0] not in VIOLENT or not ARMED_PARTY.search(text) or not HOSTILE.search(text):
        return frozenset()
    return CRIME_AND_DISASTERS


# the labels outside ACLED that tell who did a deed, not another event
BLAME_LABELS = frozenset(("ATTRIB",))


def blame_told_apart(s: Sentence, cues: dict, label: str) -> bool:
    """Whether the blame in sentence ``s`` is a second statement after a semicolon that closes the deed's
    clause ("At least 40 civilians were killed; the attack was attributed to JNIM", "…; the killing was
    blamed on X"), as notes write it: the parse makes the deed a complement of "attributed", which would
    read the sentence as a blame instead of the event it names."""
    if label not in cues or not BLAME_LABELS & set(cues):
        return False
    deed = cue_token(s, cues[label])
    blames = [cue_token(s, cues[lab]) for lab in BLAME_LABELS if lab in cues]
    semicolons = [t.i for t in s.sent if t.text == ";"]
    return deed is not None and any(b is not None and any(deed.i < i < b.i for i in semicolons) for b in blames)


def blame_on_the_deed_noun(s: Sentence, cues: dict) -> bool:
    """Whether the blame in sentence ``s`` is a participle hung on a noun of its main clause ("14 civilians were killed
    in an attack on Sebba attributed by local sources to ISGS", "a raid blamed on JNIM left 5 dead"): the blame says
    whose the deed is, and the sentence tells the deed itself, which the model's next ACLED label names (the parser
    may hang the participle on the place after the deed's noun: "an attack on Sebba (Yagha, Sahel) attributed …")."""
    for lab in BLAME_LABELS:
        blame = cue_token(s, cues[lab]) if lab in cues else None
        if blame is not None and blame.dep_ == "acl" and blame.tag_ == "VBN" and blame.head.pos_ in ("NOUN", "PROPN") \
                and in_main_clause(clause_verb(blame.head)):
            return True
    return False


# A coder's note that opens on its date and claims a deed as new ("On 4 May 2024, JNIM claimed responsibility
# for an attack on a FAMa base in Boulkessi") reports that deed: ACLED codes the claimed attack, with the
# claimant as its author.  A claim of "the attack" refers back to a deed told elsewhere, and a claim in a
# later sentence or in a text that does not open on a date (a news snippet) stays a statement of authorship.
NOTE_OPENING = re.compile(r"^\s*(?:On|Around|Between|During|Overnight)\b[^,.;]{3,60}\d[^,.;]{0,20},\s*")
CLAIMED_NEW_DEED = re.compile(
    r"\bclaim(?:ed|s)\s+(?:responsibility|credit)\s+for\s+(?:an?|two|three|four|five|several|\d+)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|ambush(?:es)?|assaults?|raids?|bombings?|strikes?|killings?|kidnappings?|"
    r"abductions?|executions?)\s+(?:on|against|in|near|at|targeting|that|which|,)",
    re.IGNORECASE)


def _blames_a_violent_deed(cues: dict, label: str) -> bool:
    """Whether a sentence whose ``cues`` include a blame or a claim also tells a deed of the violent kind ``label``."""
    coded = acled_of(label)
    return bool(BLAME_LABELS & set(cues)) and coded is not None and coded[0] in VIOLENT


def claimed_in_note(s: Sentence, cues: dict, label: str) -> bool:
    """Whether sentence ``s`` is a note's dated lead that claims a new deed of the violent kind ``label``
    names (``CLAIMED_NEW_DEED``): the claim is how the note tells the event, not a blame beside it."""
    if s.index != 0 or not _blames_a_violent_deed(cues, label):
        return False
    opening = NOTE_OPENING.match(s.text)
    return opening is not None and CLAIMED_NEW_DEED.search(s.text, opening.end()) is not None



# a claim of a deed named by its day ("JNIM has claimed Thursday's attack on an army detachment in Sebba", "claimed
# responsibility for the weekend attack in western Niger that killed 31 civilians"): the day makes it this week's news
_CLAIMED_DAYS_DEED = re.compile(
    r"\bclaim(?:ed|s)\s+(?:(?:responsibility|credit)\s+for\s+)?(?:the\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?:\s+night)?['’]s|(?:last\s+)?weekend['’]?s?|last\s+week['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|ambush(?:es)?|assaults?|raids?|bombings?|massacres?|killings?)\s+(?:on|against|in|near|at|targeting|"
    r"that|which)\b", re.IGNORECASE)


def claimed_dated_deed(s: Sentence, cues: dict, label: str, told_before: bool) -> bool:
    """Whether sentence ``s``, before the document has told any event, claims a new deed with its own day
    (``CLAIMED_NEW_DEED``: "JNIM claimed responsibility for a raid on a military base … on Tuesday") or named by its
    day (``_CLAIMED_DAYS_DEED``): a relay's lead telling the news as the claim, as a coder's dated note does
    (``claimed_in_note``).  An undated claim of "the attack", or one told after the deed, is a statement of authorship."""
    if told_before:
        return False
    if _CLAIMED_DAYS_DEED.search(s.text) is not None:  # the claim's own words, whether or not a cue read them as one
        coded = acled_of(label)
        return coded is not None and coded[0] in VIOLENT
    if not _blames_a_violent_deed(cues, label):
        return False
    claim = CLAIMED_NEW_DEED.search(s.text) or CLAIMED_DEED_OF_PEOPLE.search(s.text)
    return claim is not None and DEED_DAY.search(s.text, claim.end()) is not None


# a claim that tells the deed it claims in a relative clause of its own, with the deed's parties or day: « le FLA a
# revendiqué des combats qui ont opposé mardi ses combattants à une colonne de l'armée », « le JNIM a revendiqué
# l'attaque qui a visé dimanche le poste de X », « … l'attaque menée dimanche contre le camp militaire de X »: the
# claim is how the relay tells the news, not a blame beside it; where and how it was claimed may stand between the
# verb and its deed (« a revendiqué, dans un communiqué diffusé jeudi soir par sa plateforme de propagande az-Zallaqa,
# l'attaque menée le matin même contre le camp … »)
CLAIMED_DEED_TOLD = re.compile(
    r"\brevendiqu\w*\b[^.;]{0,160}?\b(?:attaques?|combats?|affrontements?|accrochages?|embuscades?|assauts?|"
    r"attentats?|raids?|offensives?)\s+(?:(?:[\w'’-]+\s+){0,3}?qui\s+(?:a|ont|avait|avaient)\s+"
    r"(?:\w+\s+){0,2}?(?:opposé|visé|ciblé|frappé|touché|tué|coûté|fait)\b|"
    # or a participle with the deed's target: « a revendiqué l'attaque menée dimanche contre le camp militaire de X »
    r"(?:menée|lancée|perpétrée|conduite|tendue|commise)s?\s+(?:[\w'’-]+\s+){0,5}?(?:contre|sur|visant)\s)",
    re.IGNORECASE)


def claimed_deed_told(s: Sentence, cues: dict, label: str) -> bool:
    """Whether sentence ``s`` claims a violent deed of the kind ``label`` that its relative clause tells
    (``CLAIMED_DEED_TOLD``)."""
    return _blames_a_violent_deed(cues, label) and CLAIMED_DEED_TOLD.search(s.text) is not None


# a blast the text calls an accident, or whose attack it rules out ("exploded prematurely", "officials said it was
# an accident", "ruled out an attack and blamed the heat"); "ruled out an accident" says the opposite
ACCIDENT_SAID = re.compile(
    r"(?<!ruled out an )(?<!not an )(?<!\bno )\b(?:accident(?:al|ally|s)?|prematurely|by accident)\b|"
    r"\b(?:ruled out|dismissed|excluded) (?:an? |any )?(?:attack|sabotage|foul play|terrorism|act of \w+)\b|"
    r"\b(?:was|is) not an attack\b|\bno (?:sign|evidence|indication) of (?:an? )?(?:attack|sabotage|foul play)\b|"
    r"\b(?:blamed|caused by|because of|due to) (?:the )?(?:heat|high temperatures|a fire|an electrical fault|"
    r"a short circuit|lightning|poor storage|negligence)\b",
    re.IGNORECASE,
)
# what an accident does not explain away: an armed doer, or a weapon someone set off or fired (stored shells and
# ammunition are neither: a depot of them can blow up by itself)
SET_OFF = re.compile(
    rf"\b(?:{ARMED_DOERS}|bombs?|bombings?|bomber|IEDs?|explosive devices?|landmines?|grenades?|drones?|"
    r"air ?strikes?|airstrikes?|warplanes?|missiles?|rockets? fired|ambush(?:ed)?)\b", re.IGNORECASE)


def said_accident(text: str, document: str) -> bool:
    """Whether the harm in sentence ``text`` is a blast or a fire the text calls an accident: the document says so
    (``ACCIDENT_SAID``), nobody in the sentence set a weapon off, and no hostile act is left once the words that
    rule one out are set aside ("ruled out an attack")."""
    return _said_accident(text, DocumentScope.read(document))


def _said_accident(text: str, whole: DocumentScope) -> bool:
    if not whole.accident_said or SET_OFF.search(text):
        return False
    return not HOSTILE.search(ACCIDENT_SAID.sub(" ", text)) and not whole.hostile_beyond_accident


# one private person as the doer ("a man armed with a knife", "a 15-year-old pupil", "a drunk guest"): with no armed
# party and no political motive anywhere in the text, the harm is a crime, whatever the verb
PRIVATE_PERSONS = frozenset(
    "man woman youth teenager pupil student schoolboy schoolgirl boy girl guest husband wife father mother son "
    "daughter neighbour neighbor driver worker employee passenger customer patient tenant landlord rapper singer "
    "actor actress footballer player boxer celebrity musician businessman intruder stranger guard watchman fan "
    "spectator".split())
POLITICAL_MOTIVE = re.compile(
    r"\b(?:allegiance|islamist|jihad\w*|terror\w*|extremis\w*|radicali[sz]ed|claimed (?:responsibility|the attack)|"
    r"political|sectarian|ethnic|communal|separatis\w*|rebellion|insurgency|militias?|armed groups?|"
    r"security forces|police station|checkpoint|suicide|explosives?|detonat\w+|blew (?:himself|herself) up)\b",
    re.IGNORECASE)


def private_doer(tok) -> bool:
    """Whether the trigger's clause has one private person as its doer: the active subject is a singular person
    noun of ``PRIVATE_PERSONS`` introduced by "a"/"an" ("A man … stabbed four people", "A pupil opened fire"), or
    the agent of a passive one ("was attacked by an intruder")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    # the clause the trigger heads, and those it reports ("police said a man shot …" read from "said")
    verbs = [verb, *(c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB")]
    doers = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    doers += [g for v in verbs for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not doers:  # a parse that lost the subject: the sentence's opening noun when nothing governs it
        opening = next((t for t in tok.sent if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
        doers = [opening] if opening is not None and opening.dep_ in ("dep", "ROOT", "nsubj") else []
    for subject in doers:
        if subject.lemma_.lower() in PRIVATE_PERSONS and subject.tag_ == "NN" \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
            return True
    return False


def _animal_doer(text: str) -> bool:
    return ANIMALS.search(text[:1].lower() + text[1:]) is not None


def organised_actor(ctx: Context, s: Sentence) -> bool:
    """Whether the sentence names an armed, organised actor of the base, the police aside."""
    for a in actors_in(ctx, s):
        kind = actor_kind(ctx, a.actor_id)
        if kind in ARMED_NON_STATE_KINDS or kind == "state_forces" and "police" not in a.actor_id:
            return True
    return False


def _figurative_object(tok, obj, language: str) -> bool:
    lemma, lower = obj.lemma_.lower(), obj.lower_
    if lemma in FIRE_OBJECTS or lower in FIRE_OBJECTS:
        return tok.lemma_.lower() in FIRE_FIGHTS
    words = _FIGURATIVE.get(language, FIGURATIVE_OBJECTS)
    return lemma in words or lower in words


def _compound_head(tok):
    """The noun a chain of compound words ends on ("battles dollar scarcity" → scarcity)."""
    head = tok.head
    while head.dep_ == "compound" and head.head is not head and head.i - tok.i < 6:
        head = head.head
    return head


def figurative(tok, language: str = "en") -> bool:
    """Whether the violent word ``tok`` governs (or is modified by) something no violence reaches: "fought the
    project", "attacked the budget", "a legal battle", "the fight against malaria"."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                for g in c.children if g.dep_ == "pobj"]
    if objects:
        return all(_figurative_object(tok, o, language) for o in objects)
    if tok.dep_ == "compound" and _figurative_object(tok, _compound_head(tok), language):
        return True  # a headline's verb parsed as a noun before its object ("as CBN battles dollar scarcity")
    if tok.pos_ == "NOUN":
        return any(c.dep_ == "amod" and c.lower_ in FIGURATIVE_MODIFIERS for c in tok.children)
    return False


def under_verdict(tok) -> bool:
    """Whether the trigger hangs (through the parse) on a court's or a jury's act: "upheld the conviction of two
    men for the bombing", "found guilty of murdering", "charged with attempted murder after a student was knifed"."""
    for depth, anc in enumerate([tok, *tok.ancestors]):
        if depth >= _MAX_DEPTH:
            break
        lemma, lower = anc.lemma_.lower(), anc.lower_
        if anc.pos_ in ("VERB", "AUX") and (lemma in VERDICT_VERBS and _accusing_form(anc) or any(
                c.lower_ in ("guilty", "jailed", "convicted", "charged") for c in anc.children)):
            return True
        if depth and anc.pos_ in ("NOUN", "PROPN", "ADJ") and (lower in VERDICT_NOUNS or lemma in VERDICT_NOUNS):
            return True
    return False


# what a charge is brought with or for ("charged with murder", "charged two men over the killing"); police who
# "lathi-charged", "baton-charged" or "charged at" a crowd use force, they accuse nobody
CHARGE_PREPOSITIONS = frozenset("with over for".split())


def _accusing_form(verb) -> bool:
    """Whether a verdict verb is used as a court's or a prosecutor's act: "charge" only with what the charge is
    (``CHARGE_PREPOSITIONS``); the other verdict verbs always."""
    if verb.lemma_.lower() != "charge":
        return True
    return any(c.dep_ == "prep" and c.lower_ in CHARGE_PREPOSITIONS for c in verb.children)
