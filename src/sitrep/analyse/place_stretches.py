"""A stretch of road told by its two ends, one of which the headline names: « Quatre commerçants tués près
d'Ayorou » over « … sur la route reliant Tillabéri à Ayorou », "Gunmen kill five traders near Sebba" over
"… on the road linking Dori to Sebba".

The body names both ends (and ``events.placement`` codes the first, as ACLED codes "between X and Y" when
nothing else says where on the road); the headline says which end the spot was near.  The words that open
a stretch and join its ends are per language, in ``analyse/data/place_stretches_<lang>.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.analyse.data_tables import NOTHING, alternations
from sitrep.knowledge.names import fold_place_name
from sitrep.model import PlaceMention

# how far before the first end the words opening the stretch may start ("sur la route reliant ")
_OPENS_CHARS = 40


_ARTICLE = r"(?:the\s+|la\s+|le\s+|l['’]\s*)?"


@lru_cache(maxsize=4)
def _words(language: str) -> tuple[str, str]:
    """(the words opening a stretch, the words joining its ends), each one alternation."""
    words = alternations("place_stretches", language)
    return words.get("opens") or NOTHING, words.get("joins") or NOTHING


@lru_cache(maxsize=4)
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    opens, joins = _words(language)
    return (re.compile(rf"\b(?:{opens})\s+{_ARTICLE}$", re.IGNORECASE),
            re.compile(rf"\s*(?:\([^()]*\)\s*)?(?:{joins})(?:\s+|(?<=['’])){_ARTICLE}$", re.IGNORECASE))


@lru_cache(maxsize=4)
def _second_end(language: str) -> re.Pattern[str]:
    """The words before a stretch's second end: its opening, the first end's name, the join."""
    opens, joins = _words(language)
    name = r"(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*)?"
    return re.compile(rf"\b(?:{opens})\s+{_ARTICLE}{name}\s+(?:{joins})(?:\s+|(?<=['’])){_ARTICLE}$", re.IGNORECASE)


def second_end(before: str, language: str | None) -> bool:
    """Whether a name follows the first end of a stretch ("linking Dori to X", « reliant Téra à X »): a place,
    whatever the model reads there, when the gazetteer has it in the document's countries."""
    return _second_end(language or "en").search(before) is not None


def _named_in(title: str, place: PlaceMention) -> bool:
    """Whether the headline writes the place's name (accents and case off, whole words)."""
    names = {fold_place_name(n) for n in (place.surface, place.name) if n}
    folded = fold_place_name(title)
    return any(n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", folded) for n in names)


def headline_end(text: str, title: str | None, chosen: PlaceMention, places: list[PlaceMention],
                 language: str | None) -> PlaceMention | None:
    """The other end of the stretch ``chosen`` opens, when the headline ``title`` names that end and not
    ``chosen`` (near it: ACLED's precision 2); None otherwise.  ``places``: the sentence's places."""
    if not title or chosen.place_id is None or _named_in(title, chosen):
        return None
    opens, joins = _patterns(language or "en")
    if not opens.search(text[max(0, chosen.span.char_start - _OPENS_CHARS):chosen.span.char_start]):
        return None
    after = [p for p in places if p.span.char_start >= chosen.span.char_end and p.place_id is not None]
    other = min(after, key=lambda p: p.span.char_start, default=None)
    if other is None or not joins.fullmatch(text[chosen.span.char_end:other.span.char_start]) \
            or other.place_id == chosen.place_id or not _named_in(title, other):
        return None
    return other.model_copy(update={"geo_precision": max(2, other.geo_precision)})
