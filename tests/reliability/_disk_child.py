"""Child process for the disk-fault tests: write to a store until the disk gives out.

Run as ``python _disk_child.py STORE_PATH FSIZE_LIMIT`` (limit 0 = none). Prints one JSON line:
{"code": <catalogue code or null>, "rows": <rows committed>, "error": <other exception or null>}.
RLIMIT_FSIZE with SIGXFSZ ignored makes writes past the limit fail with EFBIG, the way a full
disk fails them with ENOSPC, without needing root or a small filesystem.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys

from sitrep.errors import SitrepError
from sitrep.store import Store


def main() -> None:
    path, limit = sys.argv[1], int(sys.argv[2])
    if limit:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    rows = 0
    out: dict = {"code": None, "rows": 0, "error": None}
    try:
        store = Store(path)
        for i in range(100_000):
            # incompressible text, so the file really grows; one transaction per row like ingest
            with store.transaction() as con:
                con.execute(
                    "INSERT INTO ingest_errors (source, code, message) VALUES (?, 'E_EMPTY', ?)",
                    [f"fault-{i}", os.urandom(2000).hex()],
                )
            rows += 1
    except SitrepError as exc:
        out["code"] = exc.code.value
    except Exception as exc:  # reported, and the test fails on it
        out["error"] = f"{type(exc).__name__}: {exc}"
    out["rows"] = rows
    print(json.dumps(out))


if __name__ == "__main__":
    main()
