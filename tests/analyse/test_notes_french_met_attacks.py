"""Who attacked whom in French Sahel notes that tell the attacked side first (short notes written for these tests):

- an attack met in the passive names its author in its « de » phrase (« l'attaque des jihadistes du JNIM a été
  repoussée par les FAMa »): the author is actor 1, as its English counterpart "an attack by X was repelled by Y";
- a side that met an attack told only by what its authors are (« ont repoussé une attaque de présumés terroristes »,
  « a essuyé des tirs de terroristes », « a été prise à partie par des hommes armés non identifiés ») was struck by
  the country's unidentified armed group;
- « des affrontements ont opposé X à des terroristes »: the named party keeps its first place.

Each note goes the whole way, as ``sitrep eval acled`` runs it; its event is the fused event the note yields first.
"""

from __future__ import annotations

import pytest

from .dated_notes import fused_note_event


@pytest.mark.parametrize("text, actor1, actor2", [
    ("Le 3 avril 2024, l'attaque des jihadistes du JNIM contre le camp militaire de Léré (Niafunké, Tombouctou) a "
     "été repoussée par les FAMa.", "jnim", "malian-armed-forces"),
    ("On 3 April 2024, an attack by JNIM militants on the army camp at Lere (Niafunke, Timbuktu) was repelled by "
     "FAMa.", "jnim", "malian-armed-forces"),
    ("Le 9 mai 2024, les VDP de Sebba (Yagha, Sahel) ont repoussé une attaque de présumés terroristes. Un VDP a "
     "été blessé.", "unidentified-armed-group-burkina-faso", "vdp"),
    ("Le 9 mai 2024, l'armée burkinabè a essuyé des tirs de terroristes près de Titao (Loroum, Nord).",
     "unidentified-armed-group-burkina-faso", "burkina-faso-armed-forces"),
    ("Une patrouille de l'armée malienne a été prise à partie par des hommes armés non identifiés près de Léré "
     "(Niafunké, Tombouctou) le 2 mai 2024. Un soldat a été tué.", "unidentified-armed-group-mali",
     "malian-armed-forces"),
    ("Des affrontements ont opposé les FAMa à des terroristes près de Léré (Niafunké, Tombouctou) le 2 mai 2024.",
     "malian-armed-forces", "unidentified-armed-group-mali"),
])
def test_the_attacker_first_when_the_attacked_is_told_first(text, actor1, actor2):
    event = fused_note_event(text)
    assert event.actor1 == actor1, (text, event.actor1, event.actor2)
    assert event.actor2 == actor2, (text, event.actor1, event.actor2)


@pytest.mark.parametrize("text, actor1", [
    # a named group's attack met by a side stays the group's, never the unidentified one's
    ("Le 9 mai 2024, les VDP de Sebba (Yagha, Sahel) ont repoussé une attaque de présumés jihadistes du JNIM.", "jnim"),
    # the attacker told in the active: no reordering
    ("Le 9 mai 2024, des éléments du JNIM ont attaqué le poste militaire de Sebba (Yagha, Sahel).", "jnim"),
])
def test_a_named_attacker_is_not_made_unidentified(text, actor1):
    event = fused_note_event(text)
    assert event.actor1 == actor1, (text, event.actor1, event.actor2)
    assert not (event.actor2 or "").startswith("unidentified-"), (text, event.actor2)


@pytest.mark.parametrize("text, actor1, ally, actor2", [
    # « avec l'appui de X » on the verb: X fights beside the subject, not against it as « avec X » would say
    ("Les FAMa, avec l'appui de l'Africa Corps, ont accroché le 14 mars 2025 un groupe de jihadistes près de Léré "
     "(Niafunké, Tombouctou).", "malian-armed-forces", "africa-corps", "unidentified-armed-group-mali"),
    # on the noun of the one helped, which met the attack: the helped is attacked, the helper never its enemy
    ("L'armée, avec l'appui des VDP, a repoussé le 14 mars 2025 une attaque de jihadistes près de Djibo (Djibo, "
     "Soum).", "unidentified-armed-group-burkina-faso", None, "burkina-faso-armed-forces"),
])
def test_a_french_noun_of_help_puts_its_owner_beside_the_one_helped(text, actor1, ally, actor2):
    event = fused_note_event(text)
    assert (event.actor1, event.actor2) == (actor1, actor2)
    if ally:
        assert ally in event.assoc_actor_1
    assert actor2 not in event.assoc_actor_1 and actor1 not in event.assoc_actor_2
