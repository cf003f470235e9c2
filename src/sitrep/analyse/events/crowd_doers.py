"""Who did a crowd's deed, read on the parse: whether the people ACLED would call a crowd (rioters) are in fact
the other side of a fight with the law, or a village's men raiding elsewhere (its communal militia); and a crowd's
violence told as a participle of its march ("took to the streets, torching the police station"), whose doer is the
crowd."""

from __future__ import annotations

import re

from sitrep.analyse.events.mentions import THEY
from sitrep.analyse.events.syntax import clause_verb

# acts of violence an unorganised crowd commits
CROWD_VIOLENCE = frozenset(
    "attack beat lynch burn vandalize vandalise loot stone kill torch ransack clash destroy set assault fight damage "
    "storm injure wound stab hack club pelt smash raze lynche attaquer brûler saccager incendier lyncher tuer frapper piller "
    # (a crowd's plunder: "residents pillaged the shops")
    "pillage plunder "
    # (the French forms of wound/injure, stab, beat, stone/pelt, destroy, damage and club)
    "vandaliser blesser poignarder tabasser lapider caillasser détruire endommager matraquer".split()
)

# people held together by a trade or gathered by chance, never a community: two groups of them who fight each
# other ("two groups of gold diggers fought over a pit") are a brawl (ACLED's mob violence), not communal militias
TRADE_CROWDS = frozenset(
    "miners workers traders vendors drivers transporters motorcyclists orpailleurs commerçants travailleurs "
    # a mining site's panners and diggers; inmates, whose mutiny is a prison riot (ACLED's mob violence)
    "panners diggers prospectors inmates detainees prisoners détenus prisonniers "
    # people gathered by chance: travellers, customers, onlookers
    "passengers motorists travellers customers onlookers bystanders spectators passagers voyageurs "
    # a trade's people at odds with the state or a rival: journalists, strikers, union members
    "journalists journalistes strikers grévistes unionists syndicalistes "
    # a profession's people in a body ("lawyers ransacked the hospital", "labourers torched the factory")
    "lawyers advocates doctors nurses teachers labourers laborers employees avocats médecins enseignants".split()
)
# crowds held together by a cause, a team or a school, not by a community: when they fight each
# other it is a riot (party supporters, rival fans, students), never communal militias
PARTISANS = frozenset(
    "supporter supporters partisan partisans fan fans student students pupil pupils protester protesters protestor protestors "
    "demonstrator demonstrators rioter rioters manifestant manifestants étudiants élèves supporters hooligans ultras".split()
)
# unorganised people: their violence is a riot, not a battle or an armed group's attack
CROWD_NOUNS = frozenset(
    "youth youths resident residents villager villagers people crowd crowds mob mobs inhabitant inhabitants local "
    "locals family families relative relatives student students pupil pupils demonstrator demonstrators protester protesters "
    "protestor protestors rioter rioters supporter supporters fan fans passer-by passers-by neighbour neighbours "
    # (a club's hard core by its own names: hooligans, ultras, Latin America's barras bravas)
    "hooligan hooligans ultras barras bravas "
    "jeune jeunes habitant habitants foule manifestant manifestants population "
    "idp idps refugee refugees déplacés réfugiés".split()  # (people who fled their homes: a camp's residents)
) | TRADE_CROWDS
# a crowd's other acts, whose doer a violent verb conjoined to them shares ("students occupied the prefecture and ransacked it")
CROWD_ACTS = frozenset("occupy invade enter block march gather erect catch drag seize blockade occuper envahir bloquer "
                       # (a crowd that forces its way in: "forced their way into the office and ransacked it", « ont forcé l'entrée »)
                       "force forcer "
                       # (buses a crowd commandeers to block a road or burn: "students hijacked three buses and set one on fire")
                       "hijack commandeer "
                       # (a trade that shuts its stalls before it burns: "traders closed their stalls, set up barricades and set
                       # fire to the tax office"; a crowd that takes a man from the law: "attacked the gendarmes, freed the
                       # suspect and set fire to their motorbike")
                       "close shut free release rescue fermer libérer "
                       # (the petrol a mob pours on a man before it sets him alight: "poured petrol on a thief and set him
                       # alight", « l'ont aspergé d'essence »)
                       "pour douse drench asperger "
                       "protest demonstrate riot rally mutiny manifester".split())

