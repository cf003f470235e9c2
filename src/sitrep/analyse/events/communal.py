"""Communities that kill each other in turn fight a battle: ACLED codes violence between two communal
militias as an armed clash, not as an attack on civilians, when each side's people are killed in a chain
of raids and reprisals ("two Lobi farmers were killed, which sparked a weekend of violence in which six
Fula were killed", « des représailles des Dogon contre les Peuls »).

The signal is a short text that names the dead of two different communities and tells a reprisal
(retaliation, revenge, violence sparked).  A raid told as revenge whose dead are of one community ("in
retaliation for the killing of a hunter, gunmen killed 6 Fulani") stays an attack on civilians.

ACLED's split of violence between groups, as its codebook defines the sub-events and its Burkina notes code them:

- Battles/Armed clash: two organised, armed sides fight, a community's militia among them (identity militias
  named by their people, village or livelihood: Fulani herders and Mossi farmers, the people of two villages, gold
  miners against a region's land owners, Dozo or Koglweogo against gunmen, villagers who fight off militants);
- Riots/Mob violence: unorganised people who fight among themselves or set on someone, not demonstrating — a mob
  that lynches a thief, two families, traders, gold panners or the faithful of two creeds who brawl, partisans of
  rival candidates, residents who fight the Koglweogo or the police who keep order; a note ACLED sized as a
  crowd's ("[size=…]", written for demonstration events only) with no armed side named;
- Violence against civilians/Attack: an armed, organised side strikes people who do not fight back — Koglweogo,
  Dozo, VDP or vigilantes who kill suspects or herders, a village's armed men who raid a neighbouring village's
  people, a militia's "clash" with people the text calls civilians or a community's members, dead named by their
  people ("killed 13 Fulani"), whom ACLED codes as civilians unless told armed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.knowledge.armed_people import any_armed_forms, armed_forms
from sitrep.knowledge.demonyms import country_of_demonym
from sitrep.analyse.events.cues import SPORT
from sitrep.analyse.events.crowd_doers import TRADE_CROWDS
from sitrep.analyse.events.fighter_kinds import anyone_side, brawl_noun, BRAWL_NOUNS, communal_fighters_named, lone_person_side, side_from_a_place
from sitrep.analyse.events.fight_words import fight_told
from sitrep.analyse.events.suspected_ties import without_suspected_ties
from sitrep.analyse.place_spellings import community_names

REPRISAL = re.compile(
    r"\b(?:retaliat\w*|reprisals?|revenge|in response|sparked (?:a |an )?(?:\w+ ){0,3}?(?:violence|clashes|fighting)|"
    r"cycle of violence|spiral|tit-for-tat|counter-?attack\w*|représailles|vengeance|riposte)\b",
    re.IGNORECASE,
)
# spellings of one people (Fula, Fulani, Peul): one community, not two
_SAME_PEOPLE = {"fula": "fulani", "fulbe": "fulani", "peul": "fulani", "peulh": "fulani", "pullo": "fulani",
                "tuareg": "touareg", "kel tamasheq": "touareg"}
_WORD = re.compile(r"[A-Za-zÀ-ÿ'-]+")


# a community named as the dead: "killed two Lobi farmers", "the killing of a Mossi", "6 Fula were killed"
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing(?: of)?|shot dead|massacred|tué|tués|meurtre d['’]un)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
_KILLED_AFTER = re.compile(r"^(?:\s+[\w'-]+){0,2}\s+(?:were|was|had been|have been|ont été|a été)\s+(?:shot dead|killed|tués?)\b",
                           re.IGNORECASE)


def communities_killed(text: str) -> set[str]:
    """The distinct communities ``text`` names among its dead (plural and spelling variants folded together)."""
    names = community_names()
    out = set()
    for m in _WORD.finditer(text):
        key = m.group(0).lower()
        if key not in names:
            continue
        if not (_KILLED_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) or _KILLED_AFTER.search(text[m.end() : m.end() + 40])):
            continue
        key = key[:-1] if key.endswith("s") and key[:-1] in names else key
        out.add(_SAME_PEOPLE.get(key, key))
    return out


def community_dead(text: str) -> bool:
    """Whether ``text`` names its dead by their people or community ("killed 13 Fulani", "two Mossi were killed"), a
    militia's own dead (the Dozo) aside: people ACLED codes as civilians (an ethnic group beside them) unless told armed."""
    return bool(communities_killed(text) - {"dozo", "dozos"})


def communities_in_reprisals(text: str) -> bool:
    """Whether ``text`` tells the dead of two communities in a chain of reprisals."""
    return bool(REPRISAL.search(text)) and len(communities_killed(text) - {"dozo"}) >= 2


