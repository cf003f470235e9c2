"""The classifier's n-gram counts rebuilt by ``fast_counts`` are sklearn's, bit for bit (the weighting
and scores: ``test_linear_scorer``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from sitrep.analyse import fast_counts

ROOT = Path(__file__).resolve().parents[2]

TEXTS = [
    "Gunmen attacked an army post near Kidal on Monday, killing 12 soldiers.",
    "", " ", "a", "ab ab ab", "Gunmen  attacked\tKidal\n\nnow now", "\u200bGunmen\u200battacked",
    "\u202eKıdal İ ſ \u212a\u202c", "L'armée a repris le contrôle de Tessalit après des combats.",
    "Fighting broke out; fighting broke out again. FIGHTING!", "x " * 40,
]


def _sentences(language: str) -> list[str]:
    d = "tests/data/fr/articles" if language == "fr" else "tests/data/articles"
    out = []
    for p in sorted((ROOT / d).glob("*.txt"))[:6]:
        out += [line for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out + TEXTS


def _same(a, b) -> bool:
    a, b = a.tocsr(), b.tocsr()
    return (a.shape == b.shape and np.array_equal(a.indptr, b.indptr) and np.array_equal(a.indices, b.indices)
            and np.array_equal(a.data, b.data) and a.data.dtype == b.data.dtype)


@pytest.mark.parametrize(
    "vectoriser",
    [
        TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 2)),
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True),
        TfidfVectorizer(ngram_range=(2, 3)),
        TfidfVectorizer(ngram_range=(1, 1), token_pattern=r"(?u)\b\w+\b"),
    ],
)
def test_counts_equal_sklearn(vectoriser):
    texts = _sentences("en")
    vectoriser.fit(texts[: len(texts) // 2])  # later texts have words the vocabulary lacks
    cache: dict = {}
    for _ in range(2):
        ours = fast_counts.counts(vectoriser, texts, cache)
        assert ours is not None
        assert _same(ours, CountVectorizer.transform(vectoriser, texts))


@pytest.mark.parametrize(
    "vectoriser",
    [
        TfidfVectorizer(analyzer="char", ngram_range=(3, 5)),
        TfidfVectorizer(binary=True),
        TfidfVectorizer(lowercase=False),
        TfidfVectorizer(stop_words="english"),
        TfidfVectorizer(strip_accents="unicode"),
        TfidfVectorizer(analyzer=str.split),
    ],
)
def test_other_configurations_are_left_to_sklearn(vectoriser):
    vectoriser.fit(TEXTS[:2])
    assert fast_counts.counts(vectoriser, TEXTS, {}) is None
