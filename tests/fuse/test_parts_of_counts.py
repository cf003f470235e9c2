"""A part of a count is no count of its own: "including three women", « dont trois femmes », "three of the
wounded died".  Two outlets that give a toll and a part of it, or the wounded and the few of them who
later died, do not disagree (``sitrep.fuse.counts._part_of_count``)."""

from __future__ import annotations

import pytest

from .fuse_factory import mention
from sitrep.fuse.counts import count_disputes, figures_in

CLASSES = ("killed", "wounded", "abducted", "vehicles")


def _values(text):
    return sorted((f.cls, f.value) for f in figures_in(text, "d:0", CLASSES))


@pytest.mark.parametrize("text, kept", [
    ("Au moins onze civils, dont trois femmes, ont été tués mardi au marché.", [("killed", 11)]),
    ("The strike killed 14 civilians, including two children, residents said.", [("killed", 14)]),
    ("Twenty people were wounded; three of the wounded died in hospital.", [("wounded", 20)]),
    ("Quinze soldats ont été tués, parmi eux quatre officiers.", [("killed", 15)]),
    # counts that are not parts stay
    ("Nine soldiers were killed and twelve wounded.", [("killed", 9), ("wounded", 12)]),
])
def test_a_part_of_a_count_is_not_read_as_a_count(text, kept):
    assert _values(text) == kept


def test_a_toll_and_a_part_of_it_told_by_two_outlets_are_no_dispute():
    texts = {"local": "Au moins onze civils, dont trois femmes, ont été tués mardi. Une vingtaine de blessés ont été évacués.",
             "wire": "The strike killed 14 civilians, residents said, as three of the wounded died in hospital."}
    ms = [mention(d, 0, etype="Explosions/Remote violence", sub="Air/drone strike") for d in texts]
    assert count_disputes(ms, [], texts, {d: d for d in texts}, {d: d for d in texts},
                          "Explosions/Remote violence") == []
    # the same outlets with a toll three times the other's do disagree
    texts["wire"] = "The strike killed 40 civilians, residents said."
    assert [d.kind for d in count_disputes(ms, [], texts, {d: d for d in texts}, {d: d for d in texts},
                                           "Explosions/Remote violence")] == ["count"]


def test_the_day_in_a_dateline_is_no_count():
    # "OUAGADOUGOU, Sept 21 (AFP) - Jihadists killed…": 21 is the day the story was filed
    texts = {"wire": "OUAGADOUGOU, Sept 21 (AFP) - Jihadists killed at least 20 soldiers in an attack on Sunday.",
             "army": "The army said it had repelled the attack and killed about 50 militants."}
    ms = [mention(d, 0) for d in texts]
    assert count_disputes(ms, [], texts, {d: d for d in texts}, {d: d for d in texts}, "Battles") == []
    texts["wire2"] = "OUAGADOUGOU, Sept 21 (AFP) - Soldiers killed 20 jihadists in an attack on Sunday."
    ms.append(mention("wire2", 0))
    assert [d.kind for d in count_disputes(ms, [], texts, {d: d for d in texts}, {d: d for d in texts},
                                           "Battles")] == ["count"]
