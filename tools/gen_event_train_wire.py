"""Training snippets in the style of wire copy, for the event classifier.

The other generators write one short clause per event.  Wire stories read differently: a lead names
the deed first, then carries context that names other kinds of violence ("... a town that was the
scene of a chemical attack in 2017", "... weeks after a suicide bombing killed ten", "amid talks on a
ceasefire") and closes on who said it ("an army spokesman said", "according to state media").  A
model fitted only on one-clause sentences learns every violent word as its label's; here the same
context clauses follow the leads of every label, so the label is told by the lead and the context
words stop speaking for one type.  Every sentence is our own writing; place names are invented.
``gen_event_train.py`` appends these rows to ``event_train_en.tsv``.
"""

from __future__ import annotations

import random

from event_templates import capitalised, fill_slots, sample_rows  # beside this script

PER_LABEL = 24

W = {
    "army": ["government troops", "soldiers", "security forces", "the army", "army units", "the military",
             "special forces", "a military patrol", "gendarmes", "national guard troops"],
    "rebels": ["militants", "insurgents", "jihadist fighters", "gunmen", "rebels", "suspected Islamists",
               "fighters loyal to the movement", "armed men on motorcycles", "a separatist militia", "bandits"],
    "civ": ["civilians", "villagers", "farmers", "worshippers", "traders", "herders", "passengers", "residents"],
    "crowd": ["protesters", "demonstrators", "hundreds of students", "opposition supporters", "striking workers",
              "thousands of people", "angry residents", "youths"],
    "police": ["police", "riot police", "anti-riot police", "security forces", "gendarmes"],
    "place": ["the northern town of Ambara", "Kelowe", "the village of Tessit Dora", "a market in Borusa",
              "the border district of Nakuru Pel", "the eastern province of Sola", "the outskirts of Fadama",
              "the capital, Lorinde", "the oil town of Masrat", "a hamlet near Bakou Ra", "the region of Oued Sefa"],
    "day": ["on Monday", "on Tuesday", "late on Wednesday", "early Thursday", "on Friday", "at dawn on Saturday",
            "on Sunday", "overnight", "this week"],
    "n": ["at least 14", "two", "five", "dozens of", "more than 20", "seven", "at least three", "nine", "31"],
    "source": [", a military spokesman said", ", officials said", ", according to state media", ", local sources said",
               ", residents told reporters", ", the interior ministry said in a statement",
               ", a security source said on condition of anonymity", ", the news agency reported", ""],
    "context": [
        ", in a region where jihadists have staged suicide bombings and kidnappings",
        ", weeks after a car bomb killed ten people in the same province",
        ", near a town that was the scene of a chemical attack two years ago",
        ", amid talks on a ceasefire agreement between the government and the rebels",
        ", days after protesters blocked the main road to denounce insecurity",
        ", an area that insurgents seized from the army last year",
        ", as air strikes continued further north",
        ", a week after a landmine blast hit a convoy on the same road",
        ", in a province where hundreds were arrested after last month's riots",
        ", while the army says it has retaken most of the district",
        "",
        "",
        "",
    ],
}

