"""Wire wordings of wires_blind_27 (``sitrep.analyse.attribution``, ``state_offices``, ``events.scope``,
``fatalities``, ``versions``, ``actor_countries``, ``actors``): a ministry named by its office without its country
speaks for the government of the country the story is about, "the ministry" alone for the one named before; a statement
the parser reads as the reporting verb's first subject ("Gunmen on motorcycles killed 18 …, the interior ministry
said"); a relay's lead claiming a deed it names by its day; a figure quoted with its victims; strikes an aircraft
carried out; attackers who flee are no forced withdrawal; a parent qualifying its branch named in full; the country
across a border is no party."""

from __future__ import annotations

import datetime as dt

from sitrep.analyse.versions import version_of

from .conftest import make_document

MONDAY = dt.date(2029, 4, 16)


def _analyse(analyzer, text: str):
    return analyzer.analyse(make_document(text, MONDAY))


def test_a_ministry_named_by_its_office_speaks_for_the_storys_government(analyzer):
    a = _analyse(analyzer, "Gunmen on motorcycles killed at least 18 civilians in the village of Chinagodrar in "
                           "western Niger on Saturday, the interior ministry said in a statement read on state television."
                           "\n\nThe ministry said security forces had been sent to the area.")
    speakers = [c.speaker for c in a.claims]
    assert speakers[:2] == ["government-of-niger", "government-of-niger"], [(c.speaker, c.content) for c in a.claims]
    assert "Gunmen on motorcycles killed" in a.claims[0].content
    (lead, *_) = a.events
    assert lead.source_actor == "government-of-niger" and lead.fatalities.low == 18


def test_the_ministry_alone_is_the_one_named_before(analyzer):
    a = _analyse(analyzer, "Malian troops took control of Kidal on Sunday, the army said.\n\n"
                           "The Russian Foreign Ministry said the win showed the army's growing strength. \"The Russian "
                           "side congratulates the Malian authorities on this victory,\" the ministry said in a statement.")
    said = [c for c in a.claims if "congratulates" in c.content]
    assert said and said[0].speaker == "government-of-russia", [(c.speaker, c.content) for c in a.claims]


def test_a_relays_lead_claiming_a_deed_named_by_its_day_tells_the_news(analyzer):
    a = _analyse(analyzer, "Ouagadougou, April 16, 2029 (AFP) - The Al-Qaeda-linked Group for the Support of Islam "
                           "and Muslims (JNIM) has claimed Thursday's attack on an army detachment in Sebba, in "
                           "northeastern Burkina Faso, saying it killed 30 soldiers.")
    (event,) = a.events
    assert event.event_type == "Battles" and event.side1 == ["jnim"], (event.side1, event.side2)
    assert event.date is not None and event.date.earliest == event.date.latest == dt.date(2029, 4, 12)
    assert event.fatalities is not None and event.fatalities.low == 30
    # undated, the claim of "the attack" stays a statement of authorship
    assert not _analyse(analyzer, "JNIM has claimed the attack on an army detachment in Sebba.").events


def test_strikes_an_aircraft_carried_out_with_a_quoted_toll(analyzer):
    a = _analyse(analyzer, "Malian army aircraft killed \"about 15 terrorists\" in strikes near the town of Talataye "
                           "in the northeastern Gao region on Friday, the army said on Saturday.")
    (event,) = a.events
    assert event.sub_event_type == "Air/drone strike", event.sub_event_type
    assert event.fatalities is not None and event.fatalities.low == 15
    teachers = _analyse(analyzer, "Teachers went on strike in Bamako on Monday to demand higher wages.")
    assert [e.sub_event_type for e in teachers.events] == ["Peaceful protest"]


def test_attackers_who_flee_are_no_forced_withdrawal():
    assert version_of("Air support was called in to pursue the fleeing attackers, the statement said.") == "defender_victory"
    assert version_of("They set fire to granaries and shops before fleeing towards the border.") == ""
    assert version_of("The soldiers fled the camp.") == "forced_withdrawal"


def test_the_country_across_a_border_is_no_party(analyzer):
    a = _analyse(analyzer, "Gunmen killed 18 civilians in the village of Chinagodrar in western Niger, near the border "
                           "with Mali, on Saturday.")
    assert all("government-of-mali" not in e.side1 + e.side2 for e in a.events), [(e.side1, e.side2) for e in a.events]
