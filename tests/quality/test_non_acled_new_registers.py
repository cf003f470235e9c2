"""Violence's words in registers that report no ACLED event, against events told in the same words.

``tests/data/non_acled_new_registers.tsv``: 82 snippets written here in registers the other negative files do not
cover: public works and demolition ("controlled blasting", "workers detonated the tower"), trials and testimony
about past attacks, military drills and exercises ("practice bombs", "a mock hideout"), arms purchases and
deliveries, history before 1997 and commemorations, cyber attacks, warnings of violence to come, combat sports,
films, novels and video games, crime statistics, accidents (a grenade that went off while weapons were cleaned),
figures of speech ("a ratings battle", "an attack on democracy") and ceremonies.  Measured when written
(main 6229bb8 → this change): 19 of 82 yielded a violent event → 0.

``tests/data/acled_events_new_registers.tsv``: 30 snippets written here that ARE ACLED events, in the same
vocabulary (gunmen who attack a construction site, jihadists who storm a court house, soldiers on an exercise
ambushed, a suicide bomber at a commemoration, a boxer shot dead, a convoy delivering weapons attacked): all 30
found, 26 of the 26 violent ones violent, before and after.

``tests/data/non_acled_new_registers_2.tsv`` (66) and ``acled_events_new_registers_2.tsv`` (18): written after those
checks to probe them in other phrasings and in CASE's classes outside ACLED (an inquiry that heard testimony, a
mock battle, jets received, a museum recalling 1994, "X was behind the attack", "accused the rebels of planting
the landmine", a battle over the budget, cyclists who battled winds; and events in the same words: a series of
attacks, gunmen at a game, a bomb at a parade, a prosecutor's account of a killing, militants who "staged" an
attack, gunmen who "probed the defences and exchanged fire").  Measured when written:
negatives 17 of 67 violent on main 6229bb8 (12 on the first version of the checks) → 0; positives 15 → 17 of
17 ("a series of" no longer reads as a television series; a verb coordinated with a frame's verb is its own clause).
A rival gangs' prison clash, first among the negatives as ORG_CRIME, is now a positive (ARMED_CLASH): CASE's own
golds code gangs' fights as clashes (``events/gang_violence.py``).
"""

from __future__ import annotations

import csv
import hashlib

import pytest

from sitrep.analyse.events.decision import acled_coding
from sitrep.model import Document, Published, Segment

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
FILES = {"non_acled_new_registers.tsv": 82, "non_acled_new_registers_2.tsv": 66,
         "acled_events_new_registers.tsv": 30, "acled_events_new_registers_2.tsv": 18}
NEGATIVES = ("non_acled_new_registers.tsv", "non_acled_new_registers_2.tsv")
POSITIVES = ("acled_events_new_registers.tsv", "acled_events_new_registers_2.tsv")
# at most this many negatives of a file may yield a violent event (19 of the first 82 did before the checks)
NEGATIVE_CEILING = 2


@pytest.fixture(scope="module")
def analyzer():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return Analyzer(load_knowledge(None, actor_files=[]))


def _rows(name: str) -> list[dict]:
    return list(csv.DictReader((DATA / name).open(encoding="utf-8"), delimiter="\t"))


def _events(analyzer, text: str):
    doc = Document(doc_id=hashlib.sha256(text.encode()).hexdigest()[:16], source="-", text=text,
                   segments=[Segment(char_start=0, char_end=len(text))], language="en", published=Published())
    return analyzer.analyse(doc).events


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_files_are_read_whole(name):
    assert len(_rows(name)) == FILES[name]


@pytest.mark.parametrize("name", NEGATIVES)
def test_new_registers_make_no_violent_event(analyzer, name):
    violent = [r["SubType"] + ": " + r["EventSnippet"][:70] for r in _rows(name)
               if any(e.event_type in VIOLENT for e in _events(analyzer, r["EventSnippet"]))]
    assert len(violent) <= NEGATIVE_CEILING, violent


@pytest.mark.parametrize("name", POSITIVES)
def test_events_in_the_same_words_stay_found(analyzer, name):
    missed, wrong_type = [], []
    for r in _rows(name):
        events = _events(analyzer, r["EventSnippet"])
        expected = acled_coding(r["SubType"])[0]
        if not events:
            missed.append(r["EventSnippet"][:70])
        elif expected in VIOLENT and not any(e.event_type in VIOLENT for e in events):
            wrong_type.append((expected, r["EventSnippet"][:70]))
    assert not missed, missed
    assert not wrong_type, wrong_type
