"""The dead counted as victims in lists ("killed four farmers and a volunteer fighter", "a local council member
and a farmer were killed") and the dead a killing of "them" counts: the lists of people a sentence names, summed
as ACLED counts them (``sitrep.analyse.fatalities`` weighs them against the sentence's stated figures)."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.analyse.fatality_words import vocab as _vocab
from sitrep.analyse.number_words import number_alternation as _number_alternation, parse_number
from sitrep.model import Fatalities

# Larger than any single event's toll in the conflicts sitrep follows; anything above is a typo,
# a population figure or a hoax, and coding it would poison every sum downstream.
MAX_PLAUSIBLE = 100_000


_JOINED_WITH = r"together\s+with|along\s+with|as\s+well\s+as|ainsi\s+que|avec"

# the verb of a clause of its own right after a list of victims: its last item is that clause's subject
_OWN_CLAUSE = re.compile(r"\s+(?:was|were|is|are|had|has|have|fled|escaped|survived|managed|est|sont|ont|a\s+(?:été|pu|fui))\b",
                         re.IGNORECASE)


# a party's name may be quoted as its foes call it: seven "Wagner mercenaries"
_QUOTE = r"[\"“”»]?"


def _described(language: str) -> str:
    """Up to three words describing the victims between their count and their noun ("23 Malian soldiers",
    '7 "Wagner mercenaries'), never another count: "a statement that four soldiers" is four soldiers, not
    one statement's worth."""
    figure = rf"\d+|{_number_alternation(language)}"
    # a range's second figure is part of the count ("three to four villagers", "between 10 and 15 civilians": ACLED
    # codes the lowest)
    upper = rf"(?:(?:to|or|and|à|ou|et|-|–)\s*(?:{figure})\s+)?"
    # nor a collective noun: "a group of militants" is many, counted by no article ("unnumbered" dead)
    collective = _vocab(language)[0].get("collective", "(?!)")
    return rf"{upper}[\"“«]?\s*(?:(?!(?:{figure}|{collective})\b)[\w'’\-]+\s+){{0,3}}?"


def _told_after_victims(language: str) -> str:
    """The words that may tell who the victims were between their noun and the verb that kills them: where they were
    from or whom they belonged to ("five militants of the Katiba Serma were neutralised", « trois habitants de X (Koro,
    Mopti) ont perdu la vie »), or what they were doing ("six men who were watering their herds were shot dead").  No
    other count, casualty word, "and" or comma may stand among them, so a second group or toll never joins the first."""
    v, _ = _vocab(language)
    opener = v.get("victim_told_after")
    if opener is None:
        return ""
    barred = rf"(?:\d+|{_number_alternation(language)}|{v['kill_words']}|{v['inj_words']}|and|et|or|ou)"
    word = rf"(?:\s+|(?<=['’]))(?!{barred}\b)[\w'’\-]+"
    bracket = r"\s*\([^()]{0,40}\)"
    return rf"(?:\s+{opener}(?:{word}|{bracket}){{1,12}}?)?"


# a list of victims starts at a word, or after the elided « de » / « que » (« le bilan fait état d'un militaire tué »,
# « on ne compte qu'un mort »), never inside a word nor after another elision (« l'un des soldats »)
_LIST_START = r"(?:(?<![\w'’])|(?<=\bd['’])|(?<=\bqu['’]))"


def _victim_noun(language: str) -> str:
    """The noun of one item of a list of victims: a victim noun, with the nationality a language tells after it
    (« neuf soldats maliens », « trois civils burkinabè »), or the nationality alone ("three Russians", « trois
    Russes », "two Chinese nationals")."""
    v, _ = _vocab(language)
    after = rf"(?:\s+{v['victim_adjective']}\b)?" if "victim_adjective" in v else ""
    return rf"(?:{v['victim']}\b{after}|{v.get('victim_nationality', '(?!)')})"


