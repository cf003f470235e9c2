"""Workers load artifacts, never build them, even when the cache directory starts empty: the process
that starts them stores every artifact an analysis may need first (``sitrep.analyse.warm``), the
event classifier and the country tables of the world base included.  Else each worker of a cold
start fits, walks and stores its own copy (tens of MiB and seconds each, at once)."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from sitrep import artifacts
from sitrep.model import Document, Published, Segment

# short reports in a style of their own, naming areas (their seats are looked up) and places of
# several countries (each country met builds or loads its tables)
REPORTS = [
    "Gunmen on motorbikes raided a cattle market in the Mopti Region of Mali on Sunday, killing six herders, "
    "the regional governor said.\n\nResidents of Bandiagara said the attackers came from the north.",
    "Two soldiers died when their patrol hit a roadside bomb near Djibo, in the Soum Province of Burkina Faso, "
    "on Monday.\n\nThe army said it later destroyed a militant camp near Arbinda.",
    "Kidnappers seized nine passengers on the road between Zaria and Kaduna in Nigeria on Friday.\n\n"
    "Police in Kaduna State confirmed the abduction and said a search was under way.",
    "Protesters blocked the main road into Tillabéri in Niger on Wednesday to demand better protection, "
    "a local official said.\n\nNo one was hurt.",
]


def _document(i: int, text: str) -> Document:
    segments, pos = [], 0
    for para in text.split("\n"):
        if para.strip():
            segments.append(Segment(char_start=pos, char_end=pos + len(para)))
        pos += len(para) + 1
    return Document(doc_id=f"cold{i:012d}", source=f"cold-{i}.txt", text=text, segments=segments,
                    title=text[:60], outlet="Cold Outlet", language="en", published=Published(date=dt.date(2026, 5, 3)))


@pytest.fixture
def cold_cache(engine_knowledge, tmp_path, monkeypatch):
    """An empty cache directory but for the world gazetteer's index (which the knowledge loads before any
    engine starts; ~40 s to build), and every artifact save recorded with the saving process's id."""
    cache = tmp_path / "cache"
    cache.mkdir()
    for path in artifacts.cache_dir().glob("world-*"):
        (cache / path.name).symlink_to(path)
    monkeypatch.setenv("SITREP_CACHE", str(cache))
    saves = tmp_path / "saves"
    save = artifacts.save

    def recorded(kind, key, obj):
        with saves.open("a") as fh:  # appended from every process, the forked workers included
            fh.write(f"{os.getpid()} {kind}\n")
        return save(kind, key, obj)

    monkeypatch.setattr(artifacts, "save", recorded)
    return cache, saves


def test_pool_workers_build_no_artifact_on_a_cold_cache(cold_cache):
    from sitrep.analyse import Analyzer
    from sitrep.engine.local import analyse_documents_pool
    from sitrep.knowledge import load_knowledge
    from sitrep.pipeline import Summary
    from sitrep.store import Store

    cache, saves = cold_cache
    analyzer = Analyzer(load_knowledge())  # a fresh gazetteer: no country table built yet in this process
    docs = [_document(i, text) for i, text in enumerate(REPORTS)]
    summary = Summary()
    with Store(":memory:") as store:
        list(analyse_documents_pool(store, analyzer, docs, summary, workers=2, batch_size=1, start_method="fork"))
    assert summary.analysed == len(docs) and not summary.errors
    lines = [line.split() for line in saves.read_text().splitlines()]
    # the cache was cold: built and stored (the classifier too, unless an earlier test of this process
    # already holds it in memory) ...
    assert "country-table" in {kind for _, kind in lines}
    assert {int(pid) for pid, _ in lines} == {os.getpid()}, lines  # ... by this process alone
    # and what the workers met is there to load: the seats and villages of Mali among them
    assert len(list(cache.glob("country-table-*.artifact"))) >= 2 * 200
