"""What every training-sentence generator (``gen_event_*.py``) shares: filling a template's slots from
its vocabulary, drawing each label's rows, and writing the classifier's TSV.

The generators differ only in their templates, their vocabularies and how a filled sentence is tidied
(spaces, capitals); drawing stays in one random stream per generator, in the same order as before, so
a table whose sentences do not change regenerates byte for byte.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Callable

Filler = Callable[[str, random.Random], str]


def fill_slots(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    """``template`` with each ``{slot}`` replaced, left to right within a slot and slot by slot in the
    vocabulary's order, by a random value of that slot (each occurrence drawn anew)."""
    out = template
    for key, values in slots.items():
        token = "{" + key + "}"
        while token in out:
            out = out.replace(token, rng.choice(values), 1)
    return out


def capitalised(text: str) -> str:
    return text[0].upper() + text[1:]


def sample_rows(table: dict[str, list[str]], filler: Filler, rng: random.Random, per_label: int) -> list[tuple[str, str]]:
    """(label, sentence) rows: every template of a label at least twice, then random ones up to
    ``per_label`` distinct sentences."""
    rows: list[tuple[str, str]] = []
    for label, templates in table.items():
        seen: set[str] = set()
        order = templates * 2 + [rng.choice(templates) for _ in range(per_label * 3)]
        for t in order:
            if len(seen) >= max(per_label, 2 * len(templates)):
                break
            s = filler(t, rng)
            if s not in seen:
                seen.add(s)
                rows.append((label, s))
    return rows


def generate_rows(table: dict[str, list[str]], filler: Filler, seed: int, per_label: int) -> list[tuple[str, str]]:
    """``sample_rows`` of ``table`` from a fresh random stream seeded ``seed``."""
    return sample_rows(table, filler, random.Random(seed), per_label)


def write_rows(rows: list[tuple[str, str]], out: Path) -> None:
    """Write (label, text) rows as the classifier's training TSV (every language's generator)."""
    with out.open("w", encoding="utf-8") as f:
        f.write("label\ttext\n")
        for label, text in rows:
            f.write(f"{label}\t{text}\n")
    print(f"wrote {len(rows)} rows to {out}")
