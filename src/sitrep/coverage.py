"""Who tells an event's story: its reports' outlets, whose statements each relays, and the perspective.

Read side, computed on demand from stored reports, documents (outlet and wire) and claims, with the
outlet base (``sitrep.knowledge.outlets``) and the actor base.  Nothing here is stored: a changed
outlet profile shows at the next read.

For each report of an event:

* its **outlet** (the publisher) and its **origin** — who did the reporting.  A syndicated copy
  (Barron's running an AFP dispatch, Kyiv Post writing up what rebels "told AFP") has the wire as its
  origin; a near-duplicate of an earlier document has that document's origin.  Independent sources
  are distinct origins: a wire story and two outlets syndicating it count once.
* what it **relays**: the parties (actors) whose statements about the event it carries (the claims
  linked to the event's mentions in that document, and the source the report itself names), each
  placed on the event's side 1, side 2, or neither (a third party, e.g. a foreign ministry);
* its **own sources**: witnesses, residents, officials described but not named ("a local
  politician told AFP") — the outlet's own reporting rather than a party's statement.

An origin's **camp** is what its profile says about where it stands: state-run outlets of one country
("Russian state media"), a government's or armed group's own channel, a political movement's site,
or an independent outlet by kind ("wire agency").  The event's **summary** reads like an analyst's
note: "reported only by Russian state media, relaying only Malian Armed Forces (side 1)" or
"independent: 2 wire agencies with own sources; relaying both sides".

An event is **single-perspective** when it rests on one independent source, when all its origins
belong to one partisan camp (same state's media, same armed group, ...), or when every report only
relays statements from one side of the event and none has its own sources.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sitrep.knowledge.actor_knowledge import configured_actor_knowledge
from sitrep.knowledge.actor_names import ActorNames
from sitrep.knowledge.demonyms import demonym
from sitrep.knowledge.outlets import OUTLET_KINDS, OutletBase, outlet_base
from sitrep.model import Event, Outlet

log = logging.getLogger(__name__)

PARTISAN_OWNERSHIP = {"state", "armed_group", "party"}


@dataclass
class ReportCoverage:
    mention_id: str
    doc_id: str
    outlet: str | None  # outlet base name (or the stored name of an unknown outlet)
    outlet_id: str | None
    wire: str | None
    origin: str  # outlet id of who did the reporting ("doc:<id>" for an unnamed publisher)
    origin_name: str
    relays: list[str] = field(default_factory=list)  # actor ids whose statements it carries
    own_sources: list[str] = field(default_factory=list)  # unnamed sources ("unnamed:local-politician")
    cites: list[str] = field(default_factory=list)  # outlets it quotes a party through ("via Reuters")
    copy_of: str | None = None  # doc_id of the earlier copy (near-duplicate)

    def as_dict(self, names: Callable[[str], str]) -> dict[str, Any]:
        return {"mention_id": self.mention_id, "doc_id": self.doc_id, "outlet": self.outlet, "outlet_id": self.outlet_id,
                "wire": self.wire, "origin": self.origin, "origin_name": self.origin_name,
                "relays": [{"actor": a, "name": names(a)} for a in self.relays],
                "own_sources": [names(s) for s in self.own_sources], "cites": self.cites, "copy_of": self.copy_of,
                "perspective": self.perspective(names)}

    def perspective(self, names: Callable[[str], str]) -> str:
        if self.relays and not self.own_sources:
            return "relays " + ", ".join(names(a) for a in self.relays)
        if self.own_sources:
            return "own sources" + (" and relays " + ", ".join(names(a) for a in self.relays) if self.relays else "")
        return "no attributed source"


@dataclass
class Coverage:
    event_id: str
    outlets: list[dict[str, Any]]  # one row per publishing outlet (profile + reports count)
    by_kind: dict[str, list[str]]
    by_country: dict[str, list[str]]
    reports: list[ReportCoverage]
    parties: list[dict[str, Any]]  # actor, name, side (1, 2 or None), reports
    origins: list[dict[str, Any]]  # independent sources: id, name, camp, own sources?
    independent_sources: int
    single_perspective: bool
    summary: str
    names: Callable[[str], str] = field(repr=False, default=str)

    def as_dict(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "summary": self.summary, "independent_sources": self.independent_sources,
                "single_perspective": self.single_perspective, "outlets": self.outlets, "by_kind": self.by_kind,
                "by_country": self.by_country, "origins": self.origins, "parties": self.parties,
                "reports": [r.as_dict(self.names) for r in self.reports]}

    def reported_by(self) -> list[str]:
        return [o["name"] for o in self.outlets]


def camp(o: Outlet) -> str:
    """Where an outlet stands, in words: "Russian state media", "wire agency", "unprofiled outlet"."""
    if not o.known:
        return "unprofiled outlet"
    if o.kind == "government":
        return f"{demonym(o.owner_country or o.country)} military or government communication".strip()
    if o.ownership == "state":
        return f"{demonym(o.owner_country or o.country)} state media".strip()
    if o.ownership == "armed_group" or o.kind == "armed_group":
        return f"armed group communication ({o.owner})" if o.owner else "armed group communication"
    if o.ownership == "party" or o.kind == "partisan":
        return "political movement site"
    return OUTLET_KINDS.get(o.kind or "", o.kind or "outlet")


def is_partisan(o: Outlet) -> bool:
    return o.known and (o.ownership in PARTISAN_OWNERSHIP or o.kind in ("government", "armed_group", "partisan"))


# -----------------------------------------------------------------------------------------------
# the computation (pure: plain inputs, no store)


@dataclass
class Parties:
    """Which side of an event an actor is on, through the actor base's affiliations."""

    affiliations: Callable[[str], Iterable[str]]

    def side_of(self, actor: str, event: Event) -> int | None:
        sides = {1: [event.actor1, *event.assoc_actor_1], 2: [event.actor2, *event.assoc_actor_2]}
        mine = {actor, *self.affiliations(actor)}
        for side, members in sides.items():
            members = [m for m in members if m]
            if mine & set(members) or any(actor in set(self.affiliations(m)) for m in members):
                return side
        return None


