"""A note that opens on its place as a label before a dash ("Ansongo – Gunmen shot dead two traders ...",
"Abala – IS Sahel militants attacked the army post"): local copy and ACLED's notes head their text so, and an
agency's plain dateline looks the same ("Ouagadougou – We are deeply concerned…"), so the events' placement
sets it aside while the note names another place.  When it names none, the label is where the deed happened,
as ACLED codes such a note; a wire's dateline ("GAO (Reuters) -", "NIAMEY -") never is."""

from __future__ import annotations

from sitrep.analyse.context import Context
from sitrep.analyse.events.mentions import is_country
from sitrep.analyse.place_name_context import opening_label
from sitrep.ingest.dateline import CAPS_OPENING, CREDITED_OPENING
from sitrep.model import PlaceMention


def label_place(ctx: Context) -> PlaceMention | None:
    """The place the document opens on as its label (``place_name_context.opening_label``), unless the opening
    is a wire's dateline in capitals or with its credit."""
    text = ctx.document.text
    if CAPS_OPENING.match(text) or CREDITED_OPENING.match(text):
        return None
    return next((p for p in ctx.places if p.place_id is not None and not is_country(p)
                 and opening_label(text, p.span.char_start, p.span.char_end)), None)