@lru_cache(maxsize=4)
def _victim_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """(active, passive, reduced passive) lists of victims: "killed four farmers and a volunteer
    fighter (VDP)", "a local council member and a farmer were killed", "10 soldiers and 20
    assailants killed"."""
    v, _ = _vocab(language)
    count = _item_count(language, named=False)
    # a count, up to three describing words, the victim noun, an optional bracket ("(VDP)")
    # an approximation leaves the count as stated ("neutralised some twenty-five terrorists", ACLED codes 25)
    item = (rf"(?:{v['approx']}\s+|{v['floor_qual']})?{count}\s+{_described(language)}(?:d['’]|of\s+)?{_victim_noun(language)}\b{_QUOTE}"
            rf"(?:\s*\([^()]{{0,40}}\))*")
    # items joined by commas, "and", or "together with" / "along with" / "as well as" ("a herder together with his
    # wife and three of their children")
    items = rf"{item}(?:(?:\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et|{_JOINED_WITH})\s+){item})*"
    active = re.compile(rf"\b{v['kill_active']}\s+(?P<list>{items})", re.IGNORECASE)
    # (or killed by a fight's fire: "a herder and his son were hit by stray bullets and killed")
    passive = re.compile(rf"{_LIST_START}(?P<list>{items}){_told_after_victims(language)}\s+"
                         rf"(?:{v['kill_passive']}|{v.get('kill_passive_after', '(?!)')}|"
                         rf"{v['aux']}\s+{v['caught_as']}\s+{v['kill_words']})\b", re.IGNORECASE)
    reduced = re.compile(rf"{_LIST_START}(?P<list>{items})\s+{v['kill_reduced']}", re.IGNORECASE)
    patterns = [active, passive, reduced]
    if "kill_around" in v:  # "beat two suspected thieves to death": the victims inside the verb phrase
        patterns.append(re.compile(rf"\b{v['kill_around']}\s+(?P<list>{items})\s+{v['kill_around_tail']}\b", re.IGNORECASE))
    return tuple(patterns)


