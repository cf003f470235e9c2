"""Casualty figures in a sentence: numbers with their qualifiers, following ACLED's conventions.

"at least 17 killed" → low 17, high None; "seven were killed" → 7/7; "dozens" → low 12 (ACLED
codes vague plurals with a floor, its FAQ on fatalities: "ACLED codes 10 for 'tens,' 12 for 'dozens,'
100 for 'hundreds'", the most conservative estimate of a vague one: "several" 3, "tens" and « des dizaines » 10,
"a dozen" 12, "dozens" 12, "scores" 20, "hundreds" 100); "heavy losses" → no number, ``vague`` True; an absurd figure
("10000000000 killed") is rejected rather than coded. The number words live in ``data/numbers_<lang>.tsv`` and the
casualty vocabulary below is English, overridden per language by ``data/fatalities_<lang>.tsv``."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.model import Fatalities
from sitrep.analyse.recalled_clause import blank_recalled_clauses
from sitrep.analyse.contested_toll import lowest_of_rival_counts
from sitrep.analyse.pronoun_tolls import part_killed
from sitrep.analyse.fatality_quotes import scare_quotes_dropped, unquoted_figures
from sitrep.analyse.fatality_victims import kin_told_after, MAX_PLAUSIBLE, pronoun_toll, SHARE_OPENERS, victims_named
from sitrep.analyse.fatality_words import vocab as _vocab
from sitrep.analyse.found_dead_counts import found_dead_pattern
from sitrep.analyse.killers_counted import killers_counted
from sitrep.analyse.ordinal_dead import with_ranked_death
from sitrep.analyse.side_tolls import (
    bomber_told_last, doubled_for_each_side, summed_across_clauses, summed_by_side, with_own_losses, with_the_bomber,
)
from sitrep.analyse.vague_enemy_toll import with_exact_beside_vague_enemy
from sitrep.analyse.number_words import number_alternation as _number_alternation, number_words, parse_number
from sitrep.analyse.count_ranges import range_first, range_head as count_range_head, range_last

log = logging.getLogger(__name__)


# Dead told in the plural with no figure ("civilians were killed", « des civils ont été tués »): ACLED's
# notes code "unknown fatalities at low estimate of 3", the lowest plural, as "several" is; the words
# that only say losses ("heavy losses") or "casualties" (dead and wounded mixed) stay unquantified.
UNNUMBERED_LOW = 3
UNNUMBERED_ESTIMATE = "ACLED low estimate of 3 for dead told without a figure"


@dataclass(frozen=True)
class _Patterns:
    killed: re.Pattern[str]
    killed_before: re.Pattern[str]
    injured: re.Pattern[str]
    injured_before: re.Pattern[str]
    toll: re.Pattern[str]
    toll_update: re.Pattern[str]
    singular: re.Pattern[str]
    vague: re.Pattern[str]
    unnumbered: re.Pattern[str]
    animals: re.Pattern[str]  # a count of animals, with the "and" before the people counted next


# a figure that measures a distance, a time or a share is no count of people: "a post 30 km north of
# Bourem, killing 5 soldiers", "à 40 km de Djibo, tuant 3 civils", "48 hours later, two were killed"
_NOT_A_MEASURE = (r"(?!\s*(?:km|kms|kilomet(?:re|er)s?|kilomètres?|miles?|mi|met(?:re|er)s?|mètres?|m|hours?|heures?|h|"
                  r"minutes?|days?|jours?|weeks?|semaines?|months?|mois|years?|ans|années|per\s?cent|pour\s?cent)\b|\s*%)")


@lru_cache(maxsize=4)
def _patterns(language: str = "en") -> _Patterns:
    v, _ = _vocab(language)
    qual, kill, inj, role = v["qual"], v["kill_words"], v["inj_words"], v["role"]
    # (a year is never the count: "On 30 October 2021, four bodies were found" is four)
    # (a figure may open a quotation: « ont tué « des dizaines de soldats » »)
    num = rf"(?:[\"“”‘’']|«\s?)?(?<!\w)(?!(?:19|20)\d\d(?!\d|,\d))(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|{_number_alternation(language)})(?!\w)[\"“”‘’']?"
    # a word between the figure and its casualty word: never another figure or casualty word, so
    # "23 dead and dozens wounded" gives 23 killed and dozens injured, not 23 injured
    word = rf"(?:[\s,]+(?!(?:{kill}|{inj}|\d+)\b)[\w'’\-]+)"
    # the force's acronym in brackets after who ("six elements of the Defence and Security Forces (FDS) lost their lives")
    acronym = r"(?:\s*\((?-i:[A-Z][A-Za-z.]{1,9})\))?"
    # number, then up to six words naming who, then the casualty word: "seven of its officers were killed"
    # (who may be described between commas after it: « Au moins 25 personnes, des supplétifs civils de l'armée et
    # des habitants, ont été tuées », "some 20 people, most of them traders from the weekly market, were killed")
    # (or a share of them between commas, in figures too: "15 people, including 9 assailants, were killed" is 15)
    appositive = (rf"(?:\s*,(?:\s+(?!(?:{kill}|{inj}|\d+)\b)[\w'’\-]+){{2,12}}\s*(?=,)"
                  rf"|\s*,\s+{SHARE_OPENERS}(?:\s+(?!(?:{kill}|{inj})\b)[\w'’\-]+){{1,8}}\s*(?=,))?")
    killed = rf"(?<!\w){qual}{num}{_NOT_A_MEASURE}(?P<who>{word}{{0,7}}?{acronym}{appositive})[\s,]+(?:{v['aux']}\s+)?(?:{v['adv']}\s+)?(?:(?:{v['found_as']}|{v['caught_as']})\s+)?(?P<kw>{kill})\b(?P<tail>\s+(?:{v['tail']}))?"
    # a range after the verb reads as its upper figure, whose lower one ``count_ranges.range_first`` takes ("killing between 10
    # and 15 civilians"); victims may be told as someone's ("killing its three occupants", « tuant ses deux passagers »)
    range_head = count_range_head(language)
    owners = r"(?:(?:its|their|his|her|ses|leurs)\s+)?"
    killed_before = rf"\b{v['kill_before']}\s+{owners}{range_head}{qual}{num}(?P<after>(?:\s+[\w'’\-]+){{0,2}})"
    injured = rf"(?<!\w){qual}{num}{_NOT_A_MEASURE}{word}{{0,7}}?[\s,]+(?:{v['inj_aux']}\s+)?(?:also\s+)?{inj}\b"
    injured_before = rf"\b{v['inj_before']}\s+{range_head}{qual}{num}"
    toll = rf"{v['toll']}\s+{range_head}{qual}{num}"
    toll_update = rf"{v['toll_update']}\s+{qual}{num}"
    singular = (
        rf"\b(?:{v['singular_det']}\s+(?:[\w'’\-]+\s+){{0,4}}{role}\s+{v['singular_aux']}\s+"
        rf"(?:reportedly\s+)?{v['singular_verb']}"
        rf"|{v['death_of']}\s+(?:[\w'’\-]+\s+){{0,3}}?{role}\b(?!s)|{v['kill_one']}|{v['died_one']})"
    )
    count = rf"(?:\d+|{_number_alternation(language)})"  # animals are no toll: "40 goats and 3 herders" is 3
    animals = rf"\b{count}\s+(?:(?!(?:and|or|of|et|ou|de)\b)[\w-]+\s+){{0,2}}?{v['animals']}\b(?:,?\s+(?:and|et)(?=\s+{count}\b))?"
    flags = re.IGNORECASE
    return _Patterns(
        killed=re.compile(killed, flags),
        killed_before=re.compile(killed_before, flags),
        injured=re.compile(injured, flags),
        injured_before=re.compile(injured_before, flags),
        toll=re.compile(toll, flags),
        toll_update=re.compile(toll_update, flags),
        singular=re.compile(singular, flags),
        vague=re.compile(v["vague"], flags),
        unnumbered=re.compile(v["unnumbered"], flags),
        animals=re.compile(animals, flags),
    )


def _figure(m: re.Match[str], kind: str, language: str) -> Fatalities | None:
    parsed = parse_number(m.group("num"), language)
    if parsed is None:
        return None
    value, floor = parsed
    if 1900 <= value <= 2100 and re.fullmatch(r"\d{4}", m.group("num")):
        return None  # a year ("On 5 February 2024, gunmen killed…"), not a count
    if value > MAX_PLAUSIBLE:
        log.info("rejected implausible casualty figure %r", m.group(0))
        return None
    qual = (m.group("qual") or "").lower()
    qual = _vocab(language)[1].get(qual, qual)
    low: int | None = value
    high: int | None = value
    if floor or qual in ("at least", "more than", "over"):
        high = None  # "more than 20" is coded 20: ACLED takes the stated figure as the floor
    elif qual in ("up to", "as many as"):
        low, high = None, value
    estimate = UNNUMBERED_ESTIMATE if floor and _UNKNOWN_COUNT.search(m.group("num")) else ""
    first = range_first(m, language)
    if first is not None and low is not None and first < low:
        low = first  # "two to three people were killed": ACLED codes the lowest figure given
    last = range_last(m, language)
    if last is not None and high is not None and last > high:
        high = last  # « entre 10 et 15 personnes ont été tuées »: the count read is the range's lower figure
    return Fatalities(low=low, high=high, phrase=m.group(0).strip(), kind=kind, estimate=estimate)


# the number words of a count the source does not know ("an unknown number of", « un nombre indéterminé de »)
_UNKNOWN_COUNT = re.compile(r"\bnumber\b|\bnombre\b", re.IGNORECASE)


# the words between a figure and a killing verb ending on "and": the figure is another verb's object and the
# killing a second deed with its own victims ("burned several granaries and shot dead two farmers")
_OBJECT_OF_ANOTHER_VERB = re.compile(r"\s(?:and|et|then|puis)$", re.IGNORECASE)

def _better(a: Fatalities | None, b: Fatalities | None) -> Fatalities | None:
    """Keep the larger figure of two for the same sentence ("killing 6 civilians, including 2 women"); a ceiling
    alone ("up to 10 dead") beside a count ("at least 6 civilians") only bounds it: ACLED codes the lower figure."""
    if a is None:
        return b
    if b is None:
        return a
    for count, ceiling in ((a, b), (b, a)):
        if count.low is not None and ceiling.low is None and ceiling.high is not None and count.low < ceiling.high:
            return count
    key = lambda f: (f.low or f.high or 0)  # noqa: E731
    return b if key(b) > key(a) else a


@lru_cache(maxsize=4)
def _coded_figure(language: str) -> re.Pattern[str]:
    """A coder's own figure in ACLED's notes: "unknown fatalities coded at low estimate of 3",
    "fatalities coded as 10": what the dataset records, whatever the sources' vaguer words."""
    num = rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|{_number_alternation(language)})"
    # or the coder's bare count closing the note, a sentence of its own ("1 fatality.", "3 fatalities.")
    return re.compile(rf"\b(?:fatalities|deaths|death toll|dead)\s+(?:(?:are|were|is|was)\s+)?coded\s+(?:as|at)\s+"
                      rf"(?:an?\s+|the\s+)?(?:(?:low|lowest|conservative)\s+estimate\s+of\s+)?{num}(?!\w)"
                      rf"|(?:^|(?<=[.;]\s))\s*{num.replace('?P<num>', '?P<bare>')}\s+fatalit(?:y|ies)(?=\s*(?:[.;]|$))", re.IGNORECASE)


