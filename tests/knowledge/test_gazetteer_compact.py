"""The gazetteer's compact layout: a key with one place holds the bare id, codes are shared strings."""

from __future__ import annotations

from sitrep.knowledge.gazetteer import FCODE, Gazetteer


def _row(gid: int, name: str, cc: str) -> tuple:
    # built at run time, so equal code strings start as distinct objects (as rows read from a file do)
    return (gid, name, 18.4, 1.4, "".join([cc[0], cc[1]]), "0" + "8", None, "P", "".join(["PP", "L"]), 100)


def test_a_key_with_one_place_and_a_key_with_several():
    g = Gazetteer()
    g.add(_row(1, "Kidal", "ML"), ["kidal"])
    g.add(_row(2, "Kidal", "ID"), ["kidal", "kidal id"])
    g.add(_row(2, "Kidal", "ID"), ["kidal"])  # the same place again adds nothing
    assert g.ids("kidal") == (1, 2)
    assert g.ids("kidal id") == (2,)
    assert g.ids("nowhere") == ()
    assert [c.country for c in g.lookup_key("kidal")] == ["ML", "ID"]
    assert g.names["kidal id"] == 2  # stored bare, not as a 1-tuple


def test_rows_share_their_code_strings():
    g = Gazetteer()
    g.add(_row(1, "Gao", "ML"), ["gao"])
    g.add(_row(3, "Anefis", "ML"), ["anefis"])
    assert g.rows[1][FCODE] is g.rows[3][FCODE]
    assert g.finish().by_country_keys["ML"] == ("anefis", "gao")
