"""Child process for the crash tests: ``sitrep ingest`` that SIGKILLs itself at a chosen point.

Usage: python _crash_child.py KILL_SPEC -- <sitrep CLI arguments>

KILL_SPEC is ``none`` or ``<function>:<n>``: the process kills itself with SIGKILL inside the n-th
store transaction opened by ``<function>`` (``add_document``, ``save_analysis``,
``fuse_documents``, ``record_ingest_error``...), after the transaction's statements ran and before
its COMMIT — the worst moment, a transaction fully written but not committed. Nothing is mocked:
the real CLI, pipeline, store and DuckDB run; only the moment of death is chosen.
With env CRASH_REPORT=<file>, the labels of all committed transactions are written there at exit;
with CRASH_WRITE_SECONDS=<s>, analyses are committed once the oldest waited that long (default 5 s).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
from collections import Counter


def _caller_label() -> str:
    """The store-facing function that opened the transaction (first frame outside core.py)."""
    frame = sys._getframe(3)
    while frame is not None:
        name = frame.f_code.co_name
        if "store/core.py" not in frame.f_code.co_filename.replace("\\", "/") and name not in ("__enter__", "transaction", "tx"):
            return name
        frame = frame.f_back
    return "?"


def main() -> int:
    spec = sys.argv[1]
    assert sys.argv[2] == "--"
    cli_args = sys.argv[3:]
    target, _, nth = spec.partition(":")
    kill_at = int(nth) if nth else 0

    from sitrep.store.core import StoreBase

    original = StoreBase.transaction
    seen: Counter[str] = Counter()
    committed: list[str] = []

    @contextlib.contextmanager
    def tx(self):
        label = _caller_label()
        with original(self) as con:
            yield con
            seen[label] += 1
            if label == target and seen[label] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
        committed.append(label)

    StoreBase.transaction = tx

    if os.environ.get("CRASH_WRITE_SECONDS"):  # commit analyses by time sooner than the product's 5 s
        import sitrep.engine.base

        sitrep.engine.base.WRITE_SECONDS = float(os.environ["CRASH_WRITE_SECONDS"])

    from sitrep.cli import main as cli_main

    code = cli_main(cli_args)
    report = os.environ.get("CRASH_REPORT")
    if report:
        with open(report, "w") as fh:
            json.dump(committed, fh)
    return code


if __name__ == "__main__":
    sys.exit(main())