def _coder_stated(text: str, language: str) -> Fatalities | None:
    m = _coded_figure(language).search(text)
    if m is None:
        return None
    raw = (m.group("num") or m.group("bare")).lower().replace(",", "")
    value = int(raw) if raw.isdigit() else number_words(language).get(raw, (None, False))[0]
    return None if value is None else Fatalities(low=value, high=value, phrase=m.group(0), kind="killed")


def coder_figure(killed: Fatalities | None, language: str = "en") -> bool:
    """Whether a figure is the note's coder's own ("Fatalities coded as 40 following conflicting reports"):
    what the dataset records, so it replaces the sources' figures told before it in the note."""
    return killed is not None and bool(killed.phrase) and (_coded_figure(language).fullmatch(killed.phrase) is not None
                                                           or _CODER_UNKNOWN.fullmatch(killed.phrase) is not None)


# who tells the toll ("According to a village elder, nineteen herders were killed", « selon un notable,
# … »): blanked (same length, so phrases stay quotes of the text) lest the speaker be read as a victim.
# A speaker holds no figure and no verb of a toll: "according to local sources at least 15 people died in the
# fighting, most of them assailants" has no comma after its speaker, and the toll itself must not be blanked
_SPEAKER = re.compile(
    r"\b(?:according to|citing|selon|d['’]après)\s+"
    r"(?:(?!\b(?:at least|au moins|were|was|are|is|have|has|died|killed|dead|ont|a été|sont)\b)[^,;.:\d]){1,60},",
    re.IGNORECASE)


