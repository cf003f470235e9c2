"""What the pipeline must not take away from a short news report the classifier reads right: a strike or shelling
whose doer is named only by its weapon (aircraft, drones, barrel bombs, artillery) is an armed party's; a one-sided
killing told by its manner ("hacked to death", "shot dead", "gunned down") of a person of any trade is violence
against civilians, and police said to investigate or suspect it are no side of it, nor does their inquiry told after
a semicolon make the deed an inquiry's matter; a coder's note's takeover "after the army withdrew" stays a
non-violent transfer (ACLED's convention, which the held CASE snippets keep too).  Snippets written for these tests."""

from __future__ import annotations

import pytest

from .conftest import first_coding as _first


@pytest.mark.parametrize("text,expected", [
    # killed by its manner, a civilian of any trade, with police named only as investigating or suspecting
    ("Unknown attackers hacked a tea seller to death in Sukma district; police suspect rebel involvement.",
     ("Violence against civilians", "Attack")),
    ("Gunmen riding a scooter shot dead a midwife in the Kurram tribal district on Friday.",
     ("Violence against civilians", "Attack")),
    ("Gunmen on a motorbike gunned down a school principal outside his office in Peshawar on Monday.",
     ("Violence against civilians", "Attack")),
    ("Armed men beat a shopkeeper to death in his store in Beni territory; police have opened an inquiry.",
     ("Violence against civilians", "Attack")),
])
def test_killed_by_manner_is_an_attack_on_a_civilian(analyzer, text, expected):
    assert _first(analyzer, text) == expected


def test_a_notes_takeover_after_the_holder_left_stays_non_violent(analyzer):
    got = _first(analyzer, "On 17 August 2024, JNIM militants took control of the town of Boni (Douentza, Mopti) "
                           "after the army withdrew.")
    assert got == ("Strategic developments", "Non-violent transfer of territory")


@pytest.mark.parametrize("text", [
    "Warplanes bombed a fuel depot on the edge of Ariha overnight, killing two guards, a monitor said.",
    "Barrel bombs hit a bakery queue in the town of Atarib, wounding eleven people, medics said.",
])
def test_a_strike_named_by_its_weapon_is_kept(analyzer, text):
    got = _first(analyzer, text)
    assert got is not None and got[0] == "Explosions/Remote violence"


def test_a_soldiers_killed_by_manner_stay_a_fight(analyzer):
    got = _first(analyzer, "Militants shot dead two soldiers at a checkpoint near Miranshah on Tuesday.")
    assert got is not None and got[1] != "Attack"
