"""One resolution of event filters for the CLI, the API, the report and the export.

A filter that matches nothing known is an error, not an empty answer: ``--place Atlantis`` raises
E_INVALID "no place 'Atlantis' (did you mean …?)" with the closest known names.  Names compare
case- and accent-insensitively ("goita" finds "Goïta").

* place: a place id (``gn:…``), a name or spelling variant seen in the corpus, a country (code or
  name), an admin area that events carry ("Kidal Region", "kidal region", "Région de Kidal": generic words such as region,
  province, cercle are ignored), or a place of the imported gazetteer (a real place with no event
  yet filters to nothing, which is a true answer).
* actor: an actor id, name or alias (the store's actors, the knowledge base), or a person.
* type: an ACLED event type or sub-event type, any case; sub_type: a sub-event type.
* dates: ``since`` after ``until`` is a usage error.  An event is in [since, until] when its best
  date (``event_date``, ACLED's) is; its uncertainty range (``date_earliest``..``date_latest``) is
  shown but does not widen the match, so a year-long estimate that starts in June 2025 is not an
  event of May 2026.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sitrep.errors import ErrorCode, SitrepError
from sitrep.query.acled import COUNTRIES
from sitrep.store import Store
from sitrep.analyse.events.types import EVENT_TYPES, SUB_EVENT_TYPES
from sitrep.query.resolve import resolve_place as corpus_place
from sitrep.query.resolve import resolve_actor as knowledge_actor

# words that name the kind of an admin area, not the area ("Kidal Region" is "Kidal")
_ADMIN_WORDS = {"region", "province", "cercle", "commune", "district", "department", "departement",
                "prefecture", "state", "wilaya", "de", "du", "des", "la", "le", "of", "the", "d", "l"}


def fold_query(text: str) -> str:
    """Lower case without accents or punctuation runs: how names are compared."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[\w]+", bare))


def admin_core(text: str) -> str:
    """An admin-area name without the words that say what kind of area it is."""
    words = [w for w in fold_query(text).split() if w not in _ADMIN_WORDS]
    return " ".join(words)


@dataclass
class EventFilter:
    """Resolved filters, ready for ``Store.list_events`` / ``Store.serve_events`` (one set of filters:
    ``sitrep.store.events.select_events``)."""

    place: list[str] | None = None  # place ids and location/admin names
    actor: list[str] | None = None  # actor and person ids
    event_type: str | None = None
    sub_event_type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    described: dict[str, str] = field(default_factory=dict)  # what each filter resolved to, for humans

    def list_kwargs(self) -> dict[str, Any]:
        return {"place": self.place, "actor": self.actor, "event_type": self.event_type,
                "sub_event_type": self.sub_event_type, "since": self.since, "until": self.until,
                "date_match": "best"}


def _unknown(kind: str, text: str, candidates: list[str]) -> SitrepError:
    by_fold: dict[str, str] = {}
    for name in candidates:
        if name:
            by_fold.setdefault(fold_query(name), name)
    for name in candidates:  # a surname alone ("Gooita" for "Assimi Goita")
        words = fold_query(name or "").split()
        if len(words) > 1 and len(words[-1]) > 3:
            by_fold.setdefault(words[-1], name)
    close = difflib.get_close_matches(fold_query(text), list(by_fold), n=3, cutoff=0.6)
    if close:
        hint = f" (did you mean {' or '.join(by_fold[c] for c in close)}?)"
    elif by_fold:  # nothing close: show what there is
        known = sorted(by_fold.values(), key=str.casefold)
        hint = f"; known: {', '.join(known[:8])}{', …' if len(known) > 8 else ''}"
    else:
        hint = ""
    return SitrepError(ErrorCode.invalid, f"no {kind} {text!r} is known{hint}")


def check_dates(since: dt.date | None, until: dt.date | None) -> None:
    if since and until and since > until:
        raise SitrepError(ErrorCode.usage, f"--since {since} is after --until {until}")


# ------------------------------------------------------------------------------------ types


def resolve_type(text: str) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type) in ACLED's spelling for a type or a sub-type, any case."""
    key = fold_query(text)
    for name in EVENT_TYPES:
        if fold_query(name) == key:
            return name, None
    for sub in SUB_EVENT_TYPES:
        if fold_query(sub.name) == key:
            return None, sub.name
    raise _unknown("event type", text, [*EVENT_TYPES, *(s.name for s in SUB_EVENT_TYPES)])


def resolve_sub_type(text: str) -> str:
    for sub in SUB_EVENT_TYPES:
        if fold_query(sub.name) == fold_query(text):
            return sub.name
    raise _unknown("sub-event type", text, [s.name for s in SUB_EVENT_TYPES])


# ------------------------------------------------------------------------------------ places


def _column(con, sql: str, params: list | None = None) -> list:
    return [r[0] for r in con.execute(sql, params or []).fetchall()]


