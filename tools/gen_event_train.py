"""Write ``event_train_en.tsv``: news-style training snippets for the event classifier.

Every sentence here is our own writing: templates per label, written from ACLED's codebook
definitions of each sub-event type (and CASE 2021's five extra types), filled from small vocab
lists with a fixed seed so the file is reproducible. ``NONE`` rows are commentary, background and
diplomatic chatter that report no event, so the classifier learns when to say nothing.

Run: ``python tools/gen_event_train.py`` (rewrites src/sitrep/analyse/data/event_train_*.tsv).
"""

from __future__ import annotations

import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "analyse" / "data" / "event_train_en.tsv"
PER_LABEL = 45

V = {
    "army": ["the army", "government troops", "soldiers", "security forces", "the military", "national forces",
             "the armed forces", "army units", "government forces", "troops", "the national guard", "special forces"],
    "rebels": ["rebels", "insurgents", "militants", "separatist fighters", "jihadists", "gunmen", "armed men",
               "an armed group", "the rebel coalition", "fighters of the movement", "the militia", "guerrillas"],
    "civ": ["civilians", "villagers", "farmers", "residents", "women and children", "worshippers", "traders",
            "herders", "displaced people", "passengers", "students", "a family"],
    "police": ["police", "riot police", "the police", "security officers", "gendarmes", "anti-riot units"],
    "crowd": ["protesters", "demonstrators", "hundreds of people", "students", "opposition supporters",
              "workers", "residents", "teachers", "women", "youths", "farmers", "traders"],
    "place": ["the village of Karo", "Dumba", "the town of Meseta", "Lowa district", "the northern city of Arlan",
              "Bensi", "the border town of Tarik", "Kofa province", "the outskirts of Velan", "the capital",
              "the market town of Oruma", "Sidi Tell", "the eastern region", "the port city of Haldor",
              "a checkpoint near Ribo", "the district of Nyala", "the suburb of Ostra"],
    "day": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
            "last week", "overnight", "early on Sunday", "late on Friday", "yesterday", "on March 3", "this morning"],
    "n": ["two", "three", "four", "five", "six", "seven", "12", "15", "23", "at least 9", "dozens of", "several",
          "more than 30", "at least 40", "eleven", "8"],
    "group": ["the Liberation Front", "the People's Movement", "the Northern Alliance", "the Coalition for Justice",
              "the National Salvation Army", "the Islamic State affiliate", "the militia", "the separatist movement"],
    "gov": ["the government", "the ministry of defence", "the interior ministry", "the junta", "the cabinet",
            "the president", "the authorities", "the transitional council"],
    "cause": ["rising fuel prices", "the election results", "unpaid salaries", "the killing of a student",
              "water shortages", "a new tax", "police brutality", "the arrest of an opposition leader",
              "the closure of schools", "corruption", "land seizures", "power cuts"],
}

