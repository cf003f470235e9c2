"""Training snippets in the style of older conflict-monitoring notes: prose without an opening date.

The notes of ``gen_event_notes.py`` all open on their date ("On 3 May 2022,").  Older notes, and many
written by hand, do not: they tell the deed in plain prose, often with its cause or what followed ("...
which sparked a weekend of violence", "The attack is believed to be linked to a land dispute"), name
communities rather than armed groups, and end on what is unknown ("It is unclear who the attackers
were").  They follow the codebook's conventions: fighting between two communities' armed men is a
clash; armed men killing unarmed people an attack; a crowd's spontaneous violence mob violence.  Every
sentence is our own writing; place names are invented.  ``gen_event_train.py`` appends these rows.
"""

from __future__ import annotations

import random

from event_templates import capitalised, fill_slots, generate_rows  # beside this script

PER_LABEL = 8

P = {
    "armed": ["Armed men", "Unidentified gunmen", "Suspected jihadists", "Gunmen on motorbikes", "Militants",
              "Suspected members of an Islamist group", "A group of armed individuals", "Unknown assailants"],
    "community": ["Fulani", "farming", "herding", "Mossi", "Gourmantche", "Tuareg", "Dogon", "Bella"],
    "victims": ["two farmers", "a herder", "three villagers", "a local councillor", "an imam", "five civilians",
                "a trader and his son", "several women"],
    "troops": ["Soldiers", "Gendarmes", "Security forces", "The army", "Police officers", "Defence forces"],
    "place": ["a village near Kirou", "the town of Saba Ndi", "the outskirts of Tolgo", "a hamlet in the Kora area",
              "the market of Dabesso", "the road between Pela and Kouri",
              "the commune of Nassou"],
    "when": ["", "", "during the night", "in the early morning", "over the weekend", "on market day"],
    # (codas that suit any kind of event: "No group claimed the attack" after a sit-in would teach nonsense)
    "coda": ["", "", " The motive is unclear.", " Local sources reported the incident.", " The number of victims is unknown.",
             " Details remain unclear."],
}

PROSE: dict[str, list[str]] = {
    "ARMED_CLASH": [
        "{armed} attacked a gendarmerie post in {place} {when} and exchanged fire with the gendarmes. Two assailants were killed.{coda}",
        "A dispute over grazing land led armed men of the {community} and {community} communities to fight each other in {place}, leaving four dead.{coda}",
        "The killing of a {community} herder sparked retaliation, and armed members of both communities fought in {place} for two days.{coda}",
        "{troops} on patrol came under fire from {armed} near {place} and fought back.{coda}",
    ],
    "ATTACK": [
        "{armed} entered {place} {when} and killed {victims}.{coda}",
        "{victims} were shot dead by {armed} in {place}.{coda}",
        "Armed members of the {community} community killed {victims} in {place} in retaliation for a theft of cattle.{coda}",
        "{troops} are accused of executing {victims} in {place} during a search operation.{coda}",
        # a body found is coded as the killing it shows (ACLED: an attack, dated to the finding when unknown)
        "The bodies of {victims} were found in {place}, shot dead by unknown gunmen.{coda}",
        "The body of a village chief was found near {place}. He had been killed by armed men the night before.{coda}",
    ],
    "ABDUCT_DISSAP": [
        "{armed} kidnapped {victims} in {place} {when}.{coda}",
        "{victims} were taken away by {armed} from {place} and have not been seen since.{coda}",
    ],
    "SEX_VIOL": ["{armed} raped {victims} in {place}.{coda}"],
    "REM_EXPLOS": [
        "A vehicle struck an explosive device on {place}, killing its driver.{coda}",
        "A landmine exploded under a truck near {place}, wounding two passengers.{coda}",
    ],
    "AIR_STRIKE": ["Military aircraft bombed a camp of {armed} near {place}.{coda}"],
    "GRENADE": ["A man threw a grenade into a crowd at {place}, wounding several people.{coda}"],
    "PEACE_PROTEST": [
        "Residents of {place} protested against the lack of security after repeated attacks.{coda}",
        "Students marched peacefully in {place} to demand better conditions.{coda}",
        "Traders held a sit-in in {place} over a new tax.{coda}",
    ],
    "PROTEST_WITH_INTER": ["Residents protesting in {place} over a land sale were dispersed by police with tear gas.{coda}"],
    "VIOL_DEMONSTR": [
        "Protesters in {place} burned tyres and stoned the police station after the death of a young man in custody.{coda}",
        "Angry youths ransacked the town hall of {place} to protest the sale of land.{coda}",
    ],
    "MOB_VIOL": [
        "A crowd in {place} beat a suspected thief to death.{coda}",
        "A quarrel at {place} between two groups of residents degenerated into a street fight with machetes; one man was wounded.{coda}",
    ],
    "PROPERTY_DISTRUCT": [
        "{armed} burned a school and a health centre in {place}.{coda}",
        "{armed} looted shops in {place} and stole cattle. No one was hurt.{coda}",
    ],
    "ARREST": ["{troops} arrested several suspects in {place} after an attack.{coda}"],
    "CHANGE_TO_GROUP_ACT": ["{troops} launched a military operation in {place} against armed groups.{coda}"],
    "DISR_WEAP": ["{troops} found and destroyed an explosive device on {place}.{coda}"],
    "OTHER": ["{armed} ordered the residents of {place} to close their schools.{coda}"],
    # accidents beside the explosive devices above: a vehicle or a load that blows up by itself is no attack
    "MAN_MADE_DISASTER": [
        "A truck carrying explosives for a mine overturned and exploded on {place}, killing its driver.{coda}",
        "A fuel tanker exploded after a collision near {place}, killing several passers-by.{coda}",
        "A gas cylinder exploded in a restaurant in {place}, injuring four people.{coda}",
        "A pedestrian died after being struck by a vehicle on {place}.{coda}",
    ],
    # "taken", "struck", "found" without violence: the words the rows above share with abductions and attacks
    "NONE": [
        "Samples were taken from livestock in {place} for testing.",
        "The decision was taken at a meeting of elders in {place}.",
        "The region was struck by drought last year, and prices in {place} have risen.",
        "The results were found to be accurate by the local commission in {place}.",
    ],
}


def fill(template: str, rng: random.Random) -> str:
    return capitalised(" ".join(fill_slots(template, P, rng).split()).replace(" .", "."))


def generate(seed: int = 53) -> list[tuple[str, str]]:
    return generate_rows(PROSE, fill, seed, PER_LABEL)
