"""Actor 1 of Sahel notes whose grammar tells the doer away from where the parse looks (short notes written for
these tests, not taken from any evaluation set):

- a side told first as the one that met, resisted or drove off an attack: the attacker is actor 1, named in the
  attack's phrase, else the country's unidentified armed group ("fought off gunmen who …", « a fait face à une
  attaque d'hommes armés », « a résisté à l'assaut de combattants de l'EIGS »); an attack told with no author at
  all ("the army repelled an attack on its base") stays the defender's account, as the project's other notes code it;
- the met attack told in the note's first sentence and the event triggered by the second (« … Les soldats ont
  riposté »);
- an unnamed active subject (« des présumés terroristes ont tendu une embuscade à un convoi des FAMa », "individuals
  on motorbikes raided …"): the named party is the target;
- "they"/« ils » as the doer in a later sentence: the armed actor named before.

Each note goes the whole way, as ``sitrep eval acled`` runs it; its event is the fused event the note yields first.
"""

from __future__ import annotations

import pytest

from .dated_notes import fused_note_event


@pytest.mark.parametrize("text, actor1, actor2", [
    ("Gendarmes and VDP fought off armed men who attacked the market town of Gayeri (Komandjari, Est) on 4 May 2024. "
     "Three attackers were killed.", "unidentified-armed-group-burkina-faso", None),
    ("Troops at Ansongo (Ansongo, Gao) repelled an assault mounted by Islamic State Sahel fighters on 8 May 2024.",
     "islamic-state-sahel", "malian-armed-forces"),
    ("Le poste de Boni (Douentza, Mopti) a fait face à une attaque d'individus armés le 4 mai 2024. Les FAMa ont "
     "riposté ; deux soldats ont été blessés.", "unidentified-armed-group-mali", "malian-armed-forces"),
    ("Le camp de Ménaka (Ménaka) a résisté le 6 mai 2024 à l'assaut de plusieurs dizaines de combattants de l'EIGS. "
     "Quatre soldats ont été tués.", "islamic-state-sahel", "malian-armed-forces"),
    ("Le 7 mai 2024, les FDS ont repoussé les assaillants à Sebba (Yagha, Sahel). Un soldat a été blessé.",
     "unidentified-armed-group-burkina-faso", "burkina-faso-armed-forces"),
])
def test_the_attacker_first_when_the_struck_side_is_told_first(text, actor1, actor2):
    event = fused_note_event(text)
    assert event.actor1 == actor1, (text, event.actor1, event.actor2)
    if actor2 is not None:
        assert event.actor2 == actor2, (text, event.actor1, event.actor2)
    assert not (event.actor2 or "").startswith("unidentified-"), (text, event.actor2)


@pytest.mark.parametrize("text, actor1", [
    # the named side that drove off a named side's offensive is actor 2 of the offensive
    ("On 3 May 2024, FAMa repelled a JNIM attack near Boni (Douentza, Mopti).", "jnim"),
    # an attack told without any author is the defender's own account, coded as it tells it
    ("The Nigerien army said it had repelled an attack on its post at Tera (Tera, Tillaberi) on 9 May 2024, killing "
     "eight assailants.", "niger-armed-forces"),
    # an attacker named in the active keeps its place
    ("Le 9 mai 2024, des éléments du JNIM ont attaqué le poste militaire de Sebba (Yagha, Sahel).", "jnim"),
])
def test_a_named_attacker_keeps_the_deed(text, actor1):
    assert fused_note_event(text).actor1 == actor1


@pytest.mark.parametrize("text, actor1, actor2", [
    ("Le 4 juin 2024, des présumés terroristes ont tendu une embuscade à un convoi des FAMa près de Léré (Niafunké, "
     "Tombouctou).", "unidentified-armed-group-mali", "malian-armed-forces"),
    ("Le 5 juin 2024, des individus armés ont ouvert le feu sur une patrouille de la gendarmerie nigérienne près de "
     "Téra (Téra, Tillabéri).", "unidentified-armed-group-niger", None),
])
def test_an_unnamed_active_subject_leaves_the_named_party_as_target(text, actor1, actor2):
    event = fused_note_event(text)
    assert event.actor1 == actor1, (text, event.actor1, event.actor2)
    if actor2 is not None:
        assert event.actor2 == actor2, (text, event.actor1, event.actor2)


@pytest.mark.parametrize("text, actor1", [
    ("Des combattants du JNIM ont encerclé le village de Dinangourou (Koro, Mopti) le 2 juin 2024. Ils ont exécuté "
     "quatre bergers.", "jnim"),
    ("IS Sahel militants imposed a curfew on Inekar (Menaka) in early June 2024, residents said. On 9 June 2024 they "
     "shot dead a trader who defied it.", "islamic-state-sahel"),
])
def test_they_is_the_armed_actor_named_before(text, actor1):
    event = fused_note_event(text)
    assert event.actor1 == actor1, (text, event.actor1, event.actor2)


def test_they_as_victims_names_no_doer():
    # "They were later found dead": a passive pronoun tells the victims, never a doer
    event = fused_note_event("Three traders were stopped at a checkpoint near Kaya (Sanmatenga, Centre-Nord) on 11 June 2024 by "
                   "men in uniform. They were later found dead.")
    assert event.actor1 != "civilians-burkina-faso"
