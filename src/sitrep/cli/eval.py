"""CLI commands: ``sitrep eval gold|acled|notes|case|events|geoparse`` (see sitrep.cli for the conventions).

Each command runs one evaluation function of ``sitrep.eval`` and prints its result as a rich table
with the lists of misses and false positives (``--format table``), or as JSON (``--format json``).
Evaluations run in a temporary in-memory store: the ``--db`` store is never touched.
"""

from __future__ import annotations

import sys
from typing import Any

from sitrep.cli.args import non_negative_int, positive_int
from sitrep.cli.output import add_format_option, emit, to_json

MAX_LISTED = 25  # misses / false positives listed per section in the table view


def register(sub) -> None:
    """Add this group's sub-commands to the sitrep parser."""
    parser = sub.add_parser("eval", help="score sitrep against gold annotations and evaluation sets")
    esub = parser.add_subparsers(dest="eval_command", metavar="WHAT")

    p = esub.add_parser("gold", help="run the pipeline on a corpus and score it against a gold YAML file")
    p.add_argument("gold", metavar="FILE.yaml", help="gold file (the format of seeds.yaml)")
    p.add_argument("--corpus", required=True, metavar="DIR", help="folder of the articles the gold describes")
    _pipeline_options(p, "list every miss and false positive (table view)")
    p.add_argument("--why", action="store_true",
                   help="for each gold event with several stored events near it (2 of its 4 checks), why fusion kept them apart (rule names, numbers)")
    p.set_defaults(func=cmd_gold)

    p = esub.add_parser("notes", help="score event coding on ACLED-style notes (CSV)")
    p.add_argument("csv", metavar="CSV", help="CSV with notes, event_date, event_type, sub_event_type, actor1, "
                   "actor2, location, latitude, longitude, fatalities")
    p.add_argument("--all", action="store_true", help="list every failing note (table view)")
    add_format_option(p)
    p.set_defaults(func=cmd_notes)

    p = esub.add_parser("acled", help="run the whole pipeline on an ACLED export's notes and score it field by field")
    p.add_argument("csv", metavar="FILE.csv", help="an ACLED export (notes, event_date, event_type, sub_event_type, "
                   "actor1, latitude, longitude, fatalities, source, time_precision)")
    p.add_argument("--sample", type=positive_int, default=None, metavar="N", help="score N rows drawn at random (default: all)")
    p.add_argument("--seed", type=non_negative_int, default=0, metavar="S", help="seed of the --sample draw (default 0)")
    _pipeline_options(p, "list every miss and failing row (table view)")
    p.set_defaults(func=cmd_acled)

    p = esub.add_parser("case", help="CASE 2021 snippets: the classifier alone, and with --end-to-end the whole pipeline")
    p.add_argument("tsv", metavar="TSV", help="CASE 2021 task 2 TSV (id, EventSnippet, SubType)")
    p.add_argument("--end-to-end", action="store_true",
                   help="also run each snippet as a document through ingest, analysis and fusion")
    _snippet_options(p)
    p.set_defaults(func=cmd_case)

    p = esub.add_parser("events", help="event-type classification on CASE 2021 snippets (TSV: id, text, label)")
    p.add_argument("tsv", metavar="TSV")
    _snippet_options(p)
    p.set_defaults(func=cmd_events)

    p = esub.add_parser("geoparse", help="toponym resolution on TR-News / GeoVirus XML")
    p.add_argument("xml", metavar="XML")
    p.add_argument("--limit", type=positive_int, default=None, metavar="N", help="only the first N articles")
    add_format_option(p)
    p.set_defaults(func=cmd_geoparse)

    parser.set_defaults(func=lambda args: (parser.print_help(), 2)[1])


def _snippet_options(p) -> None:
    """--language and --format: the options of the evaluations on CASE 2021 snippets."""
    p.add_argument("--language", default=None, metavar="LANG",
                   help="language of the snippets (en, fr); default: detected from the snippets' text")
    add_format_option(p)


def _pipeline_options(p, all_help: str) -> None:
    """--geonames, --all and --format: the options of the evaluations that run the whole pipeline."""
    p.add_argument("--geonames", nargs="*", default=[], metavar="FILE",
                   help="GeoNames country dumps to import (default: the embedded gazetteer)")
    p.add_argument("--all", action="store_true", help=all_help)
    add_format_option(p)


# ---------------------------------------------------------------------------------------------


def cmd_gold(args) -> int:
    from sitrep.eval.gold import evaluate_gold

    report = evaluate_gold(args.gold, args.corpus, geonames=args.geonames or None, why=args.why)
    return _print_report(report, args, render_gold)


