"""Counts sources disagree on besides a toll's range: the dead, the wounded, the abducted, the vehicles burned, a crowd.

One incident told by several sources carries several figures: a ministry's "six soldiers killed"
and a notable's « au moins une douzaine », a union's "about forty tankers" and an army's "only a few
trucks", a police officer's "about 300" marchers and the organisers' "more than 2,000".  Each figure
is read in the sentences of the event's reports and of the statements about them, and in the other
sentences of their paragraphs (a wire story puts "police put the crowd at about 300" beside the
organisers' figure).  A figure belongs to the class whose word follows the number closely ("15 fuel
tankers", « une vingtaine de véhicules ») or whose verb precedes it ("neutralized at least 30").

Two figures of one class disagree when they come from different sources (independent document and
speaker: ``disputes.source_key``) and the larger is at least half again the smaller: "at least 15"
and "about forty" tankers are two accounts, not one figure rounded two ways; "several" against "dozens"
gives no figure to disagree on, nor do tankers and armoured vehicles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
import dataclasses
from dataclasses import dataclass
from functools import lru_cache

from sitrep.analyse.count_ranges import lower_figure_before
from sitrep.analyse.fatalities import find_fatalities, number_words
from sitrep.analyse.recalled_clause import recalls_an_earlier_incident
from sitrep.analyse.undated_news import told_another_day, weekdays_of
from sitrep.analyse.summed_tolls import summed_over_incidents
from sitrep.fuse.other_town import moves_to_another_town, opens_on_another_town, own_towns
from sitrep.fuse.revisions import earlier_tolls_named, gives_an_outdated_figure, risen_above_named_earlier, risen_toll
from sitrep.ingest.dateline import opening_end
from sitrep.knowledge.armed_people import armed_forms
from sitrep.knowledge.months import another_month, months_named
from sitrep.model import Claim, Dispute, EventMention, Fatalities, Version
from sitrep.regex_codes import word_trie

DISAGREEMENT = 1.5  # the larger figure over the smaller at which two sources disagree
FOLLOWING_WORDS = 10  # how far after a number its noun or participle may come
PRECEDING_WORDS = 4  # how far before a number its verb may come

_CLASS_WORDS = {
    "killed": r"killed|dead|died|deaths|slain|neutrali[sz]ed|eliminated|tu[ée]e?s?|morts?|d[ée]c[ée]d[ée]s|"
              r"perdu\s+la\s+vie|neutralis[ée]s|[ée]limin[ée]s|abattus|tomb[ée]e?s\s+(?:au\s+champ|au\s+combat|au\s+front|les\s+armes)",
    # (« blessés mortellement », "fatally wounded": the dead, not the wounded)
    "wounded": r"(?<!fatally\s)(?<!mortally\s)(?:wounded|injured|bless[ée]e?s?)(?!\s+mortellement)(?<!mortellement\sbless[ée])",
    "abducted": r"kidnapped|abducted|hostages?|enlev[ée]e?s|kidnapp[ée]e?s|otages?",
    "vehicles": r"tankers?|trucks?|lorries|vehicles?|camions?(?:-citernes?)?|citernes?|v[ée]hicules?",
    "crowd": r"people|marchers|protesters|demonstrators|participants|personnes|manifestants|marcheurs",
}
# wounded who then died, right after the count's noun (« deux blessés ont succombé »): part of the toll, no wounded
_WOUNDED_WHO_DIED = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?:(?:ont|sont|avaient|auraient|have|had|also|later|subsequently)\s+)*"
                               r"(?:succomb[ée]s?|succumbed|died|d[ée]c[ée]d[ée]s|p[ée]ri)\b", re.IGNORECASE)
# verbs that put their count after them: "neutralized at least 30", « avoir tué 15 soldats »
_CLASS_VERBS = {
    "killed": r"killed|killing|neutrali[sz]ed|eliminated|tu[ée]|tuant|neutralis[ée]|[ée]limin[ée]",
    "abducted": r"kidnapped|abducted|enlev[ée]|kidnapp[ée]",
    "vehicles": r"burned|torched|destroyed|incendi[ée]|d[ée]truit",
    "crowd": r"crowd|turnout|foule|cort[èe]ge",  # "put the crowd at about 300"
}
# which classes an event of this type can be disputed on (a crowd's size is a protest's figure)
_CLASSES_OF_TYPE = {
    "Protests": ("crowd", "wounded", "killed"),
    "Riots": ("crowd", "wounded", "killed"),
}
_DEFAULT_CLASSES = ("killed", "wounded", "abducted", "vehicles")
# the dead an attacker's side counts apart: "80 terrorists eliminated" is not a second figure
# for the soldiers a bomb killed
_FIGHTERS = re.compile(r"\b(?:" + armed_forms("fighter_dead") + r")\b", re.IGNORECASE)
_LABELS = {"killed": "dead", "killed_fighters": "attackers killed", "wounded": "wounded", "abducted": "abducted", "vehicles": "vehicles",
           "crowd": "people taking part"}
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"»”’]?\s+(?=[«\"“A-ZÀ-Ý])")


@dataclass(frozen=True)
class Figure:
    cls: str
    value: int
    phrase: str
    sentence_id: str  # "<doc_id>:<char_start>" of its sentence
    vague: bool = False  # a word with a floor ("several", "dozens", « plusieurs »), not a figure
    noun: str = ""  # the kind of vehicle counted: tankers and armoured vehicles are not one count
    played_down: bool = False  # "only a few trucks", « seulement quelques camions »: a source minimising
    act: str = ""  # what was done to the vehicles counted ("taken", "destroyed"): two acts are two counts


# a source playing a count down: "only a few trucks were damaged", « seulement quelques véhicules »
_PLAYED_DOWN = re.compile(r"\b(?:only|just|merely)\s+(?:a\s+few|a\s+handful\s+of|some)\b|\ba\s+handful\s+of\b|"
                          r"\b(?:seulement|uniquement|juste)\s+(?:quelques|une\s+poignée\s+de)\b|"
                          r"\bqu['’]une\s+poignée\s+de\b|\bque\s+quelques\b", re.IGNORECASE)
PLAYED_DOWN_VALUE = 5  # at most; a figure twice as large is a different account


@lru_cache(maxsize=1)
def _number_pattern() -> re.Pattern[str]:
    # (a tree of the words, not their flat alternation: the same matches, a fraction of the tries)
    alternation = word_trie({*number_words("en"), *number_words("fr")})
    return re.compile(rf"(?<![\w-])(?P<num>\d{{1,3}}(?:[,\u202f\u00a0 ]\d{{3}})+|\d+|{alternation})(?![\w-])",
                      re.IGNORECASE)


def _value(token: str) -> tuple[int, bool] | None:
    """(value, whether it is a vague floor) of a number token."""
    t = token.strip().lower()
    if re.fullmatch(r"[\d,\u202f\u00a0 ]+", t):
        if re.fullmatch(r"\d{4}", t) and 1900 <= int(t) <= 2100:
            return None  # a year
        return int(re.sub(r"\D", "", t)), False
    return number_words("en").get(t) or number_words("fr").get(t)


# a part of a count, not a count: "including three women", « dont trois femmes », "three of the
# wounded (later died)", « trois des blessés »: two sources giving a toll and a part of it do not disagree
_PART_OPENERS = (r"(?:including|among\s+(?:them|whom)|of\s+(?:whom|them)|dont|parmi\s+(?:eux|elles|lesquel(?:le)?s)|"
                 r"notamment|y\s+compris)")
_PART_BEFORE = re.compile(rf"\b{_PART_OPENERS}\s*$", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+(?:of\s+(?:the|them|those|whom)|d['’]entre\s+(?:eux|elles)|des|parmi)\b", re.IGNORECASE)


# sentences read for counts, remembered by their words: an event is rebuilt with all its reports
# whenever one joins, and wire copies repeat sentences, so without it the number pattern (a long
# alternation, tried at every character) re-reads the same sentences as the store grows
SENTENCE_CACHE = 1 << 14


_opening_end = lru_cache(maxsize=SENTENCE_CACHE)(opening_end)  # pure in the words, read at every rebuild


def _part_of_count(text: str, m: re.Match) -> bool:
    return _part_introduced(text, m) or bool(_PART_AFTER.match(text, m.end()))


@lru_cache(maxsize=1)
def _parts_listed_before() -> re.Pattern[str]:
    """A share's list told up to a number: its items after the first are parts too (« dont cinq femmes et quatre
    enfants », "including two women, three children and")."""
    item = rf"{_number_pattern().pattern}(?:\s+[\w'’-]+){{1,3}}?"
    return re.compile(rf"\b{_PART_OPENERS}\s+(?:{item}(?:\s*,\s*|\s+(?:et|and)\s+))+$", re.IGNORECASE)


def _part_introduced(text: str, m: re.Match) -> bool:
    """A part set inside the count it belongs to ("onze civils, dont trois femmes, ont été tués"), the list's later
    items too (« dont cinq femmes et quatre enfants »)."""
    return bool(_PART_BEFORE.search(text[max(0, m.start() - 30):m.start()])
                or _parts_listed_before().search(text[max(0, m.start() - 90):m.start()]))


def figures_in(text: str, sentence_id: str, classes: Sequence[str]) -> list[Figure]:
    """The counts of ``classes`` stated in one sentence (a part of a count is none: ``_part_of_count``)."""
    return [dataclasses.replace(f, sentence_id=sentence_id) for f in _figures_of(text, tuple(classes))]


@lru_cache(maxsize=SENTENCE_CACHE)
def _figures_of(text: str, classes: tuple[str, ...]) -> tuple[Figure, ...]:
    """``figures_in`` of a sentence whatever its id (pure in the words: cached)."""
    sentence_id = ""
    out = []
    # a part set inside its count is read through ("onze civils, dont trois femmes, ont été tués" counts the
    # eleven as killed); "three of the wounded" ends the clause of the number before it, as any number does
    numbers = [m for m in _number_pattern().finditer(text) if not _part_introduced(text, m)]
    for i, m in enumerate(numbers):
        parsed = _value(m.group("num"))
        if not parsed or not parsed[0] or _part_of_count(text, m):
            continue
        value, vague = parsed
        value = min(value, lower_figure_before(text, m.start()) or value)  # « de neuf à quinze morts »: by its nine
        # the words after the number up to the end of its clause or the next number, and the few
        # before it
        stop = numbers[i + 1].start() if i + 1 < len(numbers) else len(text)
        tail = re.split(r"[.;!?]\s", text[m.end():stop], maxsplit=1)[0]
        words = list(re.finditer(r"[\w'’-]+", tail))[:FOLLOWING_WORDS]
        after = tail[:words[-1].end()] if words else ""
        before = " ".join(re.findall(r"[\w'’-]+", text[:m.start()])[-PRECEDING_WORDS:])
        best: tuple[int, str] | None = None
        # the number's class is the nearest class word, also of a class not asked for (a toll disputed
        # elsewhere): in "20 terrorists were eliminated and their vehicles destroyed" the 20 are dead, not vehicles
        for cls in dict.fromkeys([*classes, *_DEFAULT_CLASSES]):
            hit = re.search(rf"\b(?:{_CLASS_WORDS[cls]})\b", after, re.IGNORECASE)
            if hit and (best is None or hit.end() < best[0]):
                best = (hit.end(), cls)
        if best is not None and best[1] == "wounded" and _WOUNDED_WHO_DIED.match(after, best[0]):
            continue  # « Deux blessés ont succombé », "two injured later died": dead counted into the toll, no wounded
        if best is not None and best[1] not in classes:
            continue
        if best is not None:
            f = _of_victims(Figure(best[1], value, text[m.start():m.end() + best[0]], sentence_id, vague), after)
            out.append(dataclasses.replace(f, act=_vehicle_act(f"{before} {after}")) if f.cls == "vehicles" else f)
            continue
        verb = next((c for c in classes if c in _CLASS_VERBS
                     and re.search(rf"\b(?:{_CLASS_VERBS[c]})\b", before, re.IGNORECASE)), None)
        if verb is not None:
            out.append(_of_victims(Figure(verb, value, f"{m.group('num')} {_LABELS[verb]}", sentence_id, vague), after))
    out.extend(_played_down(text, sentence_id, classes))
    return tuple(out)


def _played_down(text: str, sentence_id: str, classes: Sequence[str]) -> list[Figure]:
    out = []
    for m in _PLAYED_DOWN.finditer(text):
        words = list(re.finditer(r"[\w'’-]+", text[m.end():]))[:FOLLOWING_WORDS // 2]
        after = text[m.end():m.end() + words[-1].end()] if words else ""
        for cls in classes:
            hit = re.search(rf"\b(?:{_CLASS_WORDS[cls]})\b", after, re.IGNORECASE)
            if hit:
                phrase = text[m.start():m.end() + hit.end()]
                out.append(Figure(cls, PLAYED_DOWN_VALUE, phrase, sentence_id, False,
                                  _vehicle_kind(phrase) if cls == "vehicles" else "", played_down=True))
                break
    return out


_VEHICLE_KINDS = (("tanker", r"tankers?|citernes?|camions?-citernes?"), ("truck", r"trucks?|lorries|camions?"),
                  ("vehicle", r"vehicles?|v[ée]hicules?"))


# what a side did to the vehicles it counts: the rebels' "seized four vehicles" and the army's « détruit une
# dizaine de véhicules » are two counts, not two accounts of one
_VEHICLE_ACTS = (("taken", re.compile(r"\b(?:seiz\w*|captur\w*|took|taken|r[ée]cup[ée]r\w*|saisi\w*|emport\w*|"
                                      r"empar\w*)\b", re.IGNORECASE)),
                 ("destroyed", re.compile(r"\b(?:burn\w*|torch\w*|destroy\w*|incendi\w*|d[ée]trui\w*|br[ûu]l\w*)\b",
                                          re.IGNORECASE)))


def _vehicle_act(words: str) -> str:
    acts = [name for name, pattern in _VEHICLE_ACTS if pattern.search(words)]
    return acts[0] if len(acts) == 1 else ""


def _vehicle_kind(phrase: str) -> str:
    return next((k for k, pattern in _VEHICLE_KINDS if re.search(rf"\b(?:{pattern})\b", phrase, re.IGNORECASE)), "")


def _of_victims(f: Figure, after: str) -> Figure:
    """A toll of attackers ("30 terrorists", « 80 terroristes ») is its own class of count."""
    if f.cls == "vehicles":
        return Figure(f.cls, f.value, f.phrase, f.sentence_id, f.vague, _vehicle_kind(f.phrase))
    if f.cls == "killed" and _FIGHTERS.search(" ".join(after.split()[:4])):
        phrase = f.phrase.replace(_LABELS["killed"], _LABELS["killed_fighters"]) if f.phrase[:1].isdigit() else f.phrase
        return Figure("killed_fighters", f.value, phrase, f.sentence_id, f.vague)
    return f


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n\n", 0, start)
    hi = text.find("\n\n", end)
    return (0 if lo < 0 else lo + 2), (len(text) if hi < 0 else hi)


def _sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    spans, pos = [], lo
    for cut in _SENTENCE_END.finditer(text, lo, hi):
        spans.append((pos, cut.start()))
        pos = cut.end()
    spans.append((pos, hi))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def paragraph_start(text: str, start: int) -> int:
    """Where the paragraph holding ``start`` begins."""
    return _paragraph(text, start, start + 1)[0]


def sentences_from(text: str, start: int) -> list[tuple[int, int]]:
    """The (start, end) of each sentence from the paragraph holding ``start`` to the end of ``text``."""
    return _sentences(text, _paragraph(text, start, start + 1)[0], len(text)) if text else []


def count_disputes(mentions: Sequence[EventMention], claims: Sequence[Claim], texts: dict[str, str],
                   root_of: dict[str, str], outlet_of: dict[str, str], event_type: str,
                   skip: Sequence[str] = (), languages: dict[str, str] | None = None) -> list[Dispute]:
    """One dispute per class of count the event's sources give incompatible figures for (``skip``: classes disputed
    elsewhere, a toll the ranges set apart; ``languages``: each document's, English when not given)."""
    classes = [c for c in _CLASSES_OF_TYPE.get(event_type, _DEFAULT_CLASSES) if c not in skip]
    kept = [*classes, "killed_fighters"] if "killed" in classes else classes
    own = {m.mention_id for m in mentions}
    about = [c for c in claims if own.intersection(c.event_mentions)]
    speaker_at: dict[tuple[str, int], str] = {}
    reports = {(m.span.doc_id, m.span.char_start) for m in mentions}
    for m in mentions:
        speaker_at[(m.span.doc_id, m.span.char_start)] = m.source_actor or ""
    for c in about:
        speaker_at[(c.span.doc_id, c.span.char_start)] = c.speaker
    weekdays, towns = weekdays_of([m.date for m in mentions]), own_towns(mentions)
    paragraphs: set[tuple[str, int, int]] = set()
    for doc_id, start in speaker_at:
        text = texts.get(doc_id) or ""
        if text:
            lo, hi = _paragraph(text, start, start + 1)
            paragraphs.add((doc_id, lo, hi))
        if text and (doc_id, start) in reports and hi + 2 < len(text):
            # a report's toll often follows it ("the army said in a statement that 80 were killed"), unless the next
            # paragraph opens another day's deed (« Le dimanche 21 novembre, une patrouille a été prise à partie … »)
            following = _paragraph(text, hi + 2, hi + 3)
            first = next((text[a:b] for a, b in _sentences(text, *following)[:1]), "")
            if not (first and (told_another_day(first, weekdays) or moves_to_another_town(first, towns))):
                paragraphs.add((doc_id, *following))
    by_class: dict[str, dict[tuple[str, str], list[Figure]]] = defaultdict(lambda: defaultdict(list))
    years = {str(y) for m in mentions if m.date for y in (m.date.earliest.year, m.date.latest.year)}
    months = {mo for m in mentions if m.date and (m.date.latest - m.date.earliest).days < 62
              for mo in (m.date.earliest.month, m.date.latest.month)}
    for doc_id, lo, hi in sorted(paragraphs):
        text, language = texts[doc_id], (languages or {}).get(doc_id) or "en"
        for a, b in _sentences(text, lo, hi):
            start, a = a, a + _opening_end(text[a:b])  # "OUAGADOUGOU, Sept 21 (AFP) - Jihadists killed…": 21 is the day filed
            told = set(_YEAR.findall(text[a:b]))
            if told and years and not told & years:
                continue  # « En 2021, des hommes armés avaient tué plus de soixante villageois »: another incident's toll
            if another_month(months_named(text[a:b]), months):
                continue  # « En octobre, des jihadistes avaient tué onze soldats » in a December story: an older deed's toll
            if told_another_day(text[a:b], weekdays) and not any(d == doc_id and start <= at < b for d, at in reports):
                continue  # "On Monday, four passengers were killed when their bus hit a bomb" beside Tuesday's report
            if (recalls_an_earlier_incident(text[a:b]) or opens_on_another_town(text[a:b], towns)) and not any(
                    d == doc_id and start <= at < b for d, at in reports):
                continue  # "The attack comes after the killing of four herders near Tillia", « À Niono, … »: another's
            if gives_an_outdated_figure(text[a:b]) or summed_over_incidents(text[a:b], language):
                continue  # « Un premier bilan faisait état de sept morts »: an outdated figure; or a sum of incidents
            speaker = next((s for (d, at), s in speaker_at.items() if d == doc_id and a <= at < b), "")
            unit = (root_of.get(doc_id, doc_id), speaker)
            for f in figures_in(text[a:b], f"{doc_id}:{a}", classes):
                by_class[f.cls][unit].append(f)
    risen = risen_toll([texts.get(d) or "" for d in sorted({m.span.doc_id for m in mentions})])
    earlier_named = {root: named for root, text in texts.items() if (named := earlier_tolls_named(text))}
    if earlier_named and (above := risen_above_named_earlier(
            [(unit[0], f.value) for unit, fs in by_class.get("killed", {}).items() for f in fs if not f.vague],
            earlier_named)):
        risen = max(risen or 0, above)  # « Plus d'une trentaine … Un précédent bilan faisait état d'une quinzaine »
    if risen and "killed" in by_class:
        parties = {a for m in mentions for a in m.parties()}
        by_class["killed"] = _without_provisional(by_class["killed"], risen, parties)
    found = [d for cls in kept if (d := _dispute(cls, by_class.get(cls, {}), outlet_of))]
    return found + [d for cls in kept if (d := _played_down_dispute(cls, by_class.get(cls, {}), outlet_of))]


