"""How analysis runs: in this process, in a local process pool, or on a Dask cluster.

``get_engine(name, workers=, scheduler=)`` returns a generator function with the signature of
``sitrep.engine.serial.analyse_documents(store, analyzer, documents, summary)``, which yields the
doc_ids of each committed batch of analyses; ``pipeline.run`` takes it as ``analyse=`` and
``sitrep ingest --workers N / --engine dask --scheduler ADDR`` chooses it.  Whatever the engine,
analyses are the same pure function's results and one process writes them, so fusion gives the same
events.

May import: the bottom layer (model, errors, config) and ``sitrep.analyse`` (it runs the
analyzer), never the pipeline, fusion or anything that serves results.
"""

from __future__ import annotations

import argparse

from sitrep.engine.base import AnalyseFn, Outcome
from sitrep.engine.local import make_pool_engine
from sitrep.engine.serial import analyse_documents
from sitrep.errors import ErrorCode, SitrepError

ENGINES = ("auto", "serial", "local", "dask")


def workers_option(value: str) -> int:
    """argparse type of ``--workers``: a whole number of at least 1."""
    try:
        n = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from exc
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def get_engine(name: str = "auto", workers: int | None = None, scheduler: str | None = None, **options) -> AnalyseFn:
    """``auto``: serial for one worker, the local pool for more; ``dask`` when a scheduler is given."""
    if name not in ENGINES:
        raise SitrepError(ErrorCode.usage, f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
    if workers is not None and workers < 1:
        raise SitrepError(ErrorCode.usage, f"--workers must be at least 1, not {workers}")
    if name == "auto":
        name = "dask" if scheduler else ("local" if (workers or 1) > 1 else "serial")
    if name == "serial":
        return analyse_documents
    if name == "local":
        return make_pool_engine(workers, **options)
    from sitrep.engine.dask import make_dask_engine  # here: dask.distributed is slow to import and optional

    return make_dask_engine(scheduler=scheduler, workers=workers or 2, **options)


__all__ = ["ENGINES", "AnalyseFn", "Outcome", "analyse_documents", "get_engine", "workers_option"]
