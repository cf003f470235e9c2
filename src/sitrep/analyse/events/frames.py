"""Violence told as the matter of another act: a trial, a charge, an inquiry, a verdict, a condemnation,
a work (a film, a novel) or a rehearsal (a drill, an exercise), or a count over months, or recalled years later;
and violence inside a household, which is crime.

News that is not ACLED's (court reporting, diplomacy, human-rights reports, analysis) names violence
without reporting an incident: "a court sentenced three men for their role in the 2015 attack",
"the trial of soldiers accused of killing civilians opened", "prosecutors opened an investigation into
the ambush", "the ICC confirmed charges of torture and rape", "the US condemned the massacre",
"soldiers executed dozens of civilians in the past six months".  The signal is the sentence's
structure, not its words for violence: the trigger hangs (through the parse) on a verb or noun of a
judicial or diplomatic act, or the sentence counts over a period instead of telling a dated incident.
Each is a doubt (``event_sentences``): it lowers the mention's confidence under the floor unless other
evidence holds it, and the short-text last resort does not overrule it.
"""

from __future__ import annotations

import re

from sitrep.analyse.events.types import EXPLOSIONS, VIOLENT
from sitrep.analyse.events.weapons import HURT
from sitrep.knowledge.armed_people import armed_forms


# acts of courts and prosecutors, and reactions of governments and bodies: their object is an event
# told before, not a new one
FRAME_VERBS = frozenset(
    "sentence convict acquit indict prosecute investigate probe jail imprison arraign extradite "
    # a denial: the deed is the matter of who denies it ("denied that its warplanes had bombed a school")
    "deny démentir nier "
    "condemn deplore mourn commemorate "
    # a comment on the deed, or none ("the Russian Defence Ministry has not commented on the fighting")
    "comment commenter "
    # depictions and rehearsals: a film that shows soldiers storming a village, troops who simulate an assault
    "depict portray dramatise dramatize simulate rehearse stage "
    "condamner juger inculper acquitter enquêter déplorer commémorer simuler représenter "
    # a witness's account under oath ("testified that gunmen stormed the mall in 2013", « a témoigné »)
    "testify témoigner".split()
)
# a telling made to a court ("witnesses told the High Court how gunmen stormed the mall", "recounted to the tribunal",
# « a raconté au tribunal »): testimony about past violence, the hearing the news (not "told reporters", not "said")
TESTIMONY_VERBS = frozenset("tell recount narrate describe recall relate raconter décrire relater".split())
COURT_NOUNS = frozenset("court courts tribunal jury judge judges magistrate magistrates hearing inquiry commission "
                        "cour tribunal jury juge juges magistrat audience".split())
# nouns of the same acts ("the trial of soldiers accused of …", "an investigation into the ambush",
# "charges of torture", "their role in the attack", "the anniversary of the massacre")
FRAME_NOUNS = frozenset(
    "trial trials investigation investigations inquiry inquiries probe charges indictment verdict hearing "
    "prosecution lawsuit role anniversary commemoration memorial condolences "
    # (a share in a deed told as an arrest's or a charge's matter: "arrested over their involvement in the bombing";
    # not "in connection with", which CASE's own snippets also use to tell the deed itself)
    "involvement complicity "
    "procès enquête enquêtes inculpation verdict audience anniversaire commémoration "
    # works and exercises whose matter is violence: no incident happened ("a novel about the massacre",
    # "a drill in which troops repelled a mock attack")
    # (not "series" nor "play": "a series of attacks", "foul play")
    "film films movie documentary novel book exhibition painting drill drills exercise exercises "
    "simulation manoeuvres maneuvers "
    "documentaire roman livre pièce exposition exercice exercices simulation manœuvres".split()
)
# a count over a period ("in the past six months", "over the last decade", "so far this year"): a
# tally, not an incident ACLED would code ("since 2012" is not one: "for the first time since 2012")
PERIOD_COUNT = re.compile(
    r"\b(?:in|over|during|within) the (?:past|last|previous) (?:(?:few|several|two|three|four|five|six|seven|eight|"
    r"nine|ten|twelve|\d+) )?(?:days|weeks|months|years|decades?)\b"
    r"|\bso far this year\b|\bau cours des (?:derniers|dernières) \w+\b|\bdepuis le début de l'année\b",
    re.IGNORECASE,
)
# violence told as years past ("three years after the massacre", "ten years after the murder"): a
# recollection, not the news ("raped about five months ago" is a snippet's news, told late; weeks and
# days are how notes tell sequels)
YEARS_PAST = re.compile(
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few) (?:years?|decades?) "
    r"(?:after|since|later)\b|\bans après\b",
    re.IGNORECASE,
)
# violence inside a household or between lovers: a crime ACLED does not code ("shot his wife and two children
# before turning the gun on himself", « a tué sa femme »), unless an armed group's word is in the sentence (a
# soldier or a policeman who kills his wife is no party to a conflict either: the police say, they do not fight)
_KIN = (r"wi(?:fe|ves)|husband|ex-(?:wife|husband)|child(?:ren)?|sons?|daughters?|mother|father|parents|brothers?|"
        r"sisters?|girlfriend|boyfriend|partner|fianc[ée]e?|famil(?:y|ies)|in-laws|stepfather|stepmother")
