"""A wire dateline's day is the day of filing, not the event's; a statement that calls the reports
propaganda is a denial whose speaker is no party of the event."""

from __future__ import annotations

import datetime as dt

from .conftest import make_document

THURSDAY = dt.date(2026, 10, 22)


def _analyse(analyzer, text, language="en", published=THURSDAY):
    doc = make_document(text, published, language=language)
    return analyzer.analyse(doc)


def test_the_leads_weekday_dates_the_event_not_the_dateline(analyzer):
    text = ("TAHOUA, Oct 22 (Reuters) - Gunmen killed seven herders near Tahoua in central Niger on Tuesday, "
            "two residents told Reuters.")
    a = _analyse(analyzer, text)
    violent = [e for e in a.events if e.event_type == "Violence against civilians"]
    assert violent, [(e.event_type, e.sub_event_type) for e in a.events]
    assert violent[0].date is not None and violent[0].date.earliest == dt.date(2026, 10, 20), violent[0].date


def test_a_dismissal_of_reports_is_a_denial_and_the_speaker_no_perpetrator(analyzer):
    text = ("L'état-major général des armées a qualifié mercredi de « pure propagande » les informations "
            "faisant état d'une attaque contre des civils dans la région de Sikasso.")
    a = _analyse(analyzer, text, "fr")
    denials = [c for c in a.claims if c.stance.value == "denies"]
    assert denials, [(c.speaker, c.stance) for c in a.claims]
    for e in a.events:
        assert denials[0].speaker not in e.side1, (e.sub_event_type, e.side1, e.modality)
