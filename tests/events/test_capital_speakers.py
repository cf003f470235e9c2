"""A report filed from the capital places its incident where it happened, not where its sources sit: the
capital named as the seat of "police sources in Niamey" or where the staff "a annoncé … à Bamako" never
stands in for the incident, and a later sentence naming the attack's target ("The checkpoint attacked was
in X", « L'embuscade a visé X ») places it.  Our own short texts, with the CLI's default knowledge."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _violent(analysis):
    return [e for e in analysis.events if e.event_type in ("Battles", "Violence against civilians",
                                                           "Explosions/Remote violence")]


@pytest.mark.parametrize("text, place", [
    # the capital as its sources' seat; the village named in the next paragraph (and a homonym in Burkina and Mali)
    ("Gunmen kill seven at cattle market in western Niger\n\n"
     "NIAMEY (AP) — Gunmen on motorbikes killed seven civilians at a cattle market on Thursday in western "
     "Niger, security sources in Niamey said on Friday.\n\n"
     "The market attacked was in Torodi, near the border with Burkina Faso, one of the sources added.", "Torodi"),
    # the capital the wounded were taken to
    ("Convoy ambushed in western Niger\n\n"
     "Gunmen ambushed a military convoy on Sunday in western Niger, killing four soldiers and wounding nine "
     "who were evacuated to Niamey, a security source said.\n\n"
     "The convoy attacked was near Téra.", "Téra"),
])
def test_the_capital_is_not_the_place_and_the_later_target_is(default_analyzer, make_doc, text, place):
    events = _violent(default_analyzer.analyse(make_doc(text, D(2026, 5, 8))))
    assert events, "the killing is an event"
    first = min(events, key=lambda e: e.span.char_start)
    assert first.place is not None and first.place.name == place and first.place.country == "NE"


def test_where_the_staff_announced_it_is_not_the_place(default_analyzer, make_doc):
    text = ("Centre : une embuscade contre une patrouille des FAMa\n\n"
            "Des terroristes ont tendu mardi une embuscade à une patrouille des FAMa dans le centre du pays, "
            "a annoncé mercredi à Bamako l'état-major général des armées.\n\n"
            "L'embuscade a frappé la localité de Niono, selon la même source.")
    a = default_analyzer.analyse(make_doc(text, D(2026, 5, 13), language="fr"))
    events = _violent(a)
    assert events
    assert all(e.place is not None and e.place.name != "Bamako" for e in events)
    first = min(events, key=lambda e: e.span.char_start)
    assert first.place.name == "Niono"


def test_a_capital_the_incident_happened_in_stays_the_place(default_analyzer, make_doc):
    # the capital is where the attack was, not only where its sources sit
    text = ("Explosion in Niamey\n\n"
            "An explosive device went off near a police station in Niamey on Monday, wounding three officers, "
            "police said.")
    a = default_analyzer.analyse(make_doc(text, D(2026, 5, 12)))
    events = _violent(a)
    assert events and events[0].place is not None and events[0].place.name == "Niamey"


def test_learnt_in_the_capital_is_not_the_place(default_analyzer, make_doc):
    text = ("Embuscade dans l'ouest du Niger\n\n"
            "Quatre soldats ont été tués dimanche dans une embuscade contre un convoi militaire dans l'ouest du "
            "pays, a-t-on appris lundi à Niamey de source sécuritaire.")
    a = default_analyzer.analyse(make_doc(text, D(2026, 5, 12), language="fr"))
    events = _violent(a)
    assert events and all(e.place is None or e.place.name != "Niamey" for e in events)
