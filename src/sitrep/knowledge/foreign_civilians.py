"""Civilians of every country news names by its adjective, as ACLED codes foreigners caught in a conflict.

ACLED codes a foreigner struck in someone else's war as a civilian of their own country: Chinese engineers kidnapped
near a dam in Niger are "Civilians (China)", two Italian aid workers seized in Burkina Faso "Civilians (Italy)".  The
shipped base holds the generic parties of the Sahel countries only; every other country with an adjective in
``knowledge.demonyms`` gets its civilians here, named as ACLED names them ("Civilians (<country>)").

These actors are the victims' identity only: they carry no contextual words (a story's "villagers" stay the story's
country's) and ``ActorBase.generic_actor`` does not answer them (a country the base has no generic parties for stays
such: an outlet's home or a capital does not make France a story's country because France's civilians exist).
"""

from __future__ import annotations

from functools import lru_cache

from sitrep.knowledge.demonyms import DEMONYMS
from sitrep.knowledge.world_countries import country_table
from sitrep.model import Actor

FOREIGN_CIVILIANS = "foreign civilians"  # their origin in ``ActorBase.origins``

# ACLED's country names where GeoNames' short name differs
_ACLED_NAMES = {"CZ": "Czech Republic", "CG": "Republic of Congo", "CV": "Cape Verde"}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """GeoNames' country names, ACLED's where they differ (the actor base loads in the read-only commands, hence the
    table read as a file: ``knowledge.world_countries``)."""
    return {cc: c["name"] for cc, c in country_table().items()} | _ACLED_NAMES


def civilians_id(country: str) -> str:
    """The id of ``country``'s civilians among these actors ("civilians-italy")."""
    name = _country_names().get(country.upper(), country)
    return "civilians-" + "-".join(name.lower().replace("'", "").split())


def add_foreign_civilians(base) -> None:
    """Add to ``base`` (an ``ActorBase``) the civilians of each country with an adjective it has none for."""
    held = {a.country for a in base.actors.values() if a.kind == "civilians" and a.country}
    for cc, adjective in DEMONYMS.items():
        name = _country_names().get(cc)
        actor_id = civilians_id(cc)
        if cc in held or not name or actor_id in base.actors:
            continue
        base.actors[actor_id] = Actor(actor_id=actor_id, name=f"Civilians ({name})", kind="civilians", country=cc,
                                      aliases=[f"{adjective} civilians"])
        base.origins[actor_id] = FOREIGN_CIVILIANS