INTERPERSONAL = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|shot|shoot(?:ing|s)?|stabb(?:ed|ing)|murder(?:ed|ing|s)?|strangl(?:ed|ing)|beat(?:en|ing)?|"
    r"hack(?:ed|ing)|attack(?:ed|ing))\s+(?:\w+\s+)?(?:his|her|their)\s+(?:own\s+)?(?:\w+\s+)?(?:" + _KIN + r")\b"
    r"|\b(?:turn(?:ed|ing)? the gun on|killed|shot) (?:him|her|them)sel(?:f|ves)\b|\bdomestic (?:dispute|violence|row|quarrel)\b"
    r"|\bcrime of passion\b|\bfemicide\b|\ba (?:tué|poignardé|abattu|égorgé) (?:sa|son|ses) (?:femme|épouse|mari|enfants?|fils|fille|"
    r"mère|père|frère|sœur|compagne|compagnon)\b|\bdrame (?:familial|conjugal)\b|\bféminicide\b",
    re.IGNORECASE,
)
# armed doers outside the state ("militants attacked troops on exercise"): no drill, household or accident
# explains their deed away (the armed-people lexicon's hostile words)
ARMED_WORDS = re.compile(r"\b(?:" + armed_forms("hostile") + r")\b", re.IGNORECASE)
# harm done by mistake ("accidentally shot a colleague while cleaning his weapon", « une balle perdue »)
ACCIDENTAL = re.compile(r"\baccident(?:al|ally)\b|\bby accident\b|\bstray bullet\b|\bmisfired?\b|\bpar accident\b|"
                        r"\baccidentel(?:le)?(?:ment)?\b|\bballe perdue\b", re.IGNORECASE)
# a hostile act inside which a stray bullet or a mistake is no accident ("killed by a stray bullet during an attack",
# "when shots were fired"), and a crowd dispersed by force ("killed by a stray bullet as police dispersed residents
# protesting", « tué par une balle perdue lors de la dispersion des manifestants »): the harm is the act's
HOSTILE_SETTING = re.compile(
    r"\b(?:attacks?|attacked|clash(?:es|ed)?|exchanged? (?:of )?fire|exchanges of fire|shots were fired|gunfire|"
    r"fighting|raid(?:s|ed)?|ambush(?:es|ed)?|attaques?|affrontements?|échanges? de tirs|combats?|"
    r"dispers(?:e|ed|es|ing|al)|broke up|break up|crack(?:ed)? down|"
    r"dispers(?:er|é|ée|és|ées|ion|aient|ait)|réprim\w*)\b", re.IGNORECASE)
# a strike or a blast, which a mistake does not undo ("an airstrike accidentally killed civilians")
# (the munitions fired from afar are weapons too: "two Katyusha rockets landed near the embassy, the military said in a
# statement" is no figure of speech for being told in a statement)
STRIKE_WORDS = re.compile(r"\b(?:air ?strikes?|air raids?|drones?|shell(?:s|ing|ed)|bomb(?:s|ing|ed)?|IEDs?|mines?|"
                          r"rockets?|missiles?|mortars?|artillery|"
                          r"frappes?|bombardements?|obus|roquettes?|mortiers?|artillerie)\b", re.IGNORECASE)
# words told with a word of violence ("attacked the minister in parliament, accusing him of…", "a blistering
# attack on his rival, calling his promises lies"): the attack is a speech; and a fight against a plague of
# nature ("battling a locust invasion"): both figures of speech, no incident (unless someone is hurt or armed)
SPEECH_LEMMAS = frozenset("accuse call brand describe dismiss label say claim denounce criticise criticize blame "
                          "question mock ridicule deride insist argue warn urge accuser traiter qualifier dénoncer".split())
