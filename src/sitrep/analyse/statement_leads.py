"""The lead of a statement printed after it: "The FLA released the following communiqué, signed by its spokesman,
X:", a sentence that names a statement and ends with a colon.  The attribution stage gives the statement to the
lead's speaker (``sitrep.analyse.printed_statements``); the event stage drops the lead's own report when the
statement tells the event (``leads_told_in_their_statement``).
"""

from __future__ import annotations

import re

# the lead: a statement's noun, and a colon that ends the sentence
_LEAD = re.compile(r"\b(?:communiqu[eé]s?|statements?|declarations?|press releases?|messages?)\b[^:]*:\s*$", re.I)


def is_statement_lead(text: str) -> bool:
    """Whether a sentence announces a statement printed after it ("… a communiqué, signed by its spokesman, X:")."""
    return _LEAD.search(text) is not None


def leads_told_in_their_statement(document_text: str, events: list) -> list:
    """``events`` without a lead's own report ("… sent a communiqué on fighting in the Menaka area, signed by …:")
    when the statement printed after it tells an event of that type: the statement says where and what, the
    lead only what it is about (its "area" would place the incident a town away)."""
    def told_after(lead) -> bool:
        return any(e is not lead and e.event_type == lead.event_type and e.span.char_start >= lead.span.char_end
                   for e in events)
    return [e for e in events
            if not (is_statement_lead(document_text[e.span.char_start:e.span.char_end]) and told_after(e))]
