"""Actor1 on the namings that depend on the date and on who is foreign: the Tuareg rebellion's descriptions by
year (MNLA in 2012, CMA in 2016, CSP from August 2023, FLA after November 2024), Russian forces before and after
Wagner's exit, a leader's followers as his group, forces told by their country, national peacekeeping contingents,
and an aircraft's operator."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(("day", "expected"), [
    (dt.date(2012, 1, 17), "mnla"),
    (dt.date(2016, 7, 21), "coordination-of-azawad-movements"),
    (dt.date(2023, 9, 12), "csp-dpa"),
    (dt.date(2025, 2, 3), "azawad-liberation-front"),
])
def test_tuareg_rebels_are_the_movement_of_their_year(first_event, day, expected):
    text = f"On {day:%d %B %Y}, Tuareg rebels attacked the army camp in Bourem (Bourem, Gao). 4 soldiers were killed."
    assert first_event(text, published=day).side1[:1] == [expected]


@pytest.mark.parametrize(("day", "expected"), [(dt.date(2022, 8, 18), "wagner-group")])
def test_russian_soldiers_are_wagner(first_event, day, expected):
    text = f"On {day:%d %B %Y}, Russian soldiers killed 3 herders at a well near Djenne (Djenne, Mopti)."
    assert first_event(text, published=day).side1[:1] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("On 14 March 2020, the men of Amadou Koufa overran the army camp at Dioura (Niono, Segou), killing 29 soldiers.",
     "katiba-macina"),
    ("On 21 November 2023, soldiers from Burkina Faso killed 6 herders near Boni (Douentza, Mopti).",
     "burkina-faso-armed-forces"),
    ("On 2 May 2024, troops from Niger clashed with Islamic State fighters near Menaka (Menaka, Menaka). 8 militants "
     "were killed.", "niger-armed-forces"),
    ("On 5 February 2023, Togolese peacekeepers clashed with JNIM militants near Douentza (Douentza, Mopti). 2 "
     "militants were killed.", "minusma"),
    ("On 2 October 2024, a drone operated by the Malian army struck JNIM fighters near Farabougou (Niono, Segou), "
     "killing 5.", "malian-armed-forces"),
])
def test_who_acted_by_leader_origin_contingent_and_operator(first_event, text, expected):
    assert first_event(text, published=dt.date(2025, 12, 1)).side1[:1] == [expected]