VERBAL_SETTING = re.compile(
    r"\b(?:in (?:a|an|his|her|their|its) (?:[\w-]+ )?(?:speech|statement|interview|address|post|tweet|column|editorial|"
    r"op-ed|letter)|in (?:parliament|the assembly|the senate|a debate)|on (?:twitter|facebook|social media|television|"
    r"the radio)|at a (?:press|news) conference|verbal(?:ly)?|blistering|scathing|withering|stinging|fiery)\b",
    re.IGNORECASE)
PLAGUES = frozenset("locust locusts pest pests infestation infestations armyworm armyworms swarm swarms drought "
                    "droughts desertification erosion weeds criquets sécheresse".split())
# what makes violence bodily, not a figure of speech: a blow by hand or blade (English surface forms of ``harm_verbs``'
# hurting verbs, any tense), a sexual assault, fire, a weapon or a uniformed party; killing and wounding are ``HURT``
BODILY_HARM = re.compile(r"\b(?:shot|shoot(?:ing)?|stabb(?:ed|ing)|beat(?:en|ing)?|lynch\w*|whipp\w*|flogg\w*|punch\w*|"
                         r"slapp\w*|set (?:fire|ablaze)|burn(?:ed|t)|gun|guns|knife|machetes?|soldiers?|troops|police\w*|"
                         # people carried off by hand ("took away three young men …, accusing them of theft")
                         r"took (?:\w+ )?away|led away|carried off|dragged|abduct\w*|kidnapp\w*|chained|tied up|"
                         # a sexual assault is bodily whatever was also said ("verbally abused her and molested her")
                         r"molest\w*|rap(?:e|ed|es|ing)|gang-rap\w*|sexual(?:ly)? (?:assault|abus)\w*|viol(?:é|ée|és|ées|s)?|"
                         # French: people executed, shot, stabbed, burned (« ils ont exécuté deux bergers, les accusant de »), and the
                         # uniformed party (« soldats », « militaires »)
                         r"exécutée?s?|égorgée?s?|abattue?s?|fusillée?s?|poignardée?s?|lynchée?s?|décapitée?s?|"
                         r"tiré sur|soldats?|militaires)\b",
                         re.IGNORECASE)


def figure_of_speech(text: str, tok) -> bool:
    """Whether the trigger ``tok`` is a word of violence used for words spoken (its clause carries a verb of
    saying, or the sentence sets it in a speech, a parliament, a post) or for a fight against a plague of nature,
    in a sentence that tells nobody hurt, no weapon and no armed or uniformed party."""
    if tok is None or any(r.search(text) for r in (HURT, ARMED_WORDS, STRIKE_WORDS, BODILY_HARM)):
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok)
    spoken = VERBAL_SETTING.search(text) is not None or any(
        c.dep_ in ("advcl", "xcomp", "conj", "ccomp") and c.lemma_.lower() in SPEECH_LEMMAS for c in verb.children)
    plague = any(t.lemma_.lower() in PLAGUES or t.lower_ in PLAGUES
                 for c in verb.children if c.dep_ in ("dobj", "obj", "prep") for t in c.subtree)
    return spoken or plague


# a store of munitions, fuel or gas that blew up by itself ("an ammunition depot exploded after a fire"): an
# accident unless someone's hostile act is told (an attack, a strike, a sabotage, an armed group)
STORE_BLAST = re.compile(r"\b(?:ammunition|munitions?|arms|weapons?|fuel|gas|oil|fireworks?|explosives?|chemicals?) "
                         r"(?:depots?|dumps?|stores?|warehouses?|stockpiles?|tanks?|factor(?:y|ies)|plants?|cylinders?)\b"
                         r"|\b(?:a|the) (?:firework|firecracker)s?\b|\bpétards?\b",  # (one that blew up in a hand)
                         re.IGNORECASE)
HOSTILE = re.compile(r"\b(?:attack\w*|struck|strikes?|target\w*|sabotag\w*|drones?|shell(?:s|ed|ing)|bomb\w*|rockets?|"
                     r"missiles?|blew up|set fire|claimed)\b", re.IGNORECASE)
_BLAST_LEMMAS = frozenset("explode explosion blast blow burst fire".split())


def store_blew_up(text: str, tok) -> bool:
    """Whether the trigger tells a store of munitions, fuel or gas exploding, with no hostile act told."""
    return tok is not None and tok.lemma_.lower() in _BLAST_LEMMAS and STORE_BLAST.search(text) is not None \
        and not HOSTILE.search(text) and not ARMED_WORDS.search(text)


