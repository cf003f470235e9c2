"""Synthetic benchmark corpora: real news paragraphs recombined into ~500-word articles, at bench time.

Paragraphs come from the bundled example articles (examples/mali) and, when the workplace provides
them, the dev sets under ../shared/dev (CASE 2021 snippets, GeoVirus and TR-News articles).  The
text is generated into a temporary directory for the run and never written into the project.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "mali"
SHARED_DEV = REPO.parent / "shared" / "dev"
OUTLETS = ["AFP", "Reuters", "Al Jazeera", "RFI", "Le Monde", "BBC", "AP", "Jeune Afrique", "Kyiv Post", "Moscow Times"]


def _paragraphs_of(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if len(p.split()) >= 12]


def paragraphs() -> list[str]:
    """Every usable paragraph (≥12 words) of the available real news texts."""
    paras: list[str] = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        paras += _paragraphs_of(path.read_text(encoding="utf-8"))
    tsv = SHARED_DEV / "case2021" / "task2_dev_half.tsv"
    if tsv.exists():
        for line in tsv.read_text(encoding="utf-8").splitlines()[1:]:
            parts = line.split("\t")
            if len(parts) >= 2 and len(parts[1].split()) >= 12:
                paras.append(parts[1].strip())
    for name in ("GeoVirus.xml", "TR-News.xml"):
        path = SHARED_DEV / "geoparsing" / name
        if path.exists():
            for node in ET.parse(path).getroot().iter("text"):
                paras += _paragraphs_of(node.text or "")
    return paras


def articles(n: int, words: int = 500, seed: int = 7, pool: list[str] | None = None):
    """``n`` distinct article dicts (JSONL records) of about ``words`` words each."""
    rng = random.Random(seed)
    pool = pool or paragraphs()
    base = dt.date(2024, 1, 1)
    for i in range(n):
        body, count = [], 0
        while count < words:
            p = rng.choice(pool)
            body.append(p)
            count += len(p.split())
        yield {
            "id": f"bench-{seed}-{i}",
            "title": " ".join(body[0].split()[:10]),
            "outlet": rng.choice(OUTLETS),
            "published": (base + dt.timedelta(days=rng.randrange(900))).isoformat(),
            "text": "\n\n".join(body),
        }


def write_jsonl(path: Path, n: int, words: int = 500, seed: int = 7, pool: list[str] | None = None) -> dict:
    """Write ``n`` articles as JSONL; returns counts (documents, words, characters)."""
    n_words = n_chars = 0
    with path.open("w", encoding="utf-8") as fh:
        for rec in articles(n, words, seed, pool):
            n_words += len(rec["text"].split())
            n_chars += len(rec["text"])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return {"documents": n, "words": n_words, "chars": n_chars}
