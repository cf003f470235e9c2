"""Wire leads that must yield their event, and the parties they name (tests/data/wires_leads/, five short
articles written for this test, in words of their own):

- a French lead with a time told between the verb and its object (« ont attaqué dans la nuit de samedi à
  dimanche le poste… », « ont ouvert le feu mardi en fin de matinée sur le marché… »): the parse names the deed
  (``events.parsed_deed``) where the cue's regular expression fails; the doers' looting told next (« Les
  assaillants ont également incendié… ») is part of that attack, no development of its own;
- armed men "firing into the crowd" at a fair: an attack on civilians, not force against a protest, and the
  men a witness "said" fired are its doers, not the object of the saying;
- "a pro-government volunteer militia" in Burkina Faso: the VDP;
- "the Islamic State group" in a Nigerien story that names the Sahel province: that province;
- a round-up's "after the JNIM ambush near Tessit in early March": a landmark recalled, not news."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "wires_leads"
PUBLISHED = {
    "titao_gendarmerie_fr.txt": (dt.date(2026, 3, 9), "fr"),
    "abala_market_fr.txt": (dt.date(2026, 4, 15), "fr"),
    "ayorou_fair_en.txt": (dt.date(2026, 5, 7), "en"),
    "djibo_volunteers_en.txt": (dt.date(2026, 6, 2), "en"),
    "weekly_brief_gao_en.txt": (dt.date(2026, 3, 20), "en"),
}


@pytest.fixture(scope="module")
def analysed(default_analyzer, make_doc):
    out = {}
    for name, (published, language) in PUBLISHED.items():
        doc = make_doc((DATA / name).read_text(encoding="utf-8"), published=published, language=language)
        out[name] = (doc, default_analyzer.analyse(doc).events)
    return out


def _told_in(analysed, name, words):
    doc, events = analysed[name]
    return [e for e in events if words in doc.text[e.span.char_start:e.span.char_end]]


def test_a_french_lead_with_the_night_between_verb_and_object_is_its_battle(analysed):
    found = _told_in(analysed, "titao_gendarmerie_fr.txt", "ont attaqué dans la nuit")
    assert len(found) == 1 and found[0].event_type == "Battles"
    assert found[0].side1 == ["unidentified-armed-group-burkina-faso"] and found[0].side2


def test_the_doers_looting_told_next_is_part_of_the_attack(analysed):
    _, events = analysed["titao_gendarmerie_fr.txt"]
    assert [e.event_type for e in events] == ["Battles"]
    _, events = analysed["abala_market_fr.txt"]
    assert all(e.event_type != "Strategic developments" for e in events)


def test_a_french_lead_opening_fire_on_a_market_is_an_attack_on_civilians(analysed):
    found = _told_in(analysed, "abala_market_fr.txt", "ont ouvert le feu mardi")
    assert len(found) == 1
    assert (found[0].event_type, found[0].sub_event_type) == ("Violence against civilians", "Attack")
    assert found[0].date is not None and found[0].date.earliest == dt.date(2026, 4, 14)


def test_armed_men_firing_into_a_crowd_at_a_fair_are_no_police_at_a_protest(analysed):
    found = _told_in(analysed, "ayorou_fair_en.txt", "fired into the crowd")
    assert found and found[0].event_type != "Protests"
    assert found[0].side1 == ["unidentified-armed-group-niger"]  # the men the witnesses said fired


def test_a_pro_government_volunteer_militia_in_burkina_is_the_vdp(analysed):
    found = _told_in(analysed, "djibo_volunteers_en.txt", "volunteer militia")
    assert found and "vdp" in found[0].side2


def test_the_islamic_state_group_is_the_province_the_story_names(default_analyzer, make_doc):
    name = "ayorou_fair_en.txt"
    doc = make_doc((DATA / name).read_text(encoding="utf-8"), published=PUBLISHED[name][0])
    actors = default_analyzer.analyse(doc).actors
    linked = [a for a in actors if doc.text[a.span.char_start:a.span.char_end] == "Islamic State"]
    assert linked and all(a.actor_id == "islamic-state-sahel" for a in linked)


def test_a_round_ups_recalled_raid_is_no_news(analysed):
    assert not _told_in(analysed, "weekly_brief_gao_en.txt", "after the JNIM ambush")
    assert _told_in(analysed, "weekly_brief_gao_en.txt", "stormed a gendarmerie post")


@pytest.mark.parametrize("text, sub_event", [
    # the protest keeps its excessive force: the crowd is the protesters
    ("Police fired into the crowd of protesters in Niamey on Monday, killing two.", "Excessive force against protesters"),
])
def test_firing_into_a_protest_crowd_stays_excessive_force(first_event, text, sub_event):
    assert first_event(text).sub_event_type == sub_event


@pytest.mark.parametrize("text", [
    "Five soldiers were killed after the ambush on their convoy near Gao on Monday, the army said.",
])
def test_a_toll_after_a_definite_ambush_keeps_its_event(first_event, text):
    assert first_event(text).event_type == "Battles"
