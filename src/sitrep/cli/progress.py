"""What ``sitrep ingest`` shows while it works: the stage (reading, analysing, fusing), the counts,
and a total and time left when they are known (local files: one document per file, except JSON
and JSONL files, URLs, feeds and stdin, whose document counts are only known once read)."""

from __future__ import annotations

from pathlib import Path

from sitrep.ingest.readers import FEED_EXT, HTML_EXT, JSON_EXT, JSONL_EXT, TEXT_EXT

_ONE_DOCUMENT = TEXT_EXT | HTML_EXT


def expected_documents(inputs: list[str]) -> int | None:
    """How many documents the inputs hold, when that is known before reading them; else None."""
    total = 0
    for item in inputs:
        if item == "-" or "://" in item:
            return None
        path = Path(item)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            ext = f.suffix.lower()
            if ext in JSON_EXT | JSONL_EXT | FEED_EXT:
                return None  # many documents per file
            total += ext in _ONE_DOCUMENT or not ext
    return total


class IngestProgress:
    """A rich ``Progress`` with one line per stage; ``pipeline.run`` calls it per document read
    (``__call__``), the analyzer wrapper per batch analysed (``analysing``), fusion per batch
    fused (``fusing``)."""

    def __init__(self, bar, total: int | None):
        self.bar = bar
        self.reading = bar.add_task("reading", total=total, counts="")
        self.analysing_task = None
        self.fusing_task = None
        self.read = 0
        self.analysed = 0
        self.fused = 0

    def __call__(self) -> None:
        self.read += 1
        self.bar.update(self.reading, completed=self.read)

    def analysing(self, documents: int) -> None:
        if self.analysing_task is None:
            self.analysing_task = self.bar.add_task("analysing", total=None, counts="")
        self.analysed += documents
        # the total is what was read so far: it is known once reading is done
        total = self.bar.tasks[self.reading].total
        self.bar.update(self.analysing_task, completed=self.analysed, total=total)

    def fusing(self, documents: int) -> None:
        if self.fusing_task is None:
            self.fusing_task = self.bar.add_task("fusing", total=None, counts="")
        self.fused += documents
        self.bar.update(self.fusing_task, completed=self.fused, counts=f"{self.fused} documents fused")


def progress_bar(console):
    """The bar ``IngestProgress`` drives: stage, counts N/total (or N), elapsed, time left."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    return Progress(SpinnerColumn(), TextColumn("{task.description:<9}"), BarColumn(bar_width=20),
                    MofNCompleteColumn(), TextColumn("{task.fields[counts]}"), TimeElapsedColumn(),
                    TextColumn("left"), TimeRemainingColumn(), console=console, transient=True,
                    disable=not console.is_terminal)
