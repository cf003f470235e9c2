"""Wire shapes, texts written here: an outlet's own earlier version ("An earlier version of this story said 41", « une
version précédente de cet article ») gives a withdrawn figure, not an account; the party a lead is told from goes on
with the other side's dead in the next paragraph ("..., it said"): the incident's toll adds them, also when the lead's
source is the side that denies it; residents described with an apposition naming a country are unnamed sources."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.fuse.revisions import gives_an_outdated_figure

from sitrep.model import Published

from .seeds import make_document


@pytest.mark.parametrize("sentence, outdated", [
    ("An earlier version of this story said 41 soldiers had been killed, citing the ministry.", True),
    ("A previous version of this article gave the toll as 41 dead.", True),
    ("Une version précédente de cet article indiquait que 41 soldats avaient été tués.", True),
    ("La première version de cette dépêche faisait état de 41 morts.", True),
    ("Gunmen killed 14 soldiers in an attack on an army post on Monday.", False),
])
def test_an_earlier_version_of_the_story_gives_a_withdrawn_figure(sentence, outdated):
    assert gives_an_outdated_figure(sentence) is outdated


def _tolls(analyzer, text: str, language: str = "en") -> list[int | None]:
    doc = make_document("d1", text, Published(date=dt.date(2030, 4, 11)), language=language)
    return [m.fatalities.low if m.fatalities else None for m in analyzer.analyse(doc).events]


def test_the_statement_s_other_side_told_next_adds_to_the_toll(default_analyzer):
    text = ("BAMAKO, April 11 (Xinhua) -- The Malian Armed Forces said on Thursday that they had repelled an attack on "
            "their camp in Tonka, in the Timbuktu region, on Wednesday, neutralizing about 20 assailants.\n\n"
            "In a statement, the general staff said that three soldiers were killed and five others wounded.")
    assert _tolls(default_analyzer, text) == [23]


def test_the_other_side_told_next_adds_to_a_denied_lead(default_analyzer):
    text = ("Bamako (AFP) - Mali's army said Thursday it had repelled an attack by separatist rebels on its camp in "
            "the northern town of Tonka, killing \"around 20 terrorists\", but the rebels denied taking part in any "
            "fighting there.\n\n"
            "The attack on Wednesday was carried out by the FLA, the army general staff said in a statement. "
            "Three soldiers were killed and five wounded, it said.")
    assert 23 in _tolls(default_analyzer, text)


def test_a_rival_teller_s_figure_told_next_is_not_added(default_analyzer):
    text = ("BAMAKO, April 11 (Xinhua) -- The Malian Armed Forces said on Thursday that they had repelled an attack on "
            "their camp in Tonka, in the Timbuktu region, on Wednesday, neutralizing about 20 assailants.\n\n"
            "The FLA said in a statement that 15 soldiers were killed.")
    assert 35 not in _tolls(default_analyzer, text)


def test_residents_with_an_apposition_naming_a_country_are_no_party(default_analyzer):
    text = ("Residents of Tamou, a village about 45km southwest of Say in Niger's Tillaberi region, say gunfire broke "
            "out at the army post at dawn this morning.")
    doc = make_document("d1", text, Published(date=dt.date(2030, 4, 1)))
    speakers = {c.speaker for c in default_analyzer.analyse(doc).claims}
    assert not any(s.startswith("civilians") for s in speakers), speakers
