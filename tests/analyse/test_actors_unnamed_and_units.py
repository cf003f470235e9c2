"""Who acts in a Malian note when the note names nobody, names the far side of a border, or names a
unit by the word ACLED files it under.  Short notes written for these tests, in ACLED's Mali style.

- "near the border with Guinea" situates a Malian place: the note's unnamed "gunmen" are still
  Mali's unidentified armed group (counting Guinea as the note's country made them nobody's);
- unknown men, unidentified individuals, "armed assailants" are an unidentified armed group too;
- gendarmes are Mali's gendarmerie, the National Guard Mali's, and JNIM's katibas other than
  Macina (Serma, Hanifa) are JNIM.

Run with the CLI's default knowledge (``default_analyzer``), so they hold without the GeoNames dumps.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.actor_countries import _beyond_border

from tests.analyse.small_world import one_paragraph


def _first_event(analyzer, text: str, day=dt.date(2024, 3, 9)):
    analysis = analyzer.analyse(one_paragraph(text, day, doc_id="b" * 16))
    assert analysis.events, text
    return analysis, analysis.events[0]


@pytest.mark.parametrize("text, country, beyond", [
    ("gunmen struck near the border with Guinea, in the vicinity of", "Guinea", True),
    ("a camp close to the borders of Niger and Algeria", "Algeria", True),
    ("a camp close to the borders of Niger and Algeria", "Niger", True),
    ("patrols along the Mauritania border", "Mauritania", True),
    ("non loin de la frontière avec le Burkina Faso", "Burkina Faso", True),
    ("troops from Niger crossed into", "Niger", False),
    ("JNIM, active in Mali and Niger, claimed", "Niger", False),
])
def test_a_country_named_as_a_border_is_told_apart(text, country, beyond):
    start = text.index(country)
    assert _beyond_border(text, start, start + len(country)) is beyond


def test_gunmen_near_a_border_are_still_the_note_country_s(default_analyzer):
    text = ("On 8 March 2024, gunmen killed two gold miners at a mining site near Kayes (Kayes, Kayes), "
            "close to the border with Senegal. The assailants fled with the miners' motorbikes.")
    _, event = _first_event(default_analyzer, text)
    assert event.side1 == ["unidentified-armed-group-mali"]


@pytest.mark.parametrize("who", ["Unknown men", "Unidentified individuals", "Armed assailants"])
def test_unnamed_attackers_are_an_unidentified_armed_group(default_analyzer, who):
    text = f"On 8 March 2024, {who} shot dead a livestock trader on the outskirts of Sevare (Mopti, Mopti)."
    _, event = _first_event(default_analyzer, text)
    assert event.side1 == ["unidentified-armed-group-mali"], text


@pytest.mark.parametrize("who, actor", [
    ("gendarmes", "malian-gendarmerie"),
    ("the National Guard", "malian-national-guard"),
])
def test_malian_units_named_by_their_plain_word(default_analyzer, who, actor):
    text = (f"On 8 March 2024, {who} repelled an attack by suspected JNIM militants on their post in "
            "Niono (Niono, Segou). Two attackers were killed.")
    analysis, event = _first_event(default_analyzer, text)
    assert actor in {a.actor_id for a in analysis.actors}
    assert actor in {*event.side1, *event.side2, *event.assoc1, *event.assoc2}


def test_a_jnim_katiba_is_jnim(default_analyzer):
    text = ("On 8 March 2024, Katiba Serma militants abducted a village chief and his son in "
            "Mondoro (Douentza, Mopti).")
    _, event = _first_event(default_analyzer, text)
    assert "jnim" in {*event.side1, *event.assoc1}


@pytest.mark.parametrize("label, actor", [
    ("Islamic State (Greater Sahara)", "islamic-state-sahel"),  # ISGS's label before 2022
    ("Military Forces of Russia (2000-) Wagner Group", "wagner-group"),
    ("Songhai Ethnic Militia (Mali)", "songhai-militia-mali"),
    ("Unidentified Communal Militia (Mali)", "unidentified-communal-militia-mali"),
])
def test_acled_mali_labels_resolve(default_analyzer, label, actor):
    from sitrep.eval.notes import acled_name_variants, actor_resolver

    resolve = actor_resolver(default_analyzer.knowledge)
    assert actor in {resolve(v) for v in acled_name_variants(label)}


def test_a_village_militia_in_a_malian_note_is_a_communal_militia(default_analyzer):
    text = ("On 8 March 2024, a village militia fought suspected JNIM militants who tried to enter "
            "Sokolo (Niono, Segou). Three militiamen died.")
    _, event = _first_event(default_analyzer, text)
    assert "unidentified-communal-militia-mali" in {*event.side1, *event.side2}


@pytest.mark.parametrize("who", ["militants affiliated with JNIM", "fighters linked to JNIM"])
def test_a_sahel_group_named_as_a_qualifier_is_the_group_itself(default_analyzer, who):
    # the parent-to-branch rule is for al-Qaeda or the Islamic State; JNIM fights in Mali itself
    text = f"On 8 March 2024, {who} killed a village chief in Bankass (Bankass, Mopti)."
    _, event = _first_event(default_analyzer, text)
    assert event.side1 == ["jnim"]
