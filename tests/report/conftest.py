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


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory):
    """A store file holding the example articles ingested, analysed and fused (the full pipeline)."""
    from sitrep import pipeline
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge
    from sitrep.store import Store

    path = tmp_path_factory.mktemp("seeded") / "seeds.duckdb"
    with Store(path) as store:
        summary = pipeline.run([str(samples.EXAMPLES)], store, analyzer=Analyzer(load_knowledge(store)))
        assert summary.analysed == 5
    return path
