"""Casualty figures in a sentence: numbers with their qualifiers, following ACLED's conventions.

"at least 17 killed" → low 17, high None; "seven were killed" → 7/7; "dozens" → low 12 (ACLED
codes vague plurals with a floor, its FAQ on fatalities: "ACLED codes 10 for 'tens,' 12 for 'dozens,'
100 for 'hundreds'", the most conservative estimate of a vague one: "several" 3, "tens" and « des
dizaines » 10, "a dozen" 12, "dozens" 12, "scores" 20, "hundreds" 100); "heavy losses" → no number, ``vague`` True; an absurd figure ("10000000000
killed") is rejected rather than coded. The number words live in ``data/numbers_<lang>.tsv`` and
the casualty vocabulary below is English, overridden per language by ``data/fatalities_<lang>.tsv``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.model import Fatalities
from sitrep.analyse.data_tables import table_rows

log = logging.getLogger(__name__)


# Larger than any single event's toll in the conflicts sitrep follows; anything above is a typo,
# a population figure or a hoax, and coding it would poison every sum downstream.
MAX_PLAUSIBLE = 100_000

# Dead told in the plural with no figure ("civilians were killed", « des civils ont été tués »): ACLED's
# notes code "unknown fatalities at low estimate of 3", the lowest plural, as "several" is; the words
# that only say losses ("heavy losses") or "casualties" (dead and wounded mixed) stay unquantified.
UNNUMBERED_LOW = 3
UNNUMBERED_ESTIMATE = "ACLED low estimate of 3 for dead told without a figure"


@lru_cache(maxsize=4)
def number_words(language: str = "en") -> dict[str, tuple[int, bool]]:
    """word → (value, is_floor). A floor ("dozens") gives low=value, high=None."""
    words = {word.lower(): (int(value), kind == "floor")
             for word, value, kind in table_rows("numbers", language, 3)}
    return {**_compounds(words, language), **words}


# the word for one inside a compound ("vingt et un"), which the tables leave out as an article
_COMPOUND_ONE = {"fr": ("un", "une"), "en": ("one",)}


def _compounds(words: dict[str, tuple[int, bool]], language: str) -> dict[str, tuple[int, bool]]:
    """Tens joined to units ("twenty-three", « trente-cinq », « soixante et onze », « quatre-vingt-deux »):
    without them the regex reads only the units word and "twenty-three killed" becomes 3."""
    exact = {w: v for w, (v, floor) in words.items() if not floor and " " not in w}
    units = {w: v for w, v in exact.items() if 1 < v < 20}
    units.update({w: 1 for w in _COMPOUND_ONE.get(language, ())})
    out: dict[str, tuple[int, bool]] = {}
    for tens_word, tens in exact.items():
        if tens < 20 or tens % 10 or tens > 90:
            continue
        stem = tens_word.rstrip("s") if tens_word.endswith("vingts") else tens_word  # « quatre-vingt-un »
        for unit_word, unit in units.items():
            # French counts 70-79 and 90-99 on from 60 and 80 (« soixante-douze » is 72)
            if unit >= 10 and not (language == "fr" and tens in (60, 80)):
                continue
            for joiner in ("-", " ", "-et-", " et "):
                out.setdefault(f"{stem}{joiner}{unit_word}", (tens + unit, False))
    return out


def _number_alternation(language: str) -> str:
    words = sorted(number_words(language), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


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


_QUAL = r"(?P<qual>at least|more than|over|nearly|almost|about|around|some|approximately|up to|as many as|roughly|an estimated)?\s*"
_KILL_WORDS = (
    r"(?:killed|dead|died|deaths|slain|killing|murdered|executed|massacred|beheaded|lost their lives|"
    r"were shot dead|shot dead|bodies|fatalities|casualties)"
)
_INJ_WORDS = r"(?:injured|wounded|hurt|injuries|injuring|wounding)"
_ROLE = (
    r"(?:minister|commander|chief|leader|mayor|governor|soldier|officer|policeman|gendarme|civilian|"
    r"journalist|imam|priest|pastor|teacher|student|man|woman|boy|girl|child|spokesman|general|"
    r"colonel|captain|lieutenant|official|president|chief of staff|village head|farmer|herder|driver|"
    r"trader|worker|guard|fighter|militant|member|resident|person)"
)


# English casualty vocabulary; ``data/fatalities_<lang>.tsv`` (key<TAB>regex) overrides any of these
# fragments for another language (French: "au moins 17 soldats ont été tués", "faisant une dizaine de morts").
_EN_VOCAB: dict[str, str] = {
    "qual": _QUAL,
    "kill_words": _KILL_WORDS,
    "inj_words": _INJ_WORDS,
    "role": _ROLE,
    "aux": r"(?:were|have been|had been|was|are|being|got)",
    "adv": r"(?:reportedly|also)",
    "tail": r"(?:or|and)\s+(?:taken prisoner|captured|arrested|abducted|wounded|injured)",
    "kill_before": r"(?:killing|killed|kills|claimed the lives of|cost the lives of|left|leaving|death of|deaths of|killing of)",
    "inj_aux": r"(?:were|have been|had been|was|are)",
    "after_injured": r"(?:wounded|injured|hurt)",  # "killed 3 wounded": not a death toll
    "before_killed": r"(?:killing|killed|kills|left|leaving)",  # "killed 12 and wounded 5": 5 is injured
    "inj_before": r"(?:injuring|wounding|injured|wounded)",
    # "the toll climbed to 27", "the number of dead rose to 18", "the attack claimed 16 lives", a label
    # opening a count ("Dead: 6.")
    "toll": r"(?:\b(?:death toll|(?<!road )toll(?!\s+(?:booth|gate|road|station|plaza)s?\b)|number of (?:dead|deaths|"
            r"fatalities|people killed|victims))\b[^.;]{0,40}?\b(?:was|is|of|to|at|stood at|reached|rose to|climbed to)"
            r"|\b(?:claimed|cost)(?=[^.;:]{1,25}\blives\b)|\b(?:dead|killed|deaths|fatalities)\s*:)",
    # a running total over several incidents ("killing eight, bringing the toll this week to 40"): not this event's
    "toll_running": r"\b(?:bringing|brings|brought|raising|raises|taking|takes)\s+(?:the|its|their)(?:\s+total)?",
    # the violence an incident set off, told after it ("two farmers were killed, which sparked a week of clashes
    # where 6 were killed", "reprisals"): later events with their own dead, blanked to the sentence's end; the
    # fighting an ambush "triggered" is the ambush's own, and stays
    "set_off": r"\b(?:sparked|sparking|triggered|triggering|set off|setting off|unleashed|provoked|provoking)\s+(?:an?\s+|the\s+)?"
               r"(?:\w+\s+){0,2}?(?:reprisals?|retaliation|revenge|cycle|wave|series|spiral|(?:weekend|week|days|weeks|months)\s+of)\b",
    # a toll told as changed ("rose to 19, up from 12", "first put at 30, later revised to 25"): the latest
    # figure, which ACLED codes, wins over the earlier ones whatever their size
    "toll_update": r"\b(?:rose|risen|climbed|increased|jumped|revised(?:\s+(?:up|down|upwards|downwards))?|updated|"
                   r"raised|lowered|now stands|later stood)\s+(?:to|at)",
    "singular_det": r"(?:a|an|the|one|his|her|its|their)",
    "singular_aux": r"(?:was|has been|had been|is)",
    "singular_verb": r"(?:killed|shot dead|assassinated|murdered|beheaded|executed)",
    "death_of": r"(?:killing|assassination|murder|death) of (?:a|an|the|[A-Z][\w'’]*)",
    # one victim of an active killing, whatever the noun ("abducted and killed a forest guide", "shot dead a
    # shopkeeper"), unless the article opens a quantity ("killed a dozen", "an unknown number")
    "kill_one": r"\b(?:killed|shot dead|executed|murdered|assassinated|beheaded|slaughtered|gunned down)\s+(?:a|an)\s+"
                r"(?!(?:number|dozen|total|few|handful|score|couple|lot|hundred|thousand|estimated|further|unknown|"
                r"undetermined|unspecified|large|great|significant|series|group|majority)\b)[\w'’\-]+",
    "vague": r"\b(?:heavy|significant|severe|serious|huge|considerable|major|many|numerous)\s+"
             r"(?:losses|casualties|human losses|death toll)\b|\bnumerous dead bodies\b",
    # dead told in the plural with no figure ("civilians were killed", "gunmen killed villagers", "dead and
    # wounded were reported"): coded at the lowest plural, 3, the low estimate ACLED's own notes give for an
    # unknown number of dead (``UNNUMBERED_ESTIMATE``)
    "unnumbered": r"\b(?:civilians|people|villagers|residents|soldiers|troops|policemen|police officers|gendarmes|"
                  r"militants|fighters|passengers|traders|farmers|herders|workers|worshippers|children|women|men)\s+"
                  r"(?:were|have been|had been)\s+(?:reportedly\s+|also\s+)?(?:killed|shot dead|massacred|executed)\b"
                  r"|\b(?:killed|killing|massacred|executed|shot dead)\s+(?:civilians|people|villagers|residents|passengers|"
                  r"traders|farmers|herders|worshippers)\b(?!\s+(?:who|whom|that)\b)"
                  r"|\b(?:dead|deaths|fatalities)\s+(?:and\s+(?:wounded|injured)\s+)?(?:were|have been|had been)\s+reported\b",
}
# the people a toll counts, for lists of victims ("four farmers and a volunteer fighter", "a
# quranic teacher and a farmer"): plural forms are matched with an optional "s"
_EN_VOCAB["victim"] = (
    r"(?:people|persons?|civilians?|soldiers?|troops?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|farmers?|"
    r"herders?|herdsm[ae]n|pastoralists?|shepherds?|villagers?|residents?|traders?|merchants?|drivers?|"
    r"passengers?|police\s?m[ae]n|police officers?|customs officers?|officers?|gendarmes?|guards?|fighters?|"
    r"militants?|jihadists?|insurgents?|terrorists?|attackers?|assailants?|gunm[ae]n|rebels?|militiam[ae]n|"
    r"members?|volunteers?|teachers?|students?|pupils?|imams?|chiefs?|leaders?|officials?|workers?|miners?|"
    r"worshippers?|individuals?|councill?ors?|mayors?|motorcyclists?|hunters?|dozos?|elders?|relatives?|vdps?|"
    r"commanders?|bodyguards?|escorts?|sons?|daughters?|brothers?|sisters?|fathers?|mothers?|wife|wives|"
    r"husbands?|nephews?|thie(?:f|ves)|robbers?|suspects?)"
)
# "a village chief and his son", "a commander and his two bodyguards": a possessive before a count
# is part of the item, and before a singular victim it counts one
_EN_VOCAB["possessive"] = r"(?:his|her|their|its)"
_EN_VOCAB["kill_active"] = (
    r"(?:killed|kills|killing|shot dead|shot and killed|murdered|executed|assassinated|beheaded|"
    r"(?:beat|beaten|clubbed|stoned|stabbed|hacked|burned|burnt) to death|burn(?:ed|t) alive|lynched|"
    r"massacred|neutrali[sz]ed|neutrali[sz]ing|neutrali[sz]es|eliminat(?:ed|es|ing)|liquidat(?:ed|es|ing)|"
    r"lost|losing)"  # "the army lost 12 men": a side's own dead (a count of people must follow)
)
# "neutralised", "eliminated", "liquidated": armies' and state media's words for enemies killed, ACLED's deaths
_EN_VOCAB["kill_passive"] = (
    r"(?:(?:were|was|have been|had been|are|got)\s+(?:reportedly\s+|also\s+)?"
    # "were reported killed", "were said to have been killed", "were confirmed killed": a told toll is a toll
    r"(?:(?:reported|said|confirmed|believed|feared|thought|understood|presumed)\s+(?:to\s+have\s+been\s+)?)?)"
    # a death by beating, stoning, burning or lynching is a killing like any other ("beaten to death by a mob")
    r"(?:killed|shot dead|murdered|executed|assassinated|beheaded|massacred|['‘]?neutrali[sz]ed['’]?|eliminated|liquidated|"
    r"(?:beaten|clubbed|stoned|stabbed|hacked|burned|burnt) to death|burn(?:ed|t) alive|lynched)"
)
# a reduced passive closing a clause: "the army reported 10 soldiers and 20 assailants killed."
# "eight soldiers were killed and 15 militants neutralised": each side's dead count, summed
# "6 soldiers died and dozens of assailants were killed": a side's dead told with "died" count too
_EN_VOCAB["kill_reduced"] = r"(?:killed|dead|died|neutrali[sz]ed)(?=\s*(?:[.,;:)]|$|\s+(?:in|on|during|at|near|and|after|when|while)\b))"
_EN_VOCAB["article_one"] = r"(?:a|an|one)"
_EN_VOCAB["approx"] = r"(?:some|about|around|approximately|roughly|an estimated)"
# a floor before a count of victims ("eliminated more than 30 terrorists", « plus d'une trentaine »): 30, open
_EN_VOCAB["floor_qual"] = r"(?:(?:more than|over|at least|no fewer than)\s+)"  # with its separator, as French elides
# qualifiers of other languages mapped to the English ones ``_figure`` interprets ("au moins" → "at least")
_EN_QUAL_MAP: dict[str, str] = {}


@lru_cache(maxsize=4)
def _vocab(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """(regex fragments, qualifier map) for ``language``: English, overridden by the language's table."""
    vocab, qual_map = dict(_EN_VOCAB), dict(_EN_QUAL_MAP)
    for key, value in table_rows("fatalities", language, fallback=None):
        if key == "qual_map":
            qual_map.update(dict(pair.split("=", 1) for pair in value.split("|")))
        else:
            vocab[key] = value
    return vocab, qual_map


