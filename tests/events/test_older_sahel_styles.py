"""The older Sahel note style (2018-2021 Burkina Faso, Niger and Mali) coded by ACLED's codebook: a fight between
communities told only by a quarrel's noun and its toll is an armed clash of communal militias; a quarrel between
kin that degenerated is mob violence; a deal that ended such a fight stays the deal; two peoples' youths who
"confronted each other" fight; "hunted down" people is an attack; locals from a named village who raid a camp are
its militia, not a mob; a kidnapping told before its ransomed release is the abduction.  Notes written for these
tests, in wordings of their own."""

from __future__ import annotations

import pytest

from .conftest import first_coding as _first


@pytest.mark.parametrize("text,expected", [
    ("On 14 August 2019, a conflict between herders and farmers over a trampled millet field near Tenkodogo "
     "(Boulgou) left 3 dead.", ("Battles", "Armed clash")),
    ("On 9 May 2020, an argument between herders and cultivators near Gaya (Dosso) ended with one herder dead and "
     "two farmers wounded.", ("Battles", "Armed clash")),
    ("A quarrel over a plot between two neighbouring families in Manni (Gnagna) degenerated on 2 April 2020; a man "
     "died of his wounds.", ("Riots", "Mob violence")),
    ("On 6 June 2021, the two villages signed a peace agreement ending the conflict between farmers and herders "
     "that left 10 dead near Kaya.", ("Strategic developments", "Agreement")),
    ("Near Tougan (Sourou), Samo youths and a Fulani group confronted each other on 1 March 2020; 5 people died.",
     ("Battles", "Armed clash")),
    ("On 12 January 2020, youths from Dablo hunted down Fulani herders in the nearby hamlets, leaving 3 dead.",
     ("Violence against civilians", "Attack")),
    ("Locals from Gorgadji (Seno) attacked a Fulani hamlet on 8 June 2020 and killed 2 men they accused of "
     "being informants.", ("Violence against civilians", "Attack")),
    ("Gunmen kidnapped two traders near Tera (Tillaberi) on 4 May 2021; they were freed after their families paid "
     "a ransom.", ("Violence against civilians", "Abduction/forced disappearance")),
])
def test_older_sahel_wordings_take_the_codebook_type(analyzer, text, expected):
    assert _first(analyzer, text) == expected
