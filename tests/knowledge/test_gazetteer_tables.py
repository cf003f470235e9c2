"""A country's seats and villages tables: the world base's own are built once and loaded by later
gazetteers (another process's), and equal what walking the gazetteer gives; a country the store added
rows for, or whose base places a store row overrides, is walked as before."""

from __future__ import annotations

import pickle
import random

import pytest

from sitrep.analyse import place_seats, place_spellings
from sitrep.knowledge.gazetteer import Gazetteer, name_keys
from sitrep.knowledge.gazetteer_index import CompactIndex, write_index
from sitrep.knowledge.gazetteer_tables import _base_alone, country_table

SYLLABLES = ["sa", "ré", "kou", "din", "ba", "ma", "to", "gou", "lé", "fa", "djé", "nian", "ye", "ouo"]


def _row(rng, gid, cc, fcode):
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title()
    return (gid, name, rng.uniform(10, 20), rng.uniform(-10, 5), cc, rng.choice(["03", "05", "09"]),
            rng.choice(["31", "42", None]), "A" if fcode.startswith("ADM") else "P", fcode, rng.randint(0, 10**5))


@pytest.fixture
def base(tmp_path, monkeypatch):
    """A small world base (two countries' towns, seats and areas) as a mapped index."""
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path / "cache"))
    rng = random.Random(11)
    gaz = Gazetteer()
    for gid in range(1, 1500):
        cc = rng.choice(["ML", "NE"])
        row = _row(rng, gid, cc, rng.choice(["PPL", "PPL", "PPL", "PPLA", "PPLA2", "ADM2"]))
        gaz.add(row, name_keys(row[1], "", [row[1] + "ou"]))
    gaz.finish()
    path = tmp_path / "world.gazetteer"
    write_index(path, "base-1", gaz.names, gaz.rows, gaz.countries, gaz.admin_names, gaz.by_country_keys)
    return CompactIndex(path, "base-1")


def _same(a, b) -> bool:
    return pickle.dumps(a) == pickle.dumps(b)


def _tables(gaz, cc):
    return place_seats._seats_by_code(gaz, cc), place_spellings._country_villages(gaz, cc)


def _walked(gaz, cc):
    return place_seats._seats_of(gaz, cc), place_spellings._villages_of(gaz, cc)


def test_the_base_tables_are_built_once_then_loaded(base, tmp_path):
    first = Gazetteer(base=base)
    assert _base_alone(first, "ML")
    tables = _tables(first, "ML")
    assert tables[0] and len(tables[1][0]) > 100  # seats and villages found
    assert _same(tables, _walked(first, "ML"))
    assert len(list((tmp_path / "cache").glob("country-table-*.artifact"))) == 2
    calls = []
    later = Gazetteer(base=CompactIndex(base.path, "base-1"))  # another process's gazetteer
    loaded = country_table(later, "seats", "ML", lambda g: calls.append(1), place_seats.__file__)
    assert calls == [] and _same(loaded, tables[0])


def test_a_country_with_rows_over_the_base_is_walked(base):
    rng = random.Random(5)
    gaz = Gazetteer(base=base)
    added = _row(rng, 90_001, "ML", "PPLA")
    gaz.add(added, name_keys(added[1]))
    moved = base.row(next(g for g in range(1, 1500) if base.row(g)[4] == "NE"))
    gaz.add(moved[:4] + ("BF",) + moved[5:], name_keys(moved[1]))  # a base place of Niger filed in Burkina
    gaz.finish(countries={"ML", "BF"}, new_keys=name_keys(added[1]) | name_keys(moved[1]))
    for cc in ("ML", "NE", "BF"):
        assert not _base_alone(gaz, cc)
        assert _same(_tables(gaz, cc), _walked(gaz, cc))
    assert 90_001 in [g for ids in place_seats._seats_by_code(gaz, "ML").values() for g in ids]


def test_a_country_untouched_by_the_rows_keeps_the_base_tables(base):
    rng = random.Random(6)
    gaz = Gazetteer(base=base)
    for gid in range(95_000, 95_050):  # a neighbouring country's dump, some names shared with the base
        row = _row(rng, gid, "BF", "PPL")
        gaz.add(row, name_keys(row[1], "", [base.row(gid - 94_000)[1]]))
    gaz.finish(countries={"BF"})
    assert _base_alone(gaz, "NE") and not _base_alone(gaz, "BF")
    assert _same(_tables(gaz, "NE"), _walked(gaz, "NE"))
    assert _same(_tables(gaz, "BF"), _walked(gaz, "BF"))


def test_warming_stores_every_base_table_then_loads_none(base, tmp_path):
    """``warm_country_tables`` stores the table of each country of the base that is the base's own
    (a country with rows over the base is skipped: it is walked), keeps none, and a second call
    builds nothing; a later gazetteer then loads what the walk would give."""
    from sitrep import artifacts
    from sitrep.knowledge.gazetteer_tables import warm_country_tables

    rng = random.Random(8)
    gaz = Gazetteer(base=base)
    added = _row(rng, 91_000, "NE", "PPLA")
    gaz.add(added, name_keys(added[1]))
    gaz.finish(countries={"NE"}, new_keys=name_keys(added[1]))
    build = place_spellings._villages_of
    assert warm_country_tables(gaz, place_spellings.VILLAGES_TABLE, build, place_spellings.__file__) == ["ML"]
    assert gaz.country_tables() == {("countries added",): frozenset({"NE"})}  # nothing kept in memory
    assert warm_country_tables(gaz, place_spellings.VILLAGES_TABLE, build, place_spellings.__file__) == []
    before = artifacts.built_here()
    later = Gazetteer(base=CompactIndex(base.path, "base-1"))
    assert _same(place_spellings._country_villages(later, "ML"), _walked(later, "ML")[1])
    assert artifacts.built_here() == before  # loaded, not built


def test_the_same_sound_table_of_a_base_country_is_built_once_then_loaded(base, tmp_path):
    """``place_variants``' same-sound index (every village name of the country folded) is a country table
    too: the world base's own is stored once and loaded by a later gazetteer, equal to the index built by
    walking; a country with rows over the base is walked as before."""
    from sitrep import artifacts
    from sitrep.analyse import place_variants

    first = Gazetteer(base=base)
    table = place_variants._variants_of(first, "ML")
    assert len(table) > 100 and _same(table, place_variants._variant_index(first, "ML"))
    before = artifacts.built_here()
    later = Gazetteer(base=CompactIndex(base.path, "base-1"))  # another process's gazetteer
    assert _same(place_variants._variants_of(later, "ML"), table)
    assert artifacts.built_here() == before  # loaded, not built
    rng = random.Random(9)
    added = _row(rng, 92_000, "ML", "PPL")
    grown = Gazetteer(base=CompactIndex(base.path, "base-1"))
    grown.add(added, name_keys(added[1]))
    grown.finish(countries={"ML"}, new_keys=name_keys(added[1]))
    walked = place_variants._variants_of(grown, "ML")
    assert artifacts.built_here() == before and _same(walked, place_variants._variant_index(grown, "ML"))
    assert 92_000 in [g for ids in walked.values() for g in ids]
