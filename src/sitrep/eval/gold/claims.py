"""The claims and contradictions sections."""

from __future__ import annotations

from collections import Counter

from sitrep.eval.goldfile import Gold
from sitrep.eval.scoring import Section
from sitrep.eval.system import SystemView, norm
from sitrep.model import Event


def _words(text: str) -> set[str]:
    return {w for w in norm(text).replace("'", " ").split() if len(w) > 3}


def score_claims(gold: Gold, ids: dict[str, str | None], view: SystemView) -> Section:
    section = Section("claims")
    gold_docs = {view.doc_id_of(c.doc) for c in gold.claims} | {view.doc_id_of(d.file) for d in gold.documents}
    gold_docs.discard(None)
    pool = [c for c in view.claims if c.span.doc_id in gold_docs]
    taken: set[int] = set()
    # greedy by gist overlap, gold order: enough for the handful of claims per document
    candidates = []
    for gi, g in enumerate(gold.claims):
        doc_id = view.doc_id_of(g.doc)
        speaker = ids.get(g.speaker)
        for ci, c in enumerate(pool):
            # a spokesman's words are his group's statement too: a claim made on behalf of the
            # gold speaker ("said X, spokesman of the FLA") is the FLA's claim
            if doc_id and c.span.doc_id == doc_id and speaker and speaker in (c.speaker, c.on_behalf_of):
                overlap = len(_words(g.gist) & _words(c.content or ""))
                candidates.append((overlap, -gi, gi, ci))
    assigned: dict[int, int] = {}
    for overlap, _, gi, ci in sorted(candidates, reverse=True):
        if gi not in assigned and ci not in taken:
            assigned[gi] = ci
            taken.add(ci)
    for gi, g in enumerate(gold.claims):
        key = f"{g.doc} {g.speaker}: {g.gist}"
        if gi in assigned:
            c = pool[assigned[gi]]
            section.add(key, "ok", g.speaker, f"{c.speaker}: {c.content[:80]}")
        else:
            in_doc = [c for c in pool if c.span.doc_id == view.doc_id_of(g.doc)]
            why = "document not ingested" if view.doc_id_of(g.doc) is None else (
                f"speaker unknown to the system" if ids.get(g.speaker) is None else
                f"no claim by {ids.get(g.speaker)} ({len(in_doc)} claims in the document)")
            section.add(key, "miss", g.speaker, None, why)
    # a further claim by a speaker the gold knows speaks in that document is not counted (gold
    # lists the claims that must be found, not every sentence they said); any other speaker is an extra
    speakers: dict[str, set[str]] = {}
    for g in gold.claims:
        doc_id = view.doc_id_of(g.doc)
        if doc_id:
            speakers.setdefault(doc_id, set()).update(
                i for i in (ids.get(g.speaker), ids.get(g.on_behalf_of or "")) if i)
    for ci, c in enumerate(pool):
        if ci not in taken and c.speaker not in speakers.get(c.span.doc_id, set()):
            section.add(f"claim {c.claim_id}", "extra", None, f"{c.speaker}: {c.content[:80]}",
                        "speaker makes no gold claim in this document")
    return section


def _cited(dispute) -> bool:
    versions = [v for v in dispute.versions if v.mention_ids]
    mentions = {m for v in versions for m in v.mention_ids}
    return len(versions) >= 2 and len(mentions) >= 2


def score_contradictions(gold: Gold, matches: dict[str, Event], view: SystemView) -> Section:
    section = Section("contradictions")
    used: Counter = Counter()
    for c in gold.contradictions:
        key = f"{c.event}: {c.a} / {c.b}"
        e = matches.get(c.event)
        if e is None:
            section.add(key, "miss", (c.a, c.b), None, "gold event not matched")
            continue
        valid = [d for d in e.disputes if _cited(d)]
        if used[e.event_id] < len(valid):
            d = valid[used[e.event_id]]
            used[e.event_id] += 1
            section.add(key, "ok", (c.a, c.b), f"{d.kind}: " + " / ".join(v.label for v in d.versions))
        else:
            why = "no dispute with two cited versions" if not valid else "fewer disputes than gold pairs"
            section.add(key, "miss", (c.a, c.b), None, why)
    for e in view.events:
        valid = [d for d in e.disputes if _cited(d)]
        for d in valid[used[e.event_id]:]:
            section.add(f"dispute on {e.event_id}", "extra", None,
                        f"{d.kind}: " + " / ".join(v.label for v in d.versions), "no gold contradiction")
    return section
