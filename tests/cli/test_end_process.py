"""The `sitrep` command ends without the interpreter's teardown (``sitrep.cli.end_process``): what the
teardown would have done that matters must still happen — output written, files left open closed,
atexit handlers run, other threads waited for, the store's writes kept."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path


def _python(code: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          input=stdin, timeout=120)


def test_exit_code_output_and_atexit_handlers(tmp_path: Path):
    marker = tmp_path / "atexit.txt"
    done = _python(f"""
        import atexit, sys
        from sitrep.cli import end_process
        atexit.register(lambda: open({str(marker)!r}, "w").write("ran"))
        print("on stdout, buffered", end="")
        sys.stderr.write("on stderr")
        end_process(3)
        print("never")
    """)
    assert done.returncode == 3
    assert done.stdout == "on stdout, buffered"
    assert "on stderr" in done.stderr
    assert marker.read_text() == "ran"


def test_files_left_open_are_written_and_closed(tmp_path: Path):
    text, raw, packed = tmp_path / "text.txt", tmp_path / "raw.bin", tmp_path / "packed.gz"
    done = _python(f"""
        import gzip
        from sitrep.cli import end_process
        kept = [open({str(text)!r}, "w", encoding="utf-8"), open({str(raw)!r}, "wb"), gzip.open({str(packed)!r}, "wt")]
        kept[0].write("Ségou, a line not flushed")
        kept[1].write(bytes(range(7)))
        kept[2].write("a compressed line\\n")
        end_process(0)
    """)
    assert done.returncode == 0, done.stderr
    assert text.read_text(encoding="utf-8") == "Ségou, a line not flushed"
    assert raw.read_bytes() == bytes(range(7))
    import gzip

    assert gzip.open(packed, "rt").read() == "a compressed line\n"  # the trailer was written: closed, not only flushed


def test_another_running_thread_is_waited_for(tmp_path: Path):
    late = tmp_path / "late.txt"
    done = _python(f"""
        import threading, time
        from sitrep.cli import end_process
        def later():
            time.sleep(0.3)
            open({str(late)!r}, "w").write("written after main")
        threading.Thread(target=later).start()
        end_process(5)
    """)
    assert done.returncode == 5
    assert late.read_text() == "written after main"


def test_a_closed_pipe_on_stdout_does_not_hang_or_raise(tmp_path: Path):
    reader = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read(1)"], stdin=subprocess.PIPE)
    writer = subprocess.run(
        [sys.executable, "-c", "from sitrep.cli import end_process; print('x' * 200_000); end_process(0)"],
        stdout=reader.stdin, stderr=subprocess.PIPE, timeout=120)
    reader.stdin.close()
    reader.wait(timeout=60)
    assert writer.returncode in (0, 1, 120), writer.stderr  # what matters: it ended


def test_an_ingest_through_the_command_is_in_the_store(tmp_path: Path):
    """The `sitrep` entry point (``run``) ingests, ends early, and the next process reads what it stored."""
    article = tmp_path / "report.txt"
    article.write_text("Unidentified gunmen raided a weekly market near Tenenkou on Friday, the mayor said.\n",
                       encoding="utf-8")
    db = tmp_path / "store.duckdb"
    entry = "import sys; sys.argv[0] = 'sitrep'; from sitrep.cli import run; run()"
    done = subprocess.run([sys.executable, "-c", entry, "--db", str(db), "ingest", "--no-analyse", "--format", "json",
                           str(article)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["stored"] == 1
    listed = subprocess.run([sys.executable, "-c", entry, "--db", str(db), "documents", "--format", "json"],
                            capture_output=True, text=True, timeout=300)
    assert listed.returncode == 0, listed.stderr
    [stored] = json.loads(listed.stdout)
    assert stored["source"] == str(article) and stored["characters"] == len(article.read_text(encoding="utf-8"))


def test_the_command_collects_young_objects_less_often_from_its_start():
    """``run`` raises the collector's youngest threshold before ``main`` imports anything heavy."""
    done = _python("""
        import gc, sys
        import sitrep.cli as cli
        cli.main = lambda: print(gc.get_threshold()[0], "spacy" in sys.modules) or 4
        cli.run()
    """)
    assert done.returncode == 4, done.stderr
    assert done.stdout.split() == [str(20_000), "False"]