# how far up the parse a frame word may govern the trigger
_MAX_DEPTH = 8


def framed(tok) -> bool:
    """Whether the trigger ``tok`` hangs on a verb or noun of a judicial or diplomatic act (the
    act is the sentence's news, the violence its matter)."""
    if tok is None:
        return False
    prev = tok
    for depth, anc in enumerate(tok.ancestors):
        if depth >= _MAX_DEPTH or prev.dep_ == "conj" and prev.pos_ in ("VERB", "AUX") and anc.pos_ in ("VERB", "AUX"):
            # a verb coordinated with the frame's is its own clause ("probed the defences and exchanged fire"); one
            # the parse hangs on a modifier ("shooting shoppers at random and throwing grenades") is still inside it
            break
        prev = anc
        lemma, lower = anc.lemma_.lower(), anc.lower_
        if anc.pos_ in ("VERB", "AUX") and (lemma in FRAME_VERBS or any(
                c.dep_ in ("dobj", "obj") and c.lower_ in FRAME_NOUNS for c in anc.children)):
            return True  # (or a frame noun as its object: "opened an investigation into the ambush")
        if anc.pos_ in ("NOUN", "PROPN") and (lower in FRAME_NOUNS or lemma in FRAME_NOUNS or _earlier_deed_connected(anc)):
            return True
        if anc.pos_ == "VERB" and lemma in TESTIMONY_VERBS and _told_to_a_court(anc):
            return True
    return False


# a deed dated before the news it is told in ("last month", "last year", "two weeks ago", "earlier this month")
_EARLIER = re.compile(r"\b(?:last|previous) (?:week|month|year|weekend)\b|\b(?:weeks?|months?|years?) ago\b|"
                      r"\bearlier this (?:week|month|year)\b|\b(?:le mois|la semaine|l['’]année) derni(?:er|ère)\b|\bil y a \w+ (?:jours|semaines|mois|ans)\b",
                      re.IGNORECASE)


def _earlier_deed_connected(noun) -> bool:
    """Whether ``noun`` is "connection" (« lien ») governing a deed dated before the news ("arrested two men in connection
    with the grenade attack on a CRPF bunker last month"): the arrest is the news, the dated deed its matter; a deed
    with no date of its own in "in connection with" is as often the snippet's news itself, and stays one."""
    if noun.lemma_.lower() not in ("connection", "lien"):
        return False
    return _EARLIER.search(noun.sent.text[noun.idx - noun.sent.start_char:]) is not None  # (the parse may hang the date on the arrest)


def _told_to_a_court(verb) -> bool:
    """Whether a verb of telling has a court as its hearer ("told the court", "recounted to the tribunal")."""
    hearers = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative", "iobj", "obl")]
    hearers += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "before", "à", "devant")
                for g in c.children if g.dep_ in ("pobj", "obj")]
    return any(h.lower_ in COURT_NOUNS or h.lemma_.lower() in COURT_NOUNS for h in hearers)


def counted_over_a_period(text: str) -> bool:
    """Whether the sentence counts over a period instead of telling a dated incident."""
    return PERIOD_COUNT.search(text) is not None


def frame_doubts(text: str, tok, event_type: str) -> list[str]:
    """The doubts a label of ``event_type`` takes when its sentence tells it as another act's matter, or as an
    accident (any type but a strike or a hostile blast: "an airstrike accidentally killed civilians" is a strike)."""
    # (an explosion's label alone is no strike: "a grenade went off by accident while weapons were cleaned")
    strike = STRIKE_WORDS.search(text) is not None or event_type == EXPLOSIONS and HOSTILE.search(text) is not None
    accident = ACCIDENTAL.search(text) and not ARMED_WORDS.search(text) and not HOSTILE_SETTING.search(text)
    doubts = ["accidental"] if accident and not strike or store_blew_up(text, tok) else []
    if event_type not in VIOLENT:
        return doubts
    if framed(tok):
        doubts.append("framed")
    if counted_over_a_period(text) or YEARS_PAST.search(text):
        doubts.append("period_count")  # (a tally over a period, or years past: no incident of the day)
    if figure_of_speech(text, tok):
        doubts.append("figurative")  # a speech or a fight against locusts told in violence's words
    if INTERPERSONAL.search(text) and not ARMED_WORDS.search(text):
        doubts.append("interpersonal")  # a household's or a couple's violence: crime, not political violence
    return doubts
