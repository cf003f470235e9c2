"""The fuzzy fallback's prefilter: per key, its count of each letter, so that one vectorised pass
over a country's keys leaves only the few that ``fuzz.ratio`` could score above the cutoff.

The ratio is 100·(1 − indel/(n + m)), and the indel distance is at least the L1 distance between two
keys' letter counts (their longest common subsequence holds at most min(count) of each letter).
"""

from __future__ import annotations


def letter_counts(keys) -> tuple:
    """(27 × len(keys) int8 table: per letter a…z, then any other character, each key's count of it
    capped at 127 (capping keeps |a − b| a lower bound), the keys' lengths)."""
    import numpy as np  # imported when first needed: commands that never match fuzzily skip it

    lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    table = np.zeros((27, len(keys)), dtype=np.int32)
    if len(keys):
        codes = np.frombuffer("".join(keys).encode("ascii", "replace"), dtype=np.uint8).astype(np.int64) - ord("a")
        codes[(codes < 0) | (codes > 25)] = 26  # one bucket for the rest: still a lower bound
        np.add.at(table, (codes, np.repeat(np.arange(len(keys)), lengths)), 1)
    return np.minimum(table, 127).astype(np.int8), lengths


def reachable(counts: tuple, key: str, cutoff: float) -> list[int]:
    """Indexes (ascending) of the keys behind ``counts`` whose bound reaches ``cutoff`` with ``key``."""
    import numpy as np

    table, lengths = counts
    mine = letter_counts((key,))[0][:, 0]
    distance = np.zeros(lengths.shape[0], dtype=np.int16)
    for letter, row in zip(mine, table):  # row by row: a fraction of the cost of one 2-D pass
        distance += np.abs(row - letter)
    bound = 100.0 * (1.0 - distance / np.maximum(lengths + len(key), 1))
    return np.flatnonzero(bound >= cutoff - 1e-6).tolist()  # margin: rounding must never cut a match
