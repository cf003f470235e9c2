"""An event told at the scale of a whole country is coded at its capital, as ACLED codes national-level events.

Three ways a note says so: a government's own decision named with its country ("the Malian government
dissolved …", at precision 2); a deed across the whole country ("a nationwide strike", « sur toute
l'étendue du territoire »: ``place_clauses.nationwide``, precision 3); and a national act naming no place at
all, its country told only by an adjective ("The Malian transitional authorities dissolved all political
parties by decree", « Le gouvernement burkinabè a décrété la mobilisation générale »): a strategic
development or a protest with no town is the country's, coded at its capital (precision 3).  A violent
event with no place stays unplaced: a killing somewhere in Mali did not happen in Bamako.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.mentions import dominant_country
from sitrep.analyse.events.types import PROTESTS, STRATEGIC
from sitrep.analyse.place_capitals import capital_city
from sitrep.analyse.place_clauses import nationwide
from sitrep.knowledge.demonyms import country_of_demonym
from sitrep.model import PlaceMention, Span

# the events a country as a whole may be the scene of: its government's acts, its strikes and marches
_NATIONAL_TYPES = (STRATEGIC, PROTESTS)
_WORD = re.compile(r"[\w'’-]+")


def capital_of(ctx: Context, country_mention: PlaceMention, side1: list[str]) -> PlaceMention | None:
    """A government's own decision named only at country level is coded at its capital (ACLED's
    convention for national-level strategic developments), at precision 2 and lower confidence."""
    cc = country_mention.country
    base = getattr(ctx.knowledge, "actors", None)
    if not cc or not side1 or base is None:
        return None
    actor = base.get(side1[0]) if hasattr(base, "get") else None
    if actor is None or actor.kind != "state_forces" or actor.country != cc:
        return None
    return _capital_place(ctx, cc, country_mention.span, country_mention.surface, 2, country_mention.confidence * 0.6)


def nationwide_capital(ctx: Context, s: Sentence, countries: list[PlaceMention], lang) -> PlaceMention | None:
    """An event across the whole country ("marched across the country", « dans tout le pays ») with no
    town named: ACLED codes it at the capital, at precision 3.  The country is the one the sentence
    names (the document's first), else the document's, else the one its adjective names (« le territoire
    malien »)."""
    if not nationwide(s.text, ctx.language):
        return None
    country = dominant_country(ctx)
    named = [p for p in countries if p.country == country] or countries
    cc = named[0].country if named else (country or adjective_country(s.text, lang))
    if not cc:
        return None
    span = named[0].span if named else Span(doc_id=ctx.doc_id, char_start=s.start, char_end=s.end)
    return _capital_place(ctx, cc, span, named[0].surface if named else s.text, 3, 0.5)


def unplaced_national_act(ctx: Context, s: Sentence, event_type: str | None, lang) -> PlaceMention | None:
    """A strategic development or protest in a document that names no place, its country told by one
    adjective ("Nigerien authorities suspended …"): at that country's capital, precision 3."""
    if event_type not in _NATIONAL_TYPES or any(p.place_id is not None for p in ctx.places):
        return None
    cc = adjective_country(s.text, lang)
    if not cc:
        return None
    return _capital_place(ctx, cc, Span(doc_id=ctx.doc_id, char_start=s.start, char_end=s.end), s.text, 3, 0.4)


def adjective_country(text: str, lang) -> str | None:
    """The one country the text names by its adjective ("Malian", « burkinabè », « nigériennes »); None
    when it names none or several (a foreign partner's adjective leaves the scene in doubt)."""
    extra = getattr(lang, "COUNTRY_ADJECTIVES", {})
    found = set()
    for m in _WORD.finditer(text):
        word = m.group(0)
        cc = extra.get(word.lower()) or (country_of_demonym(word) if word[:1].isupper() else None)
        if cc:
            found.add(cc)
    return found.pop() if len(found) == 1 else None


def _capital_place(ctx: Context, cc: str, span: Span, surface: str, precision: int, confidence: float) -> PlaceMention | None:
    gaz = getattr(ctx.knowledge, "gazetteer", None)
    city = capital_city(gaz, cc) if gaz is not None and hasattr(gaz, "lookup") else None
    if city is None:
        return None
    return PlaceMention(
        span=span, surface=surface, place_id=city.place_id, name=city.name,
        latitude=city.latitude, longitude=city.longitude, country=city.country,
        admin1=gaz.admin1_name(city.country, city.admin1_code) if hasattr(gaz, "admin1_name") else None,
        feature_code=city.feature_code, geo_precision=precision, confidence=round(confidence, 3),
    )
