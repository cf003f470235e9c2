"""A protest told with what it protests: the violence it names is its cause, not its deed.

"Women protesting the kidnapping of their husbands blocked the road", "students marched to denounce the
killing of a classmate", "residents angered by the arrest of a trader set fire to a police post": the
classifier's cue for the violence ("kidnapping", "killing", "arrest") outweighs the crowd's words, but
ACLED codes the crowd's act; the deed protested is an earlier event, reported elsewhere if at all.
"""

from __future__ import annotations

import re

from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.communal import crowds_fighting, kin_quarrel
from sitrep.analyse.events.cues import over_a_match
from sitrep.analyse.events.syntax import cue_token, token_for_match
from sitrep.analyse.events.types import PROTESTS, RIOTS, SUB_EVENT_TYPES

CROWD_LABELS = frozenset(s.case for s in SUB_EVENT_TYPES if s.event_type in (PROTESTS, RIOTS))
# verbs and adjectives whose object or complement is what a crowd protests
PROTEST_HEADS = frozenset(("protest", "denounce", "decry", "condemn", "demand", "anger", "angered", "angry", "outrage", "outraged",
                           "furious", "demonstrate", "march", "rally", "mourn",
                           # a crowd's plea is what it protests too ("gathered to ask for news of troops besieged in X")
                           "ask", "call", "plead", "seek"))
# nouns that name the protest itself ("a protest against the arrest of …")
PROTEST_NOUNS = frozenset(("protest", "protests", "demonstration", "demonstrations", "march", "rally", "sit-in",
                           "strike", "riot", "riots"))


# the prepositions a protest word takes its cause with ("against the killing", "angry at the siege", "calling for the
# lifting of the blockade")
_CAUSE_PREPS = frozenset(("against", "over", "by", "at", "about", "for"))


# how far up a cause's words may sit from the protest word ("to ask for news of troops besieged in X": besieged →
# troops → of → news, whose "for" hangs on "ask"); further up, a word is the crowd's own setting ("rallied against the
# president and his policies involving in clashes in several cities")
CAUSE_DEPTH = 4


def protested_cause(tok) -> bool:
    """Whether the word ``tok`` sits in what a crowd protests: the object of "protesting" / "to denounce",
    or after "against" / "over" / "at" / "for" hung on a protest word ("a march against the killing of …")."""
    t = tok
    for _ in range(CAUSE_DEPTH):
        head = t.head
        if head.i == t.i:
            return False
        if t.dep_ in ("dobj", "pobj", "xcomp", "ccomp") and head.lemma_.lower() in PROTEST_HEADS:
            return True
        if t.dep_ == "pobj" and head.lower_ in _CAUSE_PREPS and (
                head.head.lemma_.lower() in PROTEST_HEADS or head.head.lower_ in PROTEST_NOUNS):
            return True
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("pcomp", "acl", "xcomp"):
            return False  # a clause of its own: "protesters were arrested" is a deed, not a cause
        t = head
    return False


def crowd_over_its_cause(s: Sentence, scores: dict[str, float], cues: dict[str, str], label: str) -> str | None:
    """The crowd's label (a protest or a riot named by a cue word) when ``label``'s own cue word is what the
    crowd protests; None otherwise."""
    if label in CROWD_LABELS or label not in cues:
        return None
    crowd = [(scores.get(lab, -9.0), lab) for lab in cues if lab in CROWD_LABELS]
    if not crowd and not crowd_at_the_state(s.text):
        return None
    tok = cue_token(s, cues[label])
    if tok is None or not protested_cause(tok):
        return None
    # ("angered by the kidnapping of a trader, youths ransacked the town hall": no crowd word, but its grievance and
    # its violence on the state's premises, a violent demonstration)
    return max(crowd)[1] if crowd else "VIOL_DEMONSTR"


