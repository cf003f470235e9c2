"""Near-duplicate fingerprints: MinHash over word shingles of the clean text, banded for LSH.

The same wire story in two outlets differs in headline, byline, boilerplate and a few edits; its
clean body shares most of its 4-word shingles. MinHash estimates the Jaccard similarity of the
shingle sets; splitting the signature into ``BANDS`` bands of ``ROWS`` values and indexing a hash of
each band finds candidates by equality lookups (the store joins on an indexed table) instead of
comparing with every stored document. Candidates are then verified on their exact shingle sets.

``add_documents(store, docs)`` is how ingest stores a batch: it asks the store for the candidates
(``Store.near_duplicate_candidates``), decides here which new document is a verified copy of a
stored one or of an earlier one of the batch (``duplicate_of`` = the first copy's doc_id, so later
stages count independent sources), and hands the documents and their band keys to the store.

With 16 bands x 4 rows the probability that a pair becomes a candidate is 1-(1-J^4)^16:
0.65 at J=0.4, 0.98 at J=0.6, 0.99998 at J=0.8 — and 0.025 at J=0.2.
"""

from __future__ import annotations

import functools
import hashlib
import re
import struct

import numpy as np

from sitrep.model import Document

SHINGLE = 4
BANDS = 16
ROWS = 4
NUM_PERM = BANDS * ROWS
SEED = 7
JACCARD_MIN = 0.5  # verified similarity to call two documents copies of one story
CONTAINMENT_MIN = 0.8  # or: one is (mostly) contained in the other (a shortened copy)
# candidates verified per new document (most shared LSH bands first): bounds the work a document
# costs however many stored stories share a band with it (boilerplate-heavy feeds)
MAX_CANDIDATES = 8
_WORD = re.compile(r"\w+", re.UNICODE)


@functools.lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The ``NUM_PERM`` affine permutations ``h -> a*h + b (mod 2**32)`` (``a`` odd) that datasketch's
    ``MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")`` draws: the same generator, the
    same draws.  The signature is computed here with numpy: importing datasketch imports
    scipy.integrate (its LSH tuning), half a second of every ``sitrep ingest``'s start for nothing
    it uses; a test compares the two signatures."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (a bijection that spreads the input hashes), as datasketch
    applies it before the permutations; uint32 arithmetic wraps, which is the intended modulo."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def shingles(text: str) -> set[bytes]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def signature(sh: set[bytes]) -> np.ndarray:
    """The MinHash of the shingles: per permutation, the least permuted hash (the first 4 bytes of
    each shingle's SHA-1, little-endian); all 2**32 - 1 for no shingles."""
    if not sh:
        return np.full(NUM_PERM, np.uint32(0xFFFFFFFF), dtype=np.uint32)
    a, b = _permutations()
    digests = b"".join(hashlib.sha1(s).digest()[:4] for s in sh)
    hv = _fmix32(np.frombuffer(digests, dtype="<u4").astype(np.uint32)).reshape(-1, 1)
    with np.errstate(over="ignore"):
        return (hv * a + b).min(axis=0)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (band index mixed in, so bands never collide)."""
    keys = []
    for b in range(BANDS):
        chunk = sig[b * ROWS : (b + 1) * ROWS].astype(np.uint64).tobytes()
        digest = hashlib.blake2b(struct.pack("<I", b) + chunk, digest_size=8).digest()
        keys.append(struct.unpack("<q", digest)[0])
    return keys


def similar(a: set[bytes], b: set[bytes]) -> bool:
    if not a or not b:
        return False
    inter = len(a & b)
    return inter / len(a | b) >= JACCARD_MIN or inter / min(len(a), len(b)) >= CONTAINMENT_MIN


def fingerprint(clean_text: str) -> tuple[set[bytes], list[int]]:
    sh = shingles(clean_text)
    return sh, (band_keys(signature(sh)) if len(sh) >= 3 else [])


def add_documents(store, docs: list[Document]) -> list[str]:
    """Store a batch (``Store.add_documents``: one transaction) after linking its near-duplicates;
    one status per document: "stored", "near_duplicate" or "duplicate"."""
    stored = store.stored_among([d.doc_id for d in docs]) if docs else set()
    new: list[tuple[Document, list[int]]] = []
    prints: dict[str, set[bytes]] = {}
    for doc in docs:
        if doc.doc_id in stored:
            continue
        stored.add(doc.doc_id)  # the same text twice in one batch: the store counts the second a duplicate
        prints[doc.doc_id], keys = fingerprint(doc.clean_text)
        new.append((doc, keys))
    if new:
        link_near_duplicates(store, new, prints)
    return store.add_documents(docs, band_keys={doc.doc_id: keys for doc, keys in new})


def link_near_duplicates(store, new: list[tuple[Document, list[int]]], prints: dict[str, set[bytes]]) -> None:
    """Set ``duplicate_of`` on each new document that is a verified copy of a stored one or of an
    earlier one of the batch (candidates by LSH band keys, at most MAX_CANDIDATES checked)."""
    hits, stored = store.near_duplicate_candidates(
        [keys if doc.duplicate_of is None else [] for doc, keys in new], MAX_CANDIDATES)
    for doc_id, (_, _, clean) in stored.items():
        prints[doc_id] = shingles(clean)
    seen_keys: dict[int, list[int]] = {}  # band key → earlier documents of this batch
    for i, (doc, keys) in enumerate(new):
        if doc.duplicate_of is None:
            # stored copies first, in ingest order (they precede the whole batch), then the batch's
            candidates = sorted((stored[d][0], d) for d in hits.get(i, []) if d in stored)
            order = [(d, stored[d][1]) for _, d in candidates]  # (candidate, the copy it points at)
            earlier = sorted({j for k in keys for j in seen_keys.get(k, [])})
            order += [(new[j][0].doc_id, new[j][0].duplicate_of) for j in earlier[:MAX_CANDIDATES]]
            for cand, root in order:
                if similar(prints[doc.doc_id], prints[cand]):
                    doc.duplicate_of = root or cand
                    break
        for k in keys:
            seen_keys.setdefault(k, []).append(i)
