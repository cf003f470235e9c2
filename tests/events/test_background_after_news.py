"""An older incident told after the news, with no cue word, is background (no event of its own).

Wire copy often closes on an earlier incident at another place, dated by its own sentence and
set apart by nothing but its paragraph ("On March 3, 2025, six soldiers were killed…").  An
explainer that narrates the past first, or an article whose day is only estimated, keeps its
past events (sitrep.analyse.background._told_after_the_news)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Modality, Published

from .conftest import make_document

PUBLISHED = dt.date(2026, 11, 14)


def _doc(text: str, language: str = "en", published=PUBLISHED, estimate: bool = False):
    doc = make_document(text, published)
    if estimate:
        pub = Published(date=None, earliest=dt.date(2026, 1, 1), latest=dt.date(2026, 12, 31), is_estimate=True)
    else:
        pub = doc.published
    return doc.model_copy(update={"language": language, "published": pub})


def _by_year(analysis, year: int):
    return [e for e in analysis.events if e.date is not None and e.date.latest.year == year]


@pytest.mark.parametrize("text, language", [
    ("Gunmen killed nine soldiers in an attack on an army post in Ménaka on Friday, a local official said.\n\n"
     "The army did not comment.\n\n"
     "On March 3, 2025, six soldiers were killed when their vehicle struck a mine near Tessalit.", "en"),
    ("Jihadists killed twelve villagers in Gao on Thursday, residents said.\n\n"
     "In June 2025, militants killed 23 traders at the cattle fair of Ténenkou.", "en"),
    ("Des hommes armés ont tué onze civils jeudi à Gao, selon des habitants.\n\n"
     "Le 9 janvier 2025, douze soldats ont été tués dans une embuscade près de Tessalit.", "fr"),
])
def test_an_older_incident_after_the_news_is_background(analyzer, text, language):
    a = analyzer.analyse(_doc(text, language))
    news = _by_year(a, 2026)
    old = _by_year(a, 2025)
    assert news and all(e.modality != Modality.background for e in news), [(e.sub_event_type, e.date) for e in a.events]
    assert old and all(e.modality == Modality.background for e in old), [(e.sub_event_type, e.date, e.modality) for e in old]


def test_a_narrative_that_starts_with_the_past_keeps_its_events(analyzer):
    text = ("On March 3, 2025, six soldiers were killed when their vehicle struck a mine near Tessalit.\n\n"
            "Gunmen killed nine soldiers in an attack on an army post in Ménaka on Friday, a local official said.")
    old = _by_year(analyzer.analyse(_doc(text)), 2025)
    assert old and all(e.modality != Modality.background for e in old)


def test_an_explainer_with_an_estimated_day_keeps_its_past_events(analyzer):
    text = ("Gunmen killed nine soldiers in an attack on an army post in Ménaka in November 2026.\n\n"
            "On March 3, 2025, six soldiers were killed when their vehicle struck a mine near Tessalit.")
    old = _by_year(analyzer.analyse(_doc(text, estimate=True)), 2025)
    assert old and all(e.modality != Modality.background for e in old)


def test_an_analysis_whose_news_is_told_by_its_weekday_makes_its_recollections_background(analyzer):
    # the news sentence frames ("is a reminder that…") and yields no event; its weekday still says where the news is
    # told, so the dated attack of an earlier year told after it is a recollection, not an event
    text = ("Analysis: the camps keep falling\n\n"
            "Tuesday's assault on the army camp in Boni, in which security sources say 14 soldiers died, is a reminder "
            "that the outposts remain exposed.\n\n"
            "On 14 May 2023, jihadists overran the camp of Boni in an attack that killed 17 soldiers, the government said.")
    old = _by_year(analyzer.analyse(_doc(text)), 2023)
    assert old and all(e.modality == Modality.background for e in old), [(e.sub_event_type, e.modality) for e in old]
