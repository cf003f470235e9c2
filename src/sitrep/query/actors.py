"""Actors and persons as the CLI and the API list and show them.

* Persons are first-class: ``sitrep actors`` and ``/api/actors`` list them (kind ``person``, with
  the role and affiliation the text gives, e.g. a spokesman of the CSP-DPA); ``sitrep actor NAME``
  and ``/api/actors/person:…`` show one, found by any spelling ("Goïta", "goita").
* An outlet or news agency is never an actor: an organisation whose name is a known wire, a known
  outlet or the outlet of a stored document is left out of the listings.
* By default only actors mentioned in the documents are listed (``everything=True``: the base).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.query.filters import fold_query
from sitrep.store import Store
from sitrep.knowledge.outlets import outlet_base, squash
from sitrep.knowledge.actor_names import ActorNames


@lru_cache(maxsize=1)
def _outlet_keys() -> frozenset[str]:
    """Squashed names, credits and aliases of every outlet in the outlet base (wires included)."""
    keys = {squash(n) for o in outlet_base().outlets.values() for n in (o.name, o.short, *o.aliases) if n}
    return frozenset(k for k in keys if k)


def outlet_names(store: Store, con=None) -> set[str]:
    """Squashed names of outlets and wires: the known ones and those of stored documents."""
    rows = (con or store.con).execute(
        "SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL "
        "UNION SELECT DISTINCT wire FROM documents WHERE wire IS NOT NULL").fetchall()
    return set(_outlet_keys()) | {squash(r[0]) for r in rows if r[0]}


def is_outlet(actor_id: str, name: str | None, outlets: set[str]) -> bool:
    """An organisation found in text ("org:afp") or a row whose name is an outlet's."""
    if not actor_id.startswith("org:"):
        return False  # the curated base holds no outlets; only text-found organisations can be one
    return squash(name or "") in outlets or squash(actor_id[4:]) in outlets


def person_listing(store: Store, con=None) -> list[dict]:
    """Persons as actor rows (kind ``person``), named by their affiliation's name."""
    people = store.person_rows(con=con)
    names = ActorNames(store) if people else None
    rows = []
    for p in people:
        affiliation = p["affiliation"]
        rows.append({
            "actor_id": p["person_id"], "name": p["name"], "kind": "person", "country": None,
            "role": p["role"], "affiliation": affiliation,
            "affiliation_name": names(affiliation) if affiliation else None,
            "mentions": p["mentions"], "documents": p["documents"], "claims": p["claims"],
            "aliases": [a for a in p["aliases_seen"] if a != p["name"]], "origin": "text",
        })
    return rows


def actor_listing(store: Store, everything: bool = False) -> list[dict]:
    """The CLI's ``sitrep actors``: actors (outlets left out), then persons, most mentioned first."""
    outlets = outlet_names(store)
    rows = [r for r in store.list_actor_rows() if not is_outlet(r["actor_id"], r["name"], outlets)]
    if not everything:
        rows = [r for r in rows if r["mentions"]]
    for r in rows:
        r.setdefault("role", None)
        r.setdefault("affiliation_name", None)
    rows += [{k: p[k] for k in ("actor_id", "name", "kind", "country", "mentions", "documents", "origin",
                                "role", "affiliation_name")} for p in person_listing(store)]
    rows.sort(key=lambda r: (-r["mentions"], fold_query(r["name"] or "")))
    return rows


def find_person(store: Store, text: str, con=None) -> str | None:
    """A person id for a name, spelling ("Goïta", "goita", "Assimi Goita") or id; None if unknown."""
    con = con or store.con
    text = text.strip()
    rows = con.execute("SELECT DISTINCT person_id, name, surface FROM person_mentions").fetchall()
    key = fold_query(text)
    for pid, name, surface in rows:
        if text == pid or key in (fold_query(name or ""), fold_query(surface or "")):
            return pid
    # a surname alone, or a name without its particles ("Goita" for "Assimi Goita")
    words = set(key.split())
    hits = {pid for pid, name, surface in rows if words and words <= set(fold_query(name or surface).split())}
    return hits.pop() if len(hits) == 1 else None


def trim_quote(context: str, cut_before: bool, cut_after: bool) -> str:
    """Context around a mention cut at word boundaries, with an ellipsis where text was cut."""
    text = " ".join((context or "").split())
    if cut_before and " " in text:
        text = "…" + text.split(" ", 1)[1]
    if cut_after and " " in text:
        text = text.rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return text


def mention_quotes(mentions: list[dict], window: int = 80) -> list[str]:
    """``trim_quote`` for rows carrying ``context``, ``char_start`` (and ``context_start``)."""
    out = []
    for m in mentions:
        start = m.get("context_start", max(m["char_start"] - window, 0))
        context = m.get("context") or ""
        full = (m["char_end"] - start) + window  # the length asked of substr: shorter means the text ended
        out.append(trim_quote(context, cut_before=start > 0, cut_after=len(context) >= full))
    return out


def person_record(store: Store, person_id: str, limit: int = 50, con=None) -> dict | None:
    """One person: name, role, affiliation, spellings seen, mentions with quotes, claims made."""
    rows = store.person_rows([person_id], con=con)
    if not rows:
        return None
    p = rows[0]
    mentions = store.person_mentions_of(person_id, limit=limit, con=con)
    quotes = mention_quotes(mentions)
    claims = (con or store.con).execute(
        "SELECT data FROM claims WHERE speaker = ? ORDER BY doc_id, char_start LIMIT ?", [person_id, limit]).fetchall()
    import json

    names = ActorNames(store)
    return {
        "actor_id": person_id, "name": p["name"], "kind": "person", "role": p["role"],
        "affiliation": p["affiliation"], "affiliation_name": names(p["affiliation"]) if p["affiliation"] else None,
        "aliases": [a for a in p["aliases_seen"] if a != p["name"]], "aliases_seen": p["aliases_seen"],
        "mentions": [{"doc_id": m["doc_id"], "char_start": m["char_start"], "char_end": m["char_end"],
                      "surface": m["surface"], "role": m["role"], "quote": q} for m, q in zip(mentions, quotes)],
        "claims": [json.loads(r[0]) if isinstance(r[0], str) else r[0] for r in claims],
        "descriptive": [], "affiliations": [p["affiliation"]] if p["affiliation"] else [], "notes": "",
        "predecessors": [], "successors": [], "country": None, "origin": "text",
    }


_ROLE_WORDS = re.compile(r"\s+")


def describe_person(record: dict) -> str:
    """'spokesman, Azawad Liberation Front': the role and affiliation as one phrase."""
    parts = [record.get("role"), record.get("affiliation_name")]
    return _ROLE_WORDS.sub(" ", ", ".join(p for p in parts if p)).strip()
