"""The English casualty vocabulary of ``sitrep.analyse.fatalities``: regex fragments by key, which a language's
``data/fatalities_<lang>.tsv`` overrides key by key (French: "au moins 17 soldats ont été tués")."""

from __future__ import annotations

from functools import lru_cache

from sitrep.analyse.data_tables import table_rows
from sitrep.knowledge.armed_people import state_side_forms
from sitrep.knowledge.demonyms import DEMONYMS
from sitrep.regex_codes import longest_first

_QUAL = r"(?P<qual>at least|more than|over|nearly|almost|about|around|some|approximately|up to|as many as|roughly|an estimated)?\s*"
_KILL_WORDS = (
    r"(?:killed|dead|died|deaths|slain|killing|murdered|executed|massacred|beheaded|lost their lives|"
    r"were shot dead|shot dead|succumbed|bodies|fatalities|casualties|"
    # deaths told by how they came ("bled to death", "burnt alive", "were found lifeless") or by a wound told as
    # deadly ("two were fatally wounded"): dead, never wounded
    r"bled to death|burn(?:ed|t) alive|lifeless|(?:fatally|mortally)\s+(?:wounded|injured|shot|stabbed|hit)|perished|"
    # an army's own dead in its communiqué's words ("Six FAMa elements fell on the field of honour", "fell in
    # action"), a movement's ("we deplore three martyrs", "three fighters were martyred")
    r"fell\s+(?:on\s+the\s+field\s+of\s+honou?r|in\s+(?:combat|action|battle)|with\s+honou?r)|martyrs|martyred)"
)
_INJ_WORDS = r"(?:injured|wounded|hurt|injuries|injuring|wounding)"
_ROLE = (
    r"(?:minister|commander|chief|leader|mayor|governor|soldier|officer|policeman|gendarme|civilian|"
    r"journalist|imam|priest|pastor|teacher|student|man|woman|boy|girl|child|spokesman|general|"
    r"colonel|captain|lieutenant|official|president|chief of staff|village head|farmer|herder|driver|"
    r"trader|worker|guard|fighter|militant|member|resident|person|councill?or|notable|marabout|elder|prefect|sub-prefect)"
)

# an agent noun by its ending, one who does a trade ("jeweller", "tailor", "pharmacist", "technician")
_AGENT_NOUN = r"[a-z]{3,}(?:er|or|ist|ian)"

