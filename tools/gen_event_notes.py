"""Training snippets in the style of conflict-monitoring notes, for the event classifier.

News sentences (``gen_event_train.py``) and coders' notes read differently: a note opens with its
date ("On 3 May 2022," / "Around 14 June 2021 (between 14 - 15 June),"), hedges the perpetrator
("presumed", "suspected", "unidentified gunmen"), names small places with their administrative
parents ("the village of Karadougou (Tiri, Wassa)"), often names the victims by occupation and
ends with the toll ("Fatalities unknown.").  Every sentence here is our own writing from the
codebook's definition of each sub-event type: templates filled from small vocabularies; the place
names are made up from syllables so no real place is learned as a cue.  ``gen_event_train.py``
appends these rows to ``event_train_en.tsv``.
"""

from __future__ import annotations

import random
import re

from event_templates import capitalised, fill_slots, generate_rows  # beside this script

PER_LABEL = 40

SYLLABLES = ["ka", "ra", "dou", "gou", "ba", "ti", "se", "ni", "ko", "lo", "ma", "sa", "bo", "ri", "fa", "di",
             "ta", "ne", "kou", "we", "ga", "yo", "zi", "mou", "na", "bi", "te", "so"]

N = {
    "date": ["On 3 May 2022,", "On 14 June 2021,", "Around 14 June 2021 (between 14 - 15 June),", "On 9 January 2023,",
             "During the night of 2 March 2022,", "On 21 October 2020 (month of),", "On 7 August 2019,",
             "On 30 November 2021 (as reported),", "In the morning of 11 April 2022,", "On 18 February 2024,",
             "Between 5 and 7 September 2023,", "On 26 December 2020,", "On 1 July 2022,", "On 12 March 2025,"],
    "armed": ["presumed JNIM militants", "suspected IS Sahel militants", "unidentified gunmen", "unidentified armed men",
              "armed men on motorbikes", "presumed jihadist militants", "suspected Ansaroul Islam militants",
              "Katiba Macina (JNIM) militants", "militants", "a group of armed men", "suspected ISGS militants",
              "presumed Islamist militants", "unknown assailants", "heavily armed men", "suspected bandits"],
    "militia": ["Dozo hunters", "communal militiamen", "Dan Na Ambassagou militiamen", "volunteer fighters (VDP)",
                "self-defence militiamen", "Koglweogo militiamen", "members of a local militia", "armed villagers"],
    "state": ["soldiers", "Malian soldiers", "Burkinabe soldiers", "Nigerien forces", "gendarmes", "the army",
              "military forces", "security forces", "soldiers supported by Russian paramilitaries", "police officers",
              "a joint patrol of soldiers and VDP", "the FAMa", "the defence and security forces", "a military patrol"],
    "victim1": ["a farmer", "a herder", "a civilian", "a village chief", "a shepherd", "a trader", "an imam",
                "a young man", "a woman", "a local councillor", "a teacher", "a bus driver", "a male civilian",
                "a mining site worker", "a customs officer", "a religious leader", "an elderly man", "a boy"],
    "victims": ["two farmers", "three herders", "several civilians", "four villagers", "five civilians",
                "two women", "six traders", "at least 12 civilians", "seven people", "two brothers",
                "three passengers", "a number of civilians", "several residents", "ten villagers", "two shepherds"],
    "robbers": ["armed robbers", "highway robbers", "road robbers", "cattle thieves", "livestock rustlers",
                "thieves armed with guns", "armed bandits", "road bandits", "a gang of robbers", "gunmen posing as thieves"],
    "finders": ["villagers", "residents", "herders", "relatives", "passers-by", "a search party", "local people"],
    "crowd": ["residents", "hundreds of people", "students", "traders", "women", "youths", "farmers", "teachers",
              "supporters of the transition", "members of a trade union", "displaced people", "villagers"],
    "cause": ["insecurity in the area", "the rising price of fuel", "power cuts", "unpaid salaries",
              "the arrest of a local leader", "the closure of schools", "the sale of land", "the lack of water",
              "the killing of a trader", "the presence of foreign forces", "the cost of living", "a new tax"],
    "property": ["a school", "several houses", "a health centre", "shops in the market", "a telecommunication antenna",
                 "the town hall", "farmland", "granaries", "a bridge", "a water pumping station", "motorbikes",
                 "a church", "a mobile phone mast", "crops"],
    "n": ["two", "three", "four", "five", "six", "seven", "eight", "9", "10", "12", "15", "20", "23", "at least 30"],
    "size": ["[size=no report]", "[size=around 100]", "[size=hundreds]", "[size=dozens]", ""],
    "toll": ["", "", " Fatalities unknown.", " No casualties were reported.", " One person was wounded.",
             " Casualties unknown."],
    "km": ["5km", "10km", "about 15km", "20 km", "30km", "some 45 km"],
    "direction": ["north", "south", "east", "west", "northeast", "southwest"],
}

