"""Who did it on short notes: the toll told after a semicolon belongs to the deed the first clause told
("JNIM fighters attacked X; two gendarmes were killed": JNIM, not an unnamed group); a device as the subject of
a deed other than exploding ("an IED destroyed a FAMa vehicle") and a thrown device told in the passive
("a grenade was thrown into a bar") leave the doer unnamed (the country's unidentified armed group)."""

from __future__ import annotations

import pytest

from sitrep.eval.notes import primary_event

from .seeds import make_document


@pytest.fixture(scope="module")
def analyzer():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return Analyzer(load_knowledge(None, actor_files=[]))


def _sides(analyzer, text: str, language: str = "en"):
    event = primary_event(analyzer.analyse(make_document("t", text, language=language)))
    assert event is not None
    return event.side1, event.side2


@pytest.mark.parametrize("text,doer,target", [
    ("JNIM fighters attacked the gendarmerie post at Ké-Macina on 29 October 2025; two gendarmes were killed.",
     "jnim", "malian-gendarmerie"),
    ("JNIM militants attacked VDP between Falagountou and Essakane on 5 November 2025; four VDP were killed.",
     "jnim", "vdp"),
    ("JNIM fighters attacked a Dozo checkpoint at Fangasso on 20 October 2025; five Dozos and two assailants were killed.",
     "jnim", "dozo-militia"),
])
def test_the_toll_after_a_semicolon_is_the_told_deeds(analyzer, text, doer, target):
    side1, side2 = _sides(analyzer, text)
    assert side1 == [doer] and target in side2 and not any(a.startswith("unidentified") for a in side1 + side2)


def test_a_passive_first_clause_still_has_an_unnamed_doer(analyzer):
    side1, side2 = _sides(analyzer, "On 3 May 2025, a FAMa patrol was ambushed near Boni; three soldiers were killed.")
    assert side1 == ["unidentified-armed-group-mali"] and side2 == ["malian-armed-forces"]


@pytest.mark.parametrize("text,language,doer,target", [
    ("On 26 October 2025, an IED destroyed a FAMa vehicle between Hombori and Boni; three soldiers died.", "en",
     "unidentified-armed-group-mali", "malian-armed-forces"),
    ("On 3 October 2025 a grenade was thrown into a bar in Mopti, wounding four customers.", "en",
     "unidentified-armed-group-mali", None),
    ("Le 3 octobre 2025, une grenade a été lancée dans un bar de Mopti, blessant quatre clients.", "fr",
     "unidentified-armed-group-mali", None),
])
def test_a_devices_unnamed_author(analyzer, text, language, doer, target):
    side1, side2 = _sides(analyzer, text, language)
    assert side1 == [doer] and (target is None or target in side2)


@pytest.mark.parametrize("text", [
    # the attack's author as the verb's "by" phrase or as the attack noun's modifier: the attacker is actor 1
    "Soldiers of the Titao military detachment repelled an assault by JNIM militants on 5 September 2025.",
    "The army repelled a JNIM assault on its base at Djibasso on 15 June 2025.",
])
def test_the_author_of_a_repelled_attack_comes_first(analyzer, text):
    side1, side2 = _sides(analyzer, text)
    assert side1 == ["jnim"] and side2 == ["burkina-faso-armed-forces"]


def test_repelling_by_a_means_keeps_the_subject_first(analyzer):
    side1, _ = _sides(analyzer, "Soldiers repelled an attack by launching air strikes near Djibo on 3 May 2025.")
    assert side1 == ["burkina-faso-armed-forces"]
