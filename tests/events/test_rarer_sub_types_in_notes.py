"""ACLED's rarer sub-event types told in coders' notes, decided by what the event is and who did it to whom:

- a weapon stopped and then its carriers held is one disrupted weapons use, not an arrest;
- men a militia holds and hands over to the state are arrested; held with no news of them, they are abducted;
- a gain verb whose object points back at the note's town ("took control of the village") changes its hands, as
  does a place entered where the enterers raise their flag; a place entered to shoot is no change of hands;
- a fight over a match is its fans' riot when people are hurt; a match told in war words stays no violence;
- a regional official (« le gouverneur », "the provincial authorities") is the government that sets the measure;
- captives freed in exchange for prisoners are a prisoner exchange (an agreement); an arrested man not seen since
  was made to disappear.

Sentences written for these tests, each mechanism in several phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.one_event import one_event_per_note
from sitrep.model import EventMention, Span

DAY = dt.date(2024, 5, 3)


def _events(analyzer, make_doc, text: str, language: str = "en"):
    return analyzer.analyse(make_doc(text, published=DAY, language=language)).events


def _kinds(events) -> set[tuple[str, str]]:
    return {(e.event_type, e.sub_event_type) for e in events}


@pytest.mark.parametrize("text", [
    "On 2 May 2024, gendarmes foiled a bomb attack in Dori when they stopped a motorbike carrying an explosive "
    "device at a checkpoint. Its rider was arrested.",
    "On 2 May 2024, soldiers intercepted a truck loaded with explosives near Kaya, thwarting a planned attack. "
    "Two men on board were detained.",
])
def test_a_weapon_stopped_absorbs_the_arrest_of_its_carriers(analyzer, make_doc, text):
    assert _kinds(_events(analyzer, make_doc, text)) == {("Strategic developments", "Disrupted weapons use")}


def _mention(start: int, sub: str) -> EventMention:
    return EventMention(mention_id=f"d:{start}", span=Span(doc_id="d", char_start=start, char_end=start + 10),
                        event_type="Strategic developments", sub_event_type=sub)


def test_only_an_arrest_told_after_the_weapon_stopped_is_folded():
    disrupted, arrests = "Disrupted weapons use", "Arrests"
    assert [e.sub_event_type for e in one_event_per_note([_mention(0, disrupted), _mention(50, arrests)], 2)] == [disrupted]
    assert len(one_event_per_note([_mention(0, arrests), _mention(50, disrupted)], 2)) == 2  # the arrest told first
    assert len(one_event_per_note([_mention(0, disrupted), _mention(50, arrests)], 9)) == 2  # an article, not a note


@pytest.mark.parametrize("text, language, want", [
    ("On 2 May 2024, Koglweogo members in Titao caught two suspected thieves and handed them over to the police.",
     "en", "Arrests"),
    ("Dozo hunters arrested three men at a checkpoint near Djenne on 2 May 2024 and turned them over to the gendarmerie.",
     "en", "Arrests"),
    ("Le 2 mai 2024, des VDP ont interpellé deux suspects à Kaya avant de les remettre à la gendarmerie.", "fr", "Arrests"),
    # held by a militia with no news of them: an abduction
    ("On 2 May 2024, Dozo hunters arrested three herders near Djenne; their families have had no news of them since.",
     "en", "Abduction/forced disappearance"),
])
def test_militia_captives_handed_to_the_state_are_arrested(analyzer, make_doc, text, language, want):
    assert {e.sub_event_type for e in _events(analyzer, make_doc, text, language)} == {want}


@pytest.mark.parametrize("text, want", [
    ("On 2 May 2024, ISSP fighters attacked the army post of Tamou after a long exchange of fire. "
     "They then took control of the village.", "Non-state actor overtakes territory"),
    ("On 2 May 2024, JNIM militants stormed the gendarmerie of Sebba after a firefight with the gendarmes. "
     "The militants occupied the locality.", "Non-state actor overtakes territory"),
    ("On 2 May 2024, Malian troops entered Anefis and hoisted the national flag after two days of clashes with rebels.",
     "Government regains territory"),
    # no ground held: the fight, or the attack
    ("On 2 May 2024, ISSP fighters attacked the army post of Tamou after a long exchange of fire. "
     "They then burned the village.", "Armed clash"),
    ("On 2 May 2024, gunmen entered Boni and fired on the market, killing two traders.", "Attack"),
])
def test_a_town_pointed_back_at_or_flagged_changes_hands(default_analyzer, make_doc, text, want):
    # the shipped gazetteer (no ../shared dumps needed) knows the Burkinabe and Nigerien towns these notes name
    assert {e.sub_event_type for e in _events(default_analyzer, make_doc, text)} == {want}


@pytest.mark.parametrize("text", [
    "Young people from two villages fought with machetes after a football tournament match near Kaya on 2 May 2024; "
    "eight were wounded.",
    "Rival youths from Hamdallaye and Lafiabougou clashed in Bamako after a football match on 2 May 2024. "
    "Five people were injured.",
])
def test_a_fight_over_a_match_is_a_riot(analyzer, make_doc, text):
    assert _kinds(_events(analyzer, make_doc, text)) == {("Riots", "Mob violence")}


def test_a_match_told_in_war_words_is_no_violence(analyzer, make_doc):
    events = _events(analyzer, make_doc, "On 2 May 2024, the national team crushed its rivals 3-0 in a football match in Bamako.")
    assert not {e.event_type for e in events if e.confidence >= 0.3} & {"Battles", "Riots", "Violence against civilians"}


@pytest.mark.parametrize("text, language, government", [
    ("Le 2 mai 2024, le gouverneur de Tillabéri a interdit la circulation des motos dans la région.", "fr",
     "government-of-niger"),
    ("The provincial authorities of Soum imposed a curfew in Djibo on 2 May 2024.", "en", "government-of-burkina-faso"),
])
def test_a_regional_official_is_the_government(default_analyzer, make_doc, text, language, government):
    events = _events(default_analyzer, make_doc, text, language)
    assert [(e.sub_event_type, e.side1[:1]) for e in events] == [("Other", [government])]


@pytest.mark.parametrize("text, want", [
    # captives freed for prisoners given in return: a prisoner exchange, ACLED's agreement
    ("On 30 January 2023, JNIM released a Malian customs officer it had held for a year, in exchange for three of its "
     "detained members.", "Agreement"),
    ("On 4 March 2024, the government freed 12 detainees in return for the release of two hostages held by JNIM.",
     "Agreement"),
    # an arrest whose captive is not seen again: a forced disappearance
    ("On 8 January 2024, soldiers arrested a village chief near Djibo; he has not been seen since.",
     "Abduction/forced disappearance"),
])
def test_what_became_of_the_taken_decides(analyzer, make_doc, text, want):
    events = _events(analyzer, make_doc, text)
    assert max(events, key=lambda e: e.confidence).sub_event_type == want, [(e.sub_event_type, e.confidence) for e in events]