def tolls_beside_reports(mentions: Sequence[EventMention], docs: dict[str, dict]) -> list[Fatalities]:
    """The toll each outlet tells beside its reports of an incident that several outlets tell, when none of
    its reports carries one: a local paper's « Une vingtaine de personnes … ont été tuées » follows its
    sentence of the attack, AFP's "some 25 soldiers" heads a story whose attack sentence comes after, so the
    event's range holds only the one outlet (often a claimant) whose figure sits in the attack's sentence.
    The first figure of the dead in the paragraphs of the outlet's reports is its toll; a sentence dated
    to another year tells another incident.  One outlet's event keeps the analysis's reading alone."""
    return [m.fatalities for m in reports_of_tolls_beside(mentions, docs)]


def reports_of_tolls_beside(mentions: Sequence[EventMention], docs: dict[str, dict]) -> list[EventMention]:
    """Each toll ``tolls_beside_reports`` finds, as a copy of its outlet's first report carrying it: the figure is
    that outlet's account, which a dispute over the toll sets against the others' (``disputes.fatality_disputes``)."""
    outlets = {(docs.get(m.span.doc_id) or {}).get("duplicate_of") or m.span.doc_id for m in mentions}
    if len(outlets) < 2:
        return []
    told = {m.span.doc_id for m in mentions if m.fatalities is not None and m.fatalities.low is not None}
    years = {str(y) for m in mentions if m.date for y in (m.date.earliest.year, m.date.latest.year)}
    out = []
    for doc_id in sorted({m.span.doc_id for m in mentions} - told):
        doc = docs.get(doc_id) or {}
        text = doc.get("text") or ""
        own = sorted((m for m in mentions if m.span.doc_id == doc_id), key=lambda m: m.span.char_start)
        spans = sorted({_paragraph(text, m.span.char_start, m.span.char_end) for m in own})
        spans += _paragraphs_after(text, spans[-1][1], TOLL_PARAGRAPHS_AFTER)
        toll = next((f for lo, hi in spans for a, b in _sentences(text, lo, hi)
                     if (f := _toll_in(text[a + _opening_end(text[a:b]):b], doc.get("language") or "en", years))), None)
        if toll is not None:
            out.append(own[0].model_copy(update={"mention_id": f"{own[0].mention_id}+toll", "fatalities": toll}))
    return out


