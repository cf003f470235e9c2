"""Small writes bind their values as parameters instead of building Arrow tables (the first Arrow
array imports pandas, about 0.4 s of a fresh process): ``sitrep ingest today.txt`` into an
existing store imports neither, and both write paths store the same rows."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import sitrep.store.analyses as analyses_mod
import sitrep.store.documents as documents_mod
from sitrep import pipeline
from sitrep.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "mali"


def test_an_ingest_into_an_existing_store_imports_neither_pandas_nor_pyarrow(tmp_path):
    first, second = sorted(EXAMPLES.glob("*.txt"))[:2]
    program = textwrap.dedent("""
        import contextlib, io, json, sys
        from sitrep.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(["--db", sys.argv[1], "ingest", sys.argv[2]])
        print(json.dumps([code, [m for m in ("pandas", "pyarrow") if m in sys.modules]]))
    """)
    db = str(tmp_path / "s.duckdb")
    runs = []
    for article in (first, second):  # the first creates the store and saves the actor base
        done = subprocess.run([sys.executable, "-c", program, db, str(article)], capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, done.stderr
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    assert runs[1] == [0, []]


def _contents(path: Path) -> dict[str, list]:
    with Store(path, read_only=True) as s:
        return {
            "documents": s.con.execute("SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id").fetchall(),
            "lsh": s.con.execute("SELECT * FROM document_lsh ORDER BY ALL").fetchall(),
            "mentions": s.con.execute("SELECT mention_id, event_id, data FROM event_mentions ORDER BY 1").fetchall(),
            "actors": s.con.execute("SELECT * FROM actor_mentions ORDER BY ALL").fetchall(),
            "persons": s.con.execute("SELECT * FROM person_mentions ORDER BY ALL").fetchall(),
            "places": s.con.execute("SELECT * FROM place_mentions ORDER BY ALL").fetchall(),
            "claims": s.con.execute("SELECT * FROM claims ORDER BY ALL").fetchall(),
            "analyses": [(d, {k: v for k, v in json.loads(a).items() if k != "timings"})  # timings vary by run
                         for d, a in s.con.execute("SELECT doc_id, analysis FROM analyses ORDER BY doc_id").fetchall()],
            "events": s.con.execute("SELECT event_id, data FROM events ORDER BY 1").fetchall(),
        }


def test_parameter_and_arrow_writes_store_the_same_rows(tmp_path, monkeypatch, analyzer):
    articles = [str(p) for p in sorted(EXAMPLES.glob("*.txt"))[:3]]
    with Store(tmp_path / "small.duckdb") as store:
        pipeline.run(articles, store, analyzer=analyzer)
    for module in (analyses_mod, documents_mod):  # every write through Arrow
        monkeypatch.setattr(module, "ARROW_MIN_ROWS", 0)
    with Store(tmp_path / "arrow.duckdb") as store:
        pipeline.run(articles, store, analyzer=analyzer)
    small, arrow = _contents(tmp_path / "small.duckdb"), _contents(tmp_path / "arrow.duckdb")
    assert small["documents"] and small["mentions"] and small["events"]
    assert small == arrow


def test_the_unnested_lists_store_what_row_by_row_inserts_store(store):
    """Small writes go as one list per column (one statement); the values stored, NULLs, integers
    in a DOUBLE column and dates included, are those of the insert run once per row, in row order."""
    columns = analyses_mod._cols("place_mentions")
    rows = [["d1", i, i + 4, f"Place {i}", None if i % 3 else f"gn:{i}", None if i % 3 else "Name",
             [18.44, 1, None][i % 3], [1.4, -3, None][i % 3], "ML" if i % 2 else None, None, None,
             [1, None, 2][i % 3], [1, 0.75, None][i % 3]] for i in range(40)]
    analyses_mod._bulk_insert(store.con, "place_mentions", columns, rows)
    unnested = store.con.execute("SELECT * FROM place_mentions").fetchall()
    store.con.execute("DELETE FROM place_mentions")
    quoted = ", ".join(f'"{c}"' for c in columns)
    store.con.executemany(f"INSERT INTO place_mentions ({quoted}) VALUES ({', '.join('?' * len(columns))})", rows)
    assert unnested == store.con.execute("SELECT * FROM place_mentions").fetchall()
    assert len(unnested) == 40 and unnested[1][6] == 1.0 and unnested[2][6] is None


def test_a_batch_of_sixty_notes_with_their_band_keys_imports_neither_pandas_nor_pyarrow(tmp_path):
    """``sitrep eval acled`` stores its 60 notes as one batch: ~1,000 band keys, which went through Arrow
    (and pyarrow's import of pandas, ~0.2 s) when the keys counted towards the documents' threshold."""
    program = textwrap.dedent("""
        import datetime as dt, json, sys
        from sitrep.ingest.dedup import add_documents
        from sitrep.model import Document, Published, Segment
        from sitrep.store import Store
        texts = [f"On {d} March 2024, gunmen attacked the village of Koro {d} and killed {d} civilians." for d in range(60)]
        docs = [Document(doc_id=f"{i:016x}", source=f"notes.jsonl:{i}", text=t, segments=[Segment(char_start=0, char_end=len(t))],
                         published=Published(date=dt.date(2024, 3, 1)), language="en") for i, t in enumerate(texts)]
        with Store(sys.argv[1]) as store:
            add_documents(store, docs)
            rows = store.con.execute("SELECT count(*) FROM documents").fetchone()[0]
            keys = store.con.execute("SELECT count(*) FROM document_lsh").fetchone()[0]
        print(json.dumps([rows, keys, [m for m in ("pandas", "pyarrow") if m in sys.modules]]))
    """)
    done = subprocess.run([sys.executable, "-c", program, str(tmp_path / "s.duckdb")], capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    rows, keys, imported = json.loads(done.stdout.strip().splitlines()[-1])
    assert rows == 60 and keys + rows >= 256  # past the old threshold, which counted the keys with the rows
    assert imported == []
