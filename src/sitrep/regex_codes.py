"""Compiled regular expressions kept from one ``sitrep`` process to the next.

A command compiles a few hundred patterns before its first article is analysed (the fatality
patterns alone are tens of kilobytes of alternations of number words; spaCy's tokenizer adds its
prefix, suffix and infix patterns): ~0.45 s of the ~2.6 s of CPU a one-article ingest takes, all in
``re``'s parser and code generator, which are pure Python.  What they produce for a pattern is a list
of integers (the ``_sre`` engine's program) and the group tables; ``_sre.compile`` turns those into the
pattern object in microseconds.  ``install`` keeps them in an artifact named by the Python build (the
program's format is the interpreter's) and hands ``re`` the stored program for a pattern it has met
before: the same program, so the same pattern object and the same matches.  Patterns not met before
are compiled by ``re`` itself and added at ``save`` (when that pays: see there).

Only ``str`` and ``bytes`` patterns without ``re.DEBUG`` are kept; anything ``re`` raises for (a
malformed pattern) is never stored and is raised again as ``re`` raises it.  Without a usable cache
directory, or on an interpreter whose ``re`` internals may differ (another version than those whose
``re._compiler.compile`` was read), nothing is installed.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from array import array
from collections.abc import Iterable

from sitrep import artifacts

log = logging.getLogger(__name__)

_KIND = "regex-codes"
# past either, only the patterns this process met are kept: patterns built from a text's words would pile up
_MAX_ENTRIES = 5_000
_MAX_BYTES = 16 << 20
_VERSIONS = ((3, 11), (3, 12))
_state: dict = {}


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` in the order an alternation of them wants: longest first (a word is tried before a
    shorter one it begins with), alphabetical among words of one length.

    Sorting a set by length alone leaves words of one length in the set's order, which the hash seed
    changes in every process: the pattern's text then differs from one process to the next, so the
    program ``install`` stored for it is never found again (a one-article ingest compiled 13 KB of
    number words and rewrote the whole store each time).  The matches are the same in either order:
    two escaped words of one length match at the same place only when they are the same word (or,
    without case, the same letters), and then they match the same span."""
    return sorted(words, key=lambda w: (-len(w), w))


def word_trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` that matches what ``"|".join(map(re.escape, longest_first(words)))`` matches, in the
    same order, written as a tree of their shared beginnings ("quatre-vingt(?:-dix|s)?"…).

    ``re`` tries the branches of a flat alternation one by one at every place it scans: 800 number words were 800
    tries at each word of a text.  In the tree a place costs one try per letter it shares with some word.  The
    matches are the same: the words that match at one place begin one another, and the tree tries the longer first
    (each word's end is an optional group's empty branch, tried after the longer words through it), as
    ``longest_first`` does; branches part on distinct letters, so two of them match at one place only when their
    letters are the same without case, which the words of one alternation are not."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        parts = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        if "" in node:
            return "(?:" + "|".join(parts) + ")?"
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return branch(trie)


def _key() -> str:
    import _sre

    return artifacts.digest(["1", sys.version, str(_sre.MAGIC), str(_sre.CODESIZE)])


def install() -> None:
    """Route ``re``'s compilation through the stored programs (once per process)."""
    if _state:
        return
    try:
        import _sre
        import re._compiler as compiler
        from re._compiler import _code
        from re._parser import parse
    except ImportError:  # another interpreter's ``re``
        _state["off"] = True
        return
    # ``compile`` below repeats ``re._compiler.compile`` of these versions step for step
    if sys.version_info[:2] not in _VERSIONS or array("I").itemsize != _sre.CODESIZE \
            or compiler.compile.__module__ != "re._compiler":
        _state["off"] = True
        return
    started = time.perf_counter()
    stored = artifacts.load(_KIND, _key()) or {}
    loaded = time.perf_counter() - started if stored else 0.0  # no store (or a corrupt one): one is written
    _state.update(stored=stored, used=set(), new={}, original=compiler.compile, load_seconds=loaded,
                  compile_seconds=0.0)

    def compile(p, flags=0):
        if not isinstance(p, (str, bytes)) or flags & compiler.SRE_FLAG_DEBUG:
            return _state["original"](p, flags)
        key = (type(p).__name__, p, flags)
        entry = _state["stored"].get(key) or _state["new"].get(key)
        if entry is None:
            started = time.perf_counter()
            parsed = parse(p, flags)  # as re._compiler.compile does, keeping what it builds
            code = _code(parsed, flags)
            groupindex = parsed.state.groupdict
            indexgroup = [None] * parsed.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            entry = (flags | parsed.state.flags, array("I", code).tobytes(), parsed.state.groups - 1,
                     dict(groupindex), tuple(indexgroup))
            _state["new"][key] = entry
            _state["compile_seconds"] += time.perf_counter() - started
        else:
            _state["used"].add(key)
        final_flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(p, final_flags, array("I", code).tolist(), groups, dict(groupindex), indexgroup)

    compiler.compile = compile


def save() -> None:
    """Store the programs of the patterns first met in this process, when that pays: a no-op when
    there are none, or when compiling them again costs less than the store took to load (which is
    what rewriting it costs, and more).  A pattern whose text changes from one process to the next
    (the standard library's tokenizer builds one from a set, at each ``inspect.signature`` of a
    builtin) would otherwise have the whole store rewritten at the end of every command."""
    new = _state.get("new")
    if not new or _state["compile_seconds"] < _state["load_seconds"]:
        return
    stored = _state["stored"]
    merged = {**stored, **new}
    if len(merged) > _MAX_ENTRIES or sum(len(k[1]) + len(v[1]) for k, v in merged.items()) > _MAX_BYTES:
        merged = {k: v for k, v in merged.items() if k in new or k in _state["used"]}
    if artifacts.save(_KIND, _key(), merged) is not None:
        _state["stored"] = merged
        _state["used"].update(new)
        _state["new"] = {}