# a statement relayed in a lead tells its toll in the paragraphs after it (Sputnik: "Malian soldiers thwarted a
# terrorist ambush …, the General Staff announced." … "Unfortunately, we deplore four dead and seven wounded"):
# the two next paragraphs, read after the reports' own; farther down, background deeds begin
TOLL_PARAGRAPHS_AFTER = 2


def _paragraphs_after(text: str, end: int, count: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    while len(out) < count and end < len(text):
        start = len(text) - len(text[end:].lstrip())
        if start >= len(text):
            break
        lo, hi = _paragraph(text, start, start + 1)
        out.append((lo, hi))
        end = hi
    return out


def _toll_in(sentence: str, language: str, years: set[str]) -> Fatalities | None:
    told = set(_YEAR.findall(sentence))
    if told and years and not told & years:
        return None
    killed, _ = find_fatalities(sentence, language)
    return killed if killed is not None and killed.low is not None and not killed.vague and not killed.estimate else None


def _without_provisional(by_unit: dict[tuple[str, str], list[Figure]], risen: int,
                         parties: set[str]) -> dict[tuple[str, str], list[Figure]]:
    """The dead counted before a toll rose: a neutral source's lower figure (a wire's "at least 12"
    the day after, before the local press's « s'est alourdi à 27 ») is the same toll provisionally,
    not another account.  A party's own figure (an army's "seven killed") stays: it may play the
    toll down."""
    out: dict[tuple[str, str], list[Figure]] = {}
    for unit, figures in by_unit.items():
        if unit[1] in parties:
            out[unit] = figures
        elif kept := [f for f in figures if f.value >= risen]:
            out[unit] = kept
    return out


def _same_kind(f: Figure, g: Figure) -> bool:
    """Counts of one kind of thing: a tanker is a truck, a vehicle may be either."""
    kinds = {f.noun, g.noun}
    return len(kinds) == 1 or kinds == {"tanker", "truck"} or "vehicle" in kinds


# how a played-down count's dispute is described (its first version is the low one)
PLAYS_DOWN = "A source plays down"
_COUNTS_OF = "Sources give different counts of"
COUNTS_OF_THE_DEAD = f"{_COUNTS_OF} the {_LABELS['killed']}"  # a count dispute over the toll


def _played_down_dispute(cls: str, by_unit: dict[tuple[str, str], list[Figure]],
                         outlet_of: dict[str, str]) -> Dispute | None:
    """A source that plays a count down ("only a few trucks") against another source's figure at
    least twice its ceiling: a dispute of its own (one side minimises, it gives no figure)."""
    low = [(u, f) for u, fs in sorted(by_unit.items()) for f in fs if f.played_down]
    for u, f in low:
        high = [(v, g) for v, gs in sorted(by_unit.items()) if v != u for g in gs
                if not g.played_down and not g.vague and _same_kind(f, g) and g.value >= 2 * PLAYED_DOWN_VALUE]
        if not high:
            continue
        v, g = max(high, key=lambda x: (x[1].value, x[1].sentence_id))
        versions = [Version(label=x.phrase, mention_ids=[x.sentence_id],
                            outlets=[_outlet(outlet_of, x)],
                            source_actor=unit[1] or None) for unit, x in ((u, f), (v, g))]
        return Dispute(kind="count", description=f"{PLAYS_DOWN} the {_LABELS[cls]}: " + " vs ".join(
            f"{x.label} ({', '.join(x.outlets)})" for x in versions), versions=versions)
    return None


def _outlet(outlet_of: dict[str, str], f: Figure) -> str:
    """The outlet of the document a figure was read in (its doc_id when the outlet is unknown)."""
    doc_id = f.sentence_id.rsplit(":", 1)[0]
    return outlet_of.get(doc_id) or doc_id


# the classes of the dead and wounded, whose vague plurals are ACLED's floors (a crowd's « des dizaines de personnes »
# is no estimate set against « deux personnes interpellées »)
_TOLL_CLASSES = frozenset(("killed", "killed_fighters", "wounded"))
# the lowest floor of a vague plural set against an exact figure: tens (« des dizaines », "dozens", "hundreds"), not
# "several" or « plusieurs », which may be two
ROUND_PLURAL_FLOOR = 10


def _floor_above(f: Figure, g: Figure) -> bool:
    """Whether one figure is a round plural's floor and the other an exact count (« des dizaines de soldats » against
    the army's « quatre soldats »): the plural says at least ten, so it disagrees with a count well under ten as
    a figure does; ``_floor_under`` keeps out an exact count above the floor (« des dizaines » and 34 agree)."""
    vague, exact = (f, g) if f.vague else (g, f)
    return vague.vague and not exact.vague and vague.value >= ROUND_PLURAL_FLOOR


def _floor_under(f: Figure, g: Figure) -> bool:
    """Whether a round plural's floor lies under the other's exact count: "dozens" and 34 may be the same dead."""
    vague, exact = (f, g) if f.vague else (g, f)
    return vague.vague and not exact.vague and vague.value <= exact.value


def _dispute(cls: str, by_unit: dict[tuple[str, str], list[Figure]], outlet_of: dict[str, str]) -> Dispute | None:
    units = sorted(by_unit)
    apart: set[tuple[tuple[str, str], Figure]] = set()
    for i, u in enumerate(units):
        for v in units[i + 1:]:
            for f in by_unit[u]:
                for g in by_unit[v]:
                    # a vague word ("several", "dozens") gives no figure to disagree on, unless it is a round plural
                    # whose floor the other's exact figure stays well under (``_floor_above``)
                    if (f.vague or g.vague) and not (cls in _TOLL_CLASSES and _floor_above(f, g)) or f.noun != g.noun \
                            or f.played_down or g.played_down or f.act and g.act and f.act != g.act:
                        continue
                    if max(f.value, g.value) >= DISAGREEMENT * min(f.value, g.value) and not _floor_under(f, g):
                        apart |= {(u, f), (v, g)}
    if not apart:
        return None
    by_value: dict[int, list[tuple[tuple[str, str], Figure]]] = defaultdict(list)
    for unit, f in apart:
        by_value[f.value].append((unit, f))
    versions = []
    for value in sorted(by_value):
        told = sorted(by_value[value], key=lambda x: (x[1].sentence_id, x[1].phrase))
        speakers = sorted({u[1] for u, _ in told if u[1]})
        versions.append(Version(
            label=told[0][1].phrase, mention_ids=sorted({f.sentence_id for _, f in told}),
            outlets=sorted({_outlet(outlet_of, f) for _, f in told}),
            source_actor=speakers[0] if speakers else None))
    desc = " vs ".join(f"{v.label} ({', '.join(v.outlets)})" for v in versions)
    return Dispute(kind="count", description=f"{_COUNTS_OF} the {_LABELS[cls]}: {desc}", versions=versions)