# English casualty vocabulary; ``data/fatalities_<lang>.tsv`` (key<TAB>regex) overrides any of these
# fragments for another language (French: "au moins 17 soldats ont été tués", "faisant une dizaine de morts").
EN_VOCAB: dict[str, str] = {
    "qual": _QUAL,
    "kill_words": _KILL_WORDS,
    "inj_words": _INJ_WORDS,
    "role": _ROLE,
    "aux": r"(?:were|have been|had been|was|are|being|got)",
    "adv": r"(?:reportedly|also)",
    # people found dead ("were later found dead", « ont été retrouvés morts »): the finding stands between the
    # auxiliary and the word of death, which matters when a phrase between commas parts count and verb
    "found_as": r"(?:(?:later|eventually)\s+)?(?:found|discovered)",
    # bystanders who died of a fight's fire ("three civilians were caught in the crossfire and died", "two women were
    # hit by stray bullets and killed"): how they came to die stands between the auxiliary and the word of death
    "caught_as": r"(?:caught|hit|struck)\s+(?:in|by)\s+(?:the\s+|a\s+)?(?:cross-?fire|stray\s+(?:bullets?|rounds?|fire)|"
                 r"exchange\s+of\s+fire)(?:\s+and(?:\s+(?:were|was|later|subsequently))?)?",
    "tail": r"(?:or|and)\s+(?:taken prisoner|captured|arrested|abducted|wounded|injured)",
    # "the bodies of six men were found": the dead, counted where the figure follows
    # (the -ing forms of the verbs that only kill, too: "shooting dead one who resisted", "hacking to death two herders";
    # and the past of shooting like that of killing, whoever follows: "shot dead two water carriers", "gunned down two traders")
    "kill_before": r"(?:killing|killed|kills|shooting dead|shot dead|shot and killed|gunning down|gunned down|executing|"
                   r"murdering|murdered|beheading|"
                   r"(?:stabbing|hacking|beating|stoning|burning) to death|claimed the lives of|cost the lives of|left|leaving|death of|deaths of|killing of|"
                   r"(?:the\s+)?(?:bodies|corpses|remains) of)",
    "inj_aux": r"(?:were|have been|had been|was|are)",
    "after_injured": r"(?:wounded|injured|hurt)",  # "killed 3 wounded": not a death toll
    "before_killed": r"(?:killing|killed|kills|left|leaving)",  # "killed 12 and wounded 5": 5 is injured
    "inj_before": r"(?:injuring|wounding|injured|wounded)",
    # "the toll climbed to 27", "the number of dead rose to 18", "the toll from Tuesday's attack on the weekly market in
    # the town of X has risen to 19" (what the toll is of may take many words), "put the number of soldiers killed at
    # eight" (whoever the dead are), "the attack claimed 16 lives", a label
    # opening a count ("Dead: 6.")
    "toll": r"(?:\b(?:death toll|(?<!road )toll(?!\s+(?:booth|gate|road|station|plaza)s?\b)|number of (?:dead|deaths|"
            r"fatalities|victims|(?:[\w-]+\s+){1,2}?killed))\b[^.;]{0,120}?\b(?:was|is|of|to|at|stood at|reached|rose to|climbed to)"
            r"|\b(?:claimed|cost)(?=[^.;:]{1,25}\blives\b)|\b(?:dead|killed|deaths|fatalities)\s*:"
            # a count restated by another figure ("the nine deaths announced by the government are in fact at least 15")
            r"|\b(?:dead|killed|deaths|fatalities|victims)\b[^.;:]{0,60}?\b(?:are|were|would\s+be|may\s+be|could\s+be)\s+"
            r"(?:in\s+fact|actually|in\s+reality))",
    # a running total over several incidents ("killing eight, bringing the toll this week to 40"): not this event's
    "toll_running": r"\b(?:bringing|brings|brought|raising|raises|taking|takes)\s+(?:the|its|their)(?:\s+total)?",
    # the violence an incident set off, told after it ("two farmers were killed, which sparked a week of clashes
    # where 6 were killed", "reprisals"): later events with their own dead, blanked to the sentence's end; the
    # fighting an ambush "triggered" is the ambush's own, and stays
    "set_off": r"\b(?:sparked|sparking|triggered|triggering|set off|setting off|unleashed|provoked|provoking)\s+(?:an?\s+|the\s+)?"
               r"(?:\w+\s+){0,2}?(?:reprisals?|retaliation|revenge|cycle|wave|series|spiral|(?:weekend|week|days|weeks|months)\s+of)\b",
    # a toll told as changed ("rose to 19, up from 12", "first put at 30, later revised to 25"): the latest
    # figure, which ACLED codes, wins over the earlier ones whatever their size
    "toll_update": r"\b(?:(?:rose|risen|climbed|increased|jumped|revised(?:\s+(?:up|down|upwards|downwards))?|updated|"
                   r"raised|lowered|now stands|later stood)\s+(?:to|at)"
                   # a later or final count put in place of a first one ("First reports said 30 died; the government
                   # later put the toll at 22", "the final toll was 10"): the latest figure, up or down
                   r"|(?:later|subsequently|eventually|then|finally)\s+(?:put|set|gave|placed|fixed|revised)\s+(?:the|its|their)\s+"
                   r"(?:death\s+)?toll\s+(?:at|to|as)"
                   r"|(?:final|definitive|revised|updated|confirmed)\s+(?:death\s+)?toll\s+(?:(?:was|is|stood|stands)(?:\s+at)?|of))",
    # deaths told as none ("No fatalities were reported", "there were no casualties"): a stated zero
    "no_deaths": r"\bno\s+(?:(?:other|further|immediate|reported|known)\s+)?(?:deaths?|fatalities|casualties|loss of life)\b"
                 r"|\bno\s+one\s+(?:was|were)\s+(?:killed|hurt)\b|\bnobody\s+was\s+killed\b"
                 r"|\bwithout\s+(?:causing\s+)?(?:any\s+)?(?:casualties|deaths|fatalities)\b",
    # a death escaped or threatened ("narrowly escaped death", "death threats"): nobody died of it, blanked
    "escaped_death": r"\b(?:(?:narrowly|barely|miraculously)\s+)?(?:escaped|escaping|survived|cheated)\s+death\b|\bdeath\s+threats?\b",
    # a killing someone is accused of ("a man suspected of killing a shopkeeper was held at the station", "arrested for
    # the murder of a trader"): a deed told as an accusation, whose dead are not the sentence's event's; blanked
    "accused_of_killing": r"\b(?:suspected|accused|convicted|charged|wanted|arrested|jailed|detained|held)\s+(?:of|for|with|over)\s+"
                          r"(?:having\s+)?(?:killed|killing|murdering|murdered|the\s+(?:killing|murder)\s+of)\s+"
                          r"(?:(?:a|an|the|his|her|their|one|two|three|four|five)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+",
    # the wounded who died afterwards ("two of the wounded later died", "three injured succumbed"): dead
    "wounded_died": r"(?:of\s+the\s+)?(?:wounded|injured)(?:\s+[\w'’\-]+){0,3}?\s+(?:(?:also|later|subsequently|have|had)\s+)*"
                    r"(?:died|succumbed)\b",
    # one victim told by a pronoun ("He died after being beaten", "she later died in hospital")
    # or by the finding of one body ("His body was found two days later", "her corpse was discovered near the well")
    "died_one": r"\b(?:he|she)\s+(?:later\s+|subsequently\s+|also\s+)?(?:died|succumbed)\b"
                # (or killed in a way only a person dies: "he was stoned to death", "she was burnt alive")
                r"|\b(?:he|she)\s+(?:was|had\s+been)\s+(?:reportedly\s+|then\s+)?(?:lynched|"
                r"(?:beaten|stabbed|hacked|stoned|clubbed|tortured|burn(?:ed|t)) to death|burn(?:ed|t) alive)\b"
                r"|\b(?:his|her)\s+(?:lifeless\s+|dead\s+)?(?:body|corpse|remains)\s+(?:was|were|has\s+been|had\s+been)\s+"
                r"(?:later\s+)?(?:found|discovered|recovered)\b"
                # one victim found dead, told with whatever befell him before ("a man abducted on 20 June by
                # gunmen near X was found dead")
                # (a trade told by its agent noun, too: "a jeweller", "a pharmacist"; only people are found dead; a
                # note's bracket of units may stand in his description: "a Gao (Gao, Gao) jeweller")
                rf"|\b(?:a|an|one)\s+(?:[\w'’\-]+\s+|\([^()]{{1,60}}\)\s+){{0,3}}?(?:{_ROLE}|{_AGENT_NOUN})\b(?!s)[^.;]{{0,80}}?\b(?:was|has\s+been|had\s+been)\s+"
                r"(?:later\s+)?found\s+dead\b"
                # one body found ("herders found the corpse of a young shepherd", "the body of a trader was recovered")
                r"|\b(?:found|discovered|recovered|retrieved)\s+the\s+(?:lifeless\s+|dead\s+)?(?:body|corpse|remains)\s+of\s+(?:a|an|one)\b"
                # (or of one named by the office only one holds: "the body of the deputy mayor of X was found")
                rf"|\bthe\s+(?:lifeless\s+|dead\s+)?(?:body|corpse)\s+of\s+(?:a|an|one|the(?=\s+(?:[\w'’\-]+\s+){{0,2}}?{_ROLE}\b(?!s)))\s+"
                r"(?:[\w'’\-]+\s+){1,6}?"
                r"(?:was|has\s+been|had\s+been)\s+(?:later\s+)?(?:found|discovered|recovered|retrieved)\b"
                # one victim of any trade or standing, told by a verb that only kills people ("a cattle dealer was
                # shot and killed", "an imam was gunned down"; "executed" also runs plans, and stays with the roles)
                # ("one digger was stabbed to death", "a trader was burnt alive", "the driver was fatally wounded")
                r"|\b(?:a|an|one)\s+(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+\s+(?:was|has\s+been|had\s+been)\s+(?:reportedly\s+)?"
                r"(?:killed|shot dead|shot and killed|gunned down|assassinated|murdered|beheaded|lynched|"
                r"(?:beaten|stabbed|hacked|stoned|tortured|burn(?:ed|t)) to death|burn(?:ed|t) alive|"
                r"(?:fatally|mortally)\s+(?:wounded|injured|shot|stabbed|hit))\b"
                # ... or by a mob's killing told after what it did to him first ("a man suspected of being a kidnapper
                # was doused with petrol and burned alive", "a thief was caught and beaten to death")
                r"|\b(?:a|an|one)\s+(?!(?:group|number|dozen|gang|band|couple|few)\b)(?:[\w'’\-]+\s+){0,8}?(?:was|had\s+been)\s+"
                r"(?:[\w'’\-]+\s+){1,4}?(?:and|then)\s+(?:later\s+|then\s+)?(?:lynched|"
                r"(?:beaten|stabbed|hacked|stoned|clubbed|burn(?:ed|t)) to death|burn(?:ed|t) alive)\b"
                # ... or told after a long description with a note's bracket of units, by a death only a mob's hands
                # give ("a man caught stealing a motorbike in N (N, Segou) was beaten to death by a mob")
                r"|\b(?:a|an|one)\s+(?!(?:group|number|dozen|gang|band|couple|few)\b)(?:[\w'’\-]+\s+|\([^()]{1,60}\)\s+){4,10}?"
                r"(?:was|had\s+been)\s+(?:reportedly\s+)?(?:lynched|(?:beaten|stoned|clubbed|burn(?:ed|t)) to death|burn(?:ed|t) alive)\b"
                # one enemy told, however long his description, as put down in an army's words ("an IS Sahel emir
                # known for extortion on the X road was 'neutralised'", "a JNIM logistician from Y was eliminated");
                # never a unit, which is many ("a group of fighters was neutralised")
                r"|\b(?:a|an|one)\s+(?!(?:group|number|dozen|handful|unit|team|patrol|column|convoy|squad|total|score|"
                r"couple|few|band|cell|gang)\b)(?:(?!(?:and|or|\d+)\b)[\w'’\-]+\s+){1,12}?(?:was|has\s+been|had\s+been)\s+"
                r"(?:reportedly\s+)?['‘]?(?:neutrali[sz]ed|eliminated|liquidated)\b"
                # one named man, described between commas, then killed ("Amadou X, a JNIM commander said to be behind
                # several ambushes, was neutralised")
                r"|(?<![\w'’])(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){1,3},\s+(?:a|an|the)\s+[^.;,()\d]{3,90},\s+"
                r"(?:was|has\s+been|had\s+been)\s+(?:reportedly\s+)?['‘]?(?:neutrali[sz]ed|eliminated|liquidated|killed|shot\s+dead|"
                r"assassinated|murdered|executed|gunned\s+down)\b"
                # one who lost his life, or was shot or hit and died of it ("a shopkeeper lost his life when militants
                # raided the market", "a village chief was shot … and succumbed to his wounds hours later")
                # (or bled to death, or perished: "a soldier bled to death before he could be evacuated")
                r"|\b(?:a|an|one)\s+(?:[\w'’\-]+\s+){0,4}?(?:lost\s+(?:his|her)\s+life|(?:later\s+)?(?:bled\s+to\s+death|perished)|(?:was|had\s+been)\s+"
                r"(?:shot|hit|struck|wounded|injured)\b[^.;]{0,90}?\band\s+(?:later\s+|subsequently\s+)?(?:died|succumbed))\b",
    # a clause telling another incident the same day ("...; near X, militants killed two civilians the same day"):
    # its dead are that incident's, blanked to the clause's end
    # (not the clause telling the fate of the people just counted: "four were wounded; one of them died the next day")
    # (nor the victim's own fate: "beat him unconscious; he died in hospital the following day")
    "other_incident": r"(?:;(?!\s*(?:\w+\s+)?of\s+(?:them|whom|those)\b|\s*(?:he|she|they|the\s+victims?)\s+(?:later\s+)?"
                      r"(?:died|succumbed)\b)|\b(?:in\s+(?:a|another)\s+(?:separate\s+)?(?:incident|attack)|separately|elsewhere|meanwhile)\b)"
                      r"[^;.]*?\b(?:the same day|that same day|the following day|the day before|elsewhere|separately)\b[^;.]*",
    # the dead of an earlier incident told as what this one answers ("in reprisal for an attack ... which had killed
    # 11 VDP", "after an attack on their post, in which five soldiers died", "the operation followed an ambush in
    # which three soldiers had died"): blanked to the clause's end
    # (up to the deed told after it with its own verb: "in reprisal for the theft of cattle and shot dead 6 of its inhabitants",
    # or with its own subject after the fronted phrase's comma: "in retaliation for the recruitment of VDP, JNIM militants
    # raided X, killing 11 civilians")
    "referred_toll": r"\bin\s+(?:reprisal|retaliation|revenge)\s+(?:for|to|against)\b"
                     r"(?:(?!\band\s+(?:then\s+)?(?:killed|shot|gunned|massacred|executed|murdered|slaughtered|beheaded|hacked)\b"
                     r"|,\s+(?!(?:which|who|that|in\s+which|during\s+which|where)\b)(?:[\w'’\-]+\s+){1,4}?(?:killed|shot|gunned|"
                     r"massacred|executed|murdered|slaughtered|beheaded|raided|attacked|stormed|ambushed|opened\s+fire|burned|"
                     r"abducted)\b)[^.;])*"
                     r"|\b(?:after|following|followed|follows|avenged|avenging|since|over|against)\s+(?:an?|the|their|its|last\s+\w+['’]s)\s+(?:[\w'’\-]+\s+){0,5}?"
                     r"(?:attacks?|ambush(?:es)?|raids?|massacres?|killings?)\b[^.;]*?\b(?:which|that|in which|during which)\b[^.;]*",
    "among": r"(?:among)",  # each side's dead told "among" it ("7 dead among the soldiers and 12 among the assailants")
    # the other words naming, after a count of the dead, the side it counts ("nine dead within the army", "on the side
    # of the assailants"): ``sitrep.analyse.events.tolls`` reads them with "among"
    "side_after": r"(?:within|on\s+the\s+side\s+of)",
    "singular_det": r"(?:a|an|the|one|his|her|its|their)",
    # (after the place the office is of: "The deputy mayor of Mondoro was killed")
    # (the place may carry its bracket: "The chief of Sari village (Soum) was killed")
    "singular_aux": r"(?:(?:of|in|from)\s+(?:the\s+)?(?:[\w'’\-]+\s+){1,3}?(?:\([^()]{1,40}\)\s+)?)?(?:was|has been|had been|is)",
    "singular_verb": r"(?:killed|shot dead|shot and killed|gunned down|assassinated|murdered|beheaded|executed|lynched|"
                     r"(?:beaten|stabbed|hacked|stoned|tortured|burn(?:ed|t)) to death|burn(?:ed|t) alive|"
                     r"(?:fatally|mortally)\s+(?:wounded|injured|shot|stabbed|hit))",
    "death_of": r"(?:killing|assassination|murder|death) of (?:a|an|the|[A-Z][\w'’]*)",
    # one victim of an active killing, whatever the noun ("abducted and killed a forest guide", "shot dead a
    # shopkeeper"), unless the article opens a quantity ("killed a dozen", "an unknown number")
    "kill_one": r"\b(?:killed|killing|shot dead|executed|murdered|assassinated|beheaded|slaughtered|gunned down|hanged|lynched)\s+(?:a|an)\s+"
                r"(?!(?:number|dozen|total|few|handful|score|couple|lot|hundred|thousand|estimated|further|unknown|"
                r"undetermined|unspecified|large|great|significant|series|group|majority)\b)[\w'’\-]+"
                # one named by the office only one holds ("killed the village chief of Sari", "shot dead the imam")
                r"|\b(?:killed|shot dead|executed|murdered|assassinated|beheaded|gunned down)\s+the\s+(?:[\w'’\-]+\s+){0,2}?"
                r"(?:chief|mayor|imam|marabout|prefect|sub-prefect|governor|commander|head|leader|president|deputy|"
                # or by a tie to another ("killed the son of the village chief")
                r"son|daughter|brother|sister|wife|husband|father|mother|nephew|niece|uncle)\b(?!s|['’]s\b)"
                # one named, then his office ("killed Amadou Diallo, the deputy mayor of Koro")
                rf"|\b(?:killed|shot dead|executed|murdered|assassinated|beheaded|gunned down)\s+(?-i:[A-Z])[\w'’\-]+"
                rf"(?:\s+(?-i:[A-Z])[\w'’\-]+){{0,3}},\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’\-]+\s+){{0,3}}?{_ROLE}\b(?!s)"
                # one shot dead, told around its victim ("shot the owner dead", "shot a herder dead")
                r"|\bshot\s+(?:a|an|the|one)\s+(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+\s+dead\b",
    "vague": r"\b(?:heavy|significant|severe|serious|huge|considerable|major|many|numerous)\s+"
             r"(?:losses|casualties|human losses|death toll)\b|\bnumerous dead bodies\b",
    # dead told in the plural with no figure ("civilians were killed", "gunmen killed villagers", "dead and
    # wounded were reported"): coded at the lowest plural, 3, the low estimate ACLED's own notes give for an
    # unknown number of dead (``UNNUMBERED_ESTIMATE``)
    "unnumbered": r"\b(?:civilians|people|villagers|residents|soldiers|troops|policemen|police officers|gendarmes|"
                  r"militants|fighters|passengers|traders|farmers|herders|workers|worshippers|children|women|men)\s+"
                  r"(?:were|have been|had been)\s+(?:reportedly\s+|also\s+)?(?:killed|shot dead|massacred|executed)\b"
                  r"|\b(?:killed|killing|massacred|executed|shot dead)\s+(?:civilians|people|villagers|residents|passengers|"
                  r"traders|farmers|herders|worshippers)\b(?!\s+(?:who|whom|that)\b)"
                  r"|\b(?:dead|deaths|fatalities)\s+(?:and\s+(?:wounded|injured)\s+)?(?:were|have been|had been)\s+reported\b"
                  # a body of people killed as one, with no figure ("a group of militants was neutralised")
                  r"|\ba\s+(?:group|number|handful|band|unit|cell)\s+of\s+(?:[\w'’\-]+\s+){1,3}?(?:was|were|had been|has been|have been)\s+"
                  r"(?:reportedly\s+)?(?:killed|shot dead|massacred|executed|neutrali[sz]ed|eliminated|liquidated)\b",
    # each side's dead told in clauses of their own, one sentence ("Four soldiers were killed; the army said 20
    # assailants were neutralised", "six soldiers died, while a dozen militants were killed", "three dead and seven
    # wounded in its ranks, as well as about fifteen terrorists neutralised"): the turns between the clauses and each
    # side's words (``side_tolls.summed_across_clauses``, as the French table's)
    "side_turn": r",?\s+(?:while|whereas)\s+|;\s*|,\s+(?:as\s+well\s+as|in\s+addition\s+to)\s+",
    # (the state's side of the tolls, its blue helmets and its men told as a body's own: "our soldiers", "in its ranks")
    "own_forces": r"\b(?:" + state_side_forms() + r"|guards?|peacekeepers?|FDS|FAMa|our\s+(?:soldiers|forces)|"
                  r"(?:in\s+)?(?:its|their|our)\s+(?:own\s+)?(?:men|ranks|side))\b",
    "enemy_side": r"\b(?:militants?|terrorists?|assailants?|attackers?|jihadists?|insurgents?|rebels?|gunmen|bandits|"
                  r"enemy|enemies)\b",
    # a side's own losses told as a figure ("Army losses stood at 5", "3 dead on its side"): summed with the other
    # side's dead (``side_tolls.with_own_losses``); "casualties" mixes the wounded in and is left out
    "side_losses": r"\b(?:losses|dead)\s+(?:on\s+(?:its|their|our|the\s+\w+)\s+(?:own\s+)?side\s+)?(?:stood\s+at|were|was|"
                   r"amounted\s+to|came\s+to|numbered|totall?ed)\s+(?P<num>\d+|" + "{numbers}" + r")\b(?!\s*(?:wounded|injured))"
                   r"|(?<![\w'’])(?P<num2>\d+|" + "{numbers}" + r")\s+(?:dead|killed|deaths)\s+on\s+(?:its|their|our|the\s+\w+(?:['’]s)?)\s+"
                   r"(?:own\s+)?side\b",
    # a toll told once for each of the two sides ("Each side lost three men", "three dead on either side", "the two
    # camps lost three fighters each"): ACLED codes the total, twice the figure (``side_tolls.doubled_for_each_side``);
    # "on both sides" alone counts the dead of both together and is not one of these
    "each_side": r"\b(?:each|either)\s+(?:side|camp|party|group)\b|\b(?:both|the\s+two)\s+(?:sides|camps|parties|groups)\b"
                 r"[^.;]{0,60}?\beach\b|\bper\s+side\b",
    # a suicide bomber who died in his blast, and the words of a toll that already counts him
    # (or told among his own dead: "killing three soldiers and himself", "killed two guards as well as herself")
    "bomber_died": r"\b(?:blew|blowing)\s+(?:himself|herself)\s+up\b"
                   r"|\b(?:killing|killed)\s+[^.;]{1,60}?\b(?:and|as well as|along with|together with)\s+(?:himself|herself)\b",
    # the bomber told first among his dead ("killing himself and two soldiers"): ``side_tolls.bomber_told_last``
    # tells the list in the order the toll rules read ("killing two soldiers and himself"), which counts him
    "bomber_first": r"\b(?P<verb>killing|killed)\s+(?P<self>himself|herself)\s+(?P<link>and|as well as|along with|together with)\s+"
                    r"(?P<victims>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)(?=\s*(?:[.;,:)]|$)|\s+(?:in|at|on|near|during|when|while|inside|outside)\b)",
    "bomber_named": r"\b(?:himself|herself|the\s+(?:suicide\s+)?(?:bomber|attacker|assailant|kamikaze)\s+(?:was|died|and))\b",
    # the nouns of a body of people, which no article counts as one ("a group of fighters", "a band of gunmen")
    "collective": r"(?:group|number|handful|band|unit|cell|team|column|squad|gang)",
}
# the people a toll counts, for lists of victims ("four farmers and a volunteer fighter", "a
# quranic teacher and a farmer"): plural forms are matched with an optional "s"
EN_VOCAB["victim"] = (
    r"(?:people|persons?|civilians?|soldiers?|combatants?|troops?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|farmers?|"
    r"herders?|herdsm[ae]n|pastoralists?|shepherds?|villagers?|residents?|traders?|merchants?|drivers?|"
    r"passengers?|police\s?m[ae]n|police officers?|customs officers?|officers?|gendarmes?|guards?|fighters?|"
    r"militants?|jihadists?|insurgents?|terrorists?|attackers?|assailants?|gunm[ae]n|rebels?|militiam[ae]n|"
    r"members?|volunteers?|teachers?|students?|pupils?|imams?|chiefs?|leaders?|officials?|workers?|miners?|"
    r"worshippers?|individuals?|councill?ors?|mayors?|motorcyclists?|hunters?|dozos?|donsos?|koglweogos?|vigilantes?|elders?|relatives?|vdps?|"
    r"commanders?|bodyguards?|escorts?|sons?|daughters?|brothers?|sisters?|fathers?|mothers?|wife|wives|"
    r"husbands?|nephews?|thie(?:f|ves)|robbers?|suspects?|"
    # those a crowd kills are told by what it held them guilty of ("beat a suspected kidnapper to death", "caught two
    # cattle rustlers and burned them alive", "stoned two women accused of witchcraft": the same dead)
    r"kidnappers?|rustlers?|burglars?|criminals?|pickpockets?|looters?|rapists?|murderers?|sorcer(?:er|ers|ess|esses)|witch(?:es)?|"
    # the foreign or auxiliary parties a side's toll lists beside its soldiers ("23 soldiers and 7 Wagner
    # mercenaries", "two Russian instructors", "three paramilitaries")
    r"mercenar(?:y|ies)|paramilitar(?:y|ies)|servicem[ae]n|service\s+members?|instructors?|contractors?|"
    r"auxiliar(?:y|ies)|recruits?|"
    # ranks, and the people gathered where a strike or a raid falls ("a lieutenant and two soldiers", "the groom and
    # 12 guests", "five pilgrims")
    r"lieutenants?|captains?|sergeants?|corporals?|colonels?|adjutants?|guests?|grooms?|brides?|pilgrims?|"
    r"mourners?|patients?|hostages?|detainees?|prisoners?|labou?rers?|porters?|passers?-by|bystanders?|"
    # a couple is two people ("a couple and their child": 3), not "a couple of" (a few)
    r"couples?(?!\s+of\b)|"
    # a side's own dead told by the possessive alone ("losing 2 of their own", "lost three of its own")
    r"(?:their|its|his)\s+own\b|"
    # people named by their trade or their tie to another victim ("a marabout and his apprentice", "a fisherman
    # and his cousin")
    r"fisherm[ae]n|marabouts?|apprentices?|notables?|clerics?|preachers?|nurses?|doctors?|shopkeepers?|businessm[ae]n|businesswom[ae]n|vendors?|"
    r"tailors?|butchers?|blacksmiths?|companions?|friends?|cousins?|uncles?|grandsons?|youths?|"
    # the civilians who serve or follow a force, listed beside its dead ("three soldiers, two VDP and an army
    # interpreter", "two journalists and their guide")
    r"interpreters?|translators?|guides?|cooks?|mechanics?|technicians?|engineers?|journalists?|reporters?|"
    r"photographers?|informants?|"
    # "eliminated eight of them", "neutralising 15 of them": a count of the people the sentence named before
    r"(?<=\bof\s)them)"
)
# a victim's kin or escort killed with them, told after the victim's own words ("killed the village chief of Sari
# and two of his sons", "shot dead the mayor near his home, along with his driver"): each counted
EN_VOCAB["kin"] = (r"(?:sons?|daughters?|brothers?|sisters?|wife|wives|husbands?|child(?:ren)?|nephews?|nieces?|cousins?|"
                   r"grandsons?|granddaughters?|fathers?|mothers?|relatives?|bodyguards?|escorts?|drivers?|apprentices?|"
                   r"companions?|guards?|family\s+members?)")
