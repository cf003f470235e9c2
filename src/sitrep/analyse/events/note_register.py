"""Whether a short text is written in a conflict coder's note register: one report that is entirely about one event.

An ACLED note (and a note written the same way) describes an event by definition: when the sentence finder keeps
none of its candidates (a scope check, an unsure model, a claim or accusation around the deed, a blame beside it),
the note's best candidate is still its event, at a low confidence (``last_resorts.note_event``).  The register is told
by the coder's own habits, which news snippets and wire stories do not share:

- a full date with its year, day first ("On 3 February 2025", "Around 26 November 2020", « Le 24 mars 2025 »): a
  newswire writes "on Tuesday" or "on August 13", a coder writes the day, the month and the year;
- a place followed by its administrative areas in brackets ("Boni (Douentza, Mopti)", "Niafunké (Tombouctou)");
- a coder's bracketed fields or toll line ("[size=no report]", "[casualties=unknown]", "Fatalities coded as 10").

The CASE snippets of the project (tune half, own non-ACLED files) carry none of these, so the last resort leaves a
news snippet's crime, accident or claim as the sentence finder decided it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.analyse.context import Context
from sitrep.analyse.events.frames import HOSTILE_SETTING
from sitrep.analyse.events.types import DISASTER_LABELS
from sitrep.analyse.lang import vocab
from sitrep.knowledge.sahel_places import COUNTRIES as SAHEL_COUNTRIES

# a note is short: longer texts (articles, wire stories) say more than one event and keep their vetoes
NOTE_MAX_SENTENCES = 8

# the coder's bracketed fields and toll line
CODER_MARKS = re.compile(r"\[\s*(?:size|casualties|fatalities)\s*=|\bfatalities\s+coded\b", re.IGNORECASE)

# "(Douentza, Mopti)", "(Tombouctou)": words with lower-case letters (an acronym in brackets is a name: "(JNIM)")
ADMIN_BRACKET = re.compile(r"\s*\((?:[A-ZÀ-Ý][a-zà-ÿ'’ -]+,\s*){0,2}[A-ZÀ-Ý][a-zà-ÿ'’ -]+\)")


@lru_cache(maxsize=1)
def _full_date() -> re.Pattern[str]:
    """A day, a month and a year, day first ("3 February 2025", "6-7 March 2025", « 1er avril 2024 »)."""
    months = "|".join(sorted({*vocab("en").MONTHS, *vocab("fr").MONTHS}, key=len, reverse=True))
    return re.compile(
        rf"\b(?:1er|[0-3]?\d)(?:\s*(?:-|–|and|et|au|to)\s*[0-3]?\d)?\s+(?:{months})\.?\s+(?:19|20)\d\d\b", re.IGNORECASE)


# a coder's bracketed field ("[size=no report]", "[casualties=unknown]")
_BRACKETED_FIELD = re.compile(r"\[[^\[\]]{0,80}\]")


def coder_fields_only(text: str) -> bool:
    """Whether the sentence ``text`` is only a coder's bracketed fields ("[size=no report]"): it tells no event, whatever
    the model reads into a crowd's size (a protest's)."""
    return CODER_MARKS.search(text) is not None and not _BRACKETED_FIELD.sub("", text).strip(" .;,")


def note_shaped(ctx: Context, n_sentences: int) -> bool:
    """Whether the document is a coder's note (see the module's doc): short, and written with a full day-first
    date, a place with its administrative areas in brackets, or the coder's bracketed fields."""
    if n_sentences > NOTE_MAX_SENTENCES:
        return False
    text = ctx.document.text
    if CODER_MARKS.search(text) or _full_date().search(text):
        return True
    return any(ADMIN_BRACKET.match(text, p.span.char_end) for p in ctx.places)


# the doubts that say a note's candidate is really no event of the conflict, which a coder's register does not
# undo: a natural or accidental cause, words of violence used of something else, a verdict, talks, a match, a
# burglary, a blast at works, a quarrel at home, history (ordinary crime: ``_ordinary_crime``)
STILL_NOT_EVENTS = frozenset(("natural_cause", "figurative", "verdict", "diplomatic", "sport", "petty_crime",
                              "works", "interpersonal", "historical"))
# harm done by mistake is no event ("accidentally shot a colleague while cleaning his rifle"), unless the mistake
# happened inside a hostile act the note tells (``frames.HOSTILE_SETTING``)


def still_not_an_event(ctx: Context, doubts: list[str], ahead: str | None) -> bool:
    """Whether a note's candidate with ``doubts`` stays out even as a note's last resort: ``STILL_NOT_EVENTS``, a
    disaster label ranked ``ahead`` of it, an accident outside any hostile act the note tells, or ordinary crime
    outside the Sahel."""
    if STILL_NOT_EVENTS & set(doubts) or ahead in DISASTER_LABELS:  # (a disaster ranked above the candidate)
        return True
    if "accidental" in doubts and HOSTILE_SETTING.search(ctx.document.text) is None:
        return True
    return ("crime" in doubts or ahead == "ORG_CRIME") and _ordinary_crime(ctx)


def _ordinary_crime(ctx: Context) -> bool:
    """Whether crime told in a note is ordinary crime: outside the Sahel.  There ACLED's notes code gunmen, robbers
    and killers with no party named as an unidentified armed group (``sahel_banditry``); elsewhere (a city hold-up)
    they are no party to the conflict the data follow."""
    return ctx.dominant_country not in SAHEL_COUNTRIES