def _party_of(claim: dict) -> tuple[str | None, str | None]:
    """(party actor, unnamed source) of a claim: a named person speaks for their actor."""
    speaker = claim.get("speaker") or ""
    if speaker.startswith("unnamed:"):
        return None, speaker
    if claim.get("on_behalf_of"):
        return claim["on_behalf_of"], None
    if speaker.startswith("person:"):
        return None, None  # a person with no known affiliation: neither a party nor an own source
    return (speaker or None), None


def _origin_rows(reports: list[ReportCoverage], base: OutletBase) -> list[dict]:
    """One row per independent source (the origin a report's copy goes back to): its camp, whether
    it is partisan, whether it had its own sources and which parties it relayed."""
    origins: dict[str, dict] = {}
    for rc in reports:
        o = base.get(rc.origin) if not rc.origin.startswith(("doc:", "name:")) else None
        prof = o or (base.profile(rc.origin_name) if not rc.origin.startswith("doc:") else None)
        row = origins.setdefault(rc.origin, {"origin": rc.origin, "name": rc.origin_name,
                                             "camp": camp(prof) if prof else "unidentified outlet",
                                             "partisan": bool(prof and is_partisan(prof)), "own_sources": False,
                                             "relays": []})
        row["own_sources"] = row["own_sources"] or bool(rc.own_sources)
        row["relays"] = list(dict.fromkeys(row["relays"] + rc.relays))
    return list(origins.values())


