"""Armed defenders who stood against an attack: ACLED codes an attack met by armed, organised people (VDP,
hunters, Koglweogo, soldiers) as a battle, whoever else died and whoever won ("militants attacked the village,
killing four civilians and two VDP who tried to defend it"; "volunteers resisted for an hour").  Unarmed people
who resist a robbery are not here: only the armed, named as such, turn an attack into a fight.
"""

from __future__ import annotations

import re

from sitrep.analyse.events.lone_officer import lone_member_shot
from sitrep.analyse.place_spellings import community_names
from sitrep.knowledge.armed_people import armed_forms

# armed, organised defenders of a place (the state's or a community's)
DEFENDERS = "(?:" + armed_forms("defender") + ")"  # from the one list of armed people's words
# their standing against the attackers, told before or after them
DEFENDERS_RESISTED = (r"\b" + DEFENDERS + r"\b[^.;]{0,40}?\b(?:resisted|(?:tried|attempted|sought) to "
                      r"(?:defend|protect|resist|repel|push back|hold off|fend off))\b")
RESISTED = re.compile(DEFENDERS_RESISTED, re.IGNORECASE)


# armed men met head-on ("police engaged kidnappers", "troops clashed with bandits", "militants clashed with VDP"): the
# side they met was armed too, an outlaw band or the state's and the villages' armed men
ARMED_MET_HEAD_ON = (r"\b(?:engaged|confronted|clashed with|exchanged (?:gun)?fire with|fought) (?:the |a |an |some |suspected )?"
                     r"(?:[\w-]+ ){0,3}?(?:" + armed_forms("fighter_dead") + "|" + armed_forms("battle_target") + r")\b")
_MET_HEAD_ON = re.compile(ARMED_MET_HEAD_ON, re.IGNORECASE)
# the people the forces killed told as having fired on them first ("police said the dead were traffickers who had fired
# at officers", "two intruders were shot dead after they were challenged and opened fire", « qui avaient ouvert le feu
# sur les policiers »): the other side was armed and fought, whoever the first words call them
FIRED_ON_THE_FORCES = (r"\b(?:who|after they|when they|as they)\s+(?:had\s+|have\s+)?(?:[\w-]+\s+){0,3}?(?:fired|opened fire|shot)"
                       r"(?:\s+(?:at|on)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:officers|police\w*|troops|soldiers|agents|"
                       r"forces|patrol|them)\b|(?=\s*[,.;]))"
                       r"|\bqui\s+(?:avaient|ont|auraient)\s+(?:d['’]abord\s+)?(?:ouvert le feu|tiré)\s+sur\s+(?:les|la|des)\s+"
                       r"(?:policiers|militaires|soldats|gendarmes|forces|agents|patrouille)\b")
_ARMED_DOER_WORD = re.compile(r"(?:" + armed_forms("fighter_dead") + r")", re.IGNORECASE)


def armed_doers_met_head_on(text: str, tok) -> bool:
    """Whether the trigger ``tok`` is a noun naming armed doers ("kidnappers") whom ``text`` tells met head-on ("police
    engaged kidnappers holding six passengers"): the word the model read as a kidnapping names the side the forces
    fought (and freed the captives from), not a kidnapping done there."""
    return tok is not None and tok.pos_ in ("NOUN", "PROPN") and _ARMED_DOER_WORD.fullmatch(tok.text) is not None \
        and _MET_HEAD_ON.search(text) is not None


def defenders_resisted(text: str) -> bool:
    """Whether ``text`` tells armed defenders standing against an attack (resisting, trying to defend)."""
    return RESISTED.search(text) is not None