# a day of a month is no count: "On 28 December, gunmen killed two villagers", "On December 30 gunmen shot
# dead three drivers", « le 1er mai, … ont tué quatre civils » (blanked; English month names are capitalised,
# "five may have died" is a count)
_EN_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
              r"Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
_FR_MONTHS = r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
# the first day of a span goes with it ("the night of 4 to 5 May", "between 9 - 11 June", « du 7 au 9 avril »)
_SPAN_FIRST_DAY = r"(?:\d{1,2}(?:st|nd|rd|th|er)?(?:\s+(?:of\s+)?(?:(?-i:" + _EN_MONTHS + r")|" + _FR_MONTHS + \
    r")\.?)?\s*(?:to|and|until|through|-|–|/|au|à|et)\s*(?:the\s+)?)?"
_DAY_OF_MONTH = re.compile(
    rf"\b{_SPAN_FIRST_DAY}\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?:(?-i:{_EN_MONTHS})\b\.?|(?:{_FR_MONTHS})\b)"
    rf"|\b(?-i:{_EN_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    # a day in figures ("On 14/03/24", "12.04.2024"), and days told without their month ("in the night of 14 to 15",
    # « dans la nuit du 14 au 15 », « le 12 courant »)
    r"|(?<![\d/.])[0-3]?\d([/.])[01]?\d\1(?:\d{4}|\d{2})(?![\d/.])"
    # (the year first, "On 2024/05/07"; ACLED's own "5-Jun-2024"; a day and month alone after "on", "on 5/5 gunmen")
    r"|\b(?:19|20)\d{2}([/.-])[01]?\d\2[0-3]?\d\b"
    rf"|\b\d{{1,2}}-(?:{_EN_MONTHS}|{_FR_MONTHS})-(?:\d{{4}}|\d{{2}})\b"
    r"|(?<=\bon\s)[0-3]?\d/[01]?\d\b(?![/.]?\d)"
    r"|\b(?:nuit|night)\s+(?:du|of\s+the|of)\s+\d{1,2}(?:st|nd|rd|th|er)?\s+(?:au|to|into)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th|er)?\b"
    r"|\ble\s+\d{1,2}(?:er)?\s+courant\b", re.IGNORECASE)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