def compute(event: Event, docs: dict[str, dict], claims: list[dict], base: OutletBase, parties: Parties,
            names: Callable[[str], str]) -> Coverage:
    """The coverage of ``event`` from its documents' credits (doc_id → outlet, wire, duplicate_of)
    and the claims made in those documents."""
    mention_ids = {r.mention_id for r in event.reports}
    by_doc: dict[str, list[dict]] = {}
    for c in claims:
        if mention_ids & set(c.get("event_mentions") or []):
            by_doc.setdefault(c["span"]["doc_id"] if "span" in c else c["doc_id"], []).append(c)

    def origin_of(doc_id: str, seen: frozenset = frozenset()) -> tuple[str, Outlet | None]:
        d = docs.get(doc_id) or {}
        if d.get("duplicate_of") and d["duplicate_of"] not in seen and d["duplicate_of"] in docs:
            return origin_of(d["duplicate_of"], seen | {doc_id})
        who = base.origin(d.get("outlet"), d.get("wire"))
        return (who.outlet_id, who) if who else ("doc:" + doc_id, None)

    reports: list[ReportCoverage] = []
    for doc_id in dict.fromkeys(r.doc_id for r in event.reports):  # one row per document, report order
        d = docs.get(doc_id) or {}
        doc_reports = [r for r in event.reports if r.doc_id == doc_id]
        outlet = base.profile(d.get("outlet") or next((r.outlet for r in doc_reports if r.outlet), None))
        origin_id, origin = origin_of(doc_id)
        rc = ReportCoverage(
            mention_id=doc_reports[0].mention_id, doc_id=doc_id, outlet=outlet.name if outlet else None,
            outlet_id=outlet.outlet_id if outlet else None, wire=d.get("wire"), origin=origin_id,
            origin_name=origin.name if origin else f"document {doc_id[:8]}",
            copy_of=d.get("duplicate_of") or next((r.independent_of for r in doc_reports if r.independent_of), None),
        )
        relayed = [r.source_actor for r in doc_reports if r.source_actor]
        for c in by_doc.get(doc_id, []):
            party, unnamed = _party_of(c)
            if unnamed:
                relayed.append(unnamed)
            elif party:
                relayed.append(party)
            if c.get("via") and c["via"] not in rc.cites:
                rc.cites.append(c["via"])
        for actor in dict.fromkeys(relayed):
            if actor.startswith("unnamed:"):
                rc.own_sources.append(actor)
            elif not actor.startswith("person:"):
                rc.relays.append(actor)
        reports.append(rc)

    # outlets, grouped by kind and country
    outlet_rows: dict[str, dict] = {}
    for rc in reports:
        o = base.profile(rc.outlet) if rc.outlet else None
        key = o.outlet_id if o else "doc:" + rc.doc_id
        row = outlet_rows.setdefault(key, _outlet_row(o, rc))
        row["reports"] += 1
        if rc.wire and rc.wire not in row["wires"] and (o is None or base.profile(rc.wire).outlet_id != o.outlet_id):
            row["wires"].append(rc.wire)
    by_kind: dict[str, list[str]] = {}
    by_country: dict[str, list[str]] = {}
    for row in outlet_rows.values():
        by_kind.setdefault(row["kind_label"], []).append(row["name"])
        by_country.setdefault(row["country"] or "unknown", []).append(row["name"])

    # parties relayed, with their side
    counts = Counter(a for rc in reports for a in rc.relays)
    party_rows = [{"actor": a, "name": names(a), "side": parties.side_of(a, event), "reports": n}
                  for a, n in counts.most_common()]

    origin_rows = _origin_rows(reports, base)
    single = _single_perspective(origin_rows, reports, party_rows)
    cov = Coverage(event_id=event.event_id, outlets=list(outlet_rows.values()), by_kind=by_kind, by_country=by_country,
                   reports=reports, parties=party_rows, origins=origin_rows, independent_sources=len(origin_rows),
                   single_perspective=single, summary="", names=names)
    cov.summary = summarise(cov)
    return cov


def _outlet_row(o: Outlet | None, rc: ReportCoverage) -> dict[str, Any]:
    if o is None:
        return {"outlet_id": None, "name": "unidentified outlet", "kind": None, "kind_label": "unidentified",
                "country": None, "ownership": None, "owner": None, "source_scale": None, "known": False,
                "camp": "unidentified outlet", "reports": 0, "wires": []}
    return {"outlet_id": o.outlet_id if o.known else None, "name": o.name, "kind": o.kind,
            "kind_label": OUTLET_KINDS.get(o.kind or "", "unprofiled"), "country": o.country, "ownership": o.ownership,
            "owner": o.owner, "source_scale": o.source_scale, "known": o.known, "camp": camp(o), "reports": 0, "wires": []}


def _single_perspective(origins: list[dict], reports: list[ReportCoverage], parties: list[dict]) -> bool:
    if len(origins) <= 1:
        return True
    camps = {o["camp"] for o in origins}
    if len(camps) == 1 and all(o["partisan"] for o in origins):
        return True
    sides = {p["side"] for p in parties}
    if parties and not any(r.own_sources for r in reports) and len(sides) == 1 and None not in sides:
        return True
    return False


def _count(n: int, word: str) -> str:
    """"2 wire agencies", "3 Russian state media", "a wire agency", "national press"."""
    uncountable = word.endswith(("media", "press", "communication", ")"))
    if n == 1:
        return word if uncountable else ("an " if word[:1].lower() in "aeiou" else "a ") + word
    if uncountable:
        return f"{n} {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"


def _origin_names(cov: Coverage, camp_label: str) -> str:
    """"AFP via Kyiv Post, Reuters": the origins of one camp, with the outlets that carried them."""
    parts = []
    for o in cov.origins:
        if o["camp"] != camp_label:
            continue
        hosts = sorted({r.outlet for r in cov.reports if r.origin == o["origin"] and r.outlet and r.outlet != o["name"]})
        parts.append(o["name"] + (f" via {', '.join(hosts)}" if hosts else ""))
    return ", ".join(parts)


