"""One name, one village per article: "an ambush near Banibangou … a resident of Banibangou" are one place.

Each mention is resolved with the words around it, so a name whose gazetteer entry has a homonym (two
villages of one name, one in the west of the region and one 180 km east) could land on the first village
in one sentence and the second in another, and the article's events then lie 180 km apart.  A writer who
means two places of one name says so; otherwise the name keeps, everywhere it recurs as a town, the
reading the article resolved with the most confidence.
"""

from __future__ import annotations

from sitrep.knowledge.names import fold_place_name
from sitrep.model import PlaceMention

_PLACE_FIELDS = ("place_id", "name", "latitude", "longitude", "country", "admin1", "admin2", "feature_code")


def _town(m: PlaceMention) -> bool:
    return m.place_id is not None and (m.feature_code or "").startswith("PPL")


def _seat_over_village(m: PlaceMention, chosen: PlaceMention) -> bool:
    """Whether ``m`` reads the name as an administrative seat and ``chosen`` as a plain village: the seat was
    chosen by the frame a note gives ("Macina (Macina, Ségou)" is the cercle's seat) and is kept."""
    return (m.feature_code or "").startswith(("PPLA", "PPLC")) and not (chosen.feature_code or "").startswith(("PPLA", "PPLC"))


def one_sense_per_article(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` with every town reading of one written name moved to that name's most confident one
    (the first on a tie); regions, countries and unresolved mentions are left as they are."""
    best: dict[str, PlaceMention] = {}
    for m in mentions:
        if _town(m):
            key = fold_place_name(m.surface)
            if key not in best or m.confidence > best[key].confidence:
                best[key] = m
    out = []
    for m in mentions:
        chosen = best.get(fold_place_name(m.surface)) if _town(m) else None
        if chosen is not None and chosen.place_id != m.place_id and not _seat_over_village(m, chosen):
            m = m.model_copy(update={f: getattr(chosen, f) for f in _PLACE_FIELDS})
        out.append(m)
    return out
