"""spaCy's network layers multiplied by numpy's BLAS instead of blis.

thinc's CPU backend (``NumpyOps``) multiplies matrices with blis, which spaCy's wheels ship built for
generic kernels: on this machine's AVX-512 cores a (2000 × 288) · (288 × 288) float32 product runs at
~21 GFLOP/s through blis and ~85 through numpy's OpenBLAS.  The small English model's layers (the
shared tok2vec, the NER's own tok2vec, the maxout and linear layers) spend most of a parse there, so
their ops are swapped for thinc's own ``NumpyOps(use_blis=False)``, whose ``gemm`` is ``numpy.dot``:
the spaCy pass over the news corpus costs ~0.65× the CPU time, with every token's tag, lemma,
morphology, head, dependency, sentence start and entity unchanged (compared over the 118k tokens of
the news corpus; ``bench/analysis_dump.py`` byte-identical).  The parser's transition step keeps its
own C loop (it takes blis's CBLAS from the ops, which ``use_blis`` does not change).

numpy's BLAS is limited to one thread, as blis runs: a parse gives the same floats however many cores
the machine has, and the two workers of a pool do not each start a thread per core.
"""

from __future__ import annotations

import logging

from thinc.api import NumpyOps

log = logging.getLogger(__name__)

_NUMPY_GEMM = NumpyOps(use_blis=False)


def use_numpy_gemm(nlp) -> int:
    """Swap the blis-backed CPU ops of every layer of ``nlp``'s components for numpy's; layers on
    other ops (a GPU's, Apple's) are left alone.  Returns the number of layers swapped."""
    swapped = 0
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            ops = layer.ops
            if type(ops) is NumpyOps and ops.use_blis:
                layer.ops = _NUMPY_GEMM
                swapped += 1
    if swapped:
        _one_blas_thread()
    return swapped


def _one_blas_thread() -> None:
    """numpy's BLAS limited to one thread in this process (see the module's docstring)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        log.debug("threadpoolctl missing: numpy's BLAS keeps its default threads")
        return
    threadpool_limits(limits=1, user_api="blas")
