"""The codebook's more specific sub-type wins when its defining word is told in the trigger's own clause:
a suicide word makes an IED a suicide bomb; a crowd's violence makes a protest a violent demonstration even
when the police intervened; batons and truncheons on protesters are excessive force; power seized is a coup
(Strategic developments / Other), not territory; a strike or a bomb that is the subject of the killing is
the means ACLED codes, whoever it killed; protesters set on by another crowd, with no police or soldier named,
are a riot (excessive force is the state's)."""

from __future__ import annotations

import pytest

from .conftest import first_sub_type as _first


@pytest.mark.parametrize("text,expected", [
    ("Militants rammed a suicide vehicle-borne improvised explosive device into the gate of the base at Gao, "
     "killing six soldiers.", "Suicide bomb"),
    ("Militants detonated an improvised explosive device under a bus near Boni, killing six passengers.",
     "Remote explosive/landmine/IED"),
    ("Police fired tear gas at demonstrators who threw stones and set fire to tyres in Kayes.", "Violent demonstration"),
    ("Police beat students with batons as they marched against fee rises in Bamako.", "Excessive force against protesters"),
    ("On 5 March 2024, a drone strike by the Malian army killed 12 civilians at a market in Amasrakad (Gao, Gao).",
     "Air/drone strike"),
    ("Gunmen attacked the village of Yoro and killed 20 villagers; a mine also exploded on the road.", "Attack"),
    ("On 9 March 2018, residents marched to the town hall to protest against a land sale, but a rival group blocked "
     "them and fighting broke out; two people were wounded with machetes.", "Mob violence"),
    ("On 9 March 2018, police beat protesters with batons in Ouagadougou, wounding five.",
     "Excessive force against protesters"),
    ("Officers announced on state television that they had seized power and suspended the constitution in Niamey.",
     "Other"),
])
def test_the_more_specific_type_its_words_name(analyzer, text, expected):
    assert _first(analyzer, text) == expected, _first(analyzer, text)