# the lead of each label: what happened, told first
LEADS: dict[str, list[str]] = {
    "ARMED_CLASH": [
        "{army} and {rebels} fought for hours around {place} {day}, leaving {n} dead on both sides",
        "{n} soldiers and several assailants died when {rebels} attacked an army outpost in {place} {day} and troops fought back",
        "Clashes between {army} and {rebels} erupted {day} in {place}",
        "{army} killed {n} militants who had ambushed their patrol near {place} {day}",
    ],
    "ATTACK": [
        "{rebels} shot dead {n} {civ} in {place} {day}",
        "{n} {civ} were killed {day} when {rebels} opened fire on them in {place}",
        "Unidentified gunmen massacred {n} {civ} in {place} {day}",
        "{rebels} raided {place} {day}, killing {n} unarmed {civ}",
    ],
    "AIR_STRIKE": [
        "Warplanes bombed positions of {rebels} in {place} {day}, killing {n} people",
        "A drone strike hit a gathering in {place} {day}, killing {n}",
        "{n} people died {day} when military jets struck a market in {place}",
    ],
    "ART_MISS_ATTACK": [
        "Mortar shells fired by {rebels} landed on {place} {day}, wounding {n} people",
        "Rockets struck a military camp in {place} {day}",
        "{army} shelled {place} {day} with heavy artillery",
    ],
    "REM_EXPLOS": [
        "A roadside bomb struck an army vehicle near {place} {day}, killing {n} soldiers",
        "{n} people died {day} when their bus hit a landmine near {place}",
        "An improvised explosive device exploded at a checkpoint in {place} {day}",
    ],
    "SUIC_BOMB": [
        "A suicide bomber blew himself up at a mosque in {place} {day}, killing {n} worshippers",
        "A suicide car bomb rammed the gates of a military camp in {place} {day}",
        "{n} people were killed {day} when a suicide attacker detonated his explosive vest in {place}",
    ],
    "GRENADE": [
        "An attacker hurled a grenade into a bar in {place} {day}, wounding {n} people",
        "A hand grenade thrown at a police post in {place} {day} injured {n} officers",
    ],
    "CHEM_WEAP": [
        "Dozens of people suffered breathing problems after a gas attack on {place} {day}",
        "Barrels filled with chlorine were dropped on {place} {day}",
    ],
    "ABDUCT_DISSAP": [
        "{rebels} kidnapped {n} {civ} from {place} {day}",
        "Gunmen abducted a local official in {place} {day} and took him to an unknown location",
        "{n} {civ} have been missing since armed men seized them near {place} {day}",
    ],
    "SEX_VIOL": [
        "{rebels} raped several women in {place} {day}",
        "Women fleeing {place} were sexually assaulted by armed men {day}",
    ],
    "PEACE_PROTEST": [
        "{crowd} marched peacefully through {place} {day} to demand the release of detained activists",
        "{crowd} rallied in {place} {day} against rising prices",
        "Thousands staged a sit-in outside parliament in {place} {day}",
    ],
    "PROTEST_WITH_INTER": [
        "{police} dispersed {crowd} with tear gas in {place} {day}",
        "{police} arrested dozens of {crowd} who had gathered in {place} {day}",
    ],
    "FORCE_AGAINST_PROTEST": [
        "{police} opened fire on {crowd} in {place} {day}, killing {n}",
        "{n} demonstrators were shot dead when {police} fired live rounds at a march in {place} {day}",
    ],
    "VIOL_DEMONSTR": [
        "{crowd} burned tyres, threw stones at police and looted shops in {place} {day}",
        "Rioting {crowd} set fire to a police station in {place} {day}",
        "A protest in {place} turned violent {day} as {crowd} clashed with police",
    ],
    "MOB_VIOL": [
        "A mob lynched a suspected thief in {place} {day}",
        "Rival communities fought with machetes in {place} {day}, leaving {n} dead",
        "Angry villagers beat to death two men accused of witchcraft in {place} {day}",
    ],
    "AGREEMENT": [
        "The government and the rebels signed a ceasefire in {place} {day}",
        "The warring parties agreed {day} to exchange prisoners",
        "Community leaders concluded a peace deal in {place} {day} to end months of fighting",
    ],
    "ARREST": [
        "{police} arrested a senior opposition figure at his home in {place} {day}",
        "{army} detained {n} suspects during a search operation in {place} {day}",
    ],
    "CHANGE_TO_GROUP_ACT": [
        "{n} fighters of the movement defected and joined the government side {day}",
        "The army deployed reinforcements to {place} {day}",
        "Two armed groups announced {day} that they had merged into a single coalition",
    ],
    "DISR_WEAP": [
        "{army} defused a bomb planted on the road to {place} {day}",
        "{army} seized a large cache of weapons and explosives in {place} {day}",
        "Deminers cleared hundreds of landmines around {place} this month",
    ],
    "HQ_ESTABLISHED": [
        "{rebels} set up a new base in {place} {day}",
        "The militia established its headquarters in an abandoned school in {place}",
    ],
    "PROPERTY_DISTRUCT": [
        "{rebels} torched homes and granaries in {place} {day}",
        "Arsonists burned down a school and a health centre in {place} {day}",
        "Gunmen destroyed a telecommunications mast near {place} {day}",
    ],
    "NON_VIOL_TERRIT_TRANSFER": [
        "{army} withdrew from {place} {day}, handing the town over to allied militias without a fight",
        "{rebels} moved into {place} {day} after troops pulled out, meeting no resistance",
    ],
    "GOV_REGAINS_TERIT": [
        "{army} recaptured {place} from {rebels} {day}",
        "{army} took back control of {place} {day} after driving out the insurgents",
        "Government forces captured two villages around {place} {day}",
    ],
    "NON_STATE_ACTOR_OVERTAKES_TER": [
        "{rebels} seized {place} {day} after the army retreated",
        "{rebels} overran an army base and took control of {place} {day}",
        "{place} fell to {rebels} {day}",
    ],
    "OTHER": [
        "{rebels} imposed a blockade on {place}, cutting off food supplies",
        "Armed men ordered the residents of {place} to leave within three days",
    ],
}


