"""Compiled regular expressions kept between processes: a pattern compiled from the stored program
matches as the one ``re`` compiles, the store is filled by one process and read by the next, and a
malformed pattern still raises.  Each process is a child, so that this test process's ``re`` is left
as it is."""

from __future__ import annotations

import json
import subprocess
import sys

CHILD = r"""
import json, re, sys
from sitrep import regex_codes
if sys.argv[1] == "install":
    regex_codes.install()
PATTERNS = [
    (r"(?<![\w-])(?P<num>\d{1,3}(?:,\d{3})+|\d+|twenty(?:[- ]one)?)\s+(?P<who>soldiers?|civilians?)\b", re.I),
    (r"^(?:(?=.*\b(?:protest|rally))(?=.*\btear ?gas\b)).*$", re.M | re.S),
    (r"(?i:gao)\s*[—–-]\s*(?-i:Kidal)|\bMénaka\b", 0),
    (r"(\w+)\s+\1", 0),
    (rb"\x00(?P<b>[\x80-\xff]+)", 0),
    (r"[^\W\d_]+(?=\s*:)", re.A),
]
TEXTS = ["Twenty one soldiers and 1,200 civilians died near Gao — Kidal;\nthe rally met tear gas",
         "GAO-Kidal the the Ménaka  ménaka", "Headline: text 12,000 soldiers"]
out = []
for source, flags in PATTERNS:
    p = re.compile(source, flags)
    texts = [t.encode("utf-8") for t in TEXTS] if isinstance(source, bytes) else TEXTS
    out.append([p.flags, p.groups, dict(p.groupindex),
                [[(m.span(), m.groups()) for m in p.finditer(t)] for t in texts],
                [repr(p.sub(lambda m: "<>", t)) for t in texts]])
try:
    re.compile(r"(?P<x>a)(?P<x>b)")
    out.append("compiled")
except re.error as exc:
    out.append(str(exc))
regex_codes.save()
state = regex_codes._state
print(json.dumps({"results": out, "new": len(state.get("new", {})), "used": len(state.get("used", ())),
                  "stored": len(state.get("stored", {}))}))
"""


def _child(mode: str, cache) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True, timeout=120,
                          env={"SITREP_CACHE": str(cache), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_stored_programs_match_as_re_compiles_them(tmp_path):
    plain = _child("plain", tmp_path)
    first = _child("install", tmp_path)  # compiles, then stores the programs
    second = _child("install", tmp_path)  # reads them
    assert first["results"] == plain["results"] == second["results"]
    assert plain["stored"] == 0 and first["stored"] >= 6
    assert second["used"] >= 6 and second["new"] == 0  # every pattern of the second process came from the store
    assert "redefinition of group name" in second["results"][-1]
    assert any(spans for spans in plain["results"][0][3])  # the patterns did match something


def test_a_corrupt_store_is_compiled_again(tmp_path):
    _child("install", tmp_path)
    for path in tmp_path.glob("regex-codes-*.artifact"):
        path.write_bytes(path.read_bytes()[:-20])
    again = _child("install", tmp_path)
    assert again["results"] == _child("plain", tmp_path)["results"]
    assert again["stored"] >= 6  # rebuilt and stored afresh
