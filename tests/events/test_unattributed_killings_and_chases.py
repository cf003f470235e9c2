"""A killing told in the passive with no killer named is still an event (ACLED: an unidentified armed
group): civilians killed are an attack on civilians, soldiers killed a clash; a wire's attribution
tail (« a-t-on appris de sources locales ») does not drop it.  Forces that give chase to attackers
(« ont pris en chasse ») fight them: no place changes hands."""

from __future__ import annotations

import datetime as dt

import pytest

FRIDAY = dt.date(2024, 11, 15)


def _events(analyzer, make_doc, text, language):
    doc = make_doc(text, published=FRIDAY, language=language)
    return analyzer.analyse(doc).events


@pytest.mark.parametrize(("language", "text", "dead"), [
    ("fr", "Au moins 27 bergers ont été tués mercredi près de Dialakoro, a-t-on appris jeudi de sources concordantes.", 27),
    ("fr", "Une quarantaine de villageois ont été massacrés mercredi à Dialakoro, selon un notable de la commune.", 40),
    ("fr", "Trente-trois civils auraient été abattus mercredi dans la localité de Dialakoro.", 33),
    ("en", "At least 27 herders were killed on Wednesday near Dialakoro, community leaders said on Thursday.", 27),
])
def test_civilians_killed_with_no_named_killer_are_an_attack(analyzer, make_doc, language, text, dead):
    events = _events(analyzer, make_doc, text, language)
    assert len(events) == 1
    e = events[0]
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.fatalities is not None and e.fatalities.low == dead
    assert e.date is not None and e.date.earliest == dt.date(2024, 11, 13)  # the Wednesday before


def test_soldiers_killed_with_no_named_killer_are_a_clash_not_a_repression(analyzer, make_doc):
    events = _events(analyzer, make_doc, "Dix-sept soldats ont été tués mercredi près de Dialakoro.", "fr")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")]
    assert events[0].fatalities is not None and events[0].fatalities.low == 17


@pytest.mark.parametrize("text", [
    "Les militaires ont pris en chasse les assaillants jusqu'aux abords de Dialakoro mercredi.",
    "Après l'embuscade, une patrouille a pris en chasse les terroristes en direction de Dialakoro.",
])
def test_a_chase_is_no_change_of_hands(analyzer, make_doc, text):
    events = _events(analyzer, make_doc, text, "fr")
    assert events, "forces chasing attackers fight them"
    assert all(e.sub_event_type not in ("Government regains territory", "Non-state actor overtakes territory")
               for e in events)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Gunmen raided the hamlet of Dialakoro on Wednesday. According to a village elder, nineteen herders were killed."),
    ("fr", "Des hommes armés ont attaqué mercredi le hameau de Dialakoro. Selon un notable, dix-neuf bergers ont été tués."),
])
def test_a_witness_count_after_the_incident_is_its_toll(analyzer, make_doc, language, text):
    events = _events(analyzer, make_doc, text, language)
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.low == 19


def test_a_party_claiming_the_dead_stays_apart_from_the_incident(analyzer, make_doc):
    text = ("Des hommes armés ont attaqué mercredi le hameau de Dialakoro. "
            "Le JNIM a affirmé avoir tué dix-neuf miliciens.")
    events = _events(analyzer, make_doc, text, "fr")
    assert events and events[0].fatalities is None


@pytest.mark.parametrize("text", [
    "Des assaillants ont attaqué mercredi soir le hameau de Dialakoro, dans le cercle de Tominian.",
    "Des individus armés ont attaqué, mercredi, le hameau de Dialakoro.",
    "Des hommes armés ont attaqué dans la nuit de mardi à mercredi le hameau de Dialakoro.",
    "Des hommes armés ont attaqué mercredi 13 novembre le hameau de Dialakoro.",
])
def test_when_told_between_the_verb_and_the_village_keeps_the_attack_on_civilians(analyzer, make_doc, text):
    events = _events(analyzer, make_doc, text, "fr")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]


def test_a_pursuit_and_the_fighting_it_led_to_are_one_event_where_they_fought(analyzer, make_doc):
    text = ("Une compagnie de l'armée a pris en chasse mercredi les assaillants auteurs de l'attaque de Boni. "
            "Une douzaine d'entre eux ont été neutralisés lors des combats près de Douentza.")
    events = _events(analyzer, make_doc, text, "fr")
    assert len(events) == 1
    e = events[0]
    assert e.sub_event_type == "Armed clash"
    assert e.fatalities is not None and e.fatalities.low == 12
    assert e.place is not None and e.place.surface == "Douentza"