# a crowd's purpose: what it demands or denounces ("students demanding their grants", "traders angry over a
# tax", "to denounce racketeering"); a crowd told with one is demonstrating, whatever else it did
CROWD_PURPOSE = re.compile(
    r"\b(?:demanding|to demand|protesting|to protest|denouncing|to denounce|calling for|to call for|"
    r"angry (?:over|at|about)|angered by|in protest (?:at|against|over)|opposed to|"
    r"pour (?:réclamer|exiger|dénoncer|protester)|réclamant|exigeant|dénonçant|protestant contre|en protestation contre)\b",
    re.IGNORECASE,
)
# the state's premises: a police station, a gendarmerie post, a town hall, a prefecture, a court (English, French),
# and the political ones a camp's anger strikes: a party's offices, an election's
# (South Asian press names a small station an outpost, a chowki or a thana, and a district's seat the collectorate)
_STATE_PREMISES = (r"police (?:station|post|outpost|headquarters|commissariat|checkpoint|camp|booth|picket|chowki|beat box)s?|thanas?|chowkis?|collectorates?|(?:deputy |district )?commissioner['’]?s? office|commissariats?|gendarmerie(?: (?:posts?|brigades?|stations?|camps?))?|"
                   r"town halls?|city halls?|mayor['’]?s? office|(?:sub-?)?prefectures?|governor['’]?s? (?:office|residence)|courthouses?|"
                   r"court building|customs (?:post|office)|tax office|mairies?|(?:sous-)?préfectures?|brigades? de gendarmerie|"
                   r"postes? de (?:police|gendarmerie)|gouvernorat|palais de justice|tribunal|"
                   # a party's or an election's premises: a crowd that burns them is a camp's grievance turned violent
                   r"party (?:offices?|secretariats?|headquarters)|(?:electoral|election) commission(?: offices?)?|"
                   r"(?:electoral|election|returning officer['’]?s?) offices?|collation cent(?:re|er)s?|sièges? du parti")
# a crowd's violence aimed at the state's premises ("set fire to the gendarmerie post", "ransacked the police station",
# « ont incendié le commissariat »): ACLED's demonstrators who turned violent, not a mob set on people
_DESTROYED = (r"set fire to|set ablaze|set alight|torch(?:ed|ing)|burn(?:ed|t|ing)(?: down)?|ransack(?:ed|ing)|vandali[sz](?:ed|ing)|"
              r"ston(?:ed|ing)|loot(?:ed|ing)|destroy(?:ed|ing)|smash(?:ed|ing)|saccag\w+|incendi\w+|brûlé\w*|mis le feu")
# (the premises themselves destroyed: a crowd that storms a station to beat the officers is set on people)
CROWD_AT_THE_STATE = re.compile(
    r"\b(?:" + _DESTROYED + r")\b[^.;]{0,60}?\b(?:" + _STATE_PREMISES + r")\b"
    r"|\bset (?:the |an? |their |its )?(?:[\w-]+ )?(?:" + _STATE_PREMISES + r") (?:on fire|ablaze|alight)\b"  # "set the police station ablaze"
    r"|\b(?:" + _STATE_PREMISES + r")\b[^.;]{0,120}?\b(?:set (?:it|the (?:building|premises|post|station)) (?:on fire|ablaze)|"
    r"(?:burned|burnt|ransacked|torched|looted) (?:it|the (?:building|premises))|set fire to (?:it|the (?:building|premises)))\b",
    re.IGNORECASE)


# a crowd that attacks or storms the state's premises ("youths attacked the police station", « ont attaqué la brigade »)
_ASSAILED_PREMISES = re.compile(r"\b(?:attack(?:ed|ing)|storm(?:ed|ing)|assault(?:ed|ing)|besieg(?:ed|ing)|attaqu\w+|pris d['’]assaut)\b"
                                r"[^.;]{0,40}?\b(?:" + _STATE_PREMISES + r")\b", re.IGNORECASE)