@lru_cache(maxsize=4)
def _running_total(language: str) -> re.Pattern[str]:
    """A running total over several incidents to the clause's end ("killing eight, bringing the toll this
    week to 40", « portant le bilan de la semaine à 40 morts »), the violence an incident set off, another
    incident told in the same sentence and an earlier one this one answers: blanked, none is a toll of this
    event."""
    v = _vocab(language)[0]
    return re.compile(rf"{v['toll_running']}\s[^.;,]*|{v['set_off']}[^.;]*|{v['other_incident']}|{v['referred_toll']}",
                      re.IGNORECASE)


@lru_cache(maxsize=4)
def _bracket_after_victims(language: str) -> re.Pattern[str]:
    """A bracket listing people right after the people a count names ("killed 2 civilians (a man and his wife)",
    "6 people (4 soldiers and 2 civilians) died"): it tells who the count holds, never more dead.  (A bracket
    naming the count's people once, "9 VDP (volunteer fighters)", lists nobody and stays.)"""
    victim = _vocab(language)[0]["victim"]
    listing = rf"\([^()]*?\b{victim}\b[^()]*?(?:,|\b(?:and|et)\b)[^()]*\)"
    return re.compile(rf"(?<![\w'’])(?P<who>{victim})(?P<bracket>\s*{listing})", re.IGNORECASE)


