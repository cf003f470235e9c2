"""Documents, ingest errors and near-duplicate lookups (ingest stage)."""

from __future__ import annotations

from sitrep.store.core import StoreBase


class DocumentsStore(StoreBase):
    """Queries on this kind of record; mixed into sitrep.store.Store."""
