"""Build ``src/sitrep/analyse/data/written_vocabulary.json``: the words the analyser writes, as the readers of
text typed without its accents (``accents``) and wholly in capitals (``letter_case``) need them.

    python tools/build_written_vocabulary.py           # write the table
    python tools/build_written_vocabulary.py --check   # exit 1 when the shipped table is not what the tree builds

Run it after changing the analyser's tables (``analyse/data/*.tsv``) or the patterns and word lists of its
modules: the test ``tests/analyse/test_written_vocabulary.py`` fails while the shipped table is stale.

What it holds (``sitrep.analyse.written_vocabulary`` reads it):

- ``accents``: accent-folded lower-case word → its one accented spelling in the French vocabulary (the words of
  ``data/*_fr.tsv`` and of the analyser's modules, a pattern's "[ée]" read as its accented letter), the commoner
  when it has several; a folded word that is French as written too ("a", "la", "des") is left out, unless its
  accented spelling is a past participle ("tue" / "tué");
- ``unaccented_french``: the folded words of ``accents`` that the French-only texts (the French tables and
  ``lang/fr.py``) also write without accents (restored only after an auxiliary);
- ``lower_words``: words the tables and the modules' string literals write in lower case at least as often as with
  a capital (a name is written with its capital, so it is not among them);
- ``function_words``: spaCy's stop words of English and French, read from its word lists (importing spaCy's French
  language package costs seconds in a process that reads only English).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANALYSE = HERE.parent / "src" / "sitrep" / "analyse"
sys.path.insert(0, str(HERE.parent / "src"))

from sitrep.analyse.accents import PARTICIPLE, fold_accents  # noqa: E402
from sitrep.analyse.written_vocabulary import TABLE  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+")
# a pattern's letter written with or without its accent ("tu[ée]s", "pr[eè]s"): the accented letter is the word's
_LETTER_CLASS = re.compile(r"\[([^\W\d_]{2,3})\]")
# a module's string literals, read by a pattern (tokenize reads a module ten times slower): triple-quoted first
_LITERAL = re.compile("|".join((r'"""(.*?)"""', r"'''(.*?)'''", r'"((?:[^"\\\n]|\\.)*)"', r"'((?:[^'\\\n]|\\.)*)'")),
                      re.DOTALL)


def _modules(root: Path) -> list[Path]:
    return sorted(root.rglob("*.py"))


def _french_texts(root: Path) -> list[str]:
    """The French-only vocabulary: the French tables and the French lexicon module."""
    return [_read(p) for p in sorted(root.glob("data/*_fr.tsv")) + [root / "lang" / "fr.py"]]


def _vocabulary_texts(root: Path) -> list[str]:
    """The French the analyser matches: the patterns written in its modules (mixed with English, so their
    unaccented words are not taken for French ones); the accent reader's own module is left out."""
    return [_read(p) for p in _modules(root) if p.name != "accents.py"]


def _read(path: Path) -> str:
    return _LETTER_CLASS.sub(_accented_letter, path.read_text(encoding="utf-8"))


def _accented_letter(m: re.Match[str]) -> str:
    letters = m.group(1)
    marked = [c for c in letters if not c.isascii()]
    return marked[0] if marked and any(c.isascii() for c in letters) else m.group()


def accents(root: Path) -> tuple[dict[str, str], list[str]]:
    """(folded word → accented spelling, homographs): see the module docstring."""
    accented: dict[str, Counter[str]] = {}
    plain: set[str] = set()
    for french_only, texts in ((True, _french_texts(root)), (False, _vocabulary_texts(root))):
        for word in (w for text in texts for w in _WORD.findall(text.lower())):
            if word.isascii():
                if french_only:
                    plain.add(word)
                continue
            folded = fold_accents(word)
            if folded != word and len(folded) == len(word):
                accented.setdefault(folded, Counter())[word] += 1
    table = {folded: spellings.most_common(1)[0][0] for folded, spellings in accented.items()
             if folded not in plain or PARTICIPLE.search(spellings.most_common(1)[0][0])}
    return table, sorted(w for w in table if w in plain)


def lower_words(root: Path) -> list[str]:
    """Words the tables and the modules' string literals write in lower case at least as often as with a capital."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("data/*.tsv"))]
    texts += [lit for p in _modules(root) for lit in _string_literals(p)]
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for text in texts:
        # regex escapes glue their letter to the next word ("\bkilled"): drop them first
        for w in _WORD.findall(re.sub(r"\\[a-zA-Z]", " ", text)):
            if w.islower():
                lower[w] += 1
            elif w[:1].isupper() and w[1:].islower():
                capital[w.lower()] += 1
    # a word the analyser writes with its capital more often than without is a name ("Sahel", "Dozo", "Gao")
    return sorted(w for w, n in lower.items() if len(w) > 1 and n >= capital[w])


def _string_literals(path: Path) -> list[str]:
    """The string literals of a module (its patterns and word lists; not its identifiers, "sahel_places")."""
    return ["".join(m.groups(default="")) for m in _LITERAL.finditer(path.read_text(encoding="utf-8"))]


def function_words() -> list[str]:
    """spaCy's stop words of English and French, read from its word lists."""
    from importlib.util import find_spec

    spec = find_spec("spacy")
    root = Path(spec.origin).parent if spec is not None and spec.origin else None
    words: set[str] = set()
    for lang in ("en", "fr"):
        path = root / "lang" / lang / "stop_words.py" if root is not None else None
        if path is not None and path.is_file():
            words.update(w for lit in _string_literals(path) for w in lit.split() if w.isalpha())
    return sorted(words)


def build(root: Path = ANALYSE) -> str:
    """The table's text, as the tree at ``root`` (the analyser's package folder) builds it."""
    table, homographs = accents(root)
    data = {"accents": dict(sorted(table.items())), "unaccented_french": homographs, "lower_words": lower_words(root),
            "function_words": function_words()}
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    text = build()
    if "--check" in argv:
        stale = not TABLE.exists() or TABLE.read_text(encoding="utf-8") != text
        print(f"{TABLE} is stale: run tools/build_written_vocabulary.py" if stale else f"{TABLE} is current")
        return int(stale)
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
