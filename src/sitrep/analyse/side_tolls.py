"""A toll told side by side, as the armies' communiqués give it: « Bilan : côté ami, quatre morts et six blessés ;
côté terroriste, plus d'une trentaine de corps », « dans nos rangs, deux morts ; dans les rangs de l'ennemi, une
vingtaine de morts ».  Each side's figure stands under its own label; ACLED sums both sides' dead, so the event's
toll is their sum (34), not the largest figure alone.

The labels are per-language words (``side_label`` in ``data/fatalities_<lang>.tsv``, and ``own_side`` for the
speaker's own: « nos combattants déplorent deux martyrs »); a language without them has no side-by-side toll.  A
sentence that opens with a label, or names the speaker's own side, told after a toll gives another side's dead
(``names_a_side``): the event's toll adds them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from sitrep.analyse.fatality_words import vocab
from sitrep.analyse.number_words import number_alternation, parse_number
from sitrep.model import Fatalities

# reads a text's (killed, injured) figures in a language, as ``fatalities._stated_fatalities``; the toll rules that
# read a sentence part by part are handed it
Finder = Callable[[str, str], tuple[Fatalities | None, Fatalities | None]]


def summed(tolls: Sequence[Fatalities], kind: str = "killed") -> Fatalities:
    """Several counts of different dead as one toll, as ACLED sums the sides' dead: the lows added, the highs when
    every count has one, the phrases joined by "; "."""
    high = None if any(t.high is None for t in tolls) else sum(t.high for t in tolls)
    return Fatalities(low=sum(t.low for t in tolls), high=high, phrase="; ".join(t.phrase for t in tolls), kind=kind)


@lru_cache(maxsize=8)
def _words(language: str, key: str) -> re.Pattern[str] | None:
    """The language's words of ``key`` in the casualty vocabulary (``fatality_words.vocab``), None without them."""
    regex = vocab(language)[0].get(key)
    return re.compile(regex, re.IGNORECASE) if regex is not None else None


def _side_label(language: str) -> re.Pattern[str] | None:
    return _words(language, "side_label")


def names_a_side(text: str, language: str) -> bool:
    """Whether the sentence opens with a side's label (« côté terroriste, plus d'une trentaine de corps ») or names
    the speaker's own side (« Nos combattants déplorent deux martyrs »): its dead are one side's."""
    label, own = _side_label(language), _words(language, "own_side")
    # (a communiqué's list puts each side on a line of its own, behind a dash or a bullet: « - côté ennemi : … »)
    opening = text.lstrip().lstrip("-–—•*·").lstrip()
    return bool(label is not None and label.match(opening) or own is not None and own.search(text))


def label_before(text: str, language: str) -> str | None:
    """The side label standing last in ``text`` within its final sentence (« Côté FAMa, le bilan est de 4 morts »
    before the figure), or None."""
    label = _side_label(language)
    if label is None:
        return None
    sentence = re.split(r"[.!?]\s", text)[-1]
    found = list(label.finditer(sentence))
    return found[-1].group(0) if found else None


def summed_by_side(text: str, language: str, find: Finder) -> Fatalities | None:
    """The dead of two or more sides each told under its label, summed; None unless at least two sides give a
    figure.  ``find`` reads one side's words ((killed, injured), as ``fatalities._stated_fatalities``)."""
    label = _side_label(language)
    if label is None:
        return None
    starts = list(label.finditer(text))
    # one side labelled, the other's dead told after a semicolon (« Côté FAMa, 4 morts ; 9 assaillants ont été
    # neutralisés »): the label's words end there
    stops = [m.start() for m in starts[1:]]
    spans = [(here.end(), stop) for here, stop in zip(starts, [*stops, len(text)])]
    if len(starts) == 1 and (semicolon := text.find(";", starts[0].end())) >= 0:
        spans = [(starts[0].end(), semicolon), (semicolon + 1, len(text))]
    elif len(starts) == 1 and re.search(r"(?:^|[.;:!?])\s*$", text[:starts[0].start()]) and starts[0].start() > 0:
        # the other side's dead told first, in a sentence of their own, the labelled side after it (« La riposte a permis
        # de neutraliser une vingtaine de terroristes. Côté ami, le bilan est de deux morts »)
        spans = [(0, starts[0].start()), (starts[0].end(), len(text))]
    if len(spans) < 2:
        return None
    sides = []
    for begin, stop in spans:
        killed = find(text[begin:stop], language)[0]
        if killed is not None and killed.low is not None and killed.kind == "killed" and not uncounted(killed.phrase):
            sides.append(killed)
    if len(sides) < 2:
        return None
    return summed(sides)


