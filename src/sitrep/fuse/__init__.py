"""Fusion across documents: merging event mentions into events, consensus, disputes, control.

``fuse_documents(store, doc_ids)`` is incremental (see ``sitrep.fuse.core``); ``rebuild(store)``
re-fuses the whole store; ``event_to_acled`` is the one ACLED field mapping the CLI, API and
exports share; ``sitrep.fuse.control`` derives who held each place over time.

May import: the store, analyse, knowledge and the bottom layer; never query or the serve layer.
"""

from __future__ import annotations

from sitrep.fuse.acled import event_to_acled
from sitrep.fuse.core import fuse_documents, rebuild

__all__ = ["fuse_documents", "rebuild", "event_to_acled"]