# the people a list names by their nationality alone ("nine Malian soldiers and three Russians", "two Chinese
# nationals"): the plural of a one-word country adjective, or the nouns a nationality stands before
EN_VOCAB["victim_nationality"] = (
    # (``longest_first``: words of one length in a fixed order, so that the pattern's text, and the compiled programs
    # ``regex_codes`` keeps for the victim lists built on it, are the same in every process)
    r"(?:nationals|citizens|foreigners|expatriates|(?-i:" + "|".join(
        longest_first({f"{d}s" for d in DEMONYMS.values() if d.isalpha() and d.endswith(("an", "i", "e")) and not d.endswith("ese")}))
    + r"))")
# the pair nouns a list counts twice ("a couple": two people)
EN_VOCAB["pair"] = r"(?:couples?)"
# "a village chief and his son", "a commander and his two bodyguards": a possessive before a count
# is part of the item, and before a singular victim it counts one
# (or a noun's: "the village's two guards", "the chief's two sons", "the convoy's three drivers")
EN_VOCAB["possessive"] = r"(?:his|her|their|its|the\s+(?:[\w\-]+\s+){0,2}?[\w\-]+['’]s)"
# animals counted dead or killed: ACLED's fatalities are people ("2 dead young owls", "killed 40 goats")
EN_VOCAB["animals"] = (r"(?:animals?|livestock|cattle|cows?|oxen|bulls?|goats?|sheep|camels?|donkeys?|horses?|pigs?|"
                       r"poultry|chickens?|hens?|birds?|owls?|swans?|ducks?|geese|fish|dogs?|elephants?|"
                       r"head\s+of\s+(?:cattle|livestock))"
                       # the people an animal word qualifies: "two cattle thieves", "three goat herders"
                       r"(?!\s+(?:thie|rustl|herd|trad|breed|own|farm|keep|merchant|vend|sell|deal|driv|rid|graz)\w*)")