# those who keep order: a crowd that fights them riots (it is no communal militia); the self-defence groups that
# police a village or a mining site (Koglweogo, VDP, vigilantes) keep it too: miners who fight the Koglweogo over a
# levy are a crowd against its police, not a community at arms
_ORDER = frozenset("police policemen officers gendarmes gendarmerie guards security agents forces soldiers "
                   "policiers gendarmes vigiles militaires koglweogo vdp vigilantes volunteers".split())


# the members of a body of civil society (a students' or a traders' association, a union, a collective, a platform):
# a crowd held together by a cause or a trade, not by a community ("members of the students' association clashed
# with machetes", « des membres du syndicat ont saccagé »); "movement" is left out, as the Sahel's armed groups are named so
_MEMBERS = frozenset("member members membre membres".split())
_CIVIL_BODIES = re.compile(r"\b(?:associations?|unions?|syndica\w*|collecti(?:ve|ves|f|fs)|platforms?|plateformes?|clubs?|guilds?|"
                           r"co-?operatives?|coopératives?|students|pupils|étudiants|élèves)\b", re.IGNORECASE)


def civil_body_members(head) -> bool:
    """Whether ``head`` names the members of a body of civil society told after it ("members of the Association of
    Pupils and Students of Mali", « les membres de l'association des jeunes »)."""
    if head.lower_ not in _MEMBERS:
        return False
    bodies = (c for c in head.children if c.dep_ in ("prep", "nmod") and (c.dep_ == "nmod" or c.lower_ in ("of", "de", "du", "des")))
    return any(_CIVIL_BODIES.search("".join(t.text_with_ws for t in body.subtree)) for body in bodies)


def against_the_law(verb) -> bool:
    """Whether the fight's other side is the police, gendarmes, guards or soldiers ("clashed with police"), told on the
    verb or on the fight it names ("fought running battles with police")."""
    heads = (verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj")))
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "avec", "against", "contre")):
        if any(t.lower_ in _ORDER for t in prep.subtree):
            return True
    return False


def _keeps_order(tok) -> bool:
    return tok.lower_ in _ORDER or tok.lemma_.lower() in _ORDER or any(c.lower_ in _ORDER for c in tok.lefts)


def crowd_beside_keepers(subj):
    """The side of a joined subject that is not the keepers of order beside it ("Koglweogo members and residents of
    Zorgho clashed", "gold miners and Koglweogo fought": the residents, the miners), or None: a crowd that fights its
    police riots, whichever side the writer named first."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "against", "avec", "contre") for c in subj.head.children):
        return None  # ("soldiers and residents clashed with jihadists": side by side against a third party)
    sides = [subj, *subj.conjuncts]
    others = [t for t in sides if not _keeps_order(t)]
    return others[0] if others and len(others) < len(sides) else None


def within_itself(verb) -> bool:
    """Whether the fight is told within one crowd ("miners clashed among themselves at the site"): no two
    communities at arms, a brawl of unorganised people (ACLED's mob violence)."""
    return any(c.dep_ == "prep" and c.lower_ in ("among", "amongst", "between")
               and any(t.lower_ in ("themselves", "ourselves") for t in c.subtree) for c in verb.children)


# people a crowd caught and then killed as suspects ("villagers caught and killed a suspected terrorist"): its
# captives, whatever it took them for, not armed men who fell in a fight
SEIZED_SUSPECTS = re.compile(r"\b(?:caught|seized|apprehended|captured|grabbed|dragged|arrested)\b[^.;]{0,60}?"
                             r"\b(?:suspected|presumed|alleged|accused|suspecting)\b", re.IGNORECASE)


# a raid or a killing: done by the people of a named village elsewhere, the deed of that village's militia
_RAID_VERBS = frozenset("attack raid kill shoot ambush besiege assault attaquer tuer".split())


def raid_from_named_place(verb, head) -> bool:
    """Whether ``verb`` is a raid or a killing and the crowd's noun ``head`` is told with the village it came from
    ("locals from Kantchari", "youths from the village of Koumbara", « des jeunes venus de X »): ACLED names such
    men after their village, as its militia."""
    if verb.lemma_.lower() not in _RAID_VERBS or _suspect_struck(verb):
        return False  # (a village's people who kill a man they suspect of theft or of the jihad: mob justice, a crowd)
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "de")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in obj.subtree if t.i != obj.i):
                return True
    return False


