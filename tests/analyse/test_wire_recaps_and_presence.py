"""Wire copy's background, told with no cue the older readers knew: a state lasting "for much of the year", the news
set "the latest in a string of attacks", a month's recalled incident after news dated to its day, a standing presence
over several countries ("Russian instructors are deployed in Mali, Burkina Faso and Niger"), a statement told as made
"at the time"; and the place-and-party slips of a story filed from another capital."""

from __future__ import annotations

import pytest

from sitrep.analyse.durative import durative_or_habitual
from sitrep.analyse.background import recaps_earlier_news
from sitrep.model import Modality


@pytest.mark.parametrize("text, trigger", [
    ("The road between Douentza and Hombori has been under a blockade by JNIM fighters for much of the year.",
     "blockade"),
    ("The ambush is the latest in a string of attacks on the army in the region.", "attacks"),
    ("The raid was the latest of a series of assaults on the town.", "assaults"),
    ("L'embuscade est la dernière d'une série d'attaques contre l'armée dans la région.", "attaques"),
    ("La route est sous blocus depuis une bonne partie de l'année.", "blocus"),
])
def test_a_state_of_the_year_or_a_run_of_attacks_is_framing(text, trigger):
    assert durative_or_habitual(text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("The attack, the latest in a series of raids, killed 12 soldiers near Boni.", "attack"),
    ("Gunmen attacked a convoy near Boni on Sunday, killing 14 soldiers.", "attacked"),
])
def test_the_news_itself_stays_news(text, trigger):
    assert not durative_or_habitual(text, trigger)


def test_a_statement_told_as_made_back_then_is_a_recap():
    assert recaps_earlier_news("Mali's army said at the time that it had killed 20 terrorists in the area.")
    assert recaps_earlier_news("L'armée avait affirmé à l'époque avoir neutralisé 20 terroristes.")
    assert not recaps_earlier_news("The army said on Monday that it had killed 20 terrorists.")
    assert not recaps_earlier_news("No group had claimed the attack at the time of writing.")


RECAP = """Jihadists kill 14 soldiers in central Mali ambush

Issued on: 26/11/2029 - 13:30

Bamako (AFP) – At least 14 soldiers were killed on Sunday when jihadists ambushed an army supply convoy near Boni, in central Mali, security sources told AFP on Monday.

"The convoy was hit by an explosive device and then came under heavy fire. We have at least 14 dead," a security source said.

The ambush is the latest in a string of attacks on the army in the region. In October, jihadists killed 16 soldiers in an ambush near Hombori, about 60 kilometres to the east.

The Africa Corps says on its channel that Russian instructors are deployed in Mali, Burkina Faso and Niger at the request of their governments.
"""


def test_a_story_keeps_its_news_and_makes_its_recaps_background(default_analyzer, ingested_text):
    events = default_analyzer.analyse(ingested_text(RECAP)).events
    news = [m for m in events if m.modality != Modality.background]
    assert news and all(m.place is not None and m.place.name == "Boni" for m in news), \
        [(m.trigger, m.place and m.place.name) for m in news]
    assert all(str(m.date.earliest) == "2029-11-25" for m in news if m.date is not None)
    recalled = [m for m in events if "Hombori" in (m.place.name if m.place else "") and "16" in (m.fatalities.phrase if m.fatalities else "")]
    assert all(m.modality == Modality.background for m in recalled)
    assert not any(m.sub_event_type == "Change to group/activity" and m.modality != Modality.background for m in events)


FILED_ELSEWHERE = """Militants kill 12 Malian soldiers in attack near Niger border - sources

By Boureima Balima
November 20, 2029 2:05 PM GMT

NIAMEY, Nov 20 (Reuters) - Militants killed at least 12 Malian soldiers in an attack on an army camp in Anderamboukane, in Mali's Menaka region near the border with Niger, on Monday, two security sources told Reuters.

Dozens of fighters on motorcycles stormed the camp at dawn and set fire to several vehicles, one of the sources, based in Niamey, said.
"""


def test_a_story_filed_from_another_capital_keeps_the_soldiers_it_names(default_analyzer, ingested_text):
    events = default_analyzer.analyse(ingested_text(FILED_ELSEWHERE)).events
    lead = events[0]
    assert lead.side2 == ["malian-armed-forces"] and lead.place.name == "Andéranboukan", (lead.side2, lead.place)
    assert not any(m.place is not None and m.place.name == "Niamey" for m in events)
