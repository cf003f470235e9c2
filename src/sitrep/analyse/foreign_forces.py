"""Stage helper: forces named by the country they come from rather than by an adjective or a name.

- "soldiers from Burkina Faso", "troops from Niger", « des soldats du Niger »: that country's army, wherever the
  story is (a Burkinabe unit operating in Mali is Burkina Faso's, as ACLED codes it), when the base holds it;
- "Egyptian peacekeepers", "Togolese blue helmets", « les casques bleus tchadiens »: a national contingent of the
  peacekeeping mission, which ACLED codes as the mission (MINUSMA), not as the contingent's country.

Each phrase becomes one mention spanning it, claimed before the base's phrases are read (its "soldiers" would
otherwise be the story's own army, its "Burkina Faso" the Burkinabe government).
"""

from __future__ import annotations

import re

from sitrep.knowledge.army_names import country_of_words
from sitrep.knowledge.demonyms import country_of_demonym
from sitrep.model import ActorMention

_FROM_COUNTRY = re.compile(
    r"\b(?:soldiers|troops|forces|servicemen|military\s+units|units|soldats|troupes|militaires)\s+"
    r"(?:(?:from|of)\s+(?:neighbou?ring\s+|the\s+)?|(?:venus?\s+)?(?:du|de\s+la|de|d['’]))"
    r"(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_CONTINGENT = re.compile(
    r"\b(?P<adj>[A-Z][\w'’-]+)\s+(?:peacekeepers|peacekeeper|blue\s+helmets|UN\s+peacekeepers|UN\s+troops)\b"
    r"|\bcasques\s+bleus\s+(?P<adj_fr>[a-zé]+)")


def foreign_forces(para, doc_id: str, base, when, countries, force_of) -> list[ActorMention]:
    """The mentions of ``para``'s forces told by their country (``force_of(country)``: the base's army of a
    country, or None) and of its national peacekeeping contingents."""
    text = para.text
    out: list[ActorMention] = []
    for m in _FROM_COUNTRY.finditer(text):
        country = country_of_words(m.group("country").split())
        force = force_of(country) if country else None
        if force is not None:
            out.append(_mention(para, doc_id, m.start(), m.end(), force))
    for m in _CONTINGENT.finditer(text):
        adjective = m.group("adj") or m.group("adj_fr")
        mission = base.resolve("peacekeepers", when=when, countries=countries) if country_of_demonym(adjective) else None
        if mission is not None:
            out.append(_mention(para, doc_id, m.start(), m.end(), mission[0]))
    return out


def _mention(para, doc_id: str, start: int, end: int, actor_id: str) -> ActorMention:
    return ActorMention(span=para.span(doc_id, start, end), surface=para.text[start:end], actor_id=actor_id,
                        confidence=0.85, method="descriptive")