def _suspect_struck(verb) -> bool:
    """Whether the object of ``verb`` is a person told as a suspect: the crowd that kills him is doing mob justice."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(t.lemma_.lower() in _SUSPICION or t.lower_ in _SUSPICION for o in objects for t in o.subtree)


def participle_of_its_head(verb) -> bool:
    """Whether ``verb`` is a present participle hung on its clause's verb with no subject or subordinator of its own
    ("residents took to the streets, torching the police station"): English gives it its head's subject."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


# armed men as a deed's object ("repulsed gunmen", "chased the armed men away"): who fights them is no crowd
_ARMED_PEOPLE = re.compile(r"\b(?:armed|bandits|gunmen|militants|jihadists|terrorists|insurgents|rebels|fighters|assailants|"
                           r"attackers|combatants|jihadistes|terroristes|assaillants)\b", re.IGNORECASE)


# verbs that put people in the crowd's power (caught, dragged, lynched): their object is a captive, whatever he is
# suspected of, no armed man met in a fight
_SEIZING = frozenset("catch seize apprehend capture grab drag lynch stone burn attraper saisir lyncher lapider".split())
# words that make an armed noun a suspicion ("two men they suspected of being jihadists", "a presumed bandit")
_SUSPICION = frozenset("suspect suspected accuse accused presume presumed alleged believe soupçonner soupçonné présumé".split())
# what a crowd does to a suspect it got hold of: beating or killing him is mob justice, whatever he was suspected of
_STRIKING_A_SUSPECT = frozenset("kill beat hack stab murder execute tuer frapper battre abattre exécuter".split())


def armed_object(verb) -> bool:
    """Whether ``verb``'s direct object names armed men (not captives a crowd took for armed men: "caught two men
    they suspected of being jihadists and beat them to death" is a lynching)."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        if _ARMED_PEOPLE.search("".join(t.text_with_ws for t in obj.subtree)) and not _suspects_seized(verb, obj):
            return True
    return False


# gunfire traded between two sides ("exchanged fire", "traded gunfire", "exchanged shots"): both sides armed
_TRADING = frozenset("exchange trade".split())
_GUNFIRE = frozenset("fire gunfire shots gunshots bullets".split())


def traded_gunfire(verb) -> bool:
    """Whether ``verb`` tells its doers trading gunfire with another side ("workers of rival parties exchanged fire
    outside a polling station"): men who shoot and are shot at are armed, a battle's sides, not a crowd."""
    return verb.lemma_.lower() in _TRADING and any(c.dep_ in ("dobj", "obj") and c.lower_ in _GUNFIRE for c in verb.children)


def _suspects_seized(verb, obj) -> bool:
    """Whether ``verb`` seizes ``obj`` and the object's armed words are only what he is suspected of."""
    suspicion = next((t for t in obj.subtree if t.lemma_.lower() in _SUSPICION or t.lower_ in _SUSPICION), None)
    if verb.lemma_.lower() in _SEIZING:
        return suspicion is not None
    # (a man killed or beaten whose armed words all follow his suspicion: "killed a man suspected of being a member of
    # an armed group" is mob justice on a suspect; "killed two gunmen suspected of theft" killed armed men)
    before = "".join(t.text_with_ws for t in obj.subtree if suspicion is not None and t.i < suspicion.i)
    return suspicion is not None and verb.lemma_.lower() in _STRIKING_A_SUSPECT and not _ARMED_PEOPLE.search(before)


# a riot's own verbs: what a participle hung on them tells is the rioting crowd's deed
_RIOTING = frozenset("riot mutiny revolt".split())


def participle_of_a_riot(verb) -> bool:
    """Whether ``verb`` is a participle of a riot's verb ("inmates rioted, taking two guards hostage")."""
    return participle_of_its_head(verb) and verb.head.lemma_.lower() in _RIOTING


def violent_participle(verb) -> bool:
    """Whether ``verb`` carries a participle of a crowd's violence that shares its doer ("chased the agents away,
    overturning their pick-up and beating one of them": any of the participles joined)."""
    return any(participle_of_its_head(c) and any(p.lemma_.lower() in CROWD_VIOLENCE for p in (c, *c.conjuncts))
               for c in verb.children)


def crowd_violence_as_participle(protest_tok) -> bool:
    """Whether the protest's verb carries a participle of a crowd's violence ("marched through the town, setting fire
    to the town hall", "took to the streets, stoning police"), which shares the marchers as its doer."""
    verb = clause_verb(protest_tok)
    # (the parser may hang the participle on the march's purpose: "marched … to denounce power cuts, setting fire …")
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"]
    return any(participle_of_its_head(c) and c.lemma_.lower() in CROWD_VIOLENCE
               for v in (verb, *purposes) for c in v.children)


def misparsed_subject(verb):
    """The noun a verb hangs on when the parser made that noun the sentence's root and the verb its
    modifier ("On 12 March, youths clashed with police": youths ROOT, clashed acl): the noun is the
    verb's subject (unless the verb has its own agent: "police attacked by youths"), also when the verb hangs on the
    last noun of the crowd's origin ("orpailleurs from Kalsaka and from a neighbouring village fought with clubs")."""
    head = _crowd_above_its_origin(verb.head) if verb.dep_ == "acl" else verb.head
    acts_on = any(c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ("with", "against", "avec", "contre"))
                  for c in verb.children)  # ("residents killed in the attack" is a participle: no object, no "with")
    if verb.dep_ == "acl" and _stands_for_the_root(head) and head.pos_ in ("NOUN", "PROPN") and acts_on \
            and not any(c.dep_ == "agent" for c in verb.children):
        return head
    if verb.dep_ == "conj" and head.tag_ == "VBN" and head.i < verb.i \
            and not any(c.dep_ in ("dobj", "obj", "aux", "auxpass", "aux:pass") for c in head.children):
        # "traders evicted from the market clashed with police": the parser made the participle that describes the
        # crowd its main verb and the deed a verb joined to it; the participle's subject is the deed's doer
        return next((c for c in head.children if c.dep_ == "nsubj" and c.i == head.i - 1), None)
    if verb.dep_ == "ROOT":
        # "residents angry about the arrest of a leader marched on the prefecture, looted it": the parser hung the
        # crowd on its mood ("angry", an adverbial clause before the verb), leaving the verb without a subject
        moods = (c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "ADJ" and c.i < verb.i)
        if (crowd := next((g for c in moods for g in c.children if g.dep_ in ("nsubj", "nsubj:pass") and g.i < c.i), None)) is not None:
            return crowd
        # "young people of X demanding jobs stormed the camp": the parser made the participle that tells the crowd's
        # demand the verb's clausal subject, and the crowd that participle's subject
        told = (c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < verb.i)
        return next((g for c in told for g in c.children if g.dep_ == "nsubj" and g.i < c.i and g.pos_ == "NOUN"), None)
    return None


