"""Fusion's candidate query: each candidate's JSON comes once, rows stream in (mention, seed) order."""

import pytest
from .fuse_factory import add_doc, analysis, interval, mention

from sitrep.fuse.core import _windows
from sitrep.model import EventMention
from sitrep.store import analyses


def _store_with_shared_candidates(store, n_docs: int = 12):
    """Documents of one week whose battles are all candidates of each other."""
    seeds = []
    for d in range(n_docs):
        doc_id = f"doc{d:02d}"
        add_doc(store, doc_id)
        ms = [mention(doc_id, 100 * k, date=interval(f"2024-07-{20 + (d + k) % 5:02d}")) for k in range(2)]
        store.save_analysis(analysis(doc_id, ms))
        seeds += ms
    return seeds


@pytest.mark.parametrize("rows_at_a_time", [1, 7, 20_000])
def test_a_candidate_of_many_seeds_carries_its_json_on_its_first_row_only(store, monkeypatch, rows_at_a_time):
    monkeypatch.setattr(analyses, "CANDIDATE_ROWS", rows_at_a_time)
    seeds = _store_with_shared_candidates(store)
    rows = list(store.candidates_for([w for m in seeds for w in _windows(m)]))
    pairs = [(c, s) for s, c, _, _ in rows]
    assert pairs == sorted(set(pairs)), "rows in (mention, seed) order, each pair once: a candidate's rows together"
    assert len(pairs) == len(seeds) ** 2, "every battle of the week is a candidate of every seed"
    seen = set()
    for _, cid, data, _ in rows:
        if cid in seen:
            assert data is None
        else:
            seen.add(cid)
            assert EventMention.model_validate_json(data).mention_id == cid
    assert seen == {m.mention_id for m in seeds}


def test_the_unnested_windows_give_the_rows_of_one_values_row_per_window(store):
    """The seeds' table is unnested from one list per column; the rows are those of the seeds written
    out as a VALUES row per window (the earlier form), undated windows included."""
    seeds = _store_with_shared_candidates(store)
    add_doc(store, "undated")
    loose = mention("undated", 0, date=None)
    store.save_analysis(analysis("undated", [loose]))
    windows = [w for m in seeds + [loose] for w in _windows(m)]
    row = "(?, ?, CAST(? AS DATE), CAST(? AS DATE), ?, CAST(? AS DATE), CAST(? AS DATE))"
    values = ("WITH _seeds(seed_id, event_type, lo, hi, doc_id, doc_lo, doc_hi) AS (VALUES "
              + ", ".join([row] * len(windows)) + "), ")
    expected = store.con.execute(values + analyses._CANDIDATES_SQL.format(seeds="_seeds"),
                                 [v for w in windows for v in w]).fetchall()
    assert len(expected) > len(seeds) ** 2
    assert list(store.candidates_for(windows)) == expected


def test_undated_and_same_document_candidates_still_come(store):
    add_doc(store, "d1")
    dated = mention("d1", 0, date=interval("2024-07-20"))
    undated = mention("d1", 100, date=None)
    far = mention("d1", 200, date=interval("2024-01-02"))
    store.save_analysis(analysis("d1", [dated, undated, far]))
    rows = list(store.candidates_for(_windows(dated)))
    assert [c for _, c, _, _ in rows] == ["d1:0", "d1:100"], "the undated one of its article, not the far one"


def test_fusion_parses_each_candidate_once_and_keeps_only_the_matches(store, monkeypatch):
    """Half the week's battles are seeds, the other half stored candidates of all of them: each
    candidate's JSON is parsed once (its rows come together), what is kept are the matching pairs
    in (seed, candidate) order, and a seed is never its own candidate."""
    from sitrep.fuse import core
    from sitrep.knowledge.actor_knowledge import or_configured

    mentions = _store_with_shared_candidates(store)
    seeds = {m.mention_id: m for m in mentions[::2]}
    parsed: list[str] = []
    real = EventMention.model_validate_json

    def counting(data, *a, **k):
        m = real(data, *a, **k)
        parsed.append(m.mention_id)
        return m

    monkeypatch.setattr(core.EventMention, "model_validate_json", counting)
    found = core._matches(store, [sorted(seeds)], seeds, or_configured(None))
    others = {m.mention_id for m in mentions} - set(seeds)
    assert sorted(parsed) == sorted(others), "every stored candidate parsed once, no seed parsed"
    assert found, "the week's battles match each other"
    assert all(s != c for s, c, _, _ in found)
    assert {c for _, c, _, _ in found} <= set(seeds) | others
    assert all(cand.mention_id == c for _, c, cand, _ in found)
    assert all(cand is seeds[c] for _, c, cand, _ in found if c in seeds), "a seed candidate is the seed itself"


@pytest.mark.parametrize("n_docs", [2, 150])
def test_assigned_mentions_take_their_event_and_only_they(store, n_docs):
    """``assign_mentions`` (one statement over the unnested pairs, at every size) sets the event of each
    mention given, None clearing it, and leaves the others as they were."""
    mentions = _store_with_shared_candidates(store, n_docs)
    ids = [m.mention_id for m in mentions]
    store.assign_mentions({mid: "ev-old" for mid in ids})
    changed = {mid: (None if k % 3 == 0 else f"ev-{k}") for k, mid in enumerate(ids[: len(ids) // 2])}
    store.assign_mentions(changed)
    got = dict(store.con.execute("SELECT mention_id, event_id FROM event_mentions").fetchall())
    assert got == {mid: changed[mid] if mid in changed else "ev-old" for mid in ids}