def _blank_bracket(m: re.Match[str]) -> str:
    return m.group("who") + " " * len(m.group("bracket"))


@lru_cache(maxsize=4)
def _restated_in_digits(language: str) -> re.Pattern[str]:
    """A number word restated in digits in brackets, the style of official communiqués ("trois (3) militaires
    tombés", "five (5) soldiers"): one figure, written twice."""
    return re.compile(rf"(?<!\w)(?P<word>{_number_alternation(language)})(?P<bracket>\s*\(\s*(?P<digits>\d+)\s*\))",
                      re.IGNORECASE)


def _blank_restated(m: re.Match[str], language: str) -> str:
    said = parse_number(m.group("word"), language)
    if said is None or said[0] != int(m.group("digits")):
        return m.group(0)
    return m.group("word") + " " * len(m.group("bracket"))


def find_fatalities(text: str, language: str = "en") -> tuple[Fatalities | None, Fatalities | None]:
    """(killed, injured) figures stated in ``text``; either may be None."""
    killed, injured = _fatalities_of(text, language)
    # the memo's records are shared: each caller gets copies of its own, which it may change
    return (killed.model_copy() if killed is not None else None, injured.model_copy() if injured is not None else None)


# a sentence's toll is asked for by several stages (the event's codebook label, its doubts, its mention, the
# tolls told beside it): a third of the calls on ACLED notes repeat one, ~2 ms of regular expressions each
@lru_cache(maxsize=512)
def _fatalities_of(text: str, language: str) -> tuple[Fatalities | None, Fatalities | None]:
    text = unquoted_figures(text)  # ('killed "more than 20" soldiers')
    killed, injured = _read_tolls(text, language)
    if killed is None and (bare := scare_quotes_dropped(text)) != text:
        # "the army said it 'neutralised' five terrorists": read without the quotes only when the text told no toll
        # with them, so a toll read as written keeps its phrase a quote of the text
        killed = _read_tolls(bare, language)[0]
    return killed, injured


