"""Deaths told by the way the victims died (beaten, stoned, burned, lynched) are tolls, and a speaker
named without a comma after it ("according to local sources at least 15 people died") is not read
as swallowing the toll that follows."""
import pytest

from sitrep.analyse.fatalities import find_fatalities


@pytest.mark.parametrize("text, low", [
    ("A mob beat to death a man accused of stealing cattle.", 1),
    ("Three herders were beaten to death near the well.", 3),
    ("Militiamen burned alive two women in their hut.", 2),
    ("Residents lynched two suspected thieves at the market.", 2),
    ("A suspected robber was lynched by the crowd.", 1),
    ("Two traders were stoned to death.", 2),
    ("According to local sources at least 15 people died in the fighting, most of them assailants.", 15),
    ("According to health workers nine people were killed, including four children.", 9),
    ("According to a village elder, nineteen herders were killed.", 19),
])
def test_killings_are_counted(text, low):
    killed, _ = find_fatalities(text)
    assert killed is not None and killed.low == low


@pytest.mark.parametrize("text", [
    "Police beat protesters with batons.",
    "Two men were beaten by soldiers at a checkpoint.",
    "According to residents of 12 villages, the gunmen stole cattle.",
    "The army arrested five suspects.",
])
def test_beatings_and_arrests_are_not_deaths(text):
    killed, _ = find_fatalities(text)
    assert killed is None or not killed.low


def test_french_speaker_without_comma_keeps_its_toll():
    killed, _ = find_fatalities("Selon des sources locales au moins sept civils ont été tués, dont deux enfants.", "fr")
    assert killed is not None and killed.low == 7
