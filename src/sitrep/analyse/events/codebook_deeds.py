"""What the deed was done to, and whether it was done at all: the codebook's readings of the trigger's
object and mood that the party rules in ``codebook`` do not see.

- a seizure of goods or animals ("seized five tricycles from farmers", "took 40 head of cattle") is
  looting, not territory taken: ACLED's territorial sub-types need a place changing hands;
- people beaten, whipped or wounded while their goods are taken ("the farmers were beaten and their
  houses burned") make the looting an attack on them;
- violence told as a threat or a condition ("warned that they would block the road", "threatened to
  burn the town hall if …") did not happen: a demonstration that only threatened stays peaceful;
- an establishment word that only names where a crowd gathered ("a sit-in in front of the agency's
  headquarters") establishes nothing, and one that names what was seized ("rebels seize army headquarters")
  is a position taken from its holder, not one set up;
- a crowd armed with firearms that destroys crops or houses, hurting nobody, is an armed group's
  property destruction (a strategic development), not a mob's riot;
- air strikes flown as one arm of a combined air-ground operation are the battle the ground troops fought.
"""

from __future__ import annotations

import re

from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.circumstances import in_answered_deed
from sitrep.analyse.events.classifier import Scored
from sitrep.analyse.events.communal import communities_at_arms, kin_doers, kin_quarrel
from sitrep.analyse.events.fight_words import armed_men_under_fire, fight_told
from sitrep.analyse.events.defenders import armed_doers_met_head_on, defenders_resisted
from sitrep.analyse.events.goods import GOODS, goods_taken, object_in, weapons_taken
from sitrep.analyse.events.outcomes import position_fought_for, siege_fought
from sitrep.analyse.events.role_takeovers import roles_taken
from sitrep.analyse.events.protest_causes import CROWD_LABELS, went_to_protest
from sitrep.analyse.events.syntax import label_cue_token
from sitrep.analyse.events.takings import armed_taken_in_a_fight, people_taken, takings_with_violence
from sitrep.analyse.events.weapons import fighters_counted_neutralised, fighters_not_weapons, HURT

# a raid on a place whose conjoined deed takes goods or animals ("raided a village and carried off cattle")
_RAID_LEMMAS = frozenset("raid attack storm invade enter overrun attaquer investir entrer pénétrer".split())
_TAKING_LEMMAS = frozenset("take steal seize carry loot rustle drive grab rob make emporter enlever voler piller emmener "
                           "saisir razzier".split())
# harm to people besides the goods: shots, abductions (then the raid is an attack on them)
_PEOPLE_TARGETED = re.compile(r"\b(?:sh[oe]t|shooting|fired|opened fire|gunfire|abduct\w*|kidnap\w*|beat(?:en)?|"
                              r"execut\w*|rap(?:ed|e)|whipp\w*|tortur\w*|tir\w*|enlev\w*|enlèv\w*)\b", re.IGNORECASE)

# harm said NOT to have happened ("No one was hurt", « personne n'a été blessé », « Il n'y a pas eu de blessé »)
_HARM_DENIED = (r"(?:no one|nobody|no-one|no civilians?|personne n['’]a)\s+(?:(?:was|were|has been|had been|été)\s+)?"
                r"(?:\w+\s+)?(?:hurt|injured|wounded|killed|harmed|blessée?|tuée?)"
                r"|(?:il\s+n['’]y\s+a\s+(?:pas\s+)?eu|sans\s+faire|n['’]a\s+fait)\s+(?:de\s+|d['’]|aucune?\s+)?"
                r"(?:pertes?|victimes?|blessée?s?|morts?)")
# or no harm told ("No casualties reported", "causing no casualties", « aucun blessé n'a été signalé »): said beside
# the deed it denies harm; in a later sentence of its own it only says no toll was given (tune2's real notes keep
# "attacked and burned a fuel tanker. No casualties reported." an attack)
_NO_HARM_TOLD = (r"(?:no one|nobody|no-one|no civilians?|no casualties|personne n['’]a)\s+(?:(?:was|were|has been|had been|"
                 r"été)\s+)?(?:\w+\s+)?reported|(?:causing|caused|with|leaving|left)\s+no\s+(?:casualties|injuries|victims)"
                 r"|without\s+(?:causing\s+)?(?:any\s+)?(?:casualties|injuries|victims|hurting anyone)"
                 r"|aucune?\s+(?:victime|blessé|perte)s?\s+n['’](?:a|ont|est)\b[^.;]{0,20}?(?:été\s+)?"
                 r"(?:signalée?s?|enregistrée?s?|déploré\w*)")