# the words that tell where a crowd came from ("orpailleurs from Kalsaka and from a neighbouring village")
_ORIGIN_LINKS = frozenset(("prep", "pobj", "conj", "cc"))


def _crowd_above_its_origin(noun):
    """The topmost noun whose origin ``noun`` tells (the parser hung "fought" on "village" in "orpailleurs from Kalsaka
    and from a neighbouring village fought", on "schools" in "pupils of two high schools fought"): the crowd, the
    verb's doer; ``noun`` itself when it is no such part."""
    up = crowd = noun
    while up.dep_ in _ORIGIN_LINKS and up.head.i != up.i:
        if up.dep_ == "prep" and up.lower_ not in ("from", "of", "de", "du", "des"):
            return noun
        up = up.head
        crowd = up if up.pos_ in ("NOUN", "PROPN") else crowd
    return crowd


def _stands_for_the_root(noun) -> bool:
    """Whether ``noun`` is the sentence's root, or hangs on a root the parser made of the date's preposition ("On 6
    May, pupils of two schools fought": "On" the root, "pupils" its object)."""
    return noun.dep_ == "ROOT" or noun.dep_ == "pobj" and noun.head.dep_ == "ROOT" and noun.head.pos_ == "ADP"


def crowd_deed(verb) -> bool:
    """Whether ``verb`` tells a crowd's violence: a verb of it; a participle of it that shares the verb's doer, unless
    the verb met armed men ("chased the agents away, beating one"; "repulsed armed men, killing two" is a fight); a
    participle of a riot ("inmates rioted, taking two guards hostage"); or a crowd's act joined to violence ("villagers
    caught and killed a suspected thief": the catching is the trigger, the killing its deed)."""
    lemma = verb.lemma_.lower()
    if traded_gunfire(verb):
        return False  # ("workers of rival parties exchanged fire …, killing two": men who trade shots are armed)
    return lemma in CROWD_VIOLENCE or violent_participle(verb) and not armed_object(verb) or participle_of_a_riot(verb) \
        or lemma in CROWD_ACTS and any(c.lemma_.lower() in CROWD_VIOLENCE for c in verb.conjuncts)


