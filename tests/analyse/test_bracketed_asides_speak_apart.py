"""A bracketed aside's reporting verb speaks only for the aside: "the toll has risen to 22 according to community
leaders (the government still says 12)" is the community leaders' statement, not the government's; the source named
after "according to" ends before such an aside, not before a name's acronym ("according to the Coordination of
Azawad Movements (CMA)").  Own sentences, not copied from any set."""

from __future__ import annotations

import datetime as dt

import pytest

from .small_world import one_paragraph


def _sources(analyzer, text: str) -> list[str]:
    """Who each event of ``text`` is told by (its mention's source)."""
    doc = one_paragraph(text, dt.date(2026, 11, 30), doc_id="bracketed-aside")
    return [e.source_actor or "" for e in analyzer.analyse(doc).events]


@pytest.mark.parametrize("text", [
    "Families keep fleeing the area after the raid on a village near Tillabéri, where the toll has risen to 17 "
    "according to local elected officials (the government still says nine).",
    "Gunmen killed 14 people at a market near Téra on Sunday according to residents (the army says six died).",
])
def test_the_aside_speaker_is_not_the_sentences(default_analyzer, text):
    sources = _sources(default_analyzer, text)
    assert sources and all(s.startswith("unnamed:") for s in sources), sources


def test_an_acronym_in_brackets_still_names_the_source(default_analyzer):
    sources = _sources(default_analyzer, "Fighters ambushed an army convoy near Anefis on Tuesday, killing nine "
                                           "soldiers, according to the Azawad Liberation Front (FLA).")
    assert sources == ["azawad-liberation-front"], sources
