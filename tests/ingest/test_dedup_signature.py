"""Near-duplicate signatures computed with numpy are datasketch's MinHash signatures, value for value."""

from __future__ import annotations

import numpy as np
import pytest

from sitrep.ingest import dedup

TEXTS = [
    "",
    "one two",
    "Gunmen attacked an army post near Kidal on Monday, killing 12 soldiers, the army said.",
    "L'armée a repris le contrôle de Tessalit après des combats, selon un communiqué. " * 20,
    " ".join(f"w{i}" for i in range(5000)),
]


@pytest.mark.parametrize("text", TEXTS)
def test_signature_equals_datasketch(text):
    from datasketch import MinHash

    sh = dedup.shingles(text)
    ours = dedup.signature(sh)
    reference = MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED, scheme="affine32")
    if sh:
        reference.update_batch(list(sh))
    assert ours.dtype == reference.hashvalues.dtype
    assert np.array_equal(ours, reference.hashvalues)
    assert dedup.band_keys(ours) == dedup.band_keys(reference.hashvalues)


def test_signature_of_different_texts_differ():
    a, b = (dedup.signature(dedup.shingles(t)) for t in TEXTS[2:4])
    assert not np.array_equal(a, b)
