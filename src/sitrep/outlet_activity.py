"""An outlet as the store sees it: its profile, what it published or was credited with, the events it
reported, the statements it relays, and how often other sources contradicted its version.

Read side (``sitrep outlets``, ``sitrep outlet NAME``, ``/api/outlets``, the dashboard's outlet page).
A document belongs to an outlet when the outlet published it or is credited as its wire; names are
matched through the outlet base, so "AFP", "Agence France-Presse" and a url on afp.com meet.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sitrep.coverage import camp
from sitrep.errors import ErrorCode, SitrepError
from sitrep.knowledge.actor_names import ActorNames
from sitrep.knowledge.outlets import OUTLET_KINDS, OutletBase, outlet_base
from sitrep.model import Event, Outlet

MAX_DOCUMENTS = 500  # an outlet page lists at most this many documents (newest first)


def profile_dict(o: Outlet) -> dict[str, Any]:
    return {**o.model_dump(mode="json"), "kind_label": OUTLET_KINDS.get(o.kind or "", None), "camp": camp(o)}


def list_outlets(store, include_unseen: bool = False, kind: str | None = None, con=None,
                 base: OutletBase | None = None) -> list[dict[str, Any]]:
    """One row per outlet the documents name (published or credited), with its profile; outlets the
    base does not know keep their name and no kind.  ``include_unseen``: also the base's other outlets."""
    base = base or outlet_base()
    rows: dict[str, dict[str, Any]] = {}
    for entry in store.outlet_counts(con=con):
        o = base.profile(entry["name"])
        row = rows.setdefault(o.outlet_id, {**_row(o), "documents": 0, "credited": 0, "names_seen": []})
        row["documents"] += entry["published"]
        row["credited"] += entry["credited"]
        row["names_seen"].append(entry["name"])
    if include_unseen:
        for o in base.outlets.values():
            rows.setdefault(o.outlet_id, {**_row(o), "documents": 0, "credited": 0, "names_seen": []})
    out = list(rows.values())
    if kind:
        out = [r for r in out if r["kind"] == kind or (r["kind_label"] or "").lower() == kind.lower()]
    return sorted(out, key=lambda r: (-(r["documents"] + r["credited"]), r["name"].lower()))


def _row(o: Outlet) -> dict[str, Any]:
    return {"outlet_id": o.outlet_id, "name": o.name, "kind": o.kind, "kind_label": OUTLET_KINDS.get(o.kind or ""),
            "country": o.country, "ownership": o.ownership, "owner": o.owner, "source_scale": o.source_scale,
            "camp": camp(o), "known": o.known}


def outlet_detail(store, name: str, con=None, base: OutletBase | None = None) -> dict[str, Any]:
    """The outlet page: profile, documents, events reported, claims relayed, contradictions."""
    base = base or outlet_base()
    o = base.resolve(name)
    seen = {e["name"].lower() for e in store.outlet_counts(con=con)}
    if o is None and name.strip().lower() not in seen:
        raise SitrepError(ErrorCode.not_found_record, f"no outlet {name!r}: see `sitrep outlets`")
    o = o or base.profile(name)
    names = sorted({n.lower() for n in (o.name, o.short, *o.aliases) if n} | {name.strip().lower()}
                   | {s for s in seen if (base.resolve(s) or base.profile(s)).outlet_id == o.outlet_id})
    docs = store.documents_of_outlets(names, con=con)[:MAX_DOCUMENTS]
    doc_ids = [d["doc_id"] for d in docs]
    for d in docs:
        d["role"] = "published" if (d["outlet"] or "").lower() in names else "credited as wire"
        d["published"] = d["published"].isoformat() if d.get("published") else None
    events = store.get_events(store.events_of_docs(doc_ids)) if doc_ids else []
    claims = [c for d in doc_ids for c in store.list_claims(doc_id=d)]
    relayed = Counter(c.on_behalf_of or c.speaker for c in claims)

    actor_names = ActorNames(store)
    actor_names.prime(list(relayed))
    contradicted, disputed_versions = _contradictions(events, set(doc_ids))
    contradicted_events = len({c["event_id"] for c in contradicted})
    return {
        "profile": profile_dict(o),
        "names_matched": names,
        "documents": docs,
        "events": [_event_row(e, set(doc_ids)) for e in sorted(events, key=_event_key)],
        "claims": [{"claim_id": c.claim_id, "doc_id": c.span.doc_id, "speaker": c.speaker,
                    "speaker_name": actor_names(c.speaker), "on_behalf_of": c.on_behalf_of,
                    "stance": c.stance.value, "content": c.content, "via": c.via} for c in claims],
        "relays": [{"actor": a, "name": actor_names(a), "claims": n} for a, n in relayed.most_common()],
        "contradictions": {"events_reported": len(events), "disputes_with_its_version": disputed_versions,
                           "events_contradicted": contradicted_events,
                           "rate": round(contradicted_events / len(events), 3) if events else None,
                           "items": contradicted},
    }


def _event_key(e: Event):
    return (e.date.best.isoformat() if e.date else "", e.event_id)


def _event_row(e: Event, doc_ids: set[str]) -> dict[str, Any]:
    mine = [r for r in e.reports if r.doc_id in doc_ids]
    return {"event_id": e.event_id, "date": e.date.best.isoformat() if e.date else None,
            "event_type": e.event_type, "sub_event_type": e.sub_event_type, "location": e.location,
            "disputed": e.disputed, "source_count": e.source_count,
            "quote": mine[0].quote if mine else "", "reports": len(mine)}


def _contradictions(events: list[Event], doc_ids: set[str]) -> tuple[list[dict], int]:
    """Disputes where this outlet's version met another source's different version."""
    out, disputed = [], 0
    for e in events:
        for d in e.disputes:
            mine = [v for v in d.versions if any(m.rsplit(":", 1)[0] in doc_ids for m in v.mention_ids)]
            others = [v for v in d.versions if v not in mine
                      and any(m.rsplit(":", 1)[0] not in doc_ids for m in v.mention_ids)]
            if not mine:
                continue
            disputed += 1
            if others:
                out.append({"event_id": e.event_id, "kind": d.kind, "description": d.description,
                            "its_version": [v.label for v in mine], "other_versions": [v.label for v in others],
                            "other_outlets": sorted({x for v in others for x in v.outlets})})
    return out, disputed
