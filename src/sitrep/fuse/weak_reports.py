"""Reports with no anchor of their own (no party, no town: ``is_weak``) and the report of their own
article they tell more of (``attachment_target``)."""

from __future__ import annotations

from sitrep.fuse.disputed_parties import is_civil_government
from sitrep.fuse.match_actors import actors_of
from sitrep.fuse.match_dates import dates_compatible
from sitrep.fuse.match_kinds import STATEMENT_TYPE, TRANSFER_SUBTYPES
from sitrep.fuse.match_rules import aircraft_apart
from sitrep.fuse.nearness import named_town
from sitrep.model import EventMention, Modality


def is_weak(m: EventMention) -> bool:
    """A report with no anchor of its own: it names no party and no town in its own sentence
    ("They made the drivers get out and set fire to the tankers", "Their driver was killed, the
    official said"), or only its speaker's own camp (``own_camp_statement``).  News copy tells its
    incident in such sentences after the one that names it; alone they are no incident."""
    if m.modality == Modality.background or m.separate or named_town(m) or m.sub_event_type in TRANSFER_SUBTYPES:
        return False
    return not actors_of(m) or own_camp_statement(m)


def own_camp_statement(m: EventMention) -> bool:
    """A party's statement the classifier coded as an unspecified strategic development, naming no
    party but its speaker and a civil government ("The General Staff described reports of a
    blockade as propaganda"): a reaction to the incident its article reports, no incident itself."""
    if m.event_type != STATEMENT_TYPE or m.sub_event_type != "Other" or m.modality not in (Modality.claim, Modality.denied):
        return False
    others = {a for a in actors_of(m) if a != m.source_actor and not is_civil_government(a)}
    return bool(m.source_actor) and not others


def attachment_target(weak: EventMention, doc_mentions: list[EventMention]) -> EventMention | None:
    """The report of its own article a weak report tells more of: the nearest earlier anchored
    report of the same event type on meeting dates, else the nearest later one (a quote before
    the sentence that names the incident); None when the article has none.  It depends only on
    the article's reports, so the choice does not depend on the order documents arrive in."""
    if not is_weak(weak):
        return None
    fit = [m for m in doc_mentions
           if m.span.doc_id == weak.span.doc_id and m.mention_id != weak.mention_id and not is_weak(m)
           and m.modality != Modality.background and m.event_type == weak.event_type
           and not aircraft_apart(weak, m) and dates_compatible(weak, m)]
    before = [m for m in fit if m.span.char_start < weak.span.char_start]
    if before:
        return max(before, key=lambda m: m.span.char_start)
    after = [m for m in fit if m.span.char_start > weak.span.char_start]
    return min(after, key=lambda m: m.span.char_start) if after else None
