"""The analysis stages' own data tables: ``analyse/data/<stem>_<language>.tsv``.

Every table has the same shape (tab-separated fields, blank lines and ``#`` comments skipped), and a
language without its own table reads English's, so that a stage works, less well, on any language.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def table_path(stem: str, language: str, fallback: str | None = "en") -> Path | None:
    """The table for ``language``, else ``fallback``'s, else None."""
    for lang in (language, fallback):
        if lang and (DATA / f"{stem}_{lang}.tsv").exists():
            return DATA / f"{stem}_{lang}.tsv"
    return None


def table_rows(stem: str, language: str = "en", fields: int = 2, fallback: str | None = "en") -> list[tuple[str, ...]]:
    """The rows of the table, each split into ``fields`` stripped fields (the last one keeps any
    further tabs); no rows when neither the language nor the fallback has the table."""
    path = table_path(stem, language, fallback)
    if path is None:
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(part.strip() for part in line.split("\t", fields - 1)))
    return rows


NOTHING = "(?!)"  # the alternation of no words: matches nothing


def alternations(stem: str, language: str = "en") -> dict[str, str]:
    """Per kind of word (a row's first field), the regular expressions of that kind (its second) joined as one
    alternation: the word tables whose rows are ``kind<TAB>regex``."""
    out: dict[str, list[str]] = {}
    for kind, regex in table_rows(stem, language):
        out.setdefault(kind, []).append(regex)
    return {kind: "|".join(regexes) for kind, regexes in out.items()}
