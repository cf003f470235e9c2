"""Helpers shared by the API tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations


def all_events(client, **params) -> list[dict]:
    """Every event for ``params``, walking the cursor pages."""
    items, cursor = [], None
    while True:
        query = dict(params, limit=1000, **({"cursor": cursor} if cursor else {}))
        page = client.get("/api/events", params=query).json()
        items += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            return items


def event_with_reports(client, n: int) -> dict:
    """The first event with at least ``n`` reports."""
    for e in all_events(client):
        if len(client.get(f"/api/events/{e['event_id']}").json()["reports"]) >= n:
            return e
    raise AssertionError(f"no event with {n} reports in the corpus")


def rerun_and_rebuild(server, inputs) -> bool:
    """Run the same corpus through ``sitrep.pipeline.run`` again, then rebuild fusion from scratch
    (as a re-analysis would) and re-apply corrections, in the server's process and under its write
    lock.  Returns whether the rebuild, before corrections were re-applied, changed any event."""
    from sitrep.corrections import apply_corrections
    from sitrep.fuse import rebuild
    from sitrep.pipeline import run

    state = server.app.state.sitrep
    store = state.store
    with state.write_lock:
        run([str(inputs)], store, state.lazy_analyzer())
        apply_corrections(store)
        before = {e.event_id: e.model_dump() for e in store.list_events()}
        rebuild(store)
        after = {e.event_id: e.model_dump() for e in store.list_events()}
        apply_corrections(store)
    return before != after
