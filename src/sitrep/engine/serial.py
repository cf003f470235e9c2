"""Analysis in this process: the default engine, and the one the other engines are measured against."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sitrep.engine.base import ANALYSE_BATCH, Writer, analyse_batch, batches
from sitrep.model import Document


def analyse_documents(store, analyzer, documents: Iterable[Document], summary,
                      batch_size: int = ANALYSE_BATCH) -> Iterator[list[str]]:
    """Analyse in this process, ``batch_size`` documents per spaCy pass; the writer saves the results
    in batched transactions and the doc_ids of each committed batch are yielded.  A failing document
    is counted, not fatal."""
    writer = Writer(store, summary)
    for batch in batches(documents, batch_size):
        if committed := writer.add(analyse_batch(analyzer, batch)):
            yield committed
    if committed := writer.flush():
        yield committed