# a figure that measures a distance, a time or a share is no count of people: "a post 30 km north of
# Bourem, killing 5 soldiers", "à 40 km de Djibo, tuant 3 civils", "48 hours later, two were killed"
_NOT_A_MEASURE = (r"(?!\s*(?:km|kms|kilomet(?:re|er)s?|kilomètres?|miles?|mi|met(?:re|er)s?|mètres?|m|hours?|heures?|h|"
                  r"minutes?|days?|jours?|weeks?|semaines?|months?|mois|years?|ans|années|per\s?cent|pour\s?cent)\b|\s*%)")


@lru_cache(maxsize=4)
def _patterns(language: str = "en") -> _Patterns:
    v, _ = _vocab(language)
    qual, kill, inj, role = v["qual"], v["kill_words"], v["inj_words"], v["role"]
    num = rf"[\"“”‘’']?(?<!\w)(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|{_number_alternation(language)})(?!\w)[\"“”‘’']?"
    # a word between the figure and its casualty word: never another figure or casualty word, so
    # "23 dead and dozens wounded" gives 23 killed and dozens injured, not 23 injured
    word = rf"(?:[\s,]+(?!(?:{kill}|{inj}|\d+)\b)[\w'’\-]+)"
    # number, then up to six words naming who, then the casualty word: "seven of its officers were killed"
    killed = rf"(?<!\w){qual}{num}{_NOT_A_MEASURE}(?P<who>{word}{{0,7}}?)[\s,]+(?:{v['aux']}\s+)?(?:{v['adv']}\s+)?(?P<kw>{kill})\b(?P<tail>\s+(?:{v['tail']}))?"
    killed_before = rf"\b{v['kill_before']}\s+{qual}{num}(?P<after>(?:\s+[\w'’\-]+){{0,2}})"
    injured = rf"(?<!\w){qual}{num}{_NOT_A_MEASURE}{word}{{0,7}}?[\s,]+(?:{v['inj_aux']}\s+)?(?:also\s+)?{inj}\b"
    injured_before = rf"\b{v['inj_before']}\s+{qual}{num}"
    toll = rf"{v['toll']}\s+{qual}{num}"
    toll_update = rf"{v['toll_update']}\s+{qual}{num}"
    singular = (
        rf"\b(?:{v['singular_det']}\s+(?:[\w'’\-]+\s+){{0,4}}{role}\s+{v['singular_aux']}\s+"
        rf"(?:reportedly\s+)?{v['singular_verb']}"
        rf"|{v['death_of']}\s+(?:[\w'’\-]+\s+){{0,3}}?{role}\b(?!s)|{v['kill_one']})"
    )
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
    )


