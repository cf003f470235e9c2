"""A denial told as a share in a deed ("had no part in the ambush", "played no role in", "had no hand in", "were not
involved in the killing"): the sentence says whose deed it was not, an attribution, not the deed as news.
Sentences written here, each check asserted both ways on the parse and end to end."""

from __future__ import annotations

import pytest

from sitrep.analyse.events.registers import denies_a_share, told_as_whose_deed

from .conftest import make_document

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _token(analyzer, text: str, word: str):
    return next(t for t in analyzer.nlp("en")(text) if t.text == word)


@pytest.mark.parametrize("text, word, expected", [
    ("A spokesman for the front said its units had no part in the raid on the checkpoint.", "raid", True),
    ("The faction said it played no role in the shelling of the camp.", "shelling", True),
    ("Tribal leaders said their men had no hand in the kidnapping of the engineers.", "kidnapping", True),
    # a share affirmed, or another word than a share: the deed is not disowned
    ("A spokesman said its units had a part in the raid on the checkpoint.", "raid", False),
    ("The faction said two of its fighters died in the shelling of the camp.", "shelling", False),
])
def test_a_denied_share_disowns_the_deed(default_analyzer, text, word, expected):
    assert told_as_whose_deed(_token(default_analyzer, text, word)) is expected


@pytest.mark.parametrize("text, expected", [
    ("The navy insisted its sailors were not involved in the sinking of the fishing boats.", True),
    ("The navy said its sailors were involved in the rescue of the fishermen.", False),
])
def test_a_sentence_that_denies_a_share(default_analyzer, text, expected):
    sent = next(default_analyzer.nlp("en")(text).sents)
    assert denies_a_share(sent) is expected


@pytest.mark.parametrize("text, violent", [
    ("A spokesman for the front said its units had no part in the raid on the checkpoint near Kismayo.", False),
    ("The navy insisted its sailors were not involved in the killing of four fishermen off Sittwe.", False),
    ("Tribal leaders in Marib said their men had no hand in the bombing of the oil pipeline.", False),
    # the same deeds told as news
    ("Fighters of the front raided a checkpoint near Kismayo on Monday, killing two soldiers.", True),
    ("Sailors of the navy shot dead four fishermen off Sittwe on Monday, witnesses said.", True),
])
def test_short_texts_end_to_end(default_analyzer, text, violent):
    events = default_analyzer.analyse(make_document(text)).events
    assert any(e.event_type in VIOLENT for e in events) is violent, [(e.sub_event_type, e.confidence) for e in events]
