"""Every artifact an analysis may need, built or found in the cache before workers start.

A worker that meets an artifact missing from the cache builds it itself: the event classifier fitted,
a country's seats and villages tables walked (~2 s of CPU and tens of MiB for the United States), in
each worker at once on a cold cache.  The engines call ``warm_artifacts`` in the process that starts
the workers (and, with ``fork``, before the pool host is forked): the warm-up analysis builds or
loads what one document needs (pipeline, classifier, cue needles, lexicons); what depends on the text
met is asked for here (the case table of ``regex_gate``, which only a non-ASCII text needs) and every
country table of the world base is stored unless it already is, so the workers load them all.
"""

from __future__ import annotations

import logging

from sitrep.analyse import place_seats, place_spellings, regex_gate
from sitrep.knowledge.gazetteer_tables import warm_country_tables

log = logging.getLogger(__name__)

# the country tables the analysis builds: (name, builder of (gazetteer, country), the builder's module
# file), as ``place_seats._seats_by_code`` and ``place_spellings._country_villages`` name them
COUNTRY_TABLES = (
    (place_seats.SEATS_TABLE, place_seats._seats_of, place_seats.__file__),
    (place_spellings.VILLAGES_TABLE, place_spellings._villages_of, place_spellings.__file__),
)


def warm_artifacts(analyzer, languages: tuple[str, ...]) -> None:
    """The warm-up analysis in each language, the regular expressions' case table, then every country
    table of the world base stored."""
    for language in languages:
        try:
            analyzer.warm_up(language)
        except Exception:  # a missing French model must not stop English analysis (workers retry it)
            log.warning("could not warm up the %s pipeline", language, exc_info=True)
    # asked on the first text with a non-ASCII letter, which the warm-up sentences need not hold
    regex_gate._ascii_equivalents()
    gaz = getattr(getattr(analyzer, "knowledge", None), "gazetteer", None)  # none in the engines' stand-ins
    for name, build, source in COUNTRY_TABLES if gaz is not None else ():
        built = warm_country_tables(gaz, name, build, source)
        if built:
            log.info("stored the %s tables of %d countries", name, len(built))
