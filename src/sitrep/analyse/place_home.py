"""Whether a document that names no country is about the Sahel: what lets its bare names be read as the
villages of the shipped Sahel table (``knowledge/sahel_places.py``) before the rest of the world.

A conflict note from Djibo often names no country, but it names what only a Sahel note names: a town or
region of the Sahel ("near Djibo", "Mopti region"), a village told as one ("the village of X", « la
localité de X »), a bracket of administrative units ("X (Commune, Province)"), a distance from a town
("12 km north of X") or one of its peoples ("Fulani herders").  A story from elsewhere names none of
these but towns of elsewhere ("Edmonton", "Oklahoma"), and the tokens the model tags as places in it
("Main", "Site") must not fall on the Sahel villages that share them: its names are looked up without
the table's villages (``WithoutShippedVillages``).  Its towns stay, and so does the Sahel as the region
read first, which keeps a foreign transliteration ("John" as a Chinese town) from being taken for a
place.  A terse note that names neither ("Clashes in X left two dead") keeps its villages.
"""

from __future__ import annotations

import re

from sitrep.knowledge.gazetteer import Gazetteer
from sitrep.knowledge.names import fold_place_name
from sitrep.regex_codes import longest_first

# a town this large, or a seat of an administrative unit, is a Sahel town a reader would know by name
_TOWN_POPULATION = 10_000
_DISTANCE_FROM = re.compile(r"\b\d+\s*(?:km|kms|kilom[eè]t\w+)\s+(?:[\w'’-]+\s+){0,3}?(?:of|from|de|du|d['’])\s*"
                            r"(?-i:[A-ZÀ-Þ])", re.IGNORECASE)
_UNITS_BRACKET = re.compile(r"[A-ZÀ-Þ][\w'’-]+\s*\([A-ZÀ-Þ][\w'’ -]+,\s*[A-ZÀ-Þ][\w'’ -]+\)")
# a run of capitalised words: "Dori", "Fada N'gourma", "Bobo-Dioulasso", and "San Francisco" as a whole
_NAME_RUN = re.compile(r"(?<![\w-])[A-ZÀ-Þ][\w'’-]*(?:\s+(?:[A-ZÀ-Þ]|N['’])[\w'’-]*)*")
_PERSON_LABELS = ("PERSON", "PER", "ORG", "NORP")
# a name this long that only the Sahel has is no chance word of a story from elsewhere
_LONG_NAME = 6
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“«]\s*)$")


def sahel_cues(paragraphs, gaz: Gazetteer, lang) -> bool:
    """True when the text names a Sahel town or region, a village as such, a bracket of units, a
    distance from a place, or, after a locative preposition, a name only the Sahel has (see the
    module's docstring)."""
    settlement = getattr(lang, "SETTLEMENT_OF", None)
    locatives = longest_first(set(getattr(lang, "LOCATIVE_PREPOSITIONS", ())) | {"of", "d'", "d’"})
    after_locative = re.compile(rf"(?:^|\s)(?:{'|'.join(map(re.escape, locatives))})\s*$", re.IGNORECASE)
    for para in paragraphs:
        text = para.doc.text
        if _UNITS_BRACKET.search(text) or _DISTANCE_FROM.search(text) or _sahel_people(text) or (
                settlement and re.search(settlement, text, re.IGNORECASE)):
            return True
        persons = {i for ent in para.doc.ents if ent.label_ in _PERSON_LABELS for i in range(ent.start_char, ent.end_char)}
        for m in _NAME_RUN.finditer(text):
            if _SENTENCE_START.search(text[max(0, m.start() - 3):m.start()]):
                continue  # "Say", "San" opening a sentence are words, not the Nigerien and Malian towns
            # a Sahel-only name after a preposition, or a longer one anywhere but in a name ("Kolerou residents")
            local = after_locative.search(text[max(0, m.start() - 12):m.start()]) or (
                len(m.group()) >= _LONG_NAME and m.start() not in persons)
            if _sahel_town(gaz, m.group()) or (local and _only_sahel(gaz, m.group())):
                return True
    return False


def _only_sahel(gaz: Gazetteer, name: str) -> bool:
    """``name`` as written is a place of the detailed countries, and elsewhere a hamlet at most ("in
    Témou"; a village name the Sahel shares with a hamlet of Ghana still counts)."""
    exact = gaz.exact_ids(name)
    cands = [c for c in gaz.lookup(name) if c.geonameid in exact]
    return any(c.country in gaz.detailed and not c.is_country for c in cands) and not any(
        c.country not in gaz.detailed and (c.population >= _VILLAGE_POPULATION or c.is_admin) for c in cands)


