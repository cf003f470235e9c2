"""The state's side of a toll read from one list: the servicemen of ``knowledge/data/armed_people.tsv`` and the
volunteers beside them (``state_side_forms``), which the tolls' sides, the contested tolls' sides and the own-forces
clause of a toll summed across clauses build on."""

from __future__ import annotations

import re

from sitrep.analyse.contested_toll import side_named
from sitrep.analyse.fatality_words import vocab
from sitrep.knowledge.armed_people import armed_forms, state_side_forms


def test_every_serviceman_word_is_the_state_side_everywhere():
    own_forces = re.compile(vocab("en")[0]["own_forces"], re.IGNORECASE)
    for word in ("soldiers", "troops", "servicemen", "gendarmes", "policemen", "police officers", "guards", "soldats",
                 "militaires", "policiers", "VDPs", "volunteers"):
        assert re.fullmatch(f"(?:{state_side_forms()})", word, re.IGNORECASE), word
        assert side_named(f"twelve {word} were killed") == "state", word
        assert own_forces.search(f"twelve {word} were killed"), word
    assert set(armed_forms("servicemen").split("|")) <= set(state_side_forms().split("|"))


def test_the_sides_stay_apart():
    assert side_named("twelve civilians were killed") == "civilian"
    assert side_named("twelve jihadists were killed") == "armed"
    assert side_named("twelve soldiers and six civilians were killed") is None  # two sides: none
    assert side_named("the army said") == "state"  # the contested tolls' own addition: the institution named
