"""A store's gazetteer is built once from its rows and loaded after, and only for the very same rows."""

from __future__ import annotations

import pytest

from sitrep import artifacts
from sitrep.knowledge import gazetteer_cache
from sitrep.knowledge.gazetteer import build_gazetteer, name_keys


_SYLLABLES = ["ba", "di", "gou", "ka", "lem", "mo", "na", "sa", "ti", "zou"]


def _name(i: int, head: str = "Kou") -> str:
    return head + "".join(_SYLLABLES[int(d)] for d in f"{i:04d}")


def _rows(n: int, shift: float = 0.0) -> list:
    out = []
    for i in range(n):
        row = (5_000_000 + i, _name(i), 12.0 + i / 1e4 + shift, -1.0, "BF", "07", None, "P", "PPL", i)
        out.append((row, sorted(name_keys(_name(i), "", [_name(i, "Kuu")]))))
    return out


def _state(gaz) -> tuple:
    return gaz.names, gaz.rows, gaz.by_country_keys, gaz.countries, gaz.admin_names, gaz.detailed, gaz.imported


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    return tmp_path


def test_built_once_then_loaded_as_built(cache, monkeypatch):
    rows = _rows(gazetteer_cache.MIN_ROWS + 5)
    first = gazetteer_cache.store_gazetteer(rows, world=False)
    assert list(cache.glob(f"{gazetteer_cache.KIND}-*.artifact"))

    def no_build(*a, **k):
        raise AssertionError("built again")

    monkeypatch.setattr(gazetteer_cache, "build_gazetteer", no_build)
    # the same places with their keys in another order (as another import of the same dump gives them)
    again = gazetteer_cache.store_gazetteer(((row, keys[::-1]) for row, keys in rows), world=False)
    assert _state(again) == _state(first) == _state(build_gazetteer(rows, world=False))
    assert again.country_keys("BF") and again.lookup(_name(7))[0].geonameid == 5_000_007


def test_other_rows_or_their_order_build_anew(cache):
    rows = _rows(gazetteer_cache.MIN_ROWS + 5)
    gazetteer_cache.store_gazetteer(rows, world=False)
    moved = gazetteer_cache.store_gazetteer(_rows(gazetteer_cache.MIN_ROWS + 5, shift=0.5), world=False)
    assert moved.lookup(_name(7))[0].latitude == pytest.approx(12.5007)
    # the same places read in another order file shared keys in another order: another artifact
    reordered = gazetteer_cache.store_gazetteer(rows[::-1], world=False)
    assert _state(reordered) == _state(build_gazetteer(rows[::-1], world=False))
    assert len(list(cache.glob(f"{gazetteer_cache.KIND}-*.artifact"))) == 3


def test_a_few_rows_are_built_without_an_artifact(cache):
    gaz = gazetteer_cache.store_gazetteer(_rows(10), world=False)
    assert gaz.lookup(_name(3)) and not list(cache.glob(f"{gazetteer_cache.KIND}-*"))
    assert artifacts.cache_dir() == cache
