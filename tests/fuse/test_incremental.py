"""Fusing documents one by one (in any order, with re-analyses) equals fusing them all at once."""

import random

import pytest
from .fuse_factory import add_doc, analysis, deaths, interval, mention

from sitrep.fuse import fuse_documents, rebuild
from sitrep.store import Store

ACTORS = ["fama", "wagner", "cma", "csp", "jnim", "isgs", "fla"]
PLACES = ["gn:kidal", "gn:near-kidal", "gn:tinz", "gn:kidal-region", "gn:gao", "gn:mali", None]
SUBS = ["Armed clash", "Armed clash", "Non-state actor overtakes territory", "Government regains territory"]
VERSIONS = ["", "", "forced_withdrawal", "planned_withdrawal", "attacker_victory", "defender_victory"]


def corpus(seed: int, n_docs: int = 14) -> dict[str, list]:
    """Random documents whose mentions overlap in date, place and actors (so that merges chain)."""
    rng = random.Random(seed)
    docs = {}
    for d in range(n_docs):
        doc_id = f"doc{d:02d}"
        mentions = []
        for k in range(rng.randint(1, 4)):
            day = 20 + rng.randint(0, 8)
            date = (interval(f"2024-07-{day:02d}") if rng.random() < 0.7
                    else interval("2024-07-01", "2024-07-31") if rng.random() < 0.8 else None)
            fat = None
            if rng.random() < 0.4:
                low = rng.choice([3, 7, 15, 17, 20])
                fat = deaths(low, rng.choice([low, None]))
            mentions.append(mention(
                doc_id, 100 * k, sub=rng.choice(SUBS),
                side1=rng.sample(ACTORS, rng.randint(0, 2)), side2=rng.sample(ACTORS, rng.randint(0, 1)),
                place_id=rng.choice(PLACES), date=date, fatalities=fat, version=rng.choice(VERSIONS),
                modality=rng.choice(["fact", "fact", "claim"]),
                source_actor=rng.choice([None, "fama", "csp"]),
            ))
        docs[doc_id] = mentions
    return docs


def _store_with_docs(docs: dict[str, list]) -> Store:
    s = Store(":memory:")
    for i, doc_id in enumerate(sorted(docs)):
        add_doc(s, doc_id, outlet=f"Outlet {i % 4}", duplicate_of="doc00" if i % 5 == 4 else None)
    return s


def fused_together(docs: dict[str, list]) -> Store:
    """A store where every document's analysis was saved, then all fused in one call."""
    store = _store_with_docs(docs)
    for doc_id, ms in docs.items():
        store.save_analysis(analysis(doc_id, ms))
    fuse_documents(store, list(docs))
    return store


def fused_one_by_one(docs: dict[str, list], order: list[str]) -> Store:
    """A store where each document was saved and fused on its own, in ``order``, as a live feed arrives."""
    store = _store_with_docs(docs)
    for doc_id in order:
        store.save_analysis(analysis(doc_id, docs[doc_id]))
        fuse_documents(store, [doc_id])
    return store


def canonical(store: Store) -> list:
    """Events compared by report set and consensus fields, ids aside."""
    out = []
    for e in store.list_events():
        data = e.model_dump(mode="json", exclude={"event_id"})
        out.append(data)
    return sorted(out, key=lambda d: [r["mention_id"] for r in d["reports"]])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_one_by_one_in_any_order_equals_all_at_once(seed):
    docs = corpus(seed)
    together = fused_together(docs)
    expected = canonical(together)
    assert expected and len(expected) < sum(len(m) for m in docs.values())  # some merging happened

    rng = random.Random(seed * 100)
    order = sorted(docs)
    rng.shuffle(order)
    one_by_one = fused_one_by_one(docs, order)
    assert canonical(one_by_one) == expected

    # a full rebuild gives the same again
    rebuild(one_by_one)
    assert canonical(one_by_one) == expected
    # control periods agree too
    assert together.list_control_periods() == one_by_one.list_control_periods()


@pytest.mark.parametrize("seed", [7])
def test_reanalysing_a_document_equals_fusing_its_new_analysis_from_scratch(seed):
    docs = corpus(seed)
    replacement = corpus(seed + 1000)
    store = _store_with_docs(docs)
    for doc_id, ms in docs.items():
        store.save_analysis(analysis(doc_id, ms))
        fuse_documents(store, [doc_id])
    # re-analyse three documents with different mentions (events may split, merge or vanish)
    final = dict(docs)
    for doc_id in ["doc01", "doc05", "doc09"]:
        final[doc_id] = replacement[doc_id]
        store.save_analysis(analysis(doc_id, final[doc_id]))
        fuse_documents(store, [doc_id])

    fresh = fused_together(final)
    assert canonical(store) == canonical(fresh)
    # every stored mention belongs to exactly one listed event, but for undated ones in undated
    # articles: an event is never stored without a date, they wait for a dated report to join
    in_events = [r.mention_id for e in store.list_events() for r in e.reports]
    assert len(in_events) == len(set(in_events))
    all_mentions = {m.mention_id: m for ms in final.values() for m in ms}
    left_out = set(all_mentions) - set(in_events)
    assert all(all_mentions[mid].date is None for mid in left_out)
    assert len(left_out) < len(all_mentions) / 5


def test_event_id_is_stable_when_a_new_report_joins(store):
    add_doc(store, "a")
    add_doc(store, "b")
    store.save_analysis(analysis("a", [mention("a", 0, side1=["fama"])]))
    fuse_documents(store, ["a"])
    (first,) = store.list_events()
    store.save_analysis(analysis("b", [mention("b", 0, side1=["fama"], fatalities=deaths(4, 4))]))
    assert fuse_documents(store, ["b"]) == 1
    (joined,) = store.list_events()
    assert joined.event_id == first.event_id and len(joined.reports) == 2
    assert [h["version"] for h in store.event_history(first.event_id)] == [1, 2]


def test_small_candidate_batches_give_the_same_events(monkeypatch):
    import sitrep.fuse.core as core

    docs = corpus(11, n_docs=8)
    expected_store = fused_together(docs)
    monkeypatch.setattr(core, "CANDIDATE_BATCH", 2)
    rebuild(expected_store)  # the same store, re-fused with two seeds per candidate query
    small = canonical(expected_store)
    monkeypatch.setattr(core, "CANDIDATE_BATCH", 2000)
    rebuild(expected_store)
    assert small == canonical(expected_store)