# ... over a wrong the state did: a death in its custody or at its agents' hands, an arrest (« mort en garde à vue »)
_STATE_WRONG = re.compile(
    r"\b(?:died|death|killed|killing|shot|beaten|knocked down|run over|mort|décès|tué)\b[^.;]{0,40}?\b(?:in (?:police |gendarmerie )?custody|"
    r"in (?:his|their|its|a|the) cells?|by (?:a |the )?(?:police\w*|gendarm\w*|officers?|soldiers?|agents?|customs)|en garde à vue|"
    r"par (?:un |les |des )?(?:policiers?|gendarmes?|militaires?|agents?))\b|\b(?:the |his |their )?arrest of\b|\barrestation\b",
    re.IGNORECASE)

# the crowd's hands on people there ("beat two officers", "lynched the suspect"): a crowd set on people, not on the state
_HANDS_ON_PEOPLE = re.compile(
    r"\b(?:beat|beaten|beating|lynch\w*|stabb\w*|hack(?:ed|ing)|clubb\w*|set upon|assault(?:ed|ing)|tabass\w*|lynch\w*)\s+"
    r"(?:him|her|them|(?:the|a|an|one|two|three|four|five|several|its|their|les|des|deux|trois|un|une)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:officers?|policem[ae]n|gendarmes?|agents?|guards?|m[ae]n|wom[ae]n|suspects?|people|persons?|policiers?|hommes?))\b",
    re.IGNORECASE)


def crowd_at_the_state(text: str) -> bool:
    """Whether a crowd's violence told in ``text`` is aimed at the state's premises (a police station, a
    gendarmerie post, a town hall): a grievance against the authorities turned violent, which ACLED codes as a
    violent demonstration whether or not a march is told; a crowd set on people (a thief, a neighbour, another
    village) is mob violence.  Premises only attacked or stormed count when the crowd's grievance is the state's own
    wrong ("attacked the police station after a man died in custody"), not a suspect held there it came to take, nor
    the officers it beat there (a crowd set on people)."""
    return CROWD_AT_THE_STATE.search(text) is not None \
        or _ASSAILED_PREMISES.search(text) is not None and _STATE_WRONG.search(text) is not None and _HANDS_ON_PEOPLE.search(text) is None


# who can use excessive force on protesters: state forces and authorities (ACLED), English and French
ORDER_WORD = re.compile(
    # ("cops", "jawans": the press's words for policemen and soldiers; a peace mission's troops keep order too: "MINUSMA
    # peacekeepers fired tear gas to disperse them", « les casques bleus ont dispersé la foule »)
    r"\b(?:police\w*|cops?|jawans?|paramilitar\w*|gendarm\w*|soldiers?|troops|army|military|security|officers?|guards?|forces|authorities|"
    r"peacekeep\w*|blue helmets|MINUSMA|MONUSCO|MINUSCA|casques bleus|"
    r"riot squad|anti-riot|CRS|FDS|FAMa|VDP|militaires|soldats|forces de l['’]ordre|armée|autorités)\b", re.IGNORECASE)


# another crowd that sets on protesters ("a rival group blocked them", "youths attacked the marchers")
RIVAL_CROWD = re.compile(
    r"\b(?:rival|another|opposing|counter-?)\s*(?:group|groups|crowd|camp|demonstrators|protesters|faction)\b|"
    # two camps' marches or rallies, or a cause's supporters and its opponents ("clashed during rival marches",
    # "supporters and opponents of the junta clashed"): crowd against crowd
    r"\brival\s+(?:marches|rallies|processions|demonstrations|meetings|crowds|camps)\b|\bsupporters\s+and\s+opponents\b|"
    r"\bpartisans\s+et\s+(?:les\s+)?(?:opposants|adversaires)\b|"
    r"\b(?:youths|young men|residents|villagers|supporters|partisans|militants of|demonstrators|protesters|marchers|activists)\b"
    r"(?=[^.;]{0,40}\b(?:attack|beat|set upon|"
    r"assault|block|clash|fought|stoned|chased))|\bgroupe rival\b|\bcontre-manifestants\b|\bdes jeunes\b(?=[^.;]{0,40}\b(?:attaqu|frapp|agress))",
    re.IGNORECASE)


