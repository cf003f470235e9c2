"""A toll given against the earlier one it names in its own sentence (« Dix-neuf civils ont été tués …, contre neuf
annoncés initialement », "up from 12 reported earlier") is the current toll: its first telling's words are the earlier
figure's, so the figure is not outdated, the earlier one is named, and the story's toll is a new total."""

from __future__ import annotations

from sitrep.analyse.new_totals import tells_new_total
from sitrep.fuse.revisions import earlier_tolls_named, gives_an_outdated_figure

AGAINST = "Vingt-deux villageois ont été tués, a précisé le maire, contre douze annoncés initialement."


def test_a_toll_set_against_an_earlier_one_is_not_outdated():
    assert not gives_an_outdated_figure(AGAINST)
    assert gives_an_outdated_figure("Un premier bilan faisait état de sept morts.")


def test_the_figure_it_is_set_against_is_an_earlier_toll_named():
    assert earlier_tolls_named(f"Le bilan a été revu à la hausse. {AGAINST}") == [12]


def test_such_a_toll_is_a_new_total_in_both_languages():
    assert tells_new_total(AGAINST, "fr")
    assert tells_new_total("Twenty-two villagers were killed, up from 12 reported earlier.", "en")
    assert not tells_new_total("Twenty-two villagers were killed on Monday.", "en")
