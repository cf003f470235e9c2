"""How articles in legacy encodings, or UTF-8 with a stray byte, come through ingest's decoder.

Every text of the corpora (the wire articles, the CASE 2021 snippets, the TR-News articles) is
encoded in each legacy encoding that can hold it, and once as UTF-8 with one byte 0xFF inserted at
a random place; the decoder must give the text back (stray byte: the text with one U+FFFD).  Rows
are split even/odd so that one half can be looked at while changing the decoder and the other
reported untouched.  Uses only ``decode_bytes``, which every version of sitrep has:

    PYTHONPATH=src python bench/decoding.py [--dev ../shared/dev]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

LEGACY = ("cp1252", "latin-1", "iso8859-15", "mac_roman")


def texts(dev: Path) -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((dev / "wires" / "articles").glob("*.txt"))]
    csv.field_size_limit(10**7)
    with open(dev / "case2021" / "task2_dev_half.tsv", encoding="utf-8") as fh:
        out += [row[1] for row in csv.reader(fh, delimiter="\t") if len(row) > 1 and len(row[1]) > 80][1:]
    root = ET.parse(dev / "geoparsing" / "TR-News.xml").getroot()
    out += [el.text for el in root.iter("text") if el.text and len(el.text) > 80]
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dev", default=str(Path(__file__).resolve().parents[2] / "shared" / "dev"))
    args = parser.parse_args()
    from sitrep.errors import SitrepError
    from sitrep.ingest.decode import decode_bytes

    rng = random.Random(7)
    tally: dict[str, Counter] = {}
    for i, text in enumerate(texts(Path(args.dev))):
        half = "even" if i % 2 == 0 else "odd"
        cases = []
        for enc in LEGACY:
            try:
                data = text.encode(enc)
            except UnicodeEncodeError:
                continue
            if data != text.encode("utf-8"):  # only texts the encoding changes (not plain ASCII)
                cases.append((enc, data, text))
        raw = text.encode("utf-8")
        cut = rng.randrange(len(raw) + 1)
        while 0 < cut < len(raw) and (raw[cut] & 0xC0) == 0x80:  # not inside a character
            cut -= 1
        if any(b > 0x7F for b in raw):  # "almost UTF-8" needs some well-formed multi-byte characters
            cases.append(("utf-8 + stray byte", raw[:cut] + b"\xff" + raw[cut:],
                          raw[:cut].decode() + "\ufffd" + raw[cut:].decode()))
        for name, data, expected in cases:
            counts = tally.setdefault(f"{name} ({half})", Counter())
            counts["texts"] += 1
            try:
                got = decode_bytes(data, "bench")
            except SitrepError as exc:
                counts[f"refused {exc.code.value}"] += 1
                continue
            counts["kept"] += 1
            counts["exact"] += got == expected
    print("| encoding (rows) | texts | kept | exact text | refused |")
    print("|---|---|---|---|---|")
    for name in sorted(tally):
        c = tally[name]
        refused = ", ".join(f"{k.split()[1]} {v}" for k, v in sorted(c.items()) if k.startswith("refused")) or "0"
        print(f"| {name} | {c['texts']} | {c['kept']} | {c['exact']} | {refused} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