@lru_cache(maxsize=4)
def _victim_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """(active, passive, reduced passive) lists of victims: "killed four farmers and a volunteer
    fighter (VDP)", "a local council member and a farmer were killed", "10 soldiers and 20
    assailants killed"."""
    v, _ = _vocab(language)
    count = _item_count(language, named=False)
    # a count, up to three describing words, the victim noun, an optional bracket ("(VDP)")
    # an approximation leaves the count as stated ("neutralised some twenty-five terrorists", ACLED codes 25)
    item = rf"(?:{v['approx']}\s+|{v['floor_qual']})?{count}\s+(?:[\w'’\-]+\s+){{0,3}}?(?:d['’]|of\s+)?{v['victim']}\b(?:\s*\([^()]{{0,40}}\))*"
    items = rf"{item}(?:(?:\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+){item})*"
    active = re.compile(rf"\b{v['kill_active']}\s+(?P<list>{items})", re.IGNORECASE)
    passive = re.compile(rf"(?<![\w'’])(?P<list>{items})\s+{v['kill_passive']}\b", re.IGNORECASE)
    reduced = re.compile(rf"(?<![\w'’])(?P<list>{items})\s+{v['kill_reduced']}", re.IGNORECASE)
    return active, passive, reduced


def _item_count(language: str, named: bool = True) -> str:
    """The count of one item of a list of victims, in group ``n``: a figure, a number word, "a"/"one",
    after an optional possessive ("his two bodyguards"), or the possessive alone ("his son": one)."""
    v, _ = _vocab(language)
    count = rf"\d{{1,3}}(?:,\d{{3}})+|\d+|{_number_alternation(language)}|{v['article_one']}"
    poss = v.get("possessive")
    group = "?P<n>" if named else "?:"  # a list repeats the item: one named group per pattern only
    if poss is None:
        return rf"({group}{count})"
    return rf"(?:{poss}\s+)?({group}{count}|{poss}(?=\s+(?:[\w'’\-]+\s+){{0,2}}?{v['victim']}\b))"


