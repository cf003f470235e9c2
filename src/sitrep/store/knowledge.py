"""Actors, aliases, lineage and the gazetteer (knowledge)."""

from __future__ import annotations

from sitrep.store.core import StoreBase


class KnowledgeStore(StoreBase):
    """Queries on this kind of record; mixed into sitrep.store.Store."""
