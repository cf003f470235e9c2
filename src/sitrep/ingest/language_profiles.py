"""langdetect's language profiles, loaded from a cached array instead of its 55 JSON files.

langdetect builds its n-gram table (~88,000 character n-grams, each with a probability in each of 55 languages)
from one JSON file a language at its first use: about a second of a process that reads any text the function
words cannot tell (a short note, a headline), and twice that on a busy machine.  The same table, built once, is
kept in sitrep's cache (``artifacts``) as the probabilities that are not zero (one cell in twenty-six): a process
loads them and a dictionary from each n-gram to its run of them.  langdetect's own detector reads it: a row is handed over as the list of the same floats
langdetect would have built, and the languages keep the order its loader read their files in, so a text gets the
language, and the probabilities, it always got.
"""

from __future__ import annotations

import os
from functools import lru_cache


class _Rows(dict):
    """n-gram → its probabilities in each language, as langdetect's ``word_lang_prob_map``: membership is the
    dictionary's own (the detector asks it of every n-gram of a text); a row is rebuilt from the languages that
    write the n-gram (one in twenty-six cells of the table is not zero) when the detector asks for it."""

    def __init__(self, languages: int, ngrams: list[str], starts: list[int], columns: list[int], values: list[float]):
        super().__init__(zip(ngrams, range(len(ngrams))))
        self._languages, self._starts, self._columns, self._values = languages, starts, columns, values

    def __getitem__(self, ngram: str) -> list[float]:
        i = dict.__getitem__(self, ngram)
        lo, hi = self._starts[i], self._starts[i + 1]
        row = [0.0] * self._languages
        for j, value in zip(self._columns[lo:hi], self._values[lo:hi]):
            row[j] = value
        return row


def _profile_files(directory: str) -> list[str]:
    """The profile files in the order langdetect's loader reads them (its index of each language)."""
    return [name for name in os.listdir(directory)
            if not name.startswith(".") and os.path.isfile(os.path.join(directory, name))]


def _build(directory: str) -> tuple[list[str], list[str], list[int], list[int], list[float]]:
    """(languages, n-grams, and each n-gram's probabilities that are not zero: where its run starts in the two
    lists that follow, the languages' indexes and the probabilities), as langdetect's loader builds them."""
    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(directory)
    ngrams, starts, columns, values = list(factory.word_lang_prob_map), [0], [], []
    for ngram in ngrams:
        row = factory.word_lang_prob_map[ngram]
        for j, value in enumerate(row):
            if value != 0.0:
                columns.append(j)
                values.append(value)
        starts.append(len(columns))
    return list(factory.langlist), ngrams, starts, columns, values


@lru_cache(maxsize=1)
def detector_factory():
    """A langdetect ``DetectorFactory`` with the profiles loaded (from the cache when it holds them)."""
    from langdetect import detector_factory as langdetect_factory

    from sitrep import artifacts

    directory = langdetect_factory.PROFILES_DIRECTORY
    files = _profile_files(directory)
    # the key: langdetect's version and each file's name, size and time, in the loader's order
    key = artifacts.digest([artifacts.library_version("langdetect"), *(
        f"{name}:{os.path.getsize(os.path.join(directory, name))}:{os.path.getmtime(os.path.join(directory, name))}"
        for name in files)])
    languages, ngrams, starts, columns, values = artifacts.cached("langdetect-profiles", key, lambda: _build(directory))
    factory = langdetect_factory.DetectorFactory()
    factory.langlist = list(languages)
    factory.word_lang_prob_map = _Rows(len(languages), ngrams, starts, columns, values)
    return factory