# a fight told as a noun or a verb with its two sides after "between" ("a fight between herders of one
# village and farmers of another", « des affrontements entre agriculteurs et éleveurs »), up to the clause's
# end ("…, eight people were also arrested by security forces" names a third party, not a side)
_FIGHT_BETWEEN = re.compile(
    r"\b(?:fights?|fighting|fought|clash(?:es|ed)?|confrontations?|conflicts?|violence|skirmish(?:es)?|affrontements?|heurts|"
    # (a fight of bare hands told by its own nouns: "a brawl between traders", « une rixe entre deux familles »)
    + BRAWL_NOUNS + r"|"
    r"(?:ont )?opposé)\s+(?:\w+\s+){0,2}?(?:between|entre)\s+(?P<sides>[^.;,]{3,120})|"
    # the fight's outbreak told with its day or its place before the sides ("fighting erupted on 20 December
    # between supporters of …", « des heurts ont éclaté samedi à X entre … »)
    r"\b(?:fights?|fighting|clashes|violence|skirmishes|affrontements|heurts)\s+(?:erupted|broke out|flared(?: up)?|"
    r"(?:ont|a) éclaté)\s+(?:(?:on|in|at|near|le|à|ce)\s+)?(?:[\w'-]+\s+){0,5}?(?:between|entre)\s+(?P<erupted>[^.;,]{3,120})|"
    # a quarrel that turned into a fight ("a quarrel over a well between herders and farmers degenerated into a clash"),
    # or whose toll says it was fought ("an argument between farmers and herders … ended with two herders dead")
    r"\b(?:quarrels?|disputes?|rows?|altercations?|arguments?|querelles?|différends?|litiges?)\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:between|entre)\s+(?P<quarrelling>[^.;]{3,120}?)\s+(?:degenerated|escalated|turned|led|erupted|ended (?:with|in)|"
    r"left|resulted in|dégénéré|tourné|fait)\b|"
    # the French way of telling sides, one opposed to the other (« un affrontement a opposé des habitants à des Koglweogo »)
    r"\b(?:a|ont|avait|avaient|have|has|had)?\s*(?:opposé|opposed)\s+(?P<opposed>[^.;,]{3,100}?\s+(?:à|aux|to)\s+[^.;,]{3,80})",
    re.IGNORECASE,
)
# where the one side meets the other in « A à B », "A to B"
_OPPOSED_TO = re.compile(r"\s+(?:à|to)\s+(?=(?:des|les|la|le|l['’]|un|une|deux|the|a|an|some)\b)|\s+aux\s+", re.IGNORECASE)
# people of a place or a livelihood, the communal militias of ACLED's coding
_COMMUNITY_WORDS = re.compile(
    r"\b(?:herders?|farmers?|villagers?|villages?|inhabitants|residents|communit(?:y|ies)|clans?|pastoralists|"
    r"cultivators|hunters|fishermen|youths|éleveurs|agriculteurs|cultivateurs|communautés?|villageois|habitants|pêcheurs)\b",
    re.IGNORECASE,
)
# sides that make the fight another kind: the state's forces or armed groups (a battle told by other rules),
# crowds held by a cause (a riot)
_NOT_COMMUNAL = re.compile(
    r"\b(?:" + armed_forms("not_communal") + r"|supporters|students|fans|protesters|demonstrators|manifestants|étudiants)\b",
    re.IGNORECASE,
)


# the same fight told with its two sides as the subject ("Bozo fishermen and Fulani herders clashed",
# "youths from two villages fought", « des éleveurs et des agriculteurs se sont affrontés »)
_SIDES_FIGHT = re.compile(
    r"(?P<sides>[^.;,:]{3,100}?)\s+(?:(?:have|had|reportedly|violently|again)\s+)?(?:clashed|fought(?! (?:off|back))|"
    r"exchanged fire|(?:confronted|attacked|faced) (?:each other|one another)|se sont (?:violemment )?(?:affrontés|battus)|"
    # (a brawl told by its idiom: "gold panners came to blows", « des orpailleurs en sont venus aux mains »)
    r"(?:came|come|coming) to blows|traded blows|(?:en )?sont venus aux mains|"
    r"s['’]affrontent)\b",
    re.IGNORECASE,
)
# with an apposition after the sides' noun (« Les orpailleurs, venus de deux villages voisins, se sont battus »)
_APPOSED_SIDES_FIGHT = re.compile(_SIDES_FIGHT.pattern.replace("?)", "?(?:,[^.;,:]{3,60},)?)", 1), re.IGNORECASE)