T: dict[str, list[str]] = {
    "ATTACK": [
        "{date} {armed} killed {victim1} {place}.{toll}",
        "{date} {armed} shot and killed {victims} {place}.",
        "{date} {armed} attacked {place} and killed {victims}.",
        "{date} {armed} shot and wounded {victim1} {place}.",
        "{date} {militia} assaulted {victims} {place}.{toll}",
        "{date} {armed} executed {victim1} {place}.",
        "{date} the body of {victim1} was found {place}; he had been killed by {armed}.",
        "{date} {armed} raided {place}, killing {victims} and burning houses.",
        "{date} {victims} were killed by {armed} {place}.",
        "{date} {armed} opened fire on {victims} {place}, wounding two.",
        "{date} {state} shot and killed {victim1} {place} (assumed unarmed).",
        "{date} {militia} killed {victims} of the Fulani community {place}.",
        "{date} {armed} beat {victim1} to death {place}.",
        "{date} {armed} fired at a bus transporting civilians {place}. {n} passengers were killed.",
        "{date} {armed} stopped a vehicle {place} and killed {victims} on board.",
        "{date} {armed} attacked {victims} working on their farmland {place}.",
        "{date} {militia} attacked a Fulani hamlet {place}, killing {victims}.",
        "{date} {armed} attacked civilians at a gold mining site {place}. {n} people were killed.",
        "{date} {state} summarily executed {victims} {place}.",
        "{date} {armed} killed {victim1} herding his animals {place}.",
        # people in the perpetrators' power are unarmed whoever they were
        "{date} {state} executed {victims} they had arrested during a search operation {place}.",
        "{date} {armed} killed the hostages they had taken {place}.",
    ],
    "ARMED_CLASH": [
        "{date} {armed} attacked a military post {place}. {n} soldiers were killed.",
        "{date} {state} clashed with {armed} {place}.{toll}",
        "{date} {armed} ambushed {state} {place}. {n} soldiers and several assailants were killed.",
        "{date} {state} on patrol were attacked by {armed} {place}; {n} militants were killed.",
        "{date} {militia} clashed with {armed} {place}. {n} fatalities.",
        "{date} {state} 'neutralised' {n} militants during an operation {place}.",
        "{date} {armed} attacked a VDP position {place}, killing {n} volunteer fighters.",
        "{date} intercommunal clashes between herders and farmers {place} over land left {n} dead.",
        "{date} {armed} attacked a gendarmerie post {place}. The gendarmes repelled the attack.",
        "{date} {state} repelled an attack by {armed} on their base {place}, killing {n} attackers.",
        "{date} {armed} and {militia} exchanged fire {place}.",
        "{date} an exchange of fire between {state} and {armed} took place {place}.",
        "{date} {armed} attacked a convoy escorted by {state} {place}. {n} soldiers were killed.",
        "{date} {state} engaged {armed} {place} and killed {n} of them.",
        "{date} fighting between rival militant groups took place {place}.{toll}",
        # an attack that met resistance, or aimed at armed people, is a battle whoever else was hit
        "{date} {armed} attacked the homes of farmers {place}. The VDP repelled the attack and killed one assailant.",
        "{date} {armed} carried out a complex ambush with an IED and gunfire against {state} {place}. The soldiers fought back.",
        "{date} {armed} attacked {militia} guarding a village {place}. The militiamen returned fire.{toll}",
        "{date} {armed} attacked a checkpoint {place}, killing {n} soldiers and a civilian.",
        "{date} a patrol of {state} came under fire {place}. {n} soldiers were wounded.",
        "{date} a convoy of the FAMa and Africa Corps was ambushed by {armed} {place}; both sides reported losses.",
        "{date} fighters of the Azawad Liberation Front (FLA) clashed with {state} {place}.{toll}",
    ],
    "ABDUCT_DISSAP": [
        "{date} {armed} abducted {victims} {place}.",
        "{date} {armed} kidnapped {victim1} {place}.",
        "{date} {victim1} was abducted by {armed} {place} and taken to an unknown destination.",
        "{date} {armed} abducted {victims} {place} and released them the next day.",
        "{date} {armed} took {victims} hostage {place}.",
        "{date} {victims} went missing {place} after being stopped by {armed}.",
        "{date} {state} arrested {victim1} {place}; his whereabouts are unknown since.",
        "{date} {militia} abducted {victims} travelling {place}.",
        "{date} {victims} were taken away by {armed} {place}. Their families have had no news of them.",
        "{date} {armed} stopped a bus {place} and took away {victims}.",
        "{date} {n} men arrested by {state} {place} have not been seen since; their relatives fear they disappeared.",
    ],
    "REM_EXPLOS": [
        "{date} a military vehicle struck an IED {place}. {n} soldiers were killed.",
        "{date} an improvised explosive device exploded under a vehicle {place}.{toll}",
        "{date} a civilian vehicle hit a landmine {place}, killing {victims}.",
        "{date} {armed} detonated an IED against a convoy of {state} {place}.",
        "{date} a bus ran over an explosive device {place}. {n} passengers were killed.",
        "{date} a roadside bomb exploded as {state} passed {place}.",
        "{date} a motorbike hit a mine planted by {armed} {place}.",
    ],
    "AIR_STRIKE": [
        "{date} the air force conducted airstrikes against positions of {armed} {place}.",
        "{date} a drone strike by {state} targeted a gathering of {armed} {place}. {n} militants were killed.",
        "{date} military aircraft bombed a militant camp {place}.",
        "{date} helicopter gunships fired on {armed} {place}.",
        "{date} an air strike hit a wedding gathering {place}, killing {victims}.",
        "{date} a drone struck a market {place}.{toll}",
    ],
    "ART_MISS_ATTACK": [
        "{date} {armed} fired mortar shells at the military camp {place}.{toll}",
        "{date} rockets fired by {armed} landed inside the base {place}.",
        "{date} {state} shelled positions of {armed} {place}.",
        "{date} {armed} shelled the town {place} with mortars.",
        "{date} artillery fire hit a neighbourhood {place}, killing {victims}.",
    ],
    "SUIC_BOMB": [
        "{date} a suicide bomber blew himself up {place}, killing {n} people.",
        "{date} {armed} drove a car bomb into a military camp {place} in a suicide attack.",
        "{date} a suicide attacker detonated an explosive vest at a market {place}.",
        "{date} a vehicle-borne IED driven by a suicide attacker exploded at the gate of a base {place}.",
    ],
    "GRENADE": [
        "{date} {armed} threw a grenade at a police post {place}.{toll}",
        "{date} a grenade was thrown into a bar {place}, wounding several people.",
        "{date} unidentified men hurled a grenade at a patrol {place}.",
    ],
    "CHEM_WEAP": [
        "{date} {armed} used a toxic gas against {victims} {place}.",
        "{date} a chemical agent was released against residents {place}.",
    ],
    "SEX_VIOL": [
        "{date} {armed} raped {victims} {place}.",
        "{date} {state} sexually assaulted a woman {place}.",
        "{date} {armed} abducted and raped a girl {place}.",
        "{date} two women were raped by {armed} {place}.",
    ],
    "PEACE_PROTEST": [
        "{date} {crowd} staged a demonstration {place} to denounce {cause}. {size}",
        "{date} {crowd} held a sit-in {place} against {cause}. {size}",
        "{date} {crowd} marched {place} to protest {cause}. {size}",
        "{date} {crowd} protested {place} over {cause}. {size}",
        "{date} {crowd} gathered in front of the governorate {place} to demand action on {cause}. {size}",
        "{date} {crowd} blocked the main road {place} to protest {cause}. {size}",
        "{date} {crowd} went on strike {place} over {cause}. {size}",
    ],
    "PROTEST_WITH_INTER": [
        "{date} police dispersed {crowd} protesting {cause} {place} with tear gas. {size}",
        "{date} {state} arrested several {crowd} during a protest against {cause} {place}. {size}",
        "{date} a march against {cause} {place} was broken up by police. {size}",
    ],
    "FORCE_AGAINST_PROTEST": [
        "{date} {state} opened fire on {crowd} protesting {cause} {place}, killing {n}. {size}",
        "{date} a protester was shot dead by police during a demonstration {place}. {size}",
    ],
    "VIOL_DEMONSTR": [
        "{date} {crowd} protesting {cause} burned tyres and threw stones at police {place}. {size}",
        "{date} angry {crowd} stormed and ransacked the town hall {place} over {cause}. {size}",
        "{date} {crowd} set fire to the gendarmerie {place} after {cause}. {size}",
        "{date} demonstrators vandalised shops and clashed with police {place}. {size}",
        "{date} {crowd} protesting {cause} stoned passing vehicles and burned a police post {place}. {size}",
        "{date} a demonstration against {cause} turned into a riot {place}; protesters looted shops. {size}",
        "{date} {crowd} vandalised {property} {place} to protest against {cause}. {size}",
        "{date} {crowd} blocked the national road with burning tyres {place} to denounce {cause}. {size}",
    ],
    "MOB_VIOL": [
        "{date} a mob lynched a suspected thief {place}.",
        "{date} residents beat to death {victim1} accused of witchcraft {place}.",
        "{date} angry villagers attacked and burned the houses of a rival community {place}.",
        # an unorganised crowd's violence, no demonstration: mob violence
        "{date} a crowd of {crowd} beat {victim1} accused of theft {place}.{toll}",
        "{date} a group of youths vandalised {property} {place} during a land dispute.",
        "{date} members of two families clashed with machetes over a plot of land {place}. {n} people were wounded.",
        "{date} angry {crowd} stoned and burned a police vehicle {place} after a road accident.",
        "{date} residents destroyed the house of a man suspected of witchcraft {place}.",
        # partisan crowds that fight, crowds that storm a police post: still crowds
        "{date} supporters of two rival candidates fought with sticks and stones {place}. {n} people were injured.",
        "{date} angry young people stormed the police station {place} and beat two officers.",
    ],
    "AGREEMENT": [
        "{date} representatives of farmers and herders signed a local peace agreement {place}.",
        "{date} {armed} and community leaders agreed on a truce {place}.",
        "{date} the two sides exchanged prisoners {place} following an agreement.",
    ],
    "ARREST": [
        "{date} {state} arrested {n} suspected militants {place}.",
        "{date} gendarmes detained {victim1} accused of collaborating with {armed} {place}.",
        "{date} {state} apprehended {n} suspects during a search operation {place}.",
        "{date} police arrested a journalist {place}.",
    ],
    "CHANGE_TO_GROUP_ACT": [
        "{date} {n} militants surrendered to {state} {place}.",
        "{date} {state} deployed reinforcements {place}.",
        "{date} {armed} ordered residents to leave {place} within three days.",
        "{date} a new self-defence group was set up {place}.",
        "{date} a faction of {militia} announced it had joined {armed} and would fight under its command.",
        "{date} {armed} pledged allegiance to a new leader and merged with a rival faction.",
        "{date} {state} announced the withdrawal of their troops from {place} and the end of their mission.",
    ],
    "DISR_WEAP": [
        "{date} {state} defused an IED planted {place}.",
        "{date} {state} discovered and destroyed an arms cache {place}.",
        "{date} {state} seized weapons and ammunition from {armed} {place}.",
        "{date} an explosive device was found and neutralised by {state} {place}.",
    ],
    "HQ_ESTABLISHED": [
        "{date} {armed} set up a base {place}.",
        "{date} {state} established a new military camp {place}.",
    ],
    "PROPERTY_DISTRUCT": [
        "Property destruction: {date} {armed} burned {property} {place}.",
        "{date} {armed} looted shops and stole livestock {place}.",
        "{date} {armed} destroyed {property} {place}.{toll}",
        "Looting: {date} {armed} stole cattle from herders {place}.",
        "{date} {armed} sabotaged {property} {place}.",
        "{date} {armed} set fire to {property} {place}. No casualties were reported.",
        "{date} {militia} burned {property} {place}.",
    ],
    "NON_VIOL_TERRIT_TRANSFER": [
        "{date} {state} withdrew from their base {place}, which was then occupied by {armed}.",
        "{date} {armed} left {place} without fighting and {state} moved in.",
    ],
    "GOV_REGAINS_TERIT": [
        "{date} {state} retook control of {place} from {armed}.",
        "{date} {state} recaptured {place} after the militants fled.",
    ],
    "NON_STATE_ACTOR_OVERTAKES_TER": [
        "{date} {armed} seized control of {place} after the soldiers withdrew.",
        "{date} {armed} took over {place} and raised their flag.",
    ],
    "OTHER": [
        "Non-violent activity: {date} {armed} prohibited residents from farming {place}.",
        "Non-violent activity: {date} {armed} held a preaching session {place}.",
        "{date} {armed} imposed a blockade on {place}, preventing traders from entering.",
        "Non-violent activity: {date} {armed} collected zakat from herders {place}.",
        "{date} {armed} ordered women to wear the veil {place}.",
        "Non-violent activity: {date} {armed} forced the closure of schools {place}.",
    ],
    "NONE": [
        "The motive of the attack is unknown.",
        "Fatalities unknown.",
        "The area has seen repeated attacks over the past months.",
        "The victims were buried the following day.",
        "It is unclear which group was responsible.",
        "The coordinates of the village are not known; the event is coded at the commune.",
        "Several families had already left the village.",
        "The information could not be independently verified.",
        # war words in sports news, a burglary: no conflict event
        "In football, the local club crushed its rivals three goals to nil, a massacre according to the coach.",
        "The home team launched attack after attack but the striker missed every shot on goal.",
        "Thieves broke into the market overnight and stole bags of rice; the police opened an investigation.",
        "Burglars looted a pharmacy in the town centre during the night.",
    ],
}