EN_VOCAB["kill_active"] = (
    r"(?:killed|kills|killing|shot dead|shot and killed|murdered|executed|executing|assassinated|beheaded|beheading|"
    r"(?:beat|beaten|clubbed|stoned|stabbed|hacked|burned|burnt|tortured) to death|burn(?:ed|t) alive|lynched|lynching|"
    # a killing told by its manner ("hanged two traders", "slit the throats of five herders") or in an army's words
    # ("put out of action 22 terrorists"): the count that follows is of the dead
    r"hanged|hanging|(?:slit|slitting|cut|cutting)\s+the\s+throats?\s+of|put(?:ting)?\s+out\s+of\s+action|"
    # the dead counted by those who buried them ("We have buried about twenty people", "residents had buried 12")
    r"(?:have|has|had)\s+(?:already\s+)?buried|"
    r"massacred|neutrali[sz]ed|neutrali[sz]ing|neutrali[sz]es|eliminat(?:ed|es|ing)|liquidat(?:ed|es|ing)|"
    # "the army lost 12 men": a side's own dead (a count of people must follow; "lost their lives when gunmen ..."
    # is the victims' own verb, and "their" there counts no one)
    r"(?:lost|losing)(?!\s+(?:their|his|her)\s+li(?:fe|ves)\b)|"
    # or as a loss it owns up to ("acknowledged the loss of 5 soldiers", "deplored the loss of two VDP")
    r"(?:the\s+)?loss\s+of(?=\s+(?:at\s+least\s+|some\s+|about\s+)?(?:\d+|[a-z]+)\s+(?:of\s+(?:its|their|our)\s+)?(?:soldiers?|men|troops|"
    r"fighters|VDP|volunteers|gendarmes|policemen|officers|personnel|elements))|"
    # a toll told as a death of its victims ("resulting in the death of 4 soldiers and 3 militants"): each listed
    r"(?:the\s+)?deaths?\s+of|"
    # a toll told as who the dead were ("The dead included 4 soldiers and 8 traders", "among the dead were two VDP")
    r"(?:the\s+)?(?:dead|fatalities)\s+(?:included|include)|among\s+the\s+(?:dead|fatalities)\s+(?:were|are)|"
    # or as each side's dead listed after a colon ("left dead on both sides: four Dozo and two militants")
    r"(?:dead|deaths|fatalities)\s+on\s+(?:both|each|either)\s+sides?\s*:)"
)
# a killing whose manner closes around its victims ("beat two suspected thieves to death", "burned three
# passengers alive"): the verb, the victims, then the words that make it a killing
EN_VOCAB["kill_around"] = r"(?:beat|beating|tortured|torturing|clubbed|clubbing|stoned|stoning|stabbed|stabbing|hacked|hacking|burned|burnt|burning)"
EN_VOCAB["kill_around_tail"] = r"(?:to\s+death|alive)"
# a pronoun standing for victims counted before it ("took out three passengers and burned them alive",
# "abducted five men and later executed them"): the count it refers back to is the dead
EN_VOCAB["them"] = r"(?:them|those)"
EN_VOCAB["him"] = r"(?:him|her)"  # "burned him alive": one victim
# "neutralised", "eliminated", "liquidated": armies' and state media's words for enemies killed, ACLED's deaths
EN_VOCAB["kill_passive"] = (
    r"(?:(?:were|was|have been|had been|are|got)\s+(?:reportedly\s+|also\s+)?"
    # "were reported killed", "were said to have been killed", "were confirmed killed": a told toll is a toll
    r"(?:(?:reported|said|confirmed|believed|feared|thought|understood|presumed)\s+(?:to\s+have\s+been\s+)?)?)"
    # a death by beating, stoning, burning or lynching is a killing like any other ("beaten to death by a mob")
    # (the army's own word may be set in quotation marks, single or double: about 20 assailants were "neutralized")
    r"(?:killed|shot dead|murdered|executed|assassinated|beheaded|massacred|['‘\"“]?(?:neutrali[sz]ed|eliminated)['’\"”]?|"
    r"liquidated|"
    r"(?:beaten|clubbed|stoned|stabbed|hacked|burned|burnt) to death|burn(?:ed|t) alive|lynched|hanged)"
)
# the words opening what a list of victims is told to be, between its noun and its verb ("militants of the Katiba X",
# "traders from the weekly market", "herders who were watering their animals", "villagers accused of collaborating
# with the army"): read by ``fatality_victims``
EN_VOCAB["victim_told_after"] = r"(?:of|from|in|at|belonging\s+to|who|that|known\s+for|(?:accused|suspected)\s+of)\b"
# a death told after the victims' other fate, or as their lives lost ("were pulled from a bus and executed", "were
# abducted from their fields by gunmen and killed", "lost their lives"): the victims told before it are the dead
EN_VOCAB["kill_passive_after"] = (
    r"(?:lost\s+their\s+lives|perished"
    r"|(?:were|was|had\s+been|have\s+been)\s+(?:abducted|kidnapped|taken|pulled|dragged|seized|captured|removed|led|"
    r"marched|forced|tied|rounded\s+up)\b[^.;]{0,80}?\b(?:and|then|before\s+being)\s+(?:later\s+|then\s+|summarily\s+)?"
    r"(?:killed|executed|shot\s+dead|murdered|beheaded|slaughtered|shot))"
)
# a reduced passive closing a clause: "the army reported 10 soldiers and 20 assailants killed."
# "eight soldiers were killed and 15 militants neutralised": each side's dead count, summed
# "6 soldiers died and dozens of assailants were killed": a side's dead told with "died" count too
EN_VOCAB["kill_reduced"] = (
    r"(?:(?:killed|dead|died|neutrali[sz]ed)(?=\s*(?:[.,;:)]|$|\s+(?:in|on|during|at|near|and|after|when|while)\b))"
    # a death told by its wound, not by a cause of another kind ("died of his wounds", "succumbed to gunshot
    # injuries": "died of cholera" stays no toll); "one of them succumbed to his injuries" is the
    # wounded who died later, counted by that rule
    r"|(?<!them\s)(?<!whom\s)(?<!wounded\s)(?:died|succumbed)\s+(?:of|from|to)\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?(?:wounds|injuries)\b)"
)
EN_VOCAB["article_one"] = r"(?:a|an|one)"
# one victim named by role and full name ("killed the herder Hamadoun Traore", "shot dead the village councillor Hamidou
# Toure"): the article counts one only before a victim noun followed by a capitalised first and last name
EN_VOCAB["definite"] = r"the"
EN_VOCAB["approx"] = r"(?:some|about|around|approximately|roughly|an estimated)"
# a floor before a count of victims ("eliminated more than 30 terrorists", « plus d'une trentaine »): 30, open
EN_VOCAB["floor_qual"] = r"(?:(?:more than|over|at least|no fewer than)\s+)"  # with its separator, as French elides
# qualifiers of other languages mapped to the English ones ``_figure`` interprets ("au moins" → "at least")
EN_QUAL_MAP: dict[str, str] = {}


@lru_cache(maxsize=4)
def vocab(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """(regex fragments, qualifier map) for ``language``: English, overridden by the language's table."""
    vocab, qual_map = dict(EN_VOCAB), dict(EN_QUAL_MAP)
    for key, value in table_rows("fatalities", language, fallback=None):
        if key == "qual_map":
            qual_map.update(dict(pair.split("=", 1) for pair in value.split("|")))
        else:
            vocab[key] = value
    return vocab, qual_map
