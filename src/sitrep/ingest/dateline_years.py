"""The year of a wire dateline that gives none ("BAMAKO, March 4. /TASS/.", "OUAGADOUGOU, Oct 14 (Reuters) -"),
from the documents read with it.

On its own such a dateline is put in the latest year that keeps it on or before the day of reading
(``pubdate.yearless_dateline``): right for wire copy read while it is news, wrong for a collection of
stories read later, where it lands a year or more away from the events it reports.  Documents read in one
batch are mostly reports of the same days: when another of them states its full date within a month of the
dateline's day in another year, and none does in the year guessed, the dateline takes that year.
"""

from __future__ import annotations

import datetime as dt

from sitrep.model import Document

# the evidence metadata records for a published date read from a dateline without its year
YEARLESS_EVIDENCE = "dateline without its year (the year of writing)"
# how near a dated report of the batch must be for its year to be the story's
NEAR = dt.timedelta(days=31)


def _yearless(doc: Document) -> bool:
    source = doc.field_sources.get("published")
    return doc.published.date is not None and source is not None and source.evidence == YEARLESS_EVIDENCE


def _stated_in_full(doc: Document) -> bool:
    return doc.published.date is not None and not doc.published.is_estimate and not _yearless(doc)


def _in_year(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a common year
        return None


def _placed(doc: Document, dated: list[dt.date]) -> Document:
    guess = doc.published.date
    assert guess is not None

    def gap(day: dt.date) -> dt.timedelta:
        return min(abs(day - d) for d in dated)

    if gap(guess) <= NEAR:
        return doc
    options = [day for year in sorted({d.year + k for d in dated for k in (-1, 0, 1)})
               if (day := _in_year(guess, year)) is not None]
    best = min(options, key=gap, default=None)
    if best is None or gap(best) > NEAR:
        return doc
    source = doc.field_sources["published"].model_copy(
        update={"evidence": f"dateline without its year (the year of the reports read with it, {best.year})"})
    return doc.model_copy(update={"published": doc.published.model_copy(update={"date": best}),
                                  "field_sources": {**doc.field_sources, "published": source}})


def years_from_batch(docs: list[Document]) -> list[Document]:
    """``docs`` with each year-less dateline moved to the year of the batch's dated reports near its day."""
    dated = [d.published.date for d in docs if _stated_in_full(d)]
    if not dated or not any(_yearless(d) for d in docs):
        return docs
    return [_placed(d, dated) if _yearless(d) else d for d in docs]  # type: ignore[arg-type]
