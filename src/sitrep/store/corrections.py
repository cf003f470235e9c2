"""Analyst corrections and event history (serve stage)."""

from __future__ import annotations

from sitrep.store.core import StoreBase


class CorrectionsStore(StoreBase):
    """Queries on this kind of record; mixed into sitrep.store.Store."""