# a count that is no number (« plusieurs terroristes neutralisés », « quelques assaillants », "had lost several
# fighters"): nothing to add
_UNCOUNTED = re.compile(r"(?<!\w)\s*(?:de\s+|d['’]\s*)?(?:plusieurs|quelques|nombreux|de\s+nombreux|several|some|many)\b", re.IGNORECASE)


def uncounted(phrase: str | None) -> bool:
    """Whether a side's figure is a count that is no number (« côté ennemi : plusieurs terroristes neutralisés »):
    that side adds nothing, as ACLED sums only the dead it is given a figure for ("some 20" is a figure)."""
    return bool(phrase) and _UNCOUNTED.match(phrase) is not None and not re.match(r"\s*some\b", phrase, re.IGNORECASE)


def summed_across_clauses(text: str, language: str, find: Finder) -> Fatalities | None:
    """The dead of the state's forces and of their enemy, each told in a clause of its own of one sentence with no
    side label (« six soldats ont été tués …, tandis qu'une quinzaine d'assaillants ont été neutralisés »), summed;
    None unless a clause of each side gives a figure and no clause names both sides.  The turns between clauses and
    each side's words are per language (``side_turn``, ``own_forces``, ``enemy_side``)."""
    turn, own, enemy = (_words(language, k) for k in ("side_turn", "own_forces", "enemy_side"))
    if turn is None or own is None or enemy is None:
        return None
    plain = re.sub(r"[«»“”\"]", " ", text)  # (a quoted count: « une quinzaine de terroristes » ont été neutralisés)
    tolls: dict[str, Fatalities] = {}
    for clause in turn.split(plain):
        killed = find(clause, language)[0]
        side = _side_of(clause, killed, own, enemy)
        if side is not None and killed is not None and killed.low is not None and killed.kind == "killed" and not (
                killed.vague or killed.estimate or _UNCOUNTED.search(killed.phrase)):
            tolls.setdefault(side, killed)
    return summed(list(tolls.values())) if len(tolls) == 2 else None


def _side_of(clause: str, killed: Fatalities | None, own: re.Pattern[str], enemy: re.Pattern[str]) -> str | None:
    """The one side whose dead a clause counts: the one it names, or, when it names both (the troops who
    "neutralised about 20 assailants"), the one its figure's own words name."""
    for words in (clause, (killed.phrase or "") if killed is not None else ""):
        sides = {side for side, pattern in (("own", own), ("enemy", enemy)) if pattern.search(words)}
        if len(sides) == 1:
            return sides.pop()
        if not sides:
            return None
    return None


@lru_cache(maxsize=8)
def _pattern(language: str, key: str) -> re.Pattern[str] | None:
    """The words of ``key``, their ``{numbers}`` standing for the language's number words."""
    regex = vocab(language)[0].get(key)
    return None if regex is None else re.compile(regex.replace("{numbers}", number_alternation(language)), re.IGNORECASE)


