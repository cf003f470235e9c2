"""``place_frame`` and ``place_variants.off_frame``: the units a note names frame its place."""

from __future__ import annotations

from sitrep.analyse.place_frame import _gives_unit
from sitrep.analyse.place_variants import off_frame
from sitrep.knowledge.gazetteer import world_gazetteer


class _Para:
    def __init__(self, text: str):
        self.text = text


def _hit(para, name: str, cands, region: bool = False):
    s = para.text.index(name)
    return (para, s, s + len(name), name, cands, True, region)


def test_a_name_before_a_unit_word_or_inside_a_bracket_gives_a_unit():
    para = _Para("attacked Kenieba (Kayes region) and Boni (Haire, Douentza) near Gao")
    assert _gives_unit(_hit(para, "Kayes", []))
    assert _gives_unit(_hit(para, "Haire", []))
    assert not _gives_unit(_hit(para, "Kenieba", []))
    assert not _gives_unit(_hit(para, "Gao", []))


def test_a_near_spelling_far_from_the_notes_units_is_off_frame_and_one_near_them_is_not():
    gaz = world_gazetteer()
    para = _Para("killed herders at Koulogon (Bankass cercle, Mopti) and at Kanikombole")
    koulogo = [c for c in gaz.lookup("Koulogo") if c.country == "BF"][:1]  # a Burkinabe namesake, 250 km off
    ogossogou = [c for c in gaz.lookup("Ogossogou")][:1]  # a village of the Bankass cercle
    bankass = [c for c in gaz.lookup("Bankass Cercle")]
    found = [_hit(para, "Koulogon", koulogo), _hit(para, "Bankass", bankass), _hit(para, "Kanikombole", ogossogou)]
    assert off_frame(gaz, found, {0, 2}) == {0}
    # a near spelling in a note naming nothing else is kept
    assert off_frame(gaz, found[:1], {0}) == set()