def _victim_count(items: str, language: str) -> tuple[int, bool] | None:
    """(total, open-ended) of a list of victims: open when only vague counts or a stated floor give it."""
    v, _ = _vocab(language)
    count = _item_count(language)
    # a vague item beside a stated number is left out, as ACLED does ("12 soldiers and several
    # militants were killed" is 12); vague items alone give their floors ("several" 3)
    exact_total, vague_total, stated_floor = 0, 0, False
    for m in re.finditer(rf"(?<![\w'’])(?P<fq>{v['floor_qual']})?{count}\s+(?:[\w'’\-]+\s+){{0,3}}?(?:d['’]|of\s+)?{v['victim']}\b", items, re.IGNORECASE):
        n = m.group("n").lower()
        one = re.fullmatch(rf"{v['article_one']}|{v.get('possessive', '(?!)')}", n, re.IGNORECASE)
        parsed = (1, False) if one else parse_number(n, language)
        if parsed is None:
            return None
        if parsed[1]:
            vague_total += parsed[0]
        else:
            exact_total += parsed[0]
            stated_floor = stated_floor or bool(m.group("fq"))
    if exact_total:
        return exact_total, stated_floor
    return (vague_total, True) if vague_total else None


def _victims(text: str, language: str) -> Fatalities | None:
    """The dead named as victims, summed over the lists of the sentence ("villagers killed two
    policemen who shot dead a woman" → 3; "killed four farmers and a volunteer fighter" → 5).  A
    list is a count per item, so "killed 12 people, including 5 soldiers" stays 12 (no list)."""
    lists = []  # (start, end, count, vague, phrase)
    for pattern in _victim_patterns(language):
        for m in pattern.finditer(text):
            s, e = m.span("list")
            if any(s < te and ts < e for ts, te, *_ in lists):
                continue
            if re.search(rf"\b{_vocab(language)[0]['after_injured']}\s*$", text[max(0, s - 20):s], re.I):
                continue
            counted = _victim_count(m.group("list"), language)
            if counted is not None:
                lists.append((s, e, counted[0], counted[1], m.group(0).strip()))
    lists = [x for x in lists if not _vague_claim_beside(text, x, lists)]
    total = sum(x[2] for x in lists)
    if not total or total > MAX_PLAUSIBLE:
        return None
    floor, phrases = any(x[3] for x in lists), [x[4] for x in lists]
    return Fatalities(low=total, high=None if floor else total, phrase="; ".join(phrases), kind="killed")


