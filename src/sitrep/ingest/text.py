"""Small text helpers shared by the ingest modules: lines with offsets, words, headline shape."""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
TERMINAL = tuple(".!?…:;\"”’»)'")
# words a headline never ends with but a hard-wrapped line often does
DANGLING = frozenset("the a an of on in to and or for with at by from as that its their his her is was were has had".split())

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
    """Non-blank lines with their exact offsets in ``text`` (leading/trailing spaces trimmed).

    Hard-wrapped prose is rejoined: a line directly followed by one that starts in lower case
    ("... in the\nnorth of the country") continues the same paragraph, so the unit spans both
    (the range still points at the verbatim text, newline included).
    """
    raw_lines: list[Line] = []
    for m in re.finditer(r"[^\r\n]+", text):
        raw = m.group(0)
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = m.start() + lead
        raw_lines.append(Line(start, start + len(stripped), stripped))
    lines: list[Line] = []
    for ln in raw_lines:
        if lines and _continues(text, lines[-1], ln):
            prev = lines[-1]
            lines[-1] = Line(prev.start, ln.end, text[prev.start : ln.end])
        else:
            lines.append(ln)
    return lines


def _continues(text: str, prev: Line, ln: Line) -> bool:
    """``ln`` wraps ``prev``: no blank line between them and ``ln`` starts with a lower-case letter."""
    gap = text[prev.end : ln.start]
    if gap.count("\n") > 1 or prev.text.rstrip().endswith((".", "!", "?", "”", '"', ":")):
        return False
    if len(WORD.findall(prev.text)) < 6 or re.match(r"^(?:https?:|www\.|\S+\.[a-z]{2,}\S*$)", ln.text):
        return False  # short header lines, and a domain or URL line under a name, stay apart
    first = ln.text[0]
    if first.isalpha() and first.islower():
        return True
    last = WORD.findall(prev.text[-30:])
    return len(WORD.findall(prev.text)) >= 8 and bool(last) and last[-1].lower() in DANGLING


def line_key(s: str) -> str:
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
    # a hard-wrapped line ends on a dangling word; a headline may end on a figure after one ("rises to 24")
    if not words or len(words) > max_words or (len(words) > 2 and s.split()[-1].lower() in DANGLING):
        return False
    first = s[0]
    return first.isupper() or first.isdigit() or first in "“\"'‘«"


def is_prose(s: str) -> bool:
    """A body paragraph: a long line, or a sentence of several words with final punctuation."""
    words = WORD.findall(s)
    if len(words) >= 26:
        return True
    return len(words) >= 8 and s.rstrip().endswith(TERMINAL)