@lru_cache(maxsize=1024)
def communities_fighting(text: str) -> bool:
    """Whether ``text`` (one sentence) tells a fight between two groups of people named by their place,
    livelihood or people (herders and farmers, two villages, two communities): ACLED's communal militias
    fighting each other, an armed clash whoever died.  (Cached by text: the codebook, the struck-party checks
    and the scope ask it of the same sentence up to five times, and its three searches run over the whole
    sentence each time.)"""
    if crowds_fighting(text):
        return False  # (gold miners, the faithful of two creeds, residents against the Koglweogo: a brawl, not militias)
    text = _BRACKET.sub("", text)  # ("Bambara farmers and Fulani herders of Bla (Bla, Segou) clashed": one side's place)
    between = _FIGHT_BETWEEN.search(text)
    if between is not None and _communal_sides(_sides_of(between)) and not brawl_noun(between.group(0)):
        return True
    subject = _SIDES_FIGHT.search(text)
    if subject is not None and _communal_sides(subject.group("sides")):
        return True
    # (two villages' youths who fight after a match are its rival fans, a riot: "from two villages fought … after a football match")
    return _RIVAL_CAMPS.search(text) is not None and _FIGHT_VERB.search(text) is not None and not _NOT_COMMUNAL.search(text) \
        and not SPORT.search(text)


# two camps of one place's people ("two rival groups of villagers armed with machetes clashed"), or people of two
# places ("residents of two neighbouring villages fought each other", « des habitants de deux villages voisins »)
_RIVAL_CAMPS = re.compile(
    r"\b(?:two|rival)\s+(?:rival\s+)?(?:groups|camps|factions|clans|sides|families)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:villagers|residents|inhabitants|youths|farmers|herders|communities|villageois|habitants|jeunes)\b|"
    # (two neighbourhoods of one town are no communities: their residents who fight are a crowd)
    r"\b(?:from|of)\s+two\s+(?:neighbou?ring\s+|rival\s+|nearby\s+)?(?:villages|hamlets|communities|clans)\b|"
    r"\bdeux (?:camps|groupes|clans) (?:rivaux )?(?:de |d['’])|\bde deux (?:villages|hameaux|communautés)\b",
    re.IGNORECASE,
)
# a place's administrative bracket in a note ("Diafarabe (Tenenkou, Mopti)"), whose comma cuts no side
_BRACKET = re.compile(r"\s*\([^()]{0,80}\)")
_FIGHT_VERB = re.compile(r"\b(?:clashed|fought|clashes|fighting|s['’]affront\w*|affront\w*)\b", re.IGNORECASE)


def fight_between_sides(text: str) -> str | None:
    """The words naming a fight's sides after its "between" ("farmers and Fulani pastoralists in K"), or None."""
    m = _FIGHT_BETWEEN.search(text)
    return _sides_of(m) if m else None


def _sides_of(fight: re.Match) -> str:
    opposed = fight.group("opposed")
    return fight.group("sides") or fight.group("erupted") or fight.group("quarrelling") \
        or (_OPPOSED_TO.sub(" and ", opposed, count=1) if opposed else "")


def _communal_sides(sides: str) -> bool:
    """Whether ``sides`` ("herders and farmers", "Bozo fishermen and Fulani herders") names two groups of
    people by their livelihood, place or people, and none of them the state's or an armed group's."""
    parts = re.split(r"\b(?:and|et)\b", sides, maxsplit=1, flags=re.IGNORECASE)
    if len(parts) < 2 or _NOT_COMMUNAL.search(sides):
        return False
    left, right = parts
    # each side a community, or the second a bare name after the first's word ("the villages of X and Y");
    # "FAMa and the Dozo" is the army beside a militia, not two communities
    return _names_community(left) and (_names_community(right) or re.match(r"\s*[A-Z]", right) is not None)


def _names_community(text: str) -> bool:
    names = community_names()
    return _COMMUNITY_WORDS.search(text) is not None or any(w.group(0).lower() in names for w in _WORD.finditer(text))


def unorganised_fight(text: str) -> bool:
    """Whether the fight ``text`` (one sentence) tells names no community (no people's name, no livelihood of the land,
    no village) and no armed or organised side: its fighters (residents of two neighbourhoods, people at a market, the
    crowd at a wedding) are an unorganised crowd, ACLED's rioters, however many died and whatever they fought with."""
    text = _BRACKET.sub("", text)
    if communities_fighting(text) or communal_fighters_named(text):
        return False
    plain = without_suspected_ties(_HAND_ARMS.sub(" ", text))
    return _ARMED_SIDE.search(plain) is None and _any_armed().search(plain) is None


# a crowd's words: the fight is a riot whoever the sides ("a dispute between farmers and herders led to riots")
_RIOT_WORDS = re.compile(r"\b(?:riot\w*|mobs?|lynch\w*|émeutes?|émeutiers)\b", re.IGNORECASE)


