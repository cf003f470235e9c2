"""Fusion across documents end to end on hand-built analyses: merging, reports, disputes."""

from .fuse_factory import add_doc, analysis, deaths, mention

from sitrep.fuse import fuse_documents


def _fuse(store, docs: dict[str, list], outlets: dict[str, str] | None = None, dup: dict[str, str] | None = None):
    outlets, dup = outlets or {}, dup or {}
    for doc_id, events in docs.items():
        add_doc(store, doc_id, outlet=outlets.get(doc_id, f"Outlet {doc_id}"), duplicate_of=dup.get(doc_id))
        store.save_analysis(analysis(doc_id, events))
    return fuse_documents(store, list(docs))


def test_reports_from_two_documents_merge_into_one_event_with_quotes(store):
    touched = _fuse(store, {
        "d1": [mention("d1", 10, side1=["fama"], side2=["cma"], fatalities=deaths(7, 7, "seven"))],
        "d2": [mention("d2", 20, side1=["fama"], assoc1=["wagner"], side2=["cma"])],
        "d3": [mention("d3", 0, side1=["jnim"], side2=["isgs"], place_id="gn:gao")],
    })
    events = store.list_events()
    assert touched == 2 and len(events) == 2
    kidal = store.list_events(place="gn:kidal")[0]
    assert {r.doc_id for r in kidal.reports} == {"d1", "d2"}
    assert kidal.source_count == 2 and not kidal.disputed
    assert kidal.actor1 == "fama" and kidal.assoc_actor_1 == ["wagner"] and kidal.actor2 == "cma"
    assert (kidal.fatalities_low, kidal.fatalities_best, kidal.fatalities_high) == (7, 7, 7)
    report = next(r for r in kidal.reports if r.doc_id == "d1")
    assert report.quote == store.doc_sources(["d1"])["d1"]["text"][10:50] and report.outlet == "Outlet d1"
    assert "Fatalities: 7" in kidal.notes
    # fusing again changes nothing
    assert fuse_documents(store, ["d1", "d2", "d3"]) == 0


def test_syndicated_copies_count_as_one_source(store):
    _fuse(store, {
        "d1": [mention("d1", 0, side1=["fama"])],
        "d2": [mention("d2", 0, side1=["fama"])],
        "d3": [mention("d3", 0, side1=["fama"])],
    }, dup={"d2": "d1"})
    (event,) = store.list_events()
    assert len(event.reports) == 3 and event.source_count == 2
    assert next(r for r in event.reports if r.doc_id == "d2").independent_of == "d1"


def test_outcome_versions_from_two_speakers_are_a_dispute(store):
    _fuse(store, {"d1": [
        mention("d1", 0, sub="Non-state actor overtakes territory", side1=["csp"], side2=["fama"],
                version="forced_withdrawal", modality="claim", source_actor="csp"),
        mention("d1", 200, sub="Non-state actor overtakes territory", side1=["csp"], side2=["fama"],
                version="planned_withdrawal", modality="claim", source_actor="fama"),
    ]})
    (event,) = store.list_events(disputed=True)
    (dispute,) = event.disputes
    assert dispute.kind == "outcome"
    assert {(v.label, v.source_actor) for v in dispute.versions} == {
        ("forced_withdrawal", "csp"), ("planned_withdrawal", "fama")}
    assert all(v.mention_ids for v in dispute.versions)


def test_one_narrator_repeating_itself_is_no_dispute(store):
    _fuse(store, {"d1": [mention("d1", 0, side1=["fama"], version="forced_withdrawal"),
                         mention("d1", 99, side1=["fama"], version="forced_withdrawal")]})
    assert store.list_events(disputed=True) == []


def test_different_perpetrators_from_different_sources(store):
    _fuse(store, {
        "d1": [mention("d1", 0, side1=["jnim"], side2=["fama", "wagner"])],
        "d2": [mention("d2", 0, side1=["csp"], side2=["wagner"])],
    })
    (event,) = store.list_events()
    assert event.disputed
    (dispute,) = event.disputes
    assert dispute.kind == "perpetrator"
    assert sorted(v.outlets[0] for v in dispute.versions) == ["Outlet d1", "Outlet d2"]


def test_swapped_sides_are_not_a_perpetrator_dispute(store):
    _fuse(store, {
        "d1": [mention("d1", 0, side1=["fama"], side2=["cma"])],
        "d2": [mention("d2", 0, side1=["cma"], side2=["fama"])],
    })
    (event,) = store.list_events()
    assert not event.disputed


def test_fatality_figures_conflict_only_beyond_their_qualifiers(store):
    _fuse(store, {
        "d1": [mention("d1", 0, side1=["fama"], fatalities=deaths(15, None, "at least 15"))],
        "d2": [mention("d2", 0, side1=["fama"], fatalities=deaths(17, 17, "17"))],
    })
    assert not store.list_events()[0].disputed
    _fuse(store, {
        "d3": [mention("d3", 0, side1=["fama"], place_id="gn:gao", fatalities=deaths(7, 7, "7"))],
        "d4": [mention("d4", 0, side1=["fama"], place_id="gn:gao", fatalities=deaths(20, 20, "20"))],
    })
    (gao,) = store.list_events(place="gn:gao")
    assert gao.disputed and gao.disputes[0].kind == "fatalities"
    assert [v.label for v in gao.disputes[0].versions] == ["20 killed", "7 killed"]
    assert (gao.fatalities_low, gao.fatalities_high) == (7, 20)


def test_claims_keep_their_speaker_in_the_report(store):
    _fuse(store, {"d1": [mention("d1", 0, side1=["fama"], modality="denied", source_actor="gov-mali")]})
    (event,) = store.list_events()
    assert event.reports[0].source_actor == "gov-mali" and event.modality.value == "denied"