def _print_report(report, args, render) -> int:
    """A report as JSON (``to_dict``) or, for a person, through its ``render`` function."""
    if args.format == "json":
        sys.stdout.write(to_json(report.to_dict()) + "\n")
    else:
        render(report, show_all=args.all)
    return 0


def render_gold(report, show_all: bool = False, out=None) -> None:
    """The per-section table, then each section's misses and false positives, for a person."""
    out = out or sys.stdout
    rows = [s.summary() for s in report.sections]
    emit(rows, "table", columns=["section", "precision", "recall", "f1", "ok", "gold", "answered",
                                 "misses", "false_positives"],
         title=f"{report.gold_file} on {report.corpus}", out=out)
    for s in report.sections:
        for label, items in (("misses", s.misses), ("false positives", s.false_positives)):
            if not items:
                continue
            shown = items if show_all else items[:MAX_LISTED]
            out.write(f"\n{s.name} — {label} ({len(items)}):\n")
            for i in shown:
                got = "" if i.got is None else f" got {i.got}"
                why = f" — {i.why}" if i.why else ""
                out.write(f"  [{i.status}] {i.key}{got}{why}\n")
            if len(shown) < len(items):
                out.write(f"  ... {len(items) - len(shown)} more (--all lists them)\n")
    duplicates = next((s.extras.get("duplicates", 0) for s in report.sections if s.name == "events"), 0)
    if duplicates:
        out.write(f"\n{duplicates} extracted events are further reports of an already matched gold event (not merged)\n")
    run = report.run
    _render_why_apart(run.get("why_apart"), out)
    out.write(f"\n{run.get('documents', 0)} documents, {run.get('events_extracted', 0)} events, "
              f"{run.get('claims_extracted', 0)} claims in {run.get('seconds', 0)} s\n")
    for w in run.get("warnings", []):
        out.write(f"warning: {w}\n")


def _render_why_apart(records: list[dict] | None, out) -> None:
    """``eval gold --why``: for each gold event, the pairs of stored events near it and what parted them."""
    if records is None:
        return
    from sitrep.eval.gold.why_apart import tally

    out.write(f"\nwhy apart: {len(records)} pairs of stored events near one gold event (2 of its 4 checks)\n")
    for r in records:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(r["reasons"].items()))
        cut = "".join(f", cannot_link:{k} {v}" for k, v in sorted(r["cannot_link"].items()))
        fails = " / ".join(",".join(f) or "none" for f in r["gold_checks_failed"])
        out.write(f"  {r['gold']}: {r['event_a']} / {r['event_b']}: {reasons}{cut} (gold checks failed: {fails})\n")
        for line in r["detail"]:
            out.write(f"      {line}\n")
    out.write("  total: " + ", ".join(f"{k} {v}" for k, v in sorted(tally(records).items())) + "\n")


def cmd_acled(args) -> int:
    from sitrep.eval.acled import evaluate_acled

    result = evaluate_acled(args.csv, sample=args.sample, seed=args.seed, geonames=args.geonames or None)
    return _print_report(result, args, render_acled)


def render_acled(result, show_all: bool = False, out=None) -> None:
    """Field scores (all rows, rows with an event), per-class figures, confusions, misses."""
    out = out or sys.stdout
    found_only, checked = result.scores(only_found=True), result.checked()
    emit([{"field": k, "all_rows": v, "rows_with_event": found_only[k], "checked": checked[k]}
          for k, v in result.scores().items()],
         "table", columns=["field", "all_rows", "rows_with_event", "checked"],
         title=f"ACLED export: {result.path} ({len(result.rows)} rows, {result.seconds:.0f} s)", out=out)
    for level in ("event_type", "sub_event_type"):
        emit(result.per_class(level), "table", columns=["class", "gold", "predicted", "precision", "recall"],
             title=f"per-class {level}", out=out)
        emit(result.confusions(level), "table", columns=["gold", "predicted", "count"],
             title=f"worst {level} confusions", out=out)
    place_misses = result.place_miss_counts()
    if place_misses:
        emit([{"class": k, "rows": v} for k, v in place_misses.items()], "table", columns=["class", "rows"],
             title="place misses (rows with an event placed beyond 25 km), by class", out=out)
    unknown = sum(not r.actor_known for r in result.rows)
    if unknown:
        out.write(f"\n{unknown} rows' actor1 is unknown to the actor base (their actor1 check fails)\n")
    for line in result.skipped:
        out.write(f"skipped {line}\n")
    misses = result.misses()
    shown = misses if show_all else misses[:MAX_LISTED]
    if misses:
        out.write(f"\nnotes that yielded no event ({len(misses)} of {len(result.rows)}):\n")
    for m in shown:
        note = m["notes"] if show_all else _shorten(m["notes"])
        out.write(f"  row {m['row']} [{m['sub_event_type']}]: {note}\n")
    if len(shown) < len(misses):
        out.write(f"  ... {len(misses) - len(shown)} more (--all lists them)\n")


