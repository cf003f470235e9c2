"""A toll one outlet tells risen after another outlet's lower figure (``sitrep.fuse.revisions``): the same voice's lower
figure (a ministry's, an army's, or any outlet's unsourced one) is that count taken earlier, a revision and no dispute;
another party's or another unnamed source's figure stays a rival account (wires_blind_27; wires_blind_25's hospital
source and wires_blind_26's government keep their disputes)."""

from __future__ import annotations

from .fuse_factory import deaths as fatalities, mention

from sitrep.fuse.disputes import fatality_disputes
from sitrep.fuse.revisions import superseded

ROOTS = {"a": "a", "b": "b", "c": "c"}
VAC = {"sub": "Attack", "etype": "Violence against civilians"}


def _toll(doc: str, low: int, high: int | None, phrase: str, source: str | None = None):
    return mention(doc, 0, fatalities=fatalities(low, high, phrase), source_actor=source, **VAC)


def test_a_ministrys_toll_risen_in_another_outlet_revises_its_first():
    first = _toll("a", 12, 12, "killed 12 civilians", "government-of-niger")
    risen = _toll("b", 31, 31, "risen to 31", "government-of-niger")
    text = {first.mention_id: "Gunmen killed 12 civilians on Saturday, the interior ministry said.",
            risen.mention_id: "The death toll from Saturday's attack has risen to 31, the interior ministry said."}
    assert superseded([first, risen], ROOTS, lambda m: text[m.mention_id]) == {first.mention_id}
    assert fatality_disputes([first, risen], ROOTS, {}, lambda m: text[m.mention_id]) == []


def test_an_outlets_unsourced_figure_is_revised_by_any_risen_toll():
    own = _toll("a", 9, 9, "nine people were killed")
    risen = _toll("b", 22, 22, "risen to 22", "unnamed:local-official")
    text = {own.mention_id: "Nine people were killed in the raid.",
            risen.mention_id: "The toll has risen to 22, a local official said."}
    assert fatality_disputes([own, risen], ROOTS, {}, lambda m: text[m.mention_id]) == []


def test_another_voices_lower_figure_stays_a_rival_account():
    government = _toll("a", 12, 12, "put the toll at 12", "government-of-niger")
    official = _toll("b", 22, 22, "risen to 22", "unnamed:local-official")
    hospital = _toll("c", 7, 7, "seven passengers died", "unnamed:hospital-source")
    text = {government.mention_id: "The government had put the toll at 12.",
            official.mention_id: "The toll has risen to 22, a local official said.",
            hospital.mention_id: "Seven passengers died, a hospital source said."}
    assert superseded([government, official, hospital], ROOTS, lambda m: text[m.mention_id]) == set()
    (d,) = fatality_disputes([government, official], ROOTS, {}, lambda m: text[m.mention_id])
    assert {i for v in d.versions for i in v.mention_ids} == {government.mention_id, official.mention_id}
    assert fatality_disputes([official, hospital], ROOTS, {}, lambda m: text[m.mention_id])
