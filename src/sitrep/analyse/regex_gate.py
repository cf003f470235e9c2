"""Literal gates for regular expressions: skip a ``search`` that cannot match.

Python's ``re`` has no multi-literal prefilter: a cue such as ``\\bair ?strikes?\\b|\\bwarplanes?\\b|…``
is retried at every position of every sentence, and the events stage runs some forty of them on
each sentence.  ``needles(pattern)`` reads the parsed pattern and returns lower-case strings one of
which every match must contain ("air", "warplane", …); ``fold_for_gate(text)`` puts a text in the same case,
so that ``any(n in fold_for_gate(text) for n in needles)`` is False only when the pattern cannot match
(substring tests run in C, far faster than the regex retries).  Only ASCII characters go into
needles, and ``fold_for_gate`` maps every character that ``re.IGNORECASE`` equates with an ASCII one (the
Kelvin sign, dotless i, long s, …) to that ASCII character: the gate never rejects a text the
pattern would match, so results are unchanged.
"""

from __future__ import annotations

import array
import re
import sys
from functools import lru_cache
from itertools import chain
from pathlib import Path

try:  # Python ≥ 3.11
    from re import _constants as sre_constants, _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

# a gate needs needles at least this long to reject much; shorter ones make it "always search"
MIN_NEEDLE = 3
# needles are cut to this length: long enough to be rare, short enough for alternatives to share one
MAX_NEEDLE = 7
# expansions of alternations/classes beyond this many strings are not worth it
MAX_NEEDLES = 64

_C = sre_constants
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT) + ((_C.POSSESSIVE_REPEAT,) if hasattr(_C, "POSSESSIVE_REPEAT") else ())


def needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings, one of which (after ``fold_for_gate``) is inside every text the pattern matches;
    None when no useful set can be proven (then always run the pattern)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None  # verbose patterns parse fine, but keep the proof simple
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # an internal parser change: no gate, same results
        return None
    found = _necessary(list(parsed))
    if not found or min(map(len, found)) < MIN_NEEDLE:
        return None
    return frozenset(_fewest(found))


def stored_needles(kind: str, patterns: list[re.Pattern[str]]) -> tuple[frozenset[str] | None, ...]:
    """``needles`` of each pattern, from an artifact: finding them parses every pattern again, tens of
    milliseconds of each start for a stage's rules.  Keyed by the patterns, this module's code and the
    Python version (whose regex parser reads them)."""
    from sitrep import artifacts

    key = artifacts.digest([Path(__file__).read_bytes(), sys.version,
                            *(f"{p.flags}\t{p.pattern}" for p in patterns)])
    return artifacts.cached(kind, key, lambda: tuple(needles(p) for p in patterns))


def _fewest(found: set[str]) -> set[str]:
    """Fewer, shorter needles with the same guarantee: each cut to ``MAX_NEEDLE`` characters and
    dropped when it contains another (a text containing "liberated" contains "liberat"): testing
    four needles instead of thirty is what makes the gate cheaper than the search."""
    cut = {n[:MAX_NEEDLE] for n in found}
    return {n for n in cut if not any(m != n and m in n for m in cut)}


def may_match(gate: frozenset[str] | None, folded: str) -> bool:
    """False only when a pattern whose ``needles`` are ``gate`` cannot match a text whose ``fold_for_gate``
    is ``folded`` (no needle in it); a pattern without needles (``None``) may always match."""
    return gate is None or any(map(folded.__contains__, gate))


def fold_for_gate(text: str) -> str:
    """``text`` lower-cased, with each non-ASCII character that ``re.IGNORECASE`` matches to an
    ASCII letter replaced by that letter (so that ASCII needles are found wherever ``re`` would
    match them)."""
    if text.isascii():
        return text.lower()
    return text.translate(_ascii_equivalents()).lower()