# a convoy of civilians' vehicles ("a convoy of civilian trucks", "a commercial convoy"), not of the forces' own;
# people fleeing in a column are civilians whatever escorts them ("a convoy of displaced people", « un convoi de déplacés »)
CIVILIAN_CONVOY = re.compile(
    r"\b(?:civilian|commercial|humanitarian|traders'?|merchants'?|IDPs'?|refugees'?)\s+convoys?\b"
    r"|\bconvoys?\s+(?:of|carrying|transporting)\s+(?:(?:internally\s+)?displaced|IDPs|refugees|evacuees|families|residents|villagers)\b"
    r"|\bconvois?\s+(?:de|d'|transportant\s+des)\s*(?:(?:personnes\s+)?déplacé|réfugié|civils|passagers|voyageurs|commerçants|familles)"
    r"|\bconvoys?\s+of\s+(?:(?!military\b|army\b)[\w-]+\s+){0,2}?(?:civilians?|trucks|lorries|buses|tankers|traders|"
    r"merchants|passengers|travell?ers|vehicles)\b",
    re.IGNORECASE,
)
# the escort's presence ("escorted by the army", "under FAMa escort") and the convoy's noun
_ESCORT = re.compile(r"\b(?:escorted|protected|accompanied) by (?:the |a |an )?(?:[\w-]+ ){0,2}?[\w-]+|\bunder (?:[\w-]+ ){0,2}?escort\b",
                     re.IGNORECASE)
_CONVOY = re.compile(r"\bconvoys?\b", re.IGNORECASE)


# a civilian's own escort struck beside them ("shot dead a polio vaccinator and the policeman escorting her", "… and
# his police guard"): the civilian is the target, the guard who did not fight back no side of a battle
_PERSONAL_ESCORT = re.compile(
    r"\b(?:and|with)\s+(?:the|a|an|his|her|their|two|three|four)\s+(?:[\w-]+\s+){0,2}?(?:policem[ae]n|police officers?|"
    r"constables?|guards?|bodyguards?|soldiers?|escorts?)\s+(?:(?:who\s+(?:was|were)\s+)?(?:escorting|guarding|accompanying|"
    r"protecting)\s+(?:her|him|them)|assigned to (?:her|him|them))\b|\band\s+(?:his|her|their)\s+(?:police\s+)?(?:guards?|"
    r"bodyguards?|escorts?)\b", re.IGNORECASE)


def without_personal_escort(text: str) -> str:
    """``text`` with a civilian's own escort struck beside them left out (``_PERSONAL_ESCORT``)."""
    return _PERSONAL_ESCORT.sub(" ", text)


def escort_unsaid(text: str) -> str:
    """``text`` with a civilian convoy's escort left out: ACLED codes an attack on civilians' vehicles under
    escort as a battle only if the escort fought ("the escort returned fire"); its presence alone makes the
    vehicles no armed target ("attacked a convoy of civilian trucks escorted by the army": an attack).  So with
    a person's own guard struck beside them ("a polio vaccinator and the policeman escorting her")."""
    text = without_personal_escort(text)
    if not CIVILIAN_CONVOY.search(text):
        return text
    return _CONVOY.sub("column", _ESCORT.sub(" ", text))


# the names of the communities whose camps are where families live (one word each: "Fulani", "Tuareg")
_PEOPLES = "|".join(sorted(re.escape(n) for n in community_names() if " " not in n))