def resolve_place(store: Store, text: str, gazetteer: Any = None) -> list[str]:
    """Place ids and location/admin names for ``text``; E_INVALID with suggestions when unknown."""
    con = store.con
    text = text.strip()
    if ":" in text and _column(con, "SELECT 1 FROM events WHERE place_id = ? LIMIT 1", [text]):
        return [text]
    key, core = fold_query(text), admin_core(text)
    # admin areas the events carry: match on the area's core name ("Kidal Region" ~ "kidal region")
    admins = _column(con, "SELECT DISTINCT admin1 FROM events WHERE admin1 IS NOT NULL "
                          "UNION SELECT DISTINCT admin2 FROM events WHERE admin2 IS NOT NULL")
    locations = _column(con, "SELECT DISTINCT location FROM events WHERE location IS NOT NULL")
    # "Kidal Region", "Région de Kidal": the text names an admin area by its kind
    found: list[str] = [a for a in admins if core and core != key and admin_core(a) == core]
    locations_named = [loc for loc in locations if fold_query(loc) == key]
    found += locations_named
    # a country, by its code or its name ("ML", "Mali")
    countries = _column(con, "SELECT DISTINCT country FROM events WHERE country IS NOT NULL")
    found += [c for c in countries if key in (fold_query(c), fold_query(COUNTRIES.get(c, (None, c, None))[1]))]
    ids = [pid for pid, _ in corpus_place(store, text, gazetteer)]
    if not ids and key != text.lower():
        ids = [pid for pid, _ in corpus_place(store, key, gazetteer)]
    if not found and not ids:
        # a bare name that is only an admin area's ("Kidal" is a town first: its events are the
        # town's; the region is "Kidal Region")
        found = [a for a in admins if fold_query(a) == key or (core and admin_core(a) == core)]
    if ids:
        # the place's ids say it: its bare name would also match an admin area of that name
        # (the stores' name filter reads location, admin1 and country alike)
        found = [f for f in found if f not in locations_named]
    if found or ids:
        return list(dict.fromkeys([*ids, *found]))
    names = _column(con, "SELECT DISTINCT name FROM place_mentions WHERE name IS NOT NULL")
    raise _unknown("place", text, [*locations, *admins, *names])


# ------------------------------------------------------------------------------------ actors


def resolve_actor(store: Store, text: str) -> list[str]:
    """Actor (and person) ids for a name, alias, spelling or id; E_INVALID with suggestions."""
    con = store.con
    key = fold_query(text)
    ids = set(store.actor_ids_named(text.strip()))
    if not ids:
        # accents and case: compare folded names of actors, aliases and persons
        rows = con.execute(
            "SELECT actor_id, name FROM actors UNION ALL SELECT actor_id, alias FROM actor_aliases "
            "UNION ALL SELECT DISTINCT person_id, name FROM person_mentions WHERE name IS NOT NULL "
            "UNION ALL SELECT DISTINCT person_id, surface FROM person_mentions").fetchall()
        ids = {aid for aid, name in rows if name and fold_query(name) == key}
    if not ids and _column(con, "SELECT 1 FROM events WHERE actor1 = ? OR actor2 = ? UNION ALL "
                                "SELECT 1 FROM event_actors WHERE actor_id = ? LIMIT 1", [text] * 3):
        ids = {text}  # an actor id the events carry, typed verbatim
    if not ids:
        ids = {a for a in knowledge_actor(store, text) if a != text}
    if ids:
        return sorted(ids)
    # mentioned actors first (the "known" list when nothing is close), then the whole base
    names = _column(con, "SELECT name FROM actors WHERE actor_id IN (SELECT actor_id FROM actor_mentions) "
                         "UNION SELECT DISTINCT name FROM person_mentions WHERE name IS NOT NULL")
    close_enough = _column(con, "SELECT name FROM actors UNION SELECT alias FROM actor_aliases")
    if difflib.get_close_matches(fold_query(text), [fold_query(n) for n in close_enough if n], n=1, cutoff=0.6):
        names = close_enough
    raise _unknown("actor", text, names)


# ------------------------------------------------------------------------------------ all


def resolve_filters(store: Store, *, place: str | None = None, actor: str | None = None, type: str | None = None,  # noqa: A002
                    sub_type: str | None = None, since: dt.date | None = None, until: dt.date | None = None,
                    gazetteer: Any = None) -> EventFilter:
    """Every filter resolved, or the first error (dates first: they need no store)."""
    check_dates(since, until)
    out = EventFilter(since=since, until=until)
    if type:
        out.event_type, out.sub_event_type = resolve_type(type)
    if sub_type:
        wanted = resolve_sub_type(sub_type)
        if out.sub_event_type and out.sub_event_type != wanted:
            raise SitrepError(ErrorCode.usage, f"--type {type!r} and --sub-type {sub_type!r} disagree")
        out.sub_event_type = wanted
    if place:
        out.place = resolve_place(store, place, gazetteer)
        out.described["place"] = ", ".join(p for p in out.place if ":" not in p) or place
    if actor:
        out.actor = resolve_actor(store, actor)
    return out
