"""Country adjectives (demonyms): "Spanish", "Burkinabe", "Filipino" → the country they name, and back.

One table serves every reader: the outlet labels ("Russian state media"), the capitals named by role
("the Nigerien capital") and the armies named by their country ("the Spanish Army" is Spain's, not a
movement's).  Adjectives regularly built on the country's name ("Nigerian", "Sudanese") need no entry
for the army names, which also try the country's name itself; they are listed where a reader needs
the country code back.
"""

from __future__ import annotations

from functools import lru_cache

from sitrep.knowledge.names import alias_key

# country code → its adjectives as English news writes them, the form shown in labels first
_FORMS: dict[str, tuple[str, ...]] = {
    "RU": ("Russian",), "FR": ("French",), "US": ("US", "American", "U.S."), "GB": ("British", "UK"),
    "CN": ("Chinese",), "TR": ("Turkish",), "BY": ("Belarusian",), "ML": ("Malian",),
    "BF": ("Burkinabe", "Burkinabè", "Burkinabé"), "NE": ("Nigerien",), "UA": ("Ukrainian",), "QA": ("Qatari",),
    "DE": ("German",), "ES": ("Spanish",), "IT": ("Italian",), "SN": ("Senegalese",), "CA": ("Canadian",),
    "NL": ("Dutch",), "LV": ("Latvian",), "CH": ("Swiss",), "BE": ("Belgian",), "CG": ("Congolese",),
    "AE": ("Emirati",), "DZ": ("Algerian",), "MR": ("Mauritanian",), "TD": ("Chadian",), "NG": ("Nigerian",),
    "MA": ("Moroccan",), "CI": ("Ivorian",),
    # adjectives the country's name does not spell out
    "AF": ("Afghan",), "TH": ("Thai",), "PH": ("Filipino", "Philippine"), "IE": ("Irish",), "GR": ("Greek",),
    "SA": ("Saudi",), "MG": ("Malagasy",), "BD": ("Bangladeshi",), "IL": ("Israeli",), "YE": ("Yemeni",),
    "IQ": ("Iraqi",), "KW": ("Kuwaiti",), "OM": ("Omani",), "SO": ("Somali",), "KR": ("South Korean", "Korean"),
    "KP": ("North Korean",), "MM": ("Burmese", "Myanmar"), "SD": ("Sudanese",), "SS": ("South Sudanese",),
    "PT": ("Portuguese",), "DK": ("Danish",), "SE": ("Swedish",), "FI": ("Finnish",), "NO": ("Norwegian",),
    "PL": ("Polish",), "PK": ("Pakistani",), "LB": ("Lebanese",), "JP": ("Japanese",), "VN": ("Vietnamese",),
    "NZ": ("New Zealand",), "GN": ("Guinean",), "GH": ("Ghanaian",), "TG": ("Togolese",),
    "BJ": ("Beninese",), "CM": ("Cameroonian",), "LY": ("Libyan",), "TN": ("Tunisian",), "EG": ("Egyptian",),
    "ET": ("Ethiopian",), "KE": ("Kenyan",), "UG": ("Ugandan",), "RW": ("Rwandan",), "IN": ("Indian",),
    "IR": ("Iranian",), "SY": ("Syrian",), "JO": ("Jordanian",), "ID": ("Indonesian",), "MX": ("Mexican",),
    "CO": ("Colombian",), "BR": ("Brazilian",), "AR": ("Argentine", "Argentinian"), "LK": ("Sri Lankan",),
    "NP": ("Nepalese", "Nepali"), "MZ": ("Mozambican",), "CF": ("Central African",), "GM": ("Gambian",),
    "SL": ("Sierra Leonean",), "LR": ("Liberian",), "GW": ("Bissau-Guinean",), "AU": ("Australian",),
    "CZ": ("Czech",), "EE": ("Estonian",), "LT": ("Lithuanian",), "RO": ("Romanian",), "HU": ("Hungarian",),
    "AT": ("Austrian",), "SK": ("Slovak",), "HR": ("Croatian",), "RS": ("Serbian",), "KZ": ("Kazakh",),
    "UZ": ("Uzbek",), "TJ": ("Tajik",), "AZ": ("Azerbaijani",), "AM": ("Armenian",), "GE": ("Georgian",),
}

# what a country's state media is called ("Russian state media"); other countries show their code
DEMONYMS: dict[str, str] = {cc: forms[0] for cc, forms in _FORMS.items()}


def demonym(country: str | None) -> str:
    """The adjective labels use for ``country`` (its code when the table has none)."""
    return DEMONYMS.get((country or "").upper(), country or "")


@lru_cache(maxsize=1)
def _by_form() -> dict[str, str]:
    """Folded adjective → country code; an adjective two countries share ("Congolese") names neither."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for cc, forms in _FORMS.items():
        for form in forms:
            key = alias_key(form)
            if key in out and out[key] != cc:
                shared.add(key)
            out.setdefault(key, cc)
    return {k: v for k, v in out.items() if k not in shared}


def country_of_demonym(phrase: str) -> str | None:
    """The country code a listed adjective names ("Spanish" → ES, "U.S." → US); None for an unlisted one
    or one two countries share."""
    return _by_form().get(alias_key(phrase))


def country_qualifiers(country: str, name: str | None) -> tuple[str, ...]:
    """The words that put a phrase in ``country`` in English: its name's possessive and its adjectives ("Mali's",
    "Malian"; "Burkina Faso's", "Burkinabe").  ``name`` is the country's name as the caller knows it (the world
    gazetteer is not loaded for it: read-only commands that index the actor base must stay light)."""
    return ((f"{name}'s",) if name else ()) + _FORMS.get(country.upper(), ())
