"""Engine test fixtures: the analyzer built once, and the example articles as documents (the shared
builders of ``tests/fixtures/samples.py``)."""

from __future__ import annotations

import pytest

from ..fixtures import samples


@pytest.fixture(scope="session")
def engine_knowledge():
    from sitrep.knowledge import load_knowledge

    return load_knowledge()


@pytest.fixture(scope="session")
def engine_analyzer(engine_knowledge):
    from sitrep.analyse import Analyzer

    return Analyzer(engine_knowledge)


@pytest.fixture(scope="session")
def seed_docs():
    return samples.seed_documents()