T: dict[str, list[str]] = {
    "ARMED_CLASH": [
        "{army} clashed with {rebels} near {place} {day}, leaving {n} fighters dead.",
        "Heavy fighting broke out between {army} and {rebels} in {place} {day}.",
        "{rebels} attacked an army post in {place} {day}; soldiers returned fire and {n} assailants were killed.",
        "{n} soldiers were killed when {rebels} ambushed a military convoy near {place} {day}.",
        "Fierce gun battles between rival militias in {place} left {n} people dead {day}.",
        "An exchange of fire between {army} and {rebels} was reported in {place} {day}.",
        "{army} engaged {rebels} in a firefight outside {place}, the military said.",
        "Gunfire erupted {day} as {rebels} stormed a military base in {place}, sparking hours of combat.",
        "Two armed groups fought each other for control of a gold mine near {place} {day}.",
        "{rebels} and {army} exchanged heavy fire around {place} for several hours.",
        "Soldiers repelled an assault by {rebels} on their camp in {place} {day}, killing {n} attackers.",
        "Combat between the two sides continued {day} on the front line near {place}.",
    ],
    "GOV_REGAINS_TERIT": [
        "{army} recaptured {place} from {rebels} {day} after days of fighting.",
        "The army said it had retaken control of {place}, which had been held by {rebels} since last year.",
        "Government forces regained {place} {day}, pushing {rebels} out of the town.",
        "{army} liberated {place} from insurgent control, the defence ministry announced {day}.",
        "Troops reclaimed the strategic town of {place} after {rebels} withdrew under pressure.",
        "The military declared {place} fully recaptured {day} following an offensive against {rebels}.",
        "Government soldiers took back {place} from the militants {day}.",
        "After a week-long operation, {army} restored state control over {place}.",
        "Loyalist forces retook {place} and raised the national flag over the town hall {day}.",
    ],
    "NON_STATE_ACTOR_OVERTAKES_TER": [
        "{rebels} seized control of {place} {day} after {army} withdrew.",
        "{rebels} captured {place} following clashes with {army} {day}.",
        "{group} said it had taken over {place} and its military base {day}.",
        "Fighters overran {place} {day}, forcing soldiers to flee.",
        "{rebels} now control {place} after government troops retreated {day}.",
        "The town of {place} fell to {rebels} {day}.",
        "{rebels} took control of {place}, raising their flag over the governor's office.",
        "Militia fighters stormed and occupied {place} {day}, driving out the army.",
        "{group} claimed control of {place} and the surrounding villages.",
    ],
    "AIR_STRIKE": [
        "Warplanes bombed {place} {day}, killing {n} people.",
        "A drone strike hit a vehicle in {place} {day}, killing {n} suspected militants.",
        "Air strikes targeted {rebels} positions near {place} {day}.",
        "Military aircraft carried out airstrikes on {place}, the air force said.",
        "An armed drone struck a gathering in {place} {day}.",
        "Fighter jets pounded {place} {day}, residents said.",
        "Helicopter gunships fired on {rebels} near {place} {day}.",
        "{n} civilians died when an aerial bombardment hit a market in {place}.",
        "The air force said its jets destroyed a militant hideout in {place} {day}.",
    ],
    "ART_MISS_ATTACK": [
        "Artillery shells landed in {place} {day}, killing {n} residents.",
        "{rebels} fired mortar rounds at the army base in {place} {day}.",
        "A missile struck a residential building in {place} {day}.",
        "Rockets were fired at {place} overnight, damaging several houses.",
        "Shelling of {place} continued {day}, local officials said.",
        "{army} shelled {rebels} positions near {place} with heavy artillery.",
        "A barrage of rockets hit the outskirts of {place} {day}.",
        "Mortar fire on {place} wounded {n} people {day}.",
        "Ballistic missiles were launched at {place} {day}.",
    ],
    "REM_EXPLOS": [
        "A roadside bomb exploded near {place} {day}, killing {n} soldiers.",
        "An improvised explosive device struck a military vehicle in {place} {day}.",
        "{n} people were killed when their bus hit a landmine near {place}.",
        "A car bomb went off outside a police station in {place} {day}.",
        "A landmine blast killed {n} herders near {place} {day}.",
        "An IED planted on the road to {place} detonated as a convoy passed.",
        "A remotely detonated bomb exploded at a market in {place} {day}.",
        "A vehicle carrying {civ} struck an explosive device near {place}.",
        "An explosive device hidden in a motorbike blew up in {place} {day}.",
    ],
    "SUIC_BOMB": [
        "A suicide bomber blew himself up at a mosque in {place} {day}, killing {n} worshippers.",
        "A suicide car bomb attack targeted an army base in {place} {day}.",
        "{n} people died when a suicide attacker detonated an explosive vest in {place}.",
        "A female suicide bomber struck a crowded market in {place} {day}.",
        "A suicide bomber rammed an explosives-laden truck into a checkpoint near {place}.",
        "Two suicide bombers attacked a wedding in {place} {day}.",
        "A man wearing a suicide belt blew himself up near {place} police headquarters.",
    ],
    "GRENADE": [
        "A grenade was thrown into a bar in {place} {day}, wounding {n} people.",
        "Unidentified attackers hurled a hand grenade at a police patrol in {place}.",
        "A grenade attack on a bus station in {place} injured {n} people {day}.",
        "{n} people were hurt when a grenade exploded in a crowded market in {place}.",
        "Assailants lobbed a grenade at the house of a local politician in {place} {day}.",
        "A grenade tossed from a motorbike exploded near a school in {place}.",
        "Police said a hand grenade was thrown at a nightclub in {place} {day}.",
    ],
    "CHEM_WEAP": [
        "Chemical weapons were used in an attack on {place} {day}, doctors said.",
        "Dozens suffered breathing problems after a chlorine gas attack in {place}.",
        "Inspectors found evidence that sarin was used against {civ} in {place}.",
        "A toxic gas attack on {place} left {n} people choking, medics reported.",
        "Barrels of chlorine were dropped on {place} {day}, activists said.",
        "Victims showed symptoms of exposure to a nerve agent after the attack on {place}.",
        "The opposition accused {army} of using mustard gas in {place}.",
    ],
    "ATTACK": [
        "Gunmen killed {n} {civ} in {place} {day}.",
        "Armed men stormed {place} {day} and opened fire on {civ}, killing {n}.",
        "{rebels} attacked {civ} in {place}, burning homes and killing {n} people.",
        "Unidentified assailants shot dead a village chief in {place} {day}.",
        "{n} {civ} were massacred in {place} by {rebels} {day}.",
        "Soldiers executed {n} {civ} in {place}, witnesses said.",
        "Attackers on motorbikes raided {place} {day}, killing {n} {civ}.",
        "A journalist was stabbed to death in {place} {day}.",
        "{rebels} opened fire on a bus carrying {civ} near {place}.",
        "Militiamen killed {n} {civ} in an attack on {place} {day}.",
    ],
    "ABDUCT_DISSAP": [
        "Gunmen abducted {n} {civ} from {place} {day}.",
        "{rebels} kidnapped a foreign aid worker in {place} {day}.",
        "Armed men seized {n} passengers from a bus near {place} and took them to an unknown location.",
        "A local journalist went missing in {place} after being taken away by men in uniform.",
        "{n} students were kidnapped from their school in {place} {day}.",
        "Kidnappers took {n} {civ} hostage in {place} and demanded a ransom.",
        "Relatives said an activist was forcibly disappeared after security agents took him from his home in {place}.",
        "{rebels} abducted the village chief of {place} {day}.",
    ],
    "SEX_VIOL": [
        "Soldiers raped {n} women in {place} {day}, a rights group said.",
        "A girl was sexually assaulted by armed men in {place}.",
        "{rebels} were accused of raping {civ} during the raid on {place}.",
        "Women in {place} reported being sexually abused by militiamen {day}.",
        "A teenager was gang-raped by gunmen near {place} {day}.",
        "Survivors described sexual violence committed by {army} in {place}.",
        "Medical staff treated {n} victims of rape after the attack on {place}.",
    ],
    "PEACE_PROTEST": [
        "{crowd} marched peacefully through {place} {day} to protest against {cause}.",
        "Hundreds of {crowd} gathered in {place} {day} to demand action on {cause}.",
        "{crowd} staged a sit-in outside the governor's office in {place} over {cause}.",
        "{crowd} held a peaceful rally in {place} {day} against {cause}.",
        "A demonstration against {cause} took place in {place} without incident.",
        "{crowd} went on strike and protested in {place} {day} over {cause}.",
        "Thousands took to the streets of {place} {day} to denounce {cause}.",
        "{crowd} held placards and chanted slogans in {place} over {cause}.",
    ],
    "PROTEST_WITH_INTER": [
        "{police} dispersed {crowd} protesting {cause} in {place} {day} with tear gas.",
        "{police} arrested {n} {crowd} during a protest against {cause} in {place}.",
        "A rally against {cause} in {place} was broken up by {police} {day}.",
        "{police} fired tear gas to disperse a peaceful march over {cause} in {place}.",
        "Security forces detained organisers of a demonstration over {cause} in {place} {day}.",
        "{police} blocked {crowd} from marching in {place} and detained several participants.",
        "{police} used water cannon to disperse a sit-in over {cause} in {place}.",
        "{police} detained {n} protesters as they tried to march to the parliament in {place} {day}.",
        "A hunger strike by {crowd} in {place} was ended by police, who removed the strikers.",
        "{police} stopped {crowd} from holding a rally over {cause} in {place} and took leaders into custody.",
    ],
    "FORCE_AGAINST_PROTEST": [
        "{police} opened fire on {crowd} in {place} {day}, killing {n} protesters.",
        "{n} demonstrators were shot dead by security forces during a protest over {cause} in {place}.",
        "{police} beat peaceful protesters with batons in {place}, leaving {n} seriously injured.",
        "Soldiers fired live ammunition at {crowd} demonstrating against {cause} in {place}.",
        "A protester died after being shot by {police} at a rally in {place} {day}.",
        "{police} lathi-charged and injured {n} protesters demanding {cause} in {place}.",
        "Security forces fired rubber bullets at peaceful protesters in {place}, wounding {n}.",
        "{police} brutally attacked a peaceful student demonstration in {place}, injuring {n}.",
        "Security forces killed {n} people who were protesting {cause} in {place}.",
    ],
    "VIOL_DEMONSTR": [
        "Protesters burned tyres, smashed car windows and threw stones at {police} in {place} {day}.",
        "A demonstration against {cause} in {place} turned into clashes with {police}.",
        "Demonstrators ransacked the town hall of {place} during protests over {cause}.",
        "Angry protesters stormed and set ablaze a police station in {place} {day}.",
        "Youths protesting {cause} attacked vehicles and clashed with {police} in {place}.",
        "{crowd} protesting {cause} threw stones at police and burned tyres in {place} {day}.",
        "Rioters set fire to government buildings in {place} during protests over {cause}.",
        "Angry {crowd} blocked roads and torched vehicles in {place} {day} over {cause}.",
        "Demonstrators clashed with police and vandalised shops in {place} {day}.",
        "Protests over {cause} turned violent in {place} as {crowd} attacked a police station.",
        "{crowd} hurled rocks and petrol bombs at security forces in {place}.",
        # codebook: demonstrators themselves use violence or destroy property
        "Agitated {crowd} pelted stones at police vehicles in {place} {day} over {cause}.",
        "Protesters blocked the highway, burnt an effigy and damaged buses in {place} {day}.",
        "Stone-pelting protesters injured {n} policemen in {place} during an agitation over {cause}.",
        "A protest over {cause} in {place} turned violent as demonstrators set vehicles on fire.",
        "Protesters vandalised the office of the ruling party in {place} {day}.",
        "Rioting broke out in {place} {day} after {cause}, with demonstrators looting stores.",
    ],
    "MOB_VIOL": [
        "An angry mob lynched a suspected thief in {place} {day}.",
        "A mob beat a man to death in {place} after accusing him of witchcraft.",
        "Villagers attacked and burned {n} homes of a rival community in {place}.",
        "A crowd of residents set upon two suspected kidnappers in {place} and killed them.",
        "Rival groups of youths clashed with machetes in {place} {day}.",
        "A mob torched a church in {place} {day} following a rumour of blasphemy.",
        "Residents of {place} attacked members of a rival clan with sticks and stones.",
    ],
    "AGREEMENT": [
        "{gov} and {group} signed a peace agreement in {place} {day}.",
        "The warring parties agreed to a ceasefire {day} after talks in {place}.",
        "{army} and {rebels} reached a deal to exchange prisoners {day}.",
        "{group} accepted a truce brokered by regional mediators in {place}.",
        "The two sides signed an accord {day} to end hostilities around {place}.",
        "{gov} and the rebels agreed on a roadmap for disarmament in talks in {place}.",
        "A local peace pact was concluded between farmers and herders in {place} {day}.",
        "Negotiators announced a humanitarian pause agreed by both sides in {place}.",
    ],
    "ARREST": [
        "{police} arrested {n} suspected militants in {place} {day}.",
        "Security forces detained an opposition leader in {place} {day}.",
        "A journalist was arrested in {place} on charges of spreading false news.",
        "Authorities in {place} detained {n} people accused of plotting a coup.",
        "{police} rounded up {n} suspects after a raid in {place} {day}.",
        "Intelligence agents arrested a former minister at his home in {place}.",
        "{army} captured a senior commander of {group} during an operation near {place}.",
        "Soldiers took into custody {n} men suspected of links to {rebels} in {place}.",
    ],
    "CHANGE_TO_GROUP_ACT": [
        "{army} deployed reinforcements to {place} {day}.",
        "Troops were redeployed from {place} to the frontline {day}.",
        "{group} changed its name {day}, the movement said in a statement.",
        "Military convoys carrying hundreds of soldiers arrived in {place} {day}.",
        "{army} began joint patrols with allied forces around {place}.",
        "Hundreds of fighters defected from {group} and joined the army {day}.",
        "{gov} announced the creation of a new special forces unit {day}.",
        "Foreign troops started leaving their bases in {place} {day}.",
        "{group} announced {day} that it was joining forces with another armed movement.",
        "Several armed groups merged to form a new coalition, {group}, {day}.",
        "{group} named a new leader {day} after the death of its founder.",
        "The foreign contingent announced its withdrawal from the country {day}.",
        "{group} said it was ending its operations in {place} {day}.",
        "{army} launched a new recruitment drive in {place} {day}.",
        "{gov} ordered the dissolution of {group} {day}.",
        "{group} split into two factions {day} after a leadership dispute.",
        # codebook: giving up arms or the fight is a change of the group's activity, not a seizure
        "{n} militants of {group} laid down their arms and surrendered to the authorities in {place} {day}.",
        "Former fighters handed over their weapons at a disarmament camp in {place}.",
        "The private military company announced its departure from the country, ending its deployment.",
        "{gov} suspended the activities of all political parties {day}.",
    ],
    "DISR_WEAP": [
        "Police recovered rifles, grenades and ammunition during a search in {place} {day}.",
        "Customs officers seized a shipment of weapons hidden in a truck near {place}.",
        "{army} said it had intercepted two drones launched towards {place} {day}.",
        "A bomb planted under a bridge near {place} was found and defused before it exploded.",
        "Soldiers discovered a cache of explosives buried near {place} {day}.",
        "{army} defused a roadside bomb planted near {place} {day}.",
        "Police seized a cache of weapons and ammunition in {place} {day}.",
        "Soldiers intercepted a truck loaded with explosives near {place}.",
        "Bomb disposal experts destroyed an improvised explosive device found in {place}.",
        "Air defences shot down a drone over {place} {day}.",
        "{army} foiled a planned suicide attack in {place}, arresting the bomber.",
        "Security forces discovered and dismantled a bomb-making workshop in {place}.",
        "A missile fired at {place} was intercepted by air defence systems {day}.",
        "Troops found and safely detonated landmines along the road to {place}.",
        # ACLED: "the seizure of weapons or explosives ... or the defusal of an explosive": found
        # before use, whatever the weapon (a recovered grenade is not a grenade attack)
        "A live grenade was found near {place} {day} and defused by the bomb squad.",
        "{police} recovered a hand grenade and a pistol from a suspect in {place}.",
        "An unexploded shell was found in a field near {place} and removed by experts.",
        "The bomb disposal squad defused an IED planted on the road to {place} {day}.",
        "A crude bomb was recovered from a vacant plot in {place} {day}.",
        "{army} seized {n} rifles and boxes of ammunition in a search operation in {place}.",
        "Security forces unearthed an arms dump with mortar rounds near {place}.",
        "A suspicious object found near a school in {place} turned out to be an explosive device and was neutralised.",
    ],
    "HQ_ESTABLISHED": [
        "{rebels} set up a new base in {place} {day}.",
        "{group} established its headquarters in {place}, local sources said.",
        "The militants built a training camp near {place} {day}.",
        "{group} opened a new command centre in {place} {day}.",
        "Fighters established a checkpoint and a base in the hills above {place}.",
        "{rebels} moved their headquarters to {place} {day}.",
    ],
    "PROPERTY_DISTRUCT": [
        "{rebels} looted shops and burned the market in {place} {day}.",
        "Armed men set fire to a school in {place} {day}.",
        "Soldiers destroyed {n} houses in {place}, residents said.",
        "{rebels} sabotaged a telecommunications tower near {place}.",
        "Militiamen looted the health centre in {place} and stole medicine.",
        "A bridge near {place} was blown up by {rebels} {day}, cutting the main road.",
        "Unknown assailants vandalised and torched a church in {place}.",
        "{rebels} stole livestock and burned granaries in {place} {day}.",
    ],
    "NON_VIOL_TERRIT_TRANSFER": [
        "{army} withdrew from {place} {day}, handing the town to a local militia without a fight.",
        "{rebels} took over {place} without resistance after the army left.",
        "Troops pulled out of their base in {place} {day}, and {group} moved in.",
        "Peacekeepers handed over their camp in {place} to the army {day}.",
        "The rebels peacefully handed control of {place} to government officials {day}.",
        "Government soldiers abandoned {place}, which was then occupied by {rebels} without fighting.",
        "The army entered {place} unopposed after {rebels} left the town.",
    ],
    "OTHER": [
        "{rebels} besieged {place} for weeks, blocking food and fuel deliveries.",
        "Residents of {place} fled their homes {day} ahead of an expected attack.",
        "{gov} shut down the internet in {place} {day}.",
        "{army} imposed a ban on motorbikes in {place} {day}.",
        "{rebels} imposed a blockade on {place}, cutting off food supplies {day}.",
        "The army declared a curfew in {place} {day}.",
        "{rebels} laid siege to {place}, preventing trucks from entering the town.",
        "{gov} declared a state of emergency in {place} {day}.",
        "The militants ordered residents of {place} to leave their homes within 48 hours.",
        "Armed groups blocked the main road to {place}, stranding hundreds of trucks.",
        # ACLED "Other": significant non-violent developments no other type covers
        "{gov} banned all public gatherings in {place} {day}.",
        "Thousands of families were displaced from {place} {day} as the security situation worsened.",
        "{rebels} ordered shops in {place} to close and imposed their own rules on residents.",
        "A prominent activist went into hiding after receiving threats in {place}.",
        "{gov} suspended mobile phone services in {place} for security reasons {day}.",
        "Schools in {place} were closed {day} after threats by {rebels}.",
        "{rebels} imposed a tax on traders and farmers in {place}.",
    ],
    "ORG_CRIME": [
        "A gang of armed robbers attacked a bank in {place} {day}, escaping with cash.",
        "Drug traffickers shot dead a rival in {place} {day}, police said.",
        "Police arrested members of a smuggling ring in {place} {day}.",
        "Bandits stole cattle from herders near {place}.",
        "Police dismantled a drug trafficking ring operating out of {place} {day}.",
        "A gang robbed a bank in {place} {day} and escaped with cash.",
        "Smugglers were caught trafficking migrants through {place}.",
        "Cartel members extorted shopkeepers in {place}, prosecutors said.",
        "Customs officers seized two tonnes of cocaine at the port of {place}.",
        "A criminal network smuggling fuel across the border near {place} was broken up.",
        "Armed robbers hijacked a cash-in-transit van near {place} {day}.",
        # codebook: criminal networks (drugs, smuggling, extortion, gang killings), not political actors
        "{police} seized {n} kilograms of heroin from a drug peddler in {place} {day}.",
        "A narcotics haul worth millions was confiscated from traffickers in {place}.",
        "{police} busted an illegal liquor racket in {place} and seized hundreds of bottles.",
        "Gang members shot dead a businessman who refused to pay protection money in {place}.",
        "A notorious gangster wanted for extortion was held in {place} {day}.",
        "Sand mining mafia attacked officials who tried to stop illegal mining near {place}.",
        "{police} intercepted a truck carrying smuggled cattle and contraband near {place}.",
        "Two members of a drug gang were killed in a turf war in {place} {day}.",
        "{police} raided a counterfeit currency racket in {place}, seizing fake notes.",
    ],
    "NATURAL_DISASTER": [
        "Floods swept through {place} {day}, killing {n} people and destroying homes.",
        "An earthquake of magnitude 6.2 struck {place} {day}.",
        "A cyclone made landfall near {place}, leaving thousands homeless.",
        "Landslides triggered by heavy rain buried houses in {place} {day}.",
        "Drought has left {n} villages near {place} without water.",
        "Torrential rains caused rivers to burst their banks around {place}.",
        "A volcanic eruption forced residents of {place} to evacuate {day}.",
        "Wildfires destroyed farmland around {place} {day}.",
    ],
    "MAN_MADE_DISASTER": [
        "A fire at a factory in {place} killed {n} workers {day}.",
        "A bus collided with a fuel tanker near {place} {day}, killing {n} passengers.",
        "A building collapsed in {place} {day}, trapping dozens under the rubble.",
        "An explosion at a chemical plant in {place} injured {n} people.",
        "A passenger train derailed near {place} {day}.",
        "A boat carrying migrants capsized off {place}, leaving {n} dead.",
        "A gas leak at a mine in {place} killed {n} miners {day}.",
        "A plane crashed shortly after take-off from {place} {day}.",
        # codebook: accidental explosions are disasters, not explosive attacks
        "A gas cylinder blast in a restaurant in {place} killed {n} people {day}.",
        "An explosion at a firecracker factory in {place} left {n} workers dead.",
        "A boiler exploded at a plant in {place} {day}, injuring {n} workers.",
        # a toxic release by accident is a disaster, not a chemical weapon
        "A chemical spill at a factory in {place} released a toxic cloud {day}; {n} people were treated in hospital.",
        "Residents of {place} were evacuated after an ammonia leak at a fertiliser plant {day}.",
        "A fuel tanker exploded after overturning on the highway near {place}.",
        "Toxic gas leaked from a factory in {place}, sending {n} people to hospital.",
    ],
    "DIPLO": [
        "{gov} severed diplomatic ties with its neighbour {day}.",
        "The foreign minister met his counterpart in {place} {day} to discuss security cooperation.",
        "{gov} expelled the ambassador of a neighbouring country {day}.",
        "The two countries restored diplomatic relations {day} after a two-year rift.",
        "{gov} recalled its ambassador in protest at the remarks.",
        "The president hosted a summit of regional leaders in {place} {day}.",
        "{gov} summoned the envoy over what it called interference in its internal affairs.",
        "The regional bloc suspended the country's membership {day}.",
    ],
    "ATTRIB": [
        "{group} claimed responsibility for the attack on {place}.",
        "Officials blamed {rebels} for the bombing in {place} {day}.",
        "{gov} accused a foreign power of supporting the insurgents behind the raid on {place}.",
        "No group has claimed the killings in {place}, but suspicion fell on {rebels}.",
        "Investigators attributed the massacre in {place} to {group}.",
        "In a statement, {group} said its fighters carried out the ambush near {place}.",
        "The spokesman of {group} claimed credit for downing the aircraft.",
    ],
    "NONE": [
        "Analysts say the conflict has deep roots in decades of marginalisation of {place}.",
        "The country has been in a state of instability for more than a decade.",
        "Observers described the situation in {place} as tense but calm.",
        "The region is rich in gold, lithium and uranium.",
        "Experts warn that the humanitarian situation could deteriorate further.",
        "{gov} has made restoring territorial integrity its top priority.",
        "The insurgency has spread from the north to the centre of the country in recent years.",
        "Critics say the policy has failed to improve security in {place}.",
        "The report was published by a research institute based in {place}.",
        "Residents of {place} say they fear what the coming months will bring.",
        "The mission's mandate expires at the end of the year.",
        "The junta has turned to new partners for military support.",
        "Aid agencies say millions of people need assistance.",
        "Follow our coverage for the latest updates.",
        "The minister is expected to visit {place} next month.",
        "Elections have been postponed several times since the coup.",
        "The group is considered one of the most active in the region.",
        "Sources on the ground have been largely silent due to pressure.",
    ],
}


