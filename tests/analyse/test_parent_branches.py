"""A parent organisation named only to qualify the group that acts names its branch where the story
happens (ACLED codes "al-Qaeda-linked militants" in Mali as JNIM): ``ActorBase.branch_in`` and the
actors stage's use of it.  The sentences are written for this test, in several phrasings."""

from __future__ import annotations

import pytest

from sitrep.knowledge.actors import load_actor_base

from .test_places import _doc


def test_a_parents_branch_is_the_one_that_fights_in_the_country():
    base = load_actor_base()
    assert base.branch_in("al-qaeda", {"ML"}) == "jnim"  # AQIM is part of JNIM: the umbrella wins
    assert base.branch_in("al-qaeda", {"DZ"}) == "aqim"
    assert base.branch_in("islamic-state", {"ML"}) == "islamic-state-sahel"
    # two branches fight in Niger: the West Africa Province by Lake Chad (Diffa) only, the Sahel Province elsewhere
    assert base.branch_in("islamic-state", {"NE"}) == "islamic-state-sahel"
    assert base.branch_in("islamic-state", {"NE"}, ["Tillabéri"]) == "islamic-state-sahel"
    assert base.branch_in("islamic-state", {"NE"}, ["Diffa"]) == "iswap"
    assert base.branch_in("al-qaeda", {"FR"}) is None


@pytest.mark.parametrize("text, branch", [
    ("On Tuesday, al-Qaeda-linked fighters attacked an army post in Goundam, killing four soldiers.", "jnim"),
    ("Gunmen allied with al-Qaeda ambushed a convoy near Boni on Sunday.", "jnim"),
    ("Al-Qaeda's local branch said its men attacked the camp at Tessalit on Monday.", "jnim"),
    ("An affiliate of al-Qaeda claimed the attack on a checkpoint in Douentza on Sunday.", "jnim"),
    ("Des hommes armés affiliés à al-Qaïda ont attaqué le camp de Niono mardi.", "jnim"),
    ("Fighters loyal to the Islamic State killed 12 villagers near Ménaka on Friday.", "islamic-state-sahel"),
])
def test_a_qualifying_parent_names_its_branch_in_the_story(analyzer, text, branch):
    doc = _doc(text)
    if "attaqué" in text:
        doc = doc.model_copy(update={"language": "fr"})
    actors = {m.surface: m.actor_id for m in analyzer.analyse(doc).actors}
    # must appear: the branch; must not: the parent organisation as the actor
    assert branch in actors.values(), actors
    assert not {"al-qaeda", "islamic-state"} & set(actors.values()), actors


@pytest.mark.parametrize("text, parent", [
    ("Al-Qaeda's leader was killed in a drone strike far from Gao, the ministry in Bamako said.", "al-qaeda"),
    ("The Islamic State lost its last town in Syria years ago, a researcher in Bamako said.", "islamic-state"),
])
def test_a_parent_named_for_itself_stays_the_parent(analyzer, text, parent):
    actors = {m.actor_id for m in analyzer.analyse(_doc(text)).actors}
    assert parent in actors, actors


def test_a_parent_describing_the_branch_named_beside_it_adds_no_second_branch(analyzer):
    text = "JNIM, al-Qaeda's affiliate in the region, said it attacked the army camp at Tessalit on Monday."
    mentions = [m.actor_id for m in analyzer.analyse(_doc(text)).actors]
    assert mentions.count("jnim") == 1, mentions
