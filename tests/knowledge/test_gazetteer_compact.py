"""The gazetteer's compact layout: a key with one place holds the bare id, codes are shared strings."""

from __future__ import annotations

from sitrep.knowledge.gazetteer import FCODE, Gazetteer
from sitrep.knowledge.names import place_key


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


def test_a_countrys_tables_outlive_the_fuzzy_memo(monkeypatch):
    """The fuzzy memo is emptied when it fills; the per-country letter counts built from every key
    of the country are not rebuilt each time (a long ingest fills the memo many times)."""
    g = Gazetteer()
    for gid, name in enumerate(["Tessalit", "Tinzaouaten", "Aguelhok", "Anefis", "Tarkint"], start=1):
        g.add(_row(gid, name, "ML"), [place_key(name)])
    g = g.finish()
    monkeypatch.setattr(Gazetteer, "_FUZZY_CACHE_SIZE", 2)
    assert [c.name for c, _ in g.fuzzy("Tessalitt", ["ML"])] == ["Tessalit"]
    tables = g.country_tables()
    counts = tables[("letter_counts", "ML")]
    for name in ("Aguelhokk", "Tarkintt", "Anefiss", "Tinzaouatenn"):  # the memo fills and is emptied
        assert g.fuzzy(name, ["ML"])
    assert g.country_tables() is tables and tables[("letter_counts", "ML")] is counts
    assert "_country_tables" not in g.__getstate__()  # per process, never shipped to a worker