def communities_at_arms(text: str) -> bool:
    """Whether ``text`` tells two communities fighting each other and no crowd's riot: whatever word the model
    read (a mob, an attack), ACLED codes the fight as an armed clash between communal militias, whatever the
    weapons (ACLED's own notes: "a Fulani herder was hit in the head by a machete … before other Fulani drove off
    Bombore attackers" is a battle of the Bombore communal militia)."""
    return communities_fighting(text) and _RIOT_WORDS.search(text) is None and _KIN.search(text) is None \
        and not young_crowds_fighting(text)


# kin and neighbours: a fight among them is a family's quarrel, not two communities at arms
# (« deux villages voisins » are neighbouring villages, two communities, not neighbours)
_KIN = re.compile(r"\b(?:famil(?:y|ies)|relatives|neighbou?rs|households?|brothers|cousins|in-laws|familles|"
                  r"(?<!villages )(?<!hameaux )(?<!quartiers )voisins)\b", re.IGNORECASE)


def kin_quarrel(text: str) -> bool:
    """Whether ``text`` tells a quarrel or a fight between kin or neighbours ("a dispute over a field between two
    families degenerated", or with the kin as the fight's subject: "members of two families fought over the grave"):
    unorganised people, whose violence ACLED codes as mob violence, not a militia's."""
    sides = fight_between_sides(text)
    if sides is None and (subject := _SIDES_FIGHT.search(_BRACKET.sub("", text))) is not None:
        sides = subject.group("sides")
    return sides is not None and _KIN.search(sides) is not None


# a man and his kin told as the doers of a blow ("a farmer and his sons armed with machetes attacked herders", "a trader
# and his brothers beat a neighbour"): a household, not a community's men under arms
_KIN_DOERS = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:farmer|herder|man|villager|trader|landowner|landlord|hunter|fisherman|shopkeeper|"
    r"butcher|driver|herdsman|cultivator)\s+and\s+(?:his|her)\s+(?:(?:two|three|four|five|several|adult)\s+)?"
    r"(?:sons|brothers|relatives|family|nephews|kinsmen|cousins)\b"
    r"(?:(?!\b(?:said|told|reported)\b)[^.;]){0,80}?\b(?:attacked|beat|assaulted|set upon|stabbed|hacked|clubbed|injured|wounded|killed)\b",
    re.IGNORECASE)


def kin_doers(text: str) -> bool:
    """Whether ``text`` tells a man and his kin as the doers of a blow ("a farmer and his sons armed with machetes
    attacked Fulani herders"): unorganised people, whose violence ACLED codes as mob violence, not a militia's."""
    return _KIN_DOERS.search(text) is not None


# crowds held together by a cause, a team or a school: a fight told between them is a riot, never two militias
_PARTISAN_SIDES = re.compile(r"\b(?:supporters|partisans|fans|students|pupils|protesters|demonstrators|manifestants|"
                             r"(?:party\s+)?workers|activists|cadres|followers|"
                             r"étudiants|élèves)\b", re.IGNORECASE)


# the two camps a crowd's partisans follow ("supporters of two candidates", "fans of rival clubs", « de deux candidats »)
_TWO_CAMPS = re.compile(r"\b(?:two|rival|opposing|deux|rivaux|rivales)\b", re.IGNORECASE)


# partisans named as the subject of a clash among themselves ("BJP, TMC workers clash", "supporters of two rival
# candidates clashed"): not a clash with the forces ("workers clashed with police" is a demonstration's)
_PARTISANS_CLASHED = re.compile(
    r"\b(?:(?:party\s+)?workers|supporters|activists|cadres|followers|partisans)\b"
    r"(?:(?!\b(?:police\w*|cops?|troops|soldiers|forces|army|said|says|with)\b)[^.;]){0,40}?\bclash(?:ed|es)?\b"
    r"(?!\s+with\b)", re.IGNORECASE)


def partisans_fighting(text: str) -> bool:
    """Whether ``text`` tells a fight between partisans ("street fighting erupted between supporters of two candidates",
    « des affrontements entre étudiants de deux syndicats », "BJP, TMC workers clash"), none of them armed: ACLED's
    rioters, mob violence."""
    sides = fight_between_sides(text)
    if sides is None and (m := _PARTISANS_CLASHED.search(text)) is not None:
        sides = m.group(0)
    return sides is not None and _PARTISAN_SIDES.search(sides) is not None \
        and re.search(r"\b(?:" + armed_forms("not_communal") + r")\b", sides, re.IGNORECASE) is None


# the faithful of a creed: two of them who fight are a brawl of unorganised people (ACLED's mob violence), not militias
_FAITHFUL = r"muslims|christians|catholics|protestants|evangelicals|animists|worshippers|faithful|believers|congregations|" \
    r"musulmans|chrétiens|catholiques|protestants|évangéliques|animistes|fidèles|croyants"
