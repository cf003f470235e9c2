"""Armed men who destroy or carry off things and hurt no one: ACLED's looting/property destruction (a strategic
development), not an attack on civilians nor a town taken.  Three shapes the rules missed: the denial of harm told in
the NEXT sentence ("… burned the ballot boxes. No one was hurt.", « Il n'y a pas eu de blessé. »), armed doers whom the
model read as a crowd, and a raid whose loot is an office's or a poll's things ("seized the voting material", « ont
emporté le matériel électoral »).  A crowd's burning in a protest stays its riot; people hurt keep the attack; a town
whose control is taken stays territory.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.codebook_deeds import property_harm_denied
from sitrep.analyse.events.goods import GOODS

from .conftest import first_coding

LOOTING = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("text, language", [
    ("On 29 July 2018, during the presidential election, unidentified armed men stormed the polling station of Lerneb "
     "(Goundam, Timbuktu), chased away the election officials and burned the ballot boxes. No one was hurt.", "en"),
    ("Gunmen set fire to the town hall of Dioura, causing no casualties.", "en"),
    ("Le 29 juillet 2018, des hommes armés ont fait irruption dans le bureau de vote de Lerneb, ont chassé les agents "
     "électoraux et ont brûlé les urnes et le matériel électoral. Il n'y a pas eu de blessé.", "fr"),
    ("Des hommes armés ont incendié la mairie de Dioura. Il n'y a pas eu de victime.", "fr"),
])
def test_property_destroyed_with_harm_denied_is_looting(default_analyzer, text, language):
    assert first_coding(default_analyzer, text, language) == LOOTING


@pytest.mark.parametrize("text, language", [
    ("On 18 June 2023, JNIM militants entered Mondoro (Douentza, Mopti), seized the voting material and forbade the "
     "residents to vote.", "en"),
    ("JNIM militants seized the ballot boxes and the registers in Mondoro.", "en"),
    ("Des jihadistes sont entrés à Mondoro et ont emporté le matériel électoral.", "fr"),
])
def test_a_raid_that_takes_only_things_holds_no_ground(default_analyzer, text, language):
    assert first_coding(default_analyzer, text, language) == LOOTING


@pytest.mark.parametrize("text, language, expected", [
    ("Youths burned tyres and the town hall in Kayes to protest the arrest of an imam. No one was hurt.", "en",
     ("Riots", "Violent demonstration")),
    ("Des jeunes en colère ont incendié la mairie de Kayes pour protester contre l'arrestation d'un imam. Il n'y a pas "
     "eu de blessé.", "fr", ("Riots", "Violent demonstration")),
    ("Militants stormed the village of Mondoro, burned the granaries and shot dead two herders.", "en",
     ("Violence against civilians", "Attack")),
    ("Militants entered Mondoro, killed a herder and seized his cattle.", "en", ("Violence against civilians", "Attack")),
    ("JNIM militants entered Boni and took control of the town.", "en", ("Battles", "Non-state actor overtakes territory")),
])
def test_riots_harm_and_towns_taken_keep_their_coding(default_analyzer, text, language, expected):
    assert first_coding(default_analyzer, text, language) == expected


def test_the_denial_may_follow_the_deed_but_harm_told_after_it_counts():
    assert property_harm_denied("Armed men burned the ballot boxes.", "No one was hurt.")
    assert property_harm_denied("Des hommes armés ont brûlé les urnes.", "Il n'y a pas eu de blessé.")
    assert property_harm_denied("Des hommes armés ont brûlé les urnes, sans faire de victimes.")
    # (told after the deed, "no casualties reported" says no toll was given, not that nobody was hurt)
    assert not property_harm_denied("Militants attacked and burned a fuel tanker.", "No casualties reported.")
    assert not property_harm_denied("Armed men burned the ballot boxes.", "No one was hurt, but two guards were abducted.")
    assert not property_harm_denied("Armed men burned the ballot boxes.", "The polling station's guard was killed.")
    assert not property_harm_denied("Armed men burned the ballot boxes.", "")


def test_an_office_or_a_poll_s_things_are_goods():
    assert {"material", "ballot", "urns", "documents", "matériel", "urnes"} <= GOODS and "village" not in GOODS
