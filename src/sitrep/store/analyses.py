"""Per-document analyses and their mention index tables (analyse stage)."""

from __future__ import annotations

from sitrep.store.core import StoreBase


class AnalysesStore(StoreBase):
    """Queries on this kind of record; mixed into sitrep.store.Store."""
