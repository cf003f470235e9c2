"""CLI commands: knowledge (see sitrep.cli for the conventions)."""

from __future__ import annotations


def register(sub) -> None:
    """Add this group's sub-commands to the sitrep parser."""
