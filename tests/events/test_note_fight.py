"""A note's fight told weakly beside its spoils told strongly is the note's event (``events/note_fight.py``), and
"clashing with" tells a fight (``fight_words``).

Sentences written for these tests, in English and French, each beside its contrast with no fight: before the
mechanism the fight notes came out as the abduction, the attack on the people taken or the arrest."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.events.classifier import Scored
from sitrep.analyse.events.fight_words import fight_told
from sitrep.analyse.events.note_fight import _fight_of_the_day

from .conftest import first_coding

DAY = dt.date(2023, 6, 22)


def _coded(analyzer, text: str) -> tuple[str, str] | None:
    """The note's event as the notes eval reads it (the most confident mention), each note read in its language."""
    return first_coding(analyzer, text, "fr" if text.startswith("Le ") else "en", DAY)


CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("text, want", [
    # the fight told in a few words of its own sentence, the abduction in strong ones: the battle
    ("Le 22 juin 2023, des hommes armés ont enlevé cinq passagers d'un car près de Dori (Dori, Seno). "
     "L'escorte a riposté.", CLASH),
    # the fight in a clause of the abduction's sentence
    ("On 20 April 2023, JNIM militants abducted eleven truck drivers near Sebba (Sebba, Yagha) after clashing with the "
     "VDP escort of their convoy.", CLASH),
    ("Le 22 juin 2023, des hommes armés ont enlevé cinq passagers d'un car près de Dori (Dori, Seno) après des échanges "
     "de tirs avec l'escorte.", CLASH),
    # the fight named by its noun in a sentence of its own, or in a clause of the abduction's
    ("On 9 June 2023, suspected militants abducted three traders near Titao (Titao, Loroum). Two VDP were wounded in "
     "the clash.", CLASH),
    ("Le 9 juin 2023, des individus armés ont enlevé quatre femmes près de Titao (Titao, Loroum), lors d'affrontements "
     "avec les VDP.", CLASH),
    # prisoners taken after fire was exchanged are the fight's
    ("On 22 June 2023, gendarmes arrested four suspects near Dori (Dori, Seno) after an exchange of fire.", CLASH),
    # the same takings with no fight keep their own type
    ("On 21 April 2023, JNIM militants stopped a convoy of trucks near Sebba (Sebba, Yagha) and abducted eleven drivers. "
     "The convoy had no escort.", ("Violence against civilians", "Abduction/forced disappearance")),
    ("Le 11 mai 2024, des hommes armés non identifiés ont enlevé un commerçant à son domicile à Torodi (Torodi, "
     "Tillabéri).", ("Violence against civilians", "Abduction/forced disappearance")),
    ("On 22 June 2023, gendarmes arrested four suspects near Dori (Dori, Seno) during a search operation.",
     ("Strategic developments", "Arrests")),
    ("On 14 April 2023, FAMa defused an IED planted on the road between Douentza and Hombori, near Douentza "
     "(Douentza, Douentza). No casualties were reported.", ("Strategic developments", "Disrupted weapons use")),
])
def test_a_fight_in_any_sentence_makes_the_note_a_battle_over_its_spoils(analyzer, text, want):
    assert _coded(analyzer, text) == want, text


def test_clashing_with_tells_a_fight_and_a_recalled_fight_is_not_the_days():
    assert fight_told("abducted eleven drivers after clashing with the VDP escort", two_sided=True)
    assert not fight_told("abducted eleven drivers from a convoy with no escort", two_sided=True)
    none = Scored("NONE", 0.0, {"NONE": 0.0}, {}, {})
    assert _fight_of_the_day("The escort returned fire.", none)
    assert not _fight_of_the_day("The escort had returned fire three days earlier.", none)
    assert not _fight_of_the_day("No clash was reported.", none)
    assert not _fight_of_the_day("Militants abducted three traders.", none)
    # the classifier reading a clash first, with no fight word, is the fight the note tells
    clash = Scored("ARMED_CLASH", -0.39, {"ARMED_CLASH": -0.39, "NONE": -0.5}, {}, {})
    assert _fight_of_the_day("Two VDP were wounded near the village.", clash)
    assert not _fight_of_the_day("Two VDP were wounded near the village.", none)
