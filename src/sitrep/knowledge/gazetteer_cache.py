"""The gazetteer over a store's imported GeoNames dumps, built once and loaded after.

Filing the dumps' rows over the world base (``build_gazetteer``: ~47,000 places and ~120,000 name keys
for Mali, Burkina Faso, Niger and Mauritania) takes about two seconds of CPU, at the start of every
command that analyses.  The finished gazetteer is kept as an artifact (``sitrep.artifacts``) keyed by a
digest of exactly what it is built from: the store's rows and keys in the order they were read, the
world index it lies over, and the code that files them.  Another store with the same dumps finds the
same artifact; a store whose rows changed in any way (a dump re-imported, a place added) builds anew.
Loading unpickles the dicts and maps the world index again (``CompactIndex`` pickles as its path).

Small stores (a few hand-added places, the tests' fixtures) are built directly: their build costs less
than an artifact's digest and file.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable
from pathlib import Path

from sitrep import artifacts
from sitrep.knowledge import gazetteer as gazetteer_module
from sitrep.knowledge.gazetteer import Gazetteer, build_gazetteer

KIND = "store-gazetteer"
MIN_ROWS = 1000  # fewer store rows than this: built directly, no artifact
_FORMAT = 1  # bump when what the artifact holds changes


def _key(rows: list, world: bool) -> str:
    here = Path(__file__).resolve().parent
    code = [(here / name).read_bytes() for name in ("gazetteer.py", "gazetteer_index.py", "names.py", "gazetteer_cache.py")]
    world_key = gazetteer_module._index_key() if world else "no world"
    # a place's keys in sorted order: the store returns them in the order an import process's sets
    # gave them (it varies from one import to the next), and they are filed one by one, so their order
    # within a place changes nothing built; the order of the places does (a key's places keep it)
    rows = [(row, sorted(keys)) for row, keys in rows]
    return artifacts.digest([f"format {_FORMAT}", world_key, *code,
                             pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL)])


def store_gazetteer(store_rows: Iterable[tuple[tuple, Iterable[str]]], world: bool = True) -> Gazetteer:
    """``build_gazetteer(store_rows, world)``, from the artifact when one was built from the same rows."""
    rows = [(tuple(row), list(keys)) for row, keys in store_rows]
    if len(rows) < MIN_ROWS:
        return build_gazetteer(rows, world=world)
    key = _key(rows, world)
    found = artifacts.load(KIND, key)
    if isinstance(found, Gazetteer):
        return found
    gaz = build_gazetteer(rows, world=world)
    artifacts.save(KIND, key, gaz)
    return gaz
