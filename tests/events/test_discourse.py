"""What fusion relies on from one article's analysis: a name read as a town once is that town
wherever it recurs (one sense per discourse), and names never carry outcome words."""

from __future__ import annotations

import datetime as dt
import re

D = dt.date


def test_a_town_named_again_is_the_same_place_every_time(seed_analyses):
    # on the example articles: every recurrence of a town's written name in the kept text (outside
    # actor names) is a mention of that town, even where the model reads the word as a person
    checked = 0
    for name, (doc, analysis) in seed_analyses.items():
        actor_spans = [(a.span.char_start, a.span.char_end) for a in (*analysis.actors, *analysis.persons)]
        towns = {p.surface: p.place_id for p in analysis.places
                 if p.place_id and p.geo_precision <= 2 and p.feature_code and p.feature_code.startswith("PPL")}
        found = {(p.span.char_start, p.place_id) for p in analysis.places}
        for surface, place_id in towns.items():
            for m in re.finditer(rf"\b{re.escape(surface)}\b", doc.text):
                kept = any(seg.char_start <= m.start() < seg.char_end for seg in doc.segments)
                if not kept or any(a <= m.start() < b for a, b in actor_spans):
                    continue
                # "the Kidal region" is the region: the town check is about the bare name
                if re.match(r"\s+(?:region|area|district|province)\b", doc.text[m.end():], re.I):
                    continue
                checked += 1
                assert (m.start(), place_id) in found, f"{name}: {surface!r} at {m.start()} not read as {place_id}"
    assert checked >= 5


def test_actor_names_carry_no_outcome(analyzer, make_doc):
    # "Azawad *Liberation* Front", "the *Victory* Brigade": names, not a liberation or a victory
    text = "The Azawad Liberation Front attacked an army post near Gao on Monday, killing four soldiers."
    a = analyzer.analyse(make_doc(text, D(2025, 3, 5)))
    assert a.events and all(e.version == "" for e in a.events)
