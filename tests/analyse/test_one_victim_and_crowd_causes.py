"""One victim of an active killing whatever the noun names ("killed a forest guide"), and a crowd's toll
that is only what it reacts to (ACLED codes a protest's own dead, not the killing it protests).  Notes
written for this test, in the styles of Malian and Burkinabe reports."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.tolls import crowd_cause_toll
from sitrep.analyse.fatalities import find_fatalities
from tests.events.conftest import make_document


@pytest.mark.parametrize("text, language", [
    ("Suspected JNIM militants kidnapped and killed a water and forestry agent near Kayes.", "en"),
    ("On 4 March 2024, gunmen shot dead a shopkeeper at the market of Sevare (Mopti, Mopti).", "en"),
    ("Des hommes armés ont abattu un boutiquier au marché de Sévaré.", "fr"),
])
def test_one_victim_whatever_the_noun(text, language):
    killed, _ = find_fatalities(text, language)
    assert killed is not None and (killed.low, killed.high) == (1, 1), killed


@pytest.mark.parametrize("text, low", [
    ("Militants killed a dozen herders near Tenenkou.", 12),
    ("Gunmen killed an unknown number of villagers near Bankass.", 3),
])
def test_a_quantity_after_the_article_is_no_single_victim(text, low):
    killed, _ = find_fatalities(text, "en")
    assert killed is not None and killed.low == low, killed


def test_the_killing_a_crowd_reacts_to_is_not_its_toll():
    text = ("On 3 June 2024, youths burned tyres and blocked the main road in Niono (Niono, Segou) in response "
            "to the killing of a motorbike taxi driver by unknown gunmen.")
    killed, _ = find_fatalities(text, "en")
    assert killed is not None  # the reader counts the killing …
    assert crowd_cause_toll("Riots", text, killed) is None  # … the riot does not carry it
    assert crowd_cause_toll("Violence against civilians", text, killed) is killed


def test_a_crowds_own_dead_stay(default_analyzer):
    doc = make_document("On 3 June 2024, police fired live rounds at demonstrators in Kati (Kati, Koulikoro), "
                        "killing two of them.", published=dt.date(2024, 6, 3))
    events = default_analyzer.analyse(doc).events
    assert events and events[0].fatalities is not None and events[0].fatalities.low == 2


@pytest.mark.parametrize("text, language", [
    ("On 21 May 2024, residents of Pama angry about the killing of a trader blocked the national road and burned tyres.", "en"),
    ("On 21 May 2024, youths furious at the killing of two herders set fire to the town hall of Kaya.", "en"),
    ("Le 21 mai 2024, des jeunes en colère après le meurtre d'un commerçant ont incendié la mairie de Pama.", "fr"),
    ("Le 21 mai 2024, des habitants indignés par le meurtre d'un berger ont barricadé la route de Kaya.", "fr"),
])
def test_the_death_a_crowd_is_angry_about_is_not_its_toll(text, language):
    killed, _ = find_fatalities(text, language)
    assert killed is not None, text  # the reader counts the killing …
    assert crowd_cause_toll("Riots", text, killed) is None  # … the crowd's mood at it marks it as its cause
