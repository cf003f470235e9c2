"""Who does a measure proclaimed, what a force takes over when it is a role, and who fired shells told only by
where they landed.  Short notes written for these tests in ACLED's Mali style, English and French.

- a measure proclaimed as the object of the saying ("JNIM announced a blockade", « le JNIM a annoncé un blocus »)
  is done by the one proclaiming it, not only said;
- a role taken over ("took over the missions of the Wagner Group") is no territory taken;
- shells that "landed near the MINUSMA camp" with no firer named: the camp's holder is the target and the
  country's unidentified armed group the author; a firer named after "fired by" with its hedge ("fired by
  unidentified assailants", « tirés par des assaillants non identifiés ») is the author.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.analyse.small_world import one_paragraph


def _first_event(analyzer, text: str, language: str = "en"):
    doc = one_paragraph(text, dt.date(2025, 9, 5), doc_id="e" * 16).model_copy(update={"language": language})
    analysis = analyzer.analyse(doc)
    assert analysis.events, text
    return analysis.events[0]


@pytest.mark.parametrize("text, language", [
    ("Le 3 septembre 2025, le JNIM a annoncé un blocus sur la ville de Kayes (Kayes, Kayes) et a interdit aux "
     "transporteurs de ravitailler la ville.", "fr"),
    ("On 3 September 2025, JNIM announced a blockade on the town of Kayes (Kayes, Kayes).", "en"),
])
def test_a_blockade_proclaimed_is_done_by_who_proclaims_it(default_analyzer, text, language):
    event = _first_event(default_analyzer, text, language)
    assert (event.sub_event_type, event.side1[:1]) == ("Change to group/activity", ["jnim"]), text


def test_a_role_taken_over_is_no_territory(default_analyzer):
    text = ("On 18 June 2025, the Africa Corps announced in Bamako (Bamako, Bamako) that it had taken over the missions "
            "of the Wagner Group in Mali.")
    event = _first_event(default_analyzer, text)
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize("text, language, target", [
    ("On 3 April 2022, several mortar shells landed in the vicinity of the MINUSMA camp in Menaka (Menaka, Gao) "
     "without causing casualties.", "en", "minusma"),
    ("Le 3 avril 2022, plusieurs obus sont tombés près du camp de la MINUSMA à Ménaka (Ménaka, Gao), sans faire de "
     "victimes.", "fr", "minusma"),
    ("On 22 April 2022, several shells fired by unidentified assailants landed near the FAMa camp in Tessalit "
     "(Tessalit, Kidal), causing no casualties.", "en", "malian-armed-forces"),
    ("Le 22 avril 2022, plusieurs obus tirés par des assaillants non identifiés sont tombés près du camp des FAMa à "
     "Tessalit (Tessalit, Kidal), sans faire de victimes.", "fr", "malian-armed-forces"),
])
def test_shells_told_by_where_they_landed_hit_the_camps_holder(default_analyzer, text, language, target):
    event = _first_event(default_analyzer, text, language)
    assert event.sub_event_type == "Shelling/artillery/missile attack", text
    assert (event.side1, target in event.side2) == (["unidentified-armed-group-mali"], True), text


def test_shells_whose_firer_is_named_first_keep_it(default_analyzer):
    text = ("On 9 October 2023, FAMa fired shells that landed on CSP-PSD positions around Bourem (Bourem, Gao). "
            "Casualties unknown.")
    assert _first_event(default_analyzer, text).side1 == ["malian-armed-forces"]


def test_a_role_taken_over_is_told_in_french_too(default_analyzer):
    text = "Le 18 juin 2025, l'Africa Corps a annoncé à Bamako (Bamako, Bamako) avoir pris le relais du groupe Wagner au Mali."
    event = _first_event(default_analyzer, text, "fr")
    assert (event.sub_event_type, event.side1, event.side2) == ("Change to group/activity", ["africa-corps"], []), text


@pytest.mark.parametrize("text, language", [
    ("On 6 July 2023, GATIA announced in Gao (Gao, Gao) that it was leaving the CSP-PSD coalition and would remain "
     "committed to the peace agreement.", "en"),
    ("Le 6 juillet 2023, le GATIA a annoncé à Gao (Gao, Gao) son retrait du CSP-PSD et son attachement à l'accord de "
     "paix.", "fr"),
])
def test_a_coalition_left_is_the_groups_change_not_an_accord_nor_a_place(default_analyzer, text, language):
    event = _first_event(default_analyzer, text, language)
    assert (event.sub_event_type, event.side1) == ("Change to group/activity", ["gatia"]), text


def test_an_accord_signed_stays_an_agreement(default_analyzer):
    text = "On 20 June 2015, the CMA signed the Algiers peace agreement in Bamako (Bamako, Bamako) after joining the talks."
    assert _first_event(default_analyzer, text).sub_event_type == "Agreement"


@pytest.mark.parametrize("text, language", [
    ("On 4 March 2024, a FAMa vehicle was destroyed by an IED near Boni (Douentza, Mopti).", "en"),
    ("Le 4 mars 2024, un véhicule des FAMa a été touché par un engin explosif improvisé près de Boni (Douentza, "
     "Mopti), blessant deux soldats.", "fr"),
])
def test_a_vehicle_struck_by_a_device_in_the_passive_is_the_target(default_analyzer, text, language):
    event = _first_event(default_analyzer, text, language)
    assert (event.side1, event.side2) == (["unidentified-armed-group-mali"], ["malian-armed-forces"]), text


@pytest.mark.parametrize("text", [
    "An NGO vehicle was set on fire by unidentified armed men in Ansongo (Ansongo, Gao) on 9 December 2020; the "
    "driver and passengers were released unharmed.",
    "The telecommunication antenna in Sofara (Djenne, Mopti) was blown up by unidentified armed men on 28 April 2023.",
    "Unidentified armed men broke into the offices of an NGO in Menaka (Menaka, Menaka) during the night of 4 to 5 "
    "July 2022 and took computers and a vehicle.",
])
def test_property_burned_blown_up_or_taken_told_from_the_thing_is_looting(default_analyzer, text):
    event = _first_event(default_analyzer, text)
    assert (event.sub_event_type, event.side1) == ("Looting/property destruction", ["unidentified-armed-group-mali"])