# those who can intervene in a protest: the state's forces and authorities, or what they did or used
INTERVENER = re.compile(ORDER_WORD.pattern + r"|\b(?:arrest\w*|detain\w*|tear ?gas|water cannons?|(?:lathi|baton|cane)[- ]?charg\w*|gaz lacrymogènes?|interpell\w*|arrêt\w*)\b",
                        re.IGNORECASE)


def intervener_named(text: str) -> bool:
    """Whether ``text`` names someone who intervened in a protest (forces, authorities) or what they used:
    ACLED's protest with intervention needs an intervening party; "the crowd dispersed in the afternoon"
    names none."""
    return INTERVENER.search(text) is not None


def causes_protested(s: Sentence, cues: dict[str, str], label: str) -> frozenset[str]:
    """The labels outside ACLED whose cue word is what the crowd of a protest or riot ``label`` protests
    ("truckers parked their lorries to denounce racketeering"): the crowd's cause, no rival to its act."""
    if label not in CROWD_LABELS:
        return frozenset()
    out = set()
    for lab, phrase in cues.items():
        tok = cue_token(s, phrase) if lab not in CROWD_LABELS else None
        if tok is not None and protested_cause(tok):
            out.add(lab)
    return frozenset(out)


# the crowd's own violence ("burned the town hall", "threw stones at police", "erected barricades"); not the
# force used on it ("violently dispersed")
CROWD_OWN_VIOLENCE = re.compile(
    r"\b(?:set fire|set ablaze|set (?:\w+ ){1,3}on fire|torch(?:ed|ing)|burn(?:ed|t|ing) (?:down )?(?:the |a |an |several |tyres|tires|\w+ (?:office|station|hall|house|building|post|vehicles?|cars?))|"
    r"(?:threw|throwing|hurled|hurling|pelted) (?:stones|rocks|bottles|projectiles|petrol bombs)|ston(?:ed|ing)|molotov|barricad\w*|"
    r"vandali[sz]\w*|loot(?:ed|ing)|ransack\w*|smash(?:ed|ing)|riot(?:ed|ing|ers)|attacked (?:the )?(?:police|gendarm\w*|officers|soldiers|security)|"
    r"incendi\w+|saccag\w+|pillé|barricades|jets? de pierres|"
    # the crowd fighting the forces ("youths clashed with the police", "clashes between demonstrators and gendarmes")
    r"clash(?:ed|es)? with (?:the )?(?:police|security forces|gendarm\w*|soldiers|troops|army|forces of order|law enforcement)|"
    r"clash(?:ed|es)? between (?:the )?(?:protesters|demonstrators|youths|crowds?) and (?:the )?(?:police|security forces|"
    r"gendarm\w*|soldiers|troops|army|forces of order))\b",
    re.IGNORECASE,
)
PEACEFUL = re.compile(r"\b(?:peaceful(?:ly)?|sit-in|unarmed|without incident|pacifique(?:ment)?|sans incident)\b", re.IGNORECASE)


# the forces named for the riots they are trained for ("riot police", "anti-riot units"): a word of riot that tells
# who intervened, not what the crowd did
RIOT_UNITS = re.compile(r"\b(?:anti-?)?riot[- ](?:police(?:men)?|officers|squads?|units?|forces|troops|brigades?|control)\b|\banti-riot\b",
                        re.IGNORECASE)


def only_the_forces_riot(text: str) -> bool:
    """Whether the only riot ``text`` tells is the name of the forces sent against a crowd, whose own violence it does
    not tell: "riot police broke up a sit-in", "riot police chase demonstrators during protests" are protests with
    intervention, not violent demonstrations (the crowd that stones them or clashes with them riots)."""
    return RIOT_UNITS.search(text) is not None and CROWD_OWN_VIOLENCE.search(RIOT_UNITS.sub(" ", text)) is None


