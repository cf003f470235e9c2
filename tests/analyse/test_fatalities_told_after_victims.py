"""Victims described between their count and the verb that kills them (their group, their village with its
bracket, a relative clause, another fate before the killing) are still the dead; what stands between may hold no
other count, toll or "and", so a second group never joins the first.  One enemy told with a long description, or
a named man in apposition, "neutralised", is one death."""
import pytest

from sitrep.analyse.fatalities import find_fatalities


def _killed(text: str, language: str = "en") -> int | None:
    killed, _ = find_fatalities(text, language)
    return killed.low if killed else None


@pytest.mark.parametrize("text, low", [
    ("Eleven gunmen of a local bandit group were neutralised by the gendarmerie near the border.", 11),
    ("Four pupils from the Koranic school of the village were killed when the shell landed.", 4),
    ("Two cart drivers of Sadia (Mopti, Mopti) lost their lives as armed men fired on the road.", 2),
    ("Five gold miners who had camped by the pits were shot dead at dawn.", 5),
    ("Three drivers were dragged from their trucks by the militants and executed.", 3),
    ("Two elders of the ward lost their lives when the mosque was hit.", 2),
    ("A Katiba logistician known for ferrying fuel to the camps was neutralised by the air force.", 1),
    ("Hama Barry, a militant said to run the fuel trade, was neutralised near the river.", 1),
])
def test_victims_told_with_words_before_their_verb(text, low):
    assert _killed(text) == low


@pytest.mark.parametrize("text, low", [
    ("Sept combattants d'une katiba terroriste ont été neutralisés par l'armée.", 7),
    ("Deux pêcheurs de Kona (Mopti, Mopti) ont perdu la vie lors de l'attaque.", 2),
    ("Quatre bergers qui gardaient leurs troupeaux ont été abattus par des hommes armés.", 4),
    ("Trois chauffeurs ont été enlevés sur la route par des hommes armés puis exécutés.", 3),
])
def test_french_victims_told_with_words_before_their_verb(text, low):
    assert _killed(text, "fr") == low


@pytest.mark.parametrize("text, low", [
    # an ordinal between is no count of its own
    ("Two soldiers of the 3rd battalion were killed near the bridge.", 2),
    # the victims' own "lost their lives" counts them, not the attackers told after it
    ("Three traders of the market lost their lives when gunmen opened fire.", 3),
    # a side's own dead stay counted
    ("The army lost 12 men in the ambush.", 12),
    # a share told inside the dead is no extra death
    ("Two soldiers, including a captain, were killed near the post.", 2),
])
def test_nothing_is_double_counted(text, low):
    assert _killed(text) == low


def test_the_wounded_of_a_group_are_no_dead():
    assert _killed("Four herders of the camp (Koro, Mopti) were wounded by gunfire.") is None
