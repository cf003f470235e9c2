from __future__ import annotations

import pytest

from ..fixtures import samples
from ..fixtures.sample_fixtures import control, events, seed_docs  # noqa: F401  (fixtures)


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
