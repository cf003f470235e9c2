"""Training snippets for the sub-types the classifier confuses, in the registers of regional and national press.

The other generators write coders' notes and wire leads.  Papers in Africa, Asia and the Middle East tell the same
deeds in other words ("repulsed an attack", "reclaimed the hill", "rounded up the marchers", "a weapons depot was
uncovered") and often open on the consequence or the place.  The pairs the classifier mixes up are written side by
side here, each told by what decides between them in ACLED's codebook:

- a violent demonstration (the crowd damages or attacks) against a peaceful protest, one broken up or whose people
  are taken away (intervention), and one met with lethal or injuring force;
- a territory retaken by the government after fighting, against one handed over or left without a fight;
- a change to a group (surrender, merger, defection, new leader) against weapons seized or defused.

(Rows for the violent pairs — shelling against a grenade, a parked car bomb against a driven one, a fight told without
"clash" — were tried and left out: they changed nothing on snippets written apart from them and cost one on the
held CASE half, one more text outside ACLED read as violence.)

Every sentence is our own writing; place names are invented.  ``gen_event_train.py`` appends these rows.
"""

from __future__ import annotations

import random

from event_templates import capitalised, fill_slots, sample_rows  # beside this script

PER_LABEL = 14

P = {
    "army": ["government troops", "the army", "security forces", "soldiers", "the armed forces", "army commandos",
             "the national army", "paramilitary forces", "troops of the eastern command"],
    "rebels": ["insurgents", "militants", "the rebels", "fighters of the armed movement", "jihadists",
               "separatist fighters", "a rebel militia", "gunmen of the outlawed group"],
    "crowd": ["demonstrators", "protesters", "hundreds of youths", "market women", "university students",
              "taxi drivers", "opposition supporters", "jobless graduates", "residents"],
    "police": ["police", "riot police", "anti-riot units", "the gendarmerie", "security agents"],
    # workers whose stoppage is the protest, and the workplaces and unions that tell it is a labour dispute
    "workers": ["workers", "miners", "dock workers", "bus drivers", "nurses", "factory hands", "contract teachers",
                "truck drivers", "sanitation workers"],
    "works": ["the cement plant", "a gold mine", "the port", "the state-run hospital", "the textile mill",
              "the car assembly plant", "the power station"],
    "union": ["the labour congress", "the transport workers' union", "the teachers' union", "the nurses' association",
              "the mineworkers' union"],
    "cause": ["a rise in fuel prices", "the killing of a local trader", "power cuts", "the disputed election result",
              "the arrest of a community leader", "land seizures", "unpaid salaries", "a new tax on motorbikes"],
    "town": ["the town of Marenga", "Sokoto-Bis", "the district capital Lunawa", "Kalabo", "the border post of Tiro",
             "the river port of Esana", "the hill town of Dorvi", "Ouassou"],
    "place": ["Marenga", "the northern city of Kebbara", "a suburb of Lunawa", "Tamira district", "the old quarter of Esana",
              "Dorvi", "the main market of Kalabo", "Ouassou"],
    "site": ["a police station", "a crowded bus terminal", "the central mosque", "a government office", "a hotel",
             "a busy market", "the courthouse"],
    "n": ["two", "three", "four", "five", "seven", "nine", "11", "14", "at least six", "more than 20"],
    "src": [", the military's media wing said", ", a statement from the interior ministry read", ", local media reported",
            ", the official news agency reported", ", according to a police officer who asked not to be named",
            "", "", ", the UN mission said", ", sources told this newspaper", ", the district administrator confirmed"],
}

