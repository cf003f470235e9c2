"""Every input kind, and every kind of bad input skipped with a code while the batch goes on."""

from __future__ import annotations

import io
import json

from sitrep.errors import ErrorCode
from sitrep.ingest import read_inputs
from sitrep.model import Document, IngestError

ARTICLE = ("Officials in Kidal said on Monday that fighting had resumed near the airport, and that several "
           "families had fled the town overnight, according to a local councillor.\n")


def _split(items):
    docs = [i for i in items if isinstance(i, Document)]
    errs = [i for i in items if isinstance(i, IngestError)]
    return docs, errs


def test_directory_reads_every_supported_file(ingest_fixtures):
    docs, errs = _split(list(read_inputs([str(ingest_fixtures / "corpus")])))
    assert len(docs) == 6  # 2 txt/md, 1 html, 2 good jsonl records, ... and the copy
    assert sorted(e.code for e in errs) == [ErrorCode.bad_json.value, ErrorCode.bad_record.value]
    jsonl = {d.external_id: d for d in docs if d.external_id}
    assert set(jsonl) == {"feed-001", "feed-002"}
    assert jsonl["feed-002"].language == "fr"  # French kept and marked
    assert jsonl["feed-001"].field_sources["outlet"].source == "given"


def test_stdin_and_formats_by_content(tmp_path):
    docs, errs = _split(list(read_inputs(["-"], stdin=io.BytesIO(ARTICLE.encode()))))
    assert not errs and docs[0].source == "-" and docs[0].text == ARTICLE
    rec = {"id": "x1", "text": ARTICLE, "title": "Kidal airport fighting", "published": "2024-05-01"}
    docs, _ = _split(list(read_inputs(["-"], stdin=io.BytesIO(json.dumps(rec).encode()))))
    assert docs[0].external_id == "x1" and docs[0].published.date.isoformat() == "2024-05-01"
    (tmp_path / "list.json").write_text(json.dumps([rec, {"text": 3}]))
    docs, errs = _split(list(read_inputs([str(tmp_path / "list.json")])))
    assert len(docs) == 1 and errs[0].code == ErrorCode.bad_record.value


def test_bad_inputs_each_get_a_code(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"   \n\n  ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def" * 50)
    (tmp_path / "big.txt").write_bytes(b"a" * 5000)
    (tmp_path / "archive.zip").write_bytes(b"PK\x03\x04....")
    (tmp_path / "bad.json").write_text('{"text": "unterminated')
    items = list(read_inputs([str(tmp_path), str(tmp_path / "nope.txt"), "ftp://example.org/a.txt"], max_bytes=4000))
    codes = sorted(e.code for e in items if isinstance(e, IngestError))
    assert codes == sorted([
        ErrorCode.empty.value, ErrorCode.empty.value, ErrorCode.binary.value, ErrorCode.binary.value,
        ErrorCode.too_large.value, ErrorCode.unsupported.value, ErrorCode.bad_json.value,
        ErrorCode.not_found.value, ErrorCode.unsupported.value,
    ])
    assert all(e.message for e in items)


def test_encodings(tmp_path):
    text = "Le porte-parole a déclaré à l'AFP que les combats continuaient près de Kidal, au nord du Mali, depuis jeudi."
    for name, data in {
        "utf8.txt": text.encode("utf-8"),
        "bom.txt": text.encode("utf-8-sig"),
        "utf16.txt": text.encode("utf-16"),
        "cp1252.txt": text.encode("cp1252"),
    }.items():
        (tmp_path / name).write_bytes(data)
    docs, errs = _split(list(read_inputs([str(tmp_path)])))
    assert not errs
    assert {d.text.lstrip("\ufeff") for d in docs} == {text}
    assert len({d.doc_id for d in docs}) == 1  # same content, same id, whatever the encoding


def test_html_scripts_never_reach_text(ingest_fixtures):
    (doc,) = [d for d in read_inputs([str(ingest_fixtures / "corpus" / "page.html")])]
    assert "script" not in doc.text.lower() and "SECRET" not in doc.text and "console.log" not in doc.text
    assert doc.raw and "<script>" in doc.raw  # the markup is kept beside the text
    assert doc.field_sources["outlet"].source == "html"


def test_feed_over_local_http(web_server):
    items = list(read_inputs([f"{web_server}/feed.xml"], allow_private=True))
    docs, errs = _split(items)
    assert len(docs) == 1 and len(errs) == 1
    d = docs[0]
    assert d.title == "Mauritania reinforces border posts after refugee influx"
    assert d.outlet == "Sahel Wire Service" and d.external_id == "sws-2024-0101"
    assert d.published.date.isoformat() == "2024-01-15" and d.url.endswith("/mauritania.html")
    assert "secretAnalytics" not in d.text and d.fetched_at is not None
    assert errs[0].code == ErrorCode.fetch_failed.value  # the 404 entry, counted


def test_urls_plain_binary_and_refusals(web_server):
    docs, errs = _split(list(read_inputs([f"{web_server}/plain", f"{web_server}/binary"], allow_private=True)))
    assert len(docs) == 1 and "market fire" in docs[0].text
    assert errs[0].code == ErrorCode.binary.value
    # without allow_private a loopback address is refused by the safe fetcher
    (err,) = list(read_inputs([f"{web_server}/plain"], allow_private=False))
    assert isinstance(err, IngestError) and err.code == ErrorCode.blocked_address.value
    (err,) = list(read_inputs(["file:///etc/passwd"]))
    assert err.code == ErrorCode.unsupported.value


def test_unreachable_url_is_counted(monkeypatch):
    monkeypatch.delenv("SITREP_ALLOW_PRIVATE", raising=False)
    (err,) = list(read_inputs(["http://127.0.0.1:9/nothing"], allow_private=True, timeout=0.5, retries=0))
    assert err.code == ErrorCode.fetch_failed.value


def test_atom_feed_file_with_embedded_content(ingest_fixtures):
    (doc,) = list(read_inputs([str(ingest_fixtures / "web" / "atom.xml")]))
    assert isinstance(doc, Document), doc
    assert doc.title == "Market reopens in Gao after week-long closure" and doc.outlet == "Gao Community Radio"
    assert doc.published.date.isoformat() == "2024-06-03" and doc.external_id == "urn:gao-radio:2024-0603"
    assert "reopened the central market" in doc.clean_text and "alert" not in doc.text


def test_jsonl_batch_over_the_limit_streams_with_the_limit_per_record(tmp_path):
    """A feed dump bigger than the size limit is a batch, not one input: every record that fits
    is read; only the oversized record is rejected, with its line number."""
    records = [json.dumps({"id": f"r{i}", "text": ARTICLE.replace("Monday", f"day {i}")}) for i in range(30)]
    records.insert(7, json.dumps({"id": "huge", "text": "word " * 2000}))
    records.insert(12, "{not json")
    (tmp_path / "dump.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    assert (tmp_path / "dump.jsonl").stat().st_size > 4000
    docs, errs = _split(list(read_inputs([str(tmp_path / "dump.jsonl")], max_bytes=4000)))
    assert sorted(d.external_id for d in docs) == sorted(f"r{i}" for i in range(30))
    assert sorted((e.code, e.source.rsplit(":", 1)[1]) for e in errs) == [
        (ErrorCode.bad_json.value, "13"), (ErrorCode.too_large.value, "8")]