# the Sahel's peoples a note names ("Fulani herders", « des Peuls »), less the names stories from
# elsewhere use as often ("Arab", "Hausa")
_WIDE_PEOPLES = frozenset({"arab", "arabs", "arabe", "arabes", "moors", "bella", "kel", "mande", "hausa", "haoussa"})


def _sahel_people(text: str) -> bool:
    from sitrep.analyse.place_spellings import community_names

    peoples = community_names() - _WIDE_PEOPLES
    return any(fold_place_name(w).lower() in peoples for w in re.findall(r"\b[A-ZÀ-Þ][\w-]+", text))


def _sahel_town(gaz: Gazetteer, name: str) -> bool:
    """A town or administrative unit of the detailed countries bearing ``name`` as written, larger than
    any place of that name elsewhere."""
    exact = gaz.exact_ids(name)
    cands = [c for c in gaz.lookup(name) if c.geonameid in exact and not c.is_country]
    home = [c for c in cands if c.country in gaz.detailed and (
        c.population >= _TOWN_POPULATION or c.feature_code in ("ADM1", "ADM2")
        or (c.feature_code or "").startswith(("PPLA", "PPLC")))]
    if not home:
        return False
    abroad = max((c.population for c in cands if c.country not in gaz.detailed), default=0)
    return max(c.population for c in home) >= abroad


# below this the row is one of the shipped table's villages (the world base starts at 500 people)
_VILLAGE_POPULATION = 1_000


class WithoutShippedVillages:
    """A gazetteer view whose lookups leave out the villages the shipped Sahel table added (not those
    of an imported dump, which the user asked for); everything else is the gazetteer's."""

    def __init__(self, gaz: Gazetteer):
        self._gaz = gaz

    def __getattr__(self, name):
        return getattr(self._gaz, name)

    def __len__(self) -> int:
        return len(self._gaz)

    def _keep(self, c) -> bool:
        g = self._gaz
        return not (c.country in g.detailed and c.country not in g.imported and c.feature_class == "P"
                    and c.population < _VILLAGE_POPULATION and not (c.feature_code or "").startswith(("PPLA", "PPLC")))

    def lookup(self, name: str) -> list:
        return [c for c in self._gaz.lookup(name) if self._keep(c)]

    def lookup_key(self, key: str) -> list:
        return [c for c in self._gaz.lookup_key(key) if self._keep(c)]

    def fuzzy(self, name: str, countries, cutoff: float = 88.0) -> list:
        return [(c, score) for c, score in self._gaz.fuzzy(name, countries, cutoff) if self._keep(c)]


def home_reading(gaz: Gazetteer | None, countries: dict, paragraphs, lang):
    """The gazetteer a document's names are looked up in: without the shipped table's villages when the
    document names no country, names a town or region of elsewhere (``foreign_cues``) and nothing that
    says it is about the Sahel (``sahel_cues``); else all of it.  A terse note that names neither
    ("Clashes in X left two dead") keeps its villages."""
    if gaz is None or countries or not foreign_cues(paragraphs, gaz) or sahel_cues(paragraphs, gaz, lang):
        return gaz
    return WithoutShippedVillages(gaz)


# a place of elsewhere this large (or a state, province or county) says where a story is from
_FOREIGN_POPULATION = 10_000


def foreign_cues(paragraphs, gaz: Gazetteer) -> bool:
    """True when the text names, as written and not as a sentence's first word, two towns of 10,000
    people or administrative areas outside the detailed countries, and no place of those names in them
    ("Edmonton", "Oklahoma", "Idlib"): one such name may be a homonym of a Sahel note's town."""
    seen: set[str] = set()
    for para in paragraphs:
        text = para.doc.text
        for m in _NAME_RUN.finditer(text):
            if _SENTENCE_START.search(text[max(0, m.start() - 3):m.start()]):
                continue
            exact = gaz.exact_ids(m.group())
            cands = [c for c in gaz.lookup(m.group()) if c.geonameid in exact and not c.is_country]
            if cands and not any(c.country in gaz.detailed for c in cands) and any(
                    c.population >= _FOREIGN_POPULATION or c.feature_code in ("ADM1", "ADM2") for c in cands):
                seen.add(fold_place_name(m.group()))
                if len(seen) >= 2:
                    return True
    return False
