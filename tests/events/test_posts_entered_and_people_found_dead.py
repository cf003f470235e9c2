"""A post entered after its holders left, with no fight told, changes hands without violence ("moved into the
army camp of X after the soldiers left; no fighting was reported"); a post named by its army and its place
(« le poste FAMa de X (Commune, Cercle) ») is placed at X, not at the bracket's commune; one person found dead,
however the note describes him ("a tailor", "a well-known Ansongo (Ansongo, Gao) tailor"), is one killed and an
attack on him.  Written for these tests; run with the CLI's default knowledge (the shipped Sahel places)."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import make_document

DAY = dt.date(2025, 8, 20)


def _events(default_analyzer, text, language="en"):
    return default_analyzer.analyse(make_document(text, DAY, language=language))


def test_a_post_moved_into_after_its_holders_left_is_a_transfer_by_the_movers(default_analyzer):
    a = _events(default_analyzer, "On 18 August 2025, JNIM fighters moved into the army camp of Boni (Douentza, Mopti) "
                                  "after the soldiers left the day before; no fighting was reported.")
    lead = a.events[0]
    assert lead.sub_event_type == "Non-violent transfer of territory", [(e.sub_event_type, e.side1) for e in a.events]
    assert lead.side1 == ["jnim"]


@pytest.mark.parametrize("text,language", [
    ("Le 18 août 2025, des hommes armés ont attaqué le poste FAMa de Tarkint (Bourem, Gao), blessant trois militaires.", "fr"),
    ("On 18 August 2025, gunmen attacked the FAMa post of Tarkint (Bourem, Gao), wounding three soldiers.", "en"),
])
def test_a_post_named_by_its_army_and_its_place_is_placed_at_that_place(default_analyzer, text, language):
    a = _events(default_analyzer, text, language)
    assert a.events and a.events[0].place is not None and a.events[0].place.surface == "Tarkint", \
        [(p.surface, p.confidence) for p in a.places]


@pytest.mark.parametrize("victim", ["tailor", "well-known Ansongo (Ansongo, Gao) tailor"])
def test_one_person_found_dead_is_one_killed_in_an_attack(default_analyzer, victim):
    a = _events(default_analyzer, f"On 18 August 2025, a {victim} was found dead in his shop near Ansongo with gunshot wounds.")
    lead = a.events[0]
    assert lead.sub_event_type == "Attack", [(e.sub_event_type, e.fatalities) for e in a.events]
    assert lead.fatalities is not None and lead.fatalities.low == 1


@pytest.mark.parametrize("text,language", [
    ("A jeweller was found dead in his workshop near Ansongo.", "en"),
    ("A well-known Ansongo (Ansongo, Gao) pharmacist was found dead in his shop.", "en"),
    ("Un bijoutier a été retrouvé mort dans son atelier près d'Ansongo.", "fr"),
])
def test_one_person_found_dead_counts_one(text, language):
    from sitrep.analyse.fatalities import find_fatalities

    killed = find_fatalities(text, language)[0]
    assert killed is not None and killed.low == killed.high == 1, killed