# a place where unarmed people live or work told first, as the target, in the passive (« Un site d'orpaillage situé
# près du village de X a été la cible d'une attaque terroriste »): what the attack struck, whatever word names the
# attack (an army's « attaque terroriste » is said of attacks on civilians too)
CIVILIAN_PLACE_TARGETED = re.compile(
    r"\b(?:villages?|hameaux?|localités?|marchés?|mosquées?|églises?|écoles?|sites?\s+d['’]orpaillage|sites?\s+aurifères?|"
    r"camps?\s+de\s+déplacés|sites?\s+de\s+déplacés)\b[^.;]{0,100}?\b(?:a|ont|avait|avaient)\s+été\s+(?:la\s+|les\s+)?"
    r"cibles?\s+d['’]une?\s+(?:attaque|incursion|raid)"
    # the same in English: "a Fulani camp near X was attacked by …", "the weekly market was raided": a people's camp
    # (its herders' or a community's) is where families live, not a military camp; no armed post named on the way
    r"|\b(?:villages?|hamlets?|settlements?|markets?|mosques?|churche?s?|schools?|homes?|houses?|gold (?:mining |panning |washing )?sites?|"
    r"(?:" + _PEOPLES + r"|herders'?|nomads'?|"
    r"pastoralists'?|displaced (?:people'?s?|persons'?))\s+camps?)\b"
    r"(?:(?!\b(?:posts?|bases?|positions?|checkpoints?|barracks|patrols?|convoys?|garrisons?|outposts?)\b)[^.;]){0,80}?"
    r"\b(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:attacked|raided|stormed|targeted)\b"
    # ... and in the active voice: "attacked a Tuareg nomad camp", "raided a Fulani herders' camp"
    r"|\b(?:attacked|raided|stormed|targeted)\s+(?:an?|the|several|two|three)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:" + _PEOPLES + r"|herders'?|nomad(?:ic|s'?)?|pastoralists'?|displaced (?:people'?s?|persons'?))\s+camps?\b"
    # a site or camp where the displaced or refugees live, in either voice and language ("attacked the Tiasso
    # displacement site", "an IDP camp was raided", « ont attaqué le site d'accueil des personnes déplacées »)
    r"|\b(?:attacked|raided|stormed|targeted|opened fire (?:on|at))\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:displacement|IDPs?|refugees?)\s+(?:sites?|camps?|settlements?)\b"
    r"|\b(?:displacement|IDPs?|refugees?)\s+(?:sites?|camps?|settlements?)\b[^.;]{0,80}?\b(?:was|were|had been|has been|have been)\s+"
    r"(?:\w+\s+)?(?:attacked|raided|stormed|targeted)\b"
    r"|\b(?:attaqué|pris pour cible|visé)\s+(?:le|les|un|des)\s+(?:sites?|camps?)\s+(?:d['’]accueil\s+|de\s+réfugiés\b|"
    r"(?:des|de)\s+(?:personnes\s+)?déplacé)",
    re.IGNORECASE,
)


# a soldier or militiaman killed off duty is a civilian victim (ACLED's "assumed unarmed")
UNARMED = re.compile(r"\b(?:unarmed|off[- ]duty|on (?:leave|holiday)|in civilian clothes|désarmés?|non armés?|en permission)\b",
                     re.IGNORECASE)
# a fighter struck where he lives or after leaving the ranks ("killed a VDP member at his home", "a former VDP",
# « deux VDP démobilisés »): no post nor arms stood against the attackers, one side struck (unless the rest tells a fight)
OUT_OF_THE_RANKS = re.compile(
    r"\b(?:at|in|outside) (?:his|her|their) (?:own |family )?(?:homes?|houses?|residences?|compounds?|domiciles?)\b"
    r"|\bà (?:son|leur) domicile\b|\bchez (?:lui|eux)\b|\bdemobili[sz]ed\b|\bdémobilisés?\b"
    r"|\b(?:former|ex-)\s*(?:VDP|volunteers?|soldiers?|gendarmes?|policem[ae]n|militiam[ae]n|Koglweogos?|Dozos?)\b"
    r"|\b(?:anciens?|ex-)\s*(?:VDP|volontaires|soldats|militaires|gendarmes)\b",
    re.IGNORECASE)
# ... or going about a civilian's day ("shot a VDP in his field", "while they were fetching wood", "who had gone to the
# water point with his cattle", "returning from the market", « dans son champ », « alors qu'il se rendait au marché »):
# the Burkina Faso tune notes code "killed a VDP on his farmland (assumed unarmed)" as an attack on a civilian.  Two
# classes make it: the places of a civilian's work or errands, and the words of being at, going to or coming from them
_CIVIL_CHORE = (r"farming|working|cultivating|harvesting|ploughing|weeding|fetching|collecting|gathering|tending|herding|"
                r"grazing|watering|praying|shopping|selling|trading")  # (not travelling: a patrol ambushed on its way fights)
_CIVIL_PLACE = (r"fields?|farms?|farmlands?|gardens?|plots?|orchards?|shops?|market(?:place)?s?|water ?points?|wells?|"
                r"boreholes?|pastures?|grazing (?:lands?|areas?|grounds?)")
