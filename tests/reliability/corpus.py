"""Generated small news articles for the crash and load tests (distinct texts, plausible prose)."""

from __future__ import annotations

import random
from pathlib import Path

PLACES = ["Gao", "Kidal", "Menaka", "Timbuktu", "Ansongo", "Bourem", "Tessalit", "Aguelhok", "Anefis", "Ber",
          "Douentza", "Mopti", "Segou", "Niono", "Boni", "Hombori", "Lere", "Goundam", "Tinzaouaten", "Intahaka"]
ACTORS = ["the Malian army", "JNIM fighters", "Islamic State Sahel militants", "CSP-DPA rebels",
          "Wagner Group mercenaries", "Dozo hunters", "unidentified gunmen", "a local self-defence militia"]
VERBS = ["attacked", "ambushed a convoy near", "shelled positions in", "raided a market in", "clashed with troops in",
         "took control of", "withdrew from", "carried out a drone strike on"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SOURCES = ["a local official", "residents", "a security source", "the regional governor", "a humanitarian worker",
           "hospital staff", "the army's communications office", "a spokesman for the group"]


def article(i: int, seed: int = 0) -> str:
    """Article ``i``: three short paragraphs; the serial number keeps every text distinct."""
    r = random.Random(seed * 1_000_003 + i)
    place, place2 = r.sample(PLACES, 2)
    actor, actor2 = r.sample(ACTORS, 2)
    n = r.randint(1, 60)
    day = r.choice(DAYS)
    p1 = (f"{place.upper()}, Mali — {actor[0].upper() + actor[1:]} {r.choice(VERBS)} {place} on {day}, "
          f"killing {n} people, {r.choice(SOURCES)} said, in incident report number {i}.")
    p2 = (f"According to {r.choice(SOURCES)}, {actor2} later moved towards {place2}, where "
          f"{r.randint(2, 40)} families fled their homes. The toll could not be independently verified.")
    p3 = (f"The region around {place} has seen repeated violence since {r.randint(2012, 2024)}, "
          f"and {r.choice(SOURCES)} warned that humanitarian access remained limited (ref {seed}-{i}-{r.random():.6f}).")
    return f"{p1}\n\n{p2}\n\n{p3}\n"


def write_corpus(folder: Path, n: int, seed: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"article-{i:05d}.txt"
        p.write_text(article(i, seed), encoding="utf-8")
        paths.append(p)
    return paths
