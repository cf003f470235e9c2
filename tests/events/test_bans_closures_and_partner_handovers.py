"""A ban or a closure ordered by the authorities is a strategic development, "Other", with the country's government
as actor 1 when "the authorities" order it (an armed group's ban is its change of activity: test_group_restrictions); a camp left by the Russian forces and taken over by
the army is a non-violent transfer (notes written for this test, English and French)."""

from __future__ import annotations

import datetime as dt

import pytest

STRATEGIC = "Strategic developments"


@pytest.mark.parametrize("text, language, actor", [
    ("On 3 March 2025, the authorities banned the circulation of motorbikes in Gao (Gao, Gao) until further notice.",
     "en", "government-of-mali"),
    ("On 3 March 2025, the authorities suspended the weekly fair of Bourem (Bourem, Gao) for two months.", "en",
     "government-of-mali"),
    ("Le 3 mars 2025, les autorités ont ordonné la fermeture des sites d'orpaillage autour de Kenieba (Kenieba, Kayes).",
     "fr", "government-of-mali"),
])
def test_a_ban_or_a_closure_is_another_development(first_event, text, language, actor):
    event = first_event(text, published=dt.date(2025, 4, 1), language=language)
    assert (event.event_type, event.sub_event_type) == (STRATEGIC, "Other")
    assert actor in event.side1


def test_a_camp_left_by_the_russian_forces_is_handed_over(first_event):
    event = first_event("On 5 May 2025, FAMa took over the camp of Ber (Timbuktu, Timbuktu) vacated by Africa Corps, "
                        "which redeployed to Timbuktu.", published=dt.date(2025, 6, 1))
    assert (event.event_type, event.sub_event_type) == (STRATEGIC, "Non-violent transfer of territory")


def test_a_post_taken_with_no_fighting_reported_in_the_same_sentence(first_event):
    event = first_event("On 4 August 2025, FLA fighters took over the army post of Anefis (Kidal, Kidal) after the "
                        "soldiers withdrew; no fighting reported.", published=dt.date(2025, 9, 1))
    assert (event.event_type, event.sub_event_type) == (STRATEGIC, "Non-violent transfer of territory")