def village(rng: random.Random) -> str:
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4))))
    return name[0].upper() + name[1:]


def place(rng: random.Random) -> str:
    """A made-up place phrase with its administrative parents, as notes write them."""
    x, a, b, y = village(rng), village(rng), village(rng), village(rng)
    km, direction = rng.choice(N["km"]), rng.choice(N["direction"])
    return rng.choice([
        f"in the village of {x} ({a}, {b})", f"near {x} ({a}, {b})", f"in {x} ({a}, {b})",
        f"{km} from the town of {x} ({a}, {b})", f"on the road between {x} and {y} ({a}, {b})",
        f"in the area of {x} ({a}, {b})", f"in the town of {x} ({a}, {b})", f"near the village of {x} ({a}, {b})",
        f"in {x}, {km} {direction} of {y} ({a}, {b})", f"in {x} ({a})", f"at {x} market ({a}, {b})",
        f"in the commune of {a} ({b})",
    ])


def fill(template: str, rng: random.Random) -> str:
    out = template
    while "{place}" in out:
        out = out.replace("{place}", place(rng), 1)
    out = " ".join(fill_slots(out, N, rng).split())
    out = re.sub(r"(\. )([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)  # "... killed. Eight people"
    return capitalised(out)


# attacks told in words the table above lacks, drawn from their own random stream so that its rows stay as they were
ATTACK_MORE: dict[str, list[str]] = {
    "ATTACK": [
        # the Sahel's armed robbers, highway bandits and cattle thieves who kill or shoot: an armed group's attack
        "{date} {robbers} stopped a vehicle {place} and shot dead {victim1} who resisted.",
        "{date} {robbers} killed {victim1} {place} and made off with his money.",
        "{date} {robbers} took the cattle of {victims} {place} after killing one of them.",
        "{date} {robbers} broke into a house {place} and shot {victim1} dead.",
        # bodies found: the attack dated by the finding, its dead the bodies
        "{date} {finders} discovered the bodies of {victims} {place}. They had been shot.",
        "{date} {finders} found the corpse of {victim1} with gunshot wounds {place}.",
        "{date} the bodies of {victims} were found {place}, their hands tied behind their backs.",
    ],
}
ATTACK_MORE_ROWS = 42


def generate(seed: int = 29) -> list[tuple[str, str]]:
    return generate_rows(T, fill, seed, PER_LABEL) + generate_rows(ATTACK_MORE, fill, seed + 1, ATTACK_MORE_ROWS)
