"""Situation reports: a written brief of a period where every statement cites its reports.

``write_report(store, fmt, out, since=, until=, place=)`` is what ``sitrep report`` calls;
``build_report`` gives the content as data and ``render`` turns it into Markdown, HTML or PDF.

May import: export and everything below it (query, fuse, store, ...); never the CLI or the API.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

from sitrep.errors import ErrorCode, SitrepError
from sitrep.report.build import ReportData, Statement, build_report
from sitrep.report.render import FORMATS, render

log = logging.getLogger(__name__)


def write_report(
    store,
    fmt: str = "md",
    out: str | Path | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    place: str | None = None,
    title: str | None = None,
) -> ReportData:
    """Build and write the report; text formats go to stdout when ``out`` is None."""
    if fmt not in FORMATS:
        raise SitrepError(ErrorCode.usage, f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
    data = build_report(store, since=since, until=until, place=place, title=title)
    content = render(data, fmt)
    if out is None or str(out) == "-":
        if isinstance(content, bytes):
            raise SitrepError(ErrorCode.usage, "a PDF report needs an output file: give -o FILE")
        sys.stdout.write(content)
    elif isinstance(content, bytes):
        Path(out).write_bytes(content)
    else:
        Path(out).write_text(content, encoding="utf-8")
    log.info("report: %d events, %d citations, %s", data.n_events, len(data.footnotes), out or "stdout")
    return data


__all__ = ["FORMATS", "ReportData", "Statement", "build_report", "render", "write_report"]
