"""The export tests use the report tests' sample documents, events and control periods: the same
builders (``tests/fixtures/samples.py``), imported as a module of the ``tests`` package."""

from __future__ import annotations

import pytest

from ..fixtures import samples


@pytest.fixture(scope="session")
def seed_docs():
    return samples.seed_documents()


@pytest.fixture(scope="session")
def events(seed_docs):
    return samples.sample_events(seed_docs)


@pytest.fixture(scope="session")
def control():
    return samples.sample_control()