def with_own_losses(text: str, killed: Fatalities | None, language: str) -> Fatalities | None:
    """The toll with a side's own losses told as a figure of their own ("Army losses stood at 5, while 12
    assailants were neutralised", "3 dead on its side and 15 rebels killed"): ACLED sums both sides' dead, so
    a loss figure outside the words of the toll read adds to it."""
    losses = _pattern(language, "side_losses")
    m = losses.search(text) if losses is not None else None
    if m is None:
        return killed
    parsed = parse_number(m.group("num") or m.group("num2"), language)
    if parsed is None:
        return killed
    value = parsed[0]
    if killed is None or killed.low is None:
        return Fatalities(low=value, high=None if parsed[1] else value, phrase=m.group(0), kind="killed")
    if killed.kind != "killed" or _overlaps(text, killed.phrase, m.span()):
        return killed
    return killed.model_copy(update={"low": killed.low + value, "high": None if killed.high is None or parsed[1]
                                     else killed.high + value, "phrase": f"{killed.phrase}; {m.group(0)}"})


def bomber_told_last(text: str, language: str) -> str:
    """``text`` with a bomber told first among his dead moved to the end of the list ("killing himself and two
    soldiers" → "killing two soldiers and himself", same length): the toll rules read a list of victims that opens
    with a count, and ``with_the_bomber`` then counts him once."""
    first = _pattern(language, "bomber_first")
    if first is None:
        return text
    return first.sub(lambda m: f"{m.group('verb')} {m.group('victims')} {m.group('link')} {m.group('self')}", text)


def with_the_bomber(text: str, killed: Fatalities | None, language: str) -> Fatalities | None:
    """The toll with the suicide bomber who died ("a suicide bomber blew himself up at the gate, killing three
    soldiers" is 4): ACLED counts the attacker's death with his victims', unless the toll's own words count him
    ("only the attacker was killed"); "killing two guards along with himself" is 3."""
    bomber = _pattern(language, "bomber_died")
    m = bomber.search(text) if bomber is not None else None
    if m is None or killed is None or killed.low is None or killed.kind != "killed" or not killed.phrase:
        return killed
    named = _pattern(language, "bomber_named")
    if named is not None and named.search(killed.phrase):
        return killed
    return killed.model_copy(update={"low": killed.low + 1, "high": None if killed.high is None else killed.high + 1,
                                     "phrase": f"{killed.phrase}; {m.group(0)}"})


def _overlaps(text: str, phrase: str, span: tuple[int, int]) -> bool:
    """Whether any part of ``phrase`` (its parts joined by "; ") stands in ``text`` across ``span``."""
    for part in phrase.split("; "):
        at = text.find(part)
        if at >= 0 and at < span[1] and span[0] < at + len(part):
            return True
    return False


# how far the words of "each side" may stand from the figure they distribute (one clause: "Each side lost three
# men", "three fighters were killed on each side, a local official said")
_EACH_SIDE_REACH = 60
_CLAUSE_BREAK = re.compile(r"[,.;:!?]|\b(?:which|that|who|whom|qui|que|dont|lequel|laquelle)\b", re.IGNORECASE)


def doubled_for_each_side(text: str, killed: Fatalities | None, language: str) -> Fatalities | None:
    """The toll of a figure told once for each of the two sides (« Chaque camp a perdu trois hommes », "three dead on
    either side"): ACLED codes the total of a clash's dead, so the figure counts twice.  Only a single figure (not a
    sum of figures already read side by side) within one clause of the words."""
    each = _pattern(language, "each_side")
    if each is None or killed is None or killed.low is None or killed.kind != "killed" or "; " in killed.phrase:
        return killed
    at = text.find(killed.phrase)
    if at < 0:
        return killed
    end = at + len(killed.phrase)
    for m in each.finditer(text):
        between = text[end:m.start()] if m.start() >= end else text[m.end():at]
        # (not across a clause's end or a relative: "Each side blamed the other for the attack, which killed five")
        if len(between) <= _EACH_SIDE_REACH and not _CLAUSE_BREAK.search(between):
            span = text[min(at, m.start()):max(end, m.end())]
            return killed.model_copy(update={"low": killed.low * 2, "high": None if killed.high is None else killed.high * 2,
                                             "phrase": span})
    return killed
