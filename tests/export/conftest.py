from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "report"))
import h7_samples  # noqa: E402


@pytest.fixture(scope="session")
def seed_docs():
    return h7_samples.seed_documents()


@pytest.fixture(scope="session")
def events(seed_docs):
    return h7_samples.sample_events(seed_docs)


@pytest.fixture(scope="session")
def control():
    return h7_samples.sample_control()
