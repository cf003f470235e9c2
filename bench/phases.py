"""Where a benchmark's wall time goes: seconds summed per phase, by wrapping the callables of each phase."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator


class PhaseClock:
    """``wrap(phase, fn)`` returns ``fn`` timed into ``spent[phase]`` (seconds, summed over calls)."""

    def __init__(self, *phases: str):
        self.spent: dict[str, float] = dict.fromkeys(phases, 0.0)

    def wrap(self, phase: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.spent[phase] = self.spent.get(phase, 0.0) + time.perf_counter() - t
        return timed


@contextlib.contextmanager
def writer_phases(store) -> Iterator[dict[str, float]]:
    """Times the writer path of ``pipeline.run`` on ``store``: ``store`` (``add_documents``), ``save``
    (``save_analyses``) and ``fuse`` (``fuse_documents``, restored on exit).  The pipeline imported
    ``fuse_documents`` by name, so it is replaced in ``sitrep.pipeline`` (the writer's caller), not only
    in ``sitrep.fuse``: wrapping the package alone left the fuse column at 0 and fusion inside "analyse"."""
    import sitrep.fuse
    import sitrep.pipeline

    clock = PhaseClock("store", "save", "fuse")
    real_fuse = sitrep.fuse.fuse_documents
    sitrep.fuse.fuse_documents = sitrep.pipeline.fuse_documents = clock.wrap("fuse", real_fuse)
    store.add_documents = clock.wrap("store", store.add_documents)
    store.save_analyses = clock.wrap("save", store.save_analyses)
    try:
        yield clock.spent
    finally:
        sitrep.fuse.fuse_documents = sitrep.pipeline.fuse_documents = real_fuse