# a second side's claim told after a stated toll ("the army reported six soldiers killed and claimed dozens of
# rebels neutralised", "the rebels said they lost several fighters", « et affirme avoir neutralisé des dizaines »)
_CLAIM_BETWEEN = re.compile(r"\b(?:claim(?:ed|s|ing)?|said|says|reported|admitted|acknowledged|asserted|"
                            r"affirm(?:e|ent|ait|ant)|a\s+affirmé|revendiqu\w*|a\s+reconnu|reconna\w*|déclar\w*|"
                            r"indiqu\w*|annonc\w*)\b", re.IGNORECASE)


def _vague_claim_beside(text: str, item: tuple, lists: list[tuple]) -> bool:
    """Whether a vague count (``item``) is another side's claim told after a stated count: ACLED codes the
    stated figure and adds no floor for the claim ("six soldiers killed and claimed dozens of rebels
    neutralised" is 6).  Dead told together, even vaguely ("four soldiers died and dozens of attackers were
    killed"), are summed."""
    start, _, _, vague, _ = item
    stated = [e for s, e, _, v, _ in lists if not v and e <= start]
    return vague and bool(stated) and bool(_CLAIM_BETWEEN.search(text, max(stated), start))


def parse_number(token: str, language: str = "en") -> tuple[int, bool] | None:
    """(value, is_floor) for "17", "1,200", "seven", "dozens"; None when not a number."""
    t = token.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        return int(t.replace(",", "")), False
    return number_words(language).get(t)


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
    return Fatalities(low=low, high=high, phrase=m.group(0).strip(), kind=kind, estimate=estimate)