@lru_cache(maxsize=4)
def _pronoun_victims(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(the killing of a pronoun, a list of people): "took out three passengers ... and burned them alive",
    "abducted five men and executed them" — the pronoun's dead are the people counted last before it."""
    v, _ = _vocab(language)
    if "them" not in v:
        return None
    count = _item_count(language, named=False)
    item = rf"(?:{v['approx']}\s+|{v['floor_qual']})?{count}\s+{_described(language)}(?:d['’]|of\s+)?{_victim_noun(language)}\b"
    them = rf"(?:{v['them']}|{v.get('him', '(?!)')})"
    around = rf"\b{v['kill_around']}\s+{them}\s+{v['kill_around_tail']}\b" if "kill_around" in v else "(?!)"
    # (not "lost them": a side's own dead are counted, not a pronoun's)
    killing = re.compile(rf"\b(?!lost\b|losing\b){v['kill_active']}\s+{them}\b|{around}", re.IGNORECASE)
    return killing, re.compile(rf"(?<![\w'’])(?P<list>{item})", re.IGNORECASE)


def pronoun_toll(text: str, language: str) -> Fatalities | None:
    """The dead a killing of "them" counts: the last count of people told before it in the sentence."""
    patterns = _pronoun_victims(language)
    if patterns is None:
        return None
    killing, item = patterns
    m = killing.search(text)
    if m is None:
        return None
    if re.search(rf"\b{_vocab(language)[0].get('him', '(?!)')}\b", m.group(0), re.IGNORECASE):  # "burned him alive": one
        return Fatalities(low=1, high=1, phrase=m.group(0), kind="killed")
    before = list(item.finditer(text, 0, m.start()))
    counted = _victim_count(before[-1].group("list"), language) if before else None
    if counted is None:
        return None
    return Fatalities(low=counted[0], high=None if counted[1] else counted[0],
                      phrase=text[before[-1].start():m.end()].strip(), kind="killed")


def counted_before(text: str, end: int, language: str) -> tuple[int, bool] | None:
    """(count, open-ended) of the people counted last in ``text`` before offset ``end``: whom a pronoun after them
    stands for."""
    patterns = _pronoun_victims(language)
    if patterns is None:
        return None
    before = list(patterns[1].finditer(text, 0, end))
    return _victim_count(before[-1].group("list"), language) if before else None


def _item_count(language: str, named: bool = True) -> str:
    """The count of one item of a list of victims, in group ``n``: a figure, a number word, "a"/"one",
    after an optional possessive ("his two bodyguards"), or the possessive alone ("his son": one)."""
    v, _ = _vocab(language)
    # (a year is never an item's count: "Aug. 2029 - Fifteen soldiers are killed", a factbox's dated line, is fifteen)
    count = rf"\d{{1,3}}(?:,\d{{3}})+|(?!(?:19|20)\d\d(?!\d|,\d))\d+|{_number_alternation(language)}|{v['article_one']}"
    if "definite" in v:  # "the herder Hamadoun Traore": one person named by role and name
        # (or at the end of a list already read with its name: the lists are recounted item by item)
        count += (rf"|{v['definite']}(?=\s+(?:[\w'’\-]+\s+){{0,2}}?{v['victim']}"
                  rf"(?:\s+(?-i:[A-Z][\w'’\-]+\s+[A-Z])|\s*$))")
        # or one person named by role inside a list of counted victims ("killing the driver and two soldiers",
        # "killed two soldiers and the driver"): a singular noun beside another counted item is one more dead
        single = rf"{v['victim']}(?<!s)(?<!men)(?<!ren)(?<!ple)(?<!ice)\b"
        other = rf"(?:\d+|{_number_alternation(language)}|{v['article_one']}|{v.get('possessive', '(?!)')})\b"
        count += (rf"|{v['definite']}(?=\s+(?:[\w'’\-]+\s+){{0,2}}?{single}\s*(?:,\s*|\s+)(?:(?:and|et)\s+)?{other})"
                  rf"|(?<=\band\s){v['definite']}(?=\s+(?:[\w'’\-]+\s+){{0,2}}?{single}(?!\s*(?:'s|’s)))")
        if not named:  # a killing of "the" one person by trade, told alone ("killing the station chief"): one dead
            count += rf"|(?<=\s){v['definite']}(?=\s+(?:[\w'’\-]+\s+){{0,2}}?{single}(?!\s*(?:'s|’s|-)))"
    poss = v.get("possessive")
    group = "?P<n>" if named else "?:"  # a list repeats the item: one named group per pattern only
    if poss is None:
        return rf"({group}{count})"
    return rf"(?:{poss}\s+)?({group}{count}|{poss}(?=\s+(?:[\w'’\-]+\s+){{0,2}}?{v['victim']}\b))"


@lru_cache(maxsize=4)
def _counted_item(language: str) -> re.Pattern[str]:
    """One counted item of a list of victims ("two soldiers", "at least 5 civilians"), its count in ``n``."""
    v, _ = _vocab(language)
    return re.compile(rf"(?<![\w'’])(?P<fq>{v['floor_qual']})?{_item_count(language)}\s+{_described(language)}"
                      rf"(?:d['’]|of\s+)?{_victim_noun(language)}\b", re.IGNORECASE)


def _victim_count(items: str, language: str, skip: int = 0) -> tuple[int, bool] | None:
    """(total, open-ended) of a list of victims: open when only vague counts or a stated floor give it."""
    v, _ = _vocab(language)
    # a vague item beside a stated number is left out, as ACLED does ("12 soldiers and several
    # militants were killed" is 12); vague items alone give their floors ("several" 3)
    exact_total, vague_total, stated_floor = 0, 0, False
    for i, m in enumerate(_counted_item(language).finditer(items)):
        if i < skip:
            continue
        n = m.group("n").lower()
        one = re.fullmatch(rf"{v['article_one']}|{v.get('possessive', '(?!)')}|{v.get('definite', '(?!)')}", n,
                           re.IGNORECASE)
        parsed = (1, False) if one else parse_number(n, language)
        if parsed is None:
            return None
        if "pair" in v and re.search(rf"{v['pair']}$", m.group(0), re.IGNORECASE):
            parsed = (parsed[0] * 2, parsed[1])  # "a couple": two people
        if parsed[1]:
            vague_total += parsed[0]
        else:
            exact_total += parsed[0]
            stated_floor = stated_floor or bool(m.group("fq"))
    if exact_total:
        return exact_total, stated_floor
    return (vague_total, True) if vague_total else None


# the words opening a share of the dead just counted ("including", "among them", « dont »)
SHARE_OPENERS = r"(?:including|among\s+them|among\s+whom|of\s+whom|dont|parmi\s+(?:eux|lesquels|lesquelles)|y\s+compris)"
_SHARE_OF_THE_DEAD = re.compile(rf"\b{SHARE_OPENERS}\s*$", re.IGNORECASE)


# the verb of the people who told the toll, right after the list ("killing at least 14 soldiers, a local official and a
# health worker said", « … tuant 14 soldats, un élu local et un infirmier ont indiqué »)
_SAID_AFTER = re.compile(r"\s+(?:said|say|says|told|reported|added|confirmed|ont\s+(?:dit|indiqué|déclaré)|"
                         r"a\s+(?:dit|indiqué|déclaré))\b", re.IGNORECASE)


def _without_speakers(text: str, items: str, end: int) -> str:
    """The list without its last items when they are the toll's speakers, told after a comma right before their
    verb ("14 soldiers, a local official and a health worker said": 14 soldiers)."""
    if "," not in items or not _SAID_AFTER.match(text, end):
        return items
    return items[:items.index(",")]


def _without_last_item(items: str) -> str:
    """The list without the item joined last by "and" (or « et »); the list unchanged when it has a single item."""
    joints = list(re.finditer(r"\s+(?:and|et)\s+", items, re.IGNORECASE))
    return items[:joints[-1].start()] if joints else items


def victims_named(text: str, language: str) -> Fatalities | None:
    """The dead named as victims, summed over the lists of the sentence ("villagers killed two
    policemen who shot dead a woman" → 3; "killed four farmers and a volunteer fighter" → 5).  A
    list is a count per item, so "killed 12 people, including 5 soldiers" stays 12 (no list)."""
    lists = []  # (start, end, count, vague, phrase)
    for n, pattern in enumerate(_victim_patterns(language)):
        for m in pattern.finditer(text):
            s, e = m.span("list")
            if any(s < te and ts < e for ts, te, *_ in lists):
                continue
            if re.search(rf"\b{_vocab(language)[0]['after_injured']}\s*$", text[max(0, s - 20):s], re.I):
                continue
            # "8 soldiers killed, including 2 officers, and 25 assailants neutralised": the first item is a share
            # of the dead told before it, the items after it count
            subset = 1 if _SHARE_OF_THE_DEAD.search(text, max(0, s - 20), s) else 0
            told = _without_speakers(text, m.group("list"), e)
            if n == 0 and _OWN_CLAUSE.match(text, e):
                told = _without_last_item(told)  # "killed the village chief and his son was abducted": the son lives
            counted = _victim_count(told, language, skip=subset)
            if counted is not None:
                lists.append((s, e, counted[0], counted[1], m.group(0).strip()))
    lists = [x for x in lists if not _vague_claim_beside(text, x, lists)]
    lists = _without_parts_of_a_total(text, sorted(lists))
    total = sum(x[2] for x in lists)
    if not total or total > MAX_PLAUSIBLE:
        return None
    floor, phrases = any(x[3] for x in lists), [x[4] for x in lists]
    return Fatalities(low=total, high=None if floor else total, phrase="; ".join(phrases), kind="killed")


# a total of the dead told as people of any side (« Dix-huit personnes ont perdu la vie », "Eighteen people died"),
# and the words that open its breakdown right after it (« , dont trois soldats : », ", including three soldiers:")
_ANY_SIDE_TOTAL = re.compile(r"\b(?:personnes|people|persons|individus|individuals)\s*$", re.IGNORECASE)
_BREAKDOWN_OPENS = re.compile(rf"\b{SHARE_OPENERS}\b|:", re.IGNORECASE)


def _without_parts_of_a_total(text: str, lists: list[tuple]) -> list[tuple]:
    """The lists of victims less those that break down a total told before them: « Dix-huit personnes ont perdu la
    vie, dont trois soldats : une quinzaine d'assaillants ont été neutralisés » is 18, the assailants among the
    people counted, not added to them.  A later list is a part when the total counts people of no side, a share or
    a colon opens its breakdown before the list, and the parts together do not exceed it."""
    for i, (start, end, count, vague, _) in enumerate(lists):
        if vague or not _ANY_SIDE_TOTAL.search(text, start, end) or i + 1 == len(lists):
            continue
        if not _BREAKDOWN_OPENS.search(text, end, lists[i + 1][0]):
            continue
        parts = lists[i + 1:]
        if sum(x[2] for x in parts) <= count:
            return lists[:i + 1]
    return lists


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


@lru_cache(maxsize=4)
def _kin_after(language: str) -> re.Pattern[str] | None:
    """Kin or escorts joined to a victim told before them ("… and two of his sons", "along with his driver"), not
    the subject of a clause of their own ("and his son was abducted")."""
    v, _ = _vocab(language)
    if "kin" not in v:
        return None
    count = _item_count(language, named=False)
    poss = v.get("possessive", "(?!)")
    kin = rf"(?:(?:{count}\s+(?:of|de)\s+)?{poss}\s+(?:{count}\s+)?(?:[\w'’\-]+\s+)?{v['kin']})"
    return re.compile(rf"[\s,]+(?:and|et|{_JOINED_WITH})\s+(?P<list>{kin}(?:(?:\s*,\s*|\s+(?:and|et)\s+){kin})*)\b"
                      rf"(?!{_OWN_CLAUSE.pattern})", re.IGNORECASE)


def kin_told_after(text: str, killed: Fatalities | None, language: str) -> Fatalities | None:
    """The toll with the victim's kin told after it in the sentence ("killed the village chief of a hamlet near X
    and two of his sons" is 3), when the toll's own words did not count them."""
    pattern = _kin_after(language)
    if pattern is None or killed is None or killed.low is None or killed.kind != "killed" or not killed.phrase:
        return killed
    end = text.find(killed.phrase.split("; ")[-1])
    if end < 0:
        return killed
    end += len(killed.phrase.split("; ")[-1])
    m = pattern.search(text, end)
    if m is None or "." in text[end:m.start()] or ";" in text[end:m.start()]:
        return killed
    counted = _victim_count(m.group("list"), language)
    if counted is None:
        return killed
    added = counted[0]
    return killed.model_copy(update={"low": killed.low + added, "high": None if killed.high is None else killed.high + added,
                                     "phrase": f"{killed.phrase}; {m.group(0).strip()}"})
