"""The memory-mapped gazetteer index answers exactly as the dicts it is built from."""

from __future__ import annotations

import pickle
import random

import pytest

from sitrep.knowledge.gazetteer import Gazetteer, build_gazetteer, name_keys
from sitrep.knowledge.gazetteer_index import CompactIndex, UnsoundIndex, write_index

CODES = ["ML", "NE", "BF", None]


def _dict_gazetteer(n: int = 3000, seed: int = 3) -> Gazetteer:
    rng = random.Random(seed)
    syllables = ["ki", "dal", "ga", "o", "me", "na", "ka", "tin", "za", "ouat", "en", "é", "ñ", "bou", "rem"]
    gaz = Gazetteer()
    for gid in rng.sample(range(1, 10_000_000), n):
        name = "".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))).title()
        alts = ["".join(rng.choice(syllables) for _ in range(2)) for _ in range(rng.randint(0, 3))]
        row = (gid, name, rng.uniform(-90, 90), rng.uniform(-180, 180), rng.choice(CODES), rng.choice(["01", "07", None]),
               None, rng.choice("PAS"), rng.choice(["PPL", "ADM1", "ADM2", "PCLI", "WLL"]), rng.randint(0, 10**6))
        gaz.add(row, name_keys(name, "", alts))
    return gaz.finish()


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    gaz = _dict_gazetteer()
    path = tmp_path_factory.mktemp("index") / "world.gazetteer"
    write_index(path, "k1", gaz.names, gaz.rows, gaz.countries, gaz.admin_names, gaz.by_country_keys)
    return gaz, CompactIndex(path, "k1")


def test_every_key_row_and_country_answers_as_the_dicts(pair):
    gaz, index = pair
    assert index.key_count() == len(gaz.names) and len(index) == len(gaz.rows)
    for key in gaz.names:
        assert index.ids(key) == gaz.ids(key)
    for gid, row in gaz.rows.items():
        found = index.row(gid)
        assert found == row and [type(v) for v in found] == [type(v) for v in row]
    for cc, keys in gaz.by_country_keys.items():
        assert index.country_keys(cc) == keys
    assert index.countries == gaz.countries and index.admin_names == gaz.admin_names
    assert sorted(index.keys()) == sorted(gaz.names)


def test_populous_ids_are_the_rows_a_scan_of_every_row_finds(pair):
    gaz, index = pair
    for floor, code in [(500_000, "PCLI"), (900_000, "WLL"), (10**7, "NO-SUCH-CODE")]:
        expected = sorted(g for g, row in gaz.rows.items() if row[9] >= floor or row[8] == code)
        assert index.populous_ids(floor, code) == expected
    assert index.populous_ids(10**7, "NO-SUCH-CODE") == []


def test_absent_keys_and_ids(pair):
    _, index = pair
    for key in ["", "zz-not-a-place", "kidal" * 40, "\uffff"]:
        assert index.ids(key) == ()
    assert index.row(0) is None and index.row(10**12) is None
    assert index.country_keys("ZZ") is None


def test_a_gazetteer_over_the_index_takes_store_rows_and_pickles_small(pair):
    gaz, index = pair
    over = Gazetteer(countries=dict(index.countries), admin_names=dict(index.admin_names), base=index)
    some_key = next(iter(gaz.names))
    new_row = (99_999_999_999, "Tinzaouaten", 19.9, 2.9, "ML", "08", None, "P", "PPL", 500)
    over.add(new_row, [some_key, "tinzaouaten"])
    assert over.ids(some_key) == gaz.ids(some_key) + (new_row[0],)
    assert over.lookup_key("tinzaouaten")[0].name == "Tinzaouaten"
    assert len(over) == len(gaz.rows) + 1
    shipped = pickle.dumps(over)
    assert len(shipped) < 100_000  # the index travels as its path, not its contents
    back = pickle.loads(shipped)
    assert back.ids(some_key) == over.ids(some_key) and back.row(new_row[0]) == new_row