# the number words of a count the source does not know ("an unknown number of", « un nombre indéterminé de »)
_UNKNOWN_COUNT = re.compile(r"\bnumber\b|\bnombre\b", re.IGNORECASE)


def _better(a: Fatalities | None, b: Fatalities | None) -> Fatalities | None:
    """Keep the larger figure of two for the same sentence ("killing 6 civilians, including 2 women")."""
    if a is None:
        return b
    if b is None:
        return a
    key = lambda f: (f.low or f.high or 0)  # noqa: E731
    return b if key(b) > key(a) else a


@lru_cache(maxsize=4)
def _coded_figure(language: str) -> re.Pattern[str]:
    """A coder's own figure in ACLED's notes: "unknown fatalities coded at low estimate of 3",
    "fatalities coded as 10": what the dataset records, whatever the sources' vaguer words."""
    num = rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|{_number_alternation(language)})"
    return re.compile(rf"\b(?:fatalities|deaths|death toll|dead)\s+(?:(?:are|were|is|was)\s+)?coded\s+(?:as|at)\s+"
                      rf"(?:an?\s+|the\s+)?(?:(?:low|lowest|conservative)\s+estimate\s+of\s+)?{num}(?!\w)", re.IGNORECASE)


def _coder_stated(text: str, language: str) -> Fatalities | None:
    m = _coded_figure(language).search(text)
    if m is None:
        return None
    raw = m.group("num").lower().replace(",", "")
    value = int(raw) if raw.isdigit() else number_words(language).get(raw, (None, False))[0]
    return None if value is None else Fatalities(low=value, high=value, phrase=m.group(0), kind="killed")


