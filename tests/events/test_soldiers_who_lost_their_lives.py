"""Soldiers whose death is told without a deed verb and without a doer (« huit militaires ont perdu la vie », « ont
péri », "lost their lives"): a fight with the country's unidentified armed group, the country's forces its target
(``data/event_cues_fr.tsv``, ``events.unnamed_perpetrator``)."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document

SATURDAY_AFTER = dt.date(2026, 5, 4)


@pytest.mark.parametrize(("text", "language"), [
    ("Huit militaires ont perdu la vie samedi près de Dori, selon des sources locales.", "fr"),
    ("Six soldats burkinabè ont péri samedi près de Dori, selon une source sécuritaire.", "fr"),
    ("Eight soldiers lost their lives near Dori on Saturday.", "en"),
])
def test_fallen_soldiers_are_the_forces_fighting_an_unnamed_group(default_analyzer, text, language):
    events = default_analyzer.analyse(make_document(text, published=SATURDAY_AFTER, language=language)).events
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")]
    assert events[0].side1 == ["unidentified-armed-group-burkina-faso"]
    assert events[0].side2 == ["burkina-faso-armed-forces"]


def test_civilians_who_lost_their_lives_are_not_the_forces(default_analyzer):
    text = "Cinq civils ont perdu la vie samedi dans l'attaque de leur village près de Dori, selon des sources locales."
    events = default_analyzer.analyse(make_document(text, published=SATURDAY_AFTER, language="fr")).events
    assert events and "burkina-faso-armed-forces" not in events[0].side2
