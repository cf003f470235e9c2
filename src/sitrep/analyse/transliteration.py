"""A loose key for Sahel village names, under which the spellings of one name coincide or nearly do.

The same village reaches a note, ACLED's file and GeoNames through French, English, Fula, Mooré or
Tamasheq ears: "Matiacoali"/"Matiakoali", "Diafarabé"/"Dyafarabé", "Tchalla"/"Tyala",
"Ouendou"/"Wendu", "Guéna"/"Gena", "Khoulé"/"Koule", "Boulgha"/"Boulga", "Shinegodar"/"Chinegodar".
``place_key`` (the gazetteer's key) already drops accents, hyphens and spaces, doubled letters and a
final "e", and reads "ou" as "w", "dj" as "j", "q" as "k".  ``loose_key`` folds further what those
spellings still disagree on:

* a hard "c" written "c" or "k" ("ca", "co", "cu", "ck" → "k"), before the soft "c" is set apart;
* the soft sounds "tch", "ch", "sh", "ty" → "c";
* "d" + "i"/"y" before a vowel, "dy", "dz" → "j";
* "kh" → "k", "gh" → "g", "ph" → "f", "th" → "t" (Arabic and Tamasheq letters, Greek-style French, the
  silent "h" of "Gathi"/"Gatié");
* "gu" before "e"/"i" (French, to keep the "g" hard) → "g";
* "nb" → "mb", "nf" → "mf" (the nasal before a lip consonant);
* "o", "ou", "w" → "u"; "e", "y" → "i";
* "r" → "l": one sound in Gulmancema, Mooré and Fula names, heard and written either way by French and English
  ears ("Tankwarou"/"Tankoualou", "Rapili"/"Rapiri", "Poloua"/"Poroua");
* doubled letters once more (the folds above make new pairs).

The key is loose on purpose: two villages of a country often share it.  It is only ever compared
among the villages within a commune's reach of a place the note pins the name to (``place_spellings``),
and only for a name the gazetteer lacks as written.
"""

from __future__ import annotations

import re

# order matters: the hard "c" is read before "ch" becomes the soft "c"; "gu" + vowel is read before
# "w" becomes "u" (``place_key`` makes "gue" "gwe"); doubles are collapsed last
_LOOSE = (
    (re.compile(r"c(?=[aouwk])"), "k"),
    (re.compile(r"tch|ch|sh|ty"), "c"),
    (re.compile(r"d[iy](?=[aouw])|dy|dz"), "j"),
    (re.compile(r"kh"), "k"), (re.compile(r"gh"), "g"), (re.compile(r"ph"), "f"), (re.compile(r"th"), "t"),
    (re.compile(r"gw(?=[eiy])"), "g"),
    (re.compile(r"nb"), "mb"), (re.compile(r"nf"), "mf"),
    (re.compile(r"[wo]"), "u"), (re.compile(r"[ey]"), "i"),
    (re.compile(r"r"), "l"),
    (re.compile(r"(.)\1+"), r"\1"),
)

# names the folds for tables built under the key (``place_spellings``' villages table): a changed fold
# builds them again even when the module that builds them is unchanged
SIGNATURE = ";".join(f"{pattern.pattern}>{repl}" for pattern, repl in _LOOSE)


def loose_key(key: str) -> str:
    """A ``place_key`` with the vowel and consonant spellings French and English transliterations mix
    folded together."""
    for pattern, repl in _LOOSE:
        key = pattern.sub(repl, key)
    return key


def loose_keys(keys: list[str]) -> list[str]:
    """``loose_key`` of each key, in one pass of each substitution over all of them joined by newlines
    (a country's ten thousand keys: a dozen calls instead of a hundred thousand).  No pattern matches a
    newline (``.`` does not, nor any class or lookahead above), so none spans two keys and each key
    comes out as ``loose_key`` makes it."""
    if any("\n" in k for k in keys):
        return [loose_key(k) for k in keys]
    joined = "\n".join(keys)
    for pattern, repl in _LOOSE:
        joined = pattern.sub(repl, joined)
    return joined.split("\n") if keys else []