def fill(template: str, rng: random.Random) -> str:
    out = template
    for key, values in V.items():
        token = "{" + key + "}"
        while token in out:
            out = out.replace(token, rng.choice(values), 1)
    return out[0].upper() + out[1:]


def generate(seed: int = 13) -> list[tuple[str, str]]:
    return sample_rows(T, fill, random.Random(seed), PER_LABEL)


def sample_rows(table: dict[str, list[str]], filler, rng: random.Random, per_label: int) -> list[tuple[str, str]]:
    """(label, sentence) rows: every template of a label at least twice, then random ones up to
    ``per_label`` distinct sentences (shared by the news and the notes generators)."""
    rows: list[tuple[str, str]] = []
    for label, templates in table.items():
        seen: set[str] = set()
        order = templates * 2 + [rng.choice(templates) for _ in range(per_label * 3)]
        for t in order:
            if len(seen) >= max(per_label, 2 * len(templates)):
                break
            s = filler(t, rng)
            if s not in seen:
                seen.add(s)
                rows.append((label, s))
    return rows


def write_rows(rows: list[tuple[str, str]], out: Path) -> None:
    """Write (label, text) rows as the classifier's training TSV (shared by every language's generator)."""
    with out.open("w", encoding="utf-8") as f:
        f.write("label\ttext\n")
        for label, text in rows:
            f.write(f"{label}\t{text}\n")
    print(f"wrote {len(rows)} rows to {out}")


def main() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from gen_event_notes import generate as generate_notes  # notes-style rows (coders' notes, not news)
    from gen_event_train_wire import generate as generate_wire  # wire-style leads with context about other events

    from gen_event_notes_prose import generate as generate_prose  # older notes: prose without an opening date

    write_rows(generate() + generate_notes() + generate_wire() + generate_prose(), OUT)


if __name__ == "__main__":
    main()