# the people a crowd is made of, with no community's name: a fight of theirs against those who keep order (the police,
# or the Koglweogo, vigilantes and volunteers who police a village or a mining site) is a riot, not a battle
_PLAIN_CROWD = r"residents|inhabitants|locals|villagers|youths|young (?:people|men)|population|crowds?|mobs?|" \
    r"habitants|villageois|jeunes|populations?|foules?"
_ORDER_KEEPERS = re.compile(r"\b(?:koglweogos?|vigilantes?|volunteers?|vdp|self-defen[cs]e (?:groups?|militias?)|police\w*|"
                            r"gendarmes?|gendarmerie|security forces|forces de (?:l['’]ordre|sécurité)|policiers|vigiles|"
                            # (the town's or the tax office's men: "traders clashed with municipal agents", « agents municipaux »)
                            r"(?:municipal|council|town hall|city|customs|tax) (?:agents|officers|officials|guards)|agents (?:municipaux|des impôts)|douaniers)\b",
                            re.IGNORECASE)
_CROWD_SIDE = re.compile(r"\b(?:" + "|".join(sorted(TRADE_CROWDS)) + "|" + _FAITHFUL + r"|gold (?:miners|diggers|panners|seekers)|chercheurs d['’]or|"
                         r"(?:motorbike|moto|taxi)[\w -]{0,12}drivers|merchants|butchers|apprentices)\b", re.IGNORECASE)
_PLAIN_SIDE = re.compile(r"\b(?:" + _PLAIN_CROWD + r")\b", re.IGNORECASE)
_TRADED_FIRE = re.compile(r"\b(?:exchang\w+|trad\w+)\s+(?:of\s+)?(?:gun)?fire\b|\béchang\w+ de tirs\b", re.IGNORECASE)
# a side said armed, or armed men: the fight is no brawl whoever the other side
_ARMED_SIDE = re.compile(r"\b(?:armed|armés?|gunmen|militants|jihadists|terrorists|bandits|assailants|insurgents|rebels|"
                         r"fighters|hommes armés|djihadistes|terroristes|soldiers|troops|militaires|soldats|army|armée)\b",
                         re.IGNORECASE)


# a side told by a country's adjective alone ("Burkinabe" in "Burkinabe and Nigerien gold panners") or by where its people
# come from: the modifier of the noun after the "and", which names both sides
_LOCAL_OR_FOREIGN = re.compile(r"\s*(?:the\s+)?(?:local|foreign|native|migrant|indigenous)\s*", re.IGNORECASE)


_ORIGIN = re.compile(r"\s+(?:origin|nationality|descent)\b.*$|^(?:d['’])?origine\s+", re.IGNORECASE)


def _lone_modifier(side: str) -> bool:
    word = side.strip()  # (French puts the adjectives after the noun, plural: « des orpailleurs burkinabè et nigériens »)
    word = _ORIGIN.sub("", word)  # ("Nigerien origin", « d'origine nigérienne »: the origin's adjective)
    return country_of_demonym(word) is not None or word.endswith("s") and country_of_demonym(word[:-1]) is not None \
        or _LOCAL_OR_FOREIGN.fullmatch(side) is not None


