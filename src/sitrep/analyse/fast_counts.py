"""The event classifier's n-gram counts, computed faster than sklearn's vectorisers but identical.

``TfidfVectorizer.transform`` is a count matrix (``CountVectorizer._count_vocab``) followed by the
TF-IDF weighting.  The counting loops over every n-gram of every sentence in Python; it was most of
the classifier's time, which was most of the events stage.  ``char_wb_rows`` and ``word_rows`` count
each text's columns from a vocabulary alone (``events/linear_scorer`` scores with them, without
sklearn); ``counts`` builds from them the CSR count matrix sklearn builds, for the two plain
configurations the classifier uses (the tests compare the two):

- ``char_wb`` n-grams never cross whitespace, so a sentence's n-grams are its words' n-grams: each
  word's vocabulary columns are computed once per process and cached;
- word n-grams are counted with ``collections.Counter`` over the token and n-gram strings.

In ``counts`` each row's columns are then sorted (as sklearn's ``sort_indices``), so the matrix is
the one sklearn builds.  Any other configuration returns None.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np

# words whose n-gram columns are cached; the cache is emptied when it grows past this
WORD_CACHE_MAX = 50_000  # bounds the cache to ~15 MB; past it the cache is emptied and refilled


def counts(vectoriser, texts: list[str], word_cache: dict[str, tuple[int, ...]]):
    """The count matrix ``vectoriser`` builds for ``texts`` (before TF-IDF weighting), or None when
    the vectoriser is not one of the plain configurations repeated here."""
    if not plain(vectoriser):
        return None
    vocabulary, ngram_range = vectoriser.vocabulary_, vectoriser.ngram_range
    if vectoriser.analyzer == "char_wb":
        rows = char_wb_rows(vocabulary, ngram_range, texts, word_cache)
    elif vectoriser.analyzer == "word" and vectoriser.tokenizer is None and vectoriser.stop_words is None:
        tokenize = tokenizer(vectoriser.token_pattern)
        if tokenize is None:
            return None
        rows = word_rows(vocabulary, ngram_range, texts, tokenize)
    else:
        return None
    return _csr(rows, len(vectoriser.vocabulary_), vectoriser.dtype)


def plain(vectoriser) -> bool:
    """Lower-cased strings, no custom preprocessing, accents kept, real counts (not binary), fitted."""
    return (
        getattr(vectoriser, "input", None) == "content" and getattr(vectoriser, "lowercase", False) is True
        and vectoriser.preprocessor is None and vectoriser.strip_accents is None and not vectoriser.binary
        and callable(getattr(vectoriser, "build_analyzer", None)) and not callable(vectoriser.analyzer)
        and hasattr(vectoriser, "vocabulary_") and hasattr(vectoriser, "_tfidf")
    )


def char_wb_rows(vocabulary: dict[str, int], ngram_range: tuple[int, int], texts: list[str],
                 cache: dict[str, tuple[int, ...]]) -> list[Counter]:
    """Per text, column → count of its ``char_wb`` n-grams: the lower-cased text split on
    whitespace, each word padded with one space each side (sklearn's ``_char_wb_ngrams``)."""
    min_n, max_n = ngram_range
    if len(cache) > WORD_CACHE_MAX:
        cache.clear()
    rows = []
    for text in texts:
        columns: list[int] = []
        for word in text.lower().split():
            cols = cache.get(word)
            if cols is None:
                cols = cache[word] = tuple(vocabulary[g] for g in _wb_ngrams(word, min_n, max_n) if g in vocabulary)
            columns.extend(cols)
        rows.append(Counter(columns))
    return rows


def _wb_ngrams(word: str, min_n: int, max_n: int) -> list[str]:
    """sklearn's ``_char_wb_ngrams`` for one word."""
    w = " " + word + " "
    w_len = len(w)
    grams = []
    for n in range(min_n, max_n + 1):
        offset = 0
        grams.append(w[offset : offset + n])
        while offset + n < w_len:
            offset += 1
            grams.append(w[offset : offset + n])
        if offset == 0:  # count a short word (w_len < n) only once
            break
    return grams


@lru_cache(maxsize=8)
def tokenizer(token_pattern: str):
    """sklearn's ``build_tokenizer``: ``findall`` of the token pattern (None for a pattern with
    several groups, which sklearn refuses)."""
    pattern = re.compile(token_pattern)
    return None if pattern.groups > 1 else pattern.findall


def word_rows(vocabulary: dict[str, int], ngram_range: tuple[int, int], texts: list[str], tokenize) -> list[Counter]:
    """Per text, column → count of its word n-grams (sklearn's ``_word_ngrams`` without stop words)."""
    min_n, max_n = ngram_range
    rows = []
    for text in texts:
        tokens = tokenize(text.lower())
        grams: list[str] = list(tokens) if min_n == 1 else []
        for n in range(max(min_n, 2), min(max_n + 1, len(tokens) + 1)):
            grams.extend(map(" ".join, zip(*(tokens[i:] for i in range(n)))))
        counted = Counter(grams)
        rows.append(Counter({vocabulary[g]: c for g, c in counted.items() if g in vocabulary}))
    return rows


def _csr(rows: list[Counter], n_features: int, dtype):
    """The CSR matrix sklearn's ``_count_vocab`` returns for these rows (32-bit indices, columns
    sorted within each row), in the sparse interface sklearn is configured to hand on; None past
    32-bit sizes."""
    from scipy import sparse

    j_indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    for row in rows:
        j_indices.extend(row.keys())
        values.extend(row.values())
        indptr.append(len(j_indices))
    if indptr[-1] > np.iinfo(np.int32).max:
        return None  # sklearn switches to 64-bit indices: let it count
    X = sparse.csr_array(
        (np.asarray(values, dtype=np.intc), np.asarray(j_indices, dtype=np.int32), np.asarray(indptr, dtype=np.int32)),
        shape=(len(indptr) - 1, n_features),
        dtype=dtype,
    )
    X.sort_indices()
    return _align(X)


def _align(X):
    """``X`` in the sparse interface (array or matrix) sklearn is configured to hand on."""
    try:
        from sklearn.utils._sparse import _align_api_if_sparse
    except ImportError:  # an sklearn without configurable sparse interfaces hands csr on as built
        return X
    return _align_api_if_sparse(X)