def crowd_turned_violent(text: str) -> bool:
    """Whether ``text`` tells the crowd's own violence and does not call it peaceful: force used on it is then
    part of a violent demonstration (ACLED's excessive force is force on peaceful protesters)."""
    return CROWD_OWN_VIOLENCE.search(text) is not None and PEACEFUL.search(text) is None


# words of violence, the crowd's or anyone's: in a protest's sentence they are its deed or its cause
VIOLENCE_TOLD = re.compile(
    r"\b(?:burn\w*|set fire|set (?:[\w-]+ ){1,3}?(?:on fire|ablaze|alight)|set ablaze|torch\w*|attack\w*|kill\w*|murder\w*|assault\w*|violen\w*|clash\w*|shot|shoot\w*|beat\w*|"
    r"ambush\w*|ston\w*|damag\w*|loot\w*|vandali[sz]\w*|ransack\w*|abduct\w*|kidnap\w*|massacre\w*|"
    # (a crowd's own blows: "hurled rocks at the police", "erected barricades of flaming tyres")
    r"hurl(?:ed|ing)|threw|throwing|pelt(?:ed|ing)|barricad\w*|"
    # (servicemen who take up arms against their command: "police officers mutinied", « des soldats se sont mutinés »,
    # "soldiers fired into the air through the night to demand their bonuses")
    r"mutin\w*|fir(?:ed|ing) (?:shots |volleys |rounds )?(?:in|into) the air|tir\w* en l['’]air|"
    r"incendi\w*|tu(?:é|ée|és|ées|erie)|meurtres?|attaques?|enlèvements?)\b",
    re.IGNORECASE,
)


# a clause that dates the crowd's occasion by an earlier deed ("two days after militants killed 8 transporters",
# "following the killing of a trader", "in the wake of last week's attack", « au lendemain de l'assassinat »): the
# deed is what brought the crowd out, told as past when it gathered, not done to it nor by it
_EARLIER_DEED = re.compile(
    r"\b(?:(?:(?:a|one|two|three|four|five|six|several|a few|\d+)\s+)?(?:days?|weeks?|hours?|months?)\s+after|the day after|"
    r"following|in the wake of|au lendemain de|après l['’](?:assassinat|attaque|enlèvement)|suite à)\b[^.;,]*",
    re.IGNORECASE)


def without_earlier_deeds(text: str) -> str:
    """``text`` without the clauses that date a crowd by an earlier deed ("… a day after gunmen killed two traders")."""
    return _EARLIER_DEED.sub(" ", text)


def violence_only_earlier(text: str) -> bool:
    """Whether every word of violence in ``text`` (a protest's sentence) sits in a clause dating the crowd by an
    earlier deed ("residents marched to the prefecture two days after militants killed 8 transporters on the road")."""
    bare = without_earlier_deeds(text)
    return bare != text and VIOLENCE_TOLD.search(text) is not None and VIOLENCE_TOLD.search(bare) is None


def violence_only_protested(s: Sentence) -> bool:
    """Whether every word of violence in ``s`` sits in what its crowd protests ("women marched to denounce the
    burning of their granaries", "protested over the violent assault of a colleague"): the crowd did none."""
    toks = [token_for_match(s, m.start()) for m in VIOLENCE_TOLD.finditer(s.text)]
    return bool(toks) and all(t is not None and protested_cause(t) and not _a_deed(t) for t in toks)


def _a_deed(tok) -> bool:
    """A past-tense verb, or a participle with its own object, outside a relative clause: a deed even where the
    parser hangs it on the cause ("residents protesting the death of a man in custody set fire to the station")."""
    return tok.dep_ != "relcl" and (tok.tag_ == "VBD" or tok.tag_ == "VBN" and any(c.dep_ == "dobj" for c in tok.children))


