"""Event types on the boundary of riots, battles and developments, in wordings of these tests' own: a fight told as
breaking out on a day "between" partisans, two groups of a trade fighting each other, a crowd's mood parsed as the
sentence's root, fans brawling over a match, a road hold-up with nobody taken or hurt, shots fired at nobody; and the
readings that must not move (communities at arms, the army against militants, people carried off from a bus, shots
that were an assault's noise)."""

from __future__ import annotations

import pytest

from .conftest import first_coding as _first


MOB = ("Riots", "Mob violence")


@pytest.mark.parametrize("text,expected", [
    ("Clashes broke out on 3 May 2021 between supporters of two parties in Dori (Seno); several shops were looted and "
     "six people were hurt.", MOB),
    ("Two groups of gold panners fought over a shaft near Kampti (Poni) on 9 June 2022; one panner was killed.", MOB),
    ("Fans of two rival clubs clashed after a match in Bobo-Dioulasso (Houet) on 2 April 2023, hurling stones at "
     "each other; 8 people were hurt.", MOB),
    ("On 5 July 2022, traders in Kaya (Sanmatenga) angry at the closure of the market set fire to the town hall.",
     ("Riots", "Violent demonstration")),
    ("Bandits stopped two trucks near Fada N'Gourma (Gourma) on 3 March 2022 and robbed the drivers of their cash. "
     "No one was hurt.", ("Strategic developments", "Looting/property destruction")),
    ("On 8 August 2022, soldiers fired into the air at the Kati camp (Koulikoro) in a dispute over their pay; no one "
     "was hurt.", ("Strategic developments", "Other")),
])
def test_brawls_hold_ups_and_shots_at_nobody_take_the_codebook_type(analyzer, text, expected):
    assert _first(analyzer, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Fighting broke out on 4 May 2022 between FAMa soldiers and JNIM militants near Boni (Douentza); five militants "
     "were killed.", ("Battles", "Armed clash")),
    ("On 14 August 2019, a conflict between herders and farmers over a trampled millet field near Tenkodogo "
     "(Boulgou) left 3 dead.", ("Battles", "Armed clash")),
    ("Gunmen stopped a bus near Sebba (Yagha) on 3 March 2022 and abducted five passengers.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Gunfire was heard in Boni on 3 May 2022 as militants attacked the military camp.", ("Battles", "Armed clash")),
    ("Bandits stopped a truck near Fada N'Gourma (Gourma) on 3 March 2022, beat the driver and robbed him of his cash.",
     ("Violence against civilians", "Attack")),
    ("Soldiers fired into the air to disperse protesters in Kati (Koulikoro) on 3 May 2022.",
     ("Protests", "Protest with intervention")),
])
def test_fights_abductions_and_assaults_keep_their_type(analyzer, text, expected):
    assert _first(analyzer, text) == expected
