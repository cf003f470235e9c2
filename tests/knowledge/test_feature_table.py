"""The Sahel's named streams, hills, forests and localities folded by name key: read from the shipped
table once, then loaded from the artifact cache by later processes, the same features under the same keys."""

from __future__ import annotations

import dataclasses

from sitrep import artifacts
from sitrep.knowledge import gazetteer_features


def _plain(table):
    return {k: [dataclasses.astuple(c) for c in v] for k, v in table.items()}


def test_the_folded_feature_table_is_read_once_then_loaded(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    gazetteer_features._by_key.cache_clear()
    try:
        built = gazetteer_features._by_key()
        assert "sahel-features" in artifacts.built_here()
        rows, keys = gazetteer_features._read_table()
        assert len(built) == len(keys) > 1000
        # a feature with several names is one object under each of its keys, as when read
        shared = next(ids for ids in keys.values() if len(ids) == 1 and
                      sum(ids[0] in other for other in keys.values()) > 1)
        holders = [k for k, ids in keys.items() if shared[0] in ids]
        assert len({id(c) for k in holders for c in built[k] if c.geonameid == rows[shared[0]][0]}) == 1
        count = len(artifacts.built_here())
        gazetteer_features._by_key.cache_clear()  # a later process
        loaded = gazetteer_features._by_key()
        assert len(artifacts.built_here()) == count  # loaded, not built
        assert _plain(loaded) == _plain(built)
        assert {k: [rows[i] for i in ids] for k, ids in keys.items()} == _plain(built)
    finally:
        gazetteer_features._by_key.cache_clear()