# people going or gathering somewhere ("walked to the prefecture", "converged on the town hall")
_ERRANDS = frozenset("walk march go head converge gather assemble come proceed flock travel".split())
_PROTEST_ERRANDS = frozenset("protest denounce decry condemn demand demonstrate".split())


def went_to_protest(tok) -> bool:
    """Whether the trigger ``tok`` is people going or gathering somewhere for a protest's purpose ("walked to the
    prefecture to demand news of their husbands taken away by soldiers"): their deed is the protest, whatever violence
    the purpose names."""
    return tok is not None and tok.lemma_.lower() in _ERRANDS and any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _PROTEST_ERRANDS and any(a.lower_ == "to" for a in c.children)
        for c in tok.children)  # (a "to" purpose: "came to the village, asked for the imam and took him away" is no errand)


def fans_brawl(text: str) -> bool:
    """Whether ``text`` tells a crowd's violence over a game with no demand, no state's premises and no forces facing it
    ("supporters of two clubs clashed after the match, throwing stones at each other"): rival fans' mob violence, not a
    demonstration (fans who fight the riot police or torch a police car are one)."""
    return over_a_match(text) and ORDER_WORD.search(text) is None and CROWD_PURPOSE.search(text) is None \
        and not crowd_at_the_state(text)


# a politician's or party's partisans ("supporters of opposition leader X", "activists of the ruling party"): a crowd
# held by a political cause, whose violence ACLED codes as a demonstration's unless they fight each other
_POLITICAL_PARTISANS = re.compile(
    r"\b(?:supporters|partisans|militants|activists|sympathi[sz]ers|followers)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:opposition|party|parties|candidate|candidates|leader|president|former president|ex-president|ruling|coalition|"
    r"movement|mayor|deputy|minister|l['’]opposition|parti|candidat)\b",
    re.IGNORECASE)


def crowd_with_a_cause(text: str) -> bool:
    """Whether the crowd of ``text`` is a political camp's partisans: a demonstration turned violent, whatever else its
    words say (the fights of two camps among themselves are told apart by the caller).  A crowd that only clashes with
    the forces of order ("gold panners clashed with the gendarmes who came to close the site") stays a mob."""
    return _POLITICAL_PARTISANS.search(text) is not None


# a crowd's hands on a person ("beat its driver unconscious", "lynched the suspect", "stabbed a trader")
_BEAT_A_PERSON = re.compile(
    r"\b(?:beat|beaten|beating|lynch(?:ed|ing)?|stabb(?:ed|ing)|hack(?:ed|ing)|ston(?:ed|ing)|clubb(?:ed|ing)|set upon|assault(?:ed|ing))\s+"
    r"(?:(?:him|her|them)\b|(?:(?:its|his|their|the|a|an|one|two|three)\s+)(?:[\w-]+\s+){0,2}?(?:driver|m[ae]n|wom[ae]n|boy|girl|"
    r"thie(?:f|ves)|suspects?|traders?|owners?|youths?|persons?|people|victims?|drivers|passengers?|colleagues?)\b)",
    re.IGNORECASE)


# a person a crowd killed or burned ("set him alight", "burned him alive", "the man and his son were killed")
_PERSON_KILLED = re.compile(
    r"\b(?:set|setting)\s+(?:him|her|them|(?:the|a|an|two|three)\s+(?:[\w-]+\s+)?(?:m[ae]n|wom[ae]n|suspects?|thie(?:f|ves)))\s+"
    r"(?:on fire|alight|ablaze)\b|\b(?:burn(?:ed|t)|beat(?:en)?|ston(?:ed|ing))\s+(?:[\w-]+\s+){0,3}?(?:alive|to death)\b|"
    r"\b(?:was|were)\s+(?:\w+\s+)?killed\b|\b(?:died|succumbed)\b|"
    r"\b(?:brûlée?s?\s+vifs?|(?:a|ont)\s+été\s+tuée?s?|lapidée?s?\s+à\s+mort|battue?s?\s+à\s+mort)\b",
    re.IGNORECASE)


