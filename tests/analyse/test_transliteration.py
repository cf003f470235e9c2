"""The transliteration key (``sitrep.analyse.transliteration``) on invented spelling pairs: two
spellings of one invented name fold to one loose key, and names that differ by a consonant stay apart.

The pairs are made up for this test (no gazetteer, no dump): each changes one spelling habit the key
claims to absorb, so a fold that stops working fails its own pair."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from sitrep.analyse.place_spellings import loose_key as reexported
from sitrep.analyse.transliteration import SIGNATURE, loose_key, loose_keys
from sitrep.knowledge.names import place_key


def _key(name: str) -> str:
    return loose_key(place_key(name))


@pytest.mark.parametrize("a, b", [
    ("Tacoubali", "Takoubali"),        # hard c written c or k
    ("Corombaga", "Korombaga"),
    ("Machiré", "Mashire"),            # French "ch", English "sh"
    ("Tchérikoro", "Tyerikoro"),       # "tch" / "ty"
    ("Khoundiéla", "Koundiela"),       # Arabic kh
    ("Sabouldagha", "Sabouldaga"),     # -gha / -ga
    ("Guéssibara", "Gessibara"),       # French gu before e
    ("Diamborgou", "Dyamborgou"),      # di / dy before a vowel
    ("Djanwéli", "Janweli"),           # dj / j
    ("Ouidikala", "Widikala"),         # ou / w
    ("Tinbissou", "Timbisou"),         # nb / mb, doubled s
    ("Sélingué-Peulh", "Selingue Peulh"),  # accents, hyphen and space
    ("Phalasso", "Falasso"),           # ph / f
    ("Kirkoyé", "Kirkoye"),
    ("Kobiliga", "Kobiriga"),          # r / l, one sound in Gur and Fula names
    ("Sanrouéla", "Sanlwera"),
])
def test_two_spellings_of_one_name_share_the_loose_key(a, b):
    assert _key(a) == _key(b)


@pytest.mark.parametrize("a, b", [
    ("Takoubali", "Takoumali"),   # another consonant: another village
    ("Sabouldaga", "Saboultaga"),
    ("Koundiela", "Moundiela"),
    ("Gessibara", "Kessibara"),   # g and k stay apart
])
def test_a_changed_consonant_changes_the_key(a, b):
    assert _key(a) != _key(b)


def test_a_vowel_off_is_near_but_not_equal():
    # one vowel apart after folding: alike enough for the local search (ratio 80 or more), not one key
    a, b = _key("Bandiagoré"), _key("Bandiagaré")
    assert a != b and fuzz.ratio(a, b) >= 80


def test_the_key_is_the_one_place_spellings_uses_and_its_folds_are_named():
    assert reexported is loose_key
    assert "ph>f" in SIGNATURE and "kh>k" in SIGNATURE
    keys = [place_key(n) for n in ("Tacoubali", "Mashire", "Guéssibara", "Khoundiéla", "", "ck")]
    assert loose_keys(keys) == [loose_key(k) for k in keys]