_NOBODY_HURT = re.compile(r"\b(?:" + _HARM_DENIED + "|" + _NO_HARM_TOLD + r")\b", re.IGNORECASE)
_NOBODY_HURT_SAID_AFTER = re.compile(r"\b(?:" + _HARM_DENIED + r")\b", re.IGNORECASE)


def raid_took_only_goods(s: Sentence, tok, rest: str = "") -> bool:
    """Whether the trigger ``tok`` and the deed joined to it raid a place and only take goods or animals, nobody
    hurt, shot at or taken: ACLED codes that raid as looting (a strategic development), not an attack."""
    text = _NOBODY_HURT.sub(" ", s.text + " " + rest)  # (``rest``: the note's later sentences, its toll)
    if tok is None or HURT.search(text) or _PEOPLE_HURT.search(text) or _PEOPLE_TARGETED.search(text):
        return False
    verbs = [tok, *tok.conjuncts]  # the trigger may be either deed ("raided … and carried off", "carried off" first)
    # (a deed after a bracket the parser hangs on the raid as its complement: "entered X (Douentza, Mopti), seized …")
    verbs += [c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ == "VERB"]
    return any(v.lemma_.lower() in _RAID_LEMMAS for v in verbs) and any(
        v.lemma_.lower() in _TAKING_LEMMAS and object_in(v, GOODS) for v in verbs)


# a road hold-up: vehicles stopped (by the trigger) and their occupants robbed of what they carried
_HOLD_UP_LEMMAS = frozenset("stop intercept hold waylay block arrêter intercepter immobiliser".split())
_VEHICLES = frozenset("vehicle vehicles car cars bus buses minibus truck trucks lorry lorries convoy motorists travellers "
                      "passengers véhicules cars camions voyageurs passagers".split())
_ROBBED = re.compile(r"\b(?:robb(?:ed|ing)|stripp(?:ed|ing)|dispossess(?:ed|ing)|relieved|looted|extorted|"
                     r"(?:took|taking|seized|carried off|made off with) (?:[\w'-]+\s+){0,3}?(?:money|cash|phones?|goods|"
                     r"belongings|valuables|merchandise)|dépouill\w*|rançonn\w*|emporté)\b", re.IGNORECASE)
_PEOPLE_CARRIED_OFF = re.compile(r"\b(?:abduct\w*|kidnap\w*|hostages?|took away|taken away|carried off (?:[\w'-]+\s+){0,3}?"
                                 r"(?:passengers|travell?ers|drivers|people|men|women)|enlev\w*|enlèv\w*|otages?)\b", re.IGNORECASE)


def hold_up_robbed_only(text: str, tok) -> bool:
    """Whether the trigger ``tok`` stops vehicles on a road and the sentence tells their occupants robbed, nobody
    carried off nor hurt ("highway robbers stopped several vehicles and stripped the travellers of their money"):
    ACLED's looting, not an abduction, whatever the model made of "stopped"."""
    if tok is None or tok.lemma_.lower() not in _HOLD_UP_LEMMAS or not object_in(tok, _VEHICLES):
        return False
    text = _NOBODY_HURT.sub(" ", text)
    return _ROBBED.search(text) is not None and _PEOPLE_CARRIED_OFF.search(text) is None \
        and HURT.search(text) is None and _PEOPLE_HURT.search(text) is None and _PEOPLE_TARGETED.search(text) is None


# property burned, destroyed or carried off (English, French)
_PROPERTY_DEED = re.compile(
    r"\b(?:burn(?:ed|t|ing)|set fire|torch\w*|loot\w*|pillag\w*|plunder\w*|ransack\w*|destroy\w*|stole|"
    r"(?:seiz|took|tak|carr)\w* (?:off |away )?(?:[\w-]+ ){0,2}?(?:livestock|cattle|animals|goods|food|materials?|equipment|"
    r"documents)|incendi\w*|brûl\w*|pill\w*|saccag\w*|détrui\w*|emport\w* (?:[\w'’-]+ ){0,3}?(?:bétail|têtes|matériel|vivres|"
    r"biens|documents|urnes))\b", re.IGNORECASE)


