"""French wire wordings, sentences written here: each side's dead told in a clause of its own without a label are
summed (and a clause naming both sides, or a side without dead, adds nothing); « tombés les armes à la main » are
dead; a claim relayed as « a revendiqué l'attaque menée … contre le camp militaire de X » is an armed clash's cue."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, low", [
    ("Selon l'armée, six soldats ont été tués et neuf blessés, tandis qu'une quinzaine d'assaillants ont été « neutralisés ».", 21),
    ("L'état-major fait état de six morts et de neuf blessés dans ses rangs, et affirme qu'« une quinzaine de terroristes » "
     "ont été neutralisés au cours des combats.", 21),
    ("L'armée avait fait état de trois morts et cinq blessés dans ses rangs et d'« une vingtaine de terroristes "
     "neutralisés », sans nommer le FLA.", 23),
    ("Les terroristes ont tué six soldats, tandis que deux civils ont été blessés.", 6),   # one clause names both sides
    ("Six civils ont été tués, tandis que les assaillants ont pris la fuite.", 6),   # no enemy dead
    ("Malheureusement, cinq VDP sont tombés les armes à la main.", 5),
    ("Le bilan est de trois (3) militaires tombés au champ d'honneur et de plusieurs terroristes neutralisés.", 3),   # no count
])
def test_each_sides_clause_toll_is_summed(text, low):
    killed = find_fatalities(text, "fr")[0]
    assert (killed.low if killed is not None else None) == low, killed


@pytest.mark.parametrize("text, cued", [
    ("Le JNIM a revendiqué l'attaque menée vendredi à l'aube contre le camp militaire de Diafarabé.", True),
    ("L'EI a revendiqué l'assaut lancé dimanche contre la position de l'armée à Mangaïzé.", True),
    ("Le groupe a revendiqué l'attaque menée dimanche contre le camp de déplacés de Barsalogho.", False),   # civilians
    ("Le JNIM a revendiqué l'attaque menée contre le marché de Djibo.", False),
])
def test_a_relayed_claim_of_an_attack_on_armed_men_cues_an_armed_clash(text, cued):
    from sitrep.analyse.events.classifier import _compile_cue, load_cues

    hits = [c for c in load_cues("fr") if c.label == "ARMED_CLASH" and _compile_cue(c.regex).search(text)]
    assert bool(hits) is cued, [c.regex[:60] for c in hits]


@pytest.mark.parametrize("text, low", [
    # the victims after an elided « d' » are counted; the « bilan … de » toll never reaches over the stated dead
    ("Le bilan fait état d'un militaire tué et de deux blessés côté ami, et de six présumés terroristes neutralisés.", 7),
    ("Un élu local contacté par la radio fait état d'un soldat tué.", 1),
    ("Le bilan fait état d'un militaire tué et de deux blessés.", 1),
    ("Le bilan est de deux morts et de trois blessés.", 2),
])
def test_a_toll_after_an_elision_is_counted_and_never_the_wounded(text, low):
    killed = find_fatalities(text, "fr")[0]
    assert killed is not None and killed.low == low, killed


def test_a_one_side_toll_matching_one_part_of_a_sum_is_no_dispute():
    from sitrep.fuse.disputes import _one_side_agrees
    from sitrep.model import Fatalities

    whole = Fatalities(low=7, high=7, phrase="un militaire tué; six présumés terroristes neutralisés", kind="killed")
    assert _one_side_agrees(whole, Fatalities(low=1, high=1, phrase="un soldat tué", kind="killed"))
    # another count of the soldiers, or a count of other people, still disagrees
    assert not _one_side_agrees(whole, Fatalities(low=4, high=4, phrase="quatre soldats tués", kind="killed"))
    assert not _one_side_agrees(whole, Fatalities(low=1, high=1, phrase="un civil tué", kind="killed"))
