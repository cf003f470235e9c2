"""Strategic developments and their doers in Sahel notes, in English and French (short notes written for these tests):

- a country's servicemen and aircraft named by the adjective are its army ("Burkinabe drones", « militaires
  burkinabè »), and « EI Sahel » is the Islamic State's Sahel province;
- an arrest told of "the authorities" (« les autorités ont interpellé ») was made by the country's police, while
  a regime named as such ("the junta") stays the government;
- "picked up" a journalist is an arrest; an official seized ("seized the sub-prefect of X") is an abduction, not a
  place taken; a place emptied of its goods is looting; militants preaching to villagers is "Other";
- a closure ordered after a disaster is the event told, not the disaster.

Each note goes the whole way (ingest → analyse → store → fuse, as ``sitrep eval acled`` runs it); its event is the
fused event the note yields first.
"""

from __future__ import annotations

import pytest

from .dated_notes import fused_note_event


@pytest.mark.parametrize("text, doer", [
    ("On 13 August 2024, Burkinabe drones struck a JNIM gathering west of Titao (Titao, Loroum), killing eight "
     "militants.", "burkina-faso-armed-forces"),
    ("Le 2 décembre 2024, des militaires burkinabè ont accroché un groupe du JNIM au sud de Djibo (Djibo, Soum).",
     "burkina-faso-armed-forces"),
    ("Le 25 février 2025, les forces armées burkinabè ont repoussé une attaque de l'EI Sahel contre leur poste de "
     "Gorom-Gorom (Gorom-Gorom, Oudalan).", "islamic-state-sahel"),
])
def test_servicemen_and_aircraft_by_their_country_and_new_group_names(text, doer):
    event = fused_note_event(text)
    assert doer in (event.actor1, *event.assoc_actor_1, event.actor2), text


@pytest.mark.parametrize("text, taker", [
    ("A Kita (Kita, Kayes), le 21 janvier 2025, les autorités ont interpellé cinq jeunes qui avaient partagé une "
     "vidéo jugée subversive.",
     "malian-police"),
    ("On 3 May 2025, the authorities arrested two traders in Sikasso (Sikasso, Sikasso) over fuel smuggling.",
     "malian-police"),
    ("Le 3 octobre 2024, la junte malienne a fait arrêter un magistrat à Bamako.", "government-of-mali"),
])
def test_the_authorities_arrest_through_the_police(text, taker):
    event = fused_note_event(text)
    assert (event.sub_event_type, event.actor1) == ("Arrests", taker), text


@pytest.mark.parametrize("text, sub_event_type", [
    ("Police officers in Koutiala (Koutiala, Sikasso) picked up a local radio host on 19 April 2023.", "Arrests"),
    ("On 14 February 2024, JNIM fighters seized the sub-prefect of Niono (Niono, Segou) on the road out of town.",
     "Abduction/forced disappearance"),
    ("Le 28 mai 2025, des individus armés ont vidé le dispensaire d'un village proche de Gayéri (Gayéri, Komondjari) "
     "de ses médicaments avant de repartir.", "Looting/property destruction"),
    ("On 23 January 2024, JNIM militants gathered residents at the mosque of a village near Arbinda (Arbinda, Soum) "
     "and preached to them for hours.", "Other"),
    ("Le 17 juillet 2025, le préfet de Kéniéba (Kéniéba, Kayes) a ordonné la fermeture d'un site d'orpaillage après "
     "l'effondrement d'une galerie.", "Other"),
])
def test_strategic_developments_by_their_deed(text, sub_event_type):
    assert fused_note_event(text).sub_event_type == sub_event_type, text
