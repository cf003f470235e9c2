"""Deaths told by how they came ("stabbed to death", "burnt alive", "bled to death", "fatally wounded",
« mortellement blessé »), one victim told by "one", a death told by its rank after a toll ("a fourth later bled to
death"), and the wordings that tell no death ("narrowly escaped death", "death threats").  Sentences written here."""

from __future__ import annotations

import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text,lang,low", [
    ("One miner was stabbed to death and several others were robbed.", "en", 1),
    ("Gunmen drove off the cattle, shooting dead one who resisted.", "en", 1),
    ("A fisherman was burnt alive in his hut.", "en", 1),
    ("A gendarme bled to death before he could be evacuated.", "en", 1),
    ("Two guards were fatally wounded in the exchange.", "en", 2),
    ("The driver was fatally shot at the checkpoint.", "en", 1),
    ("Five herders were found lifeless near the well.", "en", 5),
    ("Trois éleveurs ont été mortellement blessés.", "fr", 3),
    ("Le chauffeur a été mortellement blessé et deux passagers ont été blessés.", "fr", 1),
])
def test_a_death_told_by_how_it_came(text, lang, low):
    killed, _ = find_fatalities(text, lang)
    assert killed is not None and killed.low == low, killed


def test_a_fatal_wound_is_no_wound():
    killed, injured = find_fatalities("Two guards were fatally wounded and three others were injured.", "en")
    assert killed.low == 2 and injured is not None and injured.low == 3


@pytest.mark.parametrize("text,lang,low", [
    ("Three guests were killed instantly and a fourth later bled to death at the clinic.", "en", 4),
    ("Two soldiers were killed; a third soldier later died.", "en", 3),
    ("Trois civils ont été tués et un quatrième a succombé à ses blessures.", "fr", 4),
])
def test_a_death_told_by_its_rank_counts_to_the_rank(text, lang, low):
    killed, _ = find_fatalities(text, lang)
    assert killed is not None and killed.low == low, killed


def test_a_rank_told_wounded_adds_no_death():
    killed, _ = find_fatalities("Three guests were killed and a fourth was wounded.", "en")
    assert killed.low == 3


@pytest.mark.parametrize("text,lang", [
    ("A teacher narrowly escaped death when a bullet grazed his head.", "en"),
    ("The gunmen issued death threats against anyone cooperating with the army.", "en"),
    ("Four passengers were wounded, one of them seriously.", "en"),
    ("Deux enseignants ont échappé de justesse à la mort.", "fr"),
    ("Les assaillants ont proféré des menaces de mort contre le directeur.", "fr"),
])
def test_wordings_that_tell_no_death(text, lang):
    assert find_fatalities(text, lang)[0] is None


@pytest.mark.parametrize("text,lang,low", [
    ("Four traders kidnapped a week earlier on the Djibo road were found lifeless near Arbinda.", "en", 4),
    ("Cinq bergers enlevés mardi près du marché de Tessit ont été retrouvés sans vie.", "fr", 5),
])
def test_people_found_dead_after_a_long_description(text, lang, low):
    killed, _ = find_fatalities(text, lang)
    assert killed is not None and killed.low == low, killed


def test_people_found_alive_are_no_dead():
    assert find_fatalities("Two herders abducted on Monday near the market were found alive.", "en")[0] is None
