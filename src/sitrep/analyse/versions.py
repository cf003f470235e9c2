"""How a source characterises an event's outcome, normalised to a small vocabulary.

Two reports of one event disagree when one says the garrison was *forced* out and the other that
it left *by plan*, or one says a helicopter was *shot down* and the other that it had an
*accident*. Fusion compares these labels with ``conflicting`` to flag disputes. The phrase
lists live in ``data/versions_<lang>.tsv`` so another language is a data file, not code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from sitrep.analyse.data_tables import table_rows
from sitrep.knowledge.actor_knowledge import configured_actor_knowledge


FORCED_WITHDRAWAL = "forced_withdrawal"
PLANNED_WITHDRAWAL = "planned_withdrawal"
ATTACKER_VICTORY = "attacker_victory"
DEFENDER_VICTORY = "defender_victory"
ACCIDENT = "accident"
SHOT_DOWN = "shot_down"

LABELS: tuple[str, ...] = (
    FORCED_WITHDRAWAL,
    PLANNED_WITHDRAWAL,
    ATTACKER_VICTORY,
    DEFENDER_VICTORY,
    ACCIDENT,
    SHOT_DOWN,
)

# Pairs that cannot both be true of one event. Forced withdrawal vs planned withdrawal is the
# classic "retreat or repositioning" dispute; an attacker's victory contradicts the defender's,
# and a forced retreat of the defender contradicts "the defenders repelled them".
_CONFLICTS: frozenset[frozenset[str]] = frozenset(
    frozenset(p)
    for p in (
        (FORCED_WITHDRAWAL, PLANNED_WITHDRAWAL),
        (FORCED_WITHDRAWAL, DEFENDER_VICTORY),
        (ATTACKER_VICTORY, DEFENDER_VICTORY),
        # "taken by force" against "we left by choice" (e.g. a raid with heavy losses vs a
        # strategic decision to leave)
        (ATTACKER_VICTORY, PLANNED_WITHDRAWAL),
        (ACCIDENT, SHOT_DOWN),
    )
)


def conflicting(a: str, b: str) -> bool:
    """True when two outcome labels contradict each other (order does not matter)."""
    if not a or not b or a == b:
        return False
    return frozenset((a, b)) in _CONFLICTS


@lru_cache(maxsize=8)
def _patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((label, re.compile(phrase, re.IGNORECASE)) for label, phrase in table_rows("versions", language))


def find_version(text: str, language: str = "en") -> tuple[str, str] | None:
    """(label, matched phrase) of the first outcome phrase in ``text`` (earliest match wins;
    on a tie the longer phrase), or None."""
    best: tuple[int, int, str, str] | None = None
    for label, pattern in _patterns(language):
        m = pattern.search(text)
        if m is None:
            continue
        key = (m.start(), -(m.end() - m.start()))
        if best is None or key < best[:2]:
            best = (key[0], key[1], label, m.group(0))
    return (best[2], best[3]) if best else None


def version_of(text: str, language: str = "en") -> str:
    """The outcome label of ``text``, or "" when it characterises no outcome."""
    found = find_version(text, language)
    return found[0] if found else ""


@lru_cache(maxsize=1)
def _names_with_outcome_words() -> re.Pattern[str] | None:
    """Every name of the actor base that carries an outcome word ("Azawad Liberation Front", « Front de libération
    du Macina »), longest first: a statement read without its sentence's parse still names them."""
    base = configured_actor_knowledge().base
    if base is None:
        return None
    names = {phrase for phrase, _, _, method, _ in base.phrases() if method == "alias" and len(phrase) > 3
             and any(c.isupper() for c in phrase) and (version_of(phrase, "en") or version_of(phrase, "fr"))}
    if not names:
        return None
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)), re.IGNORECASE)


def version_outside_names(text: str, language: str = "en") -> str:
    """``version_of`` with the actor base's names blanked: "spokesman for the Azawad Liberation Front" tells no
    liberation (the analysis blanks the names its parse found; a statement read again at fusion has no parse)."""
    names = _names_with_outcome_words()
    if names is not None:
        text = names.sub(lambda m: " " * len(m.group(0)), text)
    return version_of(text, language)