# photo captions and live-page lines: present tense, the deed as a scene ("Riot police chase demonstrators
# during a protest in X on Tuesday"); no context clause, often no source
CAPTIONS: dict[str, list[str]] = {
    "ARMED_CLASH": ["Soldiers exchange fire with {rebels} on the outskirts of {place} {day}"],
    "ATTACK": ["Relatives mourn {civ} shot dead by {rebels} in {place} {day}"],
    "AIR_STRIKE": ["Smoke rises after an air strike on {place} {day}"],
    "ART_MISS_ATTACK": ["A house hit by a mortar shell in {place} {day}"],
    "REM_EXPLOS": ["The wreckage of a bus that hit a landmine near {place} {day}"],
    "PEACE_PROTEST": ["{crowd} hold placards during a march in {place} {day}"],
    "PROTEST_WITH_INTER": ["{police} detain a protester during a demonstration in {place} {day}",
                           "{police} chase {crowd} during a protest in {place} {day}"],
    "FORCE_AGAINST_PROTEST": ["A police officer beats a demonstrator with a baton during a rally in {place} {day}",
                              "{police} fire live ammunition at {crowd} in {place} {day}"],
    "VIOL_DEMONSTR": ["{crowd} throw stones at police during a protest in {place} {day}",
                      "{crowd} burn tyres and block a road in {place} {day}"],
    "ARREST": ["{police} lead away an opposition leader arrested in {place} {day}"],
    "DISR_WEAP": ["Weapons seized by {army} are displayed in {place} {day}"],
}

# a protest told with what it protests: the violence it names is its cause, not its deed
PROTEST_CAUSES = ["the killing of a student by soldiers", "the kidnapping of their relatives", "a wave of attacks by gunmen",
                  "an air strike that killed civilians", "the arrest of a journalist", "the bombing of a market"]
CAUSED: dict[str, list[str]] = {
    "PEACE_PROTEST": ["{crowd} marched peacefully in {place} {day} to denounce {cause}",
                      "{crowd} held a sit-in in {place} {day} to protest {cause}"],
    "PROTEST_WITH_INTER": ["{police} dispersed {crowd} protesting {cause} in {place} {day}"],
    "VIOL_DEMONSTR": ["{crowd} angered by {cause} set fire to a police post in {place} {day}"],
}

# sentences that name violence without reporting a deed: history, tallies, fears, background
CONTEXT_ONLY = [
    "The region has been plagued by attacks by jihadists and bandits since 2015{source}.",
    "Kidnappings for ransom have become common on the roads around {place} in recent years.",
    "Insurgents have killed thousands of people across the country over the past decade{source}.",
    "Residents of {place} fear further attacks as the rainy season approaches.",
    "The town was the scene of a suicide bombing in 2019 that killed dozens.",
    "Human rights groups have documented abuses by all sides in the conflict.",
    "Clashes between herders and farmers over land and water are frequent in {place}.",
    "The army has often been accused of abuses during its counter-insurgency operations.",
    "No group has claimed responsibility for previous attacks in {place}.",
]


def fill(template: str, rng: random.Random) -> str:
    return capitalised(" ".join(fill_slots(template, W, rng).split()).replace(" ,", ","))


def generate(seed: int = 41) -> list[tuple[str, str]]:
    """(label, sentence) rows: a lead, then a context clause about another kind of event (or none), then its source."""
    rng = random.Random(seed)
    table = {label: [lead + "{context}{source}." for lead in leads] for label, leads in LEADS.items()}
    rows = sample_rows(table, fill, rng, PER_LABEL)
    rows += sample_rows({label: [c + "." for c in caps] for label, caps in CAPTIONS.items()}, fill, rng, 4)
    caused = {label: [t.replace("{cause}", cause) + "{source}." for t in temps for cause in PROTEST_CAUSES]
              for label, temps in CAUSED.items()}
    rows += sample_rows(caused, fill, rng, 8)
    return rows + sample_rows({"NONE": CONTEXT_ONLY}, fill, rng, 18)
