"""The embedded DuckDB store: the only package of sitrep that writes SQL.

``Store`` is one connection with the queries of every record kind mixed in; each kind's queries live
in their own module so that a reader finds the SQL for documents in ``documents.py`` and so on.

May import: analyse's types, knowledge's normalisers and the bottom layer.  Never ingest (ingest
decides near-duplicates), the data files' readers, fusion or anything after it.
"""

from __future__ import annotations

from sitrep.store.analyses import AnalysesStore
from sitrep.store.core import StoreBase, connect
from sitrep.store.corrections import CorrectionsStore
from sitrep.store.documents import DocumentsStore
from sitrep.store.events import EventsStore
from sitrep.store.knowledge import KnowledgeStore
from sitrep.store.reads import ReadsStore
from sitrep.store.schema import SCHEMA_VERSION


class Store(DocumentsStore, AnalysesStore, KnowledgeStore, EventsStore, CorrectionsStore, ReadsStore, StoreBase):
    """Open with ``Store(path)``; ``Store()`` is an in-memory store for tests and evaluation."""


__all__ = ["Store", "StoreBase", "connect", "SCHEMA_VERSION"]
