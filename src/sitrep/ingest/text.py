"""Small text helpers shared by the ingest modules: lines with offsets, words, headline shape."""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
TERMINAL = tuple(".!?…:;\"”’»)")

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being has have had
    do does did not no nor so than that this these those it its it's he she they them their his her we our you
    your i me my who whom which what when where why how all any both each few more most other some such only own
    same too very can will just should would could may might must shall also into over under about after before
    between through during again further then once here there out up down off said says say told tell new one two
    le la les de des du un une et en au aux pour par sur dans est sont que qui ne pas""".split()
)


@dataclass(frozen=True)
class Line:
    """One non-blank line of the text: the unit that cleaning keeps or drops."""

    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str  # the stripped line

    @property
    def words(self) -> list[str]:
        return WORD.findall(self.text)


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their exact offsets in ``text`` (leading/trailing spaces trimmed)."""
    lines: list[Line] = []
    for m in re.finditer(r"[^\r\n]+", text):
        raw = m.group(0)
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = m.start() + lead
        lines.append(Line(start, start + len(stripped), stripped))
    return lines


def fold(s: str) -> str:
    """Case- and punctuation-insensitive key used to compare a line with the title."""
    return " ".join(w.lower().replace("’", "'") for w in WORD.findall(s))


def content_words(s: str) -> set[str]:
    """Lower-cased words of four letters or more that are not stop words (topic vocabulary)."""
    out = set()
    for w in WORD.findall(s):
        w = w.lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) >= 4 and w not in STOPWORDS:
            out.add(w)
    return out


def is_headline_like(s: str, max_words: int = 25) -> bool:
    """Short, starts with a capital or digit, no sentence-final punctuation: a title or section head."""
    s = s.strip().strip("*#_ ").strip()
    if not s or s.endswith(TERMINAL):
        return False
    words = WORD.findall(s)
    if not words or len(words) > max_words:
        return False
    first = s[0]
    return first.isupper() or first.isdigit() or first in "“\"'‘«"


def is_prose(s: str) -> bool:
    """A body paragraph: a long line, or a sentence of several words with final punctuation."""
    words = WORD.findall(s)
    if len(words) >= 26:
        return True
    return len(words) >= 8 and s.rstrip().endswith(TERMINAL)
