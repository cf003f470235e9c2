"""A source the text describes without naming it ("a local official told AFP") is a speaker of its own:
its version of an event stands against the army's in a dispute, under a readable name."""

from .fuse_factory import add_doc, analysis, mention

from sitrep.fuse import fuse_documents
from sitrep.knowledge.actor_names import ActorNames, pretty_id


def _two_versions_of_a_takeover(store, forced_by: str, planned_by: str) -> None:
    """One article: the same takeover told as a forced and as a planned withdrawal, by these sources."""
    add_doc(store, "d1", outlet="Outlet d1")
    store.save_analysis(analysis("d1", [
        mention("d1", 0, sub="Non-state actor overtakes territory", side1=["csp"], side2=["fama"],
                version="forced_withdrawal", modality="claim", source_actor=forced_by),
        mention("d1", 200, sub="Non-state actor overtakes territory", side1=["csp"], side2=["fama"],
                version="planned_withdrawal", modality="claim", source_actor=planned_by),
    ]))
    fuse_documents(store, ["d1"])


def test_unnamed_source_against_the_army_is_an_outcome_dispute(store):
    _two_versions_of_a_takeover(store, "unnamed:local-official", "fama")
    (event,) = store.list_events(disputed=True)
    (dispute,) = event.disputes
    assert {(v.label, v.source_actor) for v in dispute.versions} == {
        ("forced_withdrawal", "unnamed:local-official"), ("planned_withdrawal", "fama")}
    assert "unnamed local official" in dispute.description


def test_two_reports_by_the_same_unnamed_source_are_no_dispute(store):
    _two_versions_of_a_takeover(store, "unnamed:local-official", "unnamed:local-official")
    assert not store.list_events(disputed=True)


def test_unnamed_names_read_as_a_description():
    assert pretty_id("unnamed:elu-local") == "unnamed elu local"
    assert pretty_id("org:azawad-front") == "azawad-front"
    assert ActorNames()("unnamed:security-sources") == "unnamed security sources"
