"""What keeps fusion's cost per new report flat as events gather reports: the batch's claims are
handed to each event by its own reports, and sentences re-read at every rebuild of an event are
read once (the answers must be those of a fresh read)."""

from __future__ import annotations

from .fuse_factory import mention

from sitrep.fuse.core import _claims_by_plan
from sitrep.fuse.counts import figures_in
from sitrep.model import Claim, Span, Stance


def _claim(cid: str, about: list[str]) -> Claim:
    return Claim(claim_id=cid, span=Span(doc_id="c", char_start=0, char_end=10), speaker="x",
                 speaker_surface="x", content="said so", stance=Stance.asserts, event_mentions=about)


def test_each_event_gets_the_claims_about_its_own_reports_in_the_batch_order():
    a, b, c = mention("a", 0), mention("b", 0), mention("c", 0)
    claims = [_claim("k3", [b.mention_id]), _claim("k1", [a.mention_id, b.mention_id]),
              _claim("k2", ["elsewhere:1"]), _claim("k0", [a.mention_id])]
    plans = [("e1", [a]), ("e2", [b, c]), ("e3", [c])]
    got = _claims_by_plan(claims, plans)
    assert [[x.claim_id for x in cs] for cs in got] == [["k1", "k0"], ["k3", "k1"], []]
    # the same as filtering the whole batch's list for each event, as every reader of it does
    for (_, ms), cs in zip(plans, got):
        own = {m.mention_id for m in ms}
        assert cs == [x for x in claims if own.intersection(x.event_mentions)]


def test_a_sentence_read_again_under_another_id_gives_the_same_counts_with_that_id():
    sentence = "Officials in the town said twelve soldiers were killed and four others wounded."
    first = figures_in(sentence, "doc1:10", ["killed", "wounded"])
    again = figures_in(sentence, "doc2:99", ["killed", "wounded"])
    assert [(f.cls, f.value) for f in first] == [("killed", 12), ("wounded", 4)]
    assert [(f.cls, f.value, f.phrase) for f in again] == [(f.cls, f.value, f.phrase) for f in first]
    assert {f.sentence_id for f in first} == {"doc1:10"} and {f.sentence_id for f in again} == {"doc2:99"}
    # another set of classes is another reading, not the remembered one (the twelve, dead, are no count of
    # the wounded, though no class but the wounded is asked for)
    assert [(f.cls, f.value) for f in figures_in(sentence, "doc2:99", ["wounded"])] == [("wounded", 4)]


def test_the_store_says_which_ids_name_a_stored_event():
    from sitrep.fuse import fuse_documents
    from sitrep.store import Store

    from .fuse_factory import add_doc, analysis

    with Store(":memory:") as store:
        for d, place in (("a", "gn:kidal"), ("b", "gn:gao")):
            add_doc(store, d)
            store.save_analyses([analysis(d, [mention(d, 0, side1=["fama"], side2=["jnim"], place_id=place)])])
        fuse_documents(store, ["a", "b"])
        ids = [r[0] for r in store.con.execute("SELECT event_id FROM events ORDER BY event_id").fetchall()]
        assert len(ids) == 2
        assert store.stored_event_ids([ids[1], "ev_000000000000", ids[0]]) == set(ids)
        assert store.stored_event_ids([]) == set() and store.stored_event_ids(["ev_none"]) == set()
