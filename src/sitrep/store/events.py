"""Fused events, reports, disputes and control periods (fuse stage)."""

from __future__ import annotations

from sitrep.store.core import StoreBase


class EventsStore(StoreBase):
    """Queries on this kind of record; mixed into sitrep.store.Store."""