def coder_figure(killed: Fatalities | None, language: str = "en") -> bool:
    """Whether a figure is the note's coder's own ("Fatalities coded as 40 following conflicting reports"):
    what the dataset records, so it replaces the sources' figures told before it in the note."""
    return killed is not None and bool(killed.phrase) and _coded_figure(language).fullmatch(killed.phrase) is not None


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
_DAY_OF_MONTH = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?:(?-i:{_EN_MONTHS})\b\.?|(?:{_FR_MONTHS})\b)"
    rf"|\b(?-i:{_EN_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


@lru_cache(maxsize=4)
def _running_total(language: str) -> re.Pattern[str]:
    """A running total over several incidents to the clause's end ("killing eight, bringing the toll this
    week to 40", « portant le bilan de la semaine à 40 morts ») and the violence an incident set off: blanked,
    neither is a toll of this event."""
    v = _vocab(language)[0]
    return re.compile(rf"{v['toll_running']}\s[^.;,]*|{v['set_off']}[^.;]*", re.IGNORECASE)


def find_fatalities(text: str, language: str = "en") -> tuple[Fatalities | None, Fatalities | None]:
    """(killed, injured) figures stated in ``text``; either may be None."""
    text = _SPEAKER.sub(_blank, text)
    text = _DAY_OF_MONTH.sub(_blank, text)
    text = _running_total(language).sub(_blank, text)
    killed, injured = _stated_fatalities(text, language)
    return _coder_stated(text, language) or killed, injured


def _stated_fatalities(text: str, language: str) -> tuple[Fatalities | None, Fatalities | None]:
    p = _patterns(language)
    killed: Fatalities | None = None
    for m in p.killed.finditer(text):
        kind = "killed"
        if m.group("tail") and re.search(r"prisoner|captured|arrested|abducted", m.group("tail"), re.I):
            kind = "killed_or_captured"
        if m.group("kw").lower() == "casualties":
            continue  # "15 casualties" mixes dead and wounded: ACLED does not code it as deaths
        killed = _better(killed, _figure(m, kind, language))
    for m in p.killed_before.finditer(text):
        if re.match(rf"\s+{_vocab(language)[0]['after_injured']}\b", m.group("after") or "", re.I):
            continue
        killed = _better(killed, _figure(m, "killed", language))
    for m in p.toll.finditer(text):
        killed = _better(killed, _figure(m, "killed", language))
    latest = _latest_toll(text, p, language) if killed is not None else None
    if latest is not None:
        return latest, _injured(text, p, language)
    victims = _victims(text, language)
    if victims is not None and (killed is None or killed.high is not None or (killed.low or 0) < (victims.low or 0)):
        # the victims summed over their lists, unless a stated floor says more ("at least 20")
        killed = _better(killed, victims)
    if killed is None:
        m = p.singular.search(text)
        if m:
            killed = Fatalities(low=1, high=1, phrase=m.group(0).strip(), kind="killed")
    if killed is None:
        m = p.unnumbered.search(text)
        if m:
            killed = Fatalities(low=UNNUMBERED_LOW, high=None, phrase=m.group(0), kind="killed", estimate=UNNUMBERED_ESTIMATE)
    if killed is None:
        m = p.vague.search(text)
        if m:
            killed = Fatalities(low=None, high=None, phrase=m.group(0), vague=True, kind="killed")
    return killed, _injured(text, p, language)


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
