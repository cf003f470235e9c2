"""Two sources' counts of the same dead, set against each other in one sentence.

Notes and wire copy give rival figures side by side: "Local officials said 9 people died, while the governor put the
toll at 7", "The army said four of its soldiers were killed, whereas local sources reported nine dead among them",
« les autorités parlent de 12 morts, tandis que des sources locales font état de 20 morts ».  The sentence reader keeps
the larger of two figures of one sentence (right for "killing 6 civilians, including 2 women"); here the figures are
two versions of one toll, and ACLED codes the most conservative one: "If source reports differ …, ACLED uses the most
conservative estimate available" (ACLED's FAQ on fatalities).

The construction: two clauses joined by a contrast ("while", "whereas", "but", « tandis que », « alors que », « mais »),
each with its own teller (a verb of saying or reporting, « selon »), each with a figure, and both figures counting the
same side's dead or neither naming one ("the army said it killed 20 militants, while residents reported 5 civilians
dead" counts two sides' dead, not two versions).  Two looser shapes are versions too: a figure of no side at least as
large as one side's ("A security source reported 6 soldiers killed, while local sources spoke of about 10 dead": a
total that may hold the six), and one side's figure told again against a toll that sums several sides ("The army
reported 2 soldiers killed and 15 assailants neutralised, while JNIM claimed 11 soldiers": the soldiers' lower
figure stands in the sum, 17).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.knowledge.armed_people import armed_forms, state_side_forms
from sitrep.analyse.side_tolls import Finder
from sitrep.model import Fatalities

# the contrast that sets the second version against the first
# (or a semicolon alone: "JNIM claimed 20 soldiers killed; FAMa reported 5", each clause with its teller)
_CONTRAST = re.compile(r"[,;]?\s+(?:while|whereas|but|although|though|tandis\s+qu['’e]|alors\s+qu['’e]|mais)\b|\s*;",
                       re.IGNORECASE)
# a clause's teller: a verb of saying or reporting, or « selon » / "according to"
_TELLER = re.compile(
    r"\b(?:said|says|reported|reports|put|puts|gave|gives|counted|counts|claimed|claims|cited|cites|estimated|"
    r"estimates|spoke\s+of|speaks?\s+of|according\s+to|told|tallied|recorded|"
    r"(?:a|ont|avait|avaient)\s+(?:fait\s+état|annoncé|compté|dénombré|avancé|évoqué|déclaré|affirmé|indiqué)|"
    r"(?:a|ont)\s+revendiqué|revendique|revendiquent|fait\s+état|font\s+état|parlent|parle|évoque|évoquent|avance|avancent|annonce|annoncent|affirme|affirment|"
    r"indique|indiquent|selon|d['’]après)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _sides() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The words naming whose dead a version counts: the state's, the armed groups', the civilians'."""
    return (
        # (the state's side of the tolls, and the bodies named for their men: "the police", "army", « l'armée »)
        ("state", re.compile(rf"\b(?:{state_side_forms()}|police\w*|army|militaires?|soldats?|policiers?|armée)\b",
                             re.IGNORECASE)),
        ("armed", re.compile(rf"\b(?:{armed_forms('fighter_dead')})\b", re.IGNORECASE)),
        ("civilian", re.compile(r"\b(?:civilians?|villagers?|residents?|farmers?|herders?|traders?|passengers?|"
                                r"civils?|villageois|habitants?)\b", re.IGNORECASE)),
    )


def side_named(clause: str) -> str | None:
    """The one side whose dead ``clause`` names ("state", "armed", "civilian"), or None (none, or several)."""
    named = {name for name, pattern in _sides() if pattern.search(clause)}
    return named.pop() if len(named) == 1 else None


def _sides_in(text: str) -> set[str]:
    return {name for name, pattern in _sides() if pattern.search(text)}


def _sides_counted(clause: str, f: Fatalities) -> set[str]:
    """The sides whose dead a clause's figure counts: named in its phrase or right after it ("nine dead among the
    soldiers"), never the clause's teller ("the army put the toll at 11" counts no side)."""
    phrase = f.phrase or ""
    at = clause.find(phrase) if phrase else -1
    if len(own := _sides_in(phrase)) == 1:  # "5 soldiers killed and said the attackers were repelled"
        return own
    after = clause[at + len(phrase):at + len(phrase) + 40] if at >= 0 else ""
    return _sides_in(f"{phrase} {re.split(r'[,;.]', after)[0]}")


def _side_counted(clause: str, f: Fatalities) -> str | None:
    named = _sides_counted(clause, f)
    return named.pop() if len(named) == 1 else None


def _one_side_told_again(summed: Fatalities, side: str | None, other: Fatalities, language: str,
                         find: Finder) -> Fatalities | None:
    """``summed`` (several sides' dead, its parts joined by "; ") with its one part counting ``side`` replaced by
    ``other``'s figure for that side when that is lower; None when the toll is no such sum or no part is that side's."""
    parts = (summed.phrase or "").split("; ")
    if side is None or len(parts) < 2 or summed.high != summed.low:
        return None
    mine = [part for part in parts if _sides_in(part) == {side}]
    if len(mine) != 1 or (own := find(mine[0], language)[0]) is None or own.low is None:
        return None
    low = summed.low - own.low + min(own.low, other.low)
    return summed.model_copy(update={"low": low, "high": low})


def _a_total_beside(a: Fatalities, b: Fatalities, sides: tuple[set[str], set[str]]) -> Fatalities | None:
    """The named side's figure when the other version names no side and counts at least as many: a total that may
    hold that side's dead, told by another source (ACLED keeps the more conservative)."""
    for one, other, named, unnamed in ((a, b, sides[0], sides[1]), (b, a, sides[1], sides[0])):
        if len(named) == 1 and not unnamed and "; " not in (other.phrase or "") and other.low >= one.low:
            return one
    return None


def lowest_of_rival_counts(text: str, killed: Fatalities | None, language: str, find: Finder,
                           told: str | None = None) -> Fatalities | None:
    """The lower of two tellers' figures for the same dead set against each other in ``text``; ``killed`` (the
    sentence's toll as read whole) otherwise.  ``find`` reads a clause's (killed, injured); ``told`` is the sentence
    before its tellers were blanked (« Selon les autorités, » is blanked lest it be read as victims), of equal length."""
    if killed is None:
        return killed
    told = told if told is not None and len(told) == len(text) else text
    for contrast in _CONTRAST.finditer(text):
        first, second = text[:contrast.start()], text[contrast.end():]
        if not (_TELLER.search(told, 0, contrast.start()) and _TELLER.search(told, contrast.end())):
            continue
        a, b = find(first, language)[0], find(second, language)[0]
        if a is None or b is None or a.low is None or b.low is None or a.vague or b.vague:
            continue
        sides = (_sides_counted(first, a), _sides_counted(second, b))
        if sides[0] == sides[1] and len(sides[0]) <= 1:
            return a if a.low <= b.low else b
        one_side = (_side_counted(first, a), _side_counted(second, b))
        again = _one_side_told_again(a, one_side[1], b, language, find) or \
            _one_side_told_again(b, one_side[0], a, language, find) or _a_total_beside(a, b, sides)
        if again is not None:
            return again
        # else two sides' dead, not two versions of one toll
    return killed