def crowds_fighting(text: str) -> bool:
    """Whether ``text`` tells a fight, as a noun or with its sides as the subject, between unorganised people whom
    no community names: partisans, a trade's people or the faithful of two creeds among themselves ("clashes between
    two groups of gold miners", "clashes between Muslims and Christians", « des heurts entre orpailleurs »), or a
    plain crowd against those who keep order ("clashes between residents and Koglweogo"): ACLED's rioters (mob
    violence), not communal militias, whether the sides are told by a clause or by a noun with no doer to parse."""
    if partisans_fighting(text):
        return True
    text = _BRACKET.sub("", text)
    sides = fight_between_sides(text)
    if sides is None and (subject := _APPOSED_SIDES_FIGHT.search(text)) is not None:
        # (the other side told after the verb: "Koglweogo members clashed with residents who opposed an arrest")
        other = _OTHER_SIDE.match(text, subject.end())
        sides = re.sub(r",[^,]*,$", "", subject.group("sides")) + (" and " + other.group(1) if other else "")
    if sides is None or _ARMED_SIDE.search(sides) is not None or _TRADED_FIRE.search(text):
        return False  # (a crowd that trades gunfire is armed: "workers of rival parties exchanged fire")
    # (a crowd that shoots is armed; the forces' shots at it leave it a crowd: "… one miner was shot dead")
    if _ARMS.search(text) and _ARMS.search(_CROWD_SHOT.sub(" ", text)) or _ARMS.search(sides):
        return False
    parts = [p for p in re.split(r"\b(?:and|et)\b|,", sides, maxsplit=1, flags=re.IGNORECASE) if p.strip()]
    if len(parts) == 2 and (_lone_modifier(parts[0]) or _lone_modifier(parts[1])):
        parts = [sides]  # ("Burkinabe and Nigerien gold panners": one crowd whose two origins share its noun)
    if len(parts) < 2:  # ("two groups of gold miners", "clashes between gold diggers", « entre orpailleurs »): among themselves
        # (or partisans of two camps: "supporters of two candidates for the chieftaincy of T clashed")
        return bool(parts) and (_CROWD_SIDE.search(parts[0]) is not None or _PARTISAN_SIDES.search(parts[0]) is not None
                                and _TWO_CAMPS.search(parts[0]) is not None  # (no side told at all: "between , and")
                                or _plain_crowd_among_itself(parts[0], text))
    crowd = [_CROWD_SIDE.search(p) is not None and not _names_community(_CROWD_SIDE.sub("", p)) for p in parts]
    if all(crowd) or any(crowd) and all(c or lone_person_side(p) and not _names_community(p) for p, c in zip(parts, crowd)):
        return True  # (or a crowd against one person of no group: "between gold miners and the owner of the site")
    plain = [(_PLAIN_SIDE.search(p) is not None or c) and _ORDER_KEEPERS.search(p) is None for p, c in zip(parts, crowd)]
    keepers = [_ORDER_KEEPERS.search(p) is not None for p in parts]
    return plain[0] and keepers[1] or plain[1] and keepers[0]


def _plain_crowd_among_itself(side: str, text: str) -> bool:
    """Whether one plain crowd fought among itself ("inhabitants of two neighbourhoods clashed", "people clashed at the
    market"), with no community, no village it came from and no armed man told: a brawl, whoever fought."""
    return (_PLAIN_SIDE.search(side) is not None or anyone_side(side)) and not communal_fighters_named(text) and not side_from_a_place(side) \
        and _RIVAL_CAMPS.search(text) is None and _any_armed().search(text) is None


# the side a fight was fought with, told after its verb ("… clashed with residents of Kaya"), not its arms ("with machetes")
_OTHER_SIDE = re.compile(r"\s+(?:with|against|avec|contre)\s+(?!(?:des\s+)?(?:machet+es?|sticks|clubs|knives|stones|rocks|cudgels|"
                         r"bâtons|gourdins|couteaux|pierres|coupe-coupe)\b)([^.;,]{3,80})", re.IGNORECASE)


# the shots of those who keep order, or a crowd's people shot ("police fired live rounds", "one miner was shot dead by
# gendarmes"): a fight between a crowd and the forces whose only firearms are the forces'
_CROWD_SHOT = re.compile(
    r"\b(?:police\w*|gendarmes?|officers?|forces|guards?|agents?|policiers)\b[^.;]{0,30}?\b(?:fired|shot|opened fire)\b"
    r"(?:\s+(?:live\s+|warning\s+)?(?:rounds|bullets|shots|ammunition))?|"
    r"\b(?:miners?|diggers?|panners?|residents?|youths?|students?|pupils?|protesters?|demonstrators?|traders?|vendors?|villagers?|"
    r"drivers?|people|persons?|m[ae]n|wom[ae]n|boys?|inmates?)\s+(?:was|were)\s+(?:reportedly\s+)?shot(?:\s+dead)?"
    r"(?:\s+by\s+(?:the\s+)?(?:police\w*|gendarmes?|officers?|guards?|forces))?|"
    r"\b(?:policiers|gendarmes|forces de l['’]ordre|agents)\b[^.;]{0,30}?\b(?:ont|a)\s+(?:tiré|ouvert le feu)\b|"
    r"\b(?:orpailleurs?|manifestants?|jeunes|habitants?|élèves|étudiants|commerçants?|villageois|détenus?)\s+(?:a|ont)\s+été\s+"
    r"(?:tués?|abattus?)\s+par\s+balles?", re.IGNORECASE)


# the young of a place or a people, a crowd however its community is named ("youths from the Mossi and Fulani
# communities", "youths of two neighbourhoods", « des jeunes de deux quartiers »), unless armed; and two groups of
# people told by nothing but their number or kinship ("two groups clashed with sticks over a land dispute", "members of
# two families", « deux groupes de jeunes »): a brawl, whose sides no organisation names
_YOUNG_CROWD = re.compile(r"\b(?:youths|young (?:people|men)|teenagers|jeunes|adolescents|"
                          r"(?:two|rival) (?:groups|families|factions)|deux (?:groupes|familles|clans))\b", re.IGNORECASE)
