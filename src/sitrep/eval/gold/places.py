"""The places section: every resolution of a gold variant near the gold point and in its country."""

from __future__ import annotations

import re
from collections import Counter

from sitrep.eval.goldfile import Gold, GoldPlace
from sitrep.eval.scoring import Section
from sitrep.eval.system import SystemView
from sitrep.geo import haversine_km


def _place_ok(place: GoldPlace, lat: float | None, lon: float | None, country: str | None) -> tuple[bool, str]:
    if place.country and country and country.upper() != place.country.upper():
        return False, f"in {country}, not {place.country}"
    if place.lat is None or place.lon is None:
        return (bool(country) or lat is not None), "" if (country or lat is not None) else "no country"
    if lat is None or lon is None:
        return False, "no coordinates"
    d = haversine_km(place.lat, place.lon, lat, lon)
    return d <= place.tolerance_km, f"{d:.0f} km away (tolerance {place.tolerance_km:.0f})"


_REGION_WORDS = re.compile(r"\b(region|région|province|cercle|district|préfecture)\b", re.IGNORECASE)


def _names_region(mention, view: SystemView) -> bool:
    """A region-level mention that the text itself qualifies as a region ("the Kidal region",
    « la région de Tombouctou »): it names the area, not the town of the same name."""
    if (mention.geo_precision or 1) < 3:
        return False
    doc = view.documents_by_id.get(mention.span.doc_id) if hasattr(view, "documents_by_id") else None
    if doc is None:
        doc = next((d for d in view.documents.values() if d.doc_id == mention.span.doc_id), None)
    if doc is None:
        return bool(_REGION_WORDS.search(mention.surface))
    start, end = mention.span.char_start, mention.span.char_end
    window = doc.text[max(0, start - 16) : min(len(doc.text), end + 12)]
    return bool(_REGION_WORDS.search(window))


def score_places(gold: Gold, view: SystemView) -> Section:
    section = Section("places")
    for place in gold.places.values():
        for variant in place.variants:
            key = f"{variant!r} → {place.name}"
            mentions = view.mentions_at("places", variant)
            resolved = [m for m in mentions if m.place_id or m.latitude is not None]
            # where the text also names the town itself, its "X region" mentions are about another
            # place (the region) and are not scored against the town
            towns = [m for m in resolved if not _names_region(m, view)]
            resolved = towns or resolved
            if not resolved:
                why = "mentions left unresolved" if mentions else "no place mention at its occurrences"
                section.add(key, "miss", place.name, None, why)
                continue
            bad = []
            for m in resolved:
                ok, why = _place_ok(place, m.latitude, m.longitude, m.country)
                if not ok:
                    bad.append((m, why))
            if bad:
                m, why = bad[0]
                section.add(key, "wrong", place.name, f"{m.name} ({m.latitude}, {m.longitude}, {m.country})",
                            f"{len(bad)}/{len(resolved)} mentions wrong: {why}")
            else:
                m = resolved[0]
                section.add(key, "ok", place.name, f"{m.name} ({m.latitude}, {m.longitude}, {m.country})")
    return section


def _place_ids_of(place: GoldPlace, view: SystemView) -> list[str]:
    """The system's place ids for a gold place: the resolution of its variants that lands near it."""
    ids: Counter = Counter()
    for variant in place.variants:
        for m in view.mentions_at("places", variant):
            if m.place_id and _place_ok(place, m.latitude, m.longitude, m.country)[0]:
                ids[m.place_id] += 1
    return [pid for pid, _ in ids.most_common()]


def _admin1s_of(place: GoldPlace, view: SystemView) -> set[str]:
    admins = set()
    for variant in place.variants:
        for m in view.mentions_at("places", variant):
            if m.admin1 and _place_ok(place, m.latitude, m.longitude, m.country)[0]:
                admins.add(m.admin1)
    return admins
