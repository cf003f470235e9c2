"""Inputs the probe broke below the command line: legacy encodings and stray bytes, lone
surrogates in JSON, feed links whose host ends in a dot, and analyses committed by time."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitrep import net
from sitrep.errors import ErrorCode, SitrepError
from sitrep.ingest import read_inputs
from sitrep.model import Document, IngestError, IngestWarning
from sitrep.store import Store

from ..reliability.corpus import write_corpus
from .conftest import SRC

FRENCH = ("Des hommes armés ont attaqué le village de Boulkessi, près de la frontière, selon l’armée malienne. "
          "« Nous avons perdu des soldats », a déclaré un officier. Les élèves sont rentrés chez eux.")
ENGLISH = ("Gunmen attacked a village near Gao on Monday, killing 12 people, residents said. “We fled at dawn,” "
           "one said. The café on the market square was burned, and the army’s patrol arrived late.")
RUSSIAN = ("Вооруженные люди напали на деревню недалеко от Гао в понедельник, убив двенадцать человек, "
           "сообщили жители. Армия заявила, что преследует нападавших.")
JAPANESE = "月曜日、武装集団がガオ近郊の村を襲撃し、12人が死亡したと住民が語った。軍は襲撃者を追跡していると発表した。"


@pytest.mark.parametrize("text, encoding", [
    (FRENCH, "cp1252"), (FRENCH.replace("’", "'").replace("« ", '"').replace(" »", '"'), "latin-1"),
    (ENGLISH, "cp1252"), (RUSSIAN, "koi8-r"), (RUSSIAN, "cp1251"), (JAPANESE, "shift_jis"),
])
def test_legacy_encodings_are_detected(tmp_path, text, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    (doc,) = list(read_inputs([str(path)]))
    assert isinstance(doc, Document), doc
    assert doc.text == text
    assert doc.field_sources["encoding"].source == "decode"


@pytest.mark.parametrize("stray", [b"\xff", b"\x9d", b"\xc3", b"\xe2\x80"])
def test_almost_utf8_is_kept_with_a_warning(tmp_path, stray):
    data = ENGLISH.encode("utf-8")
    cut = data.index(b"village")
    path = tmp_path / "stray.txt"
    path.write_bytes(data[:cut] + stray + data[cut:])
    items = list(read_inputs([str(path)]))
    docs = [i for i in items if isinstance(i, Document)]
    warnings = [i for i in items if isinstance(i, IngestWarning)]
    assert [type(i) for i in items] == [Document, IngestWarning], items
    assert docs[0].text.replace("\ufffd", "") == ENGLISH
    assert warnings[0].code == ErrorCode.encoding.value and f"{len(stray)} undecodable" in warnings[0].message


def test_legacy_text_is_not_taken_for_broken_utf8(tmp_path):
    """cp1252 text has no well-formed UTF-8 sequence: it is detected, not patched with U+FFFD."""
    path = tmp_path / "legacy.txt"
    path.write_bytes((FRENCH + " ") .encode("cp1252") * 3)
    items = list(read_inputs([str(path)]))
    assert len(items) == 1 and "\ufffd" not in items[0].text and "armés" in items[0].text


def test_lone_surrogates_in_json_do_not_abort_the_batch(tmp_path):
    from sitrep import pipeline

    path = tmp_path / "records.json"
    path.write_text(json.dumps([{"text": ENGLISH + " \ud800", "title": "Attack \udcff near Gao"},
                                {"text": FRENCH}], ensure_ascii=True))
    with Store(tmp_path / "s.duckdb") as store:
        summary = pipeline.run([str(path)], store, analyzer=None)
        assert summary.stored == 2 and not summary.errors
        titles = {d.title for d in store.iter_documents()}
    assert any(t and t.startswith("Attack") for t in titles)


# ------------------------------------------------------------------------------ host names


@pytest.fixture
def lookups(monkeypatch):
    """Every name sitrep.net asks the resolver about; the resolver answers 127.0.0.1."""
    import socket

    asked: list[str] = []

    def fake_getaddrinfo(host, port, *args, **kwargs):
        asked.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    monkeypatch.setattr(net.socket, "getaddrinfo", fake_getaddrinfo)
    return asked


@pytest.mark.parametrize("url", ["http://127.0.0.1.:8791/", "http://127.0.0.1..:8791/x", "http://[::1]:8791/",
                                 "http://2130706433./", "http://0x7f000001:8791/", "http://127.1./"])
def test_address_hosts_are_refused_without_a_lookup(lookups, url):
    with pytest.raises(SitrepError) as info:
        net.fetch(url, allow_private=False, retries=0)
    assert info.value.code == ErrorCode.blocked_address
    assert lookups == []  # decided from the address itself: no DNS query leaves the machine


@pytest.mark.parametrize("url, name", [("http://LOCALHOST.:8791/", "localhost"),
                                       ("http://Bücher.Example./a", "xn--bcher-kva.example")])
def test_names_are_normalised_before_the_lookup(lookups, url, name):
    with pytest.raises(SitrepError) as info:
        net.fetch(url, allow_private=False, retries=0)
    assert info.value.code == ErrorCode.blocked_address
    assert lookups == [name]


def test_a_feed_link_with_a_trailing_dot_is_refused_before_any_lookup(tmp_path, lookups):
    feed = tmp_path / "feed.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>a</title>'
                    '<link>http://127.0.0.1.:8791/</link></item></channel></rss>')
    items = list(read_inputs([str(feed)], allow_private=False, retries=0))
    assert [i.code for i in items if isinstance(i, IngestError)] == [ErrorCode.blocked_address.value]
    assert lookups == []


# ------------------------------------------------------------------------------ commits by time


def test_the_writer_commits_by_time_as_well_as_by_count(tmp_path):
    from sitrep.engine.base import Outcome, Writer
    from sitrep.ingest.build import build_document
    from sitrep.model import Analysis
    from sitrep.pipeline import Summary

    with Store(tmp_path / "w.duckdb") as store:
        docs = [build_document(f"Headline {i}\n\nGunmen attacked village number {i} near Gao on Monday, officials said.\n",
                               source=f"d{i}") for i in range(3)]
        store.add_documents(docs)
        writer = Writer(store, Summary(), batch_size=64, max_seconds=0.3)
        writer.add([Outcome(docs[0].doc_id, "d0", analysis=Analysis(doc_id=docs[0].doc_id))])
        assert store.analysed_among([d.doc_id for d in docs]) == set()  # young: still pending
        time.sleep(0.35)
        writer.add([Outcome(docs[1].doc_id, "d1", analysis=Analysis(doc_id=docs[1].doc_id))])
        assert store.analysed_among([d.doc_id for d in docs]) == {docs[0].doc_id, docs[1].doc_id}
        writer.add([Outcome(docs[2].doc_id, "d2", analysis=Analysis(doc_id=docs[2].doc_id))])
        assert writer.written == 2  # the third waits for its batch or its time
        writer.flush()
        assert writer.written == 3


@pytest.mark.slow
@pytest.mark.timeout(1500)  # two processes load the models; minutes on a busy machine
def test_a_killed_short_run_keeps_the_analyses_it_committed(tmp_path):
    """9 documents (fewer than a 64-document batch), a real ``sitrep ingest`` killed with SIGKILL in
    its second analysis commit: the first commit's analyses (one spaCy batch of 8) survive and the
    re-run analyses only the rest.  (The child commits by time at every analysed batch:
    CRASH_WRITE_SECONDS=0.)"""
    corpus = tmp_path / "small"
    write_corpus(corpus, 9, seed=11)
    db = tmp_path / "s.duckdb"
    child = Path(__file__).resolve().parents[1] / "reliability" / "_crash_child.py"
    env = {"PYTHONPATH": str(SRC), "SITREP_ALLOW_PRIVATE": "0", "CRASH_WRITE_SECONDS": "0",
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, str(child), "save_analyses:2", "--", "--db", str(db), "ingest", str(corpus)],
                          env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
    with Store(db, read_only=True) as store:
        analysed = store.rows("SELECT count(*) AS n FROM analyses")[0]["n"]
    assert analysed == 8  # the first spaCy batch was committed before the kill
    report = tmp_path / "report.json"
    proc = subprocess.run([sys.executable, str(child), "none", "--", "--db", str(db), "ingest", "--format", "json",
                           str(corpus)], env={**env, "CRASH_REPORT": str(report)}, capture_output=True, text=True,
                          timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    with Store(db, read_only=True) as store:
        assert store.rows("SELECT count(*) AS n FROM analyses")[0]["n"] == 9
    assert json.loads(report.read_text()).count("save_analyses") == 1  # only the one left was redone
