"""Tolls an outlet revises inside its own story, and tolls too close to be two accounts.

A wire story often tells a toll twice: "killing at least 10 soldiers … by Wednesday the toll had risen to 16";
« Un premier bilan faisait état de sept morts … un nouveau bilan fait état de douze morts ».  That is one outlet
revising itself, not two sources disagreeing: only the outlet's last figure takes part in a dispute.  Two marks
tell a superseded figure, read in the figure's own sentence:

- the sentence calls it the first or an earlier toll ("an initial toll", "first reports said", « un premier
  bilan », « le bilan précédent »): it is outdated whatever the story tells next;
- another sentence of the same document tells the toll risen or revised ("the toll rose to 16", « un nouveau
  bilan … douze morts », « s'est alourdi à »): the lower figures that document gives in its own voice or an
  unnamed source's are the same toll counted earlier.  A named party's figure in that document (the army's
  "three soldiers killed" quoted by AFP) stays: a party may play the toll down, that is a real disagreement.

A provisional toll (« bilan provisoire », "a provisional toll") is the source's current figure, not a superseded
one: another outlet's higher figure against it is a dispute.

Two figures are too close to be two accounts when they are one death apart (a wounded man who died, a body found
the next day: « quatre militaires » and « cinq soldats ») or when an approximate figure ("about ten",
« une dizaine », "some 25") reaches the other within the slack its words allow; a plural of round numbers
("dozens", « des dizaines ») is at least two of them when set against another account.

The one-death slack does not hold for a named party's exact figure against another voice's (``party_one_apart``),
nor for a floor told as one ("at least nine", « au moins neuf ») against an exact
figure under it: the first source says it counted nine dead, the second that there were eight, and an analyst
reads that as two accounts (a revision inside one story is ``superseded``'s, not this).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sitrep.model import EventMention, Fatalities

from sitrep.analyse.claim_words import UNNAMED
from sitrep.analyse.events.revised_tolls import EARLIER_TOLL_NAMED, earlier_figure
from sitrep.analyse.fatalities import find_fatalities, number_words
from sitrep.analyse.fatality_words import vocab as casualty_vocab
from sitrep.analyse.first_told import FIRST_ADVERBS_EN, FIRST_ADVERBS_FR, TOLD_VERBS_EN

# the French first toll, named as such (« un premier bilan », « le bilan précédent »)
_FIRST_BILAN = r"\b(?:premier|pr[ée]c[ée]dent|initial|ancien)\s+bilan\b|\bbilan\s+(?:pr[ée]c[ée]dent|initial|ant[ée]rieur)\b"
# a figure its own sentence calls outdated: "an initial toll of 10", "first reports said seven", « un premier bilan »
FIRST_TOLL = re.compile(
    r"\b(?:first|initial|earlier|previous|original)\s+(?:death\s+)?(?:toll|count|reports?|figures?)\b|"
    # an outlet's own withdrawn telling: "An earlier version of this story said 41", « Une version précédente de cet
    # article indiquait 41 morts »: the figure it corrects, no account of its own
    r"\b(?:first|initial|earlier|previous|original|prior)\s+versions?\b|"
    r"\bversions?\s+(?:pr[ée]c[ée]dentes?|ant[ée]rieures?|initiales?)\b|\b(?:premi[èe]res?|pr[ée]c[ée]dentes?)\s+versions?\b|"
    # a first telling's words (``first_told``) and a toll's own verbs: "first put the toll at", "initially gave"
    rf"\b(?:{FIRST_ADVERBS_EN})\s+(?:{TOLD_VERBS_EN}|put|gave|counted)\b|"
    + _FIRST_BILAN + r"|"
    rf"\b(?:premi[èe]res?|pr[ée]c[ée]dentes?)\s+informations\b|\b(?:{FIRST_ADVERBS_FR})\b", re.IGNORECASE)

# a first toll named as such, not a verb's "first reported"
_FIRST_TOLL_NAMED = re.compile(
    r"\b(?:first|initial|earlier|previous|original)\s+(?:death\s+)?(?:toll|count|figures?)\b|" + _FIRST_BILAN,
    re.IGNORECASE)

# a sentence telling the toll risen or revised: "the toll had risen to 16", « un nouveau bilan », « s'est alourdi », or
# summed: « au total »
REVISED_TOLL = re.compile(
    r"\b(?:toll|bilan|count)\b[^.;]{0,60}?\b(?:rose|risen|rising|climbed|jumped|increased|revised|"
    r"s['’]est\s+alourdi|s['’]alourdit|alourdi|revu|pass[ée])\b|"
    r"\b(?:new|updated|revised|latest)\s+(?:death\s+)?toll\b|\b(?:nouveau|dernier)\s+bilan\b|"
    r"\bbilan\s+(?:actualis[ée]|r[ée]vis[ée])\b|\bs['’]est\s+alourdi\b"
    # the figure replaced named beside the new one: "At least 20 were killed, up from 12 reported earlier"
    r"|\bup\s+from\s+(?:\d{1,3}\b|" + EARLIER_TOLL_NAMED + r"\b)"
    # a total summing the story's dead, its parts told before (« Ils ont égorgé le chef et son frère … Au total, au
    # moins six civils ont été tués »): the story's account, the parts no rival figure
    r"|\b(?:au\s+total|en\s+tout|in\s+all|in\s+total|altogether|a\s+total\s+of)\b", re.IGNORECASE)

# the words of an approximate figure: "about thirty", "some 25", « une dizaine », "a score", « environ vingt »: the
# casualty vocabulary's ``approx`` words of each language (``fatality_words``), the words that come close to a
# figure without reaching it ("nearly", « presque »: a ceiling the toll reader keeps as the figure) and French
# round-number nouns
_NEAR = r"nearly|almost|close\s+to|presque|pr[èe]s\s+d['’]une?"
_ROUND_NOUNS = r"(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)s?"
_APPROXIMATE = re.compile(
    r"\b(?:" + "|".join([*(casualty_vocab(language)[0]["approx"] for language in ("en", "fr")), _NEAR]) + r")\b|"
    rf"\b{_ROUND_NOUNS}\b|\b(?:a|some|about)\s+(?:dozen|score)\b", re.IGNORECASE)
APPROXIMATE_SLACK = 0.2  # "about ten" reaches 8 to 12
# a plural of round numbers as an account: "dozens" is coded 12 (ACLED's floor) but says two dozens at least,
# « des dizaines » two tens: against "a dozen" or « une dizaine » it is another account
_PLURAL_ROUND = re.compile(r"\b(?:dozens|scores|hundreds|dizaines|douzaines|vingtaines|centaines)\b", re.IGNORECASE)
ONE_APART = 1  # figures one death apart are one count told at two moments


def _neutral(m: EventMention) -> bool:
    """Told in the outlet's own voice or an unnamed source's: no party whose figure may play the toll down."""
    return not m.source_actor or m.source_actor.startswith(UNNAMED)


def _calls_its_figure_outdated(sentence: str) -> bool:
    """Whether ``sentence`` calls the figure it gives outdated (``FIRST_TOLL``), unless it tells the toll risen without
    naming a first toll as such (see ``superseded``)."""
    return FIRST_TOLL.search(sentence) is not None and not (
        REVISED_TOLL.search(sentence) and not _FIRST_TOLL_NAMED.search(sentence))


def gives_an_outdated_figure(sentence: str) -> bool:
    """Whether ``sentence`` names a first toll (``FIRST_TOLL``) without telling it risen nor setting its own figure
    against it (« Un premier bilan faisait état de sept morts »): its figure is outdated."""
    return FIRST_TOLL.search(sentence) is not None and not REVISED_TOLL.search(sentence) \
        and not sets_against_an_earlier(sentence)


def sets_against_an_earlier(sentence: str) -> bool:
    """Whether ``sentence`` gives its figure against the earlier one it names (« Dix-neuf civils ont été tués …, contre
    neuf annoncés initialement », "up from 12 reported earlier"): its first telling's words are the earlier figure's,
    its own figure is the current toll."""
    return any(earlier_figure(sentence, language) is not None for language in ("fr", "en"))


def superseded(mentions: Sequence[EventMention], root_of: dict[str, str],
               sentence_of: Callable[[EventMention], str],
               earlier_named: dict[str, list[int]] | None = None) -> set[str]:
    """The mention ids whose toll the same story revises (see the module's doc); ``earlier_named``: the earlier
    tolls each story (by its root document) names in sentences of their own (``earlier_tolls_named``)."""
    told = [m for m in mentions if m.fatalities is not None and m.fatalities.low is not None]
    # a sentence that tells the toll risen gives the current count unless it names a first toll as such: "first
    # reported" there may say anything was ("has risen to 22 … and not in Ayorou itself as first reported": the place)
    out = {m.mention_id for m in told if _calls_its_figure_outdated(sentence_of(m) or "")}
    told_risen = {m.mention_id for m in told if REVISED_TOLL.search(sentence_of(m) or "")}  # (read once per sentence)
    risen_above_named, named_earlier = _below_a_named_earlier_toll(told, out, root_of, earlier_named or {})
    told_risen |= risen_above_named
    out |= named_earlier
    revised: dict[str, int] = {}
    for m in told:
        if m.mention_id not in out and m.mention_id in told_risen:
            root = root_of.get(m.span.doc_id, m.span.doc_id)
            revised[root] = max(revised.get(root, 0), m.fatalities.low)
    for m in told:
        # "at least 10" before "the toll rose to 16" is the same count taken earlier, a floor as well
        root = root_of.get(m.span.doc_id, m.span.doc_id)
        if root in revised and _neutral(m) and m.fatalities.low < revised[root]:
            out.add(m.mention_id)
    return out | _risen_in_another_story(told, out, told_risen)


def earlier_tolls_named(text: str) -> list[int]:
    """The figures a story names as an earlier toll in a sentence of their own: « Un précédent bilan faisait état
    d'une quinzaine de morts », "An earlier toll put the dead at 25" (no report is read in such a sentence; the
    words of a first toll are French or English, and so is the figure read after them)."""
    out = []
    for sentence in _SENTENCE.split(text):
        # the figure a toll is set against in its own sentence (« Dix-neuf civils ont été tués …, contre neuf annoncés
        # initialement », "19 killed, up from 12 reported earlier"): the earlier toll too
        out += [n for language in ("fr", "en") if (n := earlier_figure(sentence, language)) is not None]
        if _FIRST_TOLL_NAMED.search(sentence) and not REVISED_TOLL.search(sentence):
            killed = next((k for language in ("fr", "en") if (k := find_fatalities(sentence, language)[0])), None)
            if killed is not None and killed.low is not None and not killed.vague:
                out.append(killed.low)
    return out


def risen_above_named_earlier(figures: Sequence[tuple[str, int]], earlier_named: dict[str, list[int]]) -> int | None:
    """The highest of a story's own figures (``figures``: its root document and the value) above an earlier toll
    it names: the toll risen to, as ``risen_toll`` reads « le bilan s'est alourdi à 27 »."""
    risen = [value for root, value in figures if any(value > e for e in earlier_named.get(root, ()))]
    return max(risen) if risen else None


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def _below_a_named_earlier_toll(told: Sequence[EventMention], outdated: set[str], root_of: dict[str, str],
                                earlier_named: dict[str, list[int]]) -> tuple[set[str], set[str]]:
    """(the figures a story tells above the earlier toll it names, the figures of other stories that toll is).
    « Plus d'une trentaine de civils ont été tués … Un précédent bilan faisait état d'une quinzaine de morts »: the
    story's thirty is the toll risen since, and another outlet's « entre 10 et 15 personnes », told by unnamed
    sources, the earlier count it names, not a rival account.  A named party's figure stays an account of its own
    (a party may play the toll down)."""
    def root(m: EventMention) -> str:
        return root_of.get(m.span.doc_id, m.span.doc_id)

    risen = {m.mention_id: root(m) for m in told if m.mention_id not in outdated
             and any(m.fatalities.low > e for e in earlier_named.get(root(m), ()))}
    # (a story that names its earlier toll revises it even where its new figure's sentence reads as a first telling:
    # « trente et un civils ont été tués …, contre quatorze annoncés initialement »)
    revising = set(risen.values()) | {root(m) for m in told
                                      if any(m.fatalities.low > e for e in earlier_named.get(root(m), ()))}
    earlier = set()
    for m in told:
        if m.mention_id in outdated or m.mention_id in risen or not _neutral(m):
            continue
        lo, hi = toll_range(m.fatalities)
        if any(lo <= e <= hi for r in revising - {root(m)} for e in earlier_named[r]):
            earlier.add(m.mention_id)
    return set(risen), earlier