_GOING = (r"going|gone|went|goes|heading|headed|returning|returned|coming back|came back|walking|walked|riding|rode|"
          r"on (?:his|her|their) way(?: back)?")
_LIEU_CIVIL = r"champs?|jardins?|boutiques?|exploitations?|marchés?|points? d['’]eau|puits|pâturages?|forages?"
# the errands of a civilian's day (buying, selling, fetching water, grazing a herd), and their French
_ERRAND = r"buy(?:ing)?|bought|sell(?:ing)?|sold|shop(?:ping)?|fetch(?:ing)?|draw(?:ing)? water|graz(?:e|ing)|water(?:ing)? (?:his|her|their) \w+"
_COURSES = (r"(?:faisai(?:t|ent)|faire|fait)\s+(?:ses|leurs|des)\s+(?:courses|achats|emplettes)|achet\w*|vend(?:ai|re|u)\w*|"
            r"puis(?:er|ait|aient)\s+de\s+l['’]eau")
AT_CHORES = re.compile(
    r"\b(?:in|on|at|to|from) (?:his|her|their) (?:[\w-]+ )?(?:" + _CIVIL_PLACE + r")\b"
    r"|\b(?:" + _GOING + r")\s+(?:(?:back|home|out|alone)\s+)?(?:to|from|towards)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:"
    + _CIVIL_PLACE + r")\b"
    r"|\bwhile (?:(?:he|she|they) (?:was|were) )?(?:" + _CIVIL_CHORE + r")\b"
    r"|\b(?:dans|à|vers|de) (?:son|sa|leur|leurs|ses) (?:" + _LIEU_CIVIL + r")\b|\baux champs\b"
    r"|\b(?:se rend\w*|rend\w*|all\w*|revena\w*|revenu\w*|rentr\w*)\s+(?:au|du|à\s+la|de\s+la|aux|des)\s+(?:" + _LIEU_CIVIL + r")\b"
    r"|\b(?:alors|pendant|tandis) qu['’](?:ils?|elles?) (?:travaill|cultiv|cherch|ramass|gardai|priai|vaquai)\w*"
    # an errand told with its place ("who had come to buy food at the market", « qui faisait ses courses au marché »):
    # a man buying or selling, fetching water or grazing his herd is about a civilian's day wherever his unit is
    r"|\b(?:" + _ERRAND + r")\s+(?:[\w'’-]+\s+){0,3}?(?:at|in|from|on)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:" + _CIVIL_PLACE + r")\b"
    r"|\b(?:" + _COURSES + r")\s+(?:[\w'’-]+\s+){0,3}?(?:au|à\s+la|dans\s+le|sur\s+le|aux)\s+(?:" + _LIEU_CIVIL + r")\b",
    re.IGNORECASE)
# armed men on duty as a body (a patrol, a convoy, an escort): on their way anywhere they are a unit that can fight
_ON_DUTY = re.compile(r"\b(?:patrols?|convoys?|escorts?|units?|detachments?|columns?|patrouilles?|convois?|escortes?)\b",
                      re.IGNORECASE)
# hunters (Dozo, donso) bear their guns at work: one shot in his field is still an armed man struck (the project's
# Mali notes code "shot dead a Dozo hunter who was working in his field" as a battle); the armed-people table's
# ``armed_at_work``
_ARMED_AT_WORK = re.compile(r"\b(?:" + armed_forms("armed_at_work") + r")\b", re.IGNORECASE)


def struck_off_guard(text: str, fought_back: bool) -> bool:
    """Whether the armed people ``text`` tells struck were off guard (unarmed, off duty; at home or out of the ranks
    unless the note tells them fighting back, ``fought_back``): the attack on them was one-sided."""
    at_chores = AT_CHORES.search(text) is not None and _ARMED_AT_WORK.search(text) is None and _ON_DUTY.search(text) is None
    # (or one officer singled out and shot down, no unit, post nor fight told: an assassination)
    return UNARMED.search(text) is not None or (OUT_OF_THE_RANKS.search(text) is not None or at_chores
                                                or lone_member_shot(text)) and not fought_back
