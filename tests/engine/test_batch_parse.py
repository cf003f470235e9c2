"""Several documents share one spaCy pass (``Analyzer.parse``): same analyses as one at a time, and a
document that breaks the shared pass fails alone."""

from __future__ import annotations

from .engine_helpers import FailingAnalyzer, comparable

from sitrep.engine.base import analyse_batch, analyse_one


def test_a_batch_gives_the_analyses_of_one_document_at_a_time(engine_analyzer, seed_docs):
    one_by_one = [analyse_one(engine_analyzer, d) for d in seed_docs]
    together = analyse_batch(engine_analyzer, seed_docs)
    assert [o.doc_id for o in together] == [d.doc_id for d in seed_docs]
    assert all(o.analysis is not None for o in together)
    assert [comparable(o.analysis) for o in together] == [comparable(o.analysis) for o in one_by_one]
    # the batch's spaCy time is shared out among its documents, not charged to each in full
    assert all(o.analysis.timings["spacy"] > 0 for o in together)


class _BreaksTheSharedPass(FailingAnalyzer):
    def parse(self, documents):
        if any(self.marker in d.text for d in documents):
            raise RuntimeError("spaCy failed on purpose")
        return super().parse(documents)


def test_a_document_that_breaks_the_shared_pass_fails_alone(engine_knowledge, seed_docs):
    bad = seed_docs[0].model_copy(update={"doc_id": "bad0000000000000", "text": seed_docs[0].text + FailingAnalyzer.marker})
    outcomes = analyse_batch(_BreaksTheSharedPass(engine_knowledge), [seed_docs[1], bad, seed_docs[2]])
    assert [o.analysis is None for o in outcomes] == [False, True, False]
    assert "on purpose" in outcomes[1].error
