"""The same wire story from the agency and from two outlets that syndicate it counts one independent source."""

from __future__ import annotations

import pytest

STORY = (
    "Jihadists of the al-Qaeda-linked JNIM attacked an army camp in Douentza in central Mali on Sunday, killing "
    "12 soldiers, security sources said.\n\n"
    "\"The camp was attacked at dawn by dozens of men on motorbikes,\" a security source told AFP on condition "
    "of anonymity. A local official said the attackers had burned several army vehicles before withdrawing.\n\n"
    "Mali has been ruled by a military junta since 2020 and has fought jihadist groups since 2012.\n"
)


@pytest.fixture(scope="module")
def syndicated(tmp_path_factory, analyzer):
    from sitrep.pipeline import run
    from sitrep.store import Store

    folder = tmp_path_factory.mktemp("syndicated")
    # the agency's own story, signed in its byline
    (folder / "agency.txt").write_text(
        "Mali: jihadists kill 12 soldiers in attack on Douentza army camp\n\nBy AFP\nMarch 10, 2026\n\n" + STORY,
        encoding="utf-8")
    # a host named only by the url of its page
    (folder / "barrons.txt").write_text(
        "Jihadists Kill 12 Soldiers In Attack On Douentza Army Camp\n\nBy AFP - Agence France Presse\nMarch 10, 2026\n\n"
        + STORY + "\n© Agence France-Presse\n\n"
        "Original url: https://www.barrons.com/news/jihadists-kill-12-soldiers-in-attack-on-mali-army-camp-5d1e", encoding="utf-8")
    # a host with its masthead, the wire credited in the dateline, the date written day first
    (folder / "france24.txt").write_text(
        "Mali: jihadists kill 12 soldiers in Douentza army camp attack\n\nFrance 24\nPublished on: 10/03/2026\n\n"
        "DOUENTZA, Mali (AFP) - " + STORY + "\n© 2026 AFP\n", encoding="utf-8")
    store = Store(folder / "s.duckdb")
    run([str(folder)], store, analyzer)
    yield store
    store.close()


def test_three_copies_of_one_wire_story_are_one_independent_source(syndicated):
    from sitrep.coverage import coverage_of

    docs = {d["outlet"]: d for d in syndicated.list_documents()}
    assert set(docs) == {"AFP", "Barron's", "France 24"}
    assert {d["wire"] for d in docs.values()} == {"AFP"}
    events = syndicated.list_events()
    covered = coverage_of(syndicated, events)
    # the event the three copies report together
    full = [c for c in covered.values() if {r.outlet for r in c.reports} == {"AFP", "Barron's", "France 24"}]
    assert full, [(c.event_id, [r.outlet for r in c.reports]) for c in covered.values()]
    cov = full[0]
    assert cov.independent_sources == 1
    assert [o["origin"] for o in cov.origins] == ["afp"]
    assert cov.single_perspective  # one source, however many pages carried it
    assert "a single source" in cov.summary and "AFP via Barron's, France 24" in cov.summary
    assert {r.copy_of for r in cov.reports if r.outlet != "AFP"} == {docs["AFP"]["id"]}  # near-duplicates of the first
    assert {o["name"] for o in cov.outlets} == {"AFP", "Barron's", "France 24"}
