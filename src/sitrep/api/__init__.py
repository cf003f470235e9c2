"""The REST API (FastAPI) over a sitrep store; ``create_app`` builds it, ``sitrep serve`` runs it."""

from __future__ import annotations

from sitrep.api.app import create_app

__all__ = ["create_app"]
