"""Who stands behind a report: the independent source it counts as, and the kind of speaker.

- ``independent_source``: copies of one wire story count once.  A near-duplicate counts as the
  document it copies; a story a host publishes from a wire ("(AFP)", "with Reuters") is that wire's;
  else the outlet; else the document itself.  It reads the document fields ingest fills
  (``duplicate_of``, ``wire``, ``outlet``, ``url``), so it improves as outlet resolution does.
- ``source_kind``: the kind of speaker a toll or version comes from, from the actor base for named
  actors (army, government, armed group) and from the description for unnamed sources
  ("residents", "a local official", "security sources").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitrep.knowledge.actor_knowledge import ActorKnowledge, or_configured
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS, is_civil_government

_UNNAMED_KINDS = (
    ("residents", re.compile(r"resident|villager|witness|survivor|relative|habitant|temoin|rescape|proche|famil", re.I)),
    ("official", re.compile(r"official|responsable|elu|mayor|maire|governor|gouverneur|prefet|minist|authorit", re.I)),
    ("security sources", re.compile(r"security|military|army|securitaire|militaire|sécuritaire", re.I)),
    ("humanitarian", re.compile(r"humanitarian|ngo|onu|united-nations|rights|humanitaire|ong|cisc|collecti", re.I)),
    ("medical", re.compile(r"medic|hospital|hopital|doctor|medecin", re.I)),
)


def independent_source(doc: dict | None, doc_id: str, docs: dict[str, dict] | None = None) -> str:
    """The unit one report counts as among an event's independent sources.  A near-duplicate counts
    as the copy it points at (whichever copy arrived first: the count is the same either way)."""
    doc = doc or {}
    root = doc.get("duplicate_of")
    if root:
        return _own_source((docs or {}).get(root), root)
    return _own_source(doc, doc_id)


def _own_source(doc: dict | None, doc_id: str) -> str:
    doc = doc or {}
    if doc.get("wire"):
        return "wire:" + str(doc["wire"]).strip().lower()
    if doc.get("outlet"):
        return "outlet:" + str(doc["outlet"]).strip().lower()
    return "doc:" + doc_id


def source_kind(speaker: str | None, names: Callable[[str | None], str] | None = None,
                knowledge: ActorKnowledge | None = None) -> str:
    """"army", "government", "armed group", "residents", "official", "security sources", ... or ""."""
    if not speaker:
        return ""
    if speaker.startswith("unnamed:"):
        words = speaker.split(":", 1)[1]
        return next((kind for kind, pattern in _UNNAMED_KINDS if pattern.search(words)), "unnamed source")
    if speaker.startswith("person:"):
        return "person"
    kind = or_configured(knowledge).kind(speaker)
    if kind == "state_forces":
        return "government" if is_civil_government(speaker) else "army"
    if kind in ARMED_NON_STATE_KINDS:
        return "armed group"
    if kind in ("protesters", "rioters", "civilians"):
        return kind
    if kind == "external_other":
        return "foreign or international"
    return "other"
