"""Actors of notes from Chad and Nigeria's northwest, ACLED's labels for juntas and the Islamic State's West Africa
Province, and attackers told only by what they are as the object of a repelling verb.  Without Chad's and Nigeria's
generic parties a story from N'Djamena or Zamfara took Mali's soldiers, gunmen and civilians.  Own sentences (not
copied from any set)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.eval.notes import acled_name_variants, actor_resolver

from .small_world import one_paragraph


def _analyse(analyzer, text: str, doc_id: str, language: str = "en"):
    doc = one_paragraph(text, dt.date(2026, 11, 30), doc_id=doc_id).model_copy(update={"language": language})
    return analyzer.analyse(doc)


def _ids(analysis) -> set[str]:
    return {a for e in analysis.events for a in e.side1 + e.side2 + e.assoc1 + e.assoc2}


@pytest.mark.parametrize("acled, expected", [
    ("Military Government of Mali (2021-)", "government-of-mali"),
    ("Military Government of Burkina Faso (2022-)", "government-of-burkina-faso"),
    ("Military Government of Niger (2023-)", "government-of-niger"),
    ("Military Forces of Nigeria (2023-)", "nigeria-armed-forces"),
    ("Police Forces of Nigeria (2023-)", "nigeria-police"),
    ("Unidentified Armed Group (Nigeria)", "unidentified-armed-group-nigeria"),
    ("Civilians (Nigeria)", "civilians-nigeria"),
    ("Protesters (Chad)", "protesters-chad"),
    ("Police Forces of Chad (2021-) Gendarmerie", "chad-police"),
    ("Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad", "boko-haram"),
    ("Lakurawa", "lakurawa"),
    ("Ansaroul Islam", "ansarul-islam"),
])
def test_acled_labels_resolve(default_analyzer, acled, expected):
    resolve = actor_resolver(default_analyzer.knowledge)
    assert expected in [resolve(v) for v in acled_name_variants(acled)]


def test_national_guard_is_the_story_country_s():
    from sitrep.knowledge import load_knowledge

    base = load_knowledge(None, actor_files=[]).actors
    assert base.resolve("National Guard", countries={"NE"})[0] == "niger-armed-forces"
    assert base.resolve("National Guard", countries={"ML"})[0] == "malian-national-guard"
    assert base.resolve("Islamic State in West Africa")[0] == "iswap"


def test_bandits_in_zamfara_are_nigeria_s_not_mali_s(default_analyzer):
    text = "Bandits stormed a village in Maradun LGA (Zamfara, Nigeria) on 19 January 2024 and kidnapped about 30 residents."
    ids = _ids(_analyse(default_analyzer, text, "e1" * 8))
    assert "unidentified-armed-group-nigeria" in ids
    assert not {"unidentified-armed-group-mali", "civilians-mali"} & ids


def test_a_capital_alone_names_the_story_s_country(default_analyzer):
    text = ("N'Djamena, 20 October 2022: supporters of the opposition took to the streets against the extension of the "
            "transition; soldiers opened fire, killing at least 50 people.")
    actors = {m.surface: m.actor_id for m in _analyse(default_analyzer, text, "e2" * 8).actors}
    assert actors.get("soldiers") == "chad-armed-forces", actors


def test_a_neighbour_capital_does_not_name_the_story_s_country(default_analyzer):
    text = ("Des bandits armés venus du Nigeria voisin ont attaqué mardi un village près de Makalondi. "
            "Les Forces de défense et de sécurité (FDS) ont été déployées dans la zone.")
    ids = {m.actor_id for m in _analyse(default_analyzer, text, "e3" * 8, "fr").actors}
    assert "nigeria-armed-forces" not in ids and "unidentified-armed-group-nigeria" not in ids


def test_repelled_unnamed_attackers_come_first(default_analyzer):
    text = ("The Volunteers for the Defense of the Homeland of Titao (Loroum, Nord) repelled an incursion by armed "
            "terrorist groups on 24 December 2022; four assailants were killed.")
    event = _analyse(default_analyzer, text, "e4" * 8).events[0]
    assert event.side1 == ["unidentified-armed-group-burkina-faso"]
    assert "vdp" in event.side2


def test_repelled_unnamed_attackers_are_the_group_named_elsewhere(default_analyzer):
    text = ("Soldiers at Tamou (Say, Tillaberi) repelled an attack by terrorists on 5 August 2024. "
            "The Islamic State Sahel Province claimed the attack the next day.")
    event = _analyse(default_analyzer, text, "e5" * 8).events[0]
    assert "islamic-state-sahel" in event.side1
    assert "niger-armed-forces" not in event.side1
