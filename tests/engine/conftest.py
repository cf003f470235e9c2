from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "report"))


@pytest.fixture(scope="session")
def h7_knowledge():
    from sitrep.knowledge import load_knowledge

    return load_knowledge()


@pytest.fixture(scope="session")
def h7_analyzer(h7_knowledge):
    from sitrep.analyse import Analyzer

    return Analyzer(h7_knowledge)


@pytest.fixture(scope="session")
def seed_docs():
    import h7_samples

    return h7_samples.seed_documents()
