"""The shapes of a person's name the name model may miss: a name built with a patronymic particle ("Mossa Ag
Inzoma"), a name right after a person's title that the model read as a place or a body ("Government spokesman
Brahima Sangaré"); and the one test that keeps a place out of them (a country, or a sizeable place of the
document's countries)."""

from __future__ import annotations

from sitrep.knowledge.names import fold_name


def looks_like_person(text: str, lang) -> bool:
    """Names built with a patronymic particle ("Mossa Ag Inzoma", "Ould", "Ben") are persons."""
    words = [w.lower() for w in text.split()]
    return len(words) >= 3 and any(w in lang.PERSON_PARTICLES for w in words[1:-1])


def titled_name(ent, lang, gaz, focus: set[str]) -> bool:
    """A name the model read as a place or a body, right after a person's title ("Government spokesman Brahima
    Sangaré", "Defence Minister Sadio Camara"): two or three capitalised words, none a known place; a person."""
    if ent.label_ not in ("LOC", "GPE", "ORG", "FAC") or ent.start == 0:
        return False
    if fold_name(ent.doc[ent.start - 1].text).strip(".") not in lang.TITLES:
        return False
    words = ent.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words):
        return False
    return gaz is None or not any(is_known_place(gaz, w, focus) for w in (ent.text, *words))


def is_known_place(gaz, word: str, focus: set[str]) -> bool:
    """A single word that is a country, or a sizeable place of the document's countries."""
    for cand in gaz.lookup(word):
        if cand.is_country:
            return True
        if cand.country in focus and cand.feature_class in ("P", "A", "L") and (
            cand.population > 0 or (cand.feature_code or "").startswith(("PPLA", "PPLC", "ADM"))
        ):
            return True
    return False
