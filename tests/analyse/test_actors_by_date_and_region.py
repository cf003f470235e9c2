"""Notes whose actor depends on the event's date or region, read through the whole actors stage: the Russian
force in Mali (Wagner, then the Africa Corps), al-Qaeda's men (AQIM, then JNIM), the Islamic State's men in
Niger (its Sahel Province outside Diffa).  The sentences are written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_places import _doc


def _actors(analyzer, text: str, day: dt.date) -> set[str]:
    doc = _doc(text)
    doc = doc.model_copy(update={"published": doc.published.model_copy(update={"date": day})})
    return {m.actor_id for m in analyzer.analyse(doc).actors}


@pytest.mark.parametrize("day,expected", [(dt.date(2023, 4, 2), "wagner-group"), (dt.date(2025, 10, 2), "africa-corps")])
def test_russian_soldiers_by_the_notes_date(analyzer, day, expected):
    text = f"On {day:%d %B %Y}, Russian soldiers shot dead three herders near Léré (Timbuktu)."
    found = _actors(analyzer, text, day)
    assert expected in found and ({"wagner-group", "africa-corps"} - {expected}).isdisjoint(found), found


@pytest.mark.parametrize("day,expected", [(dt.date(2016, 6, 3), "aqim"), (dt.date(2019, 6, 3), "jnim")])
def test_fighters_linked_to_al_qaeda_by_the_notes_date(analyzer, day, expected):
    text = f"Fighters linked to al-Qaeda attacked a gendarmerie post at Gossi on {day:%d %B %Y}, killing two gendarmes."
    found = _actors(analyzer, text, day)
    assert expected in found and "al-qaeda" not in found, found


def test_islamic_state_men_in_tillaberi_are_its_sahel_province(analyzer):
    text = "Islamic State militants killed 11 soldiers near Ouallam (Tillabéri) on 2 May 2023."
    found = _actors(analyzer, text, dt.date(2023, 5, 2))
    assert "islamic-state-sahel" in found and "islamic-state" not in found, found
