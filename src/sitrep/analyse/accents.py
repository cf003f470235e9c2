"""French typed without its accents ("ont ete tues", "armee malienne", "enleve pres de Segou"), as many local
sites and notes are: the French matchers are written with accents, so such text is read with them restored.

Each word of the text whose accent-folded form is that of exactly one accented word of the project's own French
vocabulary (``written_vocabulary``: the words of ``data/*_fr.tsv`` and of the analyser's patterns), and is not
itself a word of that vocabulary ("a", "la", "des" stay as written), takes that word's accents.  Only letters
change, never their number, so every character offset into the restored text is one into the original.
"""

from __future__ import annotations

import re
import unicodedata

from sitrep.analyse.written_vocabulary import accent_homographs, accented_spellings

_WORD = re.compile(r"[^\W\d_]+")


def fold_accents(text: str) -> str:
    """``text`` without its combining marks, one character for one ("é" → "e", "ç" → "c")."""
    return "".join(_fold_char(c) for c in text)


def _fold_char(c: str) -> str:
    if c.isascii():
        return c
    bare = "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))
    return bare if len(bare) == 1 else c


# "ont tue", "a ete enleve": a word that is French both with and without its accent ("tue" / "tué") is the past
# participle after an auxiliary; elsewhere it keeps its spelling ("a", "la", "des", "il tue")
PARTICIPLE = re.compile(r"(?:é|ée|és|ées)$")
_AUXILIARY = frozenset("a ont avait avaient aurait auraient avoir ayant est sont etait etaient ete été être etre "
                       "était étaient fut furent".split())


def restore_accents(text: str) -> str:
    """``text`` with the accents of its vocabulary words put back where they were left out; the same length."""
    table, homographs = accented_spellings(), accent_homographs()

    def restored(m: re.Match[str]) -> str:
        word = m.group()
        # names keep their spelling ("Cote d'Ivoire"): only words written all in one case are restored
        if not word.isascii() or not (word.islower() or word.isupper()):
            return word
        found = table.get(word.lower())
        if found is None or (word.lower() in homographs and not _after_auxiliary(text, m.start())):
            return word
        return "".join(a if a.lower() == b else (b.upper() if a.isupper() else b) for a, b in zip(word, found))

    return _WORD.sub(restored, text)


def _after_auxiliary(text: str, start: int) -> bool:
    before = _WORD.findall(text[max(0, start - 12):start])
    return bool(before) and before[-1].lower() in _AUXILIARY


def missing_accents(text: str) -> bool:
    """Whether ``text`` is typed without accents: none of its letters carries one (a text with some keeps its
    own spelling)."""
    return text.isascii()
