"""A weekday opening a sentence ("Mercredi, une compagnie…", "Sunday, gunmen…") is a capitalised word the
model may call a place; it is never one (sitrep.analyse.places._blocked_ranges)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events.conftest import make_document


@pytest.mark.parametrize("text, language, weekday", [
    ("Mercredi, une compagnie de l'armée a été attaquée près de Boni par des hommes armés.", "fr", "Mercredi"),
    ("Dimanche, des hommes armés ont incendié des greniers à Kerena.", "fr", "Dimanche"),
    ("Thursday, gunmen on motorbikes stormed the market of Djibo and killed four traders.", "en", "Thursday"),
])
def test_a_weekday_is_never_a_place(default_analyzer, text, language, weekday):
    doc = make_document(text, dt.date(2026, 11, 18), language=language)
    a = default_analyzer.analyse(doc)
    assert weekday not in {p.surface for p in a.places}, [(p.surface, p.name) for p in a.places]
    assert a.places, "the real place is still found"
