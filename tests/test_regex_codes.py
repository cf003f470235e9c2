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


SET_BUILT = r"""
import json
from sitrep.analyse.claim_words import _unnamed_pattern, lexicon
from sitrep.fuse.counts import _number_pattern
from sitrep.ingest.outlets import wire_alternation
from sitrep.regex_codes import longest_first
print(json.dumps([longest_first({"mid", "late", "on", "of", "since", "until", "early"}),
                  _number_pattern().pattern, wire_alternation(),
                  _unnamed_pattern("en", lexicon("en")["unnamed"]).pattern]))
"""


def test_patterns_built_from_sets_are_the_same_text_in_every_process(tmp_path):
    """The stored programs are found by the pattern's text: an alternation of a set's words sorted by
    length alone would follow the hash seed among words of one length, and differ in every process."""
    texts = []
    for seed in ("1", "2", "3"):
        done = subprocess.run([sys.executable, "-c", SET_BUILT], capture_output=True, text=True, timeout=120,
                              env={"SITREP_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        texts.append(json.loads(done.stdout))
    assert texts[0] == texts[1] == texts[2]
    assert texts[0][0] == ["early", "since", "until", "late", "mid", "of", "on"]  # longest first, then alphabetical


MANY_THEN_ONE = r"""
import json, re, sys
from sitrep import regex_codes
regex_codes.install()
count = int(sys.argv[1])
for i in range(count):
    re.compile("(?:" + "|".join(f"w{i}x{j}" for j in range(40)) + r")\b")
re.compile(sys.argv[2])
regex_codes.save()
print(json.dumps({"new": len(regex_codes._state["new"]), "stored": len(regex_codes._state["stored"])}))
"""


def test_a_cheap_new_pattern_does_not_rewrite_a_large_store(tmp_path):
    def child(*args):
        done = subprocess.run([sys.executable, "-c", MANY_THEN_ONE, *args], capture_output=True, text=True,
                              timeout=120, env={"SITREP_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin"})
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    first = child("1500", "first")  # an empty store: everything new is stored
    assert first == {"new": 0, "stored": 1501}
    [path] = tmp_path.glob("regex-codes-*.artifact")
    before = path.read_bytes()
    second = child("1500", "a\\d")  # one tiny pattern more: compiling it costs less than the store's load
    assert second == {"new": 1, "stored": 1501}
    assert path.read_bytes() == before


def test_a_word_tree_matches_what_the_flat_alternation_longest_first_matches():
    """``word_trie`` writes an alternation as a tree of the words' shared beginnings: the same match at every place
    (the longest word that fits, and the shorter ones when what follows fails), whatever the order the set gives."""
    import re

    from sitrep.analyse.number_words import number_words
    from sitrep.regex_codes import longest_first, word_trie

    words = {"two", "twenty", "twenty-two", "twenty two", "a dozen", "dozens", "dozen", "quatre-vingt", "quatre-vingts",
             "quatre-vingt-dix", "dix", "dix-sept", *number_words("fr")}
    text = ("Twenty-two were killed, twenty two wounded, TWENTYfold twenty-twos; a dozen and dozens more, quatre-vingts "
            "morts, quatre-vingt-dix-sept blessés, dix-septième, quatre-vingt-dixaine, two")
    for context in (r"(?<![\w-])(?P<n>{})(?![\w-])", r"(?P<n>{})\s+(?:killed|wounded|morts|blessés|more)", r"(?P<n>{})"):
        flat = re.compile(context.format("|".join(map(re.escape, longest_first(words)))), re.IGNORECASE)
        tree = re.compile(context.format(word_trie(words)), re.IGNORECASE)
        assert [(m.span(), m["n"]) for m in tree.finditer(text)] == [(m.span(), m["n"]) for m in flat.finditer(text)]
        assert tree.search(text)
    assert word_trie(set(reversed(sorted(words)))) == word_trie(words)  # one text whatever the set's order