def mood_root(verb):
    """The adjective a crowd's mood made the sentence's root, where the parser took the deed for its object's words
    ("drivers angry at a new fee set fire to the tax office": "angry" the root, "set" a compound of "fire" or a
    conjunct of "angry"); its subject is the deed's doer.  None for a deed parsed as a verb of its clause."""
    root = verb.sent.root
    if verb.dep_ not in ("compound", "conj") or root.pos_ != "ADJ" or not any(c.dep_ == "nsubj" for c in root.children):
        return None
    return root if any(t.i == verb.i for t in root.subtree) else None


# people named by their livelihood, who are a community's militia when they raid or shoot, but a crowd when they
# set upon one person with their hands or tools ("farmers beat a Fulani herder to death after his cattle destroyed
# their crops"): ACLED's mob violence.  (Hunters are left out: in the Sahel they are the Dozo, a militia.)
_LIVELIHOODS = frozenset("farmer farmers herder herders cultivator cultivators fisherman fishermen pastoralist pastoralists "
                         "agriculteurs éleveurs cultivateurs pêcheurs".split())
# a crowd's deeds of bare hands, sticks and stones (a stabbing or a hacking may be one armed man's)
_BY_HAND = frozenset("beat lynch stone club pelt lapider lyncher tabasser".split())
# a firearm told in the sentence makes the doers armed men
_FIREARMS = re.compile(
    r"\b(?:guns?|gunfire|gunshots?|gunmen|rifles?|firearms|shotguns?|pistols?|kalashnikovs?|AK-?47s?|bullets?|shot|"
    r"shooting|opened fire|fusils?|armes? à feu|balles?|coups? de feu|tirs?|abattus?)\b",
    re.IGNORECASE,
)


def livelihood_crowd(verb, head) -> bool:
    """Whether the crowd noun ``head`` names people by their livelihood and ``verb`` is a deed of bare hands or tools,
    with no firearm told in the sentence: a crowd's beating, not a militia's raid."""
    return (head.lower_ in _LIVELIHOODS or head.lemma_.lower() in _LIVELIHOODS) and verb.lemma_.lower() in _BY_HAND \
        and _FIREARMS.search(verb.sent.text) is None


# "displaced persons", « personnes déplacées »: the uprooted, a crowd whatever noun heads them
_UPROOTED = frozenset(("displaced", "déplacées", "déplacés", "uprooted"))


def uprooted(head) -> bool:
    """Whether the doer's noun ``head`` is said displaced ("a group of displaced persons"): a camp's crowd."""
    return any(c.dep_ == "amod" and c.lower_ in _UPROOTED for c in head.children)


def pronoun_antecedent(subj):
    """The noun a "they" subject takes up from earlier in its sentence ("drivers rioted after …; they set the truck on
    fire, beat its driver"): the nearest earlier subject, else ``subj`` itself."""
    if subj.lower_ not in THEY:
        return subj
    earlier = [t for t in subj.sent if t.i < subj.i and t.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")]
    return earlier[-1] if earlier else subj


# a crowd's catching of someone ("residents caught a suspected thief", « ont attrapé un voleur présumé »)
_CATCHING = frozenset("catch seize apprehend grab capture nab arrest attraper saisir appréhender".split())


def crowd_caught_and_harmed(tok) -> bool:
    """Whether ``tok`` (the word the model read as an arrest) is a crowd's catching of someone, told with that
    crowd's violence after it, on him or his goods ("residents caught a suspected thief; the man escaped, and the
    crowd set fire to his motorbike"): ACLED's arrests are made by the state or an armed group; a crowd that takes
    the law into its hands commits mob violence."""
    if tok is None or tok.lemma_.lower() not in _CATCHING:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not {(subj := pronoun_antecedent(subj)).lower_, subj.lemma_.lower()} & CROWD_NOUNS:
        return False
    return any(t.i > tok.i and t.pos_ == "VERB" and t.lemma_.lower() in CROWD_VIOLENCE for t in tok.sent)
