"""A real uvicorn server on 127.0.0.1 in a background thread: for tests, benchmarks and notebooks.

    with LiveServer(create_app(store=store, token="t")) as server:
        httpx.get(server.url + "/api/events")
"""

from __future__ import annotations

import socket
import threading
import time

import uvicorn


class LiveServer:
    """Serve ``app`` on a free port of 127.0.0.1 until ``stop()`` (or the end of the ``with``)."""

    def __init__(self, app, host: str = "127.0.0.1", limits=None):
        from sitrep.api.server import uvicorn_config

        self.app = app
        # proto IPPROTO_TCP, not the default 0: asyncio sets TCP_NODELAY only on sockets whose proto
        # says TCP, and without it every small response waited ~40 ms (Nagle + the client's delayed
        # ACK) between its headers and its body on a kept-alive connection
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, 0))
        self.host, self.port = self.sock.getsockname()[:2]
        self.url = f"http://{self.host}:{self.port}"
        # the limits of ``sitrep serve`` (sitrep.api.server), shorter ones when a test gives them
        self.server = uvicorn.Server(uvicorn_config(app, limits, lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def start(self, timeout: float = 20.0) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError(f"server on {self.url} did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()

    def __enter__(self) -> "LiveServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


_CORPORA: dict[str, tuple[str, object]] = {}


def demo_corpus(directory, inputs: list[str], analyzer=None, gazetteer=()) -> tuple[str, object]:
    """A DuckDB file (in ``directory``) holding ``inputs`` ingested, analysed and fused, built once per
    process and list of inputs, and the analyzer used; copy the file before serving it if a test
    writes to it.  ``gazetteer``: GeoNames dumps imported first (small places need them)."""
    from pathlib import Path

    key = "|".join(str(i) for i in inputs)
    if key not in _CORPORA:
        from sitrep.analyse import Analyzer
        from sitrep.corrections import apply_corrections
        from sitrep.knowledge import load_knowledge
        from sitrep.knowledge.geonames_dump import import_geonames
        from sitrep.pipeline import run
        from sitrep.store import Store

        path = Path(directory) / "corpus.duckdb"
        path.unlink(missing_ok=True)  # a half-built file from a failed attempt must not be reused
        with Store(path) as store:
            for dump in gazetteer:
                import_geonames(store, dump)
            analyzer = analyzer or Analyzer(load_knowledge(store))
            run([str(i) for i in inputs], store, analyzer)
            apply_corrections(store)
        _CORPORA[key] = (str(path), analyzer)
    return _CORPORA[key]


def cached_analyzer(inputs: list[str]):
    """The analyzer this process built a demo corpus with, if it built one (else None)."""
    entry = _CORPORA.get("|".join(str(i) for i in inputs))
    return entry[1] if entry else None


def shared_corpus(directory, inputs: list[str], gazetteer=()) -> str:
    """Like ``demo_corpus`` but built once for all processes sharing ``directory`` (pytest-xdist
    workers): the first one builds it under a file lock, the others wait and reuse the file."""
    import fcntl
    from pathlib import Path

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    done = directory / "corpus.done"
    with open(directory / "corpus.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not done.exists():
                path, _ = demo_corpus(directory, inputs, gazetteer=gazetteer)
                done.write_text(path)
            return done.read_text()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