# a protest or a riot told ("to protest the arrest", « pour protester contre », « des manifestants »)
_PROTESTED = re.compile(r"\b(?:protest\w*|demonstrat\w*|riot\w*|manifest\w*|émeut\w*|protestat\w*)\b", re.IGNORECASE)


def property_harm_denied(text: str, around: str = "") -> bool:
    """Whether ``text`` tells property burned or carried off and it or the sentences after it (``around``) say no one
    was hurt, with no harm to people told besides in either ("burned houses and seized livestock; no one was killed as
    the inhabitants had fled", "stormed the polling station and burned the ballot boxes. No one was hurt."): ACLED's
    looting/property destruction, the killing word only denying harm."""
    denied = _NOBODY_HURT.search(text) or _NOBODY_HURT_SAID_AFTER.search(around)
    if denied is None or _PROPERTY_DEED.search(text) is None or _PROTESTED.search(text):
        return False  # (a crowd's burning in a protest is its riot, whoever was hurt: the rules on crowds decide)
    rest = _NOBODY_HURT.sub(" ", text + " " + around)
    return HURT.search(rest) is None and _PEOPLE_HURT.search(rest) is None and _PEOPLE_TARGETED.search(rest) is None


# people hurt, told in the passive ("the farmers were beaten", "two traders were whipped and wounded")
_PEOPLE_HURT = re.compile(
    r"\b(?:civilians?|villagers?|residents?|inhabitants|occupants|people|m[ae]n|wom[ae]n|farmers?|herders?|"
    r"shepherds?|traders?|shopkeepers?|drivers?|passengers?|owners?|famil(?:y|ies)|children|elders?|youths?)\s+"
    r"(?:were|was|had been|have been|got)\s+(?:\w+\s+)?(?:beaten|whipped|flogged|tortured|wounded|injured|assaulted|"
    r"raped|stabbed|manhandled|molested|mistreated|brutali[sz]ed|tied up)\b",
    re.IGNORECASE,
)


def robbed_with_harm(text: str) -> bool:
    """Whether ``text`` (a sentence of looting) tells the people robbed hurt or threatened, in the active
    voice (``takings``) or the passive ("the farmers were beaten")."""
    return takings_with_violence(text) or _PEOPLE_HURT.search(text) is not None


# violence that is only threatened or conditional ("warned that … they would barricade the road")
_THREAT = re.compile(
    r"\b(?:threaten(?:ed|ing|s)? to|vow(?:ed|ing)? to|warn(?:ed|ing|s)? (?:that|of)|menac(?:é|ent|ant) de|"
    r"if\b[^.;]{0,80}?\b(?:would|will|could)|(?:would|will) (?:otherwise|then))\b",
    re.IGNORECASE,
)


def only_threatened(text: str) -> bool:
    """Whether ``text`` (one sentence) tells its violence as a threat or a condition, not as done."""
    return _THREAT.search(text) is not None


_PLACE_PREPOSITIONS = frozenset("in at outside before near inside of to toward towards devant dans".split())
# a crowd's gathering, which a building only locates ("staged a protest in front of the headquarters")
# (inflected forms too: the parser's lemma of "staged" is not always "stage")
_GATHERINGS = frozenset("stage staged staging hold held holding protest protested demonstrate demonstrated march marched "
                        "rally rallied gather gathered assemble assembled picket picketed sit-in demonstration "
                        "manifester rassembler manifestation".split())


