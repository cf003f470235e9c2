"""spaCy's layers multiplied by numpy's BLAS instead of blis: every annotation must stay what blis gives,
and numpy's BLAS must run on one thread as blis does."""

from __future__ import annotations

import pytest
from thinc.api import NumpyOps

from sitrep.analyse.spacy_ops import use_numpy_gemm

# written for this test: a dispatch, a communiqué and a market report, long enough for several batches
TEXTS = [
    "Gunmen riding motorbikes stormed the weekly market of Boni on Tuesday, torching shops and killing "
    "seven traders, a local official told reporters by telephone from Douentza.",
    "In a statement read on state television, the army said its aircraft had struck a column of fighters "
    "near Léré, and that 'dozens of terrorists were neutralised' in the operation.",
    "Residents of Tessit said the convoy, escorted by two armoured vehicles, was ambushed at dawn; the "
    "toll could not be verified independently.",
    "Cotton prices rose for the third week running in Sikasso, where growers blamed the cost of fuel.",
    "Le maire de Niono a indiqué que trois bergers avaient été enlevés par des hommes armés.",
] * 6


def _layers(nlp):
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            yield from model.walk()


def _annotations(nlp) -> list:
    return [[(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph), t.ent_iob_, t.ent_type_,
              t.is_sent_start) for t in doc] for doc in nlp.pipe(TEXTS, batch_size=7)]


@pytest.fixture(scope="module")
def nlp(default_analyzer):
    return default_analyzer.nlp("en")


def test_the_loaded_pipeline_multiplies_without_blis(nlp):
    layers = list(_layers(nlp))
    assert layers, "the model has no thinc layers to check"
    assert all(not (type(layer.ops) is NumpyOps and layer.ops.use_blis) for layer in layers)
    assert any(type(layer.ops) is NumpyOps and not layer.ops.use_blis for layer in layers)


def test_annotations_are_those_blis_gives(nlp):
    fast = _annotations(nlp)
    swapped = [(layer, layer.ops) for layer in _layers(nlp)]
    blis = NumpyOps()
    try:
        for layer, _ops in swapped:
            layer.ops = blis
        slow = _annotations(nlp)
        assert use_numpy_gemm(nlp) == len(swapped)  # all of them were blis again, all swapped back
    finally:
        for layer, ops in swapped:
            layer.ops = ops
    assert fast == slow
    assert any(ent for doc in fast for *_, ent, _start in doc)  # entities were found, not all empty


def test_numpy_blas_runs_on_one_thread(nlp):
    threadpoolctl = pytest.importorskip("threadpoolctl")
    blas = [pool for pool in threadpoolctl.threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)
