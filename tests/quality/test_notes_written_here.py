"""Event detection and coding on text this project's rules were not written from.

``tests/data/notes_written_here.csv``: 100 ACLED-style notes written for this test (columns of ACLED's
export), in the styles of Malian, Burkinabe and Nigerien notes and two in French: clashes between
two armed groups, militias against jihadists, posts fired on, territory taken and retaken, drone
strikes, IEDs under buses, mortars, grenades, attacks on villagers by soldiers, VDP and Dozo,
abductions, sexual violence, peaceful protests with and without intervention, riots and mob
violence, looting, infrastructure blown up, arrests, agreements, bases set up, camps handed over,
curfews, weapons seized.  Each note is one document published on its event date; its first event
(the most confident, as ``sitrep eval acled`` reads it) must carry the note's type and sub-type.

``tests/data/non_acled_snippets.tsv``: 30 snippets outside ACLED written for this test (floods, fires,
road and mine accidents, epidemics, drugs seized, robberies, trafficking, embezzlement, ambassadors
expelled, summits, sanctions, claims of responsibility, blame and denials): they must not become
violent events.  Floors and the ceiling are in floors.yaml.

``tests/data/notes_written_here_mali.csv``: 48 more notes written later in ACLED's own Malian register
("On 12 May 2024, JNIM militants ambushed a FAMa convoy near X (Y, Mopti). 4 soldiers and 7 militants
were killed."): clashes with soldiers, VDP or Dozo among the dead, Wagner / Africa Corps operations
against villages, clashes between two armed groups, community clashes (coded, as ACLED codes them,
as communal militias) beside riots of families and crowds, looting without violence, arrests,
agreements, bases, unopposed takeovers, protests.  ``tests/data/non_acled_snippets_mentioning_violence.tsv``:
26 snippets outside ACLED that name violence without reporting an incident (trials, charges,
condemnations, human-rights reports, tallies, ransom demands, anniversaries).
"""

from __future__ import annotations

import csv
import hashlib

import pytest

from sitrep.eval.notes import note_document, primary_event, read_notes
from sitrep.ingest.language import detect_language
from sitrep.model import Document, Published, Segment

from .conftest import DATA

pytestmark = pytest.mark.xdist_group("quality")

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _in_its_language(doc):
    language = detect_language(doc.clean_text)[0] or "en"
    return doc.model_copy(update={"language": language})


def _coded(analyzer, name: str):
    out = []
    for note in read_notes(DATA / name):
        event = primary_event(analyzer.analyse(_in_its_language(note_document(note, name))))
        out.append((note, event))
    return out


@pytest.fixture(scope="module")
def coded(analyzer):
    return _coded(analyzer, "notes_written_here.csv")


@pytest.fixture(scope="module")
def coded_mali(analyzer):
    return _coded(analyzer, "notes_written_here_mali.csv")


def _share(coded, ok) -> float:
    return sum(1 for note, event in coded if event is not None and ok(note, event)) / len(coded)


CHECKS = {
    "found": lambda n, e: True,
    "event_type": lambda n, e: e.event_type == n.event_type,
    "sub_event_type": lambda n, e: e.sub_event_type == n.sub_event_type,
}


@pytest.mark.parametrize("measure", ["found", "event_type", "sub_event_type"])
def test_notes_written_here_not_below_floor(floors, coded, measure):
    _assert_floor(floors, coded, measure, "notes_written_here")


@pytest.mark.parametrize("measure", ["found", "event_type", "sub_event_type"])
def test_mali_notes_in_acleds_register_not_below_floor(floors, coded_mali, measure):
    _assert_floor(floors, coded_mali, measure, "notes_written_here_mali")


def test_mali_notes_cover_the_styles_they_were_written_for(coded_mali):
    assert len(coded_mali) >= 45
    assert {n.event_type for n, _ in coded_mali} == {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                                     "Protests", "Riots", "Strategic developments"}
    assert any(n.notes.startswith("Le ") for n, _ in coded_mali)


def _assert_floor(floors, coded, measure, key):
    checks = CHECKS
    got = _share(coded, checks[measure])
    floor = floors[key]["first_event"][measure]
    misses = [(n.row, n.sub_event_type, e and e.sub_event_type) for n, e in coded if e is None or not checks[measure](n, e)]
    assert got >= floor - floors["tolerance"], f"{measure} {got:.3f} < {floor}: {misses}"


def test_notes_written_here_cover_every_event_type_and_both_languages(coded):
    assert len(coded) >= 100
    assert {n.event_type for n, _ in coded} == {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                                "Protests", "Riots", "Strategic developments"}
    assert len({n.sub_event_type for n, _ in coded}) >= 22
    assert any(n.notes.startswith("Le ") for n, _ in coded)


def _snippet(text: str) -> Document:
    """A snippet as a one-paragraph English document with no date (as CASE snippets come)."""
    return Document(doc_id=hashlib.sha256(text.encode()).hexdigest()[:16], source="-", text=text,
                    segments=[Segment(char_start=0, char_end=len(text))], language="en", published=Published())


@pytest.mark.parametrize("name, key", [
    ("non_acled_snippets.tsv", "non_acled_written_here"),
    ("non_acled_snippets_mentioning_violence.tsv", "non_acled_mentioning_violence"),
])
def test_snippets_outside_acled_make_no_violent_event(floors, analyzer, name, key):
    rows = list(csv.DictReader((DATA / name).open(encoding="utf-8"), delimiter="\t"))
    violent = [r["EventSnippet"][:80] for r in rows
               if any(e.event_type in VIOLENT for e in analyzer.analyse(_snippet(r["EventSnippet"])).events)]
    ceiling = floors[key]["violent_share"]["at_most"]
    assert len(violent) / len(rows) <= ceiling, violent
