"""Fusion across documents: merging event mentions into events, consensus, disputes, control.

``fuse_documents(store, doc_ids)`` is incremental (see ``sitrep.fuse.core``); ``rebuild(store)``
re-fuses the whole store; ``sitrep.fuse.control`` derives who held each place over time.  The ACLED
field mapping the CLI, API and exports share is the read side's (``sitrep.query.acled``).

May import: the store, analyse, knowledge and the bottom layer; never query or the serve layer.
"""

from __future__ import annotations

from sitrep.fuse.core import fuse_documents, rebuild

__all__ = ["fuse_documents", "rebuild"]