def _read_tolls(text: str, language: str) -> tuple[Fatalities | None, Fatalities | None]:
    told = text  # (the tellers, before they are blanked: rival versions are told by two of them)
    text = _SPEAKER.sub(_blank, text)
    text = _restated_in_digits(language).sub(lambda m: _blank_restated(m, language), text)
    text = _bracket_after_victims(language).sub(_blank_bracket, text)
    text = re.sub(_vocab(language)[0]["no_deaths"], _blank, text, flags=re.IGNORECASE)  # "no deaths were reported"
    text = re.sub("|".join(_vocab(language)[0][k] for k in ("escaped_death", "accused_of_killing")), _blank, text, flags=re.IGNORECASE)
    text = _DAY_OF_MONTH.sub(_blank, text)
    text = blank_recalled_clauses(text)  # ", days after an assault on Y left 19 dead": another incident's dead
    text = _running_total(language).sub(_blank, text)
    text = _patterns(language).animals.sub(_blank, text)  # "2 dead young owls", "40 goats and 3 herders"
    text = bomber_told_last(text, language)  # "killing himself and two soldiers": the list read as "two soldiers and himself"
    killed, injured = _stated_fatalities(text, language)  # (a communiqué's « côté ami, … ; côté ennemi, … »: both sides)
    if (coded := _coder_stated(text, language)) is not None:
        return coded, injured
    killed = summed_by_side(text, language, _stated_fatalities) or summed_across_clauses(text, language, _stated_fatalities) \
        or with_own_losses(text, killed, language)
    killed = doubled_for_each_side(text, killed, language)  # "Each side lost three men": six in all
    killed = lowest_of_rival_counts(text, killed, language, _stated_fatalities, told)  # "X said 9 died, while Y put it at 7"
    killed = with_exact_beside_vague_enemy(text, killed, language, _stated_fatalities)  # "six soldiers …, dozens of terrorists"
    return with_the_bomber(text, killed, language), injured


def _a_range(f: Fatalities) -> bool:
    """A toll told as a range ("between 10 and 15", "two to three"): its two figures differ."""
    return f.low is not None and f.high is not None and f.high > f.low


def _stated_fatalities(text: str, language: str) -> tuple[Fatalities | None, Fatalities | None]:
    p = _patterns(language)
    killed: Fatalities | None = None
    later: list[Fatalities | None] = []  # the dead added to a toll told before them in the sentence
    for m in _killed_matches(text, p.killed):
        kind = "killed"
        if m.group("tail") and re.search(r"prisoner|captured|arrested|abducted", m.group("tail"), re.I):
            kind = "killed_or_captured"
        if m.group("kw").lower() == "casualties":
            continue  # "15 casualties" mixes dead and wounded: ACLED does not code it as deaths
        if _OBJECT_OF_ANOTHER_VERB.search(m.group("who")):
            continue  # "set fire to several granaries and shot dead two farmers": the figure counts the granaries
        if killers_counted(text, m):
            continue  # "two armed men shot dead the council president": the figure counts the killers
        if re.search(rf"\b{_vocab(language)[0]['inj_before']}\s*$", text[:m.start()], re.I):
            continue  # "injuring 4 and killing 2": the 4 are the wounded, whatever verb follows them
        if killed is None and _MORE.match(m.group("who")) and (one := p.singular.search(text, 0, m.start())):
            # « un combattant est tombé en martyr et deux autres ont été blessés mortellement »: the others add to the one
            killed = Fatalities(low=1, high=1, phrase=one.group(0).strip(), kind="killed")
        # the wounded who died afterwards add to the toll told around them, whichever verb tells it first
        # ("killing two and injuring three others, one of whom died later" is 3)
        if _of_the_wounded(text, m, language) or killed is not None and (_MORE.match(m.group("who"))
                                                                         or _ANOTHER.search(text, 0, m.start())):
            later.append(_figure(m, kind, language))  # "five were killed, and two more later died"
            continue
        killed = _better(killed, _figure(m, kind, language))
    for m in p.killed_before.finditer(text):
        if re.match(rf"(?:\s+[\w'’\-]+)?\s+{_vocab(language)[0]['after_injured']}\b", m.group("after") or "", re.I):
            continue  # "killed 3 wounded", "leaving two people injured": the wounded, not a toll
        killed = _better(killed, _figure(m, "killed", language))
    for m in p.toll.finditer(text):
        killed = _better(killed, _figure(m, "killed", language))
    for m in _among_sides(language).finditer(text):
        killed = _better(killed, _sides_summed(m, language))
    for m in _wounded_died(language).finditer(text):
        if killed is not None:
            later.append(_figure(m, "killed", language))
        else:
            killed = _figure(m, "killed", language)
    latest = _latest_toll(text, p, language) if killed is not None else None
    if latest is not None:
        return latest, _injured(text, p, language)
    victims = victims_named(text, language)
    if victims is not None and killed is not None and _a_range(killed) and killed.phrase in victims.phrase \
            and victims.low == killed.low:
        pass  # « entre 10 et 15 personnes ont été tuées »: one range, not a list of victims ten and fifteen
    # (a range beside other victims, "four to five soldiers and two militiamen", is summed by its lower figure below)
    elif victims is not None and killed is not None and victims.high is not None and killed.phrase in victims.phrase:
        killed = victims  # the same words read item by item: "several militants and two soldiers were killed" is 2
    elif victims is not None and (killed is None or killed.high is not None or (killed.low or 0) < (victims.low or 0)):
        # the victims summed over their lists, unless a stated floor says more ("at least 20")
        killed = _better(killed, victims)
    if killed is None and (found := found_dead_pattern(language)) is not None and (m := found.search(text)):
        killed = _figure(m, "killed", language)  # "four traders kidnapped on the X road were found lifeless"
    if killed is None:
        killed = pronoun_toll(text, language) or part_killed(text, language)
    if killed is None:
        m = p.singular.search(text)
        if m:
            killed = Fatalities(low=1, high=1, phrase=m.group(0).strip(), kind="killed")
    killed = with_ranked_death(text, kin_told_after(text, killed, language), language)  # "… and a fourth later died"
    added = [f for f in later if f is not None and f.low is not None]
    if killed is None and added:  # only the wounded who died later ("four were wounded; one of them succumbed")
        killed, added = added[0], added[1:]
    killed = _plus_later(killed, added)
    if killed is None:
        m = p.unnumbered.search(text)
        if m:
            killed = Fatalities(low=UNNUMBERED_LOW, high=None, phrase=m.group(0), kind="killed", estimate=UNNUMBERED_ESTIMATE)
    if killed is None:
        m = p.vague.search(text)
        if m:
            killed = Fatalities(low=None, high=None, phrase=m.group(0), vague=True, kind="killed")
    return killed, _injured(text, p, language)