def _shorten(text: str, width: int = 240) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_case(args) -> int:
    from sitrep.eval.case import evaluate_case, evaluate_case_end_to_end

    language = args.language or _snippets_language(args.tsv)
    if args.end_to_end:
        result = evaluate_case_end_to_end(args.tsv, language)
        title = f"CASE 2021, end to end beside the classifier alone: {args.tsv}"
    else:
        result = evaluate_case(args.tsv, language)
        title = f"CASE 2021 event types, classifier alone: {args.tsv}"
    _emit_scores(result, title, args.format)
    return 0


def cmd_notes(args) -> int:
    from sitrep.eval.notes import evaluate_notes

    result = evaluate_notes(args.csv)
    if args.format == "json":
        sys.stdout.write(to_json(result.to_dict()) + "\n")
        return 0
    out = sys.stdout
    emit([{"field": k, "score": v, "checked": result.counts.get(k, len(result.notes))} for k, v in result.scores().items()],
         "table", columns=["field", "score", "checked"], title=f"ACLED notes: {args.csv}", out=out)
    failing = [n for n in result.notes if not n.all_ok]
    shown = failing if args.all else failing[:MAX_LISTED]
    if failing:
        out.write(f"\nnotes with a failing field ({len(failing)} of {len(result.notes)}):\n")
    for n in shown:
        out.write(f"  {n.row}: {', '.join(f'{k}: expected {e!r}, got {g!r}' for k, e, g in n.failures())}\n")
    if len(shown) < len(failing):
        out.write(f"  ... {len(failing) - len(shown)} more (--all lists them)\n")
    return 0


def _plain_result(result: Any) -> Any:
    if hasattr(result, "to_dict"):
        return result.to_dict()
    if hasattr(result, "model_dump"):
        return result.model_dump(mode="json")
    if hasattr(result, "__dataclass_fields__"):
        from dataclasses import asdict

        return asdict(result)
    return result


def _emit_scores(result: dict, title: str, fmt: str) -> None:
    """A flat table of the scalar figures of a result dict; nested tables (confusions) listed below."""
    if fmt == "json":
        sys.stdout.write(to_json(result) + "\n")
        return
    scalars = [{"measure": k, "value": v} for k, v in result.items() if isinstance(v, (int, float, str)) or v is None]
    emit(scalars, "table", columns=["measure", "value"], title=title)
    for k, v in result.items():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            emit(v, "table", title=k)
        elif isinstance(v, dict) and v and all(isinstance(x, (int, float)) for x in v.values()):
            emit([{"key": kk, "value": vv} for kk, vv in v.items()], "table", columns=["key", "value"], title=k)


def _evaluator(module: str, name: str):
    """An evaluation function another package provides; a clear error when this build lacks it."""
    import importlib

    from sitrep.errors import ErrorCode, SitrepError

    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise SitrepError(ErrorCode.unsupported, f"{module}.{name} is not available in this build: {exc}") from exc


def cmd_events(args) -> int:
    evaluate_case = _evaluator("sitrep.eval.case", "evaluate_case")
    language = getattr(args, "language", None) or _snippets_language(args.tsv)
    result = _plain_result(evaluate_case(args.tsv, language))
    _emit_scores(result, f"CASE 2021 event types: {args.tsv}", args.format)
    return 0


def _snippets_language(tsv: str) -> str:
    """The snippets' language (langdetect over the first ones, as ingest does for documents)."""
    from sitrep.eval.case import read_case_tsv
    from sitrep.ingest.metadata import detect_language

    texts, _ = read_case_tsv(tsv)
    language = detect_language(" ".join(texts[:50])) or "en"
    return "fr" if language.startswith("fr") else "en"


def cmd_geoparse(args) -> int:
    from sitrep.eval.gold import default_analyzer

    from pathlib import Path

    from sitrep.errors import ErrorCode, SitrepError

    if not Path(args.xml).is_file():
        raise SitrepError(ErrorCode.not_found, f"no such file: {args.xml}")
    evaluate_geoparse = _evaluator("sitrep.eval.geoparse", "evaluate_geoparse")
    analyzer = default_analyzer()
    result = _plain_result(evaluate_geoparse(args.xml, analyzer.knowledge, analyzer, limit=args.limit))
    _emit_scores(result, f"geoparsing: {args.xml}", args.format)
    return 0
