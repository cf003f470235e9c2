"""A lead that counts the dead of two deeds told one by one ("in an attack ... on Saturday and a reprisal raid ... the
next day", « dans une attaque ... et un raid de représailles ... ») sums incidents, as "in two attacks" does; an army's
operational command named in its communiqués (Burkina Faso's COTN) speaks for the army.  Texts written here."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.analyse.summed_tolls import summed_over_incidents
from sitrep.model import Published

from .seeds import make_document


@pytest.mark.parametrize("text, language, summed", [
    ("Seventeen civilians were killed over the weekend in Diankabou, in an attack by suspected jihadists on Saturday "
     "and a reprisal raid by a militia the next day, local officials said.", "en", True),
    ("Dix-sept civils ont été tués ce week-end à Diankabou, dans une attaque de jihadistes samedi et un raid de "
     "représailles le lendemain.", "fr", True),
    # one deed, its other words joined by "and"
    ("Ten soldiers were killed in an attack on the army post and two civilians were wounded.", "en", False),
    ("Nine soldiers were killed in an ambush near Boni and the army launched a manhunt.", "en", False),
    ("Dix soldats ont été tués dans une attaque contre le poste et deux civils blessés.", "fr", False),
])
def test_two_deeds_told_one_by_one_sum_incidents(text, language, summed):
    assert summed_over_incidents(text, language) is summed


def test_the_operational_command_s_communique_is_the_army_s_claim(default_analyzer):
    text = ("Djibo, 17 mai 2030 (AIB) – Les FDS ont repoussé samedi une attaque terroriste contre le détachement de "
            "Titao.\n\nSelon un communiqué du Commandement des opérations du théâtre national (COTN), « plus de "
            "trente terroristes ont été neutralisés ».")
    doc = make_document("d1", text, Published(date=dt.date(2030, 5, 17)), language="fr")
    speakers = {c.speaker for c in default_analyzer.analyse(doc).claims}
    assert "burkina-faso-armed-forces" in speakers, speakers