def mob_set_on_a_person(text: str) -> bool:
    """Whether a crowd's violence told in ``text`` is hands laid on a person, with none of the state's men about
    ("drivers rioted after a colleague died; they beat the lorry driver"): the word "riot" makes no demonstration of
    it, a mob's violence (the caller lets a demand or the state's premises outweigh it)."""
    # (or killed a person, told by the death: "rioters burned his house; the man and his son were killed")
    return (_BEAT_A_PERSON.search(text) is not None or _PERSON_KILLED.search(text) is not None) and ORDER_WORD.search(text) is None


def crowd_cause(text: str) -> bool:
    """Whether a crowd's violence told in ``text`` comes with its cause, which makes it a demonstration turned violent
    (ACLED): what it demands, the state's premises it struck, or the political camp it belongs to (two camps fighting
    each other, or a match's fans, are a brawl's mob)."""
    return CROWD_PURPOSE.search(text) is not None or crowd_at_the_state(text) \
        or crowd_with_a_cause(text) and not crowds_fighting(text) and not fans_brawl(text)


# a crowd that takes a person out of the law's hands ("prevented police officers from arresting a young man …; the crowd
# freed him", "stormed the cell to free a suspect"): a rescue by force, no demonstration of a grievance
_RESCUED_FROM_THE_LAW = re.compile(
    r"\b(?:freed|free|freeing|snatched|wrested|rescued)\s+(?:him|her|them|(?:the|a|an|their|two|three)\s+(?:[\w-]+\s+)?"
    r"(?:suspects?|detainees?|prisoners?|m[ae]n|wom[ae]n|youths?|drivers?|colleagues?|relatives?|sons?|brothers?))\b"
    r"|\bprevented\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|policemen|gendarmes|officers|agents)\s+from\s+(?:arresting|taking|detaining)\b",
    re.IGNORECASE)


def rescued_from_the_law(text: str) -> bool:
    """Whether a crowd's violence told in ``text`` took a person out of the law's hands with no demand told: ACLED's mob
    violence, whatever stones it threw at the officers or premises it struck."""
    return _RESCUED_FROM_THE_LAW.search(text) is not None and CROWD_PURPOSE.search(text) is None


# stones thrown at, or an attack on, a procession ("pelting stones at a Ram Navami procession", "a Muharram procession
# was attacked"): a crowd set on another crowd's march (a festival's, a wedding's, a rival camp's), not the marchers'
# demonstration
_SET_ON_A_PROCESSION = re.compile(
    r"\b(?:pelt(?:ed|ing)?|threw|throwing|hurl(?:ed|ing)?|thrown|pelted)\s+(?:stones|rocks|bricks|brickbats|bottles|"
    r"petrol bombs)\s+(?:at|on)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:processions?|yatras?|juloos|jaloos)\b"
    r"|\b(?:attacked|attack on|stoned|stoning of)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:processions?|yatras?)\b"
    r"|\b(?:processions?|yatras?)\s+(?:was|were)\s+(?:\w+\s+)?(?:attacked|stoned|pelted)\b", re.IGNORECASE)


def no_demonstration(text: str) -> bool:
    """Whether a crowd's violence told in ``text`` demonstrates nothing: rival fans who fight over a match, a crowd
    that beats a driver (no demand told), that stones a procession, or that frees a suspect from the law; kin who fight
    each other ("a burial turned violent when members of two families fought over the grave")."""
    return fans_brawl(text) or (mob_set_on_a_person(text) or kin_quarrel(text)) and not crowd_cause(text) \
        or rescued_from_the_law(text) or _SET_ON_A_PROCESSION.search(text) is not None and CROWD_PURPOSE.search(text) is None
