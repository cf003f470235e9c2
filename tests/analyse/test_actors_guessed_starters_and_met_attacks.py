"""Who is side 1 when the text tells it around the deed (sentences written for this test, not from an eval set): a
doer given as a guess with no group named ("presumed jihadists") names no franchise, the passive "when" clause of a
killing names the attacker, "an attack by X … was repelled by Y" puts X first, and a clash's "after" clause says who
began it."""

from __future__ import annotations

import pytest


def _analyse(analyzer, text: str, language: str = "en"):
    import datetime as dt

    from sitrep.model import Published

    from .seeds import make_document

    published = Published(date=dt.date(2024, 6, 30), is_estimate=False)
    return analyzer.analyse(make_document("e" * 16, text, published, language))


def _all_sides(events):
    return {a for e in events for a in e.side1 + e.side2 + e.assoc1 + e.assoc2}


@pytest.mark.parametrize("text", [
    "On 3 February 2024, suspected jihadists torched a truck of onions near Koro (Koro, Mopti).",
    "On 3 February 2024, presumed jihadists shot dead a village chief near Bankass (Bankass, Mopti).",
    "On 3 February 2024, alleged jihadists abducted two teachers near Djibo (Soum, Sahel).",
])
def test_a_guessed_generic_names_no_franchise(default_analyzer, text):
    events = _analyse(default_analyzer, text).events
    assert events and "jnim" not in _all_sides(events)


def test_a_guessed_generic_takes_the_group_the_text_names(default_analyzer):
    text = "On 3 February 2024, suspected jihadists shot dead a village chief near Bankass. JNIM claimed the killing."
    assert "jnim" in _all_sides(_analyse(default_analyzer, text).events)


def test_an_unhedged_generic_keeps_the_default_franchise(default_analyzer):
    text = "On 3 February 2024, jihadists shot dead a village chief near Bankass (Bankass, Mopti)."
    events = _analyse(default_analyzer, text).events
    assert events and events[0].side1 == ["jnim"]


@pytest.mark.parametrize("text, attacker, attacked", [
    ("On 5 May 2024, three soldiers were killed when their convoy was ambushed by Islamic State Sahel fighters near "
     "Tessit (Ansongo, Gao).", "islamic-state-sahel", "malian-armed-forces"),
    ("On 5 May 2024, an attack by JNIM on the army post of Boni (Douentza, Mopti) was repelled by FAMa.",
     "jnim", "malian-armed-forces"),
    ("On 5 May 2024, an assault by JNIM militants on the VDP post of Titao was repulsed by the volunteers.", "jnim", "vdp"),
])
def test_the_attacker_told_around_the_deed_is_side_one(default_analyzer, text, attacker, attacked):
    event = _analyse(default_analyzer, text).events[0]
    assert event.side1 == [attacker] and attacked in event.side2


@pytest.mark.parametrize("text, first, second", [
    ("On 7 May 2024, clashes broke out between JNIM militants and Dozo hunters near San after the Dozo attacked a "
     "militant camp.", "dozo-militia", "jnim"),
    ("On 7 May 2024, fighting broke out between JNIM militants and Dozo hunters near San.", "jnim", "dozo-militia"),
    ("On 7 May 2024, clashes broke out between the army and JNIM near Boni after JNIM raided a convoy.",
     "jnim", "malian-armed-forces"),
])
def test_the_starter_of_a_clash_is_side_one(default_analyzer, text, first, second):
    event = _analyse(default_analyzer, text).events[0]
    assert event.side1[:1] == [first] and second in event.side2


@pytest.mark.parametrize("text, event_type", [
    # the soldiers themselves met the attack: a battle, whatever they escorted
    ("On 4 March 2024, soldiers escorting a commercial convoy came under fire from gunmen near Tera (Tera, Tillaberi).",
     "Battles"),
    # a civilian convoy under escort, the escort not said to be hit: the vehicles were the target
    ("On 4 March 2024, a commercial convoy escorted by soldiers came under fire from gunmen near Tera. Two drivers were "
     "killed.", "Violence against civilians"),
    # a people's camp attacked in the passive is a civilian target; a military camp is not
    ("On 4 March 2024, a Fulani camp near Koro (Koro, Mopti) was attacked by Dozo hunters. Three men were killed.",
     "Violence against civilians"),
    ("On 4 March 2024, a military camp near Koro (Koro, Mopti) was attacked by JNIM militants. Three men were killed.",
     "Battles"),
])
def test_who_met_the_attack_sets_its_type(default_analyzer, text, event_type):
    events = _analyse(default_analyzer, text).events
    assert events and max(events, key=lambda e: e.confidence).event_type == event_type
