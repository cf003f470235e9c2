"""French typed without its accents ("ont ete tues", "armee malienne", "enleve pres de Segou"), as many local
sites and notes are: the French matchers are written with accents, so such text is read with them restored.

Each word of the text whose accent-folded form is that of exactly one accented word of the project's own French
vocabulary (the words of ``data/*_fr.tsv`` and of the analyser's sources), and is not itself a word of that
vocabulary ("a", "la", "des" stay as written), takes that word's accents.  Only letters change, never their
number, so every character offset into the restored text is one into the original.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path
import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]+")
# a pattern's letter written with or without its accent ("tu[ée]s", "pr[eè]s"): the accented letter is the word's
_LETTER_CLASS = re.compile(r"\[([^\W\d_]{2,3})\]")
_HERE = Path(__file__).parent


def fold_accents(text: str) -> str:
    """``text`` without its combining marks, one character for one ("é" → "e", "ç" → "c")."""
    return "".join(_fold_char(c) for c in text)


def _fold_char(c: str) -> str:
    if c.isascii():
        return c
    bare = "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))
    return bare if len(bare) == 1 else c


def _french_texts() -> list[str]:
    """The French-only vocabulary: the French tables and the French lexicon module."""
    return [_read(p) for p in sorted(_HERE.glob("data/*_fr.tsv")) + [_HERE / "lang" / "fr.py"]]


def _vocabulary_texts() -> list[str]:
    """The French the analyser matches: its French tables and the patterns written in its modules (mixed with
    English, so their unaccented words are not taken for French ones)."""
    return [_read(p) for p in sorted(_HERE.rglob("*.py")) if p.name != Path(__file__).name]


def _read(path: Path) -> str:
    return _LETTER_CLASS.sub(_accented_letter, path.read_text(encoding="utf-8"))


def _accented_letter(m: re.Match[str]) -> str:
    letters = m.group(1)
    marked = [c for c in letters if not c.isascii()]
    return marked[0] if marked and any(c.isascii() for c in letters) else m.group()


@lru_cache(maxsize=1)
def accented_words() -> dict[str, str]:
    """folded lower-case word → its one accented spelling in the vocabulary (the commoner when it has several)."""
    accented: dict[str, Counter[str]] = {}
    plain: set[str] = set()
    for french_only, texts in ((True, _french_texts()), (False, _vocabulary_texts())):
        for word in (w for text in texts for w in _WORD.findall(text.lower())):
            if word.isascii():
                if french_only:
                    plain.add(word)
                continue
            folded = fold_accents(word)
            if folded != word and len(folded) == len(word):
                accented.setdefault(folded, Counter())[word] += 1
    return {folded: spellings.most_common(1)[0][0] for folded, spellings in accented.items()
            if folded not in plain or _PARTICIPLE.search(spellings.most_common(1)[0][0])}


# "ont tue", "a ete enleve": a word that is French both with and without its accent ("tue" / "tué") is the past
# participle after an auxiliary; elsewhere it keeps its spelling ("a", "la", "des", "il tue")
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées)$")
_AUXILIARY = frozenset("a ont avait avaient aurait auraient avoir ayant est sont etait etaient ete été être etre "
                       "était étaient fut furent".split())


@lru_cache(maxsize=1)
def _homographs() -> frozenset[str]:
    """Folded words that are French words as written too (their accent restored only as a participle)."""
    plain = {w for text in _french_texts() for w in _WORD.findall(text.lower()) if w.isascii()}
    return frozenset(w for w in accented_words() if w in plain)


def restore_accents(text: str) -> str:
    """``text`` with the accents of its vocabulary words put back where they were left out; the same length."""
    table, homographs = accented_words(), _homographs()

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
