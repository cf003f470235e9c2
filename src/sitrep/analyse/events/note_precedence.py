"""ACLED's precedence among the acts one note tells: a fight between armed sides outranks what came with it.

ACLED codes one event per note, and a note often tells several acts of that event in separate sentences, each of
which the sentence finder reads as a mention of its own.  The codebook decides which act names the event:

- **Battles are two armed, organised sides fighting**: an attack that meets armed resistance is an armed clash,
  whoever else was hurt ("an attack on a village where VDP or Koglweogo fight back is a battle"; violence against
  civilians needs victims who could not fight back);
- **an explosive that opens a gunfight is the battle** (the codebook's complex ambush: "a complex ambush by IED
  detonation and gunfire" is coded Armed clash in the Burkina Faso tune notes, while "an army vehicle struck an
  IED … two soldiers were wounded", no exchange of fire, is Remote explosive/landmine/IED);
- **what the fighters took or did besides is part of the fight**: abductions, looting, burning, arms seized or a
  device defused told with the fight ("stormed the gendarmerie post; after an hour of fighting … took hostage two
  gendarmes", « après des échanges de tirs …, les assaillants ont enlevé trois civils ») are the armed clash, as
  the tune notes code "VDP repelled the attack, although the militants killed three farmers and seized livestock";
- what a note tells with no fight stays as told: an IED alone is a remote explosive, abductions alone an
  abduction, a raid on civilians with its looting an attack (``one_event`` folds the looting into it).

So in a short text (a note) that tells a fight as a deed in any of its sentences (``fight_words``: fire exchanged,
an attack fought back, fighting told with what it did, an assault on armed men; English and French), a mention of an
armed clash told as fact absorbs the note's other violent or strategic mentions of the same occasion (no other named
place, no other day): the lesser readings are dropped and their toll, place, day and doer go to the fight when it
lacks them.  A clash the classifier only guessed from a toll ("Two soldiers died"), in a note that tells no fight,
absorbs nothing; nor does a fight the note says did not happen ("No clash was reported", « aucun accrochage n'a
suivi »).  Air and drone strikes and suicide bombs keep their own type (the codebook codes them by their means even
beside ground fighting), and readings told as background, claimed or denied are left alone.  Within one sentence the
codebook's rules (``codebook``, ``codebook_deeds``) already code an IED with gunfire, arms seized in a fight or people
taken in one as the battle; this is the same precedence across a note's sentences.

A fight the note tells as days before the day it gives its news ("The army had exchanged fire with militants in the
same area a week earlier", "laid after clashes the week before", « la semaine précédente ») is an earlier occasion
the note recalls to frame its event: ACLED codes it apart, if at all.  It absorbs nothing, and it is the note's
background (recalled, as ``earlier_event`` rates a recollection), not its event.  A step of the same night ("the
night before", "a day earlier") stays the note's own.
"""

from __future__ import annotations

import re

from sitrep.analyse.contested_toll import side_named
from sitrep.analyse.side_tolls import summed
from sitrep.analyse.events.fight_words import fight_told
from sitrep.analyse.events.sentence_doubts import DOUBTS
from sitrep.analyse.told_offsets import told_days_back
from sitrep.analyse.events.types import BATTLES, EXPLOSIONS
from sitrep.model import EventMention, Modality

CLASH = "Armed clash"
# where a note's sentences end (a fight said not to have happened is read in its own sentence)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
# the acts a fight absorbs when one note tells them with it
OUTRANKED = frozenset((
    "Remote explosive/landmine/IED", "Grenade", "Shelling/artillery/missile attack",
    "Attack", "Abduction/forced disappearance",
    "Looting/property destruction", "Disrupted weapons use", "Arrests",
))


def fight_takes_precedence(events: list[EventMention], text: str, same_occasion) -> list[EventMention]:
    """``events`` of one short text with the acts its told fight outranks folded into that fight (see the module's
    docstring); ``same_occasion(a, b)``: whether nothing says ``a`` happened elsewhere or on another day than ``b``."""
    told = _without_recalled_fights([e for e in events if e.modality == Modality.fact], text)
    fight = next((e for e in told if e.sub_event_type == CLASH), None)
    if fight is None or not any(fight_told(s) for s in _SENTENCE_END.split(text)):
        return events
    lesser = [e for e in told if e.sub_event_type in OUTRANKED and same_occasion(e, fight)]
    for e in lesser:
        _take_over(fight, e)
    return [e for e in events if all(e is not x for x in lesser)]


# the fewest days back from the note's told day that make a fight another occasion (one day back is the same night's)
RECALLED_DAYS = 2


def _without_recalled_fights(told: list[EventMention], text: str) -> list[EventMention]:
    """``told`` without the fights the note tells as days before its news (see the module's docstring), which are
    marked background at the confidence of a recollection; all kept when the note tells nothing else as fact."""
    def recalled(e: EventMention) -> bool:
        sentence = text[e.span.char_start:e.span.char_end]
        return e.sub_event_type == CLASH and max(told_days_back(sentence, "en"), told_days_back(sentence, "fr")) >= RECALLED_DAYS

    old = [e for e in told if recalled(e)]
    if not old or len(old) == len(told):
        return told
    for e in old:
        e.modality = Modality.background
        e.confidence *= DOUBTS["earlier_event"]
    return [e for e in told if all(e is not x for x in old)]


def _take_over(fight: EventMention, e: EventMention) -> None:
    """What the fight lacks, from the lesser reading of the same event: its toll (the two summed when they count
    different sides' dead), its place and day, its doer."""
    fight.confidence = max(fight.confidence, e.confidence)
    if e.fatalities is not None and e.fatalities.low is not None:
        mine = fight.fatalities
        if mine is None or mine.low is None:
            fight.fatalities = e.fatalities
        else:
            sides = (side_named(mine.phrase or ""), side_named(e.fatalities.phrase or ""))
            if None not in sides and sides[0] != sides[1] and mine.phrase != e.fatalities.phrase:
                both = summed([mine, e.fatalities])
                fight.fatalities = mine.model_copy(update={"low": both.low, "high": both.high, "phrase": both.phrase})
    if fight.place is None and e.place is not None:
        fight.place = e.place
    if fight.date is None and e.date is not None:
        fight.date = e.date
    if not fight.side1 and e.side1:
        fight.side1 = list(e.side1)
    if not fight.side2 and e.side2 and e.event_type in (BATTLES, EXPLOSIONS):  # (not the civilians an attack hit)
        fight.side2 = list(e.side2)
