"""A restrictive practice an armed group imposes (a blockade, a siege without a fight told, roads cut off, traffic
forbidden, a curfew, a ban, a levy) is ACLED's "Change to group/activity"; the same measure ordered by the state stays
"Other", and violence told with the practice is coded as the violence (``events/codebook_restrictions.py``; notes
written for this test, English and French).  Before: every one of the group's practices read as "Other"."""

from __future__ import annotations

import datetime as dt

import pytest

STRATEGIC = "Strategic developments"
CHANGE = "Change to group/activity"


@pytest.mark.parametrize("text, language", [
    ("On 14 January 2025, ISSP fighters cut off the roads leading to Tessit (Ansongo, Gao) and let no vehicle through.",
     "en"),
    ("On 2 April 2025, suspected JNIM militants began besieging the village of Sokolo (Niono, Segou), stopping "
     "residents from going to their fields.", "en"),
    ("Around 9 March 2025, militants of Katiba Macina laid siege to Dioura (Tenenkou, Mopti).", "en"),
    ("On 20 May 2025, JNIM militants forbade trucks and buses from travelling on the Segou-Niono road.", "en"),
    ("On 11 June 2025, JNIM militants imposed a curfew from 6 pm on the villages around Macina (Macina, Segou).", "en"),
    ("Le 7 février 2025, des combattants du JNIM ont imposé un blocus à Ansongo (Ansongo, Gao), empêchant les "
     "commerçants d'y entrer.", "fr"),
    ("Le 3 avril 2025, des djihadistes de l'EIGS assiègent le village d'Inekar (Menaka, Menaka).", "fr"),
    ("Le 18 mai 2025, des éléments du JNIM interdisent la circulation des camions sur l'axe Kayes-Nioro (Nioro, Kayes).",
     "fr"),
])
def test_a_groups_restrictive_practice_is_its_change_of_activity(first_event, text, language):
    event = first_event(text, published=dt.date(2025, 7, 1), language=language)
    assert (event.event_type, event.sub_event_type) == (STRATEGIC, CHANGE)
    assert not event.fatalities  # a practice, no violence: no dead


@pytest.mark.parametrize("text, language", [
    ("On 4 March 2025, the governor of Timbuktu (Timbuktu, Timbuktu) imposed a curfew on the town for two weeks.", "en"),
    ("On 9 April 2025, the authorities banned the movement of motorcycles in Douentza (Douentza, Mopti).", "en"),
    ("Le 12 mai 2025, les autorités ont interdit la circulation des motos à Bourem (Bourem, Gao).", "fr"),
])
def test_the_states_measure_stays_other(first_event, text, language):
    event = first_event(text, published=dt.date(2025, 7, 1), language=language)
    assert (event.event_type, event.sub_event_type) == (STRATEGIC, "Other")


def test_violence_told_with_the_blockade_is_the_violence(first_event):
    event = first_event("On 8 June 2025, JNIM militants blockading Boulkessi (Douentza, Mopti) shot dead two herders "
                        "who tried to bring their animals to the market.", published=dt.date(2025, 7, 1))
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_coders_heading_stands(first_event):
    event = first_event("Other: On 1 May 2025, JNIM militants banned music and weddings in Dogofry (Niono, Segou).",
                        published=dt.date(2025, 7, 1))
    assert event.sub_event_type == "Other"
