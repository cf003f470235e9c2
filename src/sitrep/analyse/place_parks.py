"""Parks and reserves named by their short name and a park word: "the W national park", "Parc W", « le parc
national du W », "the Arly park", "Boucle du Baoulé national park".  GeoNames files a park under its full name
("Parc National Du W Du Niger"), which no note writes, and the short name is often one letter or a town's name,
so such an event fell on the country or a border named beside it, hundreds of km off.  The gazetteer's park
(PRK) of the document's countries whose name, once its generic words are set aside, begins with the name written
(or the name written begins with it) is where it happened: ACLED codes an event in a park at the park.
"""

from __future__ import annotations

import re

from sitrep.knowledge.gazetteer import Candidate
from sitrep.knowledge.names import fold_place_name

# the words a park's name is made of besides its own (both languages), and the country names that end some
_GENERIC = frozenset(
    "parc park parks national nationale nationaux reserve reserves regional naturel naturelle nature partielle "
    "totale faune game wildlife transfrontalier transboundary complex complexe de du des la le les l d of the and et "
    "niger burkina faso mali benin".split())
_NAME = r"(?P<name>[A-ZÀ-Þ][\w'’-]*(?:\s+(?:du\s+|de\s+)?(?!(?i:national|regional)\b)[A-ZÀ-Þ][\w'’-]*){0,2})"
_PATTERNS = (
    # « le parc national du W », « parc W », "Parc W", « la réserve partielle de faune de Pama »
    re.compile(r"\b(?:[Pp]arc|[Rr][ée]serve)\s+(?:(?i:nationale?|naturelle?|partielle|totale|de\s+faune)\s+)*"
               rf"(?:(?i:de\s+la|du|des|de\s+l['’]|d['’]|de)\s*)?{_NAME}"),
    # "the W national park", "the Arly National Park", "Boucle du Baoulé national park"
    re.compile(rf"{_NAME}\s+(?:(?i:national|regional|game|wildlife|nature)\s+)?(?i:park|reserve)\b"),
)
_KEY_WORDS = ("parc", "park", "reserv")


def _core(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[^\W\d_]+", fold_place_name(name)) if w not in _GENERIC)


def _parks(gaz, cc: str) -> tuple[tuple[tuple[str, ...], Candidate], ...]:
    """(core words, park) of each park of ``cc``, read once per process from the country's keys."""
    def build():
        keys = [k for k in gaz.country_keys(cc) if any(w in k for w in _KEY_WORDS)]
        found = {c.geonameid: c for k in keys for c in gaz.lookup_key(k) if c.feature_code == "PRK" and c.country == cc}
        return tuple((_core(c.name), c) for c in found.values() if _core(c.name))
    return gaz.derived(("parks", cc), build)


def _matches(written: tuple[str, ...], core: tuple[str, ...]) -> bool:
    n = min(len(written), len(core))
    return n > 0 and written[:n] == core[:n]


def park_mentions(para, gaz, countries: dict[str, float], covered: set[int], blocked) -> list:
    """The parks a paragraph names with a park word, as found-place tuples (see ``places._recognise``): the span
    of the park's own name, the parks of the document's countries that name fits as its candidates."""
    if gaz is None or not countries:
        return []
    out = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(para.text):
            s, e = m.span("name")
            written = _core(m.group("name"))
            if not written or any(i in covered for i in range(s, e)) or blocked.overlaps(para.offset + s, para.offset + e):
                continue
            parks = [c for cc in countries for core, c in _parks(gaz, cc) if _matches(written, core)]
            if parks:
                out.append((para, s, e, para.text[s:e], parks, True, False))
                covered.update(range(s, e))
    return out
