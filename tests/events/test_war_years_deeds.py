"""Deeds of Mali's 2012–2021 war as ACLED's notes tell them, each in English and French: a punishment cut into the
body (an amputation, as a flogging), aircraft told as the killers, a pact told by its signing, a DDR process launched
(Other, not the peace agreement its combatants' groups signed), a camp told as coming under rocket fire (its holder the
target), and peacekeepers dispersing a crowd (a protest with intervention)."""

from __future__ import annotations

import pytest

from .conftest import most_confident_event

ATTACK = ("Violence against civilians", "Attack")
AIR = ("Explosions/Remote violence", "Air/drone strike")
AGREEMENT = ("Strategic developments", "Agreement")
OTHER = ("Strategic developments", "Other")
INTERVENTION = ("Protests", "Protest with intervention")


def _kind(analyzer, text: str, language: str):
    event = most_confident_event(analyzer, text, language)
    assert event is not None, text
    return event.event_type, event.sub_event_type


@pytest.mark.parametrize("text, language, expected", [
    ("MUJAO Islamists amputated the hands and feet of five alleged thieves in Gao under their interpretation of sharia.",
     "en", ATTACK),
    ("Les islamistes du MUJAO ont amputé la main de cinq voleurs présumés à Gao.", "fr", ATTACK),
    ("Helicopters of Operation Barkhane killed about ten suspected terrorists near Gourma-Rharous.", "en", AIR),
    ("Des hélicoptères de la force Barkhane ont neutralisé une dizaine de terroristes présumés près de Gourma-Rharous.",
     "fr", AIR),
    ("The CMA and the Platform signed local pacts in Anefis, ending months of fighting between the two coalitions.",
     "en", AGREEMENT),
    ("La CMA et la Plateforme ont signé des pactes locaux à Anefis, mettant fin à des mois de combats.", "fr", AGREEMENT),
    ("The government launched the accelerated DDR process in Gao for 1,600 combatants of the armed groups signatories of "
     "the peace agreement.", "en", OTHER),
    ("Le gouvernement a lancé à Gao le processus de désarmement, démobilisation et réinsertion (DDR) accéléré pour 1 600 "
     "combattants des groupes armés signataires de l'accord de paix.", "fr", OTHER),
    ("Hundreds of women demonstrated at the Kidal airstrip against the visit of the Prime Minister. MINUSMA peacekeepers "
     "fired tear gas to disperse them.", "en", INTERVENTION),
    ("Des centaines de femmes ont manifesté sur la piste d'atterrissage de Kidal contre la visite du Premier ministre. "
     "Les casques bleus ont dispersé la foule avec des gaz lacrymogènes.", "fr", INTERVENTION),
])
def test_the_war_years_deeds_have_their_kind(analyzer, text, language, expected):
    assert _kind(analyzer, text, language) == expected


def test_a_surgeon_s_amputation_is_no_punishment(analyzer):
    event = most_confident_event(analyzer, "Doctors amputated the leg of a soldier wounded by a mine near Gao.", "en")
    assert event is None or event.event_type != "Violence against civilians"


def test_a_signed_peace_agreement_is_still_one(analyzer):
    assert _kind(analyzer, "The CMA signed the peace agreement in Bamako with the government.", "en") == AGREEMENT


@pytest.mark.parametrize("text, language", [
    ("The MINUSMA camp in Kidal came under fire from several rockets and mortar shells. No casualties were reported.", "en"),
    ("Le camp de la MINUSMA à Kidal a été la cible de tirs de roquettes. Aucune victime n'a été signalée.", "fr"),
])
def test_a_camp_under_rocket_fire_is_the_target(analyzer, text, language):
    event = most_confident_event(analyzer, text, language)
    assert event is not None and event.sub_event_type == "Shelling/artillery/missile attack"
    assert "minusma" in event.side2 and "minusma" not in event.side1
