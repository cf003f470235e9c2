"""The export tests use the report tests' sample documents, events and control periods: the same
fixtures (``tests/fixtures/sample_fixtures.py``)."""

from __future__ import annotations

from ..fixtures.sample_fixtures import control, events, seed_docs  # noqa: F401  (fixtures)
