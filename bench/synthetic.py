"""Synthetic fused events for query benchmarks: plausible ACLED-coded events over the Sahel."""

from __future__ import annotations

import datetime as dt
import random

from sitrep.model import DateInterval, Event, Precision, Report

TYPES = [
    ("Battles", "Armed clash"), ("Battles", "Government regains territory"),
    ("Battles", "Non-state actor overtakes territory"), ("Violence against civilians", "Attack"),
    ("Explosions/Remote violence", "Air/drone strike"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Strategic developments", "Agreement"), ("Protests", "Peaceful protest"),
]
ACTORS = ["fama", "jnim", "isgs", "fla", "csp-dpa", "africa-corps", "wagner", "cma", "civilians-mali", "dozo"]
PLACES = [  # (place_id, name, admin1, lat, lon)
    ("gn:2455290", "Kidal", "Kidal", 18.44, 1.41), ("gn:2457163", "Gao", "Gao", 16.27, -0.04),
    ("gn:2449067", "Timbuktu", "Tombouctou", 16.77, -3.01), ("gn:2460596", "Bamako", "Bamako", 12.65, -8.0),
    ("gn:2453348", "Mopti", "Mopti", 14.48, -4.18), ("gn:2451185", "Sevare", "Mopti", 14.53, -4.1),
    ("gn:2454530", "Menaka", "Menaka", 15.92, 2.4), ("gn:2457161", "Tessalit", "Kidal", 20.2, 1.01),
    ("gn:2454268", "Niono", "Segou", 14.25, -5.99), ("gn:2451478", "Segou", "Segou", 13.43, -6.26),
]


def events(n: int, seed: int = 1, start: dt.date = dt.date(2012, 1, 1), days: int = 5000):
    rng = random.Random(seed)
    for i in range(n):
        et, sub = rng.choice(TYPES)
        pid, name, admin1, lat, lon = rng.choice(PLACES)
        day = start + dt.timedelta(days=rng.randrange(days))
        low = rng.choice([None, None, 0, 1, 2, 5, 12, 30])
        doc = f"{rng.getrandbits(64):016x}"
        a1, a2 = rng.sample(ACTORS, 2)
        yield Event(
            event_id=f"syn{i:08d}", event_type=et, sub_event_type=sub, actor1=a1, actor2=a2 if rng.random() < .8 else None,
            country="ML", admin1=admin1, location=name, place_id=pid,
            latitude=lat + rng.uniform(-0.3, 0.3), longitude=lon + rng.uniform(-0.3, 0.3), geo_precision=1,
            date=DateInterval(earliest=day, latest=day, precision=Precision.day),
            fatalities_low=low, fatalities_best=low, fatalities_high=low, disputed=rng.random() < 0.05,
            source_count=1,
            reports=[Report(mention_id=f"{doc}:0", doc_id=doc, outlet="AFP", char_start=0, char_end=40,
                            quote="synthetic report of a synthetic event..")],
        )
