"""A wire dateline is where the story was filed, not where it happened, even when the body's first lines are
a byline and a date ("Ouagadougou (AFP) – … killed … in X": X); and the day a statement came out dates the
statement, not what it tells (« un communiqué rendu public hier … « le dimanche 2 août … » »: the Sunday).
Our own short texts, with the CLI's default knowledge."""

from __future__ import annotations

import datetime as dt

D = dt.date


def _first_event(analysis):
    assert analysis.events, "the deed is an event"
    return min(analysis.events, key=lambda e: e.span.char_start)


def test_a_dateline_in_the_events_sentence_is_not_its_place(default_analyzer, make_doc):
    text = ("Mali: soldiers killed in attack on Boni camp, source says\n\nSome Broadcaster\nPublished on: 12/03/2026\n\n"
            "Bamako (AFP) – About twenty soldiers were killed in Tuesday's attack on an army camp in Boni, central "
            "Mali, a security source told AFP.")
    event = _first_event(default_analyzer.analyse(make_doc(text, D(2026, 3, 12))))
    assert event.place is not None and event.place.name == "Boni"


def test_a_dateline_alone_still_places_its_event(default_analyzer, make_doc):
    text = ("Blast in Gao\n\nGAO (Reuters) - A suicide bomber blew himself up at a checkpoint on Monday, killing "
            "three soldiers, the army said.")
    event = _first_event(default_analyzer.analyse(make_doc(text, D(2026, 3, 12))))
    assert event.place is not None and event.place.name == "Gao"


def test_the_day_a_communique_came_out_is_not_the_events(default_analyzer, make_doc):
    text = ("Dans un communiqué rendu public hier, l'état-major général des armées informe que « le dimanche "
            "2 août 2026, les vecteurs aériens des FAMa ont effectué des frappes sur un regroupement de "
            "terroristes près de Douentza ».")
    analysis = default_analyzer.analyse(make_doc(text, D(2026, 8, 4), language="fr"))
    event = _first_event(analysis)
    assert event.date is not None and event.date.earliest == D(2026, 8, 2) == event.date.latest