def _risen_in_another_story(told: Sequence[EventMention], outdated: set[str], told_risen: set[str]) -> set[str]:
    """The figures a toll told risen in another outlet's story revises: "has risen to 31, the interior ministry said"
    (AFP, a day after Reuters' "at least 18, the interior ministry said"), "the army's toll has meanwhile risen to 14"
    after its "six soldiers and three VDP", or any risen toll after an outlet's own unsourced figure.  The toll told
    risen says the lower figures of that voice were the same count taken earlier: a revision, not a second account.
    Another voice's figure stays a rival account: a party's ("the government had put the toll at 12" against a local
    official's 22) may play the toll down, and two unnamed sources (a local official's seven, a hospital source's
    nine) counted apart.  ``told_risen``: the mentions whose sentence tells the toll risen."""
    risen = [(m.source_actor or "", m.fatalities.kind, m.fatalities.low) for m in told
             if m.mention_id not in outdated and m.mention_id in told_risen]
    return {m.mention_id for m in told if m.mention_id not in told_risen and any(
        kind == m.fatalities.kind and m.fatalities.low < value and (not m.source_actor or m.source_actor == voice)
        for voice, kind, value in risen)}


# a toll its reports say has risen: "the death toll rose to 27", « le bilan … s'est alourdi à 27 morts »; the toll's
# noun may carry its whole incident before the verb (« Le bilan de l'attaque perpétrée contre … s'est alourdi à 23 »);
# the new figure may follow a colon (« a été revu à la hausse : trente et un civils ont été tués ») or be told as
# the toll's level now (« initialement d'une vingtaine de morts, s'élève désormais à au moins 26 tués », "now stands at")
_RISEN = re.compile(
    r"\b(?:toll|bilan)\b[^.;]{0,160}?\b(?:(?:rose|has\s+risen|had\s+risen|climbed|jumped|increased|s['’]est\s+alourdi|"
    r"s['’]alourdit|est\s+pass[ée]|s['’][ée]l[èe]ve\s+(?:d[ée]sormais|maintenant)|now\s+stands|"
    r"(?:a\s+[ée]t[ée]|est)\s+revue?\s+[àa]\s+la\s+hausse)\s+(?:to|at|[àa])\s+|"
    r"(?:a\s+[ée]t[ée]|est)\s+revue?\s+[àa]\s+la\s+hausse\s*:\s*)"
    r"(?:at\s+least\s+|au\s+moins\s+)?(?P<n>\d+|[a-zà-ÿ-]+(?:\s+et\s+[a-zà-ÿ-]+)?)", re.IGNORECASE)


