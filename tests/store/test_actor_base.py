"""The actor base in the store (written by the pipeline before fusing, skipped when unchanged), and the
store's optional filters."""

from __future__ import annotations

from sitrep import pipeline
from sitrep.knowledge import load_actors
from sitrep.knowledge.actors import ActorBase
from sitrep.model import Actor


def _base(*actors: Actor) -> ActorBase:
    return ActorBase(actors={a.actor_id: a for a in actors})


def test_an_unchanged_base_is_not_written_again(store):
    jnim = Actor(actor_id="jnim", name="JNIM", kind="rebel_group", aliases=["Nusrat al-Islam"])
    assert store.save_actor_base(_base(jnim)) == 1
    assert store.save_actor_base(_base(jnim)) == 0  # the same rows: the digest matches, nothing written
    renamed = Actor(actor_id="jnim", name="JNIM (al-Qaeda)", kind="rebel_group")
    assert store.save_actor_base(_base(renamed)) == 1  # a changed actor is written
    assert store.actor_names(["jnim"]) == {"jnim": "JNIM (al-Qaeda)"}


def test_the_pipeline_saves_the_base_it_is_given(store, tmp_path):
    (tmp_path / "a.txt").write_text("Nothing happened in Kidal on Monday.", encoding="utf-8")
    given = _base(Actor(actor_id="only-here", name="Only Here", kind="other"))

    class _NoAnalysis:
        def analyse(self, document):
            raise AssertionError("not reached: the test engine analyses nothing")

    def engine(store, analyzer, documents, summary):
        list(documents)
        yield from ()

    pipeline.run([str(tmp_path / "a.txt")], store, analyzer=_NoAnalysis(), analyse=engine, actors=given)
    assert store.actor_names(["only-here"]) == {"only-here": "Only Here"}
    assert store.save_actor_base(given) == 0  # already held


def test_storing_only_writes_no_base(store, tmp_path):
    (tmp_path / "a.txt").write_text("Nothing happened in Kidal on Monday.", encoding="utf-8")
    pipeline.run([str(tmp_path / "a.txt")], store)  # --no-analyse: no analysis, no fusion, no base
    assert store.actor_names([next(iter(load_actors().actors))]) == {}


def test_optional_filters_build_one_where_clause():
    from sitrep.store.core import where_given

    assert where_given(None, None) == ("", [])
    assert where_given(("a = ?", [1]), None, ("(b = ? OR c = ?)", [2, 2])) == (" WHERE a = ? AND (b = ? OR c = ?)", [1, 2, 2])


def test_another_process_finds_the_shipped_base_unchanged_without_pandas(tmp_path):
    """Every ``sitrep ingest`` checks the base: a process with another string-hash seed (set order)
    must find the digest the first wrote, and the check must not import pandas."""
    import json
    import os
    import subprocess
    import sys

    program = (
        "import json, sys\n"
        "from sitrep.knowledge import load_actors\n"
        "from sitrep.store import Store\n"
        f"with Store({str(tmp_path / 's.duckdb')!r}) as store:\n"
        "    written = store.save_actor_base(load_actors())\n"
        "print(json.dumps([written, 'pandas' in sys.modules]))\n"
    )

    def run(seed: str) -> list:
        done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])

    written, pandas_first = run("1")
    assert written > 0
    assert pandas_first is False  # writing the base (one unnest upsert per table) needs no pandas either
    assert run("2") == [0, False]
    assert run("3") == [0, False]
