"""Two deeds one article tells on two days by two doers: "gunmen killed six villagers on Saturday ... The next day,
Sunday, a militia returned and killed 11", « samedi, des hommes armés ont tué ... Le lendemain, dimanche, une milice
... ».  An attack and the reprisal it brought are two incidents for ACLED, each with its own day and its own doer,
even in one village; a lead summing both over "the weekend" matches each of them and must not chain them into one
(``match.cannot_link``)."""

from __future__ import annotations

from sitrep.model import EventMention, Modality, Precision

# the violent deeds an attack and its reprisal are
_DEEDS = frozenset({"Violence against civilians", "Battles", "Explosions/Remote violence"})


def doers_of_other_days(a: EventMention, b: EventMention) -> bool:
    """Whether ``a`` and ``b``, reports of one article, each dated by its text to a day of its own, days that do not
    meet, name doers apart: no doer of one is a doer or a target of the other (a side and its reprisal's side; not
    the army's counter-attack on those who struck it the day before, whose parties are the same two)."""
    if a.span.doc_id != b.span.doc_id or Modality.background in (a.modality, b.modality):
        return False
    if a.event_type != b.event_type or a.event_type not in _DEEDS:
        return False  # (a deed and what a government decreed after it, mourning or a curfew, are the rules' of sequels)
    if not _own_day(a) or not _own_day(b):
        return False
    if not (a.date.latest < b.date.earliest or b.date.latest < a.date.earliest):
        return False
    doers_a, doers_b = set(a.side1), set(b.side1)
    if not doers_a or not doers_b or doers_a & doers_b:
        return False
    return not (doers_a & {*b.side2, *b.assoc2} or doers_b & {*a.side2, *a.assoc2})


def _own_day(m: EventMention) -> bool:
    """Dated by its text to one day (not its article's day, not an estimate)."""
    d = m.date
    return d is not None and not d.is_estimate and d.precision == Precision.day and d.earliest == d.latest \
        and not m.date_from_publication


def dated_doer(m: EventMention) -> bool:
    """Whether ``m`` can be one end of ``doers_of_other_days``: a doer and a day of its own text."""
    return m.event_type in _DEEDS and bool(m.side1) and m.modality != Modality.background and _own_day(m)