T: dict[str, list[str]] = {
    "VIOL_DEMONSTR": [
        "{crowd} angry over {cause} barricaded roads with burning tyres and threw rocks at {police} in {place}{src}.",
        "A protest over {cause} turned violent in {place} when {crowd} smashed shop windows and set a car alight{src}.",
        "{crowd} ransacked the offices of the local council in {place} during a demonstration against {cause}{src}.",
        "Rioting {crowd} burned a police booth in {place} after a rally against {cause}{src}.",
        "Stone-throwing {crowd} denouncing {cause} injured {n} policemen in {place}{src}.",
        "Property was vandalised in {place} as {crowd} protesting {cause} went on the rampage{src}.",
    ],
    "PEACE_PROTEST": [
        "{crowd} gathered peacefully outside the governor's office in {place} to denounce {cause}{src}.",
        "Hundreds of {crowd} took to the streets of {place}, carrying banners and chanting against {cause}{src}.",
        "A sit-in by {crowd} against {cause} entered its third day in {place}, with no incidents reported{src}.",
        "{crowd} downed tools and marched through {place} to press their demands over {cause}{src}.",
        "Women dressed in black held a silent march through {place} against {cause}{src}.",
    ],
    "PROTEST_WITH_INTER": [
        "{police} broke up a march by {crowd} in {place} and took several organisers into custody{src}.",
        "{crowd} demonstrating against {cause} in {place} were rounded up by {police} before they reached the square{src}.",
        "{police} used water cannon to scatter {crowd} rallying against {cause} in {place}{src}.",
        "A rally against {cause} in {place} was halted by {police}, who carted away a number of participants{src}.",
        "{police} stopped {crowd} from holding a vigil over {cause} in {place} and detained {n} of them{src}.",
        "{police} arrested {n} {crowd} taking part in a sit-in against {cause} in {place}{src}.",
    ],
    "FORCE_AGAINST_PROTEST": [
        "{police} fired live bullets at {crowd} protesting {cause} in {place}, killing {n}{src}.",
        "{n} marchers were wounded when {police} shot rubber bullets at a peaceful rally against {cause} in {place}{src}.",
        "{police} clubbed unarmed {crowd} during a demonstration against {cause} in {place}, leaving many hurt{src}.",
    ],
    "GOV_REGAINS_TERIT": [
        "{army} have regained full control of {town} after driving out {rebels}{src}.",
        "{town}, held by {rebels} since last year, is back under government control after an offensive by {army}{src}.",
        "{army} liberated {town} and the surrounding villages from {rebels}{src}.",
        "The national flag flies again over {town} after {army} expelled {rebels}{src}.",
        "{army} reclaimed the hills overlooking {town} from {rebels} after a two-day operation{src}.",
    ],
    "NON_VIOL_TERRIT_TRANSFER": [
        "{army} pulled out of {town} and {rebels} moved in without firing a shot{src}.",
        "{rebels} handed {town} over to {army} under a local deal, and no fighting was reported{src}.",
        "Foreign troops completed their pull-out from {town}, leaving its security to the national army{src}.",
        "Peacekeepers vacated their camp near {town}, which was then taken over by a local militia{src}.",
        "{rebels} abandoned {town} ahead of the arrival of {army}, who entered it unopposed{src}.",
    ],
    "CHANGE_TO_GROUP_ACT": [
        "{n} members of {rebels} surrendered to the authorities in {place} and handed over their guns{src}.",
        "Two rival factions of {rebels} announced their merger into a single coalition{src}.",
        "{rebels} named a new commander after the death of their founder{src}.",
        "A senior commander of {rebels} defected to the government side with {n} of his men{src}.",
        "The armed movement announced it was pulling out of the peace process and resuming its armed struggle{src}.",
    ],
    "DISR_WEAP": [
        "{army} seized a large consignment of rifles and explosives from a hideout of {rebels} near {place}{src}.",
        "Explosive experts neutralised {n} roadside bombs planted on the road to {place}{src}.",
        "A weapons depot of {rebels} holding mortar rounds and detonators was uncovered near {place}{src}.",
        "{army} intercepted a lorry smuggling ammunition and rocket-propelled grenades near {place}{src}.",
        "Deminers cleared {n} unexploded shells from farmland outside {place}{src}.",
    ],
}


# labour disputes, drawn apart (their own random draws, so the rows above stay as they were): a stoppage and its
# pickets told in the words of the press that reports them, and strikers met with force at their picket, who are
# protesters
LABOUR: dict[str, list[str]] = {
    "PEACE_PROTEST": [
        "{workers} at {works} in {place} struck work for a second day, demanding {cause} be addressed{src}.",
        "Members of {union} picketed the offices of {works} in {place}, shutting them over {cause}{src}.",
    ],
    "FORCE_AGAINST_PROTEST": [
        "{police} shot dead {n} striking {workers} at the gate of {works} near {place}{src}.",
        "{police} opened fire on {workers} on strike outside {works} in {place}, wounding {n}{src}.",
    ],
}
# each template exactly twice (``sample_rows`` draws every template twice first): more random draws of one template
# weigh the words it shares with every killing ("police shot dead two … at the gate of … near …") over the strike
# that decides the label (with four of six rows telling strikers shot dead, a held set of notes lost one event; with
# two, under any seed tried, none)
LABOUR_PER_LABEL = 4


def fill(template: str, rng: random.Random) -> str:
    return capitalised(" ".join(fill_slots(template, P, rng).split()).replace(" ,", ","))


def generate(seed: int = 59) -> list[tuple[str, str]]:
    """(label, sentence) rows for the confused pairs, PER_LABEL per label."""
    return sample_rows(T, fill, random.Random(seed), PER_LABEL) + sample_rows(LABOUR, fill, random.Random(seed + 1),
                                                                               LABOUR_PER_LABEL)