def risen_toll(texts: Sequence[str]) -> int | None:
    """The highest toll the texts say a toll has risen to, or None."""
    words = {**number_words("en"), **number_words("fr")}
    found = []
    for text in texts:
        for m in _RISEN.finditer(text):
            n = m.group("n").lower()
            # « trente et un » is one number; « vingt et »'s "et" may begin the rest of the sentence
            value = int(n) if n.isdigit() else (words.get(n) or words.get(n.split()[0], (None, False)))[0]
            if value:
                found.append(value)
    return max(found) if found else None


def _approximate(f: Fatalities) -> bool:
    return bool(_APPROXIMATE.search(f.phrase or ""))


def toll_range(f: Fatalities) -> tuple[float, float]:
    """(low, high) of a toll, an approximate figure widened by the slack its words allow."""
    low, high = float(f.low), (float(f.high) if f.high is not None else float("inf"))
    if f.high is None and _PLURAL_ROUND.search(f.phrase or ""):
        return 2 * low, high
    if _approximate(f):
        # a rough figure told as a floor (« plus d'une trentaine », « au moins une vingtaine », "more than about 30")
        # keeps its floor: the slack widens it upwards only, so « une vingtaine » and « plus d'une trentaine » do not
        # reach each other
        floor = low if _APPROXIMATE_FLOOR.search(f.phrase or "") else low * (1 - APPROXIMATE_SLACK)
        return floor, high * (1 + APPROXIMATE_SLACK)
    return low, high


