"""Generic parties ("the soldiers", « les FDS », "police officers", "the ministry") take the country of the event's
place, a ministry or government that only tells the news is no side, and « près de la petite ville de X » makes X
a landmark.  Own sentences in the register of Nigerien and Burkinabe wire stories (not copied from any set)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from sitrep.analyse.actor_countries import _river_named
from sitrep.analyse.lang import fr
from sitrep.model import Document, Published, Segment

from .small_world import one_paragraph


def _paragraphs(texts: list[str], language: str, doc_id: str) -> Document:
    """A document of several paragraphs, one kept segment each (as ingest splits a story)."""
    text, segments = "", []
    for t in texts:
        start = len(text)
        text += t
        segments.append(Segment(char_start=start, char_end=len(text)))
        text += "\n\n"
    return Document(doc_id=doc_id, source="test", text=text.rstrip(), language=language,
                    published=Published(date=dt.date(2026, 11, 30)), segments=segments)


def _analyse(analyzer, text: str, language: str, doc_id: str):
    return analyzer.analyse(one_paragraph(text, dt.date(2026, 11, 30), doc_id=doc_id).model_copy(update={"language": language}))


def test_an_adjective_beside_the_settlement_noun_still_makes_a_landmark():
    # (the English "near the northern town of X" waits on fusion: see the round's report)
    for before in ("près de la petite ville de ", "non loin de la localité frontalière de "):
        assert re.search(fr.NEAR_BEFORE, before, re.IGNORECASE), before
    assert not re.search(fr.NEAR_BEFORE, "dans la ville de ", re.IGNORECASE)


def test_police_officers_killed_at_a_nigerien_town_are_niger_s_police(default_analyzer):
    text = ("Deux policiers ont été tués jeudi soir lors de l'attaque d'un poste de police à Téra par des hommes armés, "
            "a-t-on appris de source sécuritaire.")
    events = _analyse(default_analyzer, text, "fr", "c1" * 8).events
    sides = {a for e in events for a in e.side1 + e.side2}
    assert "niger-police" in sides and "malian-police" not in sides


def test_a_ministry_named_after_its_verb_of_telling_is_the_source_not_a_side(default_analyzer):
    text = ("Un camion des Forces de défense et de sécurité a sauté mardi sur une mine artisanale près de Makalondi, "
            "a indiqué le ministère de la Défense.")
    events = _analyse(default_analyzer, text, "fr", "c2" * 8).events
    assert events
    assert all("government-of-niger" not in e.side1 + e.side2 for e in events), [(e.side1, e.side2) for e in events]


def test_the_government_telling_of_its_troops_fight_is_not_their_enemy(default_analyzer):
    text = ("Troops killed about a dozen militants who attacked their positions near Fada N'Gourma on Tuesday, "
            "the government spokesman said.")
    events = _analyse(default_analyzer, text, "en", "c3" * 8).events
    assert events
    assert all("government-of-burkina-faso" not in e.side2 for e in events), [(e.side1, e.side2) for e in events]


def test_a_round_up_paragraph_s_soldiers_are_the_country_of_its_towns(default_analyzer):
    doc = _paragraphs([
        "Sahel : les violences de la semaine au Burkina Faso et au Niger",
        "Au Burkina Faso, des hommes armés ont tué lundi six civils dans un village proche de Djibo, selon des habitants.",
        "Au Niger, une patrouille a été prise pour cible mercredi près de Filingué et quatre soldats ont été tués, "
        "a-t-on appris de source sécuritaire.",
        "Au Burkina Faso encore, les autorités de Dori ont instauré un couvre-feu.",
    ], "fr", "c4" * 8)
    analysis = default_analyzer.analyse(doc)
    soldiers = [m for m in analysis.actors if m.surface.lower().endswith("soldats")]
    assert soldiers and all(m.actor_id == "niger-armed-forces" for m in soldiers), [(m.surface, m.actor_id) for m in soldiers]


@pytest.mark.parametrize("text, named", [
    ("Mali's army is stretched thin along the Niger river valley.", False),
    ("Les pirogues descendent le fleuve Niger jusqu'à Mopti.", False),
    ("Soldiers from Niger crossed the border.", True),
])
def test_a_river_named_after_a_country_is_not_that_country(text, named):
    start = text.index("Niger")
    assert _river_named(text, start, start + len("Niger")) is not named