def where_a_crowd_gathered(tok) -> bool:
    """Whether the trigger ``tok`` is a noun that only says where a crowd gathered (the object of a
    preposition on a protest: "staged a protest in front of the headquarters", "a sit-in outside the base"),
    not something established."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("pobj", "obl", "nmod"):
        return False
    if not (tok.head.pos_ == "ADP" or tok.head.lower_ in _PLACE_PREPOSITIONS or tok.dep_ == "obl"):
        return False
    return any(a.lemma_.lower() in _GATHERINGS or a.lower_ in _GATHERINGS for a in list(tok.ancestors)[:5])


# verbs of taking a position from its holder by force ("seized the headquarters", "captured the base", « se sont
# emparés du camp »): what they take was someone else's, not set up
_SEIZING = frozenset("seize capture overrun overtake occupy take grab emparer prendre occuper conquérir".split())


def position_seized(tok) -> bool:
    """Whether the establishment word ``tok`` ("headquarters", "base") is what a verb of seizing took: its object
    ("Rebels seize army headquarters"), or that of the control taken ("took control of the base", « s'emparer du camp »)."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = tok.head
    if tok.dep_ in ("pobj", "obl", "nmod") and head.lower_ in ("of", "de", "du", "des") and head.head.lower_ == "control":
        head = head.head.head  # "took control of the headquarters"
    elif tok.dep_ in ("pobj", "obl", "nmod") and head.lower_ in ("de", "du", "des") and head.head.lemma_.lower() == "emparer":
        head = head.head  # « se sont emparés du siège »
    elif tok.dep_ not in ("dobj", "obj", "nsubjpass", "nsubj:pass"):
        return False
    return head.lemma_.lower() in _SEIZING


# verbs of a deed done to premises ("attacked the Koglweogo headquarters", "ransacked the party's headquarters"):
# what they struck stood there already, nothing was set up
_STRIKING_PREMISES = frozenset("attack raid storm assault target ransack vandalise vandalize loot burn torch stone "
                               "besiege attaquer saccager piller incendier".split())


# verbs of fighting whose setting a premises can be ("fought around the headquarters", « combats autour du QG »)
_FIGHTING_AT = frozenset("fight battle clash attack shell bomb combattre affronter".split())
# prepositions that set a fight at, around or near a place
_AROUND = frozenset("around near at outside inside by within autour près devant".split())


def position_struck(tok) -> bool:
    """Whether the establishment word ``tok`` ("headquarters", "base") is the object of a deed done to it, in either
    voice ("residents attacked the local headquarters", "the headquarters was ransacked"), or the place a fight is
    told around ("the army and the RSF fought street battles around the general command headquarters")."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "pobj" and tok.head.lemma_.lower() in _AROUND:
        deed = tok.head.head
        if deed.pos_ in ("NOUN", "PROPN") and deed.dep_ in ("dobj", "obj", "pobj"):
            deed = deed.head  # "attacked positions near the headquarters": the positions' deed
        return deed.lemma_.lower() in _FIGHTING_AT | _STRIKING_PREMISES
    if tok.dep_ not in ("dobj", "obj", "nsubjpass", "nsubj:pass"):
        return False
    return tok.head.lemma_.lower() in _STRIKING_PREMISES


# people described as carrying firearms: an armed group, not an unorganised crowd
ARMED_WITH_GUNS = re.compile(
    r"\b(?:armed with|equipped with|carrying)\s+(?:\w+\s+){0,2}?(?:rifles?|guns?|firearms|kalashnikovs?|AK-?47s?|"
    r"hunting rifles|automatic weapons)\b|\barmés? de (?:fusils?|kalachnikovs?|armes à feu)\b",
    re.IGNORECASE,
)
# a boat, a lorry or a parcel that carries the guns ("intercepted a fishing boat off the coast carrying AK-47 rifles"):
# a cargo, whose seizure is the weapons' disruption, not men under arms
_CARGO_CARRIER = re.compile(
    r"\b(?:boats?|vessels?|ships?|trawlers?|dhows?|canoes?|pirogues?|trucks?|lorr(?:y|ies)|vehicles?|cars?|vans?|pickups?|"
    r"buses|containers?|consignments?|shipments?|parcels?|packages?|bags?|sacks?|crates?|boxes)\b(?:(?!\b(?:men|who|and)\b)"
    r"[^.;,]){0,50}$", re.IGNORECASE)


def armed_with_guns(text: str) -> bool:
    """Whether ``text`` describes people carrying firearms (``ARMED_WITH_GUNS``), not a conveyance carrying them."""
    return any(not (m.group(0).lower().startswith("carrying") and _CARGO_CARRIER.search(text[:m.start()]))
               for m in ARMED_WITH_GUNS.finditer(text))


# strikes flown as one arm of a ground operation ("a combined air-ground operation", "air-landed commandos",
# « une opération aéroterrestre »): the ground troops met the enemy, a battle (ACLED codes the fight)
AIR_GROUND_OPERATION = re.compile(
    r"\bair-?(?:to-)?(?:ground|land) operations?\b|\b(?:combined|joint) (?:air and ground|aerial and ground|air-ground)\b"
    r"|\bair-?landed (?:commandos|troops|forces|soldiers)\b|\bheliborne (?:operations?|assault|troops|commandos)\b"
    r"|\bopérations? aéroterrestres?\b|\bopérations? aéro-terrestres?\b",
    re.IGNORECASE,
)


# prepositions that make their object the setting of the deed told beside it ("amid a blockade", "under siege")
_SETTING = frozenset("amid amidst during under despite throughout malgré pendant sous".split())


# conjunctions and prepositions that open a sentence on its setting, up to the first comma ("Amid the blockade of X,
# militants…", « Alors que Léré est sous blocus depuis des mois, des hommes armés ont attaqué… »)
_SETTING_OPENERS = frozenset("amid amidst despite while whilst malgré alors tandis pendant".split())


def in_opening_setting(tok) -> bool:
    """Whether the trigger lies in the clause a sentence opens on to set the scene, before its first comma: the
    state of things (a blockade, a curfew), with the deed ACLED codes in the main clause after it.  Read on the
    words, not the parse: parsers often make such a clause the root (« sous blocus » read as a verb)."""
    if tok is None:
        return False
    sent = tok.sent
    if sent[0].lower_ not in _SETTING_OPENERS:
        return False
    comma = next((t.i for t in sent if t.text == ","), None)
    return comma is not None and tok.i < comma < sent.end - 3


# words that make the clause they open the reason of the deed ("killed for breaking the blockade", « tués pour avoir
# violé le blocus »)
_MOTIVE = frozenset("for pour".split())


def told_as_circumstance(tok) -> bool:
    """Whether the trigger ``tok`` (a siege's, a curfew's word) is the object of a preposition of setting, or the
    object of a verb that only tells the deed's motive ("burned alive for breaking the blockade") or describes its
    doers ("militants enforcing the siege seized cattle")."""
    if tok is None:
        return False
    if tok.dep_ in ("pobj", "obl", "nmod") and tok.head.lower_ in _SETTING:
        return True
    verb = tok.head
    if tok.dep_ not in ("dobj", "obj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ in _MOTIVE:
        return True
    if any(c.dep_ == "mark" and c.lower_ in _MOTIVE for c in verb.children):
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN")


# a killing that brought its victims' side to strike back at its doers ("resulted in retaliation of the Lobi on the Fula",
# "led to reprisals by Dogon hunters against the Fulani"): two armed sides striking each other in turn, a clash
RETALIATION_ON_THE_OTHER = re.compile(
    r"\b(?:resulted in|led to|sparked|triggered|provoked|prompted|brought)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:retaliation|reprisals?|"
    r"revenge attacks?|counter-?attacks?)\s+(?:by|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:on|against)\s+(?:the\s+)?[\w-]+"
    r"|\b(?:a|ont)\s+(?:entraîné|provoqué|suscité)\s+(?:des\s+|une\s+)?(?:représailles|riposte|vengeance)\s+(?:de|des|du)\s+",
    re.IGNORECASE)


# the labels a verb of seizing leads the model to (loot, a town, a post set up) that people carried off make an abduction
# (not "Other": leaders held by their own guards are a coup's development, "took the prime minister hostage")
PEOPLE_NOT_GOODS = frozenset(("PROPERTY_DISTRUCT", "DISR_WEAP", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER",
                              "HQ_ESTABLISHED"))


# a self-defence group (vigilantes, hunters, Koglweogo, Dozo) that ambushes or fights armed men: ACLED's battle
# between two armed parties, not a crowd's mob violence ("Koglweogo vigilantes ambushed armed bandits",
# « des chasseurs dozos ont tendu une embuscade à des hommes armés »); a lynched thief is no armed party
SELF_DEFENCE_FIGHT = re.compile(
    r"\b(?:vigilantes?|self-defen[cs]e\s+(?:groups?|militia(?:s|men)?|units?|committees?)|koglweogos?|dozos?|hunters|"
    r"groupes?\s+d['’]auto-?défense|chasseurs|miliciens)\b[^.;]{0,80}?"
    r"\b(?:ambush(?:ed|es)?|fought|clash(?:ed)?\s+with|repell?ed|engaged|exchanged\s+fire\s+with|"
    r"(?:tendu|tendent)\s+une\s+embuscade\s+(?:à|aux)|(?:se\s+sont\s+)?affront(?:é|és|aient)|repoussé)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:armed\s+(?:men|bandits|individuals|group)|bandits|gunmen|militants|jihadists|insurgents|"
    r"assailants|attackers|terrorists|robbers|hommes\s+armés|individus\s+armés|assaillants|djihadistes|jihadistes|terroristes)\b",
    re.IGNORECASE,
)
# the same fight told from the other side: armed men who attack, ambush or raid a self-defence group or its post
# ("militants attacked members of a village self-defence group", "gunmen ambushed a Koglweogo patrol"): the group
# is an armed party, its dead fighters, not a crowd nor civilians
SELF_DEFENCE_ATTACKED = re.compile(
    r"\b(?:armed\s+(?:men|bandits|individuals|group)|bandits|gunmen|militants|jihadists|insurgents|assailants|attackers|"
    r"terrorists|fighters|hommes\s+armés|individus\s+armés|assaillants|djihadistes|jihadistes|terroristes)\b[^.;]{0,60}?"
    r"\b(?:attack(?:ed|s)?|ambush(?:ed|es)?|raid(?:ed|s)?|storm(?:ed|s)?|clash(?:ed)?\s+with|fought|attaqué|"
    r"tendu\s+une\s+embuscade\s+(?:à|aux))\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:vigilantes?|self-defen[cs]e\s+(?:groups?|militia(?:s|men)?|units?|committees?|posts?)|koglweogos?|dozos?|VDP|"
    r"militiamen|groupes?\s+d['’]auto-?défense|miliciens)\b",
    re.IGNORECASE,
)

# a self-defence group's own dead counted ("Seven vigilantes were killed in the fighting", "killing three Koglweogo"):
# the group is the fight's armed party that lost them, not a mob; a lynching or a mob named keeps the crowd's deed
SELF_DEFENCE_DEAD = re.compile(
    r"\b(?:vigilantes?|koglweogos?|dozos?|self-defen[cs]e\s+(?:group\s+)?members)\b[^.;]{0,30}?"
    r"\b(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|shot\s+dead|neutrali[sz]ed)\b"
    r"|\b(?:killing|killed)\s+(?:[\w-]+\s+){0,3}?(?:vigilantes?|koglweogos?|dozos?)\b",
    re.IGNORECASE,
)
MOB_WORDS = re.compile(r"\b(?:mobs?|lynch\w*|crowds?|angry|beat(?:en)?\s+to\s+death|foule)\b", re.IGNORECASE)

# labels of no violent deed, which the model gives a fight told only as a noun ("a conflict between …"): the
# developments a sentence may carry beside its deed and a peaceful protest
TOLD_WITHOUT_A_DEED = frozenset(("AGREEMENT", "OTHER", "CHANGE_TO_GROUP_ACT"))
# a deal or a protest that is the sentence's news, the deadly fight its matter ("the two villages signed a peace
# agreement ending the conflict between farmers and herders that left 10 dead")
SETTLED = re.compile(r"\b(?:agreements?|accords?|peace|reconcil\w*|truce|ceasefire|signed|mediat\w*|protest\w*|"
                     r"demonstrat\w*|marched|sit-in|paix|réconcili\w*|manifest\w*)\b", re.IGNORECASE)


def deed_label(s: Sentence, sc: Scored, label: str, tok, rest: str = "") -> str:
    """``label`` corrected by what the deed was done to and whether it was done (the readings above); ``rest``:
    the sentences after it in its paragraph."""
    if label == "MOB_VIOL" and in_answered_deed(tok):
        # "… were killed when militants descended on the village, in reprisal for the killing of two of their
        # fighters by local vigilantes": the crowd's or vigilantes' deed is the motive; the event is the answer to it
        return "ATTACK"
    if label in ("ATTACK", "ARMED_CLASH") and RETALIATION_ON_THE_OTHER.search(s.text):
        return "ARMED_CLASH"  # "… was killed by the Fula group and resulted in retaliation of the Lobi on the Fula"
    if label == "DISR_WEAP" and (fighters_not_weapons(s.text) or fighters_counted_neutralised(s.text)):
        return "ARMED_CLASH"  # "14 terrorists were neutralised near Tessit": fighters killed, no weapon taken out of use
    if label in ("DISR_WEAP", "ABDUCT_DISSAP") and (fight_told(s.text, two_sided=True) or armed_men_under_fire(s.text)) \
            or label == "ABDUCT_DISSAP" and armed_taken_in_a_fight(s.text):
        # "repelled the attack and recovered weapons", "clashed with VDP and abducted two of them": arms or people
        # taken in a fight are its spoils; ACLED codes the fight (an armed clash)
        return "ARMED_CLASH"
    if label == "ABDUCT_DISSAP" and armed_doers_met_head_on(s.text, tok):
        return "ARMED_CLASH"  # "police engaged kidnappers holding six passengers": the gang fought, no kidnapping done
    if label in PEOPLE_NOT_GOODS and people_taken(s.sent):
        return "ABDUCT_DISSAP"  # "seized a health worker on the road": people carried off, not loot nor a town taken
    if label == "NON_STATE_ACTOR_OVERTAKES_TER" and position_fought_for(s.text, rest):
        return "ARMED_CLASH"  # "overran a checkpoint after an exchange of fire": the assault on a post, none said held
    if label == "NON_STATE_ACTOR_OVERTAKES_TER" and goods_taken(tok):
        return "PROPERTY_DISTRUCT"  # "seized five tricycles from farmers": goods taken, no place
    if label in ("NON_STATE_ACTOR_OVERTAKES_TER", "GOV_REGAINS_TERIT", "NON_VIOL_TERRIT_TRANSFER") and roles_taken(tok, s.sent):
        return "CHANGE_TO_GROUP_ACT"  # "took over the missions of the Wagner Group": a role taken up, no place
    if label in ("NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER") and raid_took_only_goods(s, tok, rest):
        return "PROPERTY_DISTRUCT"  # "entered the village and seized the voting material": a raid's loot, no place held
    if label == "HQ_ESTABLISHED" and where_a_crowd_gathered(tok) and (others := [lab for lab in sc.cues if lab != label]):
        return max(others, key=lambda lab: sc.scores.get(lab, -9.0))  # "a sit-in in front of the headquarters"
    if label == "HQ_ESTABLISHED" and position_seized(tok if tok is not None else label_cue_token(s, sc.cues, label)):
        return "NON_STATE_ACTOR_OVERTAKES_TER"  # "rebels seize army headquarters": taken from its holder (who took it decides)
    if label == "HQ_ESTABLISHED" and position_struck(tok if tok is not None else label_cue_token(s, sc.cues, label)) \
            and (others := [lab for lab in sc.cues if lab != label]):
        return max(others, key=lambda lab: sc.scores.get(lab, -9.0))  # "attacked the headquarters": struck, not set up
    if label == "OTHER" and (told_as_circumstance(tok) or in_opening_setting(tok)) and (others := [lab for lab in sc.cues if lab not in ("OTHER", "ATTRIB")]):
        # "seized food from the stores amid an ongoing blockade of the town": the blockade is the deed's setting
        return max(others, key=lambda lab: sc.scores.get(lab, -9.0))
    if label == "OTHER" and siege_fought(tok, rest):
        return "ARMED_CLASH"  # "besieged the Dozo camp. Three Dozo died in the exchanges of fire"
    if label not in CROWD_LABELS and went_to_protest(tok):
        # "women walked to the prefecture to demand news of their husbands taken away by soldiers": their protest
        return "PEACE_PROTEST"
    if label == "VIOL_DEMONSTR" and only_threatened(s.text):
        return "PEACE_PROTEST"  # "warned that they would barricade the road": threatened, not done
    if label in ("MOB_VIOL", "DISR_WEAP") and armed_with_guns(s.text) and not HURT.search(s.text) \
            and not weapons_taken(tok):
        return "PROPERTY_DISTRUCT"  # men armed with rifles who destroyed fields: an armed group's destruction
    if label in ("MOB_VIOL", "ATTACK") and (SELF_DEFENCE_FIGHT.search(s.text) or SELF_DEFENCE_ATTACKED.search(s.text)):
        return "ARMED_CLASH"  # "vigilantes ambushed armed bandits": two armed parties, neither a crowd nor unarmed
    if label == "MOB_VIOL" and defenders_resisted(s.text) and not MOB_WORDS.search(s.text):
        return "ARMED_CLASH"  # "the vigilance committee resisted with bows and arrows": armed defenders, not a crowd
    if label == "MOB_VIOL" and SELF_DEFENCE_DEAD.search(s.text) and not MOB_WORDS.search(s.text):
        return "ARMED_CLASH"  # "Seven vigilantes were killed in the fighting": the group's dead, not a crowd's deed
    if label == "MOB_VIOL" and tok is not None and tok.lemma_.lower() in ("protest", "demonstrate", "march", "rally"):
        return "VIOL_DEMONSTR"  # the crowd's deed is a protest ("protested and burned the mayor's car")
    if (label in ("ATTACK", "ARMED_CLASH", "MOB_VIOL") or label == "ARREST" and "ARMED_CLASH" in sc.cues) \
            and communities_at_arms(s.text):
        # two communities' armed men ("two rival camps of villagers clashed"): communal militias; the forces
        # who arrest some of them afterwards are a third party, their arrest is not the sentence's event
        return "ARMED_CLASH"
    if label in TOLD_WITHOUT_A_DEED and communities_at_arms(s.text) and HURT.search(s.text) and not SETTLED.search(s.text):
        # "a conflict between farmers and herders over crop damage left 2 dead": the fight told as a noun, with no
        # deed for the model to read, and its toll: communal militias at arms, not a development
        return "ARMED_CLASH"
    if label in ("ATTACK", "ARMED_CLASH") and (kin_quarrel(s.text) or kin_doers(s.text)) and HURT.search(s.text + " " + rest) \
            and not armed_with_guns(s.text) and not shots_fired(s.text):
        # "a dispute over a field between two families degenerated; one man died of machete wounds": kin who fell
        # out, unorganised people, whoever died (ACLED's mob violence)
        return "MOB_VIOL"
    if label == "ATTACK" and raid_took_only_goods(s, tok):
        return "PROPERTY_DISTRUCT"  # "raided a village and carried off 300 cattle", nobody hurt: looting
    if label in ("ABDUCT_DISSAP", "ATTACK") and hold_up_robbed_only(s.text, tok):
        return "PROPERTY_DISTRUCT"  # "stopped vehicles and stripped the travellers of their money": robbed, nobody taken
    if label == "AIR_STRIKE" and AIR_GROUND_OPERATION.search(s.text):
        return "ARMED_CLASH"  # the strikes were one arm of a ground operation against the group
    return label


def deed_and_word(s: Sentence, sc: Scored, label: str, tok, rest: str = ""):
    """``deed_label`` and the word that tells it: a label recoded from one its trigger did not anchor (a headquarters
    "attacked", not set up) takes its own cue's word ("attacked")."""
    if (recoded := deed_label(s, sc, label, tok, rest)) != label and tok is None:
        tok = label_cue_token(s, sc.cues, recoded)
    return recoded, tok


# an attack coordinated with what was done to its object ("attacked and burned a fuel tanker", "raided and
# set ablaze a passenger bus"): the object is the attack's as much as the burning's
_ATTACK_AND = re.compile(
    r"\b(attack(?:ed|s)?|raid(?:ed|s)?|storm(?:ed|s)?|ambush(?:ed|es)?)\s+and\s+(?:[\w-]+\s+){1,2}?"
    r"(?=(?:a|an|the|several|two|three|four|five|their|its)\b)",
    re.IGNORECASE,
)


def attack_on_its_object(text: str) -> str:
    """``text`` with an attack coordinated with another deed told as an attack on their shared object
    ("attacked and burned a fuel tanker" → "attacked a fuel tanker"), for the rules that read what was attacked."""
    return _ATTACK_AND.sub(r"\1 ", text)


# shots fired by the doers of a destruction ("fired gunshots and burned a bar", "opened fire and torched a shop"):
# ACLED codes the firearms turned on a civilian place as an attack on civilians, not a property destruction
_SHOTS_FIRED = re.compile(
    r"\b(?:fired|firing)\s+(?:several\s+|warning\s+|many\s+)?(?:gun)?(?:shots|gunfire|bullets|rounds)\b|\bopened fire\b"
    r"|\b(?:tirs?|coups de feu)\b|\b(?:ont|a|avaient|avait)\s+(?:tiré\s+sur|ouvert\s+le\s+feu)\b", re.IGNORECASE)


def shots_fired(text: str) -> bool:
    """Whether ``text`` tells shots fired ("fired gunshots", "opened fire", « des coups de feu »)."""
    return _SHOTS_FIRED.search(text) is not None