# the words of a floor: "at least nine", « au moins neuf », "more than 30", « plus de trente »
_FLOOR = re.compile(r"\b(?:at\s+least|no\s+(?:fewer|less)\s+than|more\s+than|au\s+moins|pas\s+moins\s+de|plus\s+de)\b",
                    re.IGNORECASE)


# the same words before a rough figure: « plus d'une trentaine », « au moins une vingtaine »
_APPROXIMATE_FLOOR = re.compile(_FLOOR.pattern + r"|\bplus\s+d['’]une?\b", re.IGNORECASE)


def _stated_floor(f: Fatalities) -> bool:
    """A figure told as a floor in words (see ``_FLOOR``), not a rounded or plural-round one."""
    return f.high is None and bool(_FLOOR.search(f.phrase or "")) and not _approximate(f) \
        and not _PLURAL_ROUND.search(f.phrase or "")


def _exact(f: Fatalities) -> bool:
    return f.high is not None and f.high == f.low and not _approximate(f)


def floor_above_figure(a: Fatalities, b: Fatalities) -> bool:
    """One source's stated floor above another's exact figure ("at least nine" against "eight"): two accounts
    even one death apart."""
    return any(_stated_floor(x) and _exact(y) and x.low > y.low for x, y in ((a, b), (b, a)))