def summarise(cov: Coverage) -> str:
    """One line an analyst reads first: who reported the event and whose word it rests on."""
    if not cov.reports:
        return "no reports"
    camps = Counter(o["camp"] for o in cov.origins)
    groups = ", ".join(f"{_count(n, c)} ({_origin_names(cov, c)})" for c, n in camps.most_common())
    own = sum(1 for o in cov.origins if o["own_sources"])
    unprofiled = any(o["camp"] in ("unidentified outlet", "unprofiled outlet") for o in cov.origins)
    if len(camps) == 1 and all(o["partisan"] for o in cov.origins):
        who = f"reported only by {groups}"
    elif not unprofiled and not any(o["partisan"] for o in cov.origins):
        who = f"independent: {groups}"
    else:
        who = f"reported by {groups}"
    if own:
        who += " with own sources" if own == len(cov.origins) else f"; {own} with own sources"
    sides: dict[int | None, list[str]] = {1: [], 2: [], None: []}
    for p in cov.parties:
        sides[p["side"]].append(p["name"])
    if sides[1] and sides[2]:
        rel = f"relaying both sides: {', '.join(sides[1])} and {', '.join(sides[2])}"
    elif sides[1] or sides[2]:
        side = 1 if sides[1] else 2
        rel = f"relaying only {', '.join(sides[side])} (side {side})"
    else:
        rel = ""
    if sides[None]:
        third = ", ".join(sides[None])
        rel = f"{rel}; also {third}" if rel else f"relaying {third}"
    parts = [who] + ([rel] if rel else [])
    if len(cov.origins) == 1:
        parts.append("a single source")
    elif cov.single_perspective:
        parts.append("one perspective")
    return "; ".join(parts)


# -----------------------------------------------------------------------------------------------
# the store-facing entry points


def _parties() -> Parties:

    # knowledge is optional: without a readable base, sides come from direct equality only
    actors = configured_actor_knowledge().base

    def affiliations(actor_id: str) -> list[str]:
        a = actors.get(actor_id) if actors is not None else None
        return list(getattr(a, "affiliations", []) or [])

    return Parties(affiliations)


def coverage_of(store, events: list[Event], con=None, base: OutletBase | None = None,
                names: Callable[[str], str] | None = None) -> dict[str, Coverage]:
    """event_id → Coverage for ``events`` (one query for their documents, one for their claims)."""
    if not events:
        return {}

    base = base or outlet_base()
    doc_ids = sorted({r.doc_id for e in events for r in e.reports})
    docs = store.document_credits(doc_ids, con=con)
    missing = sorted({d["duplicate_of"] for d in docs.values() if d.get("duplicate_of")} - set(docs))
    docs.update(store.document_credits(missing, con=con))
    mention_ids = [r.mention_id for e in events for r in e.reports]
    claims = store.serve_claims_about(mention_ids, doc_ids, con=con)
    if names is None:
        actor_names = ActorNames(store)
        actor_names.prime({c.get("speaker") for c in claims} | {c.get("on_behalf_of") for c in claims} - {None})
        names = actor_names
    parties = _parties()
    return {e.event_id: compute(e, docs, claims, base, parties, names) for e in events}


def event_coverage(store, event: Event, con=None) -> Coverage:
    return coverage_of(store, [event], con=con)[event.event_id]


# -----------------------------------------------------------------------------------------------
# filters


def reported_by_names(spec: str, base: OutletBase | None = None) -> list[str]:
    """The outlet names (lower case) a ``--reported-by`` value stands for: a kind ("wire", "state
    media"), "state" (any state-run outlet), or one outlet by any of its names or its domain."""
    base = base or outlet_base()
    key = spec.strip().lower().replace(" ", "_").replace("-", "_")
    labels = {label.replace(" ", "_"): k for k, label in OUTLET_KINDS.items()}
    kind = key if key in OUTLET_KINDS else labels.get(key)
    if kind or key == "state":
        chosen = [o for o in base.outlets.values() if (o.kind == kind if kind else o.ownership == "state")]
    else:
        found = base.resolve(spec)
        chosen = [found] if found else []
        if not found:
            return [spec.strip().lower()]
    return sorted({n.lower() for o in chosen for n in (o.name, o.short, *o.aliases) if n})
