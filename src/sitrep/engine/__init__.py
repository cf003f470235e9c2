"""How analysis runs: in this process, in a local process pool, or on a Dask cluster.

``get_engine(name, workers=, scheduler=)`` returns a function with the signature of
``sitrep.pipeline.analyse_documents(store, analyzer, documents, summary)``; ``pipeline.run`` takes it
as ``analyse=`` and ``sitrep ingest --workers N / --engine dask --scheduler ADDR`` chooses it.
Whatever the engine, analyses are the same pure function's results and one process writes them, so
fusion gives the same events.
"""

from __future__ import annotations

from sitrep.engine.base import AnalyseFn, Outcome

ENGINES = ("auto", "serial", "local", "dask")


def workers_option(value: str) -> int:
    """argparse type of ``--workers``: a whole number of at least 1."""
    import argparse

    try:
        n = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from exc
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def get_engine(name: str = "auto", workers: int | None = None, scheduler: str | None = None, **options) -> AnalyseFn:
    """``auto``: serial for one worker, the local pool for more; ``dask`` when a scheduler is given."""
    from sitrep.errors import ErrorCode, SitrepError

    if name not in ENGINES:
        raise SitrepError(ErrorCode.usage, f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
    if workers is not None and workers < 1:
        raise SitrepError(ErrorCode.usage, f"--workers must be at least 1, not {workers}")
    if name == "auto":
        name = "dask" if scheduler else ("local" if (workers or 1) > 1 else "serial")
    if name == "serial":
        from sitrep.pipeline import analyse_documents

        return analyse_documents
    if name == "local":
        from sitrep.engine.local import make_pool_engine

        return make_pool_engine(workers, **options)
    from sitrep.engine.dask import make_dask_engine

    return make_dask_engine(scheduler=scheduler, workers=workers or 2, **options)


__all__ = ["ENGINES", "AnalyseFn", "Outcome", "get_engine", "workers_option"]