def party_one_apart(a: EventMention, b: EventMention) -> bool:
    """Two exact figures one death apart, the lower told by a named party and the higher not by that party (the
    army's "five civilians" against local sources' six, a ministry's three soldiers against security sources'
    four): a party may play the toll down by one, so that is two accounts; two neutral voices one apart (an
    outlet's, unnamed sources') are one count told at two moments (``apart``)."""
    fa, fb = a.fatalities, b.fatalities
    if fa is None or fb is None or fa.low is None or fb.low is None or not (_exact(fa) and _exact(fb)):
        return False
    if abs(fa.low - fb.low) != ONE_APART:
        return False
    lower, higher = (a, b) if fa.low < fb.low else (b, a)
    # the party tells the lower figure (playing down); a party's own higher count ("four dead among the gendarmes",
    # confirmed after a first toll of three) is the count grown, not a rival account
    return not _neutral(lower) and lower.source_actor != higher.source_actor


def apart(a: Fatalities, b: Fatalities) -> bool:
    """Two tolls that cannot both be true: their ranges (``toll_range``) stay more than one death apart, or a
    stated floor lies above an exact figure (``floor_above_figure``)."""
    (a0, a1), (b0, b1) = toll_range(a), toll_range(b)
    return b0 - a1 > ONE_APART or a0 - b1 > ONE_APART or floor_above_figure(a, b)

