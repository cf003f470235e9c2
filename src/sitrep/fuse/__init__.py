"""Fusion across documents: merging event mentions into events, consensus, disputes, control."""

from __future__ import annotations


def fuse_documents(store, doc_ids: list[str]) -> int:
    """Fold these documents' event mentions into the fused events; return how many events changed."""
    return 0
