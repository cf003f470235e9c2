"""Violence that is the matter of another act: who is held responsible for it, a group's own word that its men
did a deed already known, sanctions "over" attacks told with no violent word anchoring the label, and police who
"lathi-charge" a crowd (a use of force, not a charge brought in court).  Sentences written here, each check
asserted both ways on the parse and end to end."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.registers import claimed_known_deed, main_verb, told_as_whose_deed
from sitrep.analyse.events.scope import under_verdict
from sitrep.analyse.events.diplomacy import under_diplomacy

from .conftest import make_document

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _token(analyzer, text: str, word: str):
    return next(t for t in analyzer.nlp("en")(text) if t.text == word)


@pytest.mark.parametrize("text, word, expected", [
    ("Canada froze the assets of four generals it holds responsible for the massacre at the stadium.", "massacre", True),
    ("Officials held the militia responsible for the ambush on the convoy.", "ambush", True),
    ("Gunmen ambushed a convoy near the border, officials said.", "ambushed", False),
])
def test_held_responsible_names_whose_deed(default_analyzer, text, word, expected):
    assert told_as_whose_deed(_token(default_analyzer, text, word)) is expected


@pytest.mark.parametrize("text, word, expected", [
    ("The separatists said in a message that their commandos had carried out Friday's bombing of the bridge.",
     "bombing", True),
    ("The group said its fighters had carried out the raid on the customs post.", "raid", True),
    # someone else's men, or no statement: not a claim by the speaker
    ("Witnesses said soldiers had carried out the raid on the customs post.", "raid", False),
    ("Their commandos carried out the bombing of the bridge on Friday.", "bombing", False),
])
def test_a_group_says_its_men_did_a_known_deed(default_analyzer, text, word, expected):
    assert claimed_known_deed(_token(default_analyzer, text, word)) is expected


def test_a_claim_counts_only_for_a_deed_already_known(default_analyzer):
    tok = _token(default_analyzer, "The group said its fighters had carried out the raid on the customs post.", "raid")
    assert told_as_whose_deed(tok, back_reference=True)
    tok = _token(default_analyzer, "The group said its fighters had carried out a raid on a customs post.", "raid")
    assert not told_as_whose_deed(tok, back_reference=False)


@pytest.mark.parametrize("text, expected", [
    ("London sanctioned two militia leaders over killings of civilians in Tigray, the Foreign Office said.", True),
    ("Militia leaders killed two civilians in Tigray, the Foreign Office said.", False),
])
def test_the_reported_act_is_the_sentences_news(default_analyzer, text, expected):
    sent = next(default_analyzer.nlp("en")(text).sents)
    assert under_diplomacy(main_verb(sent)) is expected


@pytest.mark.parametrize("text, word, expected", [
    ("Police baton-charged and fired tear gas at teachers marching on the assembly, injuring 20.", "fired", False),
    ("Police charged at the crowd of weavers and fired tear gas outside the mill.", "fired", False),
    ("Prosecutors charged two guards with the killing of the prisoner.", "killing", True),
    ("Prosecutors charged two guards over the killing of the prisoner.", "killing", True),
])
def test_a_charge_is_a_verdict_only_with_what_it_is(default_analyzer, text, word, expected):
    assert under_verdict(_token(default_analyzer, text, word)) is expected


@pytest.mark.parametrize("text, violent", [
    ("Paris imposed asset freezes on three colonels it holds responsible for the shelling of the refugee camp.", False),
    ("Washington sanctioned two commanders of the militia over attacks on aid workers in Darfur, the Treasury said.",
     False),
    ("The rebel movement said in a statement that its fighters had carried out Tuesday's bombing of the pipeline.",
     False),
    # the same words telling the deed itself
    ("Militia commanders attacked aid workers in Darfur on Monday, killing three, the Treasury said.", True),
    ("Rebel fighters bombed the pipeline near the border on Tuesday, the army said.", True),
])
def test_short_texts_end_to_end(default_analyzer, text, violent):
    events = default_analyzer.analyse(make_document(text)).events
    assert any(e.event_type in VIOLENT for e in events) is violent, [(e.sub_event_type, e.confidence) for e in events]


@pytest.mark.parametrize("text, expected", [
    # the model's best label names the deed recalled or blamed; the sentence's news is the next label it ranks
    ("The air force said it bombed rebel positions that it accused of carrying out a gas attack on the town the day "
     "before.", "Air/drone strike"),
    ("Government troops retook three hamlets on Friday, moving closer to a town that was the scene of a deadly 2016 "
     "gas attack.", "Government regains territory"),
])
def test_the_news_beside_a_recalled_deed(default_analyzer, text, expected):
    events = default_analyzer.analyse(make_document(text)).events
    assert [e.sub_event_type for e in events] == [expected], [(e.sub_event_type, e.confidence) for e in events]


def test_the_recalled_deed_in_other_words_is_no_news(default_analyzer):
    # "which killed 23 officers" is the claimed blast's toll, not a second deed to report
    text = ("The rebel movement said in a statement that its fighters had carried out Sunday's suicide blast at a "
            "police post in the capital, which killed 23 officers.")
    events = default_analyzer.analyse(make_document(text)).events
    assert not any(e.event_type in VIOLENT for e in events), [(e.sub_event_type, e.confidence) for e in events]


@pytest.mark.parametrize("text, word, expected", [
    ("The rebels claimed the car bomb that wounded three officers at the gate.", "bomb", True),
    ("A spokesman said the militia had nothing to do with the grenade blast at the market.", "blast", True),
    ("The rebels claimed that soldiers had bombed the market.", "bombed", False),
    ("The militia had to do with the blast only as its victim.", "blast", False),
])
def test_a_claimed_or_disowned_deed(default_analyzer, text, word, expected):
    assert told_as_whose_deed(_token(default_analyzer, text, word)) is expected


@pytest.mark.parametrize("text, violent", [
    # harm with nobody named who did it, after a sentence the model reads as a disaster: that disaster's toll
    ("A series of blasts shook a fertiliser depot on the outskirts of the port. Hospital staff said 19 people were "
     "killed.", False),
    # a doer named: news of its own
    ("A series of blasts shook a fertiliser depot on the outskirts of the port. Gunmen later killed two guards at "
     "the gate.", True),
])
def test_a_toll_after_a_disaster_is_its_toll(default_analyzer, text, violent):
    events = default_analyzer.analyse(make_document(text)).events
    assert any(e.event_type in VIOLENT for e in events) is violent, [(e.sub_event_type, e.confidence) for e in events]


def test_a_claim_of_a_new_deed_tells_it(default_analyzer):
    # a note's "X claimed an attack on the camp" reports the attack; "claimed the bomb" names a known one
    tok = _token(default_analyzer, "The group claimed an attack on the army camp near the river.", "attack")
    assert not told_as_whose_deed(tok)
