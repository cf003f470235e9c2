"""A group that claims the attack a relay tells is its author, whatever the parse made of the attacked it names
(« le JNIM a revendiqué l'embuscade tendue lundi contre un convoi de l'armée malienne »), and a parent named only as
what the group belongs to (« lié à Al-Qaïda ») is never a party nor "the group" a later sentence speaks of.
Sentences written here, in AFP's relay register; the negatives keep the state's own claims and attacks on civilians
as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.args import named_as_parent

_DAY = dt.date(2026, 12, 12)


@pytest.mark.parametrize("lead", [
    "Le Groupe de soutien à l'islam et aux musulmans (JNIM), lié à Al-Qaïda, a revendiqué l'attaque menée jeudi "
    "contre le camp de l'armée malienne à Dioura, selon un message relayé par SITE.",
    "Le JNIM a revendiqué l'embuscade tendue lundi contre un convoi de l'armée malienne près de Diabaly, "
    "affirmant avoir tué quinze soldats.",
    "L'État islamique au Sahel a revendiqué l'assaut lancé dimanche contre la position de l'armée nigérienne à "
    "Mangaïzé, selon l'agence Amaq.",
])
def test_the_claimer_is_side_one_and_the_army_it_attacked_side_two(first_event, lead):
    event = first_event(f"Mali : une attaque revendiquée\n\nBamako, 12 décembre 2026 (AFP) - {lead}",
                        published=_DAY, language="fr")
    assert event.side1[:1] and event.side1[0] in ("jnim", "islamic-state-sahel"), (event.side1, event.side2)
    assert not any(a.endswith("-armed-forces") for a in event.side1), event.side1
    assert any(a.endswith("-armed-forces") for a in event.side2), event.side2
    assert "al-qaeda" not in event.side1 + event.side2


def test_the_group_a_later_sentence_names_is_the_claimer_not_its_parent(default_analyzer, make_doc):
    text = ("Mali : le JNIM revendique l'attaque de Dioura\n\nBamako, 12 décembre 2026 (AFP) - Le Groupe de soutien à "
            "l'islam et aux musulmans (JNIM, GSIM en arabe), lié à Al-Qaïda, a revendiqué l'attaque menée jeudi contre "
            "le camp de l'armée malienne à Dioura.\n\nDans ce message, le groupe affirme avoir tué « plus de quarante "
            "soldats ». L'armée a pour sa part annoncé jeudi soir la mort de quatre militaires et affirmé avoir "
            "repoussé l'attaque.")
    events = default_analyzer.analyse(make_doc(text, published=_DAY, language="fr")).events
    parties = {a for e in events for a in e.side1 + e.side2}
    assert "jnim" in parties and "al-qaeda" not in parties, [(e.side1, e.side2) for e in events]


@pytest.mark.parametrize("text, parent, parent_of_one", [
    ("Le Groupe de soutien à l'islam et aux musulmans (JNIM, GSIM en arabe), lié à Al-Qaïda, a revendiqué", "Al-Qa",
     True),
    ("fighters of JNIM, affiliated with al-Qaeda, attacked the post", "al-Qa", True),
    ("Al-Qaïda et l'État islamique se disputent le Sahel", "Al-Qa", False),   # named first, no tie
    ("des groupes liés à Al-Qaïda sévissent depuis 2012", "Al-Qa", False),   # tied to no group named just before
])
def test_a_parent_is_named_as_what_a_group_named_just_before_belongs_to(text, parent, parent_of_one):
    group_ends = [i + len(w) for w in ("JNIM", "musulmans") if (i := text.find(w)) >= 0]
    assert named_as_parent(text, text.index(parent), group_ends) is parent_of_one
