"""Text written wholly in capitals ("ON 3 MARCH 2024, SUSPECTED JNIM MILITANTS AMBUSHED A FAMA CONVOY NEAR BONI"),
as some notes, headlines and local sites are: spaCy's models read capitals as names (every word a proper noun, no
sentence, no verb), so such a stretch is read in the case an ordinary note would have.

A stretch is restored when it is written in capitals and holds at least ``_ORDINARY_WORDS`` ordinary words (words
the analyser's own vocabulary writes in lower case): a dateline ("BAMAKO, Mali"), an acronym list or one
name in capitals is left alone.  In it each word takes, in this order:

- its spelling in the actor base when the base writes it in capitals (an acronym: JNIM, FAMA, MINUSMA), unless it
  is a function word of the language ("IS", "US" are "is", "us");
- lower case when it is a word of the vocabulary (the lower-case words of the analyser's tables and modules, and
  spaCy's function words of both languages);
- an initial capital when it is an English month or weekday, a country's adjective in English ("French",
  "Malian"), a name of the gazetteer, or a capitalised word of an actor's or a person's name;
- lower case otherwise;
and the first letter of each sentence is a capital.  Only letters change case, never their number, so every
character offset into the restored text is one into the original.
"""

from __future__ import annotations

import calendar
from functools import lru_cache
import re
import weakref
from typing import TYPE_CHECKING

from sitrep.analyse.written_vocabulary import function_words, lower_case_words

if TYPE_CHECKING:
    from sitrep.knowledge import Knowledge

_WORD = re.compile(r"[^\W\d_]+")
# three words in capitals with no lower-case letter between them: the cheap test before any stretch is read
_CAPITALS_GATE = re.compile(r"(?:[A-ZÀ-Þ]{2,}[^a-zß-ÿ]+){2}[A-ZÀ-Þ]{2,}")
_ORDINARY_WORDS = 3
_SENTENCE_END = re.compile(r"[.!?]\s*$")
_MONTHS = frozenset(w.lower() for w in calendar.month_name[1:])
_CALENDAR = _MONTHS | frozenset(w.lower() for w in calendar.day_name)


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Words the analyser writes in lower case (its tables and modules' strings, ``written_vocabulary``) and spaCy's
    function words, the calendar's names aside."""
    return (lower_case_words() | function_words()) - _CALENDAR


def _actor_spellings(knowledge: "Knowledge") -> tuple[dict[str, str], frozenset[str], "_Aliases"]:
    """(acronyms: upper → the base's spelling, for words the base writes in capitals; name words: the upper forms of
    the capitalised words of actors' and persons' names; a pattern of the names of several words in capitals)."""
    def cached():
        acronyms: dict[str, str] = {}
        names: set[str] = set()
        base = knowledge.actors
        phrases = [p for a in base.actors.values() for p in (a.name, *a.aliases)]
        phrases += [p for person in base.persons for p in (person.name, *person.aliases)]
        spelled: dict[str, str] = {}
        for phrase in phrases:
            words = _WORD.findall(phrase)
            for word in words:
                if len(word) > 1 and word.isupper():
                    acronyms.setdefault(word, word)
                elif word[:1].isupper():
                    names.add(word.upper())
            if len(words) > 1 and any(w[:1].isupper() for w in words) and not phrase.isupper():
                spelled.setdefault(phrase.upper(), phrase)
        pattern = None
        if spelled:
            pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(spelled, key=len, reverse=True))
                                 + r")(?!\w)")
        return acronyms, frozenset(names), (pattern, spelled)

    try:
        return _SPELLINGS[knowledge.actors]
    except KeyError:
        return _SPELLINGS.setdefault(knowledge.actors, cached())
    except TypeError:  # an actor base that cannot be weakly referenced: built each time
        return cached()


