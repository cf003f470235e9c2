"""The labour-dispute training rows (``tools/gen_event_train_press.py``): each template told as often as the others of
its label, and all of them in the shipped training sentences.  A template drawn more often than its neighbours
weighs the words it shares with every killing ("police shot dead two … near …") over the strike that decides its
label, and pulls killings told with no strike towards force against a protest."""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import gen_event_train_press as press  # noqa: E402
from event_templates import sample_rows  # noqa: E402

LABOUR_SEED = 59 + 1  # the labour rows draw from their own random stream: the generator's seed plus one


def _template_of(sentence: str, templates: list[str]) -> str:
    """The template whose fixed words ``sentence`` follows."""
    for t in templates:
        fixed = [re.escape(part) for part in re.split(r"\{\w+\}", t)]
        if re.fullmatch("(?i)" + ".*?".join(fixed), sentence):
            return t
    raise AssertionError(f"no template for {sentence!r}")


def test_each_labour_template_is_drawn_as_often_as_the_others_of_its_label():
    rows = sample_rows(press.LABOUR, press.fill, random.Random(LABOUR_SEED), press.LABOUR_PER_LABEL)
    for label, templates in press.LABOUR.items():
        counts = Counter(_template_of(s, templates) for lab, s in rows if lab == label)
        assert set(counts) == set(templates), label
        assert len(set(counts.values())) == 1, (label, counts)


def test_the_labour_rows_are_in_the_shipped_training_sentences():
    shipped = (ROOT / "src" / "sitrep" / "analyse" / "data" / "event_train_en.tsv").read_text(encoding="utf-8")
    shipped_rows = {tuple(line.split("\t", 1)) for line in shipped.splitlines()[1:] if line.strip()}
    labour = sample_rows(press.LABOUR, press.fill, random.Random(LABOUR_SEED), press.LABOUR_PER_LABEL)
    assert labour and set(labour) <= shipped_rows
