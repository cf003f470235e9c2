"""CLI commands: ``sitrep train events`` (see sitrep.cli for the conventions).

Fits the sub-event classifier on a user's own labelled notes (an ACLED export) and keeps them beside
the ``--db`` store (``sitrep.analyse.events.training``); every later analysis on that store uses it.
"""

from __future__ import annotations

import sys

from sitrep.cli.args import non_negative_int, positive_int
from sitrep.cli.output import add_format_option, emit, to_json
from sitrep.errors import ErrorCode, SitrepError


def register(sub) -> None:
    """Add this group's sub-commands to the sitrep parser."""
    parser = sub.add_parser("train", help="fit models on your own labelled data")
    tsub = parser.add_subparsers(dest="train_command", metavar="WHAT")
    p = tsub.add_parser("events", help="fit the sub-event classifier on an ACLED export's notes, kept beside the store")
    p.add_argument("csv", nargs="?", metavar="FILE.csv", help="ACLED export with notes and sub_event_type")
    p.add_argument("--cv", type=positive_int, default=None, metavar="K",
                   help="also print K-fold cross-validation on the file (shipped model vs shipped + your notes)")
    p.add_argument("--seed", type=non_negative_int, default=0, metavar="S", help="seed of the cross-validation folds")
    p.add_argument("--reset", action="store_true", help="delete the trained model: back to the shipped one")
    add_format_option(p)
    p.set_defaults(func=cmd_train_events)
    parser.set_defaults(func=lambda args: (parser.print_help(), 2)[1])


def cmd_train_events(args) -> int:
    from sitrep.analyse.events import classifier
    from sitrep.analyse.events import training as event_training

    if args.reset:
        if args.csv:
            raise SitrepError(ErrorCode.usage, "--reset takes no FILE.csv")
        removed = event_training.reset(args.db)
        result = {"reset": removed, "model": "shipped",
                  "message": "trained model removed" if removed else "no trained model was kept for this store"}
        _emit(result, args.format)
        return 0
    if not args.csv:
        raise SitrepError(ErrorCode.usage, "give FILE.csv (an ACLED export), or --reset")
    rows, skipped = event_training.read_labelled_notes(args.csv)
    result: dict = {}
    if args.cv:
        result["cross_validation"] = event_training.cross_validate(rows, args.cv, args.seed)
    training = event_training.save(args.db, rows, source=str(args.csv))
    # fitted here, once, into the artifact cache: the next ingest on this store loads it
    classifier.fitted_model(classifier.USER_LANGUAGE, training.rows)
    result.update({"model": str(event_training.model_path(args.db)), "format_version": event_training.FORMAT_VERSION,
                   "sha256": training.digest, "notes": len(rows), "skipped": skipped})
    _emit(result, args.format)
    return 0


def _emit(result: dict, fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(to_json(result) + "\n")
        return
    out = sys.stdout
    for key in ("message", "model", "sha256", "notes"):
        if key in result:
            out.write(f"{key}: {result[key]}\n")
    for line in result.get("skipped", []):
        out.write(f"skipped {line}\n")
    cv = result.get("cross_validation")
    if cv:
        emit([{"model": name, **cv[name]} for name in ("shipped", "trained")], "table",
             columns=["model", "sub_event_accuracy", "sub_event_weighted_f1", "event_type_accuracy"],
             title=f"{cv['folds']}-fold cross-validation on {cv['rows']} notes", out=out)
