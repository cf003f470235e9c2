"""Fusion's reading of a roundup's sentences and of one side's counts, pieces written here: a sentence that opens on
another town (« Quelques heures plus tard, à Niono, … ») tells that town's incident, whose figures a count dispute does
not read; a count of one side's dead (« neuf morts parmi les soldats », « trois martyrs dans ses rangs ») sets no lower
bound below another report's toll summed over both sides."""

from __future__ import annotations

from sitrep.fuse.consensus import consensus_fatalities
from sitrep.fuse.one_side_tolls import one_side, whole_tolls
from sitrep.fuse.other_town import opens_on_another_town
from sitrep.model import Fatalities


def test_a_sentence_opening_on_another_town():
    towns = {"lere"}
    assert opens_on_another_town("Quelques heures plus tard, à Niono, des hommes armés ont tué deux civils.", towns)
    assert opens_on_another_town("À Niono, deux civils ont été tués.", towns)
    assert not opens_on_another_town("À Léré, 12 soldats ont été tués.", towns)  # the event's own town, accents aside
    assert not opens_on_another_town("Au Mali, des hommes armés ont tué deux civils.", towns)  # a country takes « au »
    assert not opens_on_another_town("Des hommes armés ont tué deux civils à Niono.", towns)  # not opening on it
    assert opens_on_another_town("Later, in the town of Gao, two civilians were killed.", towns)
    assert not opens_on_another_town("In Mali, two civilians were killed.", towns)


def _f(low, high, phrase):
    return Fatalities(low=low, high=high, phrase=phrase, kind="killed")


def test_one_side_counts_under_a_sum_set_no_floor():
    summed = _f(25, 25, "cinq soldats tombés; une vingtaine de terroristes ont été neutralisés")
    soldiers = _f(9, None, "au moins neuf morts")
    bodies = _f(15, None, "Au moins quinze corps")
    told = [(summed, "…", "fr"),
            (soldiers, "il y a eu au moins neuf morts parmi les soldats, et plusieurs blessés", "fr"),
            (bodies, "Au moins quinze corps ont été enterrés dans les environs.", "fr")]
    kept = whole_tolls(told)
    assert soldiers not in kept and summed in kept and bodies in kept
    assert consensus_fatalities(kept)[0] == 15


def test_without_a_sum_every_figure_stays():
    soldiers = _f(9, None, "au moins neuf morts")
    told = [(soldiers, "au moins neuf morts parmi les soldats", "fr"), (_f(5, 5, "cinq militaires tués"), "", "fr")]
    assert whole_tolls(told) == [f for f, _, _ in told]


def test_which_counts_are_one_sides():
    assert one_side(_f(3, 3, "trois martyrs"), "Le FLA déplore trois martyrs dans ses rangs.", "fr")
    assert not one_side(_f(30, None, "une trentaine de civils"), "une trentaine de civils tués", "fr")
    assert one_side(_f(7, 7, "seven soldiers"), "seven soldiers were killed", "en")
