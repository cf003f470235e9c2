"""The fitted event classifier as plain arrays, scored with numpy alone.

The classifier is fitted with scikit-learn (a union of two TF-IDF vectorisers and a linear SVM),
once, into an artifact.  Importing sklearn costs about a second at every start, and scoring needs
none of it: what the fit leaves behind is each vectoriser's vocabulary and idf weights and the
SVM's coefficients and intercepts.  ``LinearScorer`` keeps exactly those and repeats sklearn's
arithmetic, operation for operation and in the same order, so the scores are bit-identical to
``pipeline.decision_function`` (a test compares them on the whole training set):

- counts per row from ``fast_counts`` (the n-grams sklearn's analysers produce);
- TF-IDF: ``log(count) + 1`` when sublinear, times the column's idf, then each row divided by the
  square root of its sum of squares, summed left to right from 0.0 (sklearn's
  ``inplace_csr_row_normalize_l2``): ``np.add.accumulate``, which adds strictly in order, never
  pairwise as ``np.sum`` does;
- the vectorisers' rows side by side (``hstack``: word columns first), then ``X @ coef.T`` as scipy's
  sparse product computes it (sklearn's pipeline runs it): each row's output starts at zero and
  adds ``weight * coef_row`` entry after entry, in column order: again ``np.add.accumulate`` over
  the products; plus the intercepts.

scipy is not imported at all (its import was a tenth of a one-article ingest's CPU), and the
accumulations are faster than the sparse products were (news sentences: 1.13 against 1.39 s CPU).
"""

from __future__ import annotations

from collections import Counter
from itertools import chain
from dataclasses import dataclass

import numpy as np

from sitrep.analyse import fast_counts


@dataclass
class Vectoriser:
    """One fitted TF-IDF vectoriser: how it cuts n-grams, its columns and their idf."""

    analyzer: str  # "word" or "char_wb"
    ngram_range: tuple[int, int]
    token_pattern: str
    vocabulary: dict[str, int]
    idf: np.ndarray
    sublinear_tf: bool

    def rows(self, texts: list[str], word_cache: dict[str, tuple[int, ...]]) -> list[Counter]:
        """Per text, column → count (the count matrix sklearn's ``transform`` starts from)."""
        if self.analyzer == "char_wb":
            return fast_counts.char_wb_rows(self.vocabulary, self.ngram_range, texts, word_cache)
        return fast_counts.word_rows(self.vocabulary, self.ngram_range, texts, fast_counts.tokenizer(self.token_pattern))

    def weighted(self, rows: list[Counter]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each entry's row, column and L2-normalised TF-IDF weight, the entries ordered by row
        and, within a row, by column (sklearn's ``sort_indices``)."""
        lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
        row_ids = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
        total = int(lengths.sum())
        columns = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=total)
        data = np.fromiter(chain.from_iterable(r.values() for r in rows), dtype=np.float64, count=total)
        order = np.lexsort((columns, row_ids))
        columns, data = columns[order], data[order]
        if self.sublinear_tf:
            np.log(data, data)
            data += 1.0
        data *= self.idf[columns]
        # each row's sum of squares, added left to right as sklearn's normaliser adds
        indptr = np.concatenate(([0], np.cumsum(lengths)))
        norms = np.sqrt(_sums_in_order(data * data, indptr))
        scale = norms[row_ids]
        nonzero = scale != 0.0
        data[nonzero] /= scale[nonzero]
        return row_ids, columns, data


class LinearScorer:
    """Decision values of the fitted pipeline for a list of texts, without sklearn."""

    def __init__(self, labels: list[str], vectorisers: list[Vectoriser], coef: np.ndarray, intercept: np.ndarray):
        self.labels = labels
        self.vectorisers = vectorisers
        self.offsets = np.cumsum([0] + [len(v.vocabulary) for v in vectorisers[:-1]]).tolist()
        self.coef_t = np.ascontiguousarray(coef.T, dtype=np.float64)  # features × labels, as scipy ravels it
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self._word_grams: dict[str, tuple[int, ...]] = {}  # word → its char n-gram columns

    @classmethod
    def from_pipeline(cls, pipeline) -> LinearScorer | None:
        """The arrays of a fitted ``make_pipeline(make_union(TfidfVectorizer...), LinearSVC)``, or
        None when its configuration is not one this module repeats exactly."""
        if len(pipeline.steps) != 2:
            return None
        union, svm = pipeline.steps[0][1], pipeline.steps[1][1]
        if getattr(union, "transformer_weights", None) or not hasattr(svm, "coef_"):
            return None
        vectorisers = []
        for _, v in union.transformer_list:
            if not _repeatable(v):
                return None
            vectorisers.append(Vectoriser(v.analyzer, tuple(v.ngram_range), v.token_pattern, dict(v.vocabulary_),
                                          np.array(v.idf_, dtype=np.float64), bool(v.sublinear_tf)))
        return cls([str(c) for c in svm.classes_], vectorisers, np.asarray(svm.coef_), np.asarray(svm.intercept_))

    def decision(self, texts: list[str]) -> np.ndarray:
        """texts × labels: ``pipeline.decision_function(texts)``, the same floats."""
        parts = [v.weighted(v.rows(texts, self._word_grams)) for v in self.vectorisers]
        row_ids = np.concatenate([r for r, _, _ in parts])
        columns = np.concatenate([c + offset for (_, c, _), offset in zip(parts, self.offsets)])
        weights = np.concatenate([w for _, _, w in parts])
        order = np.lexsort((columns, row_ids))  # hstack: each row's word columns, then its char columns
        columns, weights = columns[order], weights[order]
        indptr = np.concatenate(([0], np.cumsum(np.bincount(row_ids, minlength=len(texts)))))
        out = np.zeros((len(texts), self.coef_t.shape[1]))
        for i, (start, end) in enumerate(zip(indptr[:-1].tolist(), indptr[1:].tolist())):
            if end > start:  # scipy's csr × dense: out[i] += weight * coef_t[column], entry after entry
                products = weights[start:end, None] * self.coef_t[columns[start:end]]
                out[i] = np.add.accumulate(products, axis=0)[-1]
        return out + self.intercept


def _sums_in_order(values: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Each row's sum (the row is ``values[indptr[i]:indptr[i + 1]]``), added left to right from 0.0."""
    out = np.zeros(len(indptr) - 1)
    for i, (start, end) in enumerate(zip(indptr[:-1].tolist(), indptr[1:].tolist())):
        if end > start:
            out[i] = np.add.accumulate(values[start:end])[-1]
    return out


def _repeatable(v) -> bool:
    """A TfidfVectorizer whose transform ``Vectoriser`` repeats: plain lower-cased content, real
    counts, word or char_wb n-grams, no stop words, L2 norm, idf applied, float64."""
    return (
        fast_counts.plain(v) and v.analyzer in ("word", "char_wb") and v.stop_words is None and v.tokenizer is None
        and getattr(v, "norm", None) == "l2" and getattr(v, "use_idf", False) and v.dtype == np.float64
        and (v.analyzer != "word" or fast_counts.tokenizer(v.token_pattern) is not None)
    )