# a count added to the one told before it: "two more", « deux autres », "another three"
_MORE = re.compile(r"\s+(?:more|others?|autres)\b", re.IGNORECASE)
_ANOTHER = re.compile(r"\b(?:another|a further|further)\s+$", re.IGNORECASE)


# a count of people, then a share of them: "six others, two of whom later died"
_SHARE_AFTER_COMMA = re.compile(r",\s+\S+\s+of\s+(?:whom|them|those)\b", re.IGNORECASE)
def _killed_matches(text: str, killed: re.Pattern[str]) -> list[re.Match[str]]:
    """The killed figures of ``text``; a count whose words hold a share of it ("wounding six others, two of whom
    later died") is the wounded, and the share is read on its own from where it starts."""
    found, pos = [], 0
    while (m := killed.search(text, pos)) is not None:
        share = _SHARE_AFTER_COMMA.search(m.group("who"))
        if share is None:
            found.append(m)
            pos = m.end()
        else:
            pos = m.start("who") + share.start() + 1
    return found


# "…and 6 wounded, two of whom died the next day": a share of the wounded told just before
_OF_WHOM = re.compile(r"\s+of\s+(?:whom|them|those)\b", re.IGNORECASE)


def _of_the_wounded(text: str, m: re.Match[str], language: str) -> bool:
    """Whether the dead ``m`` counts are some of the wounded counted right before them, dying afterwards."""
    inj = _vocab(language)[0]["inj_words"]
    # (across a semicolon too: "four were wounded; one of them succumbed")
    return bool(_OF_WHOM.match(m.group("who"))) and re.search(rf"\b{inj}\b[^.]{{0,20}}$", text[max(0, m.start() - 40):m.start()],
                                                               re.IGNORECASE) is not None


