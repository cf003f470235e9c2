"""Peak memory of this process, and of its children with ``tree=True``, sampled on a thread until stopped.

One sampler for the memory benches (``scale.py``, ``writer_memory.py``, ``pool_memory.py``): DuckDB's and
spaCy's memory is not Python's, so tracemalloc misses it; psutil reads what the kernel counts.

    with PeakSampler(interval=0.5) as mem:         # the tree's summed PSS
        run()
    mem.peak, mem.peak_rss, mem.peak_single, mem.peak_parent, mem.at_peak

    with PeakSampler(interval=0.05, tree=False, pss=False) as mem:   # this process's RSS, cheaply
        run()
    mem.start_rss, mem.peak_rss

PSS (proportional set size) counts the pages forked workers share with their parent once across the
tree; reading it walks the process's page map (``smaps``), slow for a large process, so ``pss=False``
reads RSS alone (the PSS figures then hold RSS).
"""

from __future__ import annotations

import threading
import time


class PeakSampler:
    def __init__(self, interval: float = 0.5, tree: bool = True, pss: bool = True, trace: str | None = None,
                 progress=None):
        import psutil

        self.proc = psutil.Process()
        self.interval, self.tree, self.pss = interval, tree, pss
        self.start_rss = self.proc.memory_info().rss
        self.peak = 0  # summed PSS of the sampled processes (RSS where PSS cannot be read)
        self.peak_rss = 0  # summed RSS (counts pages shared by forked workers once per process)
        self.peak_single = 0  # RSS of the largest single process
        self.peak_parent = 0  # PSS of this process at the moment of the peak
        self.at_peak: list[tuple[int, int]] = []  # (pid, PSS) of each process at the peak, this one first
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        # trace: one line per 5 s (seconds, documents saved so far, PSS and USS of each process, this
        # one first), to get memory's slope per document and per process
        self.trace = open(trace, "a", encoding="utf-8") if trace else None
        self.progress = progress or (lambda: 0)
        self._t0 = time.perf_counter()
        self._last_trace = -1e9

    def _processes(self) -> list:
        return [self.proc, *self.proc.children(recursive=True)] if self.tree else [self.proc]

    def _read(self, procs) -> tuple[list[tuple[int, int]], list[int]]:
        import psutil

        pss, rss = [], []
        for p in procs:
            try:
                if self.pss:
                    info = p.memory_full_info()
                    pss.append((p.pid, info.pss))
                    rss.append(info.rss)
                    continue
            except (psutil.Error, AttributeError):
                pass
            try:
                rss.append(p.memory_info().rss)
                pss.append((p.pid, rss[-1]))
            except psutil.Error:
                pass
        return pss, rss

    def sample(self) -> None:
        procs = self._processes()
        pss, rss = self._read(procs)
        total = sum(v for _, v in pss)
        self._write_trace(procs, [v for _, v in pss])
        if total > self.peak:  # where the peak sits: this (writer) process vs the workers
            self.peak, self.at_peak = total, pss
            self.peak_parent = pss[0][1] if pss else 0
        self.peak_rss = max(self.peak_rss, sum(rss))
        self.peak_single = max(self.peak_single, max(rss or [0]))

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.sample()
            except Exception:  # a process gone between listing and reading: the next sample will do
                pass
            self._stop.wait(self.interval)

    def _write_trace(self, procs, pss: list[int]) -> None:
        now = time.perf_counter() - self._t0
        if self.trace is None or now - self._last_trace < 5:
            return
        self._last_trace = now
        uss = []
        for p in procs:
            try:
                uss.append(p.memory_full_info().uss >> 20)
            except Exception:
                uss.append(-1)
        self.trace.write(f"{now:.0f}\t{self.progress()}\t{sum(pss) >> 20}\t"
                         + " ".join(f"{a >> 20}/{b}" for a, b in zip(pss, uss)) + "\n")
        self.trace.flush()

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        try:  # a last sample: a peak reached in the final interval counts too
            self.sample()
        except Exception:
            pass
        if self.trace is not None:
            self.trace.close()