_SPELLINGS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def shouted_stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) of each stretch of ``text`` written in capitals that holds ordinary words."""
    if not _CAPITALS_GATE.search(text):
        return []
    vocab = vocabulary()
    out: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    # consecutive words are parted by no letter: a run of words written in capitals is a stretch in capitals
    for m in [*_WORD.finditer(text), None]:
        if m is not None and m.group().isupper():
            run.append(m)
            continue
        if sum(len(w.group()) > 1 and w.group().lower() in vocab for w in run) >= _ORDINARY_WORDS:
            out.append((run[0].start(), run[-1].end()))
        run = []
    return out


def restore_case(text: str, language: str, knowledge: "Knowledge") -> str:
    """``text`` with each stretch written in capitals put in ordinary case; the same length."""
    spans = shouted_stretches(text)
    if not spans:
        return text
    acronyms, names, aliases = _actor_spellings(knowledge)
    chars = list(text)
    for start, end in spans:
        phrases = _alias_words(text, start, end, aliases)
        before = text[:start] if text[:start].strip() else "."
        for m in _WORD.finditer(text, start, end):
            word = phrases.get(m.start()) or _cased(m.group(), language, knowledge, acronyms, names)
            if language == "en" and _dated_month(text, m):
                word = word.capitalize()
            if _SENTENCE_END.search(before):
                word = word[:1].upper() + word[1:]
            if len(word) == len(m.group()):
                chars[m.start():m.end()] = word
            before = text[m.end():_next_word(text, m.end(), end)]
    return "".join(chars)


def _next_word(text: str, at: int, end: int) -> int:
    m = _WORD.search(text, at, end)
    return m.start() if m else end


def _cased(word: str, language: str, knowledge: "Knowledge", acronyms: dict[str, str], names: frozenset[str]) -> str:
    lower = word.lower()
    if word in acronyms and lower not in function_words():
        return acronyms[word]
    if language == "en" and (lower in _CALENDAR - _MONTHS or _demonym(lower)):
        return word.capitalize()
    if lower in vocabulary() or len(word) == 1:
        return lower
    if word in names or _place_name(knowledge, word):
        return word.capitalize()
    return lower


def _dated_month(text: str, m: re.Match[str]) -> bool:
    """An English month told with its day or year ("3 MARCH", "MARCH 2024"), not the noun "march"."""
    return m.group().lower() in _MONTHS and bool(re.search(r"\d\s*$", text[max(0, m.start() - 4):m.start()])
                                                 or re.match(r"\s*\d", text[m.end():m.end() + 3]))


_Aliases = tuple  # (a pattern of actors' names of several words in capitals or None, upper form → the base's spelling)


def _alias_words(text: str, start: int, end: int, aliases: "_Aliases") -> dict[int, str]:
    """Offset → spelling of each word inside an actor's name of several words written in capitals ("IS SAHEL",
    "DAN NA AMBASSAGOU", "ANSAR DINE"), spelled as the base spells that name."""
    out: dict[int, str] = {}
    pattern, spellings = aliases
    if pattern is None:
        return out
    for m in pattern.finditer(text, start, end):
        for w, s in zip(_WORD.finditer(text, m.start(), m.end()), _WORD.findall(spellings.get(m.group(), ""))):
            if len(s) == len(w.group()):
                out[w.start()] = s
    return out


def _demonym(word: str) -> bool:
    from sitrep.knowledge.demonyms import country_of_demonym

    return country_of_demonym(word) is not None


def _place_name(knowledge: "Knowledge", word: str) -> bool:
    """A place of the gazetteer spelled so (accents aside), in the Sahel or a city: a hamlet abroad whose name is a
    French word without its accent ("Bétaille" for « bétail ») does not make the word a name."""
    from sitrep.analyse.accents import fold_accents
    from sitrep.knowledge.sahel_places import COUNTRIES

    folded = fold_accents(word).lower()
    try:
        found = knowledge.gazetteer.lookup(word.capitalize())
    except (KeyError, ValueError):
        return False
    return any(c.country in COUNTRIES or (c.population >= 50_000 and fold_accents(c.name).lower() == folded)
               for c in found)
