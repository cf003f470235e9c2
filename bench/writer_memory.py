"""The writer's memory during a re-fusion: every document of a store fused again at once.

    .venv/bin/python bench/writer_memory.py STORE [--batch N] [--copies K]
    PYTHONPATH=/path/to/other/src .venv/bin/python bench/writer_memory.py STORE   # another tree

A long ingest's writer jumps in memory when a batch's seeds reach thousands of candidates (a large
event's reports all become seeds); re-fusing a whole store at once is that case made repeatable.
The store is copied first (the copy is re-fused, the original is left alone).  Prints the process's
RSS before and at its peak during the fusion (sampled every 0.05 s with psutil), the seconds, the
events touched, and a digest of the events and mention assignments afterwards, so that two trees'
runs can be compared: same digest, same fusion.

``--copies K`` adds K copies of every analysed document's rows (document, event mentions; ids and the
mentions' JSON suffixed, not fused yet) before the re-fusion: a store K+1 times as large whose
copies fall on the same dates and places, as a long ingest's reports of the same incidents do.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from peak_sampler import PeakSampler  # noqa: E402


def _digest(store) -> str:
    """SHA-256 over the events (their write time aside) and the mentions' event assignments, in id order."""
    h = hashlib.sha256()
    for row in store.con.execute("SELECT * EXCLUDE (updated_at) FROM events ORDER BY event_id").fetchall():
        h.update(repr(row).encode())
    for row in store.con.execute("SELECT mention_id, event_id FROM event_mentions ORDER BY mention_id").fetchall():
        h.update(repr(row).encode())
    return h.hexdigest()[:16]


def _add_copies(store, copies: int) -> None:
    """K copies of the analysed documents' rows, each id (and its occurrences in the JSON) suffixed."""
    docs = "(SELECT DISTINCT doc_id FROM event_mentions)"
    for k in range(1, copies + 1):
        suffix = f"-copy{k}"
        store.con.execute(f"INSERT INTO documents SELECT * REPLACE (doc_id || '{suffix}' AS doc_id) "
                          f"FROM documents WHERE doc_id IN {docs} AND NOT contains(doc_id, '-copy')")
        store.con.execute(
            f"INSERT INTO event_mentions SELECT * REPLACE (mention_id || '{suffix}' AS mention_id, "
            f"doc_id || '{suffix}' AS doc_id, NULL AS event_id, "
            f"replace(replace(data, '\"' || mention_id || '\"', '\"' || mention_id || '{suffix}\"'), "
            f"'\"' || doc_id || '\"', '\"' || doc_id || '{suffix}\"') AS data) "
            f"FROM event_mentions WHERE NOT contains(doc_id, '-copy')")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("store", help="a store file with analysed documents (e.g. bench/scale.py --keep DIR)")
    ap.add_argument("--batch", type=int, default=0, help="documents per fusion call (0: all at once)")
    ap.add_argument("--copies", type=int, default=0, help="copies of the analysed documents added first")
    args = ap.parse_args()

    import sitrep
    from sitrep.fuse import fuse_documents
    from sitrep.knowledge.actor_knowledge import or_configured
    from sitrep.store import Store

    with tempfile.TemporaryDirectory(prefix="sitrep-writer-") as tmp:
        db = Path(tmp) / "copy.duckdb"
        shutil.copy(args.store, db)
        store = Store(db)
        knowledge = or_configured(None)
        _add_copies(store, args.copies)
        doc_ids = [r[0] for r in store.con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()]
        mentions = store.con.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
        step = args.batch or len(doc_ids)
        t0 = time.perf_counter()
        with PeakSampler(interval=0.05, tree=False, pss=False) as mem:
            touched = sum(fuse_documents(store, doc_ids[i:i + step], knowledge)
                          for i in range(0, len(doc_ids), step))
        seconds = time.perf_counter() - t0
        mib = 1 << 20
        print(f"sitrep from {Path(sitrep.__file__).parent}")
        print(f"{len(doc_ids):,} documents, {mentions:,} event mentions, {step:,} per fusion call")
        print(f"re-fusion {seconds:.1f} s, {touched:,} events touched; RSS {mem.start_rss / mib:,.0f} MiB before, "
              f"peak {mem.peak_rss / mib:,.0f} MiB (+{(mem.peak_rss - mem.start_rss) / mib:,.0f})")
        print(f"digest of events and assignments: {_digest(store)}")
        store.close()


if __name__ == "__main__":
    main()
