"""Place names the corpus never mentions are resolved through the store's gazetteer: the server
keeps one index of it (built on the first such name) and resolves exactly as fusion's resolver
does when it builds its own index for the lookup."""

from __future__ import annotations

import shutil

import pytest

from sitrep.api import create_app
from sitrep.api.reads import _CachedGazetteer
from sitrep.query.resolve import resolve_place
from sitrep.store import Store


@pytest.fixture(scope="module")
def state(corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("places") / "places.duckdb"
    shutil.copy(corpus[0], path)
    store = Store(path)
    yield create_app(store=store).state.sitrep
    store.close()


@pytest.mark.parametrize("name", ["Niafunké", "niafunke", "Tessalit", "Kidal", "Nowhere-at-all"])
def test_cached_gazetteer_resolves_like_the_resolver(state, name):
    cur = state.store.con.cursor()
    try:
        view = state.view(cur)
        expected = resolve_place(view, name)  # builds its own index
        assert resolve_place(view, name, _CachedGazetteer(state, cur)) == expected
    finally:
        cur.close()


def test_the_index_is_built_once(state):
    cur = state.store.con.cursor()
    try:
        view = state.view(cur)
        resolve_place(view, "Niafunké", _CachedGazetteer(state, cur))
        first = state._gazetteer
        resolve_place(view, "Ségou", _CachedGazetteer(state, cur))
        assert first is not None and state._gazetteer is first
        assert resolve_place(view, "Niafunké", _CachedGazetteer(state, cur))[0][0].startswith("gn:")
    finally:
        cur.close()
