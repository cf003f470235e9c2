"""Foreigners named by nationality and trade are their own country's civilians (ACLED's "Civilians (Italy)" for
Italian aid workers seized in Burkina Faso), in English and French; a relay's lead claiming the kidnapping of named
victims "last week" tells that deed; people as the subject of a passive "were seized" were abducted; aircraft as the
subject of a strike anchor it; « Le lendemain, vendredi » is that Friday.  Own sentences, not copied from any set."""

from __future__ import annotations

import datetime as dt

from sitrep.knowledge.actors import load_actor_base

from .small_world import one_paragraph


def _analyse(analyzer, text: str, doc_id: str, published=dt.date(2031, 5, 14), language: str = "en"):
    doc = one_paragraph(text, published, doc_id).model_copy(update={"language": language})
    return analyzer.analyse(doc)


def test_every_country_with_an_adjective_has_civilians_the_base_keeps_apart_from_its_generic_parties():
    base = load_actor_base()
    assert base.get("civilians-italy").name == "Civilians (Italy)"
    assert base.get("civilians-china").kind == "civilians"
    # (no generic parties for a country the shipped file has none for: France is no story's country by its civilians)
    assert base.generic_actor("civilians", "IT") is None
    assert base.generic_actor("civilians", "ML") == "civilians-mali"


def test_nationals_by_trade_are_their_country_s_civilians_in_english(default_analyzer):
    text = ("Gunmen abducted two Italian aid workers and three Chinese engineers near Kaya on Tuesday, a local "
            "official said. Their Burkinabe driver was released.")
    actors = {(m.surface, m.actor_id) for m in _analyse(default_analyzer, text, "natl0000001").actors}
    assert ("Italian aid workers", "civilians-italy") in actors
    assert ("Chinese engineers", "civilians-china") in actors
    assert ("Burkinabe driver", "civilians-burkina-faso") in actors


def test_nationals_by_trade_are_their_country_s_civilians_in_french(default_analyzer):
    text = ("Deux ressortissants chinois et un humanitaire italien ont été enlevés mardi près de Kaya par des "
            "hommes armés, selon une source sécuritaire.")
    actors = {m.actor_id for m in _analyse(default_analyzer, text, "natl0000002", language="fr").actors}
    assert {"civilians-china", "civilians-italy"} <= actors


def test_a_word_before_the_nationality_is_no_country_and_soldiers_are_no_civilians(default_analyzer):
    text = "Malian soldiers escorted Red Cross workers to Kaya on Tuesday."
    actors = {m.actor_id for m in _analyse(default_analyzer, text, "natl0000003").actors}
    assert not any(a.startswith("civilians-") and a != "civilians-burkina-faso" for a in actors), actors


def test_the_victims_of_a_kidnapping_are_the_foreigners(default_analyzer):
    text = "Gunmen seized two Italian aid workers near the town of Pama in eastern Burkina Faso on Tuesday."
    events = _analyse(default_analyzer, text, "natl0000004").events
    assert events and events[0].sub_event_type == "Abduction/forced disappearance"
    assert events[0].side2 == ["civilians-italy"], events[0].side2


def test_people_seized_in_the_passive_were_abducted(default_analyzer):
    text = "The two Italians were seized by armed men on Tuesday near the town of Pama in eastern Burkina Faso."
    events = _analyse(default_analyzer, text, "natl0000005").events
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"], events


def test_a_lead_claiming_last_week_s_kidnapping_of_named_victims_tells_it(default_analyzer):
    text = ("JNIM has claimed responsibility for the kidnapping of two Italian aid workers in eastern Burkina Faso "
            "last week, in a video released on Sunday, a monitoring group said.")
    events = _analyse(default_analyzer, text, "natl0000006", published=dt.date(2031, 5, 19)).events
    assert events and events[0].side1 == ["jnim"] and "civilians-italy" in events[0].side2, events
    assert dt.date(2031, 5, 12) <= events[0].date.earliest <= dt.date(2031, 5, 18), events[0].date


def test_an_undated_claim_of_the_attack_stays_a_statement(default_analyzer):
    text = "JNIM claimed responsibility for the killing of the mayor."
    assert not _analyse(default_analyzer, text, "natl0000007", published=dt.date(2031, 5, 19)).events


def test_aircraft_as_the_strike_s_subject_make_it_news_after_an_attack(default_analyzer):
    text = ("Des hommes armés ont attaqué jeudi le camp militaire de Sokolo, tuant sept militaires. Le lendemain, "
            "vendredi, les vecteurs aériens des Forces armées maliennes ont frappé des refuges terroristes près de "
            "Farabougou.")
    events = _analyse(default_analyzer, text, "natl0000008", published=dt.date(2031, 5, 24), language="fr").events
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1 and strikes[0].date.earliest == dt.date(2031, 5, 23), [(e.sub_event_type, e.date) for e in events]


def test_the_air_force_as_the_subject_is_the_strike_told_again_not_a_new_one(default_analyzer):
    text = ("An air strike hit a militant camp near Mondoro on Monday, killing 12 fighters, the army said. "
            "The air force struck the camp after reports that fighters had gathered there.")
    events = _analyse(default_analyzer, text, "natl0000010", published=dt.date(2031, 5, 24)).events
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1, [(e.sub_event_type, e.date) for e in events]


def test_the_next_day_named_by_its_weekday_in_english(default_analyzer):
    text = ("Gunmen attacked an army camp in Sokolo on Wednesday, killing seven soldiers. The next day, Thursday, "
            "the drones struck terrorist hideouts near Farabougou, the army said.")
    events = _analyse(default_analyzer, text, "natl0000009", published=dt.date(2031, 5, 24)).events
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1 and strikes[0].date.earliest == dt.date(2031, 5, 22), [(e.sub_event_type, e.date) for e in events]
