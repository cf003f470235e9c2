"""Load figures: N concurrent readers against a live ``sitrep serve`` while an ingest writes through it.

    .venv/bin/python bench/load_reliability.py --readers 50 --seconds 60

Starts ``sitrep serve --port 0`` on 127.0.0.1 over a fresh store in a temporary directory, warms
it up with one write (the language model loads on the first ingest), then runs the load and prints
the figures as JSON. Same code as tests/reliability/test_load.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests.reliability.corpus import article  # noqa: E402
from tests.reliability.loadgen import TOKEN, ServerProcess, run_load  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--readers", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--batch", type=int, default=5, help="articles per write request")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="sitrep-load-") as tmp:
        server = ServerProcess(Path(tmp) / "load.duckdb")
        try:
            warm = httpx.post(server.url + "/api/documents", timeout=600, headers={"Authorization": f"Bearer {TOKEN}"},
                              json={"documents": [{"text": article(10_000, seed=5)}]})
            warm.raise_for_status()
            result = run_load(server.url, readers=args.readers, seconds=args.seconds,
                              max_requests_per_reader=1_000_000, batch=args.batch)
        finally:
            server.stop()
    figures = {"readers": args.readers, **result.figures()}
    print(json.dumps(figures, indent=2))
    for why in (result.read_failures + result.write_failures)[:10]:
        print("FAILED:", why, file=sys.stderr)
    return 0 if not result.read_failures and not result.write_failures else 1


if __name__ == "__main__":
    sys.exit(main())
