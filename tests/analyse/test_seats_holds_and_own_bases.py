"""Wire stories whose lead names only where its sources sit or an area, with the attack's town told later; a group's
standing hold over a wide area told as background; a force pulling back into its own base; a French communiqué whose
issuer carries its acronym in brackets; a relayed claim whose quoted figure holds two kinds of victims."""

from __future__ import annotations

import re

from sitrep.analyse.claim_words import communique_opening
from sitrep.analyse.durative import durative_or_habitual, holds_a_wide_area
from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.lang import en, fr
from sitrep.model import Modality


def test_a_capital_told_with_its_rank_is_the_speakers_seat():
    assert re.search(en.SPEAKER_AT_BEFORE, "a hospital source in the regional capital ", re.IGNORECASE)
    assert re.search(en.SPEAKER_AT_BEFORE, "doctors in ", re.IGNORECASE)
    assert re.search(fr.SPEAKER_AT_BEFORE, "une source hospitalière à la capitale régionale, ", re.IGNORECASE)
    assert not re.search(en.SPEAKER_AT_BEFORE, "gunmen attacked a market in ", re.IGNORECASE)


def test_the_storys_own_attack_told_by_its_definite_noun_names_its_town():
    assert re.search(en.TARGET_AT_BEFORE, "17 people had been killed in the attack in ", re.IGNORECASE)
    assert re.search(fr.TARGET_AT_BEFORE, "17 personnes ont été tuées dans l'attaque de ", re.IGNORECASE)
    assert not re.search(en.TARGET_AT_BEFORE, "a day after an attack in ", re.IGNORECASE)


HOSPITAL = """Hospital toll of market attack in Burkina rises to 14

Issued on: 09/03/2031 - 10:00

Ouagadougou (AFP) – At least 14 people were killed when gunmen attacked a livestock market in northern Burkina Faso on Sunday, doctors in the regional capital Dori told AFP on Monday.

"We have received 14 bodies," one of the doctors at Dori's hospital said.

The governor said 11 people had been killed in the attack in Falagountou.
"""

GOVERNOR = """Burkina market attack toll rises to 11, governor says

OUAGADOUGOU, March 8 (Reuters) - The toll from an attack by gunmen on a livestock market in northern Burkina Faso on Sunday has risen to 11, the governor of the Sahel region said in a statement.

The attack on the market in Falagountou, near the border with Niger, came as traders gathered for the weekly sale.

Militants linked to al Qaeda and Islamic State control large parts of the Sahel region, where attacks have forced thousands to flee.
"""


def test_the_attacks_town_told_later_beats_the_doctors_seat(default_analyzer, ingested_text):
    news = [m for m in default_analyzer.analyse(ingested_text(HOSPITAL)).events if m.modality != Modality.background]
    assert news and all(m.place is not None and m.place.name == "Falagountou" for m in news), \
        [(m.trigger, m.place and m.place.name) for m in news]


def test_the_attacks_town_told_later_beats_a_region_named_twice(default_analyzer, ingested_text):
    events = default_analyzer.analyse(ingested_text(GOVERNOR)).events
    news = [m for m in events if m.modality != Modality.background]
    assert news and all(m.place is not None and m.place.name == "Falagountou" for m in news), \
        [(m.trigger, m.place and m.place.name) for m in news]
    assert not [m for m in news if m.sub_event_type.endswith("territory")], [(m.trigger, m.sub_event_type) for m in news]


def test_a_standing_hold_over_a_wide_area_is_framing():
    text = "Militants linked to al Qaeda control large parts of the Sahel region, where attacks have forced thousands to flee."
    assert holds_a_wide_area(text) and durative_or_habitual(text, "control")
    assert holds_a_wide_area("Les jihadistes contrôlent de vastes pans du territoire.")
    assert holds_a_wide_area("Jihadists hold much of the north.")
    assert not holds_a_wide_area("JNIM fighters took control of the town of Boulkessi on Sunday.")
    assert not holds_a_wide_area("The army regained control of Ber on Monday.")


PULLBACK = """Rebels say they repelled army column near Anefis

Bamako (AFP) – Separatist rebels said on Wednesday they had repelled an attack by the Malian army near Anefis on Tuesday.

A local official told AFP that the fighting had lasted several hours and that the army had pulled back to its camp in Tessalit in the evening.
"""


def test_a_force_back_in_its_own_base_loses_no_territory(default_analyzer, ingested_text):
    events = default_analyzer.analyse(ingested_text(PULLBACK)).events
    assert not [m for m in events if "territory" in m.sub_event_type], [(m.trigger, m.sub_event_type) for m in events]
    assert any(m.event_type == "Battles" for m in events)


def test_a_communiques_issuer_with_its_acronym_in_brackets():
    sentence = ("Dans un communiqué publié lundi, l'état-major général des armées (EMGA) informe que des frappes "
                "ont neutralisé dix terroristes.")
    opening = communique_opening(sentence)
    assert opening is not None and sentence[slice(*opening.subject)] == "l'état-major général des armées"
    assert opening.content.startswith("que des frappes")


def test_a_quoted_figure_with_two_kinds_of_victims_is_read():
    killed, _ = find_fatalities('The group said it had killed "more than 40 soldiers and militiamen" in the raid.')
    assert killed is not None and killed.low == 40
    killed, _ = find_fatalities("Le groupe affirme avoir tué « plus de 40 soldats et supplétifs ».", "fr")
    assert killed is not None and killed.low == 40