def _plus_later(killed: Fatalities | None, later: list[Fatalities]) -> Fatalities | None:
    """The sentence's toll with the dead told as added to it (the wounded who died later, "two more")."""
    if killed is None or killed.low is None or not later:
        return killed
    added = sum(f.low for f in later)
    return killed.model_copy(update={"low": killed.low + added, "high": None if killed.high is None else killed.high + added,
                                     "phrase": "; ".join([killed.phrase, *(f.phrase for f in later)])})


@lru_cache(maxsize=4)
def _among_sides(language: str) -> re.Pattern[str]:
    """Each side's dead with the noun left out the second time ("7 dead among the soldiers and 12 among the
    assailants", « 7 morts parmi les soldats et 12 parmi les assaillants »)."""
    v = _vocab(language)[0]
    num = rf"\d+|{_number_alternation(language)}"
    return re.compile(rf"(?<!\w)(?P<a>{num})\s+{v['kill_words']}\s+(?P<among>{v['among']})\s+[^,.;]{{1,40}}?\s+(?:and|et)\s+"
                      rf"(?P<b>{num})\s+(?P=among)\b", re.IGNORECASE)


def _sides_summed(m: re.Match[str], language: str) -> Fatalities | None:
    a, b = parse_number(m.group("a"), language), parse_number(m.group("b"), language)
    if a is None or b is None:
        return None
    total = a[0] + b[0]
    return Fatalities(low=total, high=None if a[1] or b[1] else total, phrase=m.group(0), kind="killed")


@lru_cache(maxsize=4)
def _wounded_died(language: str) -> re.Pattern[str]:
    """A count of the wounded who died afterwards ("two of the wounded later died", « deux blessés ont succombé »):
    the casualty words would read them as wounded."""
    v = _vocab(language)[0]
    num = rf"(?P<num>\d+|{_number_alternation(language)})(?!\w)"
    return re.compile(rf"(?<!\w){v['qual']}{num}\s+{v['wounded_died']}", re.IGNORECASE)


# the coder's word that the toll is not known ("Fatality counts unknown", "fatalities unknown"): ACLED codes 0
_CODER_UNKNOWN = re.compile(r"\b(?:fatalit(?:y|ies)|death toll|number of (?:fatalities|deaths))(?:\s+(?:counts?|figures?))?\s+"
                            r"(?:(?:is|are|was|were|remains?|remained)\s+)?(?:unknown|unclear|not known)\b", re.IGNORECASE)
# the kind of a stated zero: outside the kinds fusion weighs, so one outlet's "no deaths reported" never lowers
# another's count, while the event it is told of takes no toll told after it
NONE_REPORTED = "none_reported"


def stated_no_deaths(text: str, language: str = "en") -> Fatalities | None:
    """A zero toll when ``text`` says nobody died ("No fatalities were reported", « Aucune perte en vie humaine ») or
    the coder says the toll is unknown, and states no dead besides; None otherwise."""
    m = _CODER_UNKNOWN.search(text) or re.search(_vocab(language)[0]["no_deaths"], text, re.IGNORECASE)
    if m is None or find_fatalities(text, language)[0] is not None:
        return None
    return Fatalities(low=0, high=0, phrase=m.group(0), kind=NONE_REPORTED)


def _latest_toll(text: str, p: _Patterns, language: str) -> Fatalities | None:
    """The last figure a toll is said to have changed to, in a sentence that speaks of a toll."""
    if not p.toll.search(text):
        return None
    figures = [_figure(m, "killed", language) for m in p.toll_update.finditer(text)]
    return next((f for f in reversed(figures) if f is not None), None)


def _injured(text: str, p: _Patterns, language: str) -> Fatalities | None:
    injured: Fatalities | None = None
    for m in list(p.injured.finditer(text)) + list(p.injured_before.finditer(text)):
        if re.search(rf"\b{_vocab(language)[0]['before_killed']}\s*$", text[: m.start()], re.I):
            continue  # "killed 12 people and wounded 5": 12 is the death toll
        injured = _better(injured, _figure(m, "injured", language))
    return injured
