"""Who did it, told around the deed (sentences written for this test): the doer of a passive killing in its "when"
clause ("five villagers were killed when JNIM militants stormed X"), a group "held responsible" in a later sentence,
the owner of the drone that struck, and the helpers of a unit that came under fire staying on its side."""

from __future__ import annotations

import pytest


def _analyse(analyzer, text: str, language: str = "en"):
    import datetime as dt

    from sitrep.model import Published

    from .seeds import make_document

    published = Published(date=dt.date(2025, 6, 30), is_estimate=False)
    return analyzer.analyse(make_document("d" * 16, text, published, language))


@pytest.mark.parametrize("text, doer", [
    ("On 22 May 2023, five villagers were killed when JNIM militants stormed Dinangourou (Koro, Mopti).", "jnim"),
    ("On 4 May 2024, two herders were killed when soldiers opened fire near Dinangourou.", "malian-armed-forces"),
    ("On 27 April 2025, gunmen killed two truck drivers near Timbuktu. JNIM was held responsible.", "jnim"),
    ("On 27 April 2025, the bodies of two traders were found near Timbuktu. JNIM, which blockades the road, was held "
     "responsible.", "jnim"),
    ("On 17 March 2024, a drone struck the weekly market of Toguere Coumbe (Tenenkou, Mopti), killing 13 civilians. "
     "Residents said the drone belonged to the Malian army.", "malian-armed-forces"),
])
def test_the_doer_told_around_the_deed_is_side_one(default_analyzer, text, doer):
    events = _analyse(default_analyzer, text).events
    assert events and doer in events[0].side1


def test_a_mine_hit_when_a_vehicle_passed_has_no_vehicle_doer(default_analyzer):
    text = "On 22 May 2023, three soldiers were killed when their vehicle hit a mine near Dinangourou."
    events = _analyse(default_analyzer, text).events
    assert events and "malian-armed-forces" not in events[0].side1


def test_the_helpers_of_a_unit_under_fire_stay_on_its_side(default_analyzer):
    text = ("On 2 January 2025, a FAMa unit accompanied by Africa Corps instructors came under fire from JNIM militants "
            "near Macina (Macina, Segou).")
    event = _analyse(default_analyzer, text).events[0]
    assert event.side1 == ["jnim"] and "malian-armed-forces" in event.side2
    assert "africa-corps" in event.assoc2 and "africa-corps" not in event.assoc1


def test_the_helpers_of_an_attacking_unit_stay_beside_it(default_analyzer):
    event = _analyse(default_analyzer, "On 2 January 2025, FAMa soldiers, accompanied by Dozo hunters, attacked JNIM "
                                       "militants near Macina.").events[0]
    assert event.side1 == ["malian-armed-forces"] and "dozo-militia" in event.assoc1


@pytest.mark.parametrize("text, army", [
    ("On 6 June 2025, the Force unifiée of the Alliance of Sahel States (AES) engaged JNIM fighters near Deou (Deou, "
     "Oudalan, Sahel).", "burkina-faso-armed-forces"),
    ("On 24 January 2025, the unified force of the Alliance of Sahel States fought Islamic State Sahel militants near "
     "Ouatagouna (Ansongo, Gao).", "malian-armed-forces"),
    ("On 12 December 2025, the FU-AES conducted air strikes against JNIM positions east of Torodi (Tillaberi).",
     "niger-armed-forces"),
])
def test_the_aes_unified_force_fights_as_the_army_of_the_country_it_is_in(default_analyzer, text, army):
    events = _analyse(default_analyzer, text).events
    assert events and army in events[0].side1


def test_a_body_that_speaks_for_a_coalition_is_no_new_doer_of_the_toll(default_analyzer):
    text = ("On 28 February 2025, the unified force of the Alliance of Sahel States struck a JNIM base near Mondoro "
            "(Douentza, Mopti). The AES said 20 terrorists were neutralised.")
    events = _analyse(default_analyzer, text).events
    assert len(events) == 1 and events[0].fatalities is not None and events[0].fatalities.low == 20
