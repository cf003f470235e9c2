"""Whether a sentence refers back to an incident told before it ("the attack", "this ambush"), quotes and all:
a statement calling it the "cowardly attack" or « l'attaque "lâche" » still names that incident, so it keeps the
incident's place and day rather than the dateline's capital or the publication day.  A sentence naming no
place in the paragraph of a round-up that told an incident is about that incident too (``in_round_up_paragraph``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.analyse.events.cues import ANAPHORA
from sitrep.model import EventMention, PlaceMention

# the quotation marks a statement's own words are set in ("the "cowardly attack"", « l'“ignoble” attaque »)
_QUOTES = re.compile(r"[\"“”«»]")


# the same in French: the incident by a demonstrative (« cette attaque », « ces violences ») or the site it struck by
# its definite article (« ont fait irruption sur le marché », « sont entrés dans le village »): the one told before
_FRENCH_BACK = re.compile(
    r"\b(?:cette|ces|cet)\s+(?:\w+\s+)?(?:attaques?|embuscades?|assauts?|offensive|incursions?|tueries?|violences|"
    r"combats|affrontements|incidents?)\b", re.IGNORECASE)
_FRENCH_SITE_BACK = re.compile(
    r"\b(?:sur|dans|vers|à|contre)\s+(?:le|la|l['’])\s*(?:marché|foire|village|hameau|localité|poste|camp|campement|"
    r"mosquée|site|convoi|patrouille)\b(?!\s+(?:de|du|des|d['’])\b)"
    # the struck convoy or patrol as the subject (« Le convoi a été touché par un engin explosif »)
    r"|\b(?:le|la|ce|cette)\s+(?:convoi|patrouille|camp|poste)\s+(?:a|avait)\s+été\s+(?:\w+\s+)?(?:touchée?|frappée?|"
    r"attaquée?|visée?|ciblée?|pris\s+pour\s+cible|prise\s+pour\s+cible)\b", re.IGNORECASE)


# the struck target named again by its kind as what underwent the deed ("The convoy was hit by an explosive device",
# "the camp was overrun", "the patrol came under fire"): the incident told before
_STRUCK_AGAIN = re.compile(
    r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:convoy|camp|post|outpost|patrol|garrison|checkpoint|market)\s+"
    r"(?:was|were|had\s+been|came|first\s+came)\s+(?:\w+\s+)?(?:hit|struck|attacked|ambushed|targeted|overrun|stormed|"
    r"under)\b", re.IGNORECASE)
# the fight told before, by its definite article after « au cours de », « lors de », « pendant », « durant » (« Au cours
# des combats, nos combattants ont abattu un drone »): a step of that fight, on its day (« d'une attaque » opens another)
_DURING_THE_FIGHT = re.compile(
    r"\b(?:au\s+cours|lors)\s+(?:des|du|de\s+l['’]|de\s+la)\s*(?:combats|affrontements|accrochages?|"
    r"échanges\s+de\s+tirs|attaque|assaut|embuscade|opération|riposte)\b|"
    r"\b(?:pendant|durant)\s+(?:les|l['’]|la)\s*(?:combats|affrontements|accrochages?|attaque|assaut|embuscade)\b",
    re.IGNORECASE)


def names_the_struck_site_again(text: str) -> bool:
    """Whether ``text`` names the struck site or the fight again in French (« ont fait irruption sur le marché »,
    « Au cours des combats »): the incident
    told before, on its day (« cette attaque » may open a new incident's sentence: « Cette attaque intervient quatre
    jours après … »)."""
    plain = _plain(text)
    return _FRENCH_SITE_BACK.search(plain) is not None or _DURING_THE_FIGHT.search(plain) is not None


def refers_back(text: str) -> bool:
    """Whether ``text`` names an incident told before it (``cues.ANAPHORA``, ``_FRENCH_BACK``), read with its
    quotation marks out."""
    plain = _plain(text)
    return any(p.search(plain) is not None
               for p in (ANAPHORA, _STRUCK_AGAIN, _FRENCH_BACK, _FRENCH_SITE_BACK, _DURING_THE_FIGHT))


def _plain(text: str) -> str:
    """``text`` with its quotation marks out and its spaces single."""
    return re.sub(r"\s+", " ", _QUOTES.sub("", text))


def in_round_up_paragraph(text: str, sentence_start: int, prev: EventMention, events: list[EventMention],
                          places: Sequence[PlaceMention] = ()) -> bool:
    """Whether a sentence naming no place, starting at ``sentence_start`` of ``text``, stands in the paragraph
    that told ``prev``, an earlier incident of a document telling incidents at several towns (a weekly brief,
    a round-up: "… clashed near Aguelhok. Both sides claimed victory: …"): that paragraph's incident is its
    subject, not the town the document names most.  Only in copy set in paragraphs: a one-paragraph note
    keeps its most-mentioned place.  The towns are those of the incidents told so far and, when the round-up's
    first item is still being read, the towns the document's later paragraphs name (``places``, the document's
    resolved places): the next items' towns, which the document may name more often than this item's."""
    if prev.span.char_end > sentence_start or "\n" in text[prev.span.char_start:sentence_start]:
        return False
    if "\n" not in text[:sentence_start].strip():
        return False
    towns = {e.place.place_id for e in events if e.place is not None and e.place.place_id and e.place.geo_precision < 3}
    paragraph_end = text.find("\n", sentence_start)
    if paragraph_end >= 0:
        towns |= {p.place_id for p in places if p.place_id and p.geo_precision < 3 and p.span.char_start > paragraph_end}
    return len(towns) >= 2