@lru_cache(maxsize=1)
def _ascii_equivalents() -> dict[int, str]:
    """code point → ASCII lower-case letter, for every non-ASCII character ``re.IGNORECASE``
    matches to an ASCII letter.  Asking ``re`` over all code points takes a quarter of a second, so
    the answer (a handful of characters) is an artifact keyed by this code and the Python version
    (whose ``re`` and Unicode tables decide it)."""
    from sitrep import artifacts

    key = artifacts.digest([Path(__file__).read_bytes(), sys.version])
    return artifacts.cached("regex-ascii-equivalents", key, _ask_re_for_ascii_equivalents)


def _ask_re_for_ascii_equivalents() -> dict[int, str]:
    codes = array.array("I", chain(range(128, 0xD800), range(0xE000, 0x110000)))
    if codes.itemsize == 4:  # decoding one buffer is several times faster than joining a million chr()
        rest = codes.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")
        rest += "".join(map(chr, range(0xD800, 0xE000)))  # lone surrogates do not decode
    else:
        rest = "".join(map(chr, range(128, 0x110000)))
    out: dict[int, str] = {}
    for ch in set(re.findall(r"[a-z]", rest, re.IGNORECASE)):
        letter = next(a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(a, ch, re.IGNORECASE))
        out[ord(ch)] = letter
    return out


def _ascii(code: int) -> bool:
    return code < 128


def _class_chars(items) -> list[str] | None:
    """The characters of a class made only of ASCII literals (``[mM]``), else None."""
    chars = []
    for op, av in items:
        if op is not _C.LITERAL or not _ascii(av):
            return None
        chars.append(chr(av).lower())
    return sorted(set(chars))


def _expand(items) -> set[str] | None:
    """Every string the sequence can match when it is made only of literals (classes of literals,
    alternations of such, groups, zero-width anchors), lower-cased; None otherwise."""
    out = {""}
    for op, av in items:
        if op is _C.AT:
            continue
        if op is _C.LITERAL and _ascii(av):
            part = {chr(av).lower()}
        elif op is _C.IN:
            chars = _class_chars(av)
            if chars is None:
                return None
            part = set(chars)
        elif op is _C.BRANCH:
            part = set()
            for branch in av[1]:
                sub = _expand(list(branch))
                if sub is None:
                    return None
                part |= sub
        elif op is _C.SUBPATTERN:
            part = _expand(list(av[-1]))
            if part is None:
                return None
        else:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > MAX_NEEDLES:
            return None
    return out


def _necessary(items) -> set[str] | None:
    """A set of strings one of which every match of the sequence contains: the most selective of
    the literal runs it must match (contiguous literals, possibly across zero-width anchors) and
    of the sets its required parts give (lookaheads, groups, alternations, repeats of at least one)."""
    candidates: list[set[str]] = []
    run = {""}

    def close() -> None:
        nonlocal run
        if run != {""}:
            candidates.append(run)
        run = {""}

    for op, av in items:
        if op is _C.AT:
            continue  # zero-width: the characters on both sides stay contiguous
        part = _expand([(op, av)]) if op in (_C.LITERAL, _C.IN, _C.BRANCH, _C.SUBPATTERN) else None
        if part is not None and len(run) * len(part) <= MAX_NEEDLES:
            run = {a + b for a in run for b in part}
            continue
        close()
        sub: set[str] | None = None
        if op is _C.BRANCH:
            branches = [_necessary(list(b)) for b in av[1]]
            if all(branches):
                sub = set().union(*branches)
        elif op is _C.SUBPATTERN:
            sub = _necessary(list(av[-1]))
        elif op is _C.ASSERT:  # a lookaround that must hold: the text contains its content
            sub = _necessary(list(av[1]))
        elif op in _REPEATS and av[0] >= 1:
            sub = _necessary(list(av[2]))
        if sub:
            candidates.append(sub)
    close()
    candidates = [c for c in candidates if c and len(c) <= MAX_NEEDLES and "" not in c]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))
