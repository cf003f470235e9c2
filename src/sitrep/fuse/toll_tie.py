"""One figure told by two articles ties their reports: two outlets that each give "about 20 militants killed" on
the same day in places that do not part (a report placed only in "the Tillaberi region", another at Dargol in that
region) relay one statement, even when neither names a party the other names (``same_event``'s positive anchor).
The figure must say something: a small count or a vague one is common to many incidents of one day."""

from __future__ import annotations

from sitrep.model import EventMention, Fatalities

# below this, one day's region easily holds two incidents with the same count ("two soldiers killed")
TELLING_TOLL = 5


def _told(f: Fatalities | None) -> bool:
    return f is not None and f.low is not None and not f.vague and f.low >= TELLING_TOLL


def tolls_agree(a: EventMention, b: EventMention) -> bool:
    """Two articles' reports whose death tolls are the same figure of the same kind (an open "at least 20" only
    with another "at least 20")."""
    fa, fb = a.fatalities, b.fatalities
    if a.span.doc_id == b.span.doc_id or not (_told(fa) and _told(fb)):
        return False
    return fa.kind == fb.kind and fa.low == fb.low and fa.high == fb.high