# (or whose dead are told as fighters: "rival factions … left 20 combatants dead" are an armed movement's)
_ARMS = re.compile(r"\b(?:armed|guns?|gunfire|gunshots?|gunmen|rifles?|firearms|shot|shooting|opened fire|fired|"
                   r"combatants?|militiam[ae]n|armés?|fusils?|armes? à feu|coups? de feu|tirs?|combattants?|miliciens?)\b",
                   re.IGNORECASE)


def young_crowds_fighting(text: str) -> bool:
    """Whether ``text`` tells a fight whose sides are the young of two places or peoples, with no firearm ("youths from
    the Mossi and Fulani communities clashed with sticks and machetes at the market", "clashes between youths of two
    neighbourhoods"): a brawl of unorganised people (ACLED's mob violence), not communal militias at arms."""
    between = fight_between_sides(text)
    subject = _SIDES_FIGHT.search(_BRACKET.sub("", text))
    sides = between if between is not None else subject.group("sides") if subject is not None else None
    if sides is None or _YOUNG_CROWD.search(sides) is None or _ARMS.search(text) is not None \
            or _VILLAGE_SIDE.search(sides) is not None or _FOUGHT_A_COMMUNITY.search(text) is not None:
        return False
    # the young of two named peoples are their militias' men ("clashes between Marka and Bwaba youths over a land
    # dispute"), unless a brawl's arms tell a brawl ("… clashed with sticks and machetes at the market")
    names = community_names()
    return not any(w.group(0).lower() in names for w in _WORD.finditer(sides)) or _BRAWL_ARMS.search(text) is not None


_BRAWL_ARMS = re.compile(r"\b(?:sticks|clubs|cudgels|stones|rocks|bottles|fists|knives|machetes|cutlasses|"
                         r"bâtons|gourdins|pierres|couteaux|machettes)\b", re.IGNORECASE)


# a village's young are its men at arms (ACLED's own notes: "youths from the village of K clashed with villagers from S"
# is a battle of K's communal militia), and so are those who fight a community named by its place or livelihood
# (or of a named place: "youths from Kouakourou and Moura fought with clubs")
_VILLAGE_SIDE = re.compile(r"\b(?:villages?|hamlets?|villagers|villageois)\b|\b(?:from|de)\s+(?-i:[A-Z])", re.IGNORECASE)
_FOUGHT_A_COMMUNITY = re.compile(
    r"\b(?:clash(?:ed|es)?|fought|fighting)\s+(?:with|against)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:villagers|herders|farmers|hunters|"
    r"residents|inhabitants|fishermen|pastoralists|cultivators|dozos?)\b", re.IGNORECASE)


# a militia that polices or defends a community (Koglweogo, Dozo, vigilantes, self-defence groups, volunteers)
_MILITIA = re.compile(r"\b(?:koglweogos?|dozos?|vigilantes?|self-defen[cs]e (?:groups?|militias?)|militiamen|militias?|"
                      r"volunteers?|vdp|groupes? d['’]autodéfense|miliciens?|milices?)\b", re.IGNORECASE)
# the people it struck told as unarmed: civilians, a community's members, its women and children
_UNARMED_STRUCK = re.compile(
    r"\b(?:civilians?|community members|members of the [\w-]+ community|women and children|unarmed|"
    r"civils|membres de la communauté|femmes et (?:des )?enfants)\b", re.IGNORECASE)


def militia_struck_the_unarmed(text: str) -> bool:
    """Whether ``text`` tells a community's militia in a "clash" whose other side it calls civilians or a community's
    members, and no armed group nor the state's forces ("Koglweogo clashed with Fulani, killing three Fulani civilians",
    "clashes between Koglweogo and Fulani community members left 46 dead"): one side armed and organised struck
    unarmed people, which ACLED codes as an attack on civilians, whatever word the writer used for it."""
    return _MILITIA.search(text) is not None and _UNARMED_STRUCK.search(text) is not None \
        and _ARMED_SIDE.search(text) is None and not crowds_fighting(text)


# a village's or a community's men told armed ("armed youths from the village of S", "men from the village of B armed
# with machetes", « des villageois armés de K »): its communal militia, not a crowd
_VILLAGE_ARMED_MEN = re.compile(
    r"\barmed\s+(?:young men|youths|villagers|men|residents|inhabitants|farmers|herders|locals)\s+(?:from|of)\b|"
    r"\b(?:young men|youths|villagers|men|residents|inhabitants|farmers|herders|locals)\s+(?:from|of)\s+(?:the\s+)?"
    r"(?:(?:neighbou?ring\s+)?village\s+of\s+)?(?-i:[A-Z])[\w'-]+\s+(?:\([^()]{0,60}\)\s+)?armed\s+with\b|"
    r"\b(?:jeunes|villageois|hommes|habitants|agriculteurs|éleveurs)\s+armés\s+(?:de|d['’])\s*(?:[\w'-]+\s+){0,2}?"
    r"(?:du village de|de|d['’])\s*(?-i:[A-Z])", re.IGNORECASE)
