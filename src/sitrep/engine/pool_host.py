"""The pool host: a process forked from the writer before it writes, which forks every worker pool.

Why: a forked worker shares its parent's pages until one side writes to them.  The writer's heap keeps
changing while it stores, saves and fuses (DuckDB's buffers and indexes, fusion's objects), and every
page it rewrites after a fork stays in each worker as a private copy.  Pools recycled late in a long
ingest were forked from a writer of 600–700 MiB and carried most of it: each worker held ~450 MiB at
10k documents instead of ~250.  The host is forked once, right after the warm-up (model loaded, stages
built, nothing stored yet), and then does nothing but run pools: it never changes its own heap, so
every pool it forks, the first and the recycled ones, shares the same clean image of the warm analyzer.

Protocol (two ``multiprocessing`` queues created by the writer before the fork):
- tasks, writer → host: ``(number, pickled batch of documents)``; ``None`` ends the stream (the host
  drains its pools and exits); ``ABORT`` stops it at once (queued batches dropped).
- results, host → writer: ``(number, pickled list of Outcome)``, or ``(number, None)`` when the worker
  analysing that batch died.
Batches travel pickled once, writer to worker and worker to writer: the host passes the bytes on
without decoding them.  The host leaves when the writer is gone (its parent pid changes).
"""

from __future__ import annotations

import concurrent.futures as cf
import gc
import os
import queue
from collections import deque

ABORT = "abort"
POLL = 0.05  # seconds the host waits for a result or a task before looking at the other


class _Host:
    """The host's state: batches waiting for a pool, batches in the current pool, the pool itself."""

    def __init__(self, ctx, task, workers: int, initializer, initargs: tuple, recycle_after: int | None, tasks, results):
        self.ctx, self.task, self.workers, self.initializer, self.initargs = ctx, task, workers, initializer, initargs
        self.recycle_after = recycle_after
        self.tasks, self.results = tasks, results
        self.waiting: deque[tuple[int, bytes, int]] = deque()  # (number, payload, documents)
        self.running: dict[cf.Future, int] = {}
        self.pool: cf.ProcessPoolExecutor | None = None
        self.submitted = 0  # documents the current pool was given
        self.ended = False  # the writer sent the end of the stream
        self.parent = os.getppid()

    def pull(self) -> bool:
        """Move the tasks that arrived to ``waiting`` (blocking briefly when idle); False: stop now."""
        block = not (self.running or self.waiting)
        while True:
            try:
                item = self.tasks.get(timeout=POLL) if block else self.tasks.get_nowait()
            except queue.Empty:
                return os.getppid() == self.parent  # the writer died (kill -9): leave
            block = False
            if item is None:
                self.ended = True
            elif item == ABORT:
                return False
            else:
                self.waiting.append(item)

    def submit(self) -> None:
        while self.waiting and not (self.recycle_after and self.submitted >= self.recycle_after):
            if self.pool is None:
                self.pool = cf.ProcessPoolExecutor(max_workers=self.workers, mp_context=self.ctx,
                                                   initializer=self.initializer, initargs=self.initargs)
            number, payload, size = self.waiting.popleft()
            self.running[self.pool.submit(self.task, payload)] = number
            self.submitted += size

    def collect(self) -> None:
        if not self.running:
            return
        done, _ = cf.wait(self.running, timeout=POLL, return_when=cf.FIRST_COMPLETED)
        broken = False
        for fut in done:
            number = self.running.pop(fut)
            try:
                self.results.put((number, fut.result()))
            except cf.process.BrokenProcessPool:
                broken = True
                self.results.put((number, None))
        if broken:  # the pool is unusable: what it still held is lost with it
            for number in self.running.values():
                self.results.put((number, None))
            self.running.clear()
            self.close_pool()

    def recycle(self) -> None:
        """A drained pool that had its share (or has nothing left to do) is replaced by a fresh one."""
        if self.pool is not None and not self.running and (
                self.ended or (self.recycle_after and self.submitted >= self.recycle_after)):
            self.close_pool()

    def close_pool(self, cancel: bool = False) -> None:
        """Drain and close the pool; ``cancel`` (the writer stopped or died): stop its workers now,
        so that none is left behind waiting on a queue nobody will write to."""
        if self.pool is None:
            return
        if cancel:
            workers = list((getattr(self.pool, "_processes", None) or {}).values())
            self.pool.shutdown(wait=False, cancel_futures=True)
            for p in workers:
                p.terminate()
            for p in workers:
                p.join(timeout=5)
        else:
            self.pool.shutdown(wait=True)
        self.pool = None
        self.submitted = 0

    def run(self) -> None:
        try:
            while self.pull():
                self.submit()
                self.collect()
                self.recycle()
                if self.ended and not (self.waiting or self.running):
                    break
        finally:
            self.close_pool(cancel=True)


def host_main(task, workers: int, initializer, initargs: tuple, recycle_after: int | None, tasks, results) -> None:
    """The host process's body (forked: ``initargs`` hold the warm analyzer, shared, never pickled).
    ``task``: the module-level function a worker runs on a pickled batch (pickled bytes back)."""
    # the inherited objects move to the permanent generation: the collector never writes their headers
    gc.freeze()
    ctx = __import__("multiprocessing").get_context("fork")
    _Host(ctx, task, workers, initializer, initargs, recycle_after, tasks, results).run()
