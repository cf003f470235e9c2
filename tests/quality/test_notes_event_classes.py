"""Event type by who was hit and what happened, on notes written for it, and words of violence outside ACLED.

``tests/data/notes_mali_event_classes.csv``: 40 notes in ACLED's Malian register written for the classes the
event type confuses: attacks on armed people (customs, forest agents, police, Dozo guarding a village, an escort
that fought) against attacks on unarmed ones (a fair, a bus, herders rounded up and called terrorists by the army,
a civilian convoy whose escort never fought, flogging), looting under a blockade and burned boats against
territory, unopposed takeovers, a complex assault with car bombs against an IED or a drone strike, shelling, and
protests dispersed in a later sentence against peaceful ones, violent demonstrations and mob violence.  Measured
when written (main 516114a → this change, CLI default knowledge): event_type 0.900 → 0.975, sub_event_type
0.850 → 0.950.  ``notes_mali_event_classes_2.csv``: 38 more, written after those fixes to probe them in other
phrasings (a soldier on leave, a motorcyclist shot at a checkpoint, a mining site guarded by Dozo, a grenade in a
bar, arrests with tear gas at a gathering, an abandoned camp occupied): event_type 0.895 → 0.974,
sub_event_type 0.895 → 0.974 (main 516114a → this change).  Floors sit a note or
two under.

``tests/data/non_acled_everyday.tsv``: 36 everyday snippets from India, Africa, Latin America (elections, court
rulings, epidemics "battled", disasters, road, rail and boat accidents, a politician "attacking" a rival,
strikes as labour action, a match won in a "battle", thieves arrested, locusts "battled"): none may yield a
violent event (two did before this change: the speech and the locusts).
``tests/data/non_acled_attributions_and_accidents.tsv``: 17 snippets that tell violence without an incident
of the day or by nobody's hand (claims, blame and denials, gang shootouts, sanctions, a gas blast, an ammunition
depot that blew up after a fire): none may yield a violent event (two did: the denial and the depot)."""

from __future__ import annotations

import csv
import hashlib

import pytest

from sitrep.eval.acled import evaluate_acled
from sitrep.model import Document, Published, Segment

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
FLOORS = {"found": 0.95, "event_type": 0.92, "sub_event_type": 0.88}
FILES = {"notes_mali_event_classes.csv": 40, "notes_mali_event_classes_2.csv": 38}


@pytest.fixture(scope="module")
def analyzer():
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return Analyzer(load_knowledge(None, actor_files=[]))


@pytest.fixture(scope="module")
def results(analyzer):
    return {name: evaluate_acled(DATA / name, analyzer=analyzer) for name in FILES}


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_class_notes_are_read_whole(results, name):
    assert len(results[name].rows) == FILES[name] and not results[name].skipped


@pytest.mark.parametrize("name", sorted(FILES))
@pytest.mark.parametrize("field", sorted(FLOORS))
def test_class_notes_hold_their_floor(results, name, field):
    assert results[name].scores()[field] >= FLOORS[field], (name, field, results[name].scores()[field])


def _snippet(text: str) -> Document:
    return Document(doc_id=hashlib.sha256(text.encode()).hexdigest()[:16], source="-", text=text,
                    segments=[Segment(char_start=0, char_end=len(text))], language="en", published=Published())


@pytest.mark.parametrize("name, count", [("non_acled_everyday.tsv", 36), ("non_acled_attributions_and_accidents.tsv", 17)])
def test_everyday_news_makes_no_violent_event(analyzer, name, count):
    rows = list(csv.DictReader((DATA / name).open(encoding="utf-8"), delimiter="\t"))
    assert len(rows) == count
    violent = [r["EventSnippet"][:80] for r in rows
               if any(e.event_type in VIOLENT for e in analyzer.analyse(_snippet(r["EventSnippet"])).events)]
    assert not violent, violent
