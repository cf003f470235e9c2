"""A spelling guessed for a village holds only within its named unit's reach; an alias bracket between a name
and its bracket of units leaves the units qualifying the name; "a village in the commune of" pins."""

from __future__ import annotations

from sitrep.analyse.place_anchors import link_between
from sitrep.analyse.place_pins import _name_end
from sitrep.analyse.place_variants import spellings_in_reach
from sitrep.knowledge.gazetteer import world_gazetteer


def test_a_near_spelling_beyond_the_cercle_seat_reach_is_dropped_and_a_nearer_one_kept():
    gaz = world_gazetteer()
    koro = [c for c in gaz.lookup("Koro") if c.country == "ML" and c.feature_code == "PPLA2"]
    kerano = [c for c in gaz.lookup("Kérano") if c.country == "ML"]
    dinangorou = [c for c in gaz.lookup("Dinangorou") if c.country == "ML"]
    assert koro and kerano and dinangorou
    assert spellings_in_reach(gaz, "Kerena", kerano, koro) == []  # 115 km from Koro
    assert spellings_in_reach(gaz, "Dinangourou", dinangorou, koro) == dinangorou  # 99 km: in the cercle
    # spelled as written, a village is no guess: the reach does not apply
    assert spellings_in_reach(gaz, "Kérano", kerano, koro) == kerano
    # a region is too vast to bound a spelling
    mopti = [c for c in gaz.lookup("Mopti Region") if c.feature_code == "ADM1"]
    assert spellings_in_reach(gaz, "Kerena", kerano, mopti) == kerano


def test_an_alias_bracket_before_the_units_bracket_is_part_of_the_name():
    text = "killed farmers at Tabi (Tabi-Peulh) (Koro cercle, Mopti) and"
    end = text.index("Tabi") + 4
    assert text[_name_end(text, end):].startswith(" (Koro")
    # a bracket of units itself is not skipped
    text = "killed farmers at Tabi (Koro, Mopti) (coded separately)"
    assert _name_end(text, text.index("Tabi") + 4) == text.index("Tabi") + 4


def test_a_village_in_the_commune_of_links_as_near():
    for between in (", a village in the commune of ", ", a small village of the commune of "):
        link = link_between(between, " (Sanmatenga province).", [], "en")
        assert link is not None and link.kind == "near", between
    assert link_between(", un village de la commune de ", " (Sanmatenga).", [], "fr").kind == "near"
