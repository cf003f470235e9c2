"""Stage helper: people named by their nationality and a civilian trade, as the civilians of their country.

"two Italian aid workers", "Chinese engineers", "a Nigerien driver", « des ressortissants chinois », « deux
humanitaires italiens », "the two Italians": ACLED codes each as a civilian of the country the adjective names
("Civilians (Italy)"), whatever country the story is about; the base's word alone ("workers", "civilians") would make
them the story's country's civilians, or nobody.  Each phrase becomes one mention spanning it, claimed before the
base's phrases are read.  The country comes from the adjective (``knowledge.demonyms``, ``knowledge.army_names``);
French adjectives come from their own table, each in its four forms (« italien, italienne, italiens, italiennes »).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.knowledge.army_names import country_of_words
from sitrep.knowledge.foreign_civilians import civilians_id
from sitrep.model import ActorMention

# civilian trades and states a foreigner is named by ("aid workers", "engineers", "nationals"); armed or official
# ones (soldiers, diplomats, officials) are not civilians
_TRADES_EN = (r"(?:(?:aid|humanitarian|construction|oil|mining|road|charity|NGO|relief|health|medical)\s+)?"
              r"(?:nationals?|citizens?|civilians?|engineers?|workers?|employees?|expatriates?|tourists?|"
              r"missionar(?:y|ies)|hostages?|journalists?|reporters?|doctors?|nurses?|priests?|nuns?|teachers?|"
              r"geologists?|contractors?|technicians?|traders?|businessm[ae]n|drivers?|truck\s+drivers?|"
              r"travell?ers?|pilgrims?|herders?|fishermen|migrants?|students?)")
_EN = re.compile(rf"\b(?P<adj>[A-Z][\w'’.-]+(?:\s+[A-Z][a-z]+)?)\s+{_TRADES_EN}\b")
# a plural nationality as a noun after a count or an article ("the two Italians", "three Germans"); "-ese" and "-ish"
# nouns ("the Chinese", "the British") name a government as often as its people and are left out
_PLURAL_EN = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|both|several|the)\s+(?:two\s+|three\s+)?"
                        r"(?P<adj>[A-Z][a-z]+an)s\b")
_TRADES_FR = (r"(?:ressortissants?|citoyens?|civils?|ingénieurs?|travailleurs?|ouvriers?|employés?|expatriés?|"
              r"touristes?|missionnaires?|otages?|journalistes?|humanitaires?|médecins?|infirmi(?:er|ère)s?|"
              r"religieu(?:x|ses?)|prêtres?|techniciens?|géologues?|commerçants?|chauffeurs?|pèlerins?|"
              r"migrants?|étudiants?|éleveurs?)")
_FR = re.compile(rf"\b{_TRADES_FR}\s+(?P<adj>[a-zéèêëïîôûç]+(?:-[a-zéè]+)?)\b")

# French adjectives of nationality (masculine singular) → country code: those of the countries whose people news
# of the Sahel names (foreigners kidnapped or killed, neighbours' nationals)
_FR_ADJECTIVES = {
    "chinois": "CN", "italien": "IT", "français": "FR", "allemand": "DE", "espagnol": "ES", "canadien": "CA",
    "américain": "US", "britannique": "GB", "indien": "IN", "turc": "TR", "russe": "RU", "suisse": "CH",
    "belge": "BE", "autrichien": "AT", "roumain": "RO", "sud-africain": "ZA", "marocain": "MA", "algérien": "DZ",
    "libanais": "LB", "égyptien": "EG", "nigérian": "NG", "togolais": "TG", "béninois": "BJ", "ivoirien": "CI",
    "sénégalais": "SN", "guinéen": "GN", "mauritanien": "MR", "japonais": "JP", "sud-coréen": "KR",
    "néerlandais": "NL", "portugais": "PT", "polonais": "PL", "ukrainien": "UA", "tchadien": "TD",
    "malien": "ML", "nigérien": "NE", "burkinabè": "BF", "burkinabé": "BF", "burkinabe": "BF", "ghanéen": "GH",
    "camerounais": "CM", "libyen": "LY", "tunisien": "TN", "australien": "AU", "suédois": "SE", "danois": "DK",
    "norvégien": "NO", "irlandais": "IE", "tchèque": "CZ", "hongrois": "HU", "grec": "GR", "pakistanais": "PK",
    "philippin": "PH", "vietnamien": "VN", "brésilien": "BR", "mexicain": "MX", "gambien": "GM", "libérien": "LR",
}


def nationals_noun(word: str) -> bool:
    """Whether ``word`` is a plural nationality used as a noun ("Italians", "Germans")."""
    return re.fullmatch(r"[A-Z][a-z]+ans", word) is not None and bool(country_of_words([word[:-1]]))


def _forms(adjective: str) -> list[str]:
    """The four forms of a French adjective: « italien » → italien, italiens, italienne, italiennes."""
    if adjective.endswith(("s", "x")):
        return [adjective, adjective + "e", adjective + "es"]
    if adjective.endswith("e") and not adjective.endswith(("é", "è")):
        return [adjective, adjective + "s"]
    feminine = adjective + ("ne" if adjective.endswith("en") else "e")
    return [adjective, adjective + "s", feminine, feminine + "s"]


@lru_cache(maxsize=1)
def _french() -> dict[str, str]:
    return {form: cc for adj, cc in _FR_ADJECTIVES.items() for form in _forms(adj)}


def foreign_nationals(para, doc_id: str, base) -> list[ActorMention]:
    """The mentions of ``para``'s people named by nationality and trade, as their country's civilians (the base's
    generic civilians of the country, else its foreign civilians); none for a country the base has no civilians of."""
    text = para.text
    found: list[tuple[int, int, str]] = []
    for m in (*_EN.finditer(text), *_PLURAL_EN.finditer(text)):
        words = m.group("adj").split()
        # "Two Italian aid workers", "Their Burkinabe driver": a capital that opens the sentence is no part of the name
        country = country_of_words(words) or (country_of_words(words[1:]) if len(words) == 2 else None)
        if country:
            start = m.start("adj") if m.re is _PLURAL_EN or country_of_words(words) else m.start("adj") + m.group("adj").index(words[1])
            found.append((start, m.end(), country))
    for m in _FR.finditer(text):
        country = _french().get(m.group("adj").lower())
        if country:
            found.append((m.start(), m.end(), country))
    out: list[ActorMention] = []
    for start, end, country in sorted(found):
        actor_id = base.generic_actor("civilians", country) or civilians_id(country)
        if base.get(actor_id) is None or any(o.span.char_start < end and start < o.span.char_end for o in out):
            continue
        out.append(ActorMention(span=para.span(doc_id, start, end), surface=text[start:end], actor_id=actor_id,
                                confidence=0.85, method="descriptive"))
    return out
