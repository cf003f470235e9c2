"""The gazetteer's fuzzy fallback scans only the keys whose letter counts let them reach the cutoff:
the same near keys, in the same order, as a scan of every key of the country."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from sitrep.knowledge.gazetteer import Gazetteer
from sitrep.knowledge.names import place_key

ROOT = Path(__file__).resolve().parents[2]


def _keys() -> list[str]:
    words: set[str] = set()
    for p in sorted((ROOT / "tests" / "data").rglob("*.txt")):
        words |= set(re.findall(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", p.read_text(encoding="utf-8")))
    keys = sorted({k for k in map(place_key, words) if len(k) >= 2})
    rng = random.Random(5)
    base = list(keys)
    # near spellings: a letter changed, dropped, or two added
    keys += [k[:i] + "x" + k[i + 1 :] for k in base for i in [rng.randrange(len(k))]]
    keys += [k[:-1] for k in base] + [k + k[-1] + "a" for k in base]
    return sorted(set(keys))


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    gaz.by_country_keys = {"ML": tuple(_keys()), "NE": ()}
    return gaz


@pytest.mark.parametrize("cutoff", [88.0, 70.0, 50.0])
def test_near_keys_equal_a_scan_of_every_key(gazetteer, cutoff):
    every = gazetteer.by_country_keys["ML"]
    rng = random.Random(9)
    queries = rng.sample(every, min(150, len(every))) + [k[::-1] for k in every[:30]] + ["a" * 200, "kidalkidal", "tinzawaten"]
    assert len(every) > 300
    found_some = 0
    for key in queries:
        expected = [(m, s) for m, s, _ in process.extract(key, every, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5)]
        assert gazetteer._fuzzy_keys(key, "ML", cutoff) == expected, key
        found_some += bool(expected)
    assert found_some > 100
    # the prefilter is what makes it cheap: far fewer keys than the country's are scanned
    assert len(gazetteer._reachable_keys("ML", "tinzawaten", 88.0)) < len(every) / 10


def test_no_keys_no_matches(gazetteer):
    assert gazetteer._fuzzy_keys("kidalkidal", "NE", 88.0) == []
    assert gazetteer._fuzzy_keys("kidalkidal", "ZZ", 88.0) == []