@pytest.mark.parametrize("damage", ["truncate", "other-inputs", "not-an-index"])
def test_unsound_files_are_refused(pair, tmp_path, damage):
    gaz, _ = pair
    path = tmp_path / "w.gazetteer"
    write_index(path, "k1", gaz.names, gaz.rows, gaz.countries, gaz.admin_names, gaz.by_country_keys)
    key = "k1"
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:-100])
    elif damage == "other-inputs":
        key = "k2"
    else:
        path.write_bytes(b"garbage" * 100)
    with pytest.raises(UnsoundIndex):
        CompactIndex(path, key)


@pytest.mark.parametrize("moved", [False, True])  # True: some places change country (every key rescanned)
def test_store_rows_over_the_world_index_as_over_dicts(pair, monkeypatch, moved):
    """``build_gazetteer`` over the mapped world base gives the lookups it gives over plain dicts."""
    from sitrep.knowledge import gazetteer as gazetteer_module

    gaz, index = pair
    rng = random.Random(8)
    picked = rng.sample(sorted(gaz.rows), 50)
    store_rows = [((gid, gaz.rows[gid][1] + "a", 1.0, 2.0, "ML" if moved else gaz.rows[gid][4], "03", "x", "P", "PPL", 0),
                   ["extra key", f"k{gid}"]) for gid in picked]
    store_rows.append(((123, "Anefis", 18.0, 0.6, "ML", "08", None, "P", "PPL", 0), ["anefis"]))

    def world_from_dicts():
        return _dict_gazetteer()

    def world_from_index():
        return Gazetteer(countries=dict(index.countries), admin_names=dict(index.admin_names), base=index)

    monkeypatch.setattr(gazetteer_module, "world_gazetteer", world_from_dicts)
    plain = build_gazetteer(store_rows)
    monkeypatch.setattr(gazetteer_module, "world_gazetteer", world_from_index)
    mapped = build_gazetteer(store_rows)
    for key in [*gaz.names, "extra key", "anefis", *(f"k{g}" for g in picked)]:
        assert mapped.ids(key) == plain.ids(key)
    assert len(mapped) == len(plain)
    for cc in ["ML", "NE", "BF"]:
        assert mapped.country_keys(cc) == plain.country_keys(cc)
    assert [c.name for c in mapped.lookup_key("extra key")] == [c.name for c in plain.lookup_key("extra key")]


def test_places_moving_between_countries_rescan_the_countries_they_left_not_the_world(pair, monkeypatch):
    """A dump that files a border town under the neighbour (as the Mauritania dump does with a town the
    world base has in Mali) leaves the key lists a rescan of every key gives, without that rescan
    (over the world base it is a million keys, ~25 s at every start)."""
    from sitrep.knowledge import gazetteer as gazetteer_module

    gaz, index = pair
    monkeypatch.setattr(gazetteer_module, "world_gazetteer",
                        lambda: Gazetteer(countries=dict(index.countries), admin_names=dict(index.admin_names), base=index))
    movers = [g for g, row in sorted(gaz.rows.items()) if row[4] in ("NE", "BF")][:40]
    store_rows = [((g, gaz.rows[g][1], 1.0, 2.0, "ML", "03", None, "P", "PPL", 0), [f"k{g}"]) for g in movers]
    store_rows.append(((124, "Ber", 16.0, -3.0, "NE", "08", None, "P", "PPL", 0), ["ber"]))

    def no_world_scan(self):
        raise AssertionError("every key rescanned")

    with monkeypatch.context() as m:
        m.setattr(Gazetteer, "_all_keys", no_world_scan)
        fast = build_gazetteer(store_rows)
    lists = {cc: fast.country_keys(cc) for cc in ["ML", "NE", "BF"]}
    assert any(k in lists["ML"] for g in movers for k in index.country_keys(gaz.rows[g][4]) if g in index.ids(k))
    fast.finish(["ML", "NE"])  # every key rescanned for the countries the rows are in, as before
    assert {cc: fast.country_keys(cc) for cc in ["ML", "NE", "BF"]} == lists
