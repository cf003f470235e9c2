"""actor1 as ACLED codes it, on wordings that name the doer indirectly or not at all.  Short notes
written for these tests in ACLED's Mali style (none copied from a measuring file):

- a deed told in the passive with no doer ("a herder was shot dead") is the country's unidentified
  armed group's, the victims second; a doer the note names in another sentence keeps the deed;
- a katiba is coded under its coalition in the ACLED export (the event keeps the katiba);
- "al-Qaeda-linked JNIM" is one party, JNIM, not al-Qaeda;
- two communities fighting are their ethnic militias; an attack on herders stays the attackers'.

Run with the CLI's default knowledge (``default_analyzer``), so they hold without the GeoNames dumps.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.export.acled import acled_row
from sitrep.knowledge.actor_names import ActorNames
from sitrep.model import Event

from tests.analyse.small_world import one_paragraph

UAG = "unidentified-armed-group-mali"


def _first_event(analyzer, text: str, day=dt.date(2024, 5, 9)):
    doc = one_paragraph(text, day, doc_id="c" * 16)
    if text.startswith("Le "):
        doc = doc.model_copy(update={"language": "fr"})
    analysis = analyzer.analyse(doc)
    assert analysis.events, text
    return analysis.events[0]


@pytest.mark.parametrize("text", [
    "On 6 May 2024, a shepherd was shot dead near Douentza (Douentza, Mopti).",
    "On 6 May 2024, two gold miners were abducted at a mining site near Kéniéba (Kéniéba, Kayes).",
    "Le 6 mai 2024, un conseiller municipal a été assassiné devant sa maison à Ségou (Ségou, Ségou).",
])
def test_a_passive_deed_with_no_doer_is_the_country_s_unidentified_armed_group(default_analyzer, text):
    event = _first_event(default_analyzer, text)
    assert event.side1 == [UAG], (text, event.side1, event.side2)


def test_an_attacked_army_post_is_the_target_not_the_doer(default_analyzer):
    text = "On 6 May 2024, a FAMa position was attacked in Léré (Niafunké, Tombouctou). No losses were reported."
    event = _first_event(default_analyzer, text)
    assert event.side1 == [UAG] and "malian-armed-forces" in event.side2, (event.side1, event.side2)


def test_a_weapon_is_no_doer_but_an_agent_the_base_does_not_know_is_no_unnamed_one(default_analyzer):
    shot = _first_event(default_analyzer, "On 6 May 2024, a FAMa supply convoy was targeted by heavy gunfire "
                                          "near Anéfis (Tessalit, Kidal). No losses were reported.")
    assert shot.side1 == [UAG], shot.side1
    told = _first_event(default_analyzer, "Le 6 mai 2024, cinq bergers ont été abattus par des éléments en "
                                          "uniforme à Diafarabé (Ténenkou, Mopti), selon des habitants.")
    assert UAG not in told.side1, told.side1


def test_a_doer_named_in_another_sentence_keeps_the_deed(default_analyzer):
    text = ("On 6 May 2024, three traders were killed on the road to Hombori (Douentza, Mopti). "
            "Local sources blamed IS Sahel militants for the killings.")
    event = _first_event(default_analyzer, text)
    assert event.side1 == ["islamic-state-sahel"], event.side1


def test_a_qualified_branch_is_one_party(default_analyzer):
    text = "On 6 May 2024, al-Qaeda-linked JNIM fighters ambushed a FAMa convoy near Diafarabé (Ténenkou, Mopti)."
    event = _first_event(default_analyzer, text)
    assert "jnim" in event.side1 and "al-qaeda" not in event.side1 + event.side2, (event.side1, event.side2)


@pytest.mark.parametrize("text, first, second", [
    ("On 6 May 2024, Peul herders and Bambara farmers fought over a rice field near Macina (Macina, Ségou), "
     "leaving two dead.", "fulani-militia-mali", "dozo-militia"),
    ("Le 6 mai 2024, des affrontements entre pêcheurs bozos et éleveurs peuls ont fait deux morts à Youwarou "
     "(Youwarou, Mopti).",
     "bozo-militia-mali", "fulani-militia-mali"),
])
def test_two_fighting_communities_are_their_ethnic_militias(default_analyzer, text, first, second):
    event = _first_event(default_analyzer, text)
    assert event.event_type == "Battles" and event.side1 == [first] and second in event.side2, \
        (event.event_type, event.side1, event.side2)


def test_hunters_killing_herders_stays_an_attack_on_civilians(default_analyzer):
    text = "On 6 May 2024, Dozo hunters killed three Fulani herders near Ké-Macina (Macina, Ségou)."
    event = _first_event(default_analyzer, text)
    assert event.event_type == "Violence against civilians" and event.side1 == ["dozo-militia"], \
        (event.event_type, event.side1)


def test_the_acled_parent_of_a_unit_comes_from_the_base(default_analyzer):
    base = default_analyzer.knowledge.actors
    assert base.acled_parent("katiba-macina") == "jnim"
    assert base.acled_parent("ansar-dine") == "jnim"
    # a coalition, a global parent and a state are no one's unit
    assert base.acled_parent("jnim") is None and base.acled_parent("al-qaeda") is None
    assert base.acled_parent("malian-armed-forces") is None


def test_the_export_codes_a_katiba_under_its_coalition_and_names_it_beside():
    event = Event(event_id="e1", event_type="Battles", sub_event_type="Armed clash", actor1="katiba-macina",
                  actor2="malian-armed-forces", country="Mali")
    row = acled_row(event, ActorNames(None))
    assert row["actor1"] == "JNIM" and row["assoc_actor_1"] == "Katiba Macina", (row["actor1"], row["assoc_actor_1"])
    assert row["inter1"] == 2
    assert event.actor1 == "katiba-macina"  # the event keeps the unit the reports named