# the sentence tells a fight both sides fought, not one side's blows
# (or by the words every fight of two sides is told by: a shoot-out, a gun battle, "both sides used rifles")
_MUTUAL = re.compile(r"\b(?:clash(?:ed|es)?|fought|fighting|exchanged fire|exchange of fire|repel\w*|repuls\w*|fought back|"
                     r"s['’]affront\w*|affrontements?|riposté|repoussé|both sides|the two (?:sides|camps|groups|communities)|"
                     r"les deux (?:camps|parties|groupes|communautés))\b", re.IGNORECASE)
_HARMED = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|hacked|dead|tués?|blessés?|blessant|tuant)\b",
                     re.IGNORECASE)


def village_men_struck(text: str) -> bool:
    """Whether ``text`` tells a village's or a community's armed men striking people who did not fight back ("armed
    youths from the village of S destroyed property amid a land dispute with the village of K; three people were
    wounded", "men from the village of B armed with machetes attacked residents of S, killing two"): a communal
    militia's attack on civilians (ACLED's Burkina notes), not a battle; a told fight of both sides stays a battle."""
    return _VILLAGE_ARMED_MEN.search(text) is not None and _HARMED.search(text) is not None \
        and _MUTUAL.search(text) is None and not fight_told(text, two_sided=True) \
        and _ARMED_SIDE.search(_VILLAGE_ARMED_MEN.sub("", text)) is None


# ACLED's crowd-size tag, which its coders write in the notes of demonstration events (protests and riots) only
_SIZE_TAG = re.compile(r"\[\s*size\s*=", re.IGNORECASE)


@lru_cache(maxsize=1)
def _any_armed() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + any_armed_forms() + r")\b", re.IGNORECASE)


def sized_crowd_note(note: str) -> bool:
    """Whether ``note`` carries ACLED's crowd-size tag ("[size=no report]", "[size=at least 3]") and names no armed or
    organised side: ACLED sized the people as a demonstration's, so its fight or blows are a crowd's riot ("a number
    of people from two villages clashed over a land dispute … [size=no report]"), not communal militias at arms."""
    if _SIZE_TAG.search(note) is None:
        return False
    # (the armed group a lynched man was accused of belonging to is his description, not a side: "caught a man they
    # accused of being a JNIM militant, beat him and set him on fire")
    note = _HAND_ARMS.sub(" ", without_suspected_ties(note))  # ("a number of youths armed with machetes and clubs": a crowd's hand weapons, still a crowd)
    note = " ".join(s for s in re.split(r"(?<=[.!?])\s+", note) if not _KEPT_ORDER.search(s) or _FORCE_USED.search(s))
    return _ARMED_SIDE.search(note) is None and _any_armed().search(note) is None


# the forces who came to part or calm a crowd ("Gendarmes intervened to restore calm", "police dispersed the crowd",
# « les forces de l'ordre sont intervenues »): the keepers of order, no side of the crowd's fight, unless they used force
_KEPT_ORDER = re.compile(r"\b(?:intervened|intervening|restored (?:order|calm)|to restore (?:order|calm)|dispersed|separated|"
                         r"broke up|calmed|brought the situation under control|sont intervenu(?:e)?s|est intervenue?|"
                         r"rétabli(?:r)? (?:l['’]ordre|le calme)|ont dispersé|ramené le calme)\b", re.IGNORECASE)
_FORCE_USED = re.compile(r"\b(?:killed|killing|shot|shooting|fired|firing|live (?:rounds|ammunition)|bullets?|tué|tués|tir(?:s|é|és)?|"
                         r"balles?|abattu)\b", re.IGNORECASE)


# a crowd told armed with the weapons of a brawl, no firearm ("armed with machetes and clubs", « armés de gourdins »)
_HAND_WEAPON = r"(?:machetes|clubs|sticks|stones|rocks|knives|cudgels|cutlasses|batons|iron bars|whips|bâtons|gourdins|pierres|couteaux|machettes|coupe-coupe)"
_HAND_ARMS = re.compile(r"\b(?:armed|armés?|armées?)\s+(?:with|de|d['’])\s+(?:[\w-]+\s+){0,2}?" + _HAND_WEAPON +
                        r"(?:\s*(?:,|and|et|or|ou)\s+(?:[\w-]+\s+){0,2}?" + _HAND_WEAPON + r")*", re.IGNORECASE)
