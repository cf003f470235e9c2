"""Whether a word is a name some place bears whole, as its own name and not by a near spelling or an alternate.

Two readings ask it of the gazetteer: a clipped city name ("Ouaga") is no clip when a place bears the word whole
("India", "Jersey": ``place_clipped``), and a capitalised common word (« Bilan ») stays a place when a city bears it
whole ("Buffalo": ``place_entity_words.common_word_abroad``).  One question, one answer for both.
"""

from __future__ import annotations

from sitrep.knowledge.gazetteer import Candidate, Gazetteer
from sitrep.knowledge.names import fold_place_name


def places_named_whole(gaz: Gazetteer | None, surface: str) -> list[Candidate]:
    """The gazetteer's places whose own name is ``surface`` (accents and case aside), not a transliteration or an
    alternate name of theirs."""
    if gaz is None:
        return []
    head = fold_place_name(surface.strip())
    return [c for c in gaz.lookup(surface) if fold_place_name(c.name) == head]
